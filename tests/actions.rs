//! Per-action enums (`actions = *`) of cvm, vpc, dc, ga2 and cpdp, and one waf action: each
//! enum's `ALL` against its section of the bundled action page, read here by a plain line scan
//! (not the codegen's reader), conversions to and from the service enum, `common()`, and
//! decoding with a per-action enum.

use tencent_errors::{CommonError, ServiceError};

mod cvm {
    tencent_errors::tencent_errors!("cvm", actions = *);
}
mod vpc {
    tencent_errors::tencent_errors!("vpc", actions = *);
}
mod dc {
    tencent_errors::tencent_errors!("dc", actions = *);
}
mod ga2 {
    tencent_errors::tencent_errors!("ga2", actions = *);
}
mod cpdp {
    tencent_errors::tencent_errors!("cpdp", actions = *);
}
mod quirks {
    // A page of this crate: a retired code, a code three times (once with a trailing `.`), a
    // code the mps page does not list, one whose name an mps variant has, and an empty section.
    tencent_errors::tencent_errors!(
        "mps",
        actions = *,
        actions_path = "tests/actions/mps-quirks.md",
        actions_mod = ops,
    );
}

/// `(action, ACTION, codes of CURRENT)` of every enum of a module, in the order of `$enum`s,
/// after checking each enum's history (see [`check_history`]). Retired actions' enums are
/// deprecated: naming them here is on purpose.
macro_rules! enums {
    ($name:ident, $module:path, [$($enum:ident),* $(,)?]) => {
        #[allow(deprecated)]
        pub(crate) fn $name() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
            use $module as module;
            vec![$((
                stringify!($enum),
                module::$enum::ACTION,
                crate::check_history(
                    module::$enum::ALL,
                    module::$enum::CURRENT,
                    |e: &module::$enum| (e.is_retired(), e.retired_since()),
                ),
            ),)*]
        }
    };
}

/// What holds for every per-action enum, with or without history: `CURRENT` is a prefix of
/// `ALL`, every variant after it is retired (with a release), every variant round-trips
/// through `from_code` and is known; `Other` is never retired. Returns the codes of `CURRENT`.
fn check_history<E>(
    all: &'static [E],
    current: &'static [E],
    retired: impl Fn(&E) -> (bool, Option<&'static str>),
) -> Vec<&'static str>
where
    E: ServiceError + PartialEq + std::fmt::Debug,
{
    assert!(current.len() <= all.len());
    assert_eq!(&all[..current.len()], current, "CURRENT is a prefix of ALL");
    for (at, error) in all.iter().enumerate() {
        let (is_retired, since) = retired(error);
        assert_eq!(is_retired, since.is_some(), "{error:?}");
        if at >= current.len() {
            assert!(is_retired, "{error:?} is after CURRENT: retired");
        }
        assert!(error.is_known(), "{error:?}");
        assert_eq!(&E::from_code(error.code()), error, "{error:?} round-trips");
    }
    let other = E::from_code("No.Such.Code.Anywhere");
    assert!(!other.is_known());
    assert_eq!(retired(&other), (false, None));
    current.iter().map(|e| e.code()).collect()
}

// The enum names, one list per service: the test checks them against the page's headings
// (rewrite with `TENCENT_ERRORS_BLESS=1 cargo test --test actions` after a data refresh).
#[path = "actions/enums.rs"]
mod enums;

/// The actions of a service by a line scan: the sections of its action page, then the retired
/// actions of `action-history.tsv` in byte order (`actions = *` includes them), each with its
/// codes `(action, codes)`, each code once, with one trailing `.` dropped as the page reader does.
fn sections_by_line_scan(service: &str) -> Vec<(String, Vec<String>)> {
    let data = format!("{}/codegen/data", env!("CARGO_MANIFEST_DIR"));
    let page = std::fs::read_to_string(format!("{data}/actions/{service}.md"))
        .expect("the bundled action page");
    let mut sections = page_sections(&page);
    // The newest Go release: the last `actions` row of sources.tsv.
    let sources = std::fs::read_to_string(format!("{data}/sources.tsv")).expect("sources.tsv");
    let newest = sources
        .lines()
        .rev()
        .find_map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            (cells.get(2) == Some(&"actions")).then(|| cells[1].to_owned())
        })
        .expect("a Go release");
    let history =
        std::fs::read_to_string(format!("{data}/action-history.tsv")).expect("the history");
    let rows: Vec<Vec<&str>> = history
        .lines()
        .skip(1)
        .map(|line| line.split('\t').collect::<Vec<&str>>())
        .filter(|cells| cells[0] == service)
        .collect();
    // A retired action lists nothing today: its `CURRENT` is empty (every code it last listed
    // is retired with it, after `CURRENT`; `bundled_retired_actions_and_codes_round_trip`
    // checks those).
    for whole in rows
        .iter()
        .filter(|cells| cells[2] == "*" && cells[4] != newest)
    {
        sections.push((whole[1].to_owned(), Vec::new()));
    }
    sections
}

