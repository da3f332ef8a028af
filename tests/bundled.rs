//! Every bundled service expands bare: its enum lists exactly the codes of its pages (both
//! languages) and of its history, counted here by a plain scan of the data files, and every
//! code round-trips.

mod common;

use std::collections::BTreeSet;

use tencent_errors::{tencent_errors, Category, Language, RetryClass, ServiceError};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/codegen/data");

/// What one service's enum says, for comparing with the data files.
struct Expanded {
    service: &'static str,
    all: Vec<&'static str>,
    current: Vec<&'static str>,
    retired: Vec<(&'static str, Option<&'static str>)>,
    retired_service: bool,
}

macro_rules! services {
    ($($module:ident => $service:literal, $name:ident, $retired:literal;)*) => {
        #[allow(deprecated)]
        mod all {
            $(pub mod $module {
                tencent_errors::tencent_errors!($service);
            })*
        }

        #[allow(deprecated)]
        fn expanded() -> Vec<Expanded> {
            vec![$({
                use all::$module::$name as E;
                Expanded {
                    service: E::SERVICE,
                    all: E::ALL.iter().map(|e| e.code()).collect(),
                    current: E::CURRENT.iter().map(|e| e.code()).collect(),
                    retired: E::ALL
                        .iter()
                        .filter(|e| e.is_retired())
                        .map(|e| (e.code(), e.retired_since()))
                        .collect(),
                    retired_service: !$retired.is_empty(),
                }
            }),*]
        }

        #[test]
        #[allow(deprecated)]
        fn every_code_round_trips_through_from_code() {
            $(for error in all::$module::$name::ALL {
                use all::$module::$name as E;
                let decoded = E::from_code(error.code());
                assert_eq!(&decoded, error);
                // Equality is by code, so compare the variants themselves (`Clone` is generated).
                assert_eq!(format!("{:?}", error.clone()), format!("{error:?}"));
                assert_eq!(format!("{decoded:?}"), format!("{error:?}"));
                assert!(decoded.is_known());
                assert_eq!(decoded.category(), Category::of(error.code()));
                assert_eq!(decoded.retry_class(), RetryClass::of(error.code()));
                assert_eq!(<E as ServiceError>::service(&decoded), $service);
            })*
        }
    };
}

tencent_errors::__for_each_service!(services);

/// The codes of a page by line scan, in order.
fn page_codes(path: &str) -> Vec<String> {
    std::fs::read_to_string(path)
        .map(|page| common::codes_by_line_scan(&page))
        .unwrap_or_default()
}

/// `(site, code, last)` of a history row.
type HistoryRow = (String, String, String);

/// `(site, code, last)` of the history rows of `service`, and each site's newest version.
fn history(service: &str) -> (Vec<HistoryRow>, Vec<(String, String)>) {
    let history = std::fs::read_to_string(format!("{DATA}/history.tsv")).expect("history.tsv");
    let rows = history
        .lines()
        .skip(1)
        .map(|line| line.split('\t').collect::<Vec<_>>())
        .filter(|fields| fields[1] == service && fields[2] != "*")
        .map(|f| (f[0].to_owned(), f[2].to_owned(), f[4].to_owned()))
        .collect();
    let sources = std::fs::read_to_string(format!("{DATA}/sources.tsv")).expect("sources.tsv");
    let mut newest: Vec<(String, String)> = Vec::new();
    for line in sources.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        newest.retain(|(site, _)| site != fields[2]);
        newest.push((fields[2].to_owned(), fields[1].to_owned()));
    }
    (rows, newest)
}

/// The codes of the table under `heading` on a page, by line scan.
fn public_table(path: &str, heading: &str) -> Vec<String> {
    let page = std::fs::read_to_string(path).expect("a page");
    let table = page
        .split(heading)
        .nth(1)
        .and_then(|rest| rest.split("\n### ").next())
        .expect("the public table");
    common::codes_by_line_scan(table)
}

