//! The `descriptions` feature (on by default) decides whether descriptions reach the binary.
//!
//! CI runs this with default features; the other half runs with
//! `cargo test -p tencent-errors --no-default-features --features serde --test descriptions_feature`.

tencent_errors::tencent_errors!("es");

#[test]
fn descriptions_follow_the_feature() {
    let known = EsError::from_code("AuthFailure.SignatureExpire");
    assert!(known.is_known());
    if cfg!(feature = "descriptions") {
        let description = known
            .description()
            .expect("the es page describes this code");
        assert!(!description.is_empty());
        assert_eq!(
            known.to_string(),
            format!("AuthFailure.SignatureExpire: {description}")
        );
    } else {
        assert!(EsError::ALL.iter().all(|e| e.description().is_none()));
        assert_eq!(known.to_string(), "AuthFailure.SignatureExpire");
    }
    // Nothing else depends on the feature.
    assert_eq!(known.code(), "AuthFailure.SignatureExpire");
    assert_eq!(known.category(), tencent_errors::Category::AuthFailure);
}
