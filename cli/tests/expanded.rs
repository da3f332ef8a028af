//! Checked-in code from `tencent-errors expand` compiles and behaves like the macro's enum.
//!
//! `expanded/dc.rs` was generated from the repository root with
//! `cargo run --bin tencent-errors -- expand cli/tests/expanded/dc.md > cli/tests/expanded/dc.rs`
//! (`dc.md` is a copy of the bundled Chinese dc page); regenerate it the same way when the
//! generated code changes.

mod checked_in {
    include!("expanded/dc.rs");
}

mod from_macro {
    tencent_errors::tencent_errors!("dc", path = "tests/expanded/dc.md");
}

use tencent_errors::ServiceError;

#[test]
fn checked_in_code_compiles_and_matches_the_macro() {
    use checked_in::DcError as Checked;
    use from_macro::DcError as Macro;

    let checked: Vec<(&str, Option<&str>)> = Checked::ALL
        .iter()
        .map(|e| (e.code(), e.description()))
        .collect();
    let from_macro: Vec<(&str, Option<&str>)> = Macro::ALL
        .iter()
        .map(|e| (e.code(), e.description()))
        .collect();
    assert!(!checked.is_empty());
    assert_eq!(checked, from_macro);
    for (checked, from_macro) in Checked::ALL.iter().zip(Macro::ALL) {
        assert_eq!(format!("{checked:?}"), format!("{from_macro:?}"));
        assert_eq!(checked.category(), from_macro.category());
        assert_eq!(checked.retry_class(), from_macro.retry_class());
        assert_eq!(checked.common(), from_macro.common());
        assert_eq!(&Checked::from_code(checked.code()), checked);
        assert_eq!(ServiceError::service(checked), "dc");
    }
    assert_eq!(
        Checked::from_code("Nope.Nope"),
        Checked::Unknown("Nope.Nope".to_owned())
    );
    assert_eq!(Checked::SERVICE, Macro::SERVICE);
    // A page of the crate has no history: every code is current.
    assert_eq!(Checked::CURRENT.len(), Checked::ALL.len());
    assert!(Checked::ALL
        .iter()
        .all(|e| !e.is_retired() && e.retired_since().is_none()));
}
