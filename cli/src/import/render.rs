//! The zh and en page templates (the one place they live): rendering a service's page, and reading back a page this command wrote.
//!
//! A page is the template's fixed introduction and public table (`PUBLIC`, the codes every
//! service can return), then the service table: one `| code | description |` row per code in
//! byte order, skipping the public codes, the description trimmed and `|` written `\|`.

use tencent_errors_codegen::format::Site;

use super::package::Codes;

/// A public (common) error code, listed on every page, in both languages.
pub struct PublicCode {
    /// The code.
    pub code: &'static str,
    /// The Chinese site's text.
    pub zh: &'static str,
    /// The international site's text.
    pub en: &'static str,
}

/// The fixed parts of a site's pages.
struct Template {
    /// Everything before the public table's heading.
    intro: &'static str,
    /// The public table's heading line.
    public_heading: &'static str,
    /// The service table's heading line.
    service_heading: &'static str,
    /// A table's header and separator lines.
    table_head: &'static str,
}

const ZH: Template = Template {
    intro: "\n## 功能说明\n\n如果返回结果中存在 Error 字段，则表示调用 API 接口失败。例如：\n\n```\n {\n    \"Response\": {\n        \"Error\": {\n            \"Code\": \"AuthFailure.SignatureFailure\",\n            \"Message\": \"The provided credentials could not be validated. Please check your signature is correct.\"\n        },\n        \"RequestId\": \"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\"\n    }\n}\n```\n\nError 中的 Code 表示错误码，Message 表示该错误的具体信息。\n\n## 错误码列表\n\n",
    public_heading: "### 公共错误码",
    service_heading: "### 业务错误码",
    table_head: "| 错误码 | 说明 |\n|--------|------|\n",
};

const EN: Template = Template {
    intro: "\n## Overview\n\nIf there is an Error field in the response, it means that the API call failed. For example:\n\n```\n {\n    \"Response\": {\n        \"Error\": {\n            \"Code\": \"AuthFailure.SignatureFailure\",\n            \"Message\": \"The provided credentials could not be validated. Please check your signature is correct.\"\n        },\n        \"RequestId\": \"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\"\n    }\n}\n```\n\nCode in Error indicates the error code, and Message indicates the specific information of the error.\n\n## Error Code List\n\n",
    public_heading: "### Common Error Codes",
    service_heading: "### Service Error Codes",
    table_head: "| Error Code | Description |\n|--------|------|\n",
};

