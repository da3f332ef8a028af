//! The generated documentation: the enum's page and each variant's text.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use tencent_errors_runtime::{Category, Language, RetryClass};

use super::Target;
use crate::model::{ErrorCode, Model};
use crate::model::{Naming, UNKNOWN_VARIANT};
use crate::read::{language_name, Description};

/// The documentation of a code's variant: the description, then the facts, then why it is
/// named as it is (one attribute: rustdoc joins several with newlines anyway).
pub(super) fn variant_doc(code: &ErrorCode) -> String {
    // The first text as it is, every other one labelled with its language.
    let mut doc = String::new();
    for &language in Language::ALL {
        if let Some(text) = code.description_in(language) {
            if doc.is_empty() {
                doc.push_str(&text.markdown);
            } else {
                push_translation(&mut doc, language, text);
            }
        }
    }
    if doc.is_empty() {
        doc.push_str("*The page gives no description.*");
    }
    for other in &code.other_descriptions {
        let _ = write!(
            doc,
            "\n\n*The page also describes it as:* {}",
            other.markdown
        );
    }
    if let Some(since) = &code.retired_since {
        let _ = write!(
            doc,
            "\n\n**Retired:** Tencent Cloud no longer publishes this code (not in {since}). \
             The variant stays, deprecated, so that code matching it keeps compiling and \
             `from_code` still returns it for responses that carry it."
        );
    }
    let _ = write!(
        doc,
        "\n\nCode `{}` · category {} · {}.",
        code.code,
        category_link(code.category),
        retry_link(code.retry)
    );
    match &code.naming {
        Naming::Disambiguated { base, with } => {
            let with: Vec<String> = with.iter().map(ToString::to_string).collect();
            let _ = write!(
                doc,
                "\n\nNamed `{}` rather than `{base}` because {} would also be `{base}`.",
                code.variant,
                with.join(", ")
            );
        }
        Naming::Renamed => {
            let _ = write!(doc, "\n\nNamed `{}` by the `rename` option.", code.variant);
        }
        Naming::Base => {}
    }
    doc
}

/// Appends `text` as a further paragraph labelled with its language (`*English:* ...`): how
/// every variant's docs show a description in a language other than the first one shown.
pub(crate) fn push_translation(doc: &mut String, language: Language, text: &Description) {
    let _ = write!(doc, "\n\n*{}:* {}", language_name(language), text.markdown);
}

/// The enum's documentation: what it is and where it came from, how to decode, then a short
/// summary of the codes (the public families with their counts, one line for the rest); the
/// variants follow on the page.
pub(super) fn enum_doc(target: &Target, model: &Model) -> Vec<String> {
    let name = &target.name;
    let retired = model
        .codes
        .iter()
        .filter(|code| code.retired_since.is_some())
        .count();
    let current = model.codes.len() - retired;
    let english = model
        .codes
        .iter()
        .filter(|code| code.description_en.is_some())
        .count();
    let mut doc = vec![format!(
        "Error codes of the Tencent Cloud `{}` API: {current} codes from {}.",
        target.service, target.origin
    )];
    if let Some(since) = &target.retired_since {
        doc.push(String::new());
        doc.push(format!(
            "**Retired service:** Tencent Cloud no longer publishes `{}` (not in {since}); \
             its codes are kept, deprecated, for code that still handles them.",
            target.service
        ));
    }
    doc.push(String::new());
    doc.push(format!(
        "Decode a response with `tencent_errors::decode::<T, {name}>(body)`, or a code with \
         [`{name}::from_code`]: codes the page does not list become \
         [`{name}::{UNKNOWN_VARIANT}`] with the code kept verbatim. Every variant's docs give \
         the code, its description, its [category](tencent_errors::Category) and its \
         [retry class](tencent_errors::RetryClass). The enum is `#[non_exhaustive]`: new codes \
         are added in minor releases."
    ));
    if let Some(facts) = facts(target, model, english, retired) {
        doc.push(String::new());
        doc.push(facts);
    }
    doc.push(String::new());
    doc.push(format!(
        "**Codes by family** (the variants follow below, in page order): {}.",
        family_summary(model)
    ));
    doc
}

