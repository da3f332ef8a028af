//! How a variant is written, attributes and all: the one place the service enum and the
//! per-action enums write their variants.

use super::literal::push_string_literal;

/// Writes one unit variant: its docs, `doc(alias)` with the code when the name differs from
/// it (so that searching the docs for the code finds the variant), `allow(non_camel_case_types)`
/// when the name is not UpperCamelCase (segmented names, renames), and `deprecated` with `note`
/// for a retired code.
pub(crate) fn push_variant(
    out: &mut String,
    name: &str,
    code: &str,
    doc: &str,
    deprecated: Option<&str>,
) {
    out.push_str("#[doc = ");
    push_string_literal(out, doc);
    out.push(']');
    if code != name {
        out.push_str("#[doc(alias = ");
        push_string_literal(out, code);
        out.push_str(")]");
    }
    if name.contains('_') || !name.starts_with(|c: char| c.is_uppercase()) {
        out.push_str("#[allow(non_camel_case_types)]");
    }
    if let Some(note) = deprecated {
        out.push_str("#[deprecated(note = ");
        push_string_literal(out, note);
        out.push_str(")]");
    }
    out.push_str(name);
    out.push_str(",\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_follow_the_name_and_the_code() {
        let mut out = String::new();
        push_variant(&mut out, "AB", "AB", "d", None);
        assert_eq!(out, "#[doc = \"d\"]AB,\n");
        let mut out = String::new();
        push_variant(&mut out, "A_B", "A.B", "d", Some("gone"));
        assert_eq!(
            out,
            "#[doc = \"d\"]#[doc(alias = \"A.B\")]#[allow(non_camel_case_types)]\
             #[deprecated(note = \"gone\")]A_B,\n"
        );
        let mut out = String::new();
        push_variant(&mut out, "lower", "X", "d", None);
        assert!(out.contains("allow(non_camel_case_types)"));
    }
}
