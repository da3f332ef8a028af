//! `tencent-errors import` on small wheel-shaped zips and directories built here: union over API
//! versions, names, errors, the intl-en shape, and history merged across package versions.
//! Results are read back from the files with plain string handling, not with the importer.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use tencent_errors_cli::import::{import, ImportError, ImportOptions};

const ZH: &str = "tencentcloud-sdk-python";
const EN: &str = "tencentcloud-sdk-python-intl-en";
const HEADER: &str = "# -*- coding: utf8 -*-\n# Copyright (c) 2017-2025 Tencent. All Rights Reserved.\n#\n# Licensed under the Apache License, Version 2.0 (the \"License\");\n\n\n";

/// A fresh empty directory, unique to this process and call.
fn scratch(name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "tencent-errors-import-{}-{}-{name}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// An `errorcodes.py`: `(code, comment)` pairs, `None` for no comment.
fn errorcodes(codes: &[(&str, Option<&str>)]) -> String {
    let mut text = HEADER.to_owned();
    for (code, comment) in codes {
        if let Some(comment) = comment {
            text.push_str(&format!("# {comment}\n"));
        }
        let name = code.replace('.', "_").to_uppercase();
        text.push_str(&format!("{name} = '{code}'\n\n"));
    }
    text
}

/// A wheel of `package` (as on the registry: `_` in the file name) holding `files`.
fn wheel(dir: &Path, package: &str, version: &str, files: &[(String, String)]) -> PathBuf {
    let dist = package.replace('-', "_");
    let path = dir.join(format!("{dist}-{version}-py2.py3-none-any.whl"));
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("create wheel"));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut all = vec![
        (
            "tencentcloud/__init__.py".to_owned(),
            format!("# -*- coding: utf-8 -*-\n\n__version__ = '{version}'\n"),
        ),
        (
            "tencentcloud/common/__init__.py".to_owned(),
            String::new(),
        ),
        (
            format!("{dist}-{version}.dist-info/METADATA"),
            format!("Metadata-Version: 2.1\nName: {package}\nVersion: {version}\nSummary: Tencent Cloud SDK for Python\n\nlong description\n"),
        ),
    ];
    all.extend(files.iter().cloned());
    for (name, text) in all {
        zip.start_file(name, options).expect("zip entry");
        zip.write_all(text.as_bytes()).expect("zip write");
    }
    zip.finish().expect("zip finish");
    path
}

fn file(service: &str, api_version: &str, codes: &[(&str, Option<&str>)]) -> (String, String) {
    (
        format!("tencentcloud/{service}/{api_version}/errorcodes.py"),
        errorcodes(codes),
    )
}

fn options() -> ImportOptions {
    ImportOptions {
        date: Some("2026-12-01".into()),
        ..ImportOptions::default()
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The service table of a page: code → description, as written (`\|` kept).
fn service_rows(page: &str, heading: &str) -> BTreeMap<String, String> {
    let (_, table) = page
        .split_once(heading)
        .unwrap_or_else(|| panic!("no `{heading}` in\n{page}"));
    table
        .lines()
        .filter(|line| {
            line.starts_with("| ")
                && !line.starts_with("| 错误码")
                && !line.starts_with("| Error Code")
        })
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
            (
                cells[0].trim().to_owned(),
                cells[1..].join(" | ").trim().to_owned(),
            )
        })
        .collect()
}

/// The rows of history.tsv after the header, split at tabs.
fn history(out: &Path) -> Vec<Vec<String>> {
    let text = read(&out.join("history.tsv"));
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("site\tservice\tcode\tfirst\tlast\tdescription")
    );
    lines
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

fn row(site: &str, service: &str, code: &str, first: &str, last: &str, text: &str) -> Vec<String> {
    [site, service, code, first, last, text]
        .iter()
        .map(|s| (*s).to_owned())
        .collect()
}

fn pages(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Every file under `dir` with its bytes, for comparing two data directories.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path
                    .strip_prefix(dir)
                    .expect("inside")
                    .display()
                    .to_string();
                files.insert(name, std::fs::read(&path).expect("read"));
            }
        }
    }
    files
}

