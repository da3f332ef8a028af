//! Pages that look unusual but are fine must expand, with exactly the codes and descriptions a
//! reader of the page sees. The pages are in `tests/ui/pages/ok/`, stored byte for byte (see the
//! `.gitattributes` there): CRLF line endings, a UTF-8 byte-order mark and trailing blanks are
//! part of what is tested.

macro_rules! page {
    ($module:ident, $path:literal) => {
        mod $module {
            tencent_errors::tencent_errors!("billing", path = $path);
        }
    };
}

page!(crlf, "tests/ui/pages/ok/crlf.md");
page!(bom, "tests/ui/pages/ok/bom.md");
page!(bom_crlf, "tests/ui/pages/ok/bom_crlf.md");
page!(no_outer_pipes, "tests/ui/pages/ok/no_outer_pipes.md");
page!(alignment, "tests/ui/pages/ok/alignment.md");
page!(trailing_blanks, "tests/ui/pages/ok/trailing_blanks.md");
page!(cell_markup, "tests/ui/pages/ok/cell_markup.md");
page!(code_shapes, "tests/ui/pages/ok/code_shapes.md");
page!(english, "tests/ui/pages/ok/english.md");
page!(several_tables, "tests/ui/pages/ok/several_tables.md");
page!(duplicates, "tests/ui/pages/ok/duplicates.md");
page!(artefacts, "tests/ui/pages/ok/copy_paste_artefacts.md");
page!(header_wordings, "tests/ui/pages/ok/header_wordings.md");
page!(html_lists, "tests/ui/pages/ok/html_lists.md");

/// `(code, description)` of every variant, in page order.
fn listing<E: tencent_errors::ServiceError + 'static>(
    all: &'static [E],
) -> Vec<(&'static str, Option<&'static str>)> {
    all.iter()
        .map(|e| (e.code(), tencent_errors::ServiceError::description(e)))
        .collect()
}

/// Every listed code decodes to its own variant, and the variants are distinct.
fn round_trips<E: tencent_errors::ServiceError + PartialEq + std::fmt::Debug>(all: &[E]) {
    for (index, error) in all.iter().enumerate() {
        let decoded = E::from_code(error.code());
        assert!(decoded.is_known(), "{}", error.code());
        assert_eq!(&decoded, error);
        assert_eq!(
            all.iter().position(|e| e == error),
            Some(index),
            "{} is listed once",
            error.code()
        );
    }
}

const SIMPLE: &[(&str, Option<&str>)] = &[
    ("InternalError", Some("内部错误。")),
    ("FailedOperation.BalanceInsufficient", Some("余额不足。")),
    ("InvalidParameter.ValueTooLarge", Some("参数长度超过限制。")),
];

#[test]
fn crlf_line_endings() {
    // No `\r` may survive in a description.
    assert_eq!(listing(crlf::BillingError::ALL), SIMPLE);
    round_trips(crlf::BillingError::ALL);
}

#[test]
fn a_utf8_byte_order_mark() {
    // The BOM must not end up in front of the first heading, or worse, the first code.
    assert_eq!(listing(bom::BillingError::ALL), SIMPLE);
    assert_eq!(listing(bom_crlf::BillingError::ALL), SIMPLE);
    round_trips(bom_crlf::BillingError::ALL);
}

#[test]
fn tables_without_outer_pipes() {
    assert_eq!(
        listing(no_outer_pipes::BillingError::ALL),
        [
            ("InternalError", Some("内部错误。")),
            ("FailedOperation.BalanceInsufficient", Some("余额不足。")),
            (
                "InvalidParameter.ValueTooLarge",
                Some("The value is too large.")
            ),
        ]
    );
}

#[test]
fn alignment_separators() {
    assert_eq!(listing(alignment::BillingError::ALL), SIMPLE);
}

#[test]
fn trailing_blanks_and_full_width_spaces_are_trimmed() {
    assert_eq!(
        listing(trailing_blanks::BillingError::ALL),
        [
            ("InternalError", Some("内部错误。")),
            ("FailedOperation.BalanceInsufficient", Some("余额不足。"))
        ]
    );
}

#[test]
fn markup_inside_description_cells() {
    use cell_markup::BillingError;
    assert_eq!(
        listing(BillingError::ALL),
        [
            // `<br>` and `<br/>` are line breaks; inline code keeps its text.
            (
                "InvalidParameter.Filter",
                Some("参数错误。\n请检查 Filters。\n详见文档。")
            ),
            // An escaped pipe is a pipe, inside inline code too.
            ("InvalidParameter.Format", Some("格式为 a|b 或 a|b。")),
            // Entities are decoded (`&nbsp;` is U+00A0).
            (
                "InvalidParameter.Entity",
                Some("取值 <= 10 && >= 1，\"引号\"\u{a0}和 中。")
            ),
            // Formatting tags are dropped, their text kept.
            ("InvalidParameter.Html", Some("粗体、红色、文本。")),
            // A `<Placeholder>` is not HTML: it stays.
            (
                "InvalidParameter.Placeholder",
                Some("实例 <InstanceId> 不存在。")
            ),
            // Links keep their text.
            ("InvalidParameter.Link", Some("请先充值。")),
        ]
    );
    assert_eq!(
        BillingError::InvalidParameterFormat.to_string(),
        "InvalidParameter.Format: 格式为 a|b 或 a|b。"
    );
}

