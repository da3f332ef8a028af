//! Tencent's API reference pages as per-action input (issue 21): `actions_path` naming a
//! directory of them (one action per file, file names as Tencent has them), or one of them.
//! Each enum's `ALL` is its page's section 4, read here by a plain line scan of the file, not
//! by the codegen's reader.

use tencent_errors::{Language, ServiceError};

mod cvm {
    // Chinese pages, every action of the directory.
    tencent_errors::tencent_errors!("cvm", actions = *, actions_path = "tests/fixtures/api/cvm-zh");
}

mod vpc {
    // English pages, the actions named.
    tencent_errors::tencent_errors!(
        "vpc",
        actions = [CreateVpc, AllocateAddresses, CreateSubnet],
        actions_path = "tests/fixtures/api/vpc-en/"
    );
}

mod english_page {
    // The dc seed page as the service page: most codes of the English `CreateVpc` page are not
    // on it, so their descriptions are the API page's, in English.
    tencent_errors::tencent_errors!(
        "vpc",
        path = "tests/fixtures/seeds/dc.md",
        actions = [CreateVpc],
        actions_path = "tests/fixtures/api/vpc-en/创建VPC_intl.md"
    );
}

mod one_page {
    // One page of the directory on its own.
    tencent_errors::tencent_errors!(
        "cvm",
        actions = [TerminateInstances],
        actions_path = "tests/fixtures/api/cvm-zh/退还实例.md",
        actions_mod = terminate
    );
}

// Tencent's pages as Tencent writes them (issue 25): an empty error-code section
// (DescribeZones, DescribeRegions), a description naming another action than the `Action` row
// (DescribeImageSharePermission, ResetInstancesPassword, CreateVpnGateway), a code cut by a
// stray space (CreateKeyPair, ImportKeyPair).
mod quirks_zh {
    tencent_errors::tencent_errors!("cvm", actions = *, actions_path = "tests/fixtures/api/cvm-zh-quirks");
}

mod quirks_en {
    tencent_errors::tencent_errors!("cvm", actions = *, actions_path = "tests/fixtures/api/cvm-en-quirks");
}

mod quirks_alone {
    // Each page on its own follows the rules of a directory.
    pub mod vpn {
        tencent_errors::tencent_errors!(
            "vpc",
            actions = [CreateVpnGateway],
            actions_path = "tests/fixtures/api/vpc-en-quirks/创建VPN网关_intl.md"
        );
    }
    pub mod zones {
        tencent_errors::tencent_errors!(
            "cvm",
            actions = [DescribeZones],
            actions_path = "tests/fixtures/api/cvm-zh-quirks/查询可用区列表.md"
        );
    }
    pub mod key_pair {
        tencent_errors::tencent_errors!(
            "cvm",
            actions = [CreateKeyPair],
            actions_path = "tests/fixtures/api/cvm-zh-quirks/创建密钥对.md"
        );
    }
    pub mod share {
        tencent_errors::tencent_errors!(
            "cvm",
            actions = [DescribeImageSharePermission],
            actions_path = "tests/fixtures/api/cvm-zh-quirks/查看镜像分享信息.md"
        );
    }
}

