//! Your own pages in both languages: `path = ["zh.md", "en.md"]` gives one enum with both texts,
//! each page's language told from its text; a code only the English page lists is a variant
//! too; `lang = "en"` puts English first.

mod common;

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

/// The four editions of Tencent's redis page (Chinese, English, Japanese, Korean), as Tencent
/// publishes them.
mod four {
    tencent_errors::tencent_errors!(
        "redis",
        path = [
            "tests/fixtures/pages/real/redis.zh.md",
            "tests/fixtures/pages/real/redis.en.md",
            "tests/fixtures/pages/real/redis.ja.md",
            "tests/fixtures/pages/real/redis.ko.md"
        ]
    );
}

/// Japanese and Korean with the Chinese page, Japanese first, in another order.
mod japanese_first {
    tencent_errors::tencent_errors!(
        "redis",
        path = [
            "tests/fixtures/pages/real/redis.ko.md",
            "tests/fixtures/pages/real/redis.zh.md",
            "tests/fixtures/pages/real/redis.ja.md"
        ],
        lang = "ja"
    );
}

/// The description a page gives `code`, by a plain scan: a service table's row wins over the
/// public table's (the headings `公共` / `Common` / `共通` / `공통` mark the public table).
fn page_text(page: &str, code: &str) -> Option<String> {
    let mut public = false;
    let mut found: Option<(bool, String)> = None;
    for line in page.lines() {
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.starts_with('#') {
            let lower = line.to_lowercase();
            public = ["公共", "common", "共通", "공통"]
                .iter()
                .any(|w| lower.contains(w));
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.first() == Some(&code) {
            let text = cells.get(1).map(|s| s.to_string()).unwrap_or_default();
            match &found {
                None => found = Some((public, text)),
                Some((true, _)) if !public => found = Some((public, text)),
                _ => {}
            }
        }
    }
    found.map(|(_, text)| text)
}

const REDIS: [(&str, Language); 4] = [
    (
        include_str!("fixtures/pages/real/redis.zh.md"),
        Language::Chinese,
    ),
    (
        include_str!("fixtures/pages/real/redis.en.md"),
        Language::English,
    ),
    (
        include_str!("fixtures/pages/real/redis.ja.md"),
        Language::Japanese,
    ),
    (
        include_str!("fixtures/pages/real/redis.ko.md"),
        Language::Korean,
    ),
];

#[test]
fn four_editions_make_one_enum_with_four_languages() {
    use four::RedisError as E;
    // Every code of any edition is a variant (the Japanese and Korean editions lag behind).
    let mut codes: Vec<&str> = E::ALL.iter().map(|e| e.code()).collect();
    codes.sort_unstable();
    let mut listed: Vec<String> = Vec::new();
    for (page, _) in REDIS {
        for line in page.lines() {
            let cells = common::cells(line);
            let code = cells[0];
            if cells.len() == 2
                && code.starts_with(|c: char| c.is_ascii_alphabetic())
                && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
                && !listed.iter().any(|known| known == code)
            {
                listed.push(code.to_owned());
            }
        }
    }
    listed.sort_unstable();
    assert_eq!(codes, listed);
    // Each language's text is exactly its page's, and `None` where the page lacks the code.
    for error in E::ALL {
        for (page, language) in REDIS {
            assert_eq!(
                error.description_in(language).map(str::to_owned),
                page_text(page, error.code()),
                "{error:?} in {language}"
            );
        }
    }
    let only_in_chinese_and_english = E::FailedOperationUnSupportError;
    assert_eq!(
        only_in_chinese_and_english.description_in(Language::Japanese),
        None
    );
    assert_eq!(
        only_in_chinese_and_english.description_in(Language::Korean),
        None
    );
    assert_eq!(
        E::InternalError.description_in(Language::Japanese),
        Some("内部エラー。")
    );
    assert_eq!(
        E::InternalError.description_in(Language::Korean),
        Some("내부 오류.")
    );
    assert_eq!(E::InternalError.description(), Some("内部错误。"));
}

#[test]
fn lang_ja_puts_japanese_first_and_falls_back_to_chinese_without_an_english_page() {
    use japanese_first::RedisError as E;
    assert_eq!(E::InternalError.description(), Some("内部エラー。"));
    assert_eq!(E::InternalError.to_string(), "InternalError: 内部エラー。");
    // No Japanese text and no English page given: Chinese.
    assert_eq!(
        E::FailedOperationUnSupportError.description(),
        Some("实例不支持该接口。")
    );
    assert_eq!(
        E::FailedOperationUnSupportError.description_in(Language::English),
        None
    );
    // The same API whatever the languages: the enum with two pages answers every language too.
    assert_eq!(
        both::BillingError::FailedOperationBalanceInsufficient.description_in(Language::Korean),
        None
    );
}

/// The billing pages in Chinese and English with a Japanese or a Korean page, that language
/// first. Of the codes: `FailedOperation.InvoiceLocked` only the Japanese (Korean) page lists,
/// `FailedOperation.BalanceInsufficient` the Chinese and English pages, `ResourceNotFound.Invoice`
/// only the English page, `InvalidParameter.PayMode` only the Chinese page.
mod japanese_fallback {
    tencent_errors::tencent_errors!(
        "billing",
        path = [
            "tests/fixtures/pages/languages/billing.md",
            "tests/fixtures/pages/languages/billing.en.md",
            "tests/fixtures/pages/languages/billing.ja.md"
        ],
        lang = "ja"
    );
}

mod korean_fallback {
    tencent_errors::tencent_errors!(
        "billing",
        path = [
            "tests/fixtures/pages/languages/billing.ko.md",
            "tests/fixtures/pages/languages/billing.md",
            "tests/fixtures/pages/languages/billing.en.md"
        ],
        lang = "ko"
    );
}

const JA: &str = include_str!("fixtures/pages/languages/billing.ja.md");
const KO: &str = include_str!("fixtures/pages/languages/billing.ko.md");

/// Checks an enum of [`japanese_fallback`] or [`korean_fallback`]: `(code, description(),
/// description_in(own language), Display)` for each code, against the pages' texts.
fn assert_falls_back(
    own: &str,
    language: Language,
    found: &[(&str, Option<&str>, Option<&str>, String)],
) {
    let [locked, both, english_only, chinese_only] = found else {
        panic!("four codes: {found:?}");
    };
    // Its own language where its page has the code.
    assert_eq!(locked.0, "FailedOperation.InvoiceLocked");
    let own_text = text(own, locked.0);
    assert!(own_text.is_some(), "the {language} page lists {}", locked.0);
    assert_eq!(
        (locked.1, locked.2),
        (own_text.as_deref(), own_text.as_deref())
    );
    // English before Chinese when both have it.
    assert_eq!(both.0, "FailedOperation.BalanceInsufficient");
    assert_eq!(both.1, text(EN, both.0).as_deref());
    assert_ne!(text(EN, both.0), text(ZH, both.0));
    assert_eq!(both.2, None, "the {language} page does not list it");
    // English when only English has it.
    assert_eq!(english_only.0, "ResourceNotFound.Invoice");
    assert_eq!(text(ZH, english_only.0), None);
    assert_eq!(english_only.1, text(EN, english_only.0).as_deref());
    assert_eq!(english_only.2, None);
    // Chinese when neither its language nor English has it.
    assert_eq!(chinese_only.0, "InvalidParameter.PayMode");
    assert_eq!(text(EN, chinese_only.0), None);
    assert_eq!(chinese_only.1, text(ZH, chinese_only.0).as_deref());
    assert_eq!(chinese_only.2, None);
    for (code, description, _, shown) in found {
        assert_eq!(
            shown,
            &format!("{code}: {}", description.unwrap_or_default()),
            "Display uses the same fallback"
        );
    }
}

#[test]
fn lang_ja_and_lang_ko_fall_back_to_english_then_chinese() {
    use japanese_fallback::BillingError as Ja;
    use korean_fallback::BillingError as Ko;
    let ja: Vec<_> = [
        Ja::FailedOperationInvoiceLocked,
        Ja::FailedOperationBalanceInsufficient,
        Ja::ResourceNotFoundInvoice,
        Ja::InvalidParameterPayMode,
    ]
    .iter()
    .map(|e| {
        let own = e.description_in(Language::Japanese);
        (e.code(), e.description(), own, e.to_string())
    })
    .collect();
    assert_falls_back(JA, Language::Japanese, &ja);
    let ko: Vec<_> = [
        Ko::FailedOperationInvoiceLocked,
        Ko::FailedOperationBalanceInsufficient,
        Ko::ResourceNotFoundInvoice,
        Ko::InvalidParameterPayMode,
    ]
    .iter()
    .map(|e| {
        let own = e.description_in(Language::Korean);
        (e.code(), e.description(), own, e.to_string())
    })
    .collect();
    assert_falls_back(KO, Language::Korean, &ko);
    assert_eq!(Ja::ALL.len(), 4);
    assert_eq!(Ko::ALL.len(), 4);
}