/// Whether the history says `site` published `service` once and no longer does.
fn service_retired_on(service: &str, site: &str) -> bool {
    let history = std::fs::read_to_string(format!("{DATA}/history.tsv")).expect("history.tsv");
    let sources = std::fs::read_to_string(format!("{DATA}/sources.tsv")).expect("sources.tsv");
    let newest = sources
        .lines()
        .rfind(|line| line.split('\t').nth(2) == Some(site))
        .and_then(|line| line.split('\t').nth(1).map(str::to_owned));
    history.lines().any(|line| {
        let fields: Vec<&str> = line.split('\t').collect();
        fields.len() > 4
            && fields[0] == site
            && fields[1] == service
            && fields[2] == "*"
            && Some(fields[4].to_owned()) != newest
    })
}

#[test]
fn enums_list_the_codes_of_their_pages_then_those_of_their_history() {
    let expanded = expanded();
    assert_eq!(expanded.len(), tencent_errors::SERVICES.len());
    let public_zh = public_table(&format!("{DATA}/zh/cvm.md"), "### 公共错误码");
    let public_en = public_table(&format!("{DATA}/en/cvm.md"), "### Common Error Codes");
    assert_eq!(public_zh.len(), 38);
    assert_eq!(public_en, public_zh);
    let (mut with_english, mut with_retired) = (0, 0);
    for service in expanded {
        let name = service.service;
        // Current: the Chinese page's codes in page order, then the English page's others.
        let zh = page_codes(&format!("{DATA}/zh/{name}.md"));
        let en = page_codes(&format!("{DATA}/en/{name}.md"));
        let mut expected: Vec<String> = zh.clone();
        for code in &en {
            if !expected.contains(code) {
                expected.push(code.clone());
            }
        }
        // The line scan keeps a trailing dot that the page reader drops (cpdp's
        // `MissingParameter.`): compare without it.
        let strip = |code: &str| code.strip_suffix('.').unwrap_or(code).to_owned();
        let mut unique: Vec<String> = Vec::new();
        for code in expected.iter().map(|c| strip(c)) {
            if !unique.contains(&code) {
                unique.push(code);
            }
        }
        assert_eq!(service.current, unique, "{name}: current codes");
        with_english += usize::from(!en.is_empty());

        // Retired: history rows not on a current page, whose last version is not the newest.
        let (rows, newest) = history(name);
        let listed: BTreeSet<String> = unique.iter().cloned().collect();
        let mut retired: BTreeSet<String> = rows
            .iter()
            .filter(|(site, _, last)| newest.iter().any(|(s, v)| s == site && v != last))
            .map(|(_, code, _)| strip(code))
            .filter(|code| !listed.contains(code))
            .collect();
        // A service a site no longer publishes keeps the public table its page had.
        for (site, public) in [("zh", &public_zh), ("en", &public_en)] {
            let page_gone = !std::path::Path::new(&format!("{DATA}/{site}/{name}.md")).exists();
            if page_gone && service_retired_on(name, site) {
                retired.extend(
                    public
                        .iter()
                        .filter(|code| !listed.contains(*code))
                        .cloned(),
                );
            }
        }
        let got: BTreeSet<String> = service.retired.iter().map(|(c, _)| c.to_string()).collect();
        assert_eq!(got, retired, "{name}: retired codes");
        assert!(service.retired.iter().all(|(_, since)| since.is_some()));
        assert_eq!(
            service.all.len(),
            service.current.len() + retired.len(),
            "{name}"
        );
        assert_eq!(&service.all[..service.current.len()], &service.current[..]);
        with_retired += usize::from(!retired.is_empty());
        if service.retired_service {
            assert!(
                service.current.is_empty(),
                "{name}: a retired service has no page"
            );
        }
    }
    assert!(
        with_english >= 142,
        "{with_english} services with an English page"
    );
    // 60 in the data of 2026-12: the 29 zh-only services no longer published, and 31 that
    // still are but dropped codes neither site lists any more.
    assert!(
        with_retired >= 50,
        "{with_retired} services with retired codes"
    );
}

#[test]
fn bundled_chinese_pages_are_the_shared_current_pages() {
    // The repository keeps its own copies; when ../shared is present, they must match it.
    let compared = common::assert_copies_of_shared("current", "codegen/data/zh");
    assert!(
        compared == 0 || compared == 262,
        "{compared} pages compared"
    );
}

