//! Every bundled page expands; its enum lists exactly the page's unique codes, in page order,
//! and every code round-trips.

mod common;

use tencent_errors::{tencent_errors, Category, RetryClass, ServiceError};

macro_rules! services {
    ($($module:ident => $service:literal, $name:ident;)*) => {
        $(mod $module {
            tencent_errors::tencent_errors!($service);
        })*

        /// `(service, codes of the enum, page text)` for every bundled service.
        fn all() -> Vec<(&'static str, Vec<&'static str>, &'static str)> {
            vec![$((
                $module::$name::SERVICE,
                $module::$name::ALL.iter().map(|e| e.code()).collect(),
                include_str!(concat!("../codegen/pages/", $service, ".md")),
            )),*]
        }

        #[test]
        fn every_code_round_trips_through_from_code() {
            $(for error in $module::$name::ALL {
                let decoded = $module::$name::from_code(error.code());
                assert_eq!(&decoded, error);
                // Equality is by code, so compare the variants themselves (`Clone` is generated).
                assert_eq!(format!("{:?}", error.clone()), format!("{error:?}"));
                assert_eq!(format!("{decoded:?}"), format!("{error:?}"));
                assert_eq!(decoded.code(), error.code());
                assert!(decoded.is_known());
                assert_eq!(decoded.category(), Category::of(error.code()));
                assert_eq!(decoded.retry_class(), RetryClass::of(error.code()));
                assert_eq!(<$module::$name as ServiceError>::service(&decoded), $service);
            })*
        }
    };
}

services! {
    as_ => "as", AsError;
    cam => "cam", CamError;
    cbs => "cbs", CbsError;
    cdb => "cdb", CdbError;
    ckafka => "ckafka", CkafkaError;
    clb => "clb", ClbError;
    cls => "cls", ClsError;
    cvm => "cvm", CvmError;
    dc => "dc", DcError;
    dnspod => "dnspod", DnspodError;
    es => "es", EsError;
    gaap => "gaap", GaapError;
    lighthouse => "lighthouse", LighthouseError;
    mongodb => "mongodb", MongodbError;
    monitor => "monitor", MonitorError;
    mps => "mps", MpsError;
    postgres => "postgres", PostgresError;
    redis => "redis", RedisError;
    scf => "scf", ScfError;
    ssl => "ssl", SslError;
    sts => "sts", StsError;
    tat => "tat", TatError;
    tcr => "tcr", TcrError;
    tke => "tke", TkeError;
    vpc => "vpc", VpcError;
}

#[test]
fn enums_list_exactly_the_unique_codes_of_their_page_in_page_order() {
    let all = all();
    assert_eq!(all.len(), 25);
    for (service, codes, page) in all {
        let expected = common::codes_by_line_scan(page);
        assert!(!expected.is_empty(), "{service}");
        assert_eq!(codes, expected, "{service}");
    }
}

#[test]
fn bundled_pages_are_the_shared_current_pages() {
    // The repository keeps its own copies; when ../shared is present, they must match it.
    let compared = common::assert_copies_of_shared("current", "codegen/pages");
    assert!(compared == 0 || compared == 25, "{compared} pages compared");
}

#[test]
fn cvm_colliding_pair_both_round_trip_with_documented_names() {
    use cvm::CvmError;
    let a = CvmError::from_code("InvalidParameter.ValueTooLarge");
    let b = CvmError::from_code("InvalidParameterValue.TooLarge");
    assert_eq!(a, CvmError::InvalidParameter_ValueTooLarge);
    assert_eq!(b, CvmError::InvalidParameterValue_TooLarge);
    assert_ne!(a, b);
    assert_eq!(a.code(), "InvalidParameter.ValueTooLarge");
    assert_eq!(b.code(), "InvalidParameterValue.TooLarge");
    assert_eq!(a.description(), Some("参数长度超过限制。"));
    assert_eq!(b.description(), Some("参数值超过最大限制。"));
}

#[test]
fn service_descriptions_win_over_public_ones() {
    // dc lists `FailedOperation` in both tables: "操作失败。" publicly, "操作失败" for the service.
    let page = include_str!("../codegen/pages/dc.md");
    let expected = common::description_by_line_scan(page, "FailedOperation").expect("listed");
    assert_eq!(
        dc::DcError::FailedOperation.description(),
        Some(expected.as_str())
    );
}

#[test]
fn unknown_codes_are_kept_verbatim() {
    use cvm::CvmError;
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
    use cvm::CvmError;
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
    assert_eq!(StsError::ALL.len(), sts::StsError::ALL.len());
}