/// The languages beside Chinese and the retired codes, in one sentence (`None`: neither).
fn facts(target: &Target, model: &Model, english: usize, retired: usize) -> Option<String> {
    let name = &target.name;
    let mut facts = Vec::new();
    if english > 0 {
        facts.push(format!(
            "{english} codes have an English description beside the Chinese one \
             ([`{name}::description_in`])"
        ));
    }
    for (language, count) in [
        (
            "Japanese",
            model
                .codes
                .iter()
                .filter(|c| c.description_ja.is_some())
                .count(),
        ),
        (
            "Korean",
            model
                .codes
                .iter()
                .filter(|c| c.description_ko.is_some())
                .count(),
        ),
    ] {
        if count > 0 {
            facts.push(format!(
                "{count} codes have a {language} description ([`{name}::description_in`])"
            ));
        }
    }
    if retired > 0 {
        facts.push(format!(
            "{retired} retired codes Tencent no longer publishes are kept as deprecated variants \
             ([`{name}::ALL`] has them, [`{name}::CURRENT`] does not)"
        ));
    }
    (!facts.is_empty()).then(|| format!("{}.", facts.join("; ")))
}

/// The codes by family: the public families with their counts, then one entry for the
/// service-specific families (their count and the three largest), joined by ` · `.
fn family_summary(model: &Model) -> String {
    let mut public: BTreeMap<&str, (usize, Category)> = BTreeMap::new();
    let mut specific: BTreeMap<&str, usize> = BTreeMap::new();
    for code in &model.codes {
        let family = code.code.split('.').next().unwrap_or(&code.code);
        if code.category == Category::ServiceSpecific {
            *specific.entry(family).or_default() += 1;
        } else {
            public.entry(family).or_insert((0, code.category)).0 += 1;
        }
    }
    let mut public: Vec<(Category, usize)> = public.into_values().map(|(n, c)| (c, n)).collect();
    public.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut summary: Vec<String> = public
        .iter()
        .map(|(category, count)| format!("{} {count}", category_link(*category)))
        .collect();
    if !specific.is_empty() {
        let codes: usize = specific.values().sum();
        let mut largest: Vec<(&str, usize)> = specific.iter().map(|(f, n)| (*f, *n)).collect();
        largest.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let shown: Vec<String> = largest
            .iter()
            .take(3)
            .map(|(family, count)| format!("`{family}` {count}"))
            .collect();
        let more = if largest.len() > 3 { ", ..." } else { "" };
        summary.push(format!(
            "{codes} in {} service-specific families ({}{more})",
            specific.len(),
            shown.join(", ")
        ));
    }
    summary.join(" · ")
}

/// A rustdoc link to the category's variant, e.g. ``[`AuthFailure`](tencent_errors::Category::AuthFailure)``.
fn category_link(category: Category) -> String {
    let name = category.as_str();
    format!("[`{name}`](tencent_errors::Category::{name})")
}

/// A rustdoc link to the retry class's variant, with its prose name as text:
/// `[not retryable](tencent_errors::RetryClass::NotRetryable)`.
fn retry_link(retry: RetryClass) -> String {
    let variant = match retry {
        RetryClass::Throttling => "Throttling",
        RetryClass::Transient => "Transient",
        _ => "NotRetryable",
    };
    format!(
        "[{}](tencent_errors::RetryClass::{variant})",
        retry.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Option<Description> {
        Some(Description {
            markdown: s.to_owned(),
            text: s.to_owned(),
        })
    }

    #[test]
    fn every_language_given_is_shown_chinese_first() {
        let model = crate::build_model("| 错误码 | 说明 |\n|---|---|\n| A | 中文 |\n", &[])
            .expect("a page");
        let mut code = model.codes[0].clone();
        code.description_en = text("English");
        code.description_ja = text("日本語");
        code.description_ko = text("한국어");
        let doc = variant_doc(&code);
        assert!(
            doc.starts_with(
                "中文\n\n*English:* English\n\n*Japanese:* 日本語\n\n*Korean:* 한국어\n\n"
            ),
            "{doc}"
        );
        code.description = None;
        code.description_en = None;
        assert!(variant_doc(&code).starts_with("日本語\n\n*Korean:* 한국어\n\n"));
    }
}