#[test]
fn retired_codes_and_services_stay_deprecated_variants() {
    tencent_errors!("mgobe");
    tencent_errors!("cdn");
    // In tencentcloud-sdk-python 3.0.1200, on neither site's page today.
    #[allow(deprecated)]
    let retired = CdnError::InternalErrorScdnUserNoPackage;
    assert!(retired.is_retired());
    assert!(retired.is_known());
    assert_eq!(
        retired.retired_since(),
        Some("tencentcloud-sdk-python 3.1.195")
    );
    assert_eq!(
        CdnError::from_code("InternalError.ScdnUserNoPackage"),
        retired
    );
    assert!(
        retired.description().is_some(),
        "the text as last published"
    );
    assert!(!CdnError::CURRENT.contains(&retired));
    assert!(CdnError::ALL.contains(&retired));
    assert!(MgobeError::CURRENT.is_empty());
    assert!(!MgobeError::ALL.is_empty());
    assert!(MgobeError::ALL.iter().all(MgobeError::is_retired));
}

#[test]
fn a_code_one_site_dropped_stays_current_while_the_other_publishes_it() {
    // 3.1.195 dropped it from the Chinese package; the international one still lists it.
    use all::cvm::CvmError;
    let error = CvmError::UnsupportedOperationReservedInstanceOutofQuata;
    assert!(!error.is_retired());
    assert!(CvmError::CURRENT.contains(&error));
    let history = std::fs::read_to_string(format!("{DATA}/history.tsv")).expect("history.tsv");
    let zh = history
        .lines()
        .find(|line| line.starts_with("zh\tcvm\tUnsupportedOperation.ReservedInstanceOutofQuata\t"))
        .and_then(|line| line.split('\t').nth(5))
        .expect("a retired Chinese row");
    assert_eq!(error.description_in(Language::Chinese), Some(zh));
    assert!(error.description_in(Language::English).is_some());
}

#[test]
fn english_descriptions_are_the_international_pages_text() {
    tencent_errors!("cvm");
    let en_page = std::fs::read_to_string(format!("{DATA}/en/cvm.md")).expect("en/cvm.md");
    let zh_page = std::fs::read_to_string(format!("{DATA}/zh/cvm.md")).expect("zh/cvm.md");
    let mut checked = 0;
    for code in [
        "InvalidInstanceId.NotFound",
        "InvalidParameterValue.Range",
        "AuthFailure.SignatureExpire",
    ] {
        let en = common::description_by_line_scan(&en_page, code).expect("on the English page");
        let zh = common::description_by_line_scan(&zh_page, code).expect("on the Chinese page");
        let error = CvmError::from_code(code);
        assert_eq!(
            error.description_in(Language::English),
            Some(en.as_str()),
            "{code}"
        );
        assert_eq!(
            error.description_in(Language::Chinese),
            Some(zh.as_str()),
            "{code}"
        );
        assert_eq!(
            error.description(),
            Some(zh.as_str()),
            "Chinese first by default"
        );
        checked += 1;
    }
    assert_eq!(checked, 3);

    mod english {
        tencent_errors::tencent_errors!("cvm", lang = "en");
    }
    let error = english::CvmError::InvalidInstanceIdNotFound;
    assert_eq!(error.description(), error.description_in(Language::English));
    assert!(error
        .to_string()
        .starts_with("InvalidInstanceId.NotFound: "));
    assert_eq!(
        error.to_string(),
        format!(
            "InvalidInstanceId.NotFound: {}",
            error.description().expect("text")
        )
    );
}

#[test]
fn services_only_the_international_site_publishes_expand_bare() {
    tencent_errors!("mdl");
    let page = std::fs::read_to_string(format!("{DATA}/en/mdl.md")).expect("en/mdl.md");
    assert!(!std::path::Path::new(&format!("{DATA}/zh/mdl.md")).exists());
    assert_eq!(
        MdlError::CURRENT
            .iter()
            .map(|e| e.code())
            .collect::<Vec<_>>(),
        common::codes_by_line_scan(&page)
    );
    for error in MdlError::ALL {
        assert_eq!(&MdlError::from_code(error.code()), error);
        assert_eq!(error.description(), error.description_in(Language::English));
    }
}

