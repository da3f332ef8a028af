//! Tencent's own pages, copied byte for byte from the source of its international documentation
//! (`tests/fixtures/pages/real/`, see issue 21): each expands with exactly the codes the page
//! lists. The codes are counted here by a plain scan of the page's lines, not by the reader.

mod common;

use tencent_errors::{Language, ServiceError};

/// The codes of a page's error-code tables, in order of first appearance, and the description
/// each first row gives: every line `| Code | text |` whose first cell is a code.
fn listed(page: &str) -> Vec<(String, String)> {
    let mut codes: Vec<(String, String)> = Vec::new();
    for line in page.lines() {
        let line = line.trim_start_matches('\u{feff}').trim();
        let Some(row) = line.strip_prefix('|') else {
            continue;
        };
        let cells: Vec<&str> = row
            .trim_end_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        let [code, text] = cells[..] else { continue };
        let is_code = code.starts_with(|c: char| c.is_ascii_alphanumeric())
            && code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if is_code && !codes.iter().any(|(known, _)| known == code) {
            codes.push((code.to_owned(), text.to_owned()));
        }
    }
    codes
}

macro_rules! page {
    ($file:literal) => {
        include_str!(concat!("fixtures/pages/real/", $file))
    };
}

mod cdb {
    tencent_errors::tencent_errors!("cdb", path = "tests/fixtures/pages/real/cdb.zh.md");
}

mod redis_zh {
    tencent_errors::tencent_errors!("redis", path = "tests/fixtures/pages/real/redis.zh.md");
}

mod redis_en {
    tencent_errors::tencent_errors!("redis", path = "tests/fixtures/pages/real/redis.en.md");
}

mod redis_ja {
    tencent_errors::tencent_errors!("redis", path = "tests/fixtures/pages/real/redis.ja.md");
}

mod redis_ko {
    tencent_errors::tencent_errors!("redis", path = "tests/fixtures/pages/real/redis.ko.md");
}

/// `ALL` is exactly the page's codes, in page order, and each round-trips.
fn expands_exactly<E: ServiceError + PartialEq + core::fmt::Debug>(
    all: &[E],
    page: &str,
    language: Language,
) {
    let listed = listed(page);
    assert!(listed.len() > 20, "the scan found the tables");
    let codes: Vec<&str> = all.iter().map(|e| e.code()).collect();
    let expected: Vec<&str> = listed.iter().map(|(code, _)| code.as_str()).collect();
    assert_eq!(codes, expected);
    for error in all {
        assert_eq!(&E::from_code(error.code()), error);
        assert!(error.is_known());
        assert!(error.description_in(language).is_some(), "{error:?}");
    }
}

#[test]
fn cdb_with_a_numeric_code_expands_exactly() {
    expands_exactly(cdb::CdbError::ALL, page!("cdb.zh.md"), Language::Chinese);
    let numeric = cdb::CdbError::Code9003;
    assert_eq!(numeric.code(), "9003");
    assert_eq!(cdb::CdbError::from_code("9003"), numeric);
    assert_eq!(numeric.description(), Some("param error。"));
    assert_eq!(format!("{numeric:?}"), "Code9003");
}

#[test]
fn redis_in_chinese_and_english_expands_exactly() {
    expands_exactly(
        redis_zh::RedisError::ALL,
        page!("redis.zh.md"),
        Language::Chinese,
    );
    expands_exactly(
        redis_en::RedisError::ALL,
        page!("redis.en.md"),
        Language::English,
    );
}

#[test]
fn redis_in_japanese_and_korean_expands_exactly() {
    expands_exactly(
        redis_ja::RedisError::ALL,
        page!("redis.ja.md"),
        Language::Japanese,
    );
    expands_exactly(
        redis_ko::RedisError::ALL,
        page!("redis.ko.md"),
        Language::Korean,
    );
    // A page alone in Japanese: no Chinese text, and `description()` finds the Japanese one.
    let error = redis_ja::RedisError::InternalError;
    assert_eq!(error.description_in(Language::Chinese), None);
    assert_eq!(error.description(), Some("内部エラー。"));
}

#[test]
fn real_fixtures_are_verbatim_copies_of_shared() {
    // Tencent's pages and API reference pages, and the strict user crate's copies of them: when
    // ../shared is present, each directory must be the shared one, file for file, byte for byte.
    for (shared, ours, files) in [
        ("real/pages", "tests/fixtures/pages/real", 5),
        ("real/api/cvm-zh", "tests/fixtures/api/cvm-zh", 3),
        ("real/api/vpc-en", "tests/fixtures/api/vpc-en", 3),
        ("real/pages", "tests/strict-user/docs/real", 5),
        ("real/api/cvm-zh", "tests/strict-user/docs/api/cvm-zh", 3),
        ("real/api/vpc-en", "tests/strict-user/docs/api/vpc-en", 3),
    ] {
        let compared = common::assert_copies_of_shared(shared, ours);
        assert!(
            compared == 0 || compared == files,
            "{ours}: {compared} files compared"
        );
    }
}