/// The public codes, with the Chinese site's and the international site's wording of its
/// "公共错误码" / "Common Error Codes" table.
pub const PUBLIC: &[PublicCode] = &[
    PublicCode {
        code: "ActionOffline",
        zh: "接口已下线。",
        en: "This API has been deprecated.",
    },
    PublicCode {
        code: "AuthFailure.InvalidAuthorization",
        zh: "请求头部的 Authorization 不符合腾讯云标准。",
        en: "`Authorization` in the request header is invalid.",
    },
    PublicCode {
        code: "AuthFailure.InvalidSecretId",
        zh: "密钥非法（不是云 API 密钥类型）。",
        en: "Invalid key (not a TencentCloud API key type).",
    },
    PublicCode {
        code: "AuthFailure.MFAFailure",
        zh: "MFA 错误。",
        en: "MFA failed.",
    },
    PublicCode {
        code: "AuthFailure.SecretIdNotFound",
        zh: "密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。",
        en: "Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered. Note that whitespaces should not exist before or after the key.",
    },
    PublicCode {
        code: "AuthFailure.SignatureExpire",
        zh: "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。",
        en: "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.",
    },
    PublicCode {
        code: "AuthFailure.SignatureFailure",
        zh: "签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。",
        en: "Invalid signature. Signature calculation error. Please ensure you’ve followed the signature calculation process described in the Signature API documentation.",
    },
    PublicCode {
        code: "AuthFailure.TokenFailure",
        zh: "token 错误。",
        en: "Token error.",
    },
    PublicCode {
        code: "AuthFailure.UnauthorizedOperation",
        zh: "请求未授权。请参考 [CAM](https://cloud.tencent.com/document/product/598) 文档对鉴权的说明。",
        en: "The request is not authorized. For more information, see the [CAM](https://www.tencentcloud.com/document/product/598) documentation.",
    },
    PublicCode {
        code: "DryRunOperation",
        zh: "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        en: "DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.",
    },
    PublicCode {
        code: "FailedOperation",
        zh: "操作失败。",
        en: "Operation failed.",
    },
    PublicCode {
        code: "InternalError",
        zh: "内部错误。",
        en: "Internal error.",
    },
    PublicCode {
        code: "InvalidAction",
        zh: "接口不存在。",
        en: "The API does not exist.",
    },
    PublicCode {
        code: "InvalidParameter",
        zh: "参数错误（包括参数格式、类型等错误）。",
        en: "Incorrect parameter.",
    },
    PublicCode {
        code: "InvalidParameterValue",
        zh: "参数取值错误。",
        en: "Invalid parameter value.",
    },
    PublicCode {
        code: "InvalidRequest",
        zh: "请求 body 的 multipart 格式错误。",
        en: "The multipart format of the request body is incorrect.",
    },
    PublicCode {
        code: "IpInBlacklist",
        zh: "IP地址在黑名单中。",
        en: "Your IP is in uin IP blacklist.",
    },
    PublicCode {
        code: "IpNotInWhitelist",
        zh: "IP地址不在白名单中。",
        en: "Your IP is not in uin IP whitelist.",
    },
    PublicCode {
        code: "LimitExceeded",
        zh: "超过配额限制。",
        en: "Quota limit exceeded.",
    },
    PublicCode {
        code: "MissingParameter",
        zh: "缺少参数。",
        en: "A parameter is missing.",
    },
    PublicCode {
        code: "NoSuchProduct",
        zh: "产品不存在",
        en: "The product does not exist.",
    },
    PublicCode {
        code: "NoSuchVersion",
        zh: "接口版本不存在。",
        en: "The API version does not exist.",
    },
    PublicCode {
        code: "RequestLimitExceeded",
        zh: "请求的次数超过了频率限制。",
        en: "The number of requests exceeds the frequency limit.",
    },
    PublicCode {
        code: "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        zh: "主账号超过频率限制。",
        en: "Uin exceeds the frequency limit.",
    },
    PublicCode {
        code: "RequestLimitExceeded.IPLimitExceeded",
        zh: "IP限频。",
        en: "The number of ip requests exceeds the frequency limit.",
    },
    PublicCode {
        code: "RequestLimitExceeded.UinLimitExceeded",
        zh: "主账号限频。",
        en: "The number of uin requests exceeds the frequency limit.",
    },
    PublicCode {
        code: "RequestSizeLimitExceeded",
        zh: "请求包超过限制大小。",
        en: "The request size exceeds the upper limit.",
    },
    PublicCode {
        code: "ResourceInUse",
        zh: "资源被占用。",
        en: "Resource is in use.",
    },
    PublicCode {
        code: "ResourceInsufficient",
        zh: "资源不足。",
        en: "Insufficient resource.",
    },
    PublicCode {
        code: "ResourceNotFound",
        zh: "资源不存在。",
        en: "The resource does not exist.",
    },
    PublicCode {
        code: "ResourceUnavailable",
        zh: "资源不可用。",
        en: "Resource is unavailable.",
    },
    PublicCode {
        code: "ResponseSizeLimitExceeded",
        zh: "返回包超过限制大小。",
        en: "The response size exceeds the upper limit.",
    },
    PublicCode {
        code: "ServiceUnavailable",
        zh: "当前服务暂时不可用。",
        en: "Service is unavailable now.",
    },
    PublicCode {
        code: "UnauthorizedOperation",
        zh: "未授权操作。",
        en: "Unauthorized operation.",
    },
    PublicCode {
        code: "UnknownParameter",
        zh: "未知参数错误，用户多传未定义的参数会导致错误。",
        en: "Unknown parameter.",
    },
    PublicCode {
        code: "UnsupportedOperation",
        zh: "操作不支持。",
        en: "Unsupported operation.",
    },
    PublicCode {
        code: "UnsupportedProtocol",
        zh: "http(s) 请求协议错误，只支持 GET 和 POST 请求。",
        en: "HTTP(S) request protocol error; only GET and POST requests are supported.",
    },
    PublicCode {
        code: "UnsupportedRegion",
        zh: "接口不支持所传地域。",
        en: "API does not support the requested region.",
    },
];

fn template(site: Site) -> &'static Template {
    match site {
        Site::Zh => &ZH,
        Site::En => &EN,
    }
}

/// Whether `code` is in the public table.
pub fn is_public(code: &str) -> bool {
    PUBLIC.iter().any(|public| public.code == code)
}

/// A public code's text on `site`'s pages.
fn public_text(public: &PublicCode, site: Site) -> &'static str {
    match site {
        Site::Zh => public.zh,
        Site::En => public.en,
    }
}

fn row(out: &mut String, code: &str, description: &str) {
    out.push_str("| ");
    out.push_str(code);
    out.push_str(" | ");
    out.push_str(&description.trim().replace('|', "\\|"));
    out.push_str(" |\n");
}

/// The page of a service publishing `codes` (public codes among them are not repeated in the
/// service table).
pub fn render(site: Site, codes: &Codes) -> String {
    let template = template(site);
    let mut out = String::with_capacity(4096 + codes.len() * 80);
    out.push_str(template.intro);
    out.push_str(template.public_heading);
    out.push_str("\n\n");
    out.push_str(template.table_head);
    for public in PUBLIC {
        row(&mut out, public.code, public_text(public, site));
    }
    out.push('\n');
    out.push_str(template.service_heading);
    out.push_str("\n\n");
    out.push_str(template.table_head);
    for (code, description) in codes {
        if !is_public(code) {
            row(&mut out, code, description.as_deref().unwrap_or(""));
        }
    }
    out
}

