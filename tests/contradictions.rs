//! Tencent's pages sometimes contradict themselves; a page that does still expands. The same
//! code twice in one table with different texts: the first row wins, the variant's docs show
//! the other text, and `tencent-errors check` warns (see `cli/tests/cli.rs`).

use tencent_errors::tencent_errors;

tencent_errors!("billing", path = "tests/ui/pages/ok/contradiction.md");

#[test]
fn the_first_row_of_a_contradiction_wins() {
    let page = include_str!("ui/pages/ok/contradiction.md");
    let first = page
        .lines()
        .find(|line| line.starts_with("| FailedOperation.BalanceInsufficient |"))
        .and_then(|line| line.split('|').nth(2))
        .map(str::trim)
        .expect("the first row");
    assert_eq!(
        BillingError::FailedOperationBalanceInsufficient.description(),
        Some(first)
    );
    assert_eq!(BillingError::ALL.len(), 2, "one variant for the two rows");
    assert_eq!(
        BillingError::from_code("FailedOperation.BalanceInsufficient"),
        BillingError::FailedOperationBalanceInsufficient
    );
}

#[test]
fn cpdp_expands_from_its_own_page_too() {
    // The case: cpdp's real page, given with `path =`, lists `MissingParameter` and
    // `MissingParameter.` with different texts.
    mod cpdp {
        tencent_errors::tencent_errors!("cpdp", path = "codegen/data/zh/cpdp.md");
    }
    assert_eq!(
        cpdp::CpdpError::from_code("MissingParameter"),
        cpdp::CpdpError::MissingParameter
    );
}