/// `(action, codes of section 4)` of a page, by a line scan: the action after the last colon
/// of the `| Action |` row, the codes of the table rows after the `## 4.` heading up to the
/// next `## ` heading, each code once.
fn by_line_scan(file: &str) -> (String, Vec<String>) {
    let path = format!("{}/tests/fixtures/api/{file}", env!("CARGO_MANIFEST_DIR"));
    let page = std::fs::read_to_string(path).expect("a fixture page");
    let action_row = page
        .lines()
        .find(|line| line.starts_with("| Action |"))
        .expect("an Action row");
    let action = action_row
        .trim_end_matches(['|', ' '])
        .rsplit([':', '：'])
        .next()
        .expect("a colon")
        .trim()
        .to_owned();
    let mut codes: Vec<String> = Vec::new();
    let mut in_section = false;
    for line in page.lines() {
        if line.starts_with("## ") {
            in_section = line.starts_with("## 4.");
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let header_or_delimiter = ["错误码", "Error Code"]
            .contains(&cells.get(1).copied().unwrap_or(""))
            || cells.get(1).is_some_and(|c| c.starts_with('-'));
        if in_section
            && cells.len() == 4
            && !header_or_delimiter
            && !codes.iter().any(|known| known == cells[1])
        {
            codes.push(cells[1].to_owned());
        }
    }
    (action, codes)
}

fn codes<E: ServiceError>(all: &[E]) -> Vec<String> {
    all.iter().map(|e| e.code().to_owned()).collect()
}

#[test]
fn a_directory_of_chinese_pages_gives_each_action_its_section_4() {
    let expected = [
        by_line_scan("cvm-zh/创建实例.md"),
        by_line_scan("cvm-zh/查看实例列表.md"),
        by_line_scan("cvm-zh/退还实例.md"),
    ];
    let got = [
        (
            cvm::cvm_actions::RunInstancesError::ACTION.to_owned(),
            codes(cvm::cvm_actions::RunInstancesError::ALL),
        ),
        (
            cvm::cvm_actions::DescribeInstancesError::ACTION.to_owned(),
            codes(cvm::cvm_actions::DescribeInstancesError::ALL),
        ),
        (
            cvm::cvm_actions::TerminateInstancesError::ACTION.to_owned(),
            codes(cvm::cvm_actions::TerminateInstancesError::ALL),
        ),
    ];
    assert_eq!(got, expected);
    assert!(expected.iter().all(|(_, codes)| codes.len() >= 7));
    // The same as the page alone.
    assert_eq!(
        codes(one_page::terminate::TerminateInstancesError::ALL),
        expected[2].1
    );
}

#[test]
fn a_directory_of_english_pages_gives_each_action_its_section_4() {
    let expected = [
        by_line_scan("vpc-en/创建VPC_intl.md"),
        by_line_scan("vpc-en/创建弹性公网IP_intl.md"),
        by_line_scan("vpc-en/创建子网_intl.md"),
    ];
    let got = [
        (
            vpc::vpc_actions::CreateVpcError::ACTION.to_owned(),
            codes(vpc::vpc_actions::CreateVpcError::ALL),
        ),
        (
            vpc::vpc_actions::AllocateAddressesError::ACTION.to_owned(),
            codes(vpc::vpc_actions::AllocateAddressesError::ALL),
        ),
        (
            vpc::vpc_actions::CreateSubnetError::ACTION.to_owned(),
            codes(vpc::vpc_actions::CreateSubnetError::ALL),
        ),
    ];
    assert_eq!(got, expected);
    assert_eq!(expected[1].1.len(), 2);
}

#[test]
fn codes_round_trip_through_the_action_enums() {
    use cvm::cvm_actions::RunInstancesError as E;
    for error in E::ALL {
        assert_eq!(&E::from_code(error.code()), error);
        assert!(error.is_known());
    }
}

#[test]
fn an_english_api_page_describes_the_codes_the_service_page_lacks_in_english() {
    use english_page::vpc_actions::CreateVpcError;
    let malformed = CreateVpcError::from_code("InvalidParameterValue.Malformed");
    assert!(malformed.is_known());
    assert_eq!(
        malformed.description_in(Language::English),
        Some("Invalid input parameter format.")
    );
    assert_eq!(malformed.description_in(Language::Chinese), None);
    assert_eq!(
        malformed.description(),
        Some("Invalid input parameter format.")
    );
    // A code both pages list keeps the service page's (Chinese) description.
    let limit = CreateVpcError::from_code("LimitExceeded");
    assert!(limit.is_known());
    let service = english_page::VpcError::LimitExceeded.description_in(Language::Chinese);
    assert!(service.is_some_and(|text| text.starts_with("超过配额限制")));
    assert_eq!(limit.description_in(Language::Chinese), service);
    assert_eq!(limit.description_in(Language::English), None);
}

/// [`by_line_scan`] with white space dropped from every code: what a code cut by a stray space
/// spells.
fn joined_by_line_scan(file: &str) -> (String, Vec<String>) {
    let (action, codes) = by_line_scan(file);
    let codes = codes
        .into_iter()
        .map(|code| code.chars().filter(|c| !c.is_whitespace()).collect())
        .collect();
    (action, codes)
}

#[test]
fn an_empty_error_code_section_gives_an_enum_of_only_other() {
    use quirks_en::cvm_actions::DescribeRegionsError;
    use quirks_zh::cvm_actions::DescribeZonesError;
    assert_eq!(by_line_scan("cvm-zh-quirks/查询可用区列表.md").1.len(), 0);
    assert!(DescribeZonesError::ALL.is_empty());
    assert!(DescribeRegionsError::ALL.is_empty());
    assert!(quirks_alone::zones::cvm_actions::DescribeZonesError::ALL.is_empty());
    let zone = DescribeZonesError::from_code("InvalidZone.MismatchRegion");
    assert!(!zone.is_known());
    assert!(matches!(
        zone,
        DescribeZonesError::Other(quirks_zh::CvmError::InvalidZoneMismatchRegion)
    ));
    assert_eq!(zone.code(), "InvalidZone.MismatchRegion");
    let public = DescribeRegionsError::from_code("AuthFailure.SignatureExpire");
    assert!(!public.is_known());
    assert_eq!(public.code(), "AuthFailure.SignatureExpire");
}

#[test]
fn the_action_row_names_the_enum_when_the_description_names_another_action() {
    use quirks_zh::cvm_actions::DescribeImageSharePermissionError as Share;
    let expected = by_line_scan("cvm-zh-quirks/查看镜像分享信息.md");
    assert_eq!(expected.0, "DescribeImageSharePermission");
    assert_eq!((Share::ACTION.to_owned(), codes(Share::ALL)), expected);
    assert_eq!(
        codes(quirks_alone::share::cvm_actions::DescribeImageSharePermissionError::ALL),
        expected.1
    );
    use quirks_en::cvm_actions::ResetInstancesPasswordError as Reset;
    assert_eq!(
        (Reset::ACTION.to_owned(), codes(Reset::ALL)),
        by_line_scan("cvm-en-quirks/重置实例密码_intl.md")
    );
    use quirks_alone::vpn::vpc_actions::CreateVpnGatewayError as Vpn;
    assert_eq!(
        (Vpn::ACTION.to_owned(), codes(Vpn::ALL)),
        by_line_scan("vpc-en-quirks/创建VPN网关_intl.md")
    );
    assert_eq!(Vpn::ACTION, "CreateVpnGateway");
}

#[test]
fn a_code_cut_by_a_stray_space_is_the_service_code_it_spells() {
    use quirks_zh::cvm_actions::CreateKeyPairError;
    let (action, written) = by_line_scan("cvm-zh-quirks/创建密钥对.md");
    assert!(written.contains(&"InvalidKeyPairNameIncludeIllega l Char".to_owned()));
    let expected = joined_by_line_scan("cvm-zh-quirks/创建密钥对.md");
    assert_eq!(action, expected.0);
    assert_eq!(
        (
            CreateKeyPairError::ACTION.to_owned(),
            codes(CreateKeyPairError::ALL)
        ),
        expected
    );
    assert_eq!(
        codes(quirks_alone::key_pair::cvm_actions::CreateKeyPairError::ALL),
        expected.1
    );
    let illegal = CreateKeyPairError::from_code("InvalidKeyPairNameIncludeIllegalChar");
    assert!(illegal.is_known());
    assert!(matches!(
        illegal,
        CreateKeyPairError::InvalidKeyPairNameIncludeIllegalChar
    ));
    // The service enum's variant, not an unknown code: both ways without loss.
    let service: quirks_zh::CvmError = illegal.clone().into();
    assert_eq!(
        service,
        quirks_zh::CvmError::InvalidKeyPairNameIncludeIllegalChar
    );
    assert_eq!(CreateKeyPairError::from(service), illegal);
    // What the page wrote is no code.
    let spaced = CreateKeyPairError::from_code("InvalidKeyPairNameIncludeIllega l Char");
    assert!(!spaced.is_known());

    use quirks_en::cvm_actions::ImportKeyPairError;
    assert_eq!(
        (
            ImportKeyPairError::ACTION.to_owned(),
            codes(ImportKeyPairError::ALL)
        ),
        joined_by_line_scan("cvm-en-quirks/导入密钥对_intl.md")
    );
    let illegal = ImportKeyPairError::from_code("InvalidKeyPairNameIncludeIllegalChar");
    assert!(matches!(
        illegal,
        ImportKeyPairError::InvalidKeyPairNameIncludeIllegalChar
    ));
}