/// The sections of an action page by a line scan.
fn page_sections(page: &str) -> Vec<(String, Vec<String>)> {
    let mut sections: Vec<(String, Vec<String>)> = Vec::new();
    for line in page.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            sections.push((name.trim().to_owned(), Vec::new()));
            continue;
        }
        let line = line.trim();
        let Some((_, codes)) = sections.last_mut() else {
            continue;
        };
        if !line.starts_with('|') || line.starts_with("|-") || line.starts_with("| 错误码") {
            continue;
        }
        let cell = line
            .trim_start_matches('|')
            .split('|')
            .next()
            .unwrap_or("")
            .trim();
        let code = cell.strip_suffix('.').unwrap_or(cell).to_owned();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    sections
}

fn check_service(
    service: &str,
    list: &str,
    enums: Vec<(&'static str, &'static str, Vec<&'static str>)>,
) {
    let sections = sections_by_line_scan(service);
    let expected_names: Vec<String> = sections.iter().map(|(n, _)| format!("{n}Error")).collect();
    let names: Vec<&str> = enums.iter().map(|(name, _, _)| *name).collect();
    if names != expected_names {
        if std::env::var_os("TENCENT_ERRORS_BLESS").is_some() {
            bless(service, list, &expected_names);
            return;
        }
        panic!(
            "tests/actions/enums.rs is out of date for {service}: run with TENCENT_ERRORS_BLESS=1"
        );
    }
    for ((enum_name, action, codes), (section, expected)) in enums.iter().zip(&sections) {
        assert_eq!(action, section, "{enum_name}::ACTION");
        assert_eq!(codes, expected, "{service} {enum_name}::CURRENT");
    }
}

/// Rewrites the list of `service` in `tests/actions/enums.rs`.
fn bless(service: &str, list: &str, names: &[String]) {
    let path = format!("{}/tests/actions/enums.rs", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut kept: Vec<String> = text
        .split("\nenums!(")
        .skip(1)
        .filter(|entry| !entry.trim_start().starts_with(&format!("{list},")))
        .map(|entry| format!("enums!({}", entry.trim_end()))
        .collect();
    kept.push(format!(
        "enums!({list}, crate::{service}::{service}_actions, [\n    {},\n]);",
        names.join(",\n    ")
    ));
    kept.sort();
    let header = "//! The per-action enum names of each service, checked against the action pages' \
                  headings by `tests/actions.rs`; rewritten by it under `TENCENT_ERRORS_BLESS=1`.\n";
    std::fs::write(&path, format!("{header}\n{}\n", kept.join("\n\n"))).expect("write enums.rs");
}

#[test]
fn every_enum_lists_exactly_its_sections_codes() {
    check_service("cvm", "cvm_enums", enums::cvm_enums());
    check_service("vpc", "vpc_enums", enums::vpc_enums());
    check_service("dc", "dc_enums", enums::dc_enums());
    check_service("ga2", "ga2_enums", enums::ga2_enums());
    check_service("cpdp", "cpdp_enums", enums::cpdp_enums());
}

#[test]
fn conversions_keep_the_code() {
    use cvm::cvm_actions::RunInstancesError;
    use cvm::CvmError;
    let listed = RunInstancesError::from_code("InvalidZone.MismatchRegion");
    assert_eq!(listed, RunInstancesError::InvalidZoneMismatchRegion);
    assert!(listed.is_known());
    assert_eq!(
        CvmError::from(listed.clone()),
        CvmError::InvalidZoneMismatchRegion
    );
    assert_eq!(
        RunInstancesError::from(CvmError::InvalidZoneMismatchRegion),
        listed
    );
    // A code of the service that the action does not list, a public code, an unlisted code.
    for code in [
        "InvalidKeyPairId.NotFound",
        "RequestLimitExceeded",
        "Brand.New",
    ] {
        let error = RunInstancesError::from_code(code);
        assert!(matches!(error, RunInstancesError::Other(_)), "{code}");
        assert!(!error.is_known());
        assert_eq!(error.code(), code);
        assert_eq!(CvmError::from(error.clone()), CvmError::from_code(code));
        assert_eq!(CvmError::from(error).code(), code);
    }
    // Every listed code of every cvm action, both ways.
    for (_, _, codes) in enums::cvm_enums() {
        for code in codes {
            let service = CvmError::from_code(code);
            assert!(service.is_known(), "{code}");
            let back: CvmError = RunInstancesError::from(service.clone()).into();
            assert_eq!(back, service);
        }
    }
    assert_eq!(RunInstancesError::SERVICE, "cvm");
    assert_eq!(RunInstancesError::ACTION, "RunInstances");
    assert_eq!(
        listed_description(),
        CvmError::InvalidZoneMismatchRegion.description()
    );
    assert_eq!(
        "InvalidZone.MismatchRegion".parse::<RunInstancesError>(),
        Ok(RunInstancesError::InvalidZoneMismatchRegion)
    );
    assert_eq!(
        RunInstancesError::InvalidZoneMismatchRegion.to_string(),
        CvmError::InvalidZoneMismatchRegion.to_string()
    );
    // Equal and hashed by code: a hand-built `Other` of a listed code is that code.
    let hand_built = RunInstancesError::Other(CvmError::InvalidZoneMismatchRegion);
    assert_eq!(hand_built, RunInstancesError::InvalidZoneMismatchRegion);
    let set: std::collections::HashSet<_> = [hand_built, listed].into_iter().collect();
    assert_eq!(set.len(), 1);
}

fn listed_description() -> Option<&'static str> {
    cvm::cvm_actions::RunInstancesError::InvalidZoneMismatchRegion.description()
}

#[test]
fn codes_the_service_page_does_not_list_get_variants_of_their_own() {
    use ga2::ga2_actions::CreateListenerError;
    use ga2::Ga2Error;
    let code = "InvalidParameter.ClientAffinityCLose";
    assert!(!Ga2Error::from_code(code).is_known(), "not on the ga2 page");
    let error = CreateListenerError::from_code(code);
    assert!(error.is_known(), "the action lists it");
    assert_eq!(
        error,
        CreateListenerError::InvalidParameterClientAffinityCLose
    );
    assert_eq!(error.code(), code);
    assert!(
        error.description().is_some(),
        "the action page describes it"
    );
    let service = Ga2Error::from(error.clone());
    assert_eq!(service, Ga2Error::Unknown(code.to_owned()));
    assert_eq!(CreateListenerError::from(service), error);
    assert_eq!(error.category(), tencent_errors::Category::InvalidParameter);
}

#[test]
fn trailing_dots_repeats_empty_sections_and_retired_codes() {
    use cpdp::cpdp_actions::{AddContractError, SyncContractDataError};
    // `MissingParameter` and `MissingParameter.` (read as `MissingParameter`): one variant.
    let missing = SyncContractDataError::ALL
        .iter()
        .filter(|e| e.code() == "MissingParameter")
        .count();
    assert_eq!(missing, 1);
    assert_eq!(
        SyncContractDataError::from_code("MissingParameter"),
        SyncContractDataError::MissingParameter
    );
    // The dotted string is not a listed code: kept verbatim in `Other`.
    let dotted = SyncContractDataError::from_code("MissingParameter.");
    assert!(!dotted.is_known());
    assert_eq!(dotted.code(), "MissingParameter.");
    // An action that lists nothing.
    assert!(AddContractError::ALL.is_empty());
    assert!(!AddContractError::from_code("MissingParameter").is_known());
}

#[test]
fn a_page_of_the_crate_with_every_quirk() {
    use quirks::ops::{DescribeNothingError, ProcessMediaError as ProcessMedia};
    use quirks::MpsError;
    let codes: Vec<&str> = ProcessMedia::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [
            "InvalidParameterValue.AACDurationDeviation",
            "InvalidParameterValue.AsrHotWordsSwitch",
            "Brand.NewCode",
            "InvalidParameterValueAsrHotWords.Switch",
        ]
    );
    // A listed code the service enum has as retired: the variant is deprecated too, and
    // retired since the same release; the action still lists it, so it is in `CURRENT`.
    #[allow(deprecated)]
    let retired = ProcessMedia::InvalidParameterValueAACDurationDeviation;
    assert_eq!(
        ProcessMedia::from_code("InvalidParameterValue.AACDurationDeviation"),
        retired
    );
    assert!(retired.is_retired());
    assert!(MpsError::from(retired.clone()).is_retired());
    assert_eq!(
        retired.retired_since(),
        MpsError::from(retired).retired_since()
    );
    assert_eq!(ProcessMedia::CURRENT, ProcessMedia::ALL);
    assert!(!ProcessMedia::BrandNewCode.is_retired());
    // Not on the mps page: a variant of its own, `Unknown` as an `MpsError`.
    let new = ProcessMedia::from_code("Brand.NewCode");
    assert_eq!(new, ProcessMedia::BrandNewCode);
    assert_eq!(new.description(), Some("服务页面没有的错误码。"));
    assert_eq!(
        MpsError::from(new),
        MpsError::Unknown("Brand.NewCode".to_owned())
    );
    // Its base name is an mps variant's: the segmented one.
    assert_eq!(
        ProcessMedia::from_code("InvalidParameterValueAsrHotWords.Switch"),
        ProcessMedia::InvalidParameterValueAsrHotWords_Switch
    );
    assert!(DescribeNothingError::ALL.is_empty());
    assert_eq!(DescribeNothingError::ACTION, "DescribeNothing");
}

