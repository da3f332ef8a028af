//! Properties of the page parser and the variant naming, over generated pages:
//!
//! - any list of valid codes, rendered into a page in any table style, parses back to exactly
//!   those codes, in order;
//! - every generated variant name is a valid Rust identifier, unique in its enum, and the
//!   generated code is valid Rust;
//! - no input makes the parser or the model panic;
//! - a page with 100,000 rows goes through parse, model and generate, and the lookup table
//!   finds every code (the full compile of such a page runs on demand: see
//!   `tests/compile_fail.rs` in the `tencent-errors` crate).

use std::collections::HashSet;

use proptest::prelude::*;
use tencent_errors_codegen::__internals::{is_valid_variant_name, reserved_names};
use tencent_errors_codegen::Model;
use tencent_errors_codegen::{build_model, generate, parse_page, Target};

/// A code the parser accepts: `[A-Za-z][A-Za-z0-9_-]*` segments joined by single dots (later
/// segments may start with anything but a dot).
fn valid_code() -> impl Strategy<Value = String> {
    let first = "[A-Za-z][A-Za-z0-9_-]{0,12}";
    let rest = prop::collection::vec("[A-Za-z0-9_-]{1,12}", 0..4);
    (first, rest).prop_map(|(first, rest)| {
        let mut code = first;
        for segment in rest {
            code.push('.');
            code.push_str(&segment);
        }
        code
    })
}

/// Valid codes built from few, similar words, so that base names collide a lot.
fn colliding_code() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "a", "A", "b", "B", "ab", "Ab", "aB", "a_b", "a-b", "A_B", "1", "_", "-", "Unknown",
        "Self", "ALL", "Err", "Other", "LL",
    ]);
    let first = prop::sample::select(vec![
        "a", "A", "ab", "Ab", "a_b", "A-b", "Unknown", "Self", "unknown", "ALL", "err", "Other",
    ]);
    (first, prop::collection::vec(word, 0..3)).prop_map(|(first, rest)| {
        let mut code = first.to_owned();
        for word in rest {
            code.push('.');
            code.push_str(word);
        }
        code
    })
}

fn unique(codes: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    codes
        .into_iter()
        .filter(|c| seen.insert(c.clone()))
        .collect()
}

/// A description cell's text: CJK, ASCII words and punctuation, never a `|`, `\` or line break.
fn description() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 。，（）：、错误参数无效请检查,.:;()\\[\\]!?'\"#*_~=+-]{0,30}"
}

/// How a page lays out its tables.
#[derive(Clone, Debug)]
struct Style {
    outer_pipes: bool,
    padded: bool,
    alignment: &'static str,
    headers: (&'static str, &'static str),
    description_first: bool,
    extra_column: bool,
    crlf: bool,
    bom: bool,
    trailing_blanks: &'static str,
    trailing_dot: bool,
    /// How many tables the rows are spread over.
    tables: usize,
}

fn style() -> impl Strategy<Value = Style> {
    (
        (
            any::<bool>(),
            any::<bool>(),
            prop::sample::select(vec!["---", ":--", "--:", ":-:", "-", ":------------:"]),
        ),
        prop::sample::select(vec![
            ("错误码", "说明"),
            ("错误码", "错误描述"),
            ("Error Code", "Description"),
            ("error code", "DESCRIPTION"),
            ("Code", "Error Message"),
            ("ErrorCode", "描述"),
            ("错误代码", "说明"),
            ("返回码", "错误信息"),
            ("错误码（Code）", "含义"),
            ("Error Code", "Message"),
        ]),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        (
            prop::sample::select(vec!["", " ", "  ", "\t", " \t "]),
            any::<bool>(),
            1..4usize,
        ),
    )
        .prop_map(
            |(
                (outer_pipes, padded, alignment),
                headers,
                (description_first, extra_column, crlf, bom),
                (trailing_blanks, trailing_dot, tables),
            )| Style {
                outer_pipes,
                padded,
                alignment,
                headers,
                description_first,
                extra_column,
                crlf,
                bom,
                trailing_blanks,
                trailing_dot,
                tables,
            },
        )
}

