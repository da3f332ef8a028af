//! The macro's options: `path`, `name`, `vis`, `rename` and `data`.

mod defaults {
    tencent_errors::tencent_errors!("billing", path = "tests/fixtures/pages/billing.md");
}

mod renamed {
    tencent_errors::tencent_errors!(
        "billing",
        path = "tests/fixtures/pages/billing.md",
        name = Billing,
        vis = pub(crate),
        rename = {
            "InvalidParameter.ValueTooLarge" = ValueTooLong,
            "InternalError" = Internal,
        },
    );
}

mod private_enum {
    tencent_errors::tencent_errors!("billing", path = "tests/fixtures/pages/billing.md", vis = ,);

    pub fn codes() -> usize {
        BillingError::ALL.len()
    }
}

/// tke from its service crate's data directory, and from the bundled data: tke has retired
/// actions and codes an action no longer lists, so the history is read from the directory too.
mod tke_from_data {
    tencent_errors::tencent_errors!("tke", data = "services/tke/data", actions = *);
}

mod tke_bundled {
    tencent_errors::tencent_errors!("tke", actions = *);
}

use tencent_errors::{Category, RetryClass};

#[test]
fn data_expands_a_data_directory_as_the_bundled_data() {
    use tke_bundled::tke_actions as bundled;
    use tke_from_data::tke_actions as from_data;
    let from_data_codes: Vec<&str> = tke_from_data::TkeError::ALL
        .iter()
        .map(|e| e.code())
        .collect();
    let bundled_codes: Vec<&str> = tke_bundled::TkeError::ALL
        .iter()
        .map(|e| e.code())
        .collect();
    assert_eq!(from_data_codes, bundled_codes);
    assert!(from_data_codes.len() > 100, "{}", from_data_codes.len());
    let retired = |all: &[tke_from_data::TkeError]| all.iter().filter(|e| e.is_retired()).count();
    assert_eq!(
        retired(tke_from_data::TkeError::ALL),
        tke_bundled::TkeError::ALL
            .iter()
            .filter(|e| e.is_retired())
            .count()
    );
    // A retired action (deprecated) and the codes of a current one, from either source.
    #[allow(deprecated)]
    let addon = (
        from_data::DescribeAddonError::ALL.len(),
        bundled::DescribeAddonError::ALL.len(),
    );
    assert_eq!(addon.0, addon.1);
    let create: Vec<&str> = from_data::CreateClusterError::ALL
        .iter()
        .map(|e| e.code())
        .collect();
    assert_eq!(
        create,
        bundled::CreateClusterError::ALL
            .iter()
            .map(|e| e.code())
            .collect::<Vec<_>>()
    );
    assert!(from_data::CreateClusterError::ALL.len() > 10);
}

#[test]
fn a_page_of_the_crate_expands_with_default_names() {
    use defaults::BillingError;
    assert_eq!(BillingError::SERVICE, "billing");
    let codes: Vec<&str> = BillingError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [
            "InternalError",
            "RequestLimitExceeded",
            "InvalidParameter.ValueTooLarge",
            "InvalidParameterValue.TooLarge",
            "FailedOperation.BalanceInsufficient"
        ]
    );
    // Listed in both tables: the service description wins, the position is the first one.
    assert_eq!(
        BillingError::InternalError.description(),
        Some("计费内部错误。")
    );
    assert_eq!(
        BillingError::InternalError.retry_class(),
        RetryClass::Transient
    );
    assert_eq!(
        BillingError::RequestLimitExceeded.retry_class(),
        RetryClass::Throttling
    );
    assert_eq!(
        BillingError::InvalidParameter_ValueTooLarge.code(),
        "InvalidParameter.ValueTooLarge"
    );
    assert_eq!(
        BillingError::InvalidParameterValue_TooLarge.category(),
        Category::InvalidParameterValue
    );
    assert_eq!(
        BillingError::FailedOperationBalanceInsufficient.description(),
        Some("余额不足，请先充值。")
    );
}

#[test]
fn name_vis_and_rename_apply() {
    use renamed::Billing;
    assert_eq!(
        Billing::from_code("InvalidParameter.ValueTooLarge"),
        Billing::ValueTooLong
    );
    assert_eq!(Billing::from_code("InternalError"), Billing::Internal);
    // The other member of the colliding pair no longer collides, so it gets its plain name.
    assert_eq!(
        Billing::from_code("InvalidParameterValue.TooLarge"),
        Billing::InvalidParameterValueTooLarge
    );
    assert_eq!(
        Billing::ValueTooLong.code(),
        "InvalidParameter.ValueTooLarge"
    );
    assert_eq!(private_enum::codes(), 5);
}

#[cfg(feature = "serde")]
#[test]
fn serde_uses_the_code_string() {
    use defaults::BillingError;
    let json =
        serde_json::to_string(&BillingError::InvalidParameterValue_TooLarge).expect("serializes");
    assert_eq!(json, r#""InvalidParameterValue.TooLarge""#);
    let back: BillingError = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, BillingError::InvalidParameterValue_TooLarge);
    let unknown: BillingError = serde_json::from_str(r#""Brand.New""#).expect("deserializes");
    assert_eq!(unknown, BillingError::Unknown("Brand.New".into()));
    assert_eq!(
        serde_json::to_string(&unknown).expect("serializes"),
        r#""Brand.New""#
    );
    let escaped: BillingError =
        serde_json::from_str(r#""Internal\u0045rror""#).expect("deserializes");
    assert_eq!(escaped, BillingError::InternalError);
    assert!(serde_json::from_str::<BillingError>("42").is_err());
}