#[test]
fn common_codes_are_typed_for_every_enum() {
    use cvm::cvm_actions::RunInstancesError;
    use cvm::CvmError;
    let code = "AuthFailure.SignatureExpire";
    let expected = Some(CommonError::AuthFailureSignatureExpire);
    assert_eq!(CvmError::from_code(code).common(), expected);
    assert_eq!(RunInstancesError::from_code(code).common(), expected);
    assert_eq!(vpc::VpcError::from_code(code).common(), expected);
    fn generic<E: ServiceError>(error: &E) -> Option<CommonError> {
        error.common()
    }
    assert_eq!(generic(&dc::DcError::from_code(code)), expected);
    assert_eq!(generic(&RunInstancesError::from_code(code)), expected);
    assert_eq!(CvmError::InvalidZoneMismatchRegion.common(), None);
    assert_eq!(CommonError::of(code), expected);
    assert_eq!(CommonError::of("InvalidZone.MismatchRegion"), None);
    for common in CommonError::ALL {
        assert_eq!(CommonError::of(common.code()).as_ref(), Some(common));
        assert_eq!(
            CvmError::from_code(common.code()).common().as_ref(),
            Some(common)
        );
    }
}

#[cfg(feature = "decode")]
#[test]
fn decode_with_a_per_action_enum() {
    use cvm::cvm_actions::RunInstancesError;
    let body = br#"{"Response": {"Error": {"Code": "InvalidZone.MismatchRegion",
        "Message": "zone"}, "RequestId": "r-1"}}"#;
    match tencent_errors::decode::<serde_json::Value, RunInstancesError>(body) {
        Err(tencent_errors::ResponseError::Api(e)) => {
            assert_eq!(e.code, RunInstancesError::InvalidZoneMismatchRegion)
        }
        other => panic!("{other:?}"),
    }
    let throttled = br#"{"Response": {"Error": {"Code": "RequestLimitExceeded",
        "Message": "slow down"}, "RequestId": "r-2"}}"#;
    match tencent_errors::decode::<serde_json::Value, RunInstancesError>(throttled) {
        Err(tencent_errors::ResponseError::Api(e)) => {
            assert_eq!(e.code.common(), Some(CommonError::RequestLimitExceeded));
            assert_eq!(e.code.retry_class(), tencent_errors::RetryClass::Throttling);
        }
        other => panic!("{other:?}"),
    }
}

