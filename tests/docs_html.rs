//! What users see on docs.rs: `cargo doc` on a scratch crate that expands the CVM page (and
//! documents the facade with the `services` feature, as docs.rs does), then the generated HTML
//! and rustdoc's search index are checked against the page itself, read independently by a
//! plain line scan.

mod common;
mod scratch;
#[path = "scratch/search_index.rs"]
mod search_index;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use scratch::{repo_root, Scratch};
use search_index::{SearchIndex, ITEM_TYPE_ENUM, ITEM_TYPE_VARIANT};

const LIB: &str = r#"//! Expands the CVM page, to look at its documentation.

tencent_errors::tencent_errors!("cvm");

/// How many codes the facade's bundled VPC enum lists; compiles the `services` feature.
pub fn vpc_codes() -> usize {
    tencent_errors::services::vpc::VpcError::ALL.len()
}
"#;

/// The bundled page of `service` in `language` (`zh` or `en`), empty when there is none.
fn page_in(language: &str, service: &str) -> String {
    let path = repo_root()
        .join("codegen/data")
        .join(language)
        .join(format!("{service}.md"));
    fs::read_to_string(path).unwrap_or_default()
}

fn page(service: &str) -> String {
    page_in("zh", service)
}

/// The current codes of a bundled service: its Chinese page's, then its English page's others.
fn current_codes(service: &str) -> Vec<String> {
    let mut codes = common::codes_by_line_scan(&page_in("zh", service));
    for code in common::codes_by_line_scan(&page_in("en", service)) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// Every bundled service: the facade's list.
fn bundled_services() -> Vec<String> {
    tencent_errors::SERVICES
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// How rustdoc renders a link to a variant of a runtime enum from a crate documented with
/// `--no-deps`: to docs.rs, through the runtime's `html_root_url`.
fn link(module: &str, enumeration: &str, variant: &str, text: &str) -> String {
    format!(
        "<a href=\"https://docs.rs/tencent-errors-runtime/{version}/tencent_errors_runtime/{module}/enum.{enumeration}.html#variant.{variant}\" \
         title=\"variant tencent_errors_runtime::{module}::{enumeration}::{variant}\">{text}</a>",
        version = env!("CARGO_PKG_VERSION")
    )
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The documentation of one variant: from its `<section>` to the next variant's.
fn variant_docs<'a>(html: &'a str, variant: &str) -> &'a str {
    let start = html
        .find(&format!("id=\"variant.{variant}\""))
        .unwrap_or_else(|| panic!("no variant {variant} on the page"));
    let rest = &html[start + 1..];
    let end = rest.find("<section id=\"variant.").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn cargo_doc_shows_codes_descriptions_categories_families_and_aliases() {
    let krate = Scratch::new(
        "scratch-docs",
        r#"tencent-errors = { path = {root}, features = ["services"] }"#,
    );
    krate.write("src/lib.rs", LIB);
    let run = krate.cargo_ok(&[
        "doc",
        "--no-deps",
        "-p",
        "scratch-docs",
        "-p",
        "tencent-errors",
    ]);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);

    let doc = scratch::shared_target_dir().join("doc");
    let cvm = page("cvm");
    let codes = current_codes("cvm");
    assert!(codes.len() > 400, "{} codes", codes.len());
    let html = read(&doc.join("scratch_docs/enum.CvmError.html"));

    // Every code of the page is on the enum's page, each in its variant's facts line.
    for code in &codes {
        assert!(
            html.contains(&format!("Code <code>{code}</code> · category")),
            "{code} is missing"
        );
    }

    // A service-specific code: description, code, category and retry class.
    let not_found = variant_docs(&html, "InvalidInstanceIdNotFound");
    let description =
        common::description_by_line_scan(&cvm, "InvalidInstanceId.NotFound").expect("on the page");
    assert!(
        not_found.contains(&format!("<p>{description}</p>")),
        "{not_found}"
    );
    // Both languages, Chinese first, English labelled.
    let english =
        common::description_by_line_scan(&page_in("en", "cvm"), "InvalidInstanceId.NotFound")
            .expect("on the English page");
    assert!(
        not_found.contains(&format!("<p><em>English:</em> {english}</p>")),
        "{not_found}"
    );
    assert!(
        not_found.contains(&format!(
            "Code <code>InvalidInstanceId.NotFound</code> · category {} · {}.",
            link(
                "category",
                "Category",
                "ServiceSpecific",
                "<code>ServiceSpecific</code>"
            ),
            link("retry", "RetryClass", "NotRetryable", "not retryable")
        )),
        "{not_found}"
    );
    // A public code: its own category, and retryable.
    let throttled = variant_docs(&html, "RequestLimitExceeded");
    let description =
        common::description_by_line_scan(&cvm, "RequestLimitExceeded").expect("on the page");
    assert!(throttled.contains(&description), "{throttled}");
    assert!(
        throttled.contains(&format!(
            "category {} · {}.",
            link(
                "category",
                "Category",
                "RequestLimitExceeded",
                "<code>RequestLimitExceeded</code>"
            ),
            link("retry", "RetryClass", "Throttling", "throttling")
        )),
        "{throttled}"
    );
    assert!(html.contains("id=\"variant.Unknown\""));

    // The summary of families: the public ones with their number of codes, then one entry for
    // the service-specific ones.
    let mut public: BTreeMap<&str, usize> = BTreeMap::new();
    let mut specific: BTreeMap<&str, usize> = BTreeMap::new();
    for code in &codes {
        let family = code.split('.').next().unwrap_or(code);
        if tencent_errors::Category::of(code) == tencent_errors::Category::ServiceSpecific {
            *specific.entry(family).or_default() += 1;
        } else {
            *public.entry(family).or_default() += 1;
        }
    }
    assert!(html.contains("<strong>Codes by family</strong>"));
    for (family, count) in &public {
        let entry = format!(
            "{} {count}",
            link(
                "category",
                "Category",
                family,
                &format!("<code>{family}</code>")
            )
        );
        assert!(html.contains(&entry), "no summary entry {entry}");
    }
    let specific_codes: usize = specific.values().sum();
    assert!(html.contains(&format!(
        "{specific_codes} in {} service-specific families",
        specific.len()
    )));
    // The enum's summary links its own items.
    assert!(html.contains(
        "or a code with <a href=\"enum.CvmError.html#method.from_code\" \
         title=\"associated function scratch_docs::CvmError::from_code\"><code>CvmError::from_code</code></a>"
    ), "{}", &html[..html.len().min(4000)]);
    assert!(html.contains("<a href=\"enum.CvmError.html#variant.Unknown\""));
    assert!(html.contains(&format!(
        "{} codes from the bundled page <code>zh/cvm.md</code>",
        codes.len()
    )));

    // Searching for the code string finds the variant through its doc alias.
    let index = SearchIndex::open(&doc, &["name", "normalizedName", "alias", "entry"])
        .unwrap_or_else(|e| panic!("cannot read rustdoc's search index: {e}"));
    let targets: Vec<usize> = index
        .rows_named("InvalidInstanceId.NotFound")
        .into_iter()
        .filter_map(|row| {
            assert_eq!(
                index.text("normalizedName", row),
                "invalidinstanceid.notfound"
            );
            index
                .json("alias", row)?
                .as_u64()
                .map(|target| target as usize)
        })
        .collect();
    let mut found: Vec<(String, String)> = targets
        .iter()
        .map(|&target| {
            let entry = index
                .json("entry", target)
                .expect("the alias target has an entry");
            assert_eq!(index.text("name", target), "InvalidInstanceIdNotFound");
            assert_eq!(entry[1].as_u64(), Some(ITEM_TYPE_VARIANT), "{entry}");
            // The parent is stored as its row + 1.
            let parent = entry[4].as_u64().expect("a variant has a parent") as usize - 1;
            assert_eq!(
                index.json("entry", parent).map(|e| e[1].clone()),
                Some(ITEM_TYPE_ENUM.into())
            );
            let krate = entry[0].as_u64().expect("a crate row") as usize;
            (index.text("name", krate), index.text("name", parent))
        })
        .collect();
    found.sort();
    // The scratch crate's enum, and the facade's `services::<svc>::<Svc>Error` of every bundled
    // page that lists the code.
    let mut expected = vec![("scratch_docs".to_owned(), "CvmError".to_owned())];
    for service in bundled_services() {
        if current_codes(&service)
            .iter()
            .any(|c| c == "InvalidInstanceId.NotFound")
        {
            let enum_name = format!("{}{}Error", service[..1].to_uppercase(), &service[1..]);
            expected.push(("tencent_errors".to_owned(), enum_name));
        }
    }
    expected.sort();
    assert_eq!(found, expected);

    // The facade's docs, built with `services` as on docs.rs, show every bundled service.
    let services = read(&doc.join("tencent_errors/services/index.html"));
    for name in bundled_services() {
        assert!(
            services.contains(&format!("href=\"{name}/index.html\"")),
            "no services::{name}"
        );
    }
    let vpc = read(&doc.join("tencent_errors/services/vpc/enum.VpcError.html"));
    let description = common::description_by_line_scan(&page("vpc"), "InvalidVpcId.NotFound")
        .expect("on the page");
    let not_found = variant_docs(&vpc, "InvalidVpcIdNotFound");
    assert!(
        not_found.contains(&description)
            && not_found.contains("<code>InvalidVpcId.NotFound</code>"),
        "{not_found}"
    );
}

/// `html_root_url` (where `cargo doc --no-deps` sends links to these crates, such as the
/// generated docs' links to `Category` and `RetryClass`) names the version being built.
#[test]
fn html_root_urls_name_this_version() {
    for (file, krate) in [
        ("src/lib.rs", "tencent-errors"),
        ("runtime/src/lib.rs", "tencent-errors-runtime"),
    ] {
        let source = read(&repo_root().join(file));
        let attribute = format!(
            "#![doc(html_root_url = \"https://docs.rs/{krate}/{}\")]",
            env!("CARGO_PKG_VERSION")
        );
        assert!(source.contains(&attribute), "{file} lacks {attribute}");
    }
}