fn render_row(style: &Style, cells: &[&str]) -> String {
    let separator = if style.padded { " | " } else { "|" };
    let mut line = cells.join(separator);
    // Without outer pipes an empty cell cannot start or end a row (`|x` is the one cell `x`),
    // and a row must not start like another block (`* x | A` is a list item): an author writes
    // such rows with outer pipes.
    let plain_start = cells
        .first()
        .is_some_and(|c| c.starts_with(|c: char| c.is_alphabetic()));
    let empty_end = cells.last().is_some_and(|c| c.is_empty());
    if style.outer_pipes || !plain_start || empty_end {
        line = if style.padded {
            format!("| {line} |")
        } else {
            format!("|{line}|")
        };
    }
    line.push_str(style.trailing_blanks);
    line
}

fn render_page(style: &Style, rows: &[(String, String)]) -> String {
    let mut lines = vec![
        "# Error codes".to_owned(),
        String::new(),
        "Some prose.".to_owned(),
    ];
    let per_table = rows.len().div_ceil(style.tables).max(1);
    for (index, chunk) in rows.chunks(per_table).enumerate() {
        lines.push(String::new());
        lines.push(format!("### Table {index}"));
        lines.push(String::new());
        let (code_header, description_header) = style.headers;
        let mut header = vec![code_header, description_header];
        if style.description_first {
            header.reverse();
        }
        if style.extra_column {
            header.push("备注");
        }
        lines.push(render_row(style, &header));
        lines.push(render_row(style, &vec![style.alignment; header.len()]));
        for (code, description) in chunk {
            let code = if style.trailing_dot {
                format!("{code}.")
            } else {
                code.clone()
            };
            let mut cells = vec![code.as_str(), description.as_str()];
            if style.description_first {
                cells.reverse();
            }
            if style.extra_column {
                cells.push("-");
            }
            lines.push(render_row(style, &cells));
        }
    }
    let newline = if style.crlf { "\r\n" } else { "\n" };
    let mut page = lines.join(newline);
    page.push_str(newline);
    if style.bom {
        page.insert(0, '\u{feff}');
    }
    page
}

/// Checks the names of a built model: valid identifiers, unique, and the tokens parse as Rust.
fn check_names(model: &Model) -> Result<(), TestCaseError> {
    let mut seen = HashSet::new();
    for code in &model.codes {
        prop_assert!(
            is_valid_variant_name(&code.variant),
            "`{}` for `{}`",
            code.variant,
            code.code
        );
        prop_assert!(
            syn::parse_str::<syn::Ident>(&code.variant).is_ok(),
            "`{}`",
            code.variant
        );
        prop_assert!(
            reserved_names().all(|reserved| reserved != code.variant),
            "`{}` is reserved",
            code.variant
        );
        prop_assert!(
            seen.insert(code.variant.clone()),
            "`{}` is used twice",
            code.variant
        );
    }
    let tokens = generate(&Target::new("prop", "a generated page"), model)
        .map_err(|e| TestCaseError::fail(e.message))?;
    prop_assert!(
        syn::parse2::<syn::File>(tokens).is_ok(),
        "the generated code is not valid Rust"
    );
    Ok(())
}

/// Every strict and reserved Rust keyword (2015 to 2024 editions), and the names the
/// generated enums define (written out here, independently of the codegen's list).
const KEYWORDS_AND_GENERATED_NAMES: &[&str] = &[
    "as",
    "async",
    "await",
    "break",
    "const",
    "continue",
    "crate",
    "dyn",
    "else",
    "enum",
    "extern",
    "false",
    "fn",
    "for",
    "gen",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "match",
    "mod",
    "move",
    "mut",
    "pub",
    "ref",
    "return",
    "self",
    "Self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "type",
    "unsafe",
    "use",
    "where",
    "while",
    "abstract",
    "become",
    "box",
    "do",
    "final",
    "macro",
    "override",
    "priv",
    "try",
    "typeof",
    "unsized",
    "virtual",
    "yield",
    "union",
    "macro_rules",
    "raw",
    "safe",
    "Unknown",
    "ALL",
    "CURRENT",
    "SERVICE",
    "ACTION",
    "Other",
    "Err",
    "Ok",
    "Some",
    "None",
    "Option",
    "Result",
    "from_code",
    "code",
];

