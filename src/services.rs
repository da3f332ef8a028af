//! The error enums of every bundled service, expanded once (feature `services`).
//!
//! Each module holds what `tencent_errors!("<service>")` generates, so these docs show the real
//! generated API: a variant per code with its descriptions, code, category and retry class,
//! and a short summary of the code families on the enum's page. Expanding all of them takes a
//! while, which is why the feature is off by default; in your own crate, expand just the
//! services you call:
//!
//! ```
//! tencent_errors::tencent_errors!("cvm");
//! # let _ = CvmError::ALL;
//! ```
//!
//! or use these (`tencent_errors::services::cvm::CvmError`) with the feature on.

macro_rules! service_modules {
    ($($module:ident => $service:literal, $name:ident, $retired:literal;)*) => {
        $(
            pub mod $module {
                #![doc = ::core::concat!(
                    "`", $service, "`: [`", ::core::stringify!($name), "`], from the bundled data.",
                )]
                #![doc = ""]
                #![doc = ::core::concat!(
                    "```text\ntencent_errors::tencent_errors!(\"", $service, "\");\n```",
                )]

                crate::tencent_errors!($service);
            }
        )*
    };
}

crate::__for_each_service!(service_modules);
