//! The five pages the project was founded on expand exactly: one variant per unique code, in
//! page order, every code round-trips, and the descriptions are the page's text.

mod common;

macro_rules! seeds {
    ($($module:ident => $service:literal, $path:literal, $name:ident;)*) => {
        $(mod $module {
            tencent_errors::tencent_errors!($service, path = $path);
        })*

        #[test]
        fn every_seed_lists_exactly_its_unique_codes_in_page_order() {
            $({
                let page = include_str!(concat!("fixtures/seeds/", $service, ".md"));
                let expected = common::codes_by_line_scan(page);
                let codes: Vec<&str> = $module::$name::ALL.iter().map(|e| e.code()).collect();
                assert_eq!(codes, expected, $service);
                for error in $module::$name::ALL {
                    let decoded = $module::$name::from_code(error.code());
                    assert_eq!(decoded.code(), error.code());
                    assert_eq!(&decoded, error);
                    let cell = common::description_by_line_scan(page, error.code());
                    // Cells without markup read the same in markdown and as plain text.
                    if let Some(cell) = cell.filter(|c| !c.contains(['[', '`', '*', '<', '\\', '&'])) {
                        assert_eq!(error.description(), Some(cell.as_str()), "{}", error.code());
                    }
                }
            })*
        }
    };
}

seeds! {
    dc => "dc", "tests/fixtures/seeds/dc.md", DcError;
    gaap => "gaap", "tests/fixtures/seeds/gaap.md", GaapError;
    redis => "redis", "tests/fixtures/seeds/redis.md", RedisError;
    scf => "scf", "tests/fixtures/seeds/scf.md", ScfError;
    tke => "tke", "tests/fixtures/seeds/tke.md", TkeError;
}

#[test]
fn seed_fixtures_are_verbatim_copies() {
    // The repository keeps its own copies; when ../shared is present, they must match it.
    let compared = common::assert_copies_of_shared("seeds", "tests/fixtures/seeds");
    assert!(compared == 0 || compared == 5, "{compared} pages compared");
}

#[test]
fn seed_specifics() {
    // tke's seed is an international-site page: its CAM link is on intl.cloud.tencent.com.
    let error = tke::TkeError::AuthFailureUnauthorizedOperation;
    assert_eq!(
        error.description(),
        Some("请求未授权。请参考 CAM 文档对鉴权的说明。")
    );
    // dc's seed lists 26 public and 19 service codes, 9 of them in both tables.
    assert_eq!(dc::DcError::ALL.len(), 36);
    assert_eq!(
        dc::DcError::InvalidParameterValueVlanConfLict.description(),
        Some("vlan冲突。")
    );
}