/// A keyword or generated name in any mix of case, alone or as a segment among others.
fn keyword_code() -> impl Strategy<Value = String> {
    let word = (
        prop::sample::select(KEYWORDS_AND_GENERATED_NAMES),
        any::<u64>(),
    )
        .prop_map(|(word, cases)| {
            word.chars()
                .enumerate()
                .map(|(at, c)| {
                    if cases >> (at % 64) & 1 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c.to_ascii_lowercase()
                    }
                })
                .collect::<String>()
        });
    (
        word,
        prop::collection::vec(valid_code(), 0..2),
        any::<bool>(),
    )
        .prop_map(|(word, others, first)| {
            let mut segments = others;
            if first || segments.is_empty() {
                segments.insert(0, word);
            } else {
                segments.push(word);
            }
            segments.join(".")
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Codes equal to a keyword or to a name the generated enum defines (in any case) get
    /// valid, unique variants that are not reserved, the generated code is valid Rust, and each
    /// code maps to its own variant and back.
    #[test]
    fn keywords_and_generated_names_make_valid_unique_variants(
        codes in prop::collection::vec(keyword_code(), 1..30),
    ) {
        let codes: Vec<String> = unique(codes)
            .into_iter()
            .filter(|code| code.starts_with(|c: char| c.is_ascii_alphabetic()))
            .collect();
        prop_assume!(!codes.is_empty());
        let rows: Vec<(String, String)> = codes.iter().map(|c| (c.clone(), "d".to_owned())).collect();
        let page = render_page(&plain_style(), &rows);
        let model = build_model(&page, &[]).map_err(|e| TestCaseError::fail(format!("{e:?}\n{page}")))?;
        let listed: Vec<&str> = model.codes.iter().map(|c| c.code.as_str()).collect();
        let expected: Vec<&str> = codes.iter().map(String::as_str).collect();
        prop_assert_eq!(listed, expected);
        check_names(&model)?;
        let mut by_variant = std::collections::HashMap::new();
        for code in &model.codes {
            prop_assert!(by_variant.insert(code.variant.as_str(), code.code.as_str()).is_none());
        }
        for code in &model.codes {
            prop_assert_eq!(by_variant.get(code.variant.as_str()).copied(), Some(code.code.as_str()));
        }
    }

    #[test]
    fn rendered_codes_parse_back_exactly(
        rows in prop::collection::vec((valid_code(), description()), 1..40),
        style in style(),
    ) {
        let mut seen = HashSet::new();
        let rows: Vec<(String, String)> = rows.into_iter().filter(|(code, _)| seen.insert(code.clone())).collect();
        let page = render_page(&style, &rows);
        let parsed = parse_page(&page).map_err(|errors| TestCaseError::fail(format!("{errors:?}\n{page}")))?;
        let parsed = parsed.rows;
        let codes: Vec<&str> = parsed.iter().map(|row| row.code.as_str()).collect();
        let expected: Vec<&str> = rows.iter().map(|(code, _)| code.as_str()).collect();
        prop_assert_eq!(codes, expected, "{}", page);
        for (row, (_, description)) in parsed.iter().zip(&rows) {
            // Descriptions without markdown punctuation read back as written (trimmed).
            if !description.contains(['[', ']', '*', '_', '~', '!', '#']) {
                let text = row.description.as_ref().map(|d| d.text.as_str()).unwrap_or("");
                prop_assert_eq!(text, description.trim(), "{}", page);
            }
        }
    }

    #[test]
    fn variant_names_are_unique_valid_identifiers(codes in prop::collection::vec(valid_code(), 1..60)) {
        let codes = unique(codes);
        let page = render_page(&plain_style(), &codes.iter().map(|c| (c.clone(), "d".to_owned())).collect::<Vec<_>>());
        let model = build_model(&page, &[]).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(model.codes.len(), codes.len());
        check_names(&model)?;
    }

    #[test]
    fn colliding_names_are_disambiguated_or_reported(codes in prop::collection::vec(colliding_code(), 1..30)) {
        let codes = unique(codes);
        let page = render_page(&plain_style(), &codes.iter().map(|c| (c.clone(), "d".to_owned())).collect::<Vec<_>>());
        match build_model(&page, &[]) {
            Ok(model) => {
                prop_assert_eq!(model.codes.len(), codes.len());
                check_names(&model)?;
            }
            // A pathological page whose names collide even after disambiguation: an error that
            // tells which codes and asks for a rename, never a panic or a duplicate variant.
            Err(problems) => {
                for problem in problems {
                    let message = format!("{problem:?}");
                    prop_assert!(message.contains("even after disambiguation"), "{}", message);
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(page in ".{0,400}") {
        let _ = build_model(&page, &[]);
    }

    #[test]
    fn table_shaped_noise_never_panics(page in "[|\\-: \t\r\n`\\\\<>/&;#*_\\[\\]()!.aAbB1错码说明]{0,300}") {
        let with_header = format!("| 错误码 | 说明 |\n|---|---|\n{page}");
        let _ = build_model(&with_header, &[]);
        let _ = build_model(&page, &[]);
    }
}

/// Inputs that once broke the parser (found by fuzzing or by the properties above), kept in
/// `fuzz/regressions/page/`: they go through without panicking and keep the invariants.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../fuzz/regressions/page");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).expect("fuzz/regressions/page exists") {
        let path = entry.expect("a directory entry").path();
        let bytes = std::fs::read(&path).expect("a regression input");
        let Ok(page) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if let Ok(model) = build_model(page, &[]) {
            check_names(&model).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        replayed += 1;
    }
    assert!(replayed > 0, "no regression inputs in {dir}");
}

fn plain_style() -> Style {
    Style {
        outer_pipes: true,
        padded: true,
        alignment: "---",
        headers: ("错误码", "说明"),
        description_first: false,
        extra_column: false,
        crlf: false,
        bom: false,
        trailing_blanks: "",
        trailing_dot: false,
        tables: 1,
    }
}

/// 100,000 rows: the sizes a page could grow to in years, and far beyond any real page today.
#[test]
fn a_page_with_100k_rows_goes_through_and_every_code_is_found() {
    use tencent_errors_runtime::__private::{lookup, CodeTable};

    let codes: Vec<String> = (0..100_000)
        .map(|i| format!("InvalidParameterValue.Group{}.Code{i}", i % 97))
        .collect();
    let rows: Vec<(String, String)> = codes
        .iter()
        .map(|c| (c.clone(), format!("说明 {c}")))
        .collect();
    let page = render_page(&plain_style(), &rows);
    let model = build_model(&page, &[]).expect("the page is valid");
    assert_eq!(model.codes.len(), codes.len());
    assert!(generate(&Target::new("big", "a generated page"), &model).is_ok());

    let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
    let table = tencent_errors_codegen::__internals::build_lookup_table(&refs)
        .expect("a lookup table exists");
    let leaked: &'static [&'static str] =
        Box::leak(codes.into_iter().map(|c| &*c.leak()).collect::<Box<[_]>>());
    let table = CodeTable {
        seed: table.seed,
        shift: table.shift,
        pilots: Box::leak(table.pilots.into_boxed_slice()),
        slots: Box::leak(table.slots.into_boxed_slice()),
        codes: leaked,
    };
    for (index, code) in leaked.iter().enumerate() {
        assert_eq!(lookup(&table, code), Some(index), "{code}");
    }
    assert_eq!(lookup(&table, "InvalidParameterValue.Group0.Code1"), None);
}