#[test]
fn codes_of_every_accepted_shape() {
    use code_shapes::BillingError;
    let codes: Vec<&str> = BillingError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [
            "InternalError",
            "invalidparameter.valuetoolarge",
            "InvalidParameter.Value_Too-Large",
            "ResourceNotFound.Cluster.NodePool",
            "FailedOperation.Cdb.Instance.Locked",
            // The page writes `LimitExceeded.Quota.`: one trailing dot is dropped.
            "LimitExceeded.Quota",
            "Unsupported.V2Api",
        ]
    );
    round_trips(BillingError::ALL);
    // The variant names follow the documented rule: the words of the code, upper-camel-cased.
    assert_eq!(
        BillingError::from_code("invalidparameter.valuetoolarge"),
        BillingError::InvalidparameterValuetoolarge
    );
    assert_eq!(
        BillingError::from_code("InvalidParameter.Value_Too-Large"),
        BillingError::InvalidParameterValueTooLarge
    );
    assert_eq!(
        BillingError::from_code("FailedOperation.Cdb.Instance.Locked"),
        BillingError::FailedOperationCdbInstanceLocked
    );
    assert_eq!(
        BillingError::from_code("LimitExceeded.Quota"),
        BillingError::LimitExceededQuota
    );
    // The dropped dot is not part of the code: the dotted spelling is an unlisted code.
    assert!(!BillingError::from_code("LimitExceeded.Quota.").is_known());
    assert_eq!(
        BillingError::LimitExceededQuota.category(),
        tencent_errors::Category::LimitExceeded
    );
}

#[test]
fn english_international_pages() {
    use english::BillingError;
    assert_eq!(
        listing(BillingError::ALL),
        [
            ("AuthFailure.SignatureExpire", Some("Signature expired.")),
            (
                "RequestLimitExceeded",
                Some("The number of requests exceeds the frequency limit.")
            ),
            (
                "FailedOperation.ClusterNotFound",
                Some("The cluster does not exist.")
            ),
            (
                "ResourceNotFound.ClusterNotFound",
                Some("The cluster does not exist.")
            ),
        ]
    );
    assert_eq!(
        BillingError::RequestLimitExceeded.retry_class(),
        tencent_errors::RetryClass::Throttling
    );
}

#[test]
fn several_business_tables_on_one_page() {
    // The public table's `InternalError` is replaced by the service table's description; a code
    // listed in two service tables keeps the first description; other tables are ignored.
    assert_eq!(
        listing(several_tables::BillingError::ALL),
        [
            ("InternalError", Some("实例服务内部错误。")),
            ("ResourceNotFound.Instance", Some("实例不存在。")),
            ("ResourceNotFound.Vpc", Some("私有网络不存在。")),
        ]
    );
}

#[test]
fn the_same_row_twice_in_one_table_is_merged() {
    assert_eq!(
        listing(duplicates::BillingError::ALL),
        [
            ("InternalError", Some("内部错误。")),
            ("FailedOperation.BalanceInsufficient", Some("余额不足。"))
        ]
    );
}

#[test]
fn copy_paste_artefacts_around_codes_are_dropped() {
    // Emphasis around the whole cell, full-width punctuation after the code and invisible
    // characters around it are not part of the code (`tencent-errors check` warns about them).
    use artefacts::BillingError;
    let codes: Vec<&str> = BillingError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(
        codes,
        [
            "FailedOperation.Bold",
            "FailedOperation.Italic",
            "FailedOperation.Underscores",
            "FailedOperation.FullStop",
            "FailedOperation.Semicolon",
            "FailedOperation.Comma",
            "FailedOperation.Colon",
            "FailedOperation.ZeroWidth",
            "FailedOperation.WordJoiner",
            "FailedOperation.Bom",
            "FailedOperation.Joiners",
            "A._B_",
        ]
    );
    round_trips(BillingError::ALL);
    assert_eq!(
        BillingError::from_code("FailedOperation.Bold"),
        BillingError::FailedOperationBold
    );
    assert_eq!(
        BillingError::FailedOperationZeroWidth.description(),
        Some("零宽空格。")
    );
    // The artefacts are not in the code: with them it is an unlisted code.
    assert!(!BillingError::from_code("FailedOperation.FullStop。").is_known());
}

#[test]
fn every_header_wording_of_tencents_pages() {
    assert_eq!(
        listing(header_wordings::BillingError::ALL),
        [
            ("InternalError", Some("内部错误。")),
            ("FailedOperation.ReturnCode", Some("返回码表。")),
            ("FailedOperation.FullWidthParentheses", Some("全角括号。")),
            ("FailedOperation.Message", Some("English message.")),
            ("FailedOperation.Remark", Some("备注列。")),
        ]
    );
}

#[test]
fn html_lists_and_details_keep_their_structure() {
    assert_eq!(
        listing(html_lists::BillingError::ALL),
        [
            (
                "InvalidParameter.List",
                Some("可选值：\n- 一级\n- 二级\n请检查。")
            ),
            ("InvalidParameter.Ordered", Some("1. 先创建\n2. 再绑定")),
            ("InvalidParameter.Details", Some("原因\n参数不合法。")),
        ]
    );
}