#[cfg(feature = "serde")]
#[test]
fn serde_writes_the_code() {
    use cvm::cvm_actions::RunInstancesError;
    let json = serde_json::to_string(&RunInstancesError::InvalidZoneMismatchRegion).expect("ser");
    assert_eq!(json, "\"InvalidZone.MismatchRegion\"");
    let back: RunInstancesError = serde_json::from_str("\"Brand.New\"").expect("de");
    assert_eq!(back.code(), "Brand.New");
}

mod retired {
    // What the macro generates for a retired action and a retired code of a small fixture
    // service (generated by tencent-errors-codegen), which pins the whole expansion; the bundled
    // data's own per-action history is exercised by `mod bundled_retired` below.
    // Naming them is deprecated: allowed here, denied in `tests/ui/fail/actions_retired_deny.rs`.
    // Unlike the macro's output, included text is linted for unused items.
    #![allow(deprecated, dead_code)]
    include!("ui/retired/expansion.rs");
}

mod bundled_retired {
    //! The bundled data's own per-action history (tencentcloud-sdk-go v1.0.1000, then v1.3.166):
    //! cvm's reserved-instance actions are gone from 1.3.166, tke's `DescribeAddon` no longer
    //! lists `ResourceUnavailable`. They compile under `allow(deprecated)`; naming them under
    //! `deny(deprecated)` is `tests/ui/fail/actions_bundled_retired_deny.rs`.
    #![allow(deprecated)]
    pub mod cvm {
        tencent_errors::tencent_errors!("cvm", actions = [DescribeReservedInstances, RunInstances]);
    }
    pub mod tke {
        tencent_errors::tencent_errors!("tke", actions = [DescribeAddon]);
    }
    pub mod tke_current {
        tencent_errors::tencent_errors!("tke", actions = [DescribeAddon], retired = false);
    }
}

