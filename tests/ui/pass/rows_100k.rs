// A page with 100,000 rows expands (written by tests/compile_fail.rs before this case is built),
// and every code is found by `from_code`.
tencent_errors::tencent_errors!("generated", path = "tests/ui/generated/rows_100k.md");

include!("../rows_100k_codes.rs");

fn main() {
    assert_eq!(GeneratedError::ALL.len(), ROWS);
    for (i, listed) in GeneratedError::ALL.iter().enumerate() {
        let code = generated_code(i);
        assert_eq!(listed.code(), code);
        let found = GeneratedError::from_code(&code);
        assert_eq!(&found, listed);
        assert_eq!(found.description(), Some(generated_description(i).as_str()));
    }
    assert!(!GeneratedError::from_code("LimitExceeded.Code100000").is_known());
}
