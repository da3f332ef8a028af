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
