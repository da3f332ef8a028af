//! Codes that equal a name the generated enum defines (`ALL`, `SERVICE`, `Err` of `FromStr`,
//! `Unknown`, ...) or a keyword expand, get variants of their own, and leave the enum's API
//! working: the page is `tests/ui/pages/ok/reserved_names.md`.

use std::str::FromStr;

use tencent_errors::ServiceError;

tencent_errors::tencent_errors!(
    "billing",
    path = "tests/ui/pages/ok/reserved_names.md",
    name = ReservedError
);

/// The page's codes, in page order, counted from the page's text (not by the macro).
fn page_codes() -> Vec<String> {
    include_str!("ui/pages/ok/reserved_names.md")
        .lines()
        .filter_map(|line| line.strip_prefix("| "))
        .filter_map(|line| line.split(" |").next())
        .filter(|code| !matches!(*code, "错误码"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_generated_names_keep_their_meaning() {
    // `ALL` is still the constant listing every code, not a variant.
    let codes: Vec<&str> = ReservedError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(codes, page_codes());
    assert_eq!(ReservedError::ALL.len(), 13);
    // `SERVICE` is still the service name (an `&str`, not a variant).
    let service: &'static str = ReservedError::SERVICE;
    assert_eq!(service, "billing");
    assert_eq!(ReservedError::ALL_1.service(), "billing");
    // `FromStr::Err` is still the error type: `parse` works and never fails.
    let parsed: Result<ReservedError, <ReservedError as FromStr>::Err> = "Err".parse();
    assert_eq!(parsed, Ok(ReservedError::Err_1));
    assert_eq!(
        "nope".parse::<ReservedError>(),
        Ok(ReservedError::Unknown("nope".to_owned()))
    );
    // `Unknown` still holds unlisted codes; the listed `Unknown` has a variant of its own.
    assert!(!ReservedError::from_code("Nope").is_known());
    assert!(ReservedError::from_code("Unknown").is_known());
}

#[test]
fn each_reserved_code_has_its_own_variant() {
    // Disambiguated as `Unknown` always was: the segmented name (one segment: the same), then
    // `_1`, `_2`, ... in byte order of the codes sharing it.
    let expected = [
        ("ALL", ReservedError::ALL_1),
        ("SERVICE", ReservedError::SERVICE_1),
        ("CURRENT", ReservedError::CURRENT_1),
        ("ACTION", ReservedError::ACTION_1),
        ("Other", ReservedError::Other_1),
        ("Err", ReservedError::Err_1),
        ("err", ReservedError::Err_2),
        ("Unknown", ReservedError::Unknown_1),
        ("Self", ReservedError::Self_1),
        ("self", ReservedError::Self_2),
        ("fn", ReservedError::Fn),
        ("A.LL", ReservedError::A_LL),
        ("InternalError", ReservedError::InternalError),
    ];
    for (code, variant) in expected {
        assert_eq!(ReservedError::from_code(code), variant, "{code}");
        assert_eq!(variant.code(), code);
        assert!(variant.is_known());
    }
    assert_eq!(format!("{:?}", ReservedError::ALL_1), "ALL_1");
    assert_eq!(
        ReservedError::Err_1.description(),
        Some("the error type of FromStr")
    );
}

#[test]
fn every_code_round_trips() {
    for (index, error) in ReservedError::ALL.iter().enumerate() {
        let decoded = ReservedError::from_code(error.code());
        assert_eq!(&decoded, error);
        assert_eq!(error.code().parse::<ReservedError>().as_ref(), Ok(error));
        assert_eq!(
            ReservedError::ALL.iter().position(|e| e == error),
            Some(index),
            "{} is listed once",
            error.code()
        );
    }
}
