//! The one template engine of the generated code: source text with `@MARKER@`s, each marker a
//! variant of its template's own marker type ([`ServiceMarker`](super::service_template),
//! [`ActionMarker`](super::actions_template)), filled in by the caller. A `@` that opens no
//! marker of the template is an error, never text, so one stray `@` cannot shift every marker
//! after it; a test fills every template.

use crate::diagnostic::{Diagnostic, Location};

/// The markers of one template, each spelled `@NAME@` in its text.
pub(super) trait Marker: Sized {
    /// The marker spelled `name` between its `@`s, if the template has one.
    fn parse(name: &str) -> Option<Self>;
}

/// Declares a template's marker type: each variant with its spelling between the `@`s.
macro_rules! markers {
    ($(#[$doc:meta])* $vis:vis enum $name:ident {
        $($(#[$variant_doc:meta])* $variant:ident = $spelling:literal,)*
    }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name {
            $($(#[$variant_doc])* $variant,)*
        }

        impl $crate::generate::template::Marker for $name {
            fn parse(name: &str) -> Option<Self> {
                match name {
                    $($spelling => Some($name::$variant),)*
                    _ => None,
                }
            }
        }
    };
}
pub(super) use markers;

/// Writes `template` to `out` with each `@MARKER@` replaced by what `fill` writes for it.
/// What `fill` writes is never read again, so a `@` in a filled-in text is only text.
pub(super) fn fill<M: Marker>(
    out: &mut String,
    template: &str,
    mut fill: impl FnMut(&mut String, M) -> Result<(), Diagnostic>,
) -> Result<(), Diagnostic> {
    let mut rest = template;
    while let Some(at) = rest.find('@') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let marker = after
            .find('@')
            .and_then(|end| Some((M::parse(&after[..end])?, end)));
        let Some((marker, end)) = marker else {
            let line = template[..template.len() - rest.len() + at]
                .matches('\n')
                .count()
                + 1;
            return Err(Diagnostic::error(
                Location::Page,
                format!("internal error: line {line} of a template has a `@` that opens no marker"),
            ));
        };
        fill(out, marker)?;
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    markers! {
        enum Test {
            Name = "NAME",
        }
    }

    fn filled(template: &str) -> Result<String, Diagnostic> {
        let mut out = String::new();
        fill(&mut out, template, |out, Test::Name| {
            out.push_str("x@y");
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn markers_are_filled_and_what_fills_them_is_text() {
        assert_eq!(filled("a @NAME@ b @NAME@").expect("filled"), "a x@y b x@y");
        assert_eq!(filled("no marker").expect("filled"), "no marker");
    }

    #[test]
    fn a_stray_at_is_an_error_not_corrupt_output() {
        for template in ["a @ b @NAME@", "user@example.com", "@NAME@ @", "@name@"] {
            let error = filled(template).expect_err(template);
            assert!(
                error.message.contains("opens no marker"),
                "{}",
                error.message
            );
        }
    }

    #[test]
    fn every_template_fills() {
        let mut out = String::new();
        fill(
            &mut out,
            super::super::service_template::IMPLEMENTATION,
            |_, _: super::super::service_template::ServiceMarker| Ok(()),
        )
        .expect("the service template");
        fill(
            &mut out,
            super::super::actions_template::ACTION,
            |_, _: super::super::actions_template::ActionMarker| Ok(()),
        )
        .expect("the per-action template");
    }
}