/// What the page of `codes` shows for each code: the service's own codes with their
/// descriptions, and every public code with the public table's text. This is what
/// [`read_page`] gives back for the page [`render`] writes.
pub fn shown(site: Site, codes: &Codes) -> Codes {
    let mut shown: Codes = codes
        .iter()
        .filter(|(code, _)| !is_public(code))
        .map(|(code, description)| {
            let description = description
                .as_deref()
                .map(str::trim)
                .filter(|text| !text.is_empty());
            (code.clone(), description.map(str::to_owned))
        })
        .collect();
    for public in PUBLIC {
        shown.insert(
            public.code.to_owned(),
            Some(public_text(public, site).to_owned()),
        );
    }
    shown
}

/// Reads back a page this command wrote: what it shows for each code (as [`shown`]).
/// An error (1-based line, what is wrong) when the page is not exactly what [`render`] writes.
pub fn read_page(site: Site, text: &str) -> Result<Codes, (usize, String)> {
    let template = template(site);
    let service_head = format!("{}\n\n{}", template.service_heading, template.table_head);
    let start = text.find(&service_head).ok_or_else(|| {
        (
            0,
            format!(
                "no `{}` table: not a page this command wrote",
                template.service_heading
            ),
        )
    })?;
    let mut codes = Codes::new();
    let first_line = text[..start + service_head.len()].matches('\n').count() + 1;
    for (index, line) in text[start + service_head.len()..].lines().enumerate() {
        let cells = line
            .strip_prefix("| ")
            .and_then(|rest| rest.strip_suffix(" |"))
            .and_then(|rest| rest.split_once(" | "));
        let Some((code, description)) = cells else {
            return Err((
                first_line + index,
                "not a `| code | description |` row".into(),
            ));
        };
        let description = description.replace("\\|", "|");
        codes.insert(
            code.to_owned(),
            (!description.is_empty()).then_some(description),
        );
    }
    as_rendered(text, &render(site, &codes))?;
    Ok(shown(site, &codes))
}

/// Whether `text` is exactly what import writes (`expected`): a page edited by hand is an error
/// at its first line that differs.
pub(super) fn as_rendered(text: &str, expected: &str) -> Result<(), (usize, String)> {
    if expected == text {
        return Ok(());
    }
    let line = text
        .lines()
        .zip(expected.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| text.lines().count().min(expected.lines().count()))
        + 1;
    Err((
        line,
        "differs from what `tencent-errors import` writes (edited by hand?)".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(rows: &[(&str, Option<&str>)]) -> Codes {
        rows.iter()
            .map(|(code, text)| ((*code).to_owned(), text.map(str::to_owned)))
            .collect()
    }

    #[test]
    fn pages_list_service_codes_in_byte_order_after_the_public_table() {
        let page = render(
            Site::Zh,
            &codes(&[
                ("b.Code", Some(" 含 | 竖线 ")),
                ("InternalError", Some("服务自己的说明")),
                ("A.Code", None),
            ]),
        );
        assert!(page.starts_with("\n## 功能说明\n"));
        assert!(page.ends_with(
            "### 业务错误码\n\n| 错误码 | 说明 |\n|--------|------|\n| A.Code |  |\n| b.Code | 含 \\| 竖线 |\n"
        ));
        assert_eq!(page.matches("| InternalError |").count(), 1);
        // Two table headers, the public rows, two service rows (the separators start `|-`).
        assert_eq!(page.matches("\n| ").count(), 1 + PUBLIC.len() + 1 + 2);
        let english = render(Site::En, &codes(&[("A.Code", Some("Text."))]));
        assert!(english.contains(
            "| AuthFailure.SignatureExpire | Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time. |\n"
        ));
        assert!(english.ends_with("### Service Error Codes\n\n| Error Code | Description |\n|--------|------|\n| A.Code | Text. |\n"));
    }

    #[test]
    fn reading_back_gives_what_the_page_shows() {
        for site in Site::ALL {
            let published = codes(&[
                ("A.Pipe", Some("a \\| b | c\\")),
                ("B.None", None),
                ("InternalError", Some("own text")),
            ]);
            let page = render(site, &published);
            let read = read_page(site, &page).expect("reads back");
            assert_eq!(read, shown(site, &published));
            assert_eq!(read["A.Pipe"].as_deref(), Some("a \\| b | c\\"));
            assert_eq!(read["B.None"], None);
            assert_eq!(read.len(), 2 + PUBLIC.len());
            assert_eq!(render(site, &read), page);
        }
    }

    #[test]
    fn edited_pages_are_refused_with_the_line() {
        let page = render(Site::Zh, &codes(&[("A", Some("x")), ("B", Some("y"))]));
        let edited = page.replace("| B | y |", "| B | y |\nnot a row");
        let (line, message) = read_page(Site::Zh, &edited).expect_err("not a row");
        assert_eq!(line, page.lines().count() + 1, "{message}");
        let reordered = page.replace("| A | x |\n| B | y |\n", "| B | y |\n| A | x |\n");
        assert!(read_page(Site::Zh, &reordered).is_err());
        assert!(read_page(Site::En, &page).is_err());
    }
}
