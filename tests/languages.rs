//! Your own pages in both languages: `path = ["zh.md", "en.md"]` gives one enum with both texts,
//! each page's language told from its text; a code only the English page lists is a variant
//! too; `lang = "en"` puts English first.

use tencent_errors::Language;

const ZH: &str = include_str!("fixtures/pages/languages/billing.md");
const EN: &str = include_str!("fixtures/pages/languages/billing.en.md");

/// The description of `code` on a page, by a plain scan of its rows.
fn text(page: &str, code: &str) -> Option<String> {
    page.lines()
        .map(|line| {
            line.trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect::<Vec<_>>()
        })
        .find(|cells| cells.first() == Some(&code))
        .and_then(|cells| cells.get(1).map(|s| s.to_string()))
}

mod both {
    tencent_errors::tencent_errors!(
        "billing",
        path = [
            "tests/fixtures/pages/languages/billing.md",
            "tests/fixtures/pages/languages/billing.en.md"
        ]
    );
}

mod english_first {
    tencent_errors::tencent_errors!(
        "billing",
        path = [
            "tests/fixtures/pages/languages/billing.en.md",
            "tests/fixtures/pages/languages/billing.md"
        ],
        lang = "en"
    );
}

mod english_only {
    tencent_errors::tencent_errors!(
        "billing",
        path = "tests/fixtures/pages/languages/billing.en.md"
    );
}

#[test]
fn one_enum_carries_both_languages() {
    use both::BillingError as E;
    let codes: Vec<&str> = E::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [
            "FailedOperation.BalanceInsufficient",
            "InvalidParameter.PayMode",
            "ResourceNotFound.Invoice"
        ],
        "the Chinese page's codes, then the one only the English page lists"
    );
    let both = E::FailedOperationBalanceInsufficient;
    let code = both.code();
    assert_eq!(
        both.description_in(Language::Chinese),
        text(ZH, code).as_deref()
    );
    assert_eq!(
        both.description_in(Language::English),
        text(EN, code).as_deref()
    );
    assert_eq!(
        both.description(),
        text(ZH, code).as_deref(),
        "Chinese first"
    );

    // Only in English: no Chinese text, and description() falls back to the English one.
    let english = E::ResourceNotFoundInvoice;
    assert_eq!(english.description_in(Language::Chinese), None);
    assert_eq!(english.description(), text(EN, english.code()).as_deref());
    assert!(english
        .to_string()
        .ends_with(": The invoice does not exist."));

    // Only in Chinese.
    assert_eq!(
        E::InvalidParameterPayMode.description_in(Language::English),
        None
    );
}

#[test]
fn lang_en_puts_english_first_and_the_api_stays_the_same() {
    use english_first::BillingError as E;
    let error = E::FailedOperationBalanceInsufficient;
    assert_eq!(error.description(), text(EN, error.code()).as_deref());
    assert_eq!(
        error.to_string(),
        format!(
            "{}: {}",
            error.code(),
            text(EN, error.code()).expect("listed")
        )
    );
    // The page order decides the variant order, the languages decide nothing else.
    let mut codes: Vec<&str> = E::ALL.iter().map(|e| e.code()).collect();
    let mut other: Vec<&str> = both::BillingError::ALL.iter().map(|e| e.code()).collect();
    codes.sort_unstable();
    other.sort_unstable();
    assert_eq!(codes, other);
}

#[test]
fn an_english_page_alone_is_read_as_english() {
    use english_only::BillingError as E;
    for error in E::ALL {
        assert_eq!(error.description_in(Language::Chinese), None);
        assert_eq!(
            error.description_in(Language::English),
            text(EN, error.code()).as_deref()
        );
    }
}
