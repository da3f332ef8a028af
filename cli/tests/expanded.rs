//! Checked-in code from `tencent-errors expand` compiles and behaves like the macro's enum.
//!
//! `expanded/dc.rs` was generated from the repository root with
//! `cargo run --bin tencent-errors -- expand cli/tests/expanded/dc.md > cli/tests/expanded/dc.rs`
//! (`dc.md` is a copy of the bundled Chinese dc page); regenerate it the same way when the
//! generated code changes. `dc_en.rs` (an English page alone, `dc.en.md`) and `dc_actions.rs`
//! (the bundled dc with two per-action enums) likewise: `cli/tests/cli.rs` (`GOLDENS`) has the
//! commands and checks that all three are what `expand` prints today.

mod checked_in {
    include!("expanded/dc.rs");
}

mod from_macro {
    tencent_errors::tencent_errors!("dc", path = "tests/expanded/dc.md");
}

/// An English page alone, as `expand cli/tests/expanded/dc.en.md --service dc` prints it.
mod checked_in_en {
    // Included text is linted for unused items, unlike the macro's output.
    #![allow(dead_code)]
    include!("expanded/dc_en.rs");
}

mod from_macro_en {
    tencent_errors::tencent_errors!("dc", path = "tests/expanded/dc.en.md");
}

/// A bundled service with per-action enums, as `expand dc --actions .. --name BundledDcError`
/// prints it.
mod checked_in_actions {
    #![allow(deprecated, dead_code)]
    include!("expanded/dc_actions.rs");
}

mod from_macro_actions {
    #![allow(deprecated)]
    tencent_errors::tencent_errors!(
        "dc",
        actions = [DeleteDirectConnectTunnel, DescribeDirectConnectTunnels],
        name = BundledDcError
    );
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

#[test]
fn the_english_expansion_compiles_and_matches_the_macro() {
    use checked_in_en::DcError as Checked;
    use from_macro_en::DcError as Macro;
    use tencent_errors::Language;
    assert!(!Checked::ALL.is_empty());
    assert_eq!(Checked::ALL.len(), Macro::ALL.len());
    for (checked, from_macro) in Checked::ALL.iter().zip(Macro::ALL) {
        assert_eq!(checked.code(), from_macro.code());
        // The page is English: its texts are the English ones, and there are no Chinese ones.
        assert_eq!(
            checked.description_in(Language::English),
            from_macro.description_in(Language::English)
        );
        assert_eq!(checked.description_in(Language::Chinese), None);
        assert_eq!(checked.description(), from_macro.description());
    }
    assert!(Checked::ALL
        .iter()
        .any(|e| e.description_in(Language::English).is_some()));
}

#[test]
fn the_per_action_expansion_compiles_and_matches_the_macro() {
    use checked_in_actions::dc_actions::DeleteDirectConnectTunnelError as Checked;
    use checked_in_actions::BundledDcError as CheckedService;
    use from_macro_actions::dc_actions::DeleteDirectConnectTunnelError as Macro;
    assert!(!Checked::ALL.is_empty());
    let checked: Vec<&str> = Checked::ALL.iter().map(|e| e.code()).collect();
    let from_macro: Vec<&str> = Macro::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(checked, from_macro);
    assert_eq!(Checked::ACTION, "DeleteDirectConnectTunnel");
    for error in Checked::ALL {
        assert_eq!(&Checked::from_code(error.code()), error);
        let service = CheckedService::from(error.clone());
        assert_eq!(&Checked::from(service), error);
    }
    let other = Checked::from_code("AuthFailure.SignatureExpire");
    assert!(!other.is_known());
    assert_eq!(other.code(), "AuthFailure.SignatureExpire");
}