#[test]
fn cvm_colliding_pair_both_round_trip_with_documented_names() {
    use all::cvm::CvmError;
    let a = CvmError::from_code("InvalidParameter.ValueTooLarge");
    let b = CvmError::from_code("InvalidParameterValue.TooLarge");
    assert_eq!(a, CvmError::InvalidParameter_ValueTooLarge);
    assert_eq!(b, CvmError::InvalidParameterValue_TooLarge);
    assert_ne!(a, b);
    assert_eq!(a.code(), "InvalidParameter.ValueTooLarge");
    assert_eq!(b.code(), "InvalidParameterValue.TooLarge");
}

#[test]
fn service_descriptions_win_over_public_ones() {
    // cpdp lists `MissingParameter` publicly and `MissingParameter.` (read as the same code)
    // for the service, with another text: the service's wins.
    let page = std::fs::read_to_string(format!("{DATA}/zh/cpdp.md")).expect("zh/cpdp.md");
    let expected = common::description_by_line_scan(&page, "MissingParameter.").expect("listed");
    assert_eq!(
        all::cpdp::CpdpError::MissingParameter.description_in(Language::Chinese),
        Some(expected.as_str())
    );
}

#[test]
fn unknown_codes_are_kept_verbatim() {
    use all::cvm::CvmError;
    for code in [
        "Brand.New.Code",
        "",
        "invalidinstanceid.notfound",
        "InvalidInstanceId.NotFound ",
        "错误",
    ] {
        let error = CvmError::from_code(code);
        assert_eq!(error, CvmError::Unknown(code.to_owned()));
        assert_eq!(error.code(), code);
        assert!(!error.is_known());
        assert!(!error.is_retired());
        assert_eq!(error.description(), None);
        assert_eq!(error.to_string(), code);
        assert!(matches!(error.clone(), CvmError::Unknown(kept) if kept == code));
    }
    // `Debug` is generated, not derived, and prints what the derive would.
    assert_eq!(
        format!("{:?}", CvmError::InvalidInstanceIdNotFound),
        "InvalidInstanceIdNotFound"
    );
    assert_eq!(
        format!("{:?}", CvmError::Unknown("A.B".into())),
        "Unknown(\"A.B\")"
    );
    assert_eq!(
        format!("{:#?}", CvmError::Unknown("A.B".into())),
        "Unknown(\n    \"A.B\",\n)"
    );
    assert_eq!(
        CvmError::from_code("RequestLimitExceeded.Brand").retry_class(),
        RetryClass::Throttling
    );
    assert_eq!(
        CvmError::from_code("AuthFailure.Brand").category(),
        Category::AuthFailure
    );
    // An `Unknown` built by hand equals the listed variant with the same code.
    assert_eq!(
        CvmError::Unknown("FailedOperation".into()),
        CvmError::FailedOperation
    );
}

#[test]
fn display_from_str_and_hash_agree_with_the_code() {
    use all::cvm::CvmError;
    use std::collections::HashSet;
    let error: CvmError = "InvalidInstanceId.NotFound".parse().expect("infallible");
    assert_eq!(error, CvmError::InvalidInstanceIdNotFound);
    assert_eq!(
        error.to_string(),
        format!(
            "InvalidInstanceId.NotFound: {}",
            error.description().expect("described")
        )
    );
    let set: HashSet<CvmError> = [
        error.clone(),
        CvmError::Unknown("InvalidInstanceId.NotFound".into()),
    ]
    .into_iter()
    .collect();
    assert_eq!(set.len(), 1);
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(boxed
        .to_string()
        .starts_with("InvalidInstanceId.NotFound: "));
}

#[test]
fn several_services_share_one_module() {
    tencent_errors!("sts");
    tencent_errors!("es");
    assert_eq!(StsError::SERVICE, "sts");
    assert_eq!(EsError::SERVICE, "es");
    assert_eq!(StsError::ALL.len(), all::sts::StsError::ALL.len());
}

#[test]
fn without_retired_codes_the_enum_has_only_current_ones() {
    mod current_only {
        tencent_errors::tencent_errors!("cvm", retired = false);
    }
    use current_only::CvmError;
    assert_eq!(CvmError::ALL.len(), CvmError::CURRENT.len());
    assert_eq!(CvmError::ALL.len(), all::cvm::CvmError::CURRENT.len());
    let code = "UnsupportedOperation.ReservedInstanceOutofQuata";
    assert_eq!(
        CvmError::from_code(code),
        CvmError::Unknown(code.to_owned())
    );
}
