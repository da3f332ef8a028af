//! Runs the built `tencent-errors` binary on the real pages and checks what it prints and how it
//! exits. Expansion is compared token for token with what the macro generates.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use serde_json::Value;
use tencent_errors_cli::{expand, ExpandOptions};
use tencent_errors_codegen::Rename;

#[path = "../../tests/common/mod.rs"]
mod common;

const SEEDS: &[&str] = &["dc", "gaap", "redis", "scf", "tke"];

/// The repository root: the binary runs there, as `cargo run --bin tencent-errors` would.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the cli crate is inside the workspace")
        .to_owned()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tencent-errors"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 errors")
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(output)))
}

fn strings(value: &Value, key: &str) -> Vec<String> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v[key].as_str().expect("a string").to_owned())
        .collect()
}

/// A scratch page in a directory of this test process; returns its path.
fn scratch_page(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tencent-errors-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write page");
    path
}

fn page_text(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative)).expect("page")
}

#[test]
fn check_reports_cvm_collision_and_merges() {
    let output = run(&["check", "codegen/data/zh/cvm.md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    // The collision documented in model.rs, with its resolution.
    assert!(text.contains("`InvalidParameterValueTooLarge`"), "{text}");
    assert!(
        text.contains("InvalidParameter.ValueTooLarge -> InvalidParameter_ValueTooLarge"),
        "{text}"
    );
    assert!(
        text.contains("InvalidParameterValue.TooLarge -> InvalidParameterValue_TooLarge"),
        "{text}"
    );
    assert!(text.contains("suspicious rows: none"), "{text}");
    assert!(
        text.trim_end().ends_with("codegen/data/zh/cvm.md: ok"),
        "{text}"
    );
    let output = run(&["check", "--list", "codegen/data/zh/dc.md"]);
    let text = stdout(&output);
    let listed = text
        .lines()
        .find(|l| l.contains(" AuthFailure.InvalidAuthorization "))
        .expect("the code is listed");
    assert!(
        listed.ends_with("AuthFailureInvalidAuthorization  (AuthFailure, not retryable)"),
        "{listed}"
    );
}

#[test]
fn check_json_lists_every_code_of_every_bundled_page() {
    let mut pages: Vec<String> = tencent_errors_codegen::BUNDLED_SERVICES
        .iter()
        .flat_map(|s| [s.zh.map(|_| ("zh", s.name)), s.en.map(|_| ("en", s.name))])
        .flatten()
        .map(|(site, name)| format!("codegen/data/{site}/{name}.md"))
        .collect();
    assert!(pages.len() > 400, "{} pages", pages.len());
    pages.extend(SEEDS.iter().map(|s| format!("tests/fixtures/seeds/{s}.md")));
    let mut args = vec!["check", "--format", "json"];
    args.extend(pages.iter().map(String::as_str));
    let output = run(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value = json(&output);
    assert_eq!(value["ok"], true);
    let reports = value["pages"].as_array().expect("pages");
    assert_eq!(reports.len(), pages.len());
    for (page, report) in pages.iter().zip(reports) {
        assert_eq!(report["path"], page.as_str());
        let codes = strings(&report["report"]["codes"], "code");
        // An independent line scan finds the same codes in the same order (the reader drops
        // one trailing dot: cpdp lists `MissingParameter.` besides `MissingParameter`).
        let mut scanned: Vec<String> = Vec::new();
        for code in common::codes_by_line_scan(&page_text(page)) {
            let code = code.strip_suffix('.').unwrap_or(&code).to_owned();
            if !scanned.contains(&code) {
                scanned.push(code);
            }
        }
        assert_eq!(codes, scanned, "{page}");
        let families: usize = report["report"]["families"]
            .as_array()
            .expect("families")
            .iter()
            .map(|f| f["codes"].as_u64().expect("count") as usize)
            .sum();
        assert_eq!(families, codes.len(), "{page}: every code is in one family");
        let rows = report["report"]["rows"].as_u64().expect("rows") as usize;
        let merged = report["report"]["merged"].as_array().expect("merged").len();
        assert_eq!(rows, codes.len() + merged, "{page}");
    }
}

#[test]
fn check_fails_with_file_and_line_on_bad_pages() {
    let bad = scratch_page(
        "bad.md",
        "# x\n\n| 错误码 | 说明 |\n|---|---|\n| Good | ok |\n| Bad Code | no |\n",
    );
    let bad_path = bad.to_string_lossy().into_owned();
    let output = run(&["check", "codegen/data/zh/dc.md", &bad_path]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(
        errors.starts_with(&format!(
            "{bad_path}:6: error code `Bad Code` contains a space"
        )),
        "{errors}"
    );
    assert!(
        stdout(&output).contains("checked 2 pages: 1 failed"),
        "{}",
        stdout(&output)
    );

    let output = run(&["check", "--format", "json", &bad_path, "no/such/page.md"]);
    assert_eq!(output.status.code(), Some(1));
    let value = json(&output);
    assert_eq!(value["ok"], false);
    assert_eq!(value["pages"][0]["errors"][0]["line"], 6);
    assert_eq!(value["pages"][0]["report"], Value::Null);
    assert!(value["pages"][1]["errors"][0]["message"]
        .as_str()
        .expect("message")
        .starts_with("cannot read"));
}

#[test]
fn suspicious_rows_are_warnings_unless_strict() {
    let page = scratch_page(
        "suspicious.md",
        "| 错误码 | 说明 |\n|---|---|\n| AuthFailure. | a |\n| InvalidParamter.Name | b |\n| FailedOperation.notFound |  |\n",
    );
    let page = page.to_string_lossy().into_owned();
    let output = run(&["check", &page]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.contains(&format!(
            "{page}:3: warning: code cell `AuthFailure.` ends with a dot"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("{page}:4: warning: family `InvalidParamter`")),
        "{text}"
    );
    assert!(text.contains("looks like `InvalidParameter`"), "{text}");
    assert!(
        text.contains(&format!("{page}:5: warning: segment `notFound`")),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{page}:5: warning: `FailedOperation.notFound` has an empty description"
        )),
        "{text}"
    );

    let output = run(&["check", "--strict", "--format", "json", &page]);
    assert_eq!(output.status.code(), Some(1));
    let kinds = strings(&json(&output)["pages"][0]["report"]["suspicious"], "kind");
    assert_eq!(
        kinds,
        [
            "trailing_dot",
            "family_typo",
            "lowercase_segment",
            "empty_description"
        ]
    );
}

#[test]
fn reader_warnings_are_reported_and_fail_only_under_strict() {
    let page = scratch_page(
        "artefacts.md",
        "| 错误码 | 说明 |\n|---|---|\n| **AuthFailure** | a |\n| InternalError。 | b |\n\
         | \u{200b}FailedOperation | c |\n\n| 参数名称 | 含义 |\n|---|---|\n\
         | Filters.N | x |\n| InstanceIds.N | y |\n",
    );
    let page = page.to_string_lossy().into_owned();
    let output = run(&["check", &page]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("3 codes from 3 rows"), "{text}");
    for (line, start) in [
        (
            3,
            "code `AuthFailure` read from a cell with copy-paste artefacts around it (the bold",
        ),
        (
            4,
            "code `InternalError` read from a cell with copy-paste artefacts around it (`。`",
        ),
        (
            5,
            "code `FailedOperation` read from a cell with copy-paste artefacts around it (U+200B",
        ),
        (
            7,
            "table is skipped, but column `参数名称` holds what look like error codes",
        ),
    ] {
        assert!(
            text.contains(&format!("{page}:{line}: warning: {start}")),
            "line {line}: {text}"
        );
    }
    assert!(text.contains("suspicious rows: 4"), "{text}");

    let output = run(&["check", "--strict", "--format", "json", &page]);
    assert_eq!(output.status.code(), Some(1));
    let value = json(&output);
    let suspicious = &value["pages"][0]["report"]["suspicious"];
    assert_eq!(strings(suspicious, "kind"), ["reader_warning"; 4]);
    assert_eq!(suspicious[0]["code"], "AuthFailure");
    assert_eq!(suspicious[3]["code"], Value::Null, "a table, not a row");
}

#[test]
fn check_applies_renames() {
    let output = run(&[
        "check",
        "--format",
        "json",
        "--rename",
        "InvalidParameter.ValueTooLarge=ValueTooLarge",
        "codegen/data/zh/cvm.md",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = &json(&output)["pages"][0]["report"];
    assert_eq!(
        report["collisions"].as_array().expect("collisions").len(),
        0
    );
    let codes = report["codes"].as_array().expect("codes");
    let renamed = codes
        .iter()
        .find(|c| c["code"] == "InvalidParameter.ValueTooLarge")
        .expect("listed");
    assert_eq!(
        (renamed["variant"].as_str(), renamed["naming"].as_str()),
        (Some("ValueTooLarge"), Some("renamed"))
    );

    let output = run(&["check", "--rename", "Nope=X", "codegen/data/zh/cvm.md"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output)
        .contains("codegen/data/zh/cvm.md: rename of `Nope`: not a code on this page"));
    let output = run(&["check", "--rename", "NoEquals", "codegen/data/zh/cvm.md"]);
    assert_eq!(output.status.code(), Some(2), "clap rejects the argument");
}

/// What `tencent_errors!(<args>)` expands to in a crate at the repository root.
fn macro_expansion(args: &str) -> TokenStream {
    let input = TokenStream::from_str(args).expect("macro input");
    tencent_errors_codegen::expand_in(input, Some(&root()))
}

/// The constant the macro adds for `path = page` so that cargo tracks the page.
fn tracking_const(page: &str) -> String {
    let canonical = root().join(page).canonicalize().expect("page exists");
    let literal = proc_macro2::Literal::string(&canonical.to_string_lossy());
    TokenStream::from_str(&format!(
        "const _: &[u8] = ::core::include_bytes!({literal});"
    ))
    .expect("tokens")
    .to_string()
}

/// Removes the macro's tracking constant for `page` (which must be there exactly once).
fn without_tracking(macro_tokens: &TokenStream, page: &str) -> TokenStream {
    let text = macro_tokens.to_string();
    let tracking = tracking_const(page);
    assert_eq!(text.matches(&tracking).count(), 1, "{page}: {tracking}");
    TokenStream::from_str(&text.replacen(&tracking, "", 1)).expect("tokens")
}

/// The tokens of `stream`, flattened, one string each (delimiters included), with the layout
/// choices prettyplease makes undone:
///
/// - a `,` that directly precedes a closing delimiter is dropped (prettyplease adds one to lists
///   it breaks over lines: `[a, b,]`);
/// - a match arm whose body is a `{ ... }` block becomes `=> ..., ` (prettyplease wraps long arm
///   bodies in braces, and a diverging `return x` in `{ return x; }`);
/// - punctuation spacing is ignored (whether a `<` touches the next `&` is layout, not tokens);
/// - string literals are compared by value (`r"x"` is `"x"`).
fn normalised_tokens(stream: TokenStream, out: &mut Vec<String>) {
    let trees: Vec<TokenTree> = stream.into_iter().collect();
    let is_punct = |tree: Option<&TokenTree>, c: char| matches!(tree, Some(TokenTree::Punct(p)) if p.as_char() == c);
    let mut index = 0;
    while index < trees.len() {
        let tree = &trees[index];
        let after_arrow = index >= 2
            && is_punct(trees.get(index - 2), '=')
            && is_punct(trees.get(index - 1), '>');
        match tree {
            TokenTree::Group(group) if after_arrow && group.delimiter() == Delimiter::Brace => {
                normalised_tokens(group.stream(), out);
                // `=> { return x; }` is how prettyplease wraps `=> return x,`.
                if out.last().map(String::as_str) == Some(";") {
                    out.pop();
                }
                if index + 1 < trees.len() && !is_punct(trees.get(index + 1), ',') {
                    out.push(",".to_owned());
                }
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::None => ("", ""),
                };
                out.push(open.to_owned());
                normalised_tokens(group.stream(), out);
                out.push(close.to_owned());
            }
            TokenTree::Punct(punct) if punct.as_char() == ',' && index + 1 == trees.len() => {}
            TokenTree::Punct(punct) => out.push(punct.as_char().to_string()),
            // `"x"` and `r"x"` are the same string: doc comments lex to the first, quote's
            // `///` to the second.
            TokenTree::Literal(literal) => match syn::parse_str::<syn::Lit>(&literal.to_string()) {
                Ok(syn::Lit::Str(string)) => out.push(format!("{:?}", string.value())),
                _ => out.push(literal.to_string()),
            },
            other => out.push(other.to_string()),
        }
        index += 1;
    }
}

fn comparable(stream: TokenStream) -> String {
    let mut tokens = Vec::new();
    normalised_tokens(stream, &mut tokens);
    tokens.join(" ")
}

/// Asserts that `expand` prints exactly the macro's code, pretty-printed, without the tracking
/// constant. Three comparisons:
///
/// 1. the library's tokens (before printing) equal the macro's, as strings;
/// 2. the printed file is prettyplease's printing of the macro's tokens, character for character;
/// 3. the printed file, lexed, is the macro's sequence of tokens up to the layout choices of
///    prettyplease, which mean nothing to the compiler (see [`normalised_tokens`]).
fn assert_expand_matches_macro(
    page: &str,
    cli_options: &[&str],
    macro_options: &str,
    options: &ExpandOptions,
) {
    let service = Path::new(page)
        .file_stem()
        .expect("stem")
        .to_string_lossy()
        .into_owned();
    let service = options.service.clone().unwrap_or(service);
    let macro_tokens = macro_expansion(&format!("{service:?}, path = {page:?} {macro_options}"));
    let expected = without_tracking(&macro_tokens, page);
    assert_cli_prints(&[page], cli_options, options, &macro_tokens, expected);
}

/// Asserts that `expand <inputs> <cli_options>` prints `expected` (the macro's tokens without
/// their tracking constants), in the three ways [`assert_expand_matches_macro`] says.
fn assert_cli_prints(
    inputs: &[&str],
    cli_options: &[&str],
    options: &ExpandOptions,
    macro_tokens: &TokenStream,
    expected: TokenStream,
) {
    let what = inputs.join(" ");
    assert!(
        !macro_tokens.to_string().contains("compile_error"),
        "{macro_tokens}"
    );
    let owned: Vec<String> = inputs.iter().map(|input| (*input).to_owned()).collect();
    let library = expand(&owned, &root(), options).expect("expands");
    assert!(
        library.tokens.to_string() == expected.to_string(),
        "{what}: the library's tokens differ from the macro's: {}",
        first_difference(&library.tokens.to_string(), &expected.to_string())
    );

    let mut args = vec!["expand"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(cli_options);
    let output = run(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    let (header, code) = printed
        .split_once("\n\n")
        .expect("a header comment, then the code");
    assert!(
        header.starts_with("// @generated by `tencent-errors expand"),
        "{header}"
    );
    let file = syn::parse2::<syn::File>(expected.clone()).expect("the macro's output is a file");
    assert!(
        code == prettyplease::unparse(&file),
        "{what}: not prettyplease's printing of the macro's code"
    );

    let lexed = TokenStream::from_str(&printed).expect("the output lexes");
    assert!(!lexed.to_string().contains("include_bytes"), "{what}");
    let (lexed, expected) = (comparable(lexed), comparable(expected));
    assert!(
        lexed == expected,
        "{what}: `expand` differs from the macro: {}",
        first_difference(&lexed, &expected)
    );
}

/// Where two long strings first differ, with some context.
fn first_difference(a: &str, b: &str) -> String {
    let at = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    let context = |s: &str| {
        s.get(at.saturating_sub(80)..)
            .unwrap_or("")
            .chars()
            .take(200)
            .collect::<String>()
    };
    format!("\n  expand: …{}\n  macro:  …{}", context(a), context(b))
}

#[test]
fn expand_prints_the_macros_code() {
    // A page with a collision and a seed; what could make the command differ from the macro is
    // how it builds the target, not the page (cvm has the other collision; see the options test).
    let defaults = ExpandOptions::default();
    for page in ["codegen/data/zh/mps.md", "tests/fixtures/seeds/tke.md"] {
        assert_expand_matches_macro(page, &[], "", &defaults);
    }
}

#[test]
fn expand_options_match_the_macros() {
    assert_expand_matches_macro(
        "codegen/data/zh/cvm.md",
        &[
            "--service",
            "compute",
            "--name",
            "CvmCode",
            "--vis",
            "pub(crate)",
            "--rename",
            "InvalidParameter.ValueTooLarge=ValueTooLarge",
        ],
        r#", name = CvmCode, vis = pub(crate), rename = { "InvalidParameter.ValueTooLarge" = ValueTooLarge }"#,
        &ExpandOptions {
            service: Some("compute".into()),
            name: Some("CvmCode".into()),
            vis: Some("pub(crate)".into()),
            renames: vec![Rename {
                code: "InvalidParameter.ValueTooLarge".into(),
                variant: "ValueTooLarge".into(),
            }],
            ..ExpandOptions::default()
        },
    );
    let private = ExpandOptions {
        vis: Some(String::new()),
        ..ExpandOptions::default()
    };
    assert_expand_matches_macro(
        "codegen/data/zh/dc.md",
        &["--vis", ""],
        ", vis = ",
        &private,
    );
}

/// An English page alone: the command tells its language as the macro does (it once modelled
/// every page as Chinese: the English texts went into the Chinese table, `LANGUAGE` said Chinese).
#[test]
fn expand_tells_a_pages_language_as_the_macro_does() {
    let page = "codegen/data/en/dc.md";
    assert_expand_matches_macro(page, &[], "", &ExpandOptions::default());
    let printed = stdout(&run(&["expand", page]));
    let english = page_text(page);
    let text = english
        .lines()
        .find_map(|line| line.strip_prefix("| InternalError | "))
        .map(|rest| rest.trim_end_matches(" |").to_owned())
        .expect("the English dc page lists InternalError");
    assert!(
        !text.is_empty() && text.is_ascii(),
        "an English text: {text}"
    );
    assert!(printed.contains(&text), "the English text is in the code");
    // Two pages of one service, with options.
    let pages = ["codegen/data/zh/dc.md", "codegen/data/en/dc.md"];
    let macro_tokens = macro_expansion(&format!(
        "\"dc\", path = [{:?}, {:?}], lang = \"en\", name = DcCode",
        pages[0], pages[1]
    ));
    let expected = without_tracking(&without_tracking(&macro_tokens, pages[0]), pages[1]);
    assert_cli_prints(
        &pages,
        &["--lang", "en", "--name", "DcCode"],
        &ExpandOptions {
            lang: Some("en".into()),
            name: Some("DcCode".into()),
            ..ExpandOptions::default()
        },
        &macro_tokens,
        expected,
    );
}

/// A bundled service by name, with per-action enums: what `tencent_errors!("cvm", actions =
/// [..])` generates, which `expand` refused before.
#[test]
fn expand_shows_a_bundled_service_with_actions() {
    let macro_tokens = macro_expansion(
        "\"cvm\", actions = [DescribeInstances, RunInstances], retired = false, actions_mod = ops",
    );
    let expected = macro_tokens.clone();
    assert_cli_prints(
        &["cvm"],
        &[
            "--actions",
            "DescribeInstances,RunInstances",
            "--retired",
            "false",
            "--actions-mod",
            "ops",
        ],
        &ExpandOptions {
            actions: Some("DescribeInstances,RunInstances".into()),
            retired: Some(false),
            actions_mod: Some("ops".into()),
            ..ExpandOptions::default()
        },
        &macro_tokens,
        expected,
    );
    let macro_tokens = macro_expansion("\"dc\", actions = *");
    assert_cli_prints(
        &["dc"],
        &["--actions", "*"],
        &ExpandOptions {
            actions: Some("*".into()),
            ..ExpandOptions::default()
        },
        &macro_tokens,
        macro_tokens.clone(),
    );
    let output = run(&["expand", "cvm", "--actions", "RunInstance"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("did you mean `RunInstances`"),
        "{}",
        stderr(&output)
    );
}

/// Tencent's own documents: the four editions of a page in one enum, and a directory of API
/// reference pages as per-action input; `check` reads the same inputs.
#[test]
fn expand_and_check_read_tencents_own_documents() {
    let pages = [
        "tests/fixtures/pages/real/redis.zh.md",
        "tests/fixtures/pages/real/redis.en.md",
        "tests/fixtures/pages/real/redis.ja.md",
        "tests/fixtures/pages/real/redis.ko.md",
    ];
    let macro_tokens = macro_expansion(&format!(
        "\"redis\", path = [{:?}, {:?}, {:?}, {:?}], lang = \"ko\"",
        pages[0], pages[1], pages[2], pages[3]
    ));
    let mut expected = macro_tokens.clone();
    for page in pages {
        expected = without_tracking(&expected, page);
    }
    assert_cli_prints(
        &pages,
        &["--service", "redis", "--lang", "ko"],
        &ExpandOptions {
            service: Some("redis".into()),
            lang: Some("ko".into()),
            ..ExpandOptions::default()
        },
        &macro_tokens,
        expected,
    );

    let (_, files) = assert_directory_expands_and_checks("vpc", "tests/fixtures/api/vpc-en");
    assert_eq!(files, 3);
    let bad = scratch_page(
        "api-without-action.md",
        "## 4. 错误码\n\n| 错误码 | 描述 |\n|---|---|\n| A | b |\n",
    );
    let bad = bad.to_string_lossy().into_owned();
    let output = run(&["check", "--actions-path", &bad, "--service", "vpc"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with(&bad), "{}", stderr(&output));
}

/// Tencent's API reference pages as Tencent publishes them (an empty section 4, prose naming
/// another action, a code cut by a space): `expand` prints the macro's code, with the notes
/// in the docs, and `check` accepts them.
#[test]
fn expand_and_check_accept_tencents_pages_as_published() {
    for (service, directory, note) in [
        (
            "cvm",
            "tests/fixtures/api/cvm-zh-quirks",
            "section (line 25) is empty",
        ),
        (
            "cvm",
            "tests/fixtures/api/cvm-en-quirks",
            "writes the code cut by white space",
        ),
        (
            "vpc",
            "tests/fixtures/api/vpc-en-quirks",
            "says `This API (CreateVpnGateways)`",
        ),
    ] {
        let (expected, _) = assert_directory_expands_and_checks(service, directory);
        assert!(expected.contains(note), "{directory}: {note}");
    }
}

/// `expand SERVICE --actions '*' --actions-path DIRECTORY` prints the macro's code for the
/// directory of API reference pages (without its tracking of each file), and `check
/// --actions-path` accepts it with one action per file. Returns the expected code and the
/// number of files.
fn assert_directory_expands_and_checks(service: &str, directory: &str) -> (String, usize) {
    let macro_tokens = macro_expansion(&format!(
        "{service:?}, actions = *, actions_path = {directory:?}"
    ));
    let mut expected = macro_tokens.clone();
    let mut files: Vec<String> = std::fs::read_dir(root().join(directory))
        .expect("the fixture directory")
        .map(|entry| {
            let entry = entry.expect("an entry");
            entry.file_name().to_string_lossy().into_owned()
        })
        .collect();
    files.sort();
    for file in &files {
        expected = without_tracking(&expected, &format!("{directory}/{file}"));
    }
    let text = expected.to_string();
    assert_cli_prints(
        &[service],
        &["--actions", "*", "--actions-path", directory],
        &ExpandOptions {
            actions: Some("*".into()),
            actions_path: Some(directory.into()),
            ..ExpandOptions::default()
        },
        &macro_tokens,
        expected,
    );
    let output = run(&[
        "check",
        "--format",
        "json",
        "--actions-path",
        directory,
        "--service",
        service,
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        json(&output)["actions"]["actions"].as_array().map(Vec::len),
        Some(files.len()),
        "{directory}"
    );
    (text, files.len())
}

/// `check --actions-path` in text and JSON on pages written here: how many actions and codes,
/// and how many codes the service page does not list, counted by hand.
#[test]
fn check_actions_path_counts_codes_not_on_the_service_pages() {
    let service = scratch_page(
        "actions-service.md",
        "| 错误码 | 说明 |\n|---|---|\n| A.One | 一 |\n| B.Two | 二 |\n",
    );
    let table = "| 错误码 | 描述 |\n|---|---|\n";
    let actions = scratch_page(
        "actions-sections.md",
        &format!(
            "## Run\n\n{table}| A.One | 一 |\n| C.Three | 三 |\n\n## Stop\n\n{table}| B.Two | 二 |\n"
        ),
    );
    let one = scratch_page(
        "actions-one.md",
        &format!("## Ping\n\n{table}| D.Four | 四 |\n"),
    );
    let service = service.to_string_lossy().into_owned();
    let (actions, one) = (
        actions.to_string_lossy().into_owned(),
        one.to_string_lossy().into_owned(),
    );
    let check = |path: &str, json: bool| {
        let mut args = vec!["check", service.as_str(), "--actions-path", path];
        args.extend(["--service", "xx"]);
        if json {
            args.extend(["--format", "json"]);
        }
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        output
    };
    // Run: A.One (on the page), C.Three (not); Stop: B.Two (on the page).
    let text = stdout(&check(&actions, false));
    assert!(
        text.ends_with(&format!(
            "\n{actions}: 2 actions, 3 codes (1 not on the service pages)\n"
        )),
        "{text}"
    );
    let text = stdout(&check(&one, false));
    assert!(
        text.ends_with(&format!(
            "\n{one}: 1 action, 1 code (1 not on the service pages)\n"
        )),
        "{text}"
    );
    let value = json(&check(&actions, true));
    let listed: Vec<(&str, u64, u64)> = value["actions"]["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| {
            (
                a["name"].as_str().expect("name"),
                a["codes"].as_u64().expect("codes"),
                a["not_on_service_pages"]
                    .as_u64()
                    .expect("not_on_service_pages"),
            )
        })
        .collect();
    assert_eq!(listed, [("Run", 2, 1), ("Stop", 1, 0)]);
    assert_eq!(value["actions"]["ok"], true);
}

#[test]
fn expand_json_and_errors() {
    let output = run(&["expand", "--format", "json", "codegen/data/zh/tke.md"]);
    assert_eq!(output.status.code(), Some(0));
    let value = json(&output);
    assert_eq!(
        (value["service"].as_str(), value["name"].as_str()),
        (Some("tke"), Some("TkeError"))
    );
    let code = value["code"].as_str().expect("code");
    assert!(code.contains("pub enum TkeError {"));
    syn::parse_file(code).expect("the code parses");

    let page = scratch_page(
        "broken-page.md",
        "| 错误码 | 说明 |\n|---|---|\n| A | x | y |\n",
    );
    let page = page.to_string_lossy().into_owned();
    let output = run(&["expand", &page]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(
        errors.contains("is not a valid service name") || errors.contains("invalid service name"),
        "{errors}"
    );
    assert!(errors.contains("--service"), "{errors}");
    assert!(stdout(&output).is_empty());

    let output = run(&["expand", "--service", "broken", &page]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with(&format!("{page}:3: row has 3 cells")),
        "{}",
        stderr(&output)
    );
    let output = run(&["expand", "--format", "json", "--service", "broken", &page]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(json(&output)["errors"][0]["line"], 3);
}

#[test]
fn diff_of_each_seed_against_its_current_page() {
    for seed in SEEDS {
        let (old, new) = (
            format!("tests/fixtures/seeds/{seed}.md"),
            format!("codegen/data/zh/{seed}.md"),
        );
        let output = run(&["diff", "--format", "json", &old, &new]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let value = json(&output);

        // Added and removed codes, by an independent line scan of both pages.
        let before = common::codes_by_line_scan(&page_text(&old));
        let after = common::codes_by_line_scan(&page_text(&new));
        let before_set: BTreeSet<&String> = before.iter().collect();
        let after_set: BTreeSet<&String> = after.iter().collect();
        let added: Vec<&String> = after.iter().filter(|c| !before_set.contains(c)).collect();
        let removed: Vec<&String> = before.iter().filter(|c| !after_set.contains(c)).collect();
        assert_eq!(
            strings(&value["added"], "code").iter().collect::<Vec<_>>(),
            added,
            "{seed}"
        );
        assert_eq!(
            strings(&value["removed"], "code")
                .iter()
                .collect::<Vec<_>>(),
            removed,
            "{seed}"
        );
        // None of these pages has a collision, so no variant is renamed.
        assert_eq!(value["renamed"].as_array().map(Vec::len), Some(0), "{seed}");

        let expected = if !removed.is_empty() {
            "major"
        } else if !added.is_empty() {
            "minor"
        } else {
            "patch"
        };
        assert_eq!(value["verdict"]["level"], expected, "{seed}");
        for redescribed in value["redescribed"].as_array().expect("redescribed") {
            assert_ne!(redescribed["old"], redescribed["new"]);
        }
    }
}

#[test]
fn diff_text_and_exit_codes() {
    let output = run(&[
        "diff",
        "tests/fixtures/seeds/dc.md",
        "codegen/data/zh/dc.md",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.starts_with("tests/fixtures/seeds/dc.md -> codegen/data/zh/dc.md\n"),
        "{text}"
    );
    assert!(text.contains("  + ActionOffline "), "{text}");
    assert!(text.contains("\nverdict: minor\n"), "{text}");

    let fail_on = |level: &str, seed: &str| {
        run(&[
            "diff",
            "--fail-on",
            level,
            &format!("tests/fixtures/seeds/{seed}.md"),
            &format!("codegen/data/zh/{seed}.md"),
        ])
        .status
        .code()
    };
    assert_eq!(fail_on("major", "dc"), Some(0));
    assert_eq!(fail_on("minor", "dc"), Some(2));
    // gaap's page dropped codes that the 2019 seed listed (tke's, with its main API version
    // bundled now, lost none).
    assert_eq!(fail_on("major", "gaap"), Some(2));
    assert_eq!(fail_on("major", "tke"), Some(0));

    // scf's `InvalidParameterValue.Orderby` became `InvalidParameterValue.OrderBy`.
    let output = run(&[
        "diff",
        "tests/fixtures/seeds/scf.md",
        "codegen/data/zh/scf.md",
    ]);
    assert!(stdout(&output)
        .contains("  InvalidParameterValue.Orderby -> InvalidParameterValue.OrderBy\n"));

    let same = run(&[
        "diff",
        "--fail-on",
        "patch",
        "codegen/data/zh/dc.md",
        "codegen/data/zh/dc.md",
    ]);
    assert_eq!(same.status.code(), Some(0));
    assert!(stdout(&same).contains("verdict: none"));

    // A new code whose base name collides with an old code's renames the old variant.
    let table = "| 错误码 | 说明 |\n|---|---|\n";
    let old = scratch_page(
        "renames-old.md",
        &format!("{table}| InvalidParameter.ValueTooLarge | a |\n"),
    );
    let new = scratch_page(
        "renames-new.md",
        &format!("{table}| InvalidParameter.ValueTooLarge | a |\n| InvalidParameterValue.TooLarge | b |\n"),
    );
    let (old, new) = (
        old.to_string_lossy().into_owned(),
        new.to_string_lossy().into_owned(),
    );
    let output = run(&["diff", "--fail-on", "major", &old, &new]);
    assert_eq!(output.status.code(), Some(2));
    let text = stdout(&output);
    assert!(
        text.contains("InvalidParameterValueTooLarge -> InvalidParameter_ValueTooLarge: its base name `InvalidParameterValueTooLarge` now collides with `InvalidParameterValue.TooLarge`"),
        "{text}"
    );
    assert!(
        text.contains("\nverdict: major\n  major: 1 variant renamed"),
        "{text}"
    );

    let bad = scratch_page("diff-bad.md", "no table here\n");
    let bad = bad.to_string_lossy().into_owned();
    let output = run(&["diff", "codegen/data/zh/dc.md", &bad]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with(&format!("{bad}: no error-code table found")),
        "{}",
        stderr(&output)
    );
    let output = run(&["diff", "--format", "json", &bad, "codegen/data/zh/dc.md"]);
    assert_eq!(output.status.code(), Some(1));
    let value = json(&output);
    assert_eq!(
        (value["ok"].as_bool(), value["errors"][0]["path"].as_str()),
        (Some(false), Some(bad.as_str()))
    );
}

/// A page that contradicts itself (the same code twice in one table with different texts)
/// expands, so `check` passes with a warning; `--deny-warnings` (or `--strict`) fails it.
#[test]
fn contradictions_are_warnings_that_deny_warnings_turns_into_failures() {
    let page = "tests/ui/pages/ok/contradiction.md";
    let output = run(&["check", page]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains(&format!(
            "{page}:9: warning: code `FailedOperation.BalanceInsufficient` is listed again"
        )),
        "{text}"
    );
    for flag in ["--deny-warnings", "--strict"] {
        assert_eq!(run(&["check", flag, page]).status.code(), Some(1), "{flag}");
    }
}

/// The checked-in golden (`cli/tests/expanded/dc.rs`, compiled by `tests/expanded.rs`) is what
/// `expand` prints today, so it cannot silently fall behind the generator.
#[test]
fn the_checked_in_expansions_are_current() {
    for (golden, args) in GOLDENS {
        let mut command = vec!["expand"];
        command.extend_from_slice(args);
        let output = run(&command);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(
            stdout(&output) == page_text(golden),
            "{golden} is out of date: regenerate it with \
             `cargo run --bin tencent-errors -- {} > {golden}`",
            command.join(" ")
        );
    }
}

/// The checked-in expansions (compiled by `tests/expanded.rs`) and the `expand` arguments that
/// print them: a Chinese page, an English page alone, and a bundled service with per-action
/// enums.
const GOLDENS: &[(&str, &[&str])] = &[
    ("cli/tests/expanded/dc.rs", &["cli/tests/expanded/dc.md"]),
    (
        "cli/tests/expanded/dc_en.rs",
        &["cli/tests/expanded/dc.en.md", "--service", "dc"],
    ),
    (
        "cli/tests/expanded/dc_actions.rs",
        &[
            "dc",
            "--actions",
            "DeleteDirectConnectTunnel,DescribeDirectConnectTunnels",
            "--name",
            "BundledDcError",
        ],
    ),
];