#[test]
#[allow(deprecated)]
fn bundled_retired_actions_and_codes_round_trip() {
    use bundled_retired::cvm::cvm_actions::{DescribeReservedInstancesError, RunInstancesError};
    use bundled_retired::cvm::CvmError;
    use bundled_retired::tke::tke_actions::DescribeAddonError;
    let since = Some("tencentcloud-sdk-go 1.3.166");
    // A retired action: every code it listed, known, retired since the release without it.
    assert!(DescribeReservedInstancesError::CURRENT.is_empty());
    assert!(!DescribeReservedInstancesError::ALL.is_empty());
    for error in DescribeReservedInstancesError::ALL {
        assert!(error.is_known() && error.is_retired(), "{error:?}");
        assert_eq!(error.retired_since(), since);
        assert_eq!(
            &DescribeReservedInstancesError::from_code(error.code()),
            error
        );
        let service = CvmError::from(error.clone());
        assert_eq!(service.code(), error.code());
        assert_eq!(&DescribeReservedInstancesError::from(service), error);
    }
    let filter = DescribeReservedInstancesError::from_code("InvalidFilter");
    assert_eq!(filter, DescribeReservedInstancesError::InvalidFilter);
    // A kept action is current.
    let current = RunInstancesError::from_code("InvalidZone.MismatchRegion");
    assert!(current.is_known() && !current.is_retired());
    // A code a kept action no longer lists: after the current ones, deprecated, round-trips.
    let gone = DescribeAddonError::from_code("ResourceUnavailable");
    assert_eq!(gone, DescribeAddonError::ResourceUnavailable);
    assert!(gone.is_known() && gone.is_retired());
    assert_eq!(gone.retired_since(), since);
    assert!(!DescribeAddonError::CURRENT.contains(&gone));
    assert!(DescribeAddonError::ALL.contains(&gone));
    // Its text is the one the action history kept (a plain scan of the file's row).
    let history = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("codegen/data/action-history.tsv"),
    )
    .expect("action-history.tsv");
    let kept = history
        .lines()
        .map(|line| line.split('\t').collect::<Vec<_>>())
        .find(|cells| cells.starts_with(&["tke", "DescribeAddon", "ResourceUnavailable"]))
        .and_then(|cells| cells.get(5).map(|text| (*text).to_owned()))
        .expect("the history's row");
    assert!(!kept.is_empty());
    assert_eq!(gone.to_string(), format!("ResourceUnavailable: {kept}"));
    assert_eq!(gone.description(), Some(kept.as_str()));
    // `retired = false` leaves the retired code out: it is `Other` there, kept verbatim.
    use bundled_retired::tke_current::tke_actions::DescribeAddonError as Current;
    let other = Current::from_code("ResourceUnavailable");
    assert!(!other.is_known());
    assert_eq!(other.code(), "ResourceUnavailable");
    assert_eq!(Current::ALL.len(), Current::CURRENT.len());
}

