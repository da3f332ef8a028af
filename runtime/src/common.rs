//! `CommonError`: the public error codes (公共错误码) every Tencent Cloud service can return.
//!
//! Generated from the bundled pages by the test
//! `generate::common::tests::the_runtime_common_codes_are_generated` of tencent-errors-codegen
//! (run it with `TENCENT_ERRORS_BLESS=1` after an import); do not edit.

///Error codes of the Tencent Cloud `common` API: 38 codes from the public table (`### 公共错误码`, `### Common Error Codes`) that every service's page starts with (bundled `zh/cvm.md` and `en/cvm.md`).
///
///Decode a response with `tencent_errors::decode::<T, CommonError>(body)`, or a code with [`CommonError::from_code`]: codes the page does not list become [`CommonError::Unknown`] with the code kept verbatim. Every variant's docs give the code, its description, its [category](tencent_errors::Category) and its [retry class](tencent_errors::RetryClass). The enum is `#[non_exhaustive]`: new codes are added in minor releases.
///
///38 codes have an English description beside the Chinese one ([`CommonError::description_in`]).
///
///**Codes by family** (the variants follow below, in page order): [`AuthFailure`](tencent_errors::Category::AuthFailure) 8 · [`RequestLimitExceeded`](tencent_errors::Category::RequestLimitExceeded) 4 · [`ActionOffline`](tencent_errors::Category::ActionOffline) 1 · [`DryRunOperation`](tencent_errors::Category::DryRunOperation) 1 · [`FailedOperation`](tencent_errors::Category::FailedOperation) 1 · [`InternalError`](tencent_errors::Category::InternalError) 1 · [`InvalidAction`](tencent_errors::Category::InvalidAction) 1 · [`InvalidParameter`](tencent_errors::Category::InvalidParameter) 1 · [`InvalidParameterValue`](tencent_errors::Category::InvalidParameterValue) 1 · [`InvalidRequest`](tencent_errors::Category::InvalidRequest) 1 · [`IpInBlacklist`](tencent_errors::Category::IpInBlacklist) 1 · [`IpNotInWhitelist`](tencent_errors::Category::IpNotInWhitelist) 1 · [`LimitExceeded`](tencent_errors::Category::LimitExceeded) 1 · [`MissingParameter`](tencent_errors::Category::MissingParameter) 1 · [`NoSuchProduct`](tencent_errors::Category::NoSuchProduct) 1 · [`NoSuchVersion`](tencent_errors::Category::NoSuchVersion) 1 · [`RequestSizeLimitExceeded`](tencent_errors::Category::RequestSizeLimitExceeded) 1 · [`ResourceInUse`](tencent_errors::Category::ResourceInUse) 1 · [`ResourceInsufficient`](tencent_errors::Category::ResourceInsufficient) 1 · [`ResourceNotFound`](tencent_errors::Category::ResourceNotFound) 1 · [`ResourceUnavailable`](tencent_errors::Category::ResourceUnavailable) 1 · [`ResponseSizeLimitExceeded`](tencent_errors::Category::ResponseSizeLimitExceeded) 1 · [`ServiceUnavailable`](tencent_errors::Category::ServiceUnavailable) 1 · [`UnauthorizedOperation`](tencent_errors::Category::UnauthorizedOperation) 1 · [`UnknownParameter`](tencent_errors::Category::UnknownParameter) 1 · [`UnsupportedOperation`](tencent_errors::Category::UnsupportedOperation) 1 · [`UnsupportedProtocol`](tencent_errors::Category::UnsupportedProtocol) 1 · [`UnsupportedRegion`](tencent_errors::Category::UnsupportedRegion) 1.
#[non_exhaustive]
pub enum CommonError {
    /**接口已下线。

*English:* This API has been deprecated.

Code `ActionOffline` · category [`ActionOffline`](tencent_errors::Category::ActionOffline) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    ActionOffline,
    /**请求头部的 Authorization 不符合腾讯云标准。

*English:* `Authorization` in the request header is invalid.

Code `AuthFailure.InvalidAuthorization` · category [`AuthFailure`](tencent_errors::Category::AuthFailure) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    #[doc(alias = "AuthFailure.InvalidAuthorization")]
    AuthFailureInvalidAuthorization,
    /**密钥非法（不是云 API 密钥类型）。

*English:* Invalid key (not a TencentCloud API key type).

Code `AuthFailure.InvalidSecretId` · category [`AuthFailure`](tencent_errors::Category::AuthFailure) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    #[doc(alias = "AuthFailure.InvalidSecretId")]
    AuthFailureInvalidSecretId,
    /**MFA 错误。

*English:* MFA failed.

Code `AuthFailure.MFAFailure` · category [`AuthFailure`](tencent_errors::Category::AuthFailure) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    #[doc(alias = "AuthFailure.MFAFailure")]
    AuthFailureMFAFailure,
    /**密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。

*English:* Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered. Note that whitespaces should not exist before or after the key.

Code `AuthFailure.SecretIdNotFound` · category [`AuthFailure`](tencent_errors::Category::AuthFailure) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    #[doc(alias = "AuthFailure.SecretIdNotFound")]
    AuthFailureSecretIdNotFound,
    /**签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。

*English:* Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.

Code `AuthFailure.SignatureExpire` · category [`AuthFailure`](tencent_errors::Category::AuthFailure) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    #[doc(alias = "AuthFailure.SignatureExpire")]
    AuthFailureSignatureExpire,
    /**签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。

*English:* Invalid signature. Signature calculation error. Please ensure you’ve followed the signature calculation process described in the Signature API documentation.

Code `AuthFailure.SignatureFailure` · category [`AuthFailure`](tencent_errors::Category::AuthFailure) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    #[doc(alias = "AuthFailure.SignatureFailure")]
    AuthFailureSignatureFailure,
    /**token 错误。

*English:* Token error.

Code `AuthFailure.TokenFailure` · category [`AuthFailure`](tencent_errors::Category::AuthFailure) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    #[doc(alias = "AuthFailure.TokenFailure")]
    AuthFailureTokenFailure,
    /**请求未授权。请参考 [CAM](https://cloud.tencent.com/document/product/598) 文档对鉴权的说明。

*English:* The request is not authorized. For more information, see the [CAM](https://www.tencentcloud.com/document/product/598) documentation.

Code `AuthFailure.UnauthorizedOperation` · category [`AuthFailure`](tencent_errors::Category::AuthFailure) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    #[doc(alias = "AuthFailure.UnauthorizedOperation")]
    AuthFailureUnauthorizedOperation,
    /**DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。

*English:* DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.

Code `DryRunOperation` · category [`DryRunOperation`](tencent_errors::Category::DryRunOperation) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    DryRunOperation,
    /**操作失败。

*English:* Operation failed.

Code `FailedOperation` · category [`FailedOperation`](tencent_errors::Category::FailedOperation) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    FailedOperation,
    /**内部错误。

*English:* Internal error.

Code `InternalError` · category [`InternalError`](tencent_errors::Category::InternalError) · [transient](tencent_errors::RetryClass::Transient).*/
    InternalError,
    /**接口不存在。

*English:* The API does not exist.

Code `InvalidAction` · category [`InvalidAction`](tencent_errors::Category::InvalidAction) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    InvalidAction,
    /**参数错误（包括参数格式、类型等错误）。

*English:* Incorrect parameter.

Code `InvalidParameter` · category [`InvalidParameter`](tencent_errors::Category::InvalidParameter) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    InvalidParameter,
    /**参数取值错误。

*English:* Invalid parameter value.

Code `InvalidParameterValue` · category [`InvalidParameterValue`](tencent_errors::Category::InvalidParameterValue) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    InvalidParameterValue,
    /**请求 body 的 multipart 格式错误。

*English:* The multipart format of the request body is incorrect.

Code `InvalidRequest` · category [`InvalidRequest`](tencent_errors::Category::InvalidRequest) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    InvalidRequest,
    /**IP地址在黑名单中。

*English:* Your IP is in uin IP blacklist.

Code `IpInBlacklist` · category [`IpInBlacklist`](tencent_errors::Category::IpInBlacklist) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    IpInBlacklist,
    /**IP地址不在白名单中。

*English:* Your IP is not in uin IP whitelist.

Code `IpNotInWhitelist` · category [`IpNotInWhitelist`](tencent_errors::Category::IpNotInWhitelist) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    IpNotInWhitelist,
    /**超过配额限制。

*English:* Quota limit exceeded.

Code `LimitExceeded` · category [`LimitExceeded`](tencent_errors::Category::LimitExceeded) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    LimitExceeded,
    /**缺少参数。

*English:* A parameter is missing.

Code `MissingParameter` · category [`MissingParameter`](tencent_errors::Category::MissingParameter) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    MissingParameter,
    /**产品不存在

*English:* The product does not exist.

Code `NoSuchProduct` · category [`NoSuchProduct`](tencent_errors::Category::NoSuchProduct) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    NoSuchProduct,
    /**接口版本不存在。

*English:* The API version does not exist.

Code `NoSuchVersion` · category [`NoSuchVersion`](tencent_errors::Category::NoSuchVersion) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    NoSuchVersion,
    /**请求的次数超过了频率限制。

*English:* The number of requests exceeds the frequency limit.

Code `RequestLimitExceeded` · category [`RequestLimitExceeded`](tencent_errors::Category::RequestLimitExceeded) · [throttling](tencent_errors::RetryClass::Throttling).*/
    RequestLimitExceeded,
    /**主账号超过频率限制。

*English:* Uin exceeds the frequency limit.

Code `RequestLimitExceeded.GlobalRegionUinLimitExceeded` · category [`RequestLimitExceeded`](tencent_errors::Category::RequestLimitExceeded) · [throttling](tencent_errors::RetryClass::Throttling).*/
    #[doc(alias = "RequestLimitExceeded.GlobalRegionUinLimitExceeded")]
    RequestLimitExceededGlobalRegionUinLimitExceeded,
    /**IP限频。

*English:* The number of ip requests exceeds the frequency limit.

Code `RequestLimitExceeded.IPLimitExceeded` · category [`RequestLimitExceeded`](tencent_errors::Category::RequestLimitExceeded) · [throttling](tencent_errors::RetryClass::Throttling).*/
    #[doc(alias = "RequestLimitExceeded.IPLimitExceeded")]
    RequestLimitExceededIPLimitExceeded,
    /**主账号限频。

*English:* The number of uin requests exceeds the frequency limit.

Code `RequestLimitExceeded.UinLimitExceeded` · category [`RequestLimitExceeded`](tencent_errors::Category::RequestLimitExceeded) · [throttling](tencent_errors::RetryClass::Throttling).*/
    #[doc(alias = "RequestLimitExceeded.UinLimitExceeded")]
    RequestLimitExceededUinLimitExceeded,
    /**请求包超过限制大小。

*English:* The request size exceeds the upper limit.

Code `RequestSizeLimitExceeded` · category [`RequestSizeLimitExceeded`](tencent_errors::Category::RequestSizeLimitExceeded) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    RequestSizeLimitExceeded,
    /**资源被占用。

*English:* Resource is in use.

Code `ResourceInUse` · category [`ResourceInUse`](tencent_errors::Category::ResourceInUse) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    ResourceInUse,
    /**资源不足。

*English:* Insufficient resource.

Code `ResourceInsufficient` · category [`ResourceInsufficient`](tencent_errors::Category::ResourceInsufficient) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    ResourceInsufficient,
    /**资源不存在。

*English:* The resource does not exist.

Code `ResourceNotFound` · category [`ResourceNotFound`](tencent_errors::Category::ResourceNotFound) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    ResourceNotFound,
    /**资源不可用。

*English:* Resource is unavailable.

Code `ResourceUnavailable` · category [`ResourceUnavailable`](tencent_errors::Category::ResourceUnavailable) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    ResourceUnavailable,
    /**返回包超过限制大小。

*English:* The response size exceeds the upper limit.

Code `ResponseSizeLimitExceeded` · category [`ResponseSizeLimitExceeded`](tencent_errors::Category::ResponseSizeLimitExceeded) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    ResponseSizeLimitExceeded,
    /**当前服务暂时不可用。

*English:* Service is unavailable now.

Code `ServiceUnavailable` · category [`ServiceUnavailable`](tencent_errors::Category::ServiceUnavailable) · [transient](tencent_errors::RetryClass::Transient).*/
    ServiceUnavailable,
    /**未授权操作。

*English:* Unauthorized operation.

Code `UnauthorizedOperation` · category [`UnauthorizedOperation`](tencent_errors::Category::UnauthorizedOperation) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    UnauthorizedOperation,
    /**未知参数错误，用户多传未定义的参数会导致错误。

*English:* Unknown parameter.

Code `UnknownParameter` · category [`UnknownParameter`](tencent_errors::Category::UnknownParameter) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    UnknownParameter,
    /**操作不支持。

*English:* Unsupported operation.

Code `UnsupportedOperation` · category [`UnsupportedOperation`](tencent_errors::Category::UnsupportedOperation) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    UnsupportedOperation,
    /**http(s) 请求协议错误，只支持 GET 和 POST 请求。

*English:* HTTP(S) request protocol error; only GET and POST requests are supported.

Code `UnsupportedProtocol` · category [`UnsupportedProtocol`](tencent_errors::Category::UnsupportedProtocol) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    UnsupportedProtocol,
    /**接口不支持所传地域。

*English:* API does not support the requested region.

Code `UnsupportedRegion` · category [`UnsupportedRegion`](tencent_errors::Category::UnsupportedRegion) · [not retryable](tencent_errors::RetryClass::NotRetryable).*/
    UnsupportedRegion,
    ///A code that the common page does not list. The code is kept verbatim; `CommonError::from_code` never puts a listed code here.
    Unknown(::std::string::String),
}
#[allow(deprecated)]
const _: () = {
    use ::core::option::Option::{None as __None, Some as __Some};
    static TABLE: ::tencent_errors::__private::CodeTable = ::tencent_errors::__private::CodeTable {
        seed: 0,
        shift: 58,
        pilots: &[
            11400714819323198485, 11400714819323198485, 10372713005361028280,
            1663341875487337578, 4354685564936845355, 13064056694810536061,
            4354685564936845355, 17418742259747381420, 3326683750974675156,
            6018027440424182935,
        ],
        slots: &[
            17, 24, 4294967295, 4294967295, 7, 30, 14, 23, 4294967295, 4294967295, 21,
            36, 4294967295, 4294967295, 10, 4294967295, 4294967295, 22, 32, 4294967295,
            3, 4294967295, 33, 4294967295, 4294967295, 31, 4, 4294967295, 4294967295,
            4294967295, 20, 9, 34, 2, 4294967295, 4294967295, 19, 15, 12, 4294967295, 0,
            5, 25, 11, 26, 29, 4294967295, 8, 27, 4294967295, 1, 4294967295, 4294967295,
            18, 37, 35, 4294967295, 28, 6, 16, 13, 4294967295, 4294967295, 4294967295,
        ],
        codes: ::tencent_errors::__private::Strings {
            text: "ActionOfflineAuthFailure.InvalidAuthorizationAuthFailure.InvalidSecretIdAuthFailure.MFAFailureAuthFailure.SecretIdNotFoundAuthFailure.SignatureExpireAuthFailure.SignatureFailureAuthFailure.TokenFailureAuthFailure.UnauthorizedOperationDryRunOperationFailedOperationInternalErrorInvalidActionInvalidParameterInvalidParameterValueInvalidRequestIpInBlacklistIpNotInWhitelistLimitExceededMissingParameterNoSuchProductNoSuchVersionRequestLimitExceededRequestLimitExceeded.GlobalRegionUinLimitExceededRequestLimitExceeded.IPLimitExceededRequestLimitExceeded.UinLimitExceededRequestSizeLimitExceededResourceInUseResourceInsufficientResourceNotFoundResourceUnavailableResponseSizeLimitExceededServiceUnavailableUnauthorizedOperationUnknownParameterUnsupportedOperationUnsupportedProtocolUnsupportedRegion",
            bounds: &[
                0, 13, 45, 72, 94, 122, 149, 177, 201, 234, 249, 264, 277, 290, 306, 327,
                341, 354, 370, 383, 399, 412, 425, 445, 494, 530, 567, 591, 604, 624,
                640, 659, 684, 702, 723, 739, 759, 778, 795,
            ],
        },
    };
    static DESCRIPTIONS: ::tencent_errors::__private::Strings = ::tencent_errors::__private::descriptions!(
        ::tencent_errors::__private::Strings { text :
        "接口已下线。请求头部的 Authorization 不符合腾讯云标准。密钥非法（不是云 API 密钥类型）。MFA 错误。密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。token 错误。请求未授权。请参考 CAM 文档对鉴权的说明。DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。操作失败。内部错误。接口不存在。参数错误（包括参数格式、类型等错误）。参数取值错误。请求 body 的 multipart 格式错误。IP地址在黑名单中。IP地址不在白名单中。超过配额限制。缺少参数。产品不存在接口版本不存在。请求的次数超过了频率限制。主账号超过频率限制。IP限频。主账号限频。请求包超过限制大小。资源被占用。资源不足。资源不存在。资源不可用。返回包超过限制大小。当前服务暂时不可用。未授权操作。未知参数错误，用户多传未定义的参数会导致错误。操作不支持。http(s) 请求协议错误，只支持 GET 和 POST 请求。接口不支持所传地域。",
        bounds : & [0, 18, 75, 122, 135, 297, 421, 529, 544, 603, 684, 699, 714, 732,
        789, 810, 851, 877, 906, 927, 942, 957, 981, 1020, 1050, 1061, 1079, 1109, 1127,
        1142, 1160, 1178, 1208, 1238, 1256, 1325, 1343, 1404, 1434,] }
    );
    static DESCRIPTIONS_EN: ::tencent_errors::__private::Strings = ::tencent_errors::__private::descriptions!(
        ::tencent_errors::__private::Strings { text :
        "This API has been deprecated.Authorization in the request header is invalid.Invalid key (not a TencentCloud API key type).MFA failed.Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered. Note that whitespaces should not exist before or after the key.Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.Invalid signature. Signature calculation error. Please ensure you’ve followed the signature calculation process described in the Signature API documentation.Token error.The request is not authorized. For more information, see the CAM documentation.DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.Operation failed.Internal error.The API does not exist.Incorrect parameter.Invalid parameter value.The multipart format of the request body is incorrect.Your IP is in uin IP blacklist.Your IP is not in uin IP whitelist.Quota limit exceeded.A parameter is missing.The product does not exist.The API version does not exist.The number of requests exceeds the frequency limit.Uin exceeds the frequency limit.The number of ip requests exceeds the frequency limit.The number of uin requests exceeds the frequency limit.The request size exceeds the upper limit.Resource is in use.Insufficient resource.The resource does not exist.Resource is unavailable.The response size exceeds the upper limit.Service is unavailable now.Unauthorized operation.Unknown parameter.Unsupported operation.HTTP(S) request protocol error; only GET and POST requests are supported.API does not support the requested region.",
        bounds : & [0, 29, 76, 122, 133, 329, 479, 638, 650, 729, 829, 846, 861, 884,
        904, 928, 982, 1013, 1048, 1069, 1092, 1119, 1150, 1201, 1233, 1287, 1342, 1383,
        1402, 1424, 1452, 1476, 1518, 1545, 1568, 1586, 1608, 1681, 1723,] }
    );
    static DESCRIPTIONS_JA: ::tencent_errors::__private::Strings = ::tencent_errors::__private::Strings::EMPTY;
    static DESCRIPTIONS_KO: ::tencent_errors::__private::Strings = ::tencent_errors::__private::Strings::EMPTY;
    static RETIRED: ::tencent_errors::__private::Strings = ::tencent_errors::__private::Strings {
        text: "",
        bounds: &[
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ],
    };
    const LANGUAGE: ::tencent_errors::Language = ::tencent_errors::Language::Chinese;
    static NAMES: ::tencent_errors::__private::Strings = ::tencent_errors::__private::Strings {
        text: "ActionOfflineAuthFailureInvalidAuthorizationAuthFailureInvalidSecretIdAuthFailureMFAFailureAuthFailureSecretIdNotFoundAuthFailureSignatureExpireAuthFailureSignatureFailureAuthFailureTokenFailureAuthFailureUnauthorizedOperationDryRunOperationFailedOperationInternalErrorInvalidActionInvalidParameterInvalidParameterValueInvalidRequestIpInBlacklistIpNotInWhitelistLimitExceededMissingParameterNoSuchProductNoSuchVersionRequestLimitExceededRequestLimitExceededGlobalRegionUinLimitExceededRequestLimitExceededIPLimitExceededRequestLimitExceededUinLimitExceededRequestSizeLimitExceededResourceInUseResourceInsufficientResourceNotFoundResourceUnavailableResponseSizeLimitExceededServiceUnavailableUnauthorizedOperationUnknownParameterUnsupportedOperationUnsupportedProtocolUnsupportedRegion",
        bounds: &[
            0, 13, 44, 70, 91, 118, 144, 171, 194, 226, 241, 256, 269, 282, 298, 319,
            333, 346, 362, 375, 391, 404, 417, 437, 485, 520, 556, 580, 593, 613, 629,
            648, 673, 691, 712, 728, 748, 767, 784,
        ],
    };
    static CLASSES: &[u8; 38] = b"\x02\x06\x06\x06\x06\x06\x06\x06\x06\x0a\x0e\x11\x16\x1a\x1e\"&*.26:<<<<BFJNRVY^bfjn";
    #[allow(unreachable_code)]
    fn index(error: &CommonError) -> ::core::option::Option<usize> {
        __Some(
            match error {
                CommonError::ActionOffline => 0,
                CommonError::AuthFailureInvalidAuthorization => 1,
                CommonError::AuthFailureInvalidSecretId => 2,
                CommonError::AuthFailureMFAFailure => 3,
                CommonError::AuthFailureSecretIdNotFound => 4,
                CommonError::AuthFailureSignatureExpire => 5,
                CommonError::AuthFailureSignatureFailure => 6,
                CommonError::AuthFailureTokenFailure => 7,
                CommonError::AuthFailureUnauthorizedOperation => 8,
                CommonError::DryRunOperation => 9,
                CommonError::FailedOperation => 10,
                CommonError::InternalError => 11,
                CommonError::InvalidAction => 12,
                CommonError::InvalidParameter => 13,
                CommonError::InvalidParameterValue => 14,
                CommonError::InvalidRequest => 15,
                CommonError::IpInBlacklist => 16,
                CommonError::IpNotInWhitelist => 17,
                CommonError::LimitExceeded => 18,
                CommonError::MissingParameter => 19,
                CommonError::NoSuchProduct => 20,
                CommonError::NoSuchVersion => 21,
                CommonError::RequestLimitExceeded => 22,
                CommonError::RequestLimitExceededGlobalRegionUinLimitExceeded => 23,
                CommonError::RequestLimitExceededIPLimitExceeded => 24,
                CommonError::RequestLimitExceededUinLimitExceeded => 25,
                CommonError::RequestSizeLimitExceeded => 26,
                CommonError::ResourceInUse => 27,
                CommonError::ResourceInsufficient => 28,
                CommonError::ResourceNotFound => 29,
                CommonError::ResourceUnavailable => 30,
                CommonError::ResponseSizeLimitExceeded => 31,
                CommonError::ServiceUnavailable => 32,
                CommonError::UnauthorizedOperation => 33,
                CommonError::UnknownParameter => 34,
                CommonError::UnsupportedOperation => 35,
                CommonError::UnsupportedProtocol => 36,
                CommonError::UnsupportedRegion => 37,
                CommonError::Unknown(_) => return __None,
            },
        )
    }
    #[allow(unreachable_code)]
    fn variant(index: usize) -> ::core::option::Option<CommonError> {
        __Some(
            match index {
                0 => CommonError::ActionOffline,
                1 => CommonError::AuthFailureInvalidAuthorization,
                2 => CommonError::AuthFailureInvalidSecretId,
                3 => CommonError::AuthFailureMFAFailure,
                4 => CommonError::AuthFailureSecretIdNotFound,
                5 => CommonError::AuthFailureSignatureExpire,
                6 => CommonError::AuthFailureSignatureFailure,
                7 => CommonError::AuthFailureTokenFailure,
                8 => CommonError::AuthFailureUnauthorizedOperation,
                9 => CommonError::DryRunOperation,
                10 => CommonError::FailedOperation,
                11 => CommonError::InternalError,
                12 => CommonError::InvalidAction,
                13 => CommonError::InvalidParameter,
                14 => CommonError::InvalidParameterValue,
                15 => CommonError::InvalidRequest,
                16 => CommonError::IpInBlacklist,
                17 => CommonError::IpNotInWhitelist,
                18 => CommonError::LimitExceeded,
                19 => CommonError::MissingParameter,
                20 => CommonError::NoSuchProduct,
                21 => CommonError::NoSuchVersion,
                22 => CommonError::RequestLimitExceeded,
                23 => CommonError::RequestLimitExceededGlobalRegionUinLimitExceeded,
                24 => CommonError::RequestLimitExceededIPLimitExceeded,
                25 => CommonError::RequestLimitExceededUinLimitExceeded,
                26 => CommonError::RequestSizeLimitExceeded,
                27 => CommonError::ResourceInUse,
                28 => CommonError::ResourceInsufficient,
                29 => CommonError::ResourceNotFound,
                30 => CommonError::ResourceUnavailable,
                31 => CommonError::ResponseSizeLimitExceeded,
                32 => CommonError::ServiceUnavailable,
                33 => CommonError::UnauthorizedOperation,
                34 => CommonError::UnknownParameter,
                35 => CommonError::UnsupportedOperation,
                36 => CommonError::UnsupportedProtocol,
                37 => CommonError::UnsupportedRegion,
                _ => return __None,
            },
        )
    }
    #[cold]
    #[inline(never)]
    fn unlisted(code: &str) -> CommonError {
        CommonError::Unknown(::std::string::String::from(code))
    }
    impl CommonError {
        /// The service these codes belong to.
        pub const SERVICE: &'static str = "common";
        /// Every listed code, in page order: the current codes ([`Self::CURRENT`]), then the
        /// retired ones (deprecated variants for codes Tencent no longer publishes).
        pub const ALL: &'static [CommonError] = &[
            Self::ActionOffline,
            Self::AuthFailureInvalidAuthorization,
            Self::AuthFailureInvalidSecretId,
            Self::AuthFailureMFAFailure,
            Self::AuthFailureSecretIdNotFound,
            Self::AuthFailureSignatureExpire,
            Self::AuthFailureSignatureFailure,
            Self::AuthFailureTokenFailure,
            Self::AuthFailureUnauthorizedOperation,
            Self::DryRunOperation,
            Self::FailedOperation,
            Self::InternalError,
            Self::InvalidAction,
            Self::InvalidParameter,
            Self::InvalidParameterValue,
            Self::InvalidRequest,
            Self::IpInBlacklist,
            Self::IpNotInWhitelist,
            Self::LimitExceeded,
            Self::MissingParameter,
            Self::NoSuchProduct,
            Self::NoSuchVersion,
            Self::RequestLimitExceeded,
            Self::RequestLimitExceededGlobalRegionUinLimitExceeded,
            Self::RequestLimitExceededIPLimitExceeded,
            Self::RequestLimitExceededUinLimitExceeded,
            Self::RequestSizeLimitExceeded,
            Self::ResourceInUse,
            Self::ResourceInsufficient,
            Self::ResourceNotFound,
            Self::ResourceUnavailable,
            Self::ResponseSizeLimitExceeded,
            Self::ServiceUnavailable,
            Self::UnauthorizedOperation,
            Self::UnknownParameter,
            Self::UnsupportedOperation,
            Self::UnsupportedProtocol,
            Self::UnsupportedRegion,
        ];
        /// The codes Tencent publishes today, in page order: [`Self::ALL`] without the
        /// retired ones.
        pub const CURRENT: &'static [CommonError] = Self::ALL.split_at(38).0;
        ///The variant for `code`; codes the page does not list become `CommonError::Unknown`, keeping the code verbatim. Never fails, never allocates for listed codes.
        #[inline(always)]
        pub fn from_code(code: &str) -> Self {
            match ::tencent_errors::__private::lookup(&TABLE, code).and_then(variant) {
                ::core::option::Option::Some(known) => known,
                ::core::option::Option::None => unlisted(code),
            }
        }
        /// The exact code string.
        pub fn code(&self) -> &str {
            match self {
                CommonError::Unknown(code) => code,
                known => {
                    index(known).and_then(|i| TABLE.codes.get(i)).unwrap_or_default()
                }
            }
        }
        /// Whether the page lists this code.
        pub fn is_known(&self) -> bool {
            !::core::matches!(self, CommonError::Unknown(_))
        }
        /// The page's description as plain text, in the enum's default language or else in
        /// the first other language that has one (see `tencent_errors::Language`); `None` for
        /// unlisted codes, codes without one, and every code when the `descriptions` feature
        /// of `tencent-errors` is off.
        pub fn description(&self) -> ::core::option::Option<&'static str> {
            LANGUAGE
                .fallback_order()
                .iter()
                .find_map(|&language| self.description_in(language))
        }
        /// The description in exactly `language`, or `None` when the code has none in it.
        pub fn description_in(
            &self,
            language: ::tencent_errors::Language,
        ) -> ::core::option::Option<&'static str> {
            let texts = match language {
                ::tencent_errors::Language::Chinese => &DESCRIPTIONS,
                ::tencent_errors::Language::English => &DESCRIPTIONS_EN,
                ::tencent_errors::Language::Japanese => &DESCRIPTIONS_JA,
                ::tencent_errors::Language::Korean => &DESCRIPTIONS_KO,
                #[allow(unreachable_patterns)]
                _ => return __None,
            };
            index(self).and_then(|i| texts.get(i))
        }
        /// Whether Tencent Cloud no longer publishes this code (its variant is deprecated).
        pub fn is_retired(&self) -> bool {
            self.retired_since().is_some()
        }
        /// The first release of Tencent's SDK package that no longer lists this code, e.g.
        /// `"tencentcloud-sdk-python 3.1.195"`; `None` for current and unlisted codes.
        pub fn retired_since(&self) -> ::core::option::Option<&'static str> {
            index(self).and_then(|i| RETIRED.get(i)).filter(|since| !since.is_empty())
        }
        /// The code's family.
        pub fn category(&self) -> ::tencent_errors::Category {
            match index(self) {
                ::core::option::Option::Some(i) => {
                    ::tencent_errors::__private::class_category(CLASSES[i])
                }
                ::core::option::Option::None => {
                    ::tencent_errors::Category::of(self.code())
                }
            }
        }
        /// Whether retrying can help; see `tencent_errors::RetryClass`.
        pub fn retry_class(&self) -> ::tencent_errors::RetryClass {
            match index(self) {
                ::core::option::Option::Some(i) => {
                    ::tencent_errors::__private::class_retry(CLASSES[i])
                }
                ::core::option::Option::None => {
                    ::tencent_errors::RetryClass::of(self.code())
                }
            }
        }
        /// The public code (公共错误码, the codes every service can return) this is, if it is
        /// one: `Some(CommonError::AuthFailureSignatureExpire)` for
        /// `AuthFailure.SignatureExpire`, whatever the service; see `tencent_errors::CommonError`.
        pub fn common(&self) -> ::core::option::Option<::tencent_errors::CommonError> {
            ::tencent_errors::CommonError::of(self.code())
        }
    }
    impl ::core::clone::Clone for CommonError {
        fn clone(&self) -> Self {
            match self {
                CommonError::Unknown(code) => {
                    CommonError::Unknown(::core::clone::Clone::clone(code))
                }
                known => {
                    match index(known).and_then(variant) {
                        ::core::option::Option::Some(known) => known,
                        ::core::option::Option::None => {
                            CommonError::Unknown(::std::string::String::new())
                        }
                    }
                }
            }
        }
    }
    impl ::core::fmt::Debug for CommonError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match self {
                CommonError::Unknown(code) => {
                    f.debug_tuple("Unknown").field(code).finish()
                }
                known => {
                    f.write_str(index(known).and_then(|i| NAMES.get(i)).unwrap_or(""))
                }
            }
        }
    }
    impl ::core::fmt::Display for CommonError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::tencent_errors::__private::display(self.code(), self.description(), f)
        }
    }
    impl ::std::error::Error for CommonError {}
    impl ::core::str::FromStr for CommonError {
        type Err = ::core::convert::Infallible;
        fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
            ::core::result::Result::Ok(Self::from_code(code))
        }
    }
    impl ::core::cmp::PartialEq for CommonError {
        fn eq(&self, other: &Self) -> bool {
            match (index(self), index(other)) {
                (::core::option::Option::Some(a), ::core::option::Option::Some(b)) => {
                    a == b
                }
                _ => self.code() == other.code(),
            }
        }
    }
    impl ::core::cmp::Eq for CommonError {}
    impl ::core::hash::Hash for CommonError {
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.code(), state)
        }
    }
    impl ::tencent_errors::ServiceError for CommonError {
        fn service(&self) -> &'static str {
            Self::SERVICE
        }
        fn code(&self) -> &str {
            self.code()
        }
        fn description(&self) -> ::core::option::Option<&'static str> {
            self.description()
        }
        fn description_in(
            &self,
            language: ::tencent_errors::Language,
        ) -> ::core::option::Option<&'static str> {
            self.description_in(language)
        }
        fn is_known(&self) -> bool {
            self.is_known()
        }
        fn category(&self) -> ::tencent_errors::Category {
            self.category()
        }
        fn retry_class(&self) -> ::tencent_errors::RetryClass {
            self.retry_class()
        }
        #[inline(always)]
        fn from_code(code: &str) -> Self {
            Self::from_code(code)
        }
    }
    #[doc(hidden)]
    impl ::tencent_errors::__private::Indexed for CommonError {
        #[inline]
        fn service_name() -> &'static str {
            Self::SERVICE
        }
        #[inline]
        fn all() -> &'static [Self] {
            Self::ALL
        }
        #[inline]
        fn index(&self) -> ::core::option::Option<usize> {
            index(self)
        }
        #[inline]
        fn unknown(code: &str) -> Self {
            unlisted(code)
        }
    }
    ::tencent_errors::__private::impl_serde!(CommonError);
};
/// The same lookup as `CommonError::from_code`'s, for `CommonError::of`, which must not allocate.
static LOOKUP: ::tencent_errors::__private::CodeTable = ::tencent_errors::__private::CodeTable {
    seed: 0,
    shift: 58,
    pilots: &[
        11400714819323198485, 11400714819323198485, 10372713005361028280,
        1663341875487337578, 4354685564936845355, 13064056694810536061,
        4354685564936845355, 17418742259747381420, 3326683750974675156,
        6018027440424182935,
    ],
    slots: &[
        17, 24, 4294967295, 4294967295, 7, 30, 14, 23, 4294967295, 4294967295, 21, 36,
        4294967295, 4294967295, 10, 4294967295, 4294967295, 22, 32, 4294967295, 3,
        4294967295, 33, 4294967295, 4294967295, 31, 4, 4294967295, 4294967295,
        4294967295, 20, 9, 34, 2, 4294967295, 4294967295, 19, 15, 12, 4294967295, 0, 5,
        25, 11, 26, 29, 4294967295, 8, 27, 4294967295, 1, 4294967295, 4294967295, 18, 37,
        35, 4294967295, 28, 6, 16, 13, 4294967295, 4294967295, 4294967295,
    ],
    codes: ::tencent_errors::__private::Strings {
        text: "ActionOfflineAuthFailure.InvalidAuthorizationAuthFailure.InvalidSecretIdAuthFailure.MFAFailureAuthFailure.SecretIdNotFoundAuthFailure.SignatureExpireAuthFailure.SignatureFailureAuthFailure.TokenFailureAuthFailure.UnauthorizedOperationDryRunOperationFailedOperationInternalErrorInvalidActionInvalidParameterInvalidParameterValueInvalidRequestIpInBlacklistIpNotInWhitelistLimitExceededMissingParameterNoSuchProductNoSuchVersionRequestLimitExceededRequestLimitExceeded.GlobalRegionUinLimitExceededRequestLimitExceeded.IPLimitExceededRequestLimitExceeded.UinLimitExceededRequestSizeLimitExceededResourceInUseResourceInsufficientResourceNotFoundResourceUnavailableResponseSizeLimitExceededServiceUnavailableUnauthorizedOperationUnknownParameterUnsupportedOperationUnsupportedProtocolUnsupportedRegion",
        bounds: &[
            0, 13, 45, 72, 94, 122, 149, 177, 201, 234, 249, 264, 277, 290, 306, 327,
            341, 354, 370, 383, 399, 412, 425, 445, 494, 530, 567, 591, 604, 624, 640,
            659, 684, 702, 723, 739, 759, 778, 795,
        ],
    },
};
impl CommonError {
    /// The public code `code` is, or `None` when it is not one (without allocating, unlike
    /// `from_code`): what `common()` of every generated enum and
    /// `ServiceError::common` return.
    ///
    /// ```
    /// use tencent_errors_runtime::CommonError;
    ///
    /// assert_eq!(
    ///     CommonError::of("AuthFailure.SignatureExpire"),
    ///     Some(CommonError::AuthFailureSignatureExpire)
    /// );
    /// assert_eq!(CommonError::of("InvalidInstanceId.NotFound"), None);
    /// ```
    pub fn of(code: &str) -> ::core::option::Option<CommonError> {
        match ::tencent_errors::__private::lookup(&LOOKUP, code) {
            ::core::option::Option::Some(index) => CommonError::ALL.get(index).cloned(),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
}