#[test]
fn api_versions_are_merged_and_autoscaling_is_as() {
    let dir = scratch("versions");
    let whl = wheel(
        &dir,
        ZH,
        "3.0.1",
        &[
            file(
                "cvm",
                "v20170312",
                &[
                    ("A.Changed", Some("旧的说明")),
                    ("B.Kept", Some("旧的说明 B")),
                    ("C.OldOnly", Some("只在旧版")),
                    ("InternalError", Some("服务自己的内部错误")),
                    ("Pipe.Code", Some("a | b")),
                ],
            ),
            file(
                "cvm",
                "v20990101",
                &[
                    ("A.Changed", Some("新的说明")),
                    ("B.Kept", None),
                    ("D.NewOnly", Some("只在新版")),
                    ("E.NoComment", None),
                ],
            ),
            file("autoscaling", "v20180419", &[("AS.Code", Some("伸缩"))]),
        ],
    );
    let out = dir.join("data");
    let summary = import(&[whl], &out, &options()).expect("imports");
    assert_eq!(summary.imports.len(), 1);
    assert_eq!(summary.imports[0].services.published, 2);
    assert_eq!(summary.imports[0].codes.current, 8);
    assert_eq!(pages(&out.join("zh")), ["as.md", "cvm.md"]);
    let page = read(&out.join("zh/cvm.md"));
    assert!(page.starts_with("\n## 功能说明\n"), "{page}");
    let rows = service_rows(&page, "### 业务错误码");
    let expected: BTreeMap<String, String> = [
        ("A.Changed", "新的说明"),
        ("B.Kept", "旧的说明 B"),
        ("C.OldOnly", "只在旧版"),
        ("D.NewOnly", "只在新版"),
        ("E.NoComment", ""),
        ("Pipe.Code", "a \\| b"),
    ]
    .iter()
    .map(|(c, d)| ((*c).to_owned(), (*d).to_owned()))
    .collect();
    assert_eq!(rows, expected);
    // The public code is in the public table once, with the public text.
    assert_eq!(page.matches("| InternalError |").count(), 1);
    assert!(!page.contains("服务自己的内部错误"));
    let codes: Vec<&str> = page
        .split_once("### 业务错误码")
        .map(|(_, t)| t)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.strip_prefix("| ")?.split(' ').next())
        .filter(|c| *c != "错误码")
        .collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted, "byte order");
    let as_rows = service_rows(&read(&out.join("zh/as.md")), "### 业务错误码");
    assert_eq!(as_rows.get("AS.Code").map(String::as_str), Some("伸缩"));
    assert_eq!(
        read(&out.join("sources.tsv")),
        "package\tversion\tsite\timported\ntencentcloud-sdk-python\t3.0.1\tzh\t2026-12-01\n"
    );
    let rows = history(&out);
    assert_eq!(rows.len(), 2 + 8);
    assert!(rows.contains(&row("zh", "as", "*", "3.0.1", "3.0.1", "")));
    assert!(rows.contains(&row("zh", "cvm", "InternalError", "3.0.1", "3.0.1", "")));
    assert!(!out.join("en").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn malformed_lines_are_errors_with_file_and_line_and_nothing_is_written() {
    let dir = scratch("malformed");
    let mut text = errorcodes(&[("A.B", Some("x"))]);
    text.push_str("import os\n");
    let line = text.lines().count();
    let whl = wheel(
        &dir,
        ZH,
        "3.0.1",
        &[("tencentcloud/cvm/v20170312/errorcodes.py".into(), text)],
    );
    let out = dir.join("data");
    let error = import(std::slice::from_ref(&whl), &out, &options()).expect_err("malformed");
    match &error {
        ImportError::Syntax { file, line: at, .. } => {
            assert!(
                file.ends_with("!tencentcloud/cvm/v20170312/errorcodes.py"),
                "{file}"
            );
            assert_eq!(*at, line);
        }
        other => panic!("wrong error: {other:?}"),
    }
    assert!(!out.exists());
    let output = Command::new(env!("CARGO_BIN_EXE_tencent-errors"))
        .arg("import")
        .arg(&whl)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("errorcodes.py:{line}: ")) && stderr.contains("import os"),
        "{stderr}"
    );
    assert!(!out.exists());
    // Not a package of either site.
    let other = wheel(&dir, "tencentcloud-sdk-go", "1.0.0", &[]);
    let error = import(&[other], &out, &options()).expect_err("unknown package");
    assert!(
        matches!(error, ImportError::UnknownPackage { .. }),
        "{error}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_intl_wheel_gives_english_pages() {
    let dir = scratch("intl");
    let whl = wheel(
        &dir,
        EN,
        "3.1.193",
        &[
            file(
                "cvm",
                "v20170312",
                &[("A.Code", Some("Old text.")), ("B.Code", Some("Only old."))],
            ),
            file(
                "cvm",
                "v20990101",
                &[("A.Code", Some("New text.")), ("C.Blank", None)],
            ),
            file(
                "mdl",
                "v20200326",
                &[("InvalidParameter.Period", Some("Invalid period."))],
            ),
        ],
    );
    let out = dir.join("data");
    let summary = import(&[whl], &out, &options()).expect("imports");
    assert_eq!(summary.imports[0].site, "en");
    assert_eq!(pages(&out.join("en")), ["cvm.md", "mdl.md"]);
    assert!(!out.join("zh").exists());
    let page = read(&out.join("en/cvm.md"));
    assert!(
        page.contains("## Overview") && page.contains("### Common Error Codes"),
        "{page}"
    );
    assert!(page.contains("| Error Code | Description |"));
    assert!(page.contains("| AuthFailure.SignatureExpire | Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time. |"));
    assert!(!page.contains('错'), "no Chinese on the English page");
    let rows = service_rows(&page, "### Service Error Codes");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows["A.Code"], "New text.");
    assert_eq!(rows["B.Code"], "Only old.");
    assert_eq!(rows["C.Blank"], "");
    let mdl = service_rows(&read(&out.join("en/mdl.md")), "### Service Error Codes");
    assert_eq!(mdl["InvalidParameter.Period"], "Invalid period.");
    assert_eq!(
        read(&out.join("sources.tsv")).lines().nth(1),
        Some("tencentcloud-sdk-python-intl-en\t3.1.193\ten\t2026-12-01")
    );
    assert!(history(&out).contains(&row("en", "mdl", "*", "3.1.193", "3.1.193", "")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unpacked_directory_imports_with_flags_or_its_own_metadata() {
    let dir = scratch("unpacked");
    let source = dir.join("unpacked");
    let codes = source.join("tencentcloud/cvm/v20170312");
    std::fs::create_dir_all(&codes).expect("dirs");
    std::fs::write(
        codes.join("errorcodes.py"),
        errorcodes(&[("A.B", Some("说明"))]),
    )
    .expect("write");
    let out = dir.join("data");
    let error = import(std::slice::from_ref(&source), &out, &options()).expect_err("no name");
    assert!(error.to_string().contains("--package"), "{error}");
    let flags = ImportOptions {
        package: Some("tencentcloud_sdk_python".into()),
        version: Some("3.1.195".into()),
        ..options()
    };
    import(
        std::slice::from_ref(&source.join("tencentcloud")),
        &out,
        &flags,
    )
    .expect("imports");
    assert_eq!(
        service_rows(&read(&out.join("zh/cvm.md")), "### 业务错误码")["A.B"],
        "说明"
    );
    // With a dist-info beside it, nothing needs to be said.
    let meta = source.join("tencentcloud_sdk_python-3.1.196.dist-info");
    std::fs::create_dir_all(&meta).expect("dist-info");
    std::fs::write(
        meta.join("METADATA"),
        "Metadata-Version: 2.1\nName: tencentcloud-sdk-python\nVersion: 3.1.196\n",
    )
    .expect("write");
    let summary = import(std::slice::from_ref(&source), &out, &options()).expect("imports");
    assert_eq!(summary.imports[0].version, "3.1.196");
    assert_eq!(summary.imports[0].previous.as_deref(), Some("3.1.195"));
    assert_eq!(read(&out.join("sources.tsv")).lines().count(), 3);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Three releases: a code removed, a service removed, a code removed then re-added, a
/// description changed, a service added.
fn releases(dir: &Path) -> Vec<PathBuf> {
    vec![
        wheel(
            dir,
            ZH,
            "3.0.1",
            &[
                file(
                    "keep",
                    "v20200101",
                    &[
                        ("A.Changes", Some("第一版说明")),
                        ("B.Comes.Back", Some("B 的旧说明")),
                        ("C.Removed", Some("C 的说明")),
                        ("D.Same", None),
                    ],
                ),
                file(
                    "gone",
                    "v20200101",
                    &[
                        ("G.Code", Some("G 的说明")),
                        ("InternalError", Some("自己的")),
                    ],
                ),
            ],
        ),
        wheel(
            dir,
            ZH,
            "3.0.10",
            &[
                file(
                    "keep",
                    "v20200101",
                    &[("A.Changes", Some("第二版说明")), ("D.Same", None)],
                ),
                file("fresh", "v20210101", &[("F.Code", Some("新服务"))]),
            ],
        ),
        wheel(
            dir,
            ZH,
            "3.1.0",
            &[
                file(
                    "keep",
                    "v20200101",
                    &[
                        ("A.Changes", Some("第二版说明")),
                        ("B.Comes.Back", Some("B 的新说明")),
                        ("D.Same", None),
                    ],
                ),
                file("fresh", "v20210101", &[("F.Code", Some("新服务"))]),
            ],
        ),
    ]
}

#[test]
fn history_remembers_retired_codes_and_services() {
    let dir = scratch("history");
    let wheels = releases(&dir);
    let out = dir.join("data");
    import(&wheels[..1], &out, &options()).expect("first");
    let public_internal_error = {
        let page = read(&out.join("zh/gone.md"));
        let line = page
            .lines()
            .find(|l| l.starts_with("| InternalError | "))
            .expect("public table")
            .to_owned();
        line.trim_end_matches(" |")
            .trim_start_matches("| InternalError | ")
            .to_owned()
    };
    let second = import(&wheels[1..2], &out, &options()).expect("second");
    let counts = &second.imports[0];
    assert_eq!(counts.previous.as_deref(), Some("3.0.1"));
    assert_eq!(
        (
            counts.services.published,
            counts.services.new,
            counts.services.retired
        ),
        (2, 1, 1)
    );
    assert_eq!(
        (
            counts.codes.current,
            counts.codes.new,
            counts.codes.retired,
            counts.codes.retired_in_published
        ),
        (3, 1, 4, 2)
    );
    let v1 = "3.0.1";
    let v2 = "3.0.10";
    assert_eq!(
        history(&out),
        vec![
            row("zh", "fresh", "*", v2, v2, ""),
            row("zh", "fresh", "F.Code", v2, v2, ""),
            row("zh", "gone", "*", v1, v1, ""),
            row("zh", "gone", "G.Code", v1, v1, "G 的说明"),
            row(
                "zh",
                "gone",
                "InternalError",
                v1,
                v1,
                &public_internal_error
            ),
            row("zh", "keep", "*", v1, v2, ""),
            row("zh", "keep", "A.Changes", v1, v2, ""),
            row("zh", "keep", "B.Comes.Back", v1, v1, "B 的旧说明"),
            row("zh", "keep", "C.Removed", v1, v1, "C 的说明"),
            row("zh", "keep", "D.Same", v1, v2, ""),
        ]
    );
    assert_eq!(pages(&out.join("zh")), ["fresh.md", "keep.md"]);
    let keep = service_rows(&read(&out.join("zh/keep.md")), "### 业务错误码");
    assert_eq!(keep.keys().collect::<Vec<_>>(), ["A.Changes", "D.Same"]);
    assert_eq!(keep["A.Changes"], "第二版说明");

    let third = import(&wheels[2..], &out, &options()).expect("third");
    assert_eq!(third.imports[0].codes.republished, 1);
    assert_eq!(third.imports[0].codes.retired, 0);
    assert_eq!(third.imports[0].codes.retired_total, 3);
    assert_eq!(third.imports[0].services.retired_total, 1);
    let v3 = "3.1.0";
    let rows = history(&out);
    assert!(rows.contains(&row("zh", "keep", "B.Comes.Back", v1, v3, "")));
    assert!(rows.contains(&row("zh", "keep", "C.Removed", v1, v1, "C 的说明")));
    assert!(rows.contains(&row("zh", "keep", "A.Changes", v1, v3, "")));
    assert!(rows.contains(&row("zh", "gone", "*", v1, v1, "")));
    let keep = service_rows(&read(&out.join("zh/keep.md")), "### 业务错误码");
    assert_eq!(keep["B.Comes.Back"], "B 的新说明");
    assert_eq!(keep.len(), 3);
    let sources = read(&out.join("sources.tsv"));
    let versions: Vec<&str> = sources
        .lines()
        .skip(1)
        .map(|l| l.split('\t').nth(1).unwrap_or_default())
        .collect();
    assert_eq!(versions, [v1, v2, v3]);

    // Going back is refused; importing the newest again changes nothing.
    let before = tree(&out);
    let error = import(&wheels[1..2], &out, &options()).expect_err("older");
    assert!(matches!(error, ImportError::Older { .. }), "{error}");
    let again = import(
        &wheels[2..],
        &out,
        &ImportOptions {
            date: Some("2027-01-01".into()),
            ..ImportOptions::default()
        },
    )
    .expect("re-import");
    assert!(again.imports[0].unchanged);
    assert_eq!(tree(&out), before);

    // The same inputs in one call give byte-identical data.
    let once = dir.join("once");
    import(&wheels, &once, &options()).expect("all at once");
    assert_eq!(tree(&once), before);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn both_sites_keep_separate_histories() {
    let dir = scratch("sites");
    let zh = wheel(
        &dir,
        ZH,
        "3.1.195",
        &[file("cvm", "v20170312", &[("A.B", Some("中文"))])],
    );
    let en = wheel(
        &dir,
        EN,
        "3.1.193",
        &[file("cvm", "v20170312", &[("A.B", Some("English."))])],
    );
    let out = dir.join("data");
    // An en version lower than the zh one is fine: versions are compared per site.
    import(&[zh, en], &out, &options()).expect("imports");
    assert_eq!(
        history(&out),
        vec![
            row("en", "cvm", "*", "3.1.193", "3.1.193", ""),
            row("en", "cvm", "A.B", "3.1.193", "3.1.193", ""),
            row("zh", "cvm", "*", "3.1.195", "3.1.195", ""),
            row("zh", "cvm", "A.B", "3.1.195", "3.1.195", ""),
        ]
    );
    assert_eq!(
        service_rows(&read(&out.join("en/cvm.md")), "### Service Error Codes")["A.B"],
        "English."
    );
    assert_eq!(
        service_rows(&read(&out.join("zh/cvm.md")), "### 业务错误码")["A.B"],
        "中文"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Maintainer check: the real 3.1.195 wheel gives exactly `../shared/error-docs/current/`.
/// `TENCENT_ERRORS_WHEEL_ZH=/path/to/tencentcloud_sdk_python-3.1.195-py2.py3-none-any.whl
/// cargo test -p tencent-errors-cli --test import -- --ignored`
#[test]
#[ignore = "needs the 3.1.195 wheel: set TENCENT_ERRORS_WHEEL_ZH"]
fn the_real_wheel_gives_the_shared_pages() {
    let Some(wheel) = std::env::var_os("TENCENT_ERRORS_WHEEL_ZH") else {
        eprintln!(
            "skipped: set TENCENT_ERRORS_WHEEL_ZH to the tencentcloud-sdk-python 3.1.195 wheel"
        );
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_owned();
    let current = root.join("../shared/error-docs/current");
    if !current.is_dir() {
        eprintln!("skipped: {} is absent", current.display());
        return;
    }
    let dir = scratch("real");
    let out = dir.join("data");
    import(&[PathBuf::from(wheel)], &out, &options()).expect("imports the wheel");
    let mine = tree(&out.join("zh"));
    let theirs = tree(&current);
    assert_eq!(mine.len(), theirs.len());
    for (name, bytes) in &theirs {
        assert!(mine.get(name) == Some(bytes), "{name} differs");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The enum a release built from the imported data generates, as the policy says
/// (`docs/versioning.md`): retired codes and services stay, deprecated; a re-published code is
/// current with the newest text. Counted here from the fixture releases above.
#[test]
fn the_generated_enums_follow_the_retirement_policy() {
    use tencent_errors_codegen::{generate, ServiceData, Target};

    let dir = scratch("policy");
    let wheels = releases(&dir);
    let out = dir.join("data");
    import(&wheels, &out, &options()).expect("all three");
    let history = read(&out.join("history.tsv"));
    let sources = read(&out.join("sources.tsv"));
    let keep = read(&out.join("zh/keep.md"));
    let fresh = read(&out.join("zh/fresh.md"));
    let data = |name: &'static str, zh: Option<&'static str>| ServiceData {
        name,
        zh,
        en: None,
        history: &history,
        sources: &sources,
        public_tables: [Some(&fresh), None],
    };
    let keep: &'static str = Box::leak(keep.into_boxed_str());
    let model = data("keep", Some(keep)).model(&[], true).expect("keep");
    let code = |code: &str| {
        model
            .codes
            .iter()
            .find(|c| c.code == code)
            .unwrap_or_else(|| panic!("{code} is a variant"))
    };
    // 3.0.1 had it, 3.0.10 dropped it: retired since 3.0.10, with its last text.
    let removed = code("C.Removed");
    assert_eq!(
        removed.retired_since.as_deref(),
        Some("tencentcloud-sdk-python 3.0.10")
    );
    assert_eq!(
        removed.description.as_ref().map(|d| d.text.as_str()),
        Some("C 的说明")
    );
    // Dropped in 3.0.10, back in 3.1.0: current, with the newest text.
    let back = code("B.Comes.Back");
    assert_eq!(back.retired_since, None);
    assert_eq!(
        back.description.as_ref().map(|d| d.text.as_str()),
        Some("B 的新说明")
    );
    let changed = code("A.Changes");
    assert_eq!(
        changed.description.as_ref().map(|d| d.text.as_str()),
        Some("第二版说明")
    );
    let retired: Vec<&str> = model
        .codes
        .iter()
        .filter(|c| c.retired_since.is_some())
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(retired, ["C.Removed"]);

    // The service 3.0.10 dropped: every code stays, its own and its page's public table.
    let gone = data("gone", None);
    assert_eq!(
        gone.retired_since().as_deref(),
        Some("tencentcloud-sdk-python 3.0.10")
    );
    let model = gone.model(&[], true).expect("gone");
    // The public table's rows: every row of the fresh page but its two headers and F.Code.
    let public = fresh.lines().filter(|l| l.starts_with("| ")).count() - 2 - 1;
    assert!(model.codes.iter().all(|c| c.retired_since.is_some()));
    assert!(model.codes.iter().any(|c| c.code == "G.Code"));
    assert!(model.codes.iter().any(|c| c.code == "ActionOffline"));
    assert_eq!(public, 38);
    assert_eq!(model.codes.len(), public + 1, "the public table and G.Code");

    // In the generated code, retired variants are deprecated with the release in the note,
    // current ones are not.
    let tokens = generate(&Target::new("keep", "a test"), &{
        data("keep", Some(keep)).model(&[], true).expect("keep")
    })
    .expect("generates")
    .to_string();
    assert_eq!(
        tokens.matches("deprecated (note").count(),
        1,
        "{tokens:.300}"
    );
    assert!(tokens.contains("not in tencentcloud-sdk-python 3.0.10"));
}

// ---------------------------------------------------------------------------------------------
// tencentcloud-sdk-go trees: per-action pages and history.

/// A client.go: `(action, codes)`, each action with its `WithContext` twin and the block on
/// both, as the SDK writes them.
fn client_go(actions: &[(&str, &[&str])]) -> String {
    let mut text = String::from("package v1\n\nimport (\n    \"context\"\n)\n\n");
    for (action, codes) in actions {
        for twin in ["", "WithContext"] {
            text.push_str(&format!("// {action}\n// 调用 {action}。\n//\n"));
            if !codes.is_empty() {
                text.push_str("// 可能返回的错误码:\n");
                for code in *codes {
                    let name = code.replace('.', "_").to_uppercase();
                    text.push_str(&format!("//  {name} = \"{code}\"\n"));
                }
            }
            let params = if twin.is_empty() {
                format!("request *{action}Request")
            } else {
                format!("ctx context.Context, request *{action}Request")
            };
            text.push_str(&format!(
                "func (c *Client) {action}{twin}({params}) (response *{action}Response, err error) {{\n    return\n}}\n\n"
            ));
        }
    }
    text
}

/// An errors.go: `(code, comment)`.
fn errors_go(codes: &[(&str, &str)]) -> String {
    let mut text = String::from("// Copyright (c) 2017-2025 Tencent. All Rights Reserved.\n\npackage v1\n\nconst (\n\t// 此产品的特有错误码\n\n");
    for (code, comment) in codes {
        let name = code.replace('.', "_").to_uppercase();
        text.push_str(&format!("\t// {comment}\n\t{name} = \"{code}\"\n\n"));
    }
    text.push_str(")\n");
    text
}

/// A Go SDK tree of `release`: `(service, api version, client.go, errors.go)`.
fn go_tree(dir: &Path, release: &str, files: &[(&str, &str, String, String)]) -> PathBuf {
    let root = dir.join(format!("go-{release}"));
    let http = root.join("tencentcloud/common/http");
    std::fs::create_dir_all(&http).expect("mkdir");
    std::fs::write(
        http.join("request.go"),
        format!("package common\n\nfunc f() {{\n\tparams[\"RequestClient\"] = \"SDK_GO_{release}\"\n}}\n"),
    )
    .expect("write");
    for (service, version, client, errors) in files {
        let at = root.join("tencentcloud").join(service).join(version);
        std::fs::create_dir_all(&at).expect("mkdir");
        std::fs::write(at.join("client.go"), client).expect("write");
        std::fs::write(at.join("errors.go"), errors).expect("write");
    }
    root
}

/// Two releases of a service `xx` with two API versions, and a service `gone` in the first only.
fn go_releases(dir: &Path) -> (PathBuf, PathBuf) {
    let errors_old = errors_go(&[("A.One", "旧一"), ("B", "乙"), ("C", "丙 | 管道")]);
    let errors_new = errors_go(&[("A.One", "新一"), ("D", "丁")]);
    let old = go_tree(
        dir,
        "1.0.10",
        &[
            (
                "xx",
                "v20200101",
                client_go(&[("Run", &["B", "A.One"]), ("Stop", &["C"]), ("Old", &["B"])]),
                errors_old.clone(),
            ),
            (
                "xx",
                "v20210101",
                client_go(&[("Run", &["A.One"]), ("List", &[])]),
                errors_new.clone(),
            ),
            (
                "gone",
                "v20200101",
                client_go(&[("Ping", &["B"])]),
                errors_old.clone(),
            ),
        ],
    );
    let new = go_tree(
        dir,
        "1.0.11",
        &[
            (
                "xx",
                "v20200101",
                client_go(&[("Run", &["A.One"]), ("Stop", &["C"])]),
                errors_old,
            ),
            (
                "xx",
                "v20210101",
                client_go(&[("Run", &["D"]), ("List", &[]), ("Fresh", &["D"])]),
                errors_new,
            ),
        ],
    );
    (old, new)
}

#[test]
fn go_releases_give_action_pages_and_history() {
    let dir = scratch("go");
    // 1.0.10 then 1.0.11: versions compare numerically.
    let (old, new) = go_releases(&dir);
    let out = dir.join("data");
    let summary = import(std::slice::from_ref(&old), &out, &options()).expect("imports");
    assert_eq!(summary.imports[0].site, "actions");
    assert_eq!(summary.imports[0].version, "1.0.10");
    let first = read(&out.join("actions/xx.md"));
    assert_eq!(
        first,
        "# xx 各接口错误码\n\n每个接口的 API 文档在“4. 错误码”一节列出该接口业务逻辑相关的错误码，本页按接口汇总。公共错误码适用于所有接口，见服务的错误码页面。\n\n\
         ## List\n\n该接口没有业务错误码。\n\n\
         ## Old\n\n以下仅列出了接口业务逻辑相关的错误码，其他错误码详见公共错误码。\n\n| 错误码 | 描述 |\n|---|---|\n| B | 乙 |\n\n\
         ## Run\n\n以下仅列出了接口业务逻辑相关的错误码，其他错误码详见公共错误码。\n\n| 错误码 | 描述 |\n|---|---|\n| A.One | 新一 |\n| B | 乙 |\n\n\
         ## Stop\n\n以下仅列出了接口业务逻辑相关的错误码，其他错误码详见公共错误码。\n\n| 错误码 | 描述 |\n|---|---|\n| C | 丙 \\| 管道 |\n",
        "union over API versions, the newest version's description"
    );
    assert_eq!(
        read(&out.join("action-history.tsv")),
        "service\taction\tcode\tfirst\tlast\tdescription\n",
        "one release: the pages say everything"
    );
    let once = tree(&out);

    let summary = import(std::slice::from_ref(&new), &out, &options()).expect("imports");
    let counts = summary.imports[0].actions.clone().expect("action counts");
    assert_eq!(
        (counts.actions, counts.actions_new, counts.actions_retired),
        (4, 1, 2)
    );
    assert_eq!((counts.codes_new, counts.codes_retired), (2, 1));
    assert_eq!(counts.services_retired, 1);
    assert!(!out.join("actions/gone.md").exists());
    let page = read(&out.join("actions/xx.md"));
    assert!(page.contains("## Fresh\n"));
    // A.One is listed by the older API version only now: its text is that version's.
    assert!(page.contains("## Run\n\n以下仅列出了接口业务逻辑相关的错误码，其他错误码详见公共错误码。\n\n| 错误码 | 描述 |\n|---|---|\n| A.One | 旧一 |\n| D | 丁 |\n\n"));
    assert_eq!(
        read(&out.join("action-history.tsv")),
        "service\taction\tcode\tfirst\tlast\tdescription\n\
         gone\tPing\t*\t1.0.10\t1.0.10\t\n\
         gone\tPing\tB\t1.0.10\t1.0.10\t乙\n\
         xx\tFresh\t*\t1.0.11\t1.0.11\t\n\
         xx\tOld\t*\t1.0.10\t1.0.10\t\n\
         xx\tOld\tB\t1.0.10\t1.0.10\t乙\n\
         xx\tRun\tB\t1.0.10\t1.0.10\t乙\n\
         xx\tRun\tD\t1.0.11\t1.0.11\t\n"
    );
    assert!(read(&out.join("sources.tsv")).ends_with(
        "tencentcloud-sdk-go\t1.0.10\tactions\t2026-12-01\ntencentcloud-sdk-go\t1.0.11\tactions\t2026-12-01\n"
    ));

    // Re-importing the newest changes nothing; an older release is refused.
    let twice = tree(&out);
    let again = import(std::slice::from_ref(&new), &out, &options()).expect("re-imports");
    assert!(again.imports[0].unchanged);
    assert_eq!(tree(&out), twice);
    let older = import(std::slice::from_ref(&old), &out, &options()).expect_err("older");
    assert!(matches!(older, ImportError::Older { .. }), "{older}");
    assert_eq!(tree(&out), twice);

    // The same inputs give the same bytes.
    let other = dir.join("other");
    import(&[old, new], &other, &options()).expect("imports both");
    assert_eq!(tree(&other), twice);
    assert_ne!(once, twice);
}

#[test]
fn go_trees_with_other_lines_are_errors_naming_file_and_line() {
    let dir = scratch("go-bad");
    let client = client_go(&[("Run", &["A"])]).replacen(
        "//  A = \"A\"\n",
        "//  A = \"A\"\n// see the docs\n",
        1,
    );
    let tree_dir = go_tree(
        &dir,
        "1.0.1",
        &[("xx", "v20200101", client, errors_go(&[]))],
    );
    let out = dir.join("data");
    let error = import(std::slice::from_ref(&tree_dir), &out, &options()).expect_err("refused");
    assert_eq!(
        error.to_string().split(": ").next(),
        Some("tencentcloud/xx/v20200101/client.go:12"),
        "{error}"
    );
    assert!(!out.exists(), "nothing written");
    // The version can be given when request.go does not name it.
    let fine = go_tree(
        &dir,
        "1.0.2",
        &[(
            "xx",
            "v20200101",
            client_go(&[("Run", &["A"])]),
            errors_go(&[]),
        )],
    );
    std::fs::write(
        fine.join("tencentcloud/common/http/request.go"),
        "package common\n",
    )
    .expect("write");
    let error = import(std::slice::from_ref(&fine), &out, &options()).expect_err("no version");
    match &error {
        ImportError::Metadata { path, message } => {
            assert!(
                path.ends_with("tencentcloud/common/http/request.go"),
                "{}",
                path.display()
            );
            assert!(
                message.contains("SDK_GO_") && message.contains("--version"),
                "{message}"
            );
        }
        other => panic!("wrong error: {other:?}"),
    }
    assert!(!out.exists(), "nothing written");
    let given = ImportOptions {
        version: Some("2.0.0".into()),
        ..options()
    };
    let summary = import(&[fine], &out, &given).expect("imports");
    assert_eq!(summary.imports[0].version, "2.0.0");
}

#[test]
fn sync_reports_per_action_changes_of_imported_go_releases() {
    use tencent_errors_cli::sync::{sync, Snapshot};
    let dir = scratch("go-sync");
    let (old, new) = go_releases(&dir);
    let (before, after) = (dir.join("before"), dir.join("after"));
    for (out, releases) in [(&before, vec![old.clone()]), (&after, vec![old, new])] {
        import(&releases, out, &options()).expect("imports");
        std::fs::create_dir_all(out.join("zh")).expect("mkdir");
        std::fs::write(
            out.join("zh/xx.md"),
            "| 错误码 | 说明 |\n|---|---|\n| A.One | 一 |\n| B | 乙 |\n",
        )
        .expect("write");
    }
    let report = sync(
        &Snapshot::read(&before).expect("reads"),
        &Snapshot::read(&after).expect("reads"),
    );
    let xx = report
        .services
        .iter()
        .find(|s| s.service == "xx")
        .expect("xx");
    let actions = xx.actions.as_ref().expect("per-action changes");
    assert_eq!(actions.added, ["Fresh"]);
    assert_eq!(actions.retired, ["Old"]);
    assert!(actions.removed.is_empty() && actions.republished.is_empty());
    assert_eq!(actions.codes.len(), 1);
    assert_eq!(actions.codes[0].action, "Run");
    assert_eq!(
        (
            actions.codes[0].added.as_slice(),
            actions.codes[0].retired.as_slice()
        ),
        (&["D".to_owned()][..], &["B".to_owned()][..])
    );
    assert_eq!(xx.level.as_str(), "minor");
    assert_eq!(report.summary.actions.actions_retired, 1);
    let text = tencent_errors_cli::text::sync::changelog(&report);
    assert!(text.contains("- Per-action enums: 1 action added, 1 action retired (deprecated), 1 code added to actions, 1 code retired from actions (deprecated)."), "{text}");
    assert!(text.contains("- `xx`: 1 action added (`Fresh`), 1 action no longer listed, their enums deprecated (`Old`)"), "{text}");
}

/// Three Go releases of one service `xx` in which actions and codes come, go and come back:
///
/// | action | 1.0.1     | 1.0.2 | 1.0.3     |
/// |--------|-----------|-------|-----------|
/// | Run    | A, B, D   | A, B  | A, C, D   |
/// | Stop   | A         | A     | —         |
/// | Back   | B         | —     | B         |
/// | Fresh  | —         | —     | C         |
fn three_go_releases(dir: &Path) -> [PathBuf; 3] {
    let errors = errors_go(&[("A", "甲"), ("B", "乙"), ("C", "丙"), ("D", "丁")]);
    let release = |version: &str, actions: &[(&str, &[&str])]| {
        go_tree(
            dir,
            version,
            &[("xx", "v20200101", client_go(actions), errors.clone())],
        )
    };
    [
        release(
            "1.0.1",
            &[
                ("Run", &["A", "B", "D"]),
                ("Stop", &["A"]),
                ("Back", &["B"]),
            ],
        ),
        release("1.0.2", &[("Run", &["A", "B"]), ("Stop", &["A"])]),
        release(
            "1.0.3",
            &[
                ("Run", &["A", "C", "D"]),
                ("Back", &["B"]),
                ("Fresh", &["C"]),
            ],
        ),
    ]
}

/// A data directory imported from `releases`, with the same service page for `xx`.
fn go_data(dir: &Path, name: &str, releases: &[PathBuf]) -> PathBuf {
    let out = dir.join(name);
    import(releases, &out, &options()).expect("imports");
    std::fs::create_dir_all(out.join("zh")).expect("mkdir");
    std::fs::write(
        out.join("zh/xx.md"),
        "| 错误码 | 说明 |\n|---|---|\n| A | 甲 |\n| B | 乙 |\n| C | 丙 |\n| D | 丁 |\n",
    )
    .expect("write");
    out
}

/// `tencent-errors sync OLD NEW ARGS...`: exit code, standard output.
fn run_sync(old: &Path, new: &Path, args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_tencent-errors"))
        .arg("sync")
        .arg(old)
        .arg(new)
        .args(args)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "nothing on standard error: {stderr}");
    (
        output.status.code(),
        String::from_utf8(output.stdout).expect("UTF-8"),
    )
}

/// The cells of the line of `xx` in the per-action table of a `sync` text, split at spaces.
fn per_action_row(text: &str) -> Vec<String> {
    let (_, table) = text
        .split_once("per-action enums (actions; codes of remaining actions):\n")
        .unwrap_or_else(|| panic!("no per-action table in\n{text}"));
    let mut lines = table.lines();
    let header: Vec<&str> = lines
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    assert_eq!(
        header,
        [
            "service", "added", "retired", "re-pub", "removed", "+codes", "retired", "re-pub",
            "removed"
        ]
    );
    lines
        .find(|line| line.starts_with("xx "))
        .unwrap_or_else(|| panic!("no row for xx in\n{text}"))
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

fn strings(value: &serde_json::Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

/// `sync` after the third release: an action and a code published again, an action and a code
/// retired, an action and a code added (all minor), in the text, the JSON and `--fail-on`.
#[test]
fn sync_reports_actions_and_codes_published_again() {
    let dir = scratch("go-sync-three");
    let releases = three_go_releases(&dir);
    let two = go_data(&dir, "two", &releases[..2]);
    let three = go_data(&dir, "three", &releases);

    let (code, text) = run_sync(&two, &three, &[]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains(
            "\nper-action enums: 1 action added, 1 action retired (deprecated), 1 action \
             re-published, 1 code added to actions, 1 code retired from actions (deprecated), \
             1 code re-published in actions\n"
        ),
        "{text}"
    );
    // added, retired, re-published, removed actions; codes of Run added (C), retired (B),
    // re-published (D), removed.
    assert_eq!(
        per_action_row(&text),
        ["xx", "1", "1", "1", "0", "1", "1", "1", "0"]
    );
    assert!(text.contains("\nverdict: minor\n"), "{text}");

    let (code, json) = run_sync(&two, &three, &["--format", "json"]);
    assert_eq!(code, Some(0), "{json}");
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let xx = value["services"]
        .as_array()
        .expect("services")
        .iter()
        .find(|s| s["service"] == "xx")
        .expect("xx");
    assert_eq!(xx["level"], "minor");
    let actions = &xx["actions"];
    assert_eq!(strings(&actions["added"]), ["Fresh"]);
    assert_eq!(strings(&actions["retired"]), ["Stop"]);
    assert_eq!(strings(&actions["republished"]), ["Back"]);
    assert!(strings(&actions["removed"]).is_empty());
    let codes = actions["codes"].as_array().expect("codes");
    assert_eq!(codes.len(), 1, "{codes:?}");
    assert_eq!(codes[0]["action"], "Run");
    assert_eq!(strings(&codes[0]["added"]), ["C"]);
    assert_eq!(strings(&codes[0]["retired"]), ["B"]);
    assert_eq!(strings(&codes[0]["republished"]), ["D"]);
    assert!(strings(&codes[0]["removed"]).is_empty());
    let expected = serde_json::json!({
        "actions_added": 1, "actions_retired": 1, "actions_republished": 1, "actions_removed": 0,
        "codes_added": 1, "codes_retired": 1, "codes_republished": 1, "codes_removed": 0
    });
    assert_eq!(actions["counts"], expected);
    assert_eq!(value["summary"]["actions"], expected);
    assert_eq!(value["verdict"]["level"], "minor");

    // --fail-on: minor changes fail `minor` and below, not `major`.
    for (level, exit) in [("patch", 2), ("minor", 2), ("major", 0)] {
        let (code, text) = run_sync(&two, &three, &["--fail-on", level]);
        assert_eq!(code, Some(exit), "--fail-on {level}\n{text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `sync` from the data of three releases to the data of the newest alone: the action retired
/// in the third release (`Stop`) and the code `Run` dropped (`B`) are gone from the history, so
/// their enum and variant disappear: major.
#[test]
fn sync_reports_removed_actions_and_codes_as_major() {
    let dir = scratch("go-sync-removed");
    let releases = three_go_releases(&dir);
    let three = go_data(&dir, "three", &releases);
    let newest = go_data(&dir, "newest", &releases[2..]);

    let (code, text) = run_sync(&three, &newest, &[]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("\nper-action enums: 1 action removed, 1 code removed from actions\n"),
        "{text}"
    );
    assert_eq!(
        per_action_row(&text),
        ["xx", "0", "0", "0", "1", "0", "0", "0", "1"]
    );
    assert!(
        text.contains("\nverdict: major\n  major: 1 service (`xx`): "),
        "{text}"
    );

    let (code, json) = run_sync(&three, &newest, &["--format", "json"]);
    assert_eq!(code, Some(0), "{json}");
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let xx = value["services"]
        .as_array()
        .expect("services")
        .iter()
        .find(|s| s["service"] == "xx")
        .expect("xx");
    assert_eq!(xx["level"], "major");
    assert_eq!(
        xx["reasons"][0],
        "major: per-action enums: 1 enum and 1 variant deleted"
    );
    assert_eq!(strings(&xx["actions"]["removed"]), ["Stop"]);
    let codes = xx["actions"]["codes"].as_array().expect("codes");
    assert_eq!(codes.len(), 1, "{codes:?}");
    assert_eq!(
        (codes[0]["action"].as_str(), strings(&codes[0]["removed"])),
        (Some("Run"), vec!["B"])
    );
    assert_eq!(value["summary"]["actions"]["actions_removed"], 1);
    assert_eq!(value["summary"]["actions"]["codes_removed"], 1);
    assert_eq!(value["verdict"]["level"], "major");

    for (level, exit) in [("minor", 2), ("major", 2)] {
        let (code, text) = run_sync(&three, &newest, &["--fail-on", level]);
        assert_eq!(code, Some(exit), "--fail-on {level}\n{text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