#[test]
#[allow(deprecated)]
fn retired_actions_and_codes_round_trip_and_say_since_when() {
    use retired::demo::demo_actions::{DescribeOldError, RunInstancesError};
    use retired::demo::DemoError;
    let since = Some("tencentcloud-sdk-go 1.3.166");
    // A code the action no longer lists: after the current ones, known, retired, round-trips.
    let gone = RunInstancesError::from_code("Gone.Code");
    assert_eq!(gone, RunInstancesError::GoneCode);
    assert!(gone.is_known() && gone.is_retired());
    assert_eq!(gone.retired_since(), since);
    assert_eq!(DemoError::from(gone.clone()), DemoError::GoneCode);
    assert_eq!(RunInstancesError::from(DemoError::GoneCode), gone);
    assert_eq!(RunInstancesError::ALL.last(), Some(&gone));
    assert_eq!(
        RunInstancesError::CURRENT.len(),
        RunInstancesError::ALL.len() - 1
    );
    assert!(!RunInstancesError::CURRENT.contains(&gone));
    let current = RunInstancesError::from_code("InvalidZone.MismatchRegion");
    assert!(!current.is_retired());
    assert_eq!(current.retired_since(), None);
    // A retired action: every code is retired with it; `Other` is not.
    let old = DescribeOldError::from_code("ResourceNotFound");
    assert_eq!(old, DescribeOldError::ResourceNotFound);
    assert_eq!(old.retired_since(), since);
    assert!(DescribeOldError::CURRENT.is_empty());
    assert_eq!(DescribeOldError::ALL, [DescribeOldError::ResourceNotFound]);
    assert_eq!(DemoError::from(old), DemoError::ResourceNotFound);
    let other = DescribeOldError::from_code("InvalidZone.MismatchRegion");
    assert!(!other.is_known() && !other.is_retired());
    assert_eq!(other.code(), "InvalidZone.MismatchRegion");
    let unknown = DescribeOldError::from_code("Brand.New");
    assert_eq!(
        DemoError::from(unknown),
        DemoError::Unknown("Brand.New".to_owned())
    );
}
