//! Lists the bundled data (`data/`) as one array of services, `$OUT_DIR/bundled_index.rs`,
//! included by `src/data/bundled/mod.rs`: every service a page, `history.tsv` or
//! `action-history.tsv` knows, each with its pages (`include_str!`, so rustc tracks them). The
//! names and layout come from the data format's layout module, included here as it is.

use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/data/format/layout.rs"]
mod format;

use format::{Dataset, ACTION_HISTORY_FILE, HISTORY_FILE};

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&root).join("data");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/data/format/layout.rs");
    let mut services: Vec<String> = Vec::new();
    let mut pages: Vec<(Dataset, Vec<String>)> = Vec::new();
    for dataset in Dataset::ALL {
        let mut stems: Vec<String> = std::fs::read_dir(data.join(dataset.dir()))
            .map(|entries| {
                entries
                    .filter_map(|entry| {
                        let name = entry.ok()?.file_name().into_string().ok()?;
                        let stem = name.strip_suffix(".md")?;
                        format::check_service_name(stem).ok()?;
                        Some(stem.to_owned())
                    })
                    .collect()
            })
            .unwrap_or_default();
        stems.sort();
        services.extend(stems.iter().cloned());
        pages.push((dataset, stems));
    }
    for (file, column) in [(HISTORY_FILE, 1), (ACTION_HISTORY_FILE, 0)] {
        let text = std::fs::read_to_string(data.join(file)).unwrap_or_default();
        services.extend(
            format::services_in(&text, column)
                .into_iter()
                .map(str::to_owned),
        );
    }
    services.sort();
    services.dedup();
    let include = |file: &str| {
        let path = data.join(file);
        format!("include_str!({:?})", path.display().to_string())
    };
    let mut out = String::from("&[\n");
    for service in &services {
        let _ = write!(out, "    BundledService {{ name: {service:?}");
        for (dataset, stems) in &pages {
            // The fields of `BundledService` are named after the directories.
            let field = dataset.dir();
            let value = if stems.binary_search(service).is_ok() {
                format!("Some({})", include(&dataset.page(service)))
            } else {
                "None".to_owned()
            };
            let _ = write!(out, ", {field}: {value}");
        }
        out.push_str(" },\n");
    }
    out.push_str("]\n");
    let files = format!(
        "/// `data/{HISTORY_FILE}`.\nconst HISTORY: &str = {};\n\
         /// `data/{ACTION_HISTORY_FILE}` (empty without one).\nconst ACTION_HISTORY: &str = {};\n\
         /// `data/sources.tsv`.\nconst SOURCES: &str = {};\n",
        include(HISTORY_FILE),
        if data.join(ACTION_HISTORY_FILE).exists() {
            include(ACTION_HISTORY_FILE)
        } else {
            "\"\"".to_owned()
        },
        include(format::SOURCES_FILE),
    );
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let index = Path::new(&out_dir).join("bundled_index.rs");
    let text = format!("{files}\n/// Every bundled service, sorted by name.\npub const BUNDLED_SERVICES: &[BundledService] = {out};\n");
    std::fs::write(index, text).expect("write bundled_index.rs");
}
