//! Any text as per-action input (`actions_path`): one page (`## ActionName` sections, or one
//! API reference page) or, when the input starts with a 0 byte, a directory of API reference
//! pages (the rest split at 0 bytes), against a fixed service page with `actions = *`.
//! Reading, modelling and generating never panic, and whatever is accepted has unique actions,
//! unique codes and unique, valid variant names per action (`names.rs`), and generates valid
//! Rust.
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use tencent_errors_codegen::{build, ActionSelection, ActionsPath, Page, Request};

mod names;
use names::check_codes_and_names;

/// The service page: a few codes, one with a name the action pages may reuse in other forms.
const SERVICE_PAGE: &str = "\
| 错误码 | 说明 |
|---|---|
| InternalError | 内部错误。 |
| InvalidParameter | 参数错误。 |
| InvalidZone.MismatchRegion | 可用区与地域不匹配。 |
| ResourceNotFound | 资源不存在。 |
| UnsupportedOperation | 操作不支持。 |
";

fn page(name: String, text: &str) -> Page {
    Page {
        name,
        text: text.to_owned(),
        track: None,
    }
}

fuzz_target!(|data: &[u8]| {
    // The macro rejects files that are not UTF-8 before reading them.
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let actions_path = match input.strip_prefix('\0') {
        Some(directory) => ActionsPath {
            name: "api/".to_owned(),
            directory: true,
            pages: directory
                .split('\0')
                .enumerate()
                .map(|(at, text)| page(format!("api/{at}.md"), text))
                .collect(),
        },
        None => ActionsPath {
            name: "actions.md".to_owned(),
            directory: false,
            pages: vec![page("actions.md".to_owned(), input)],
        },
    };
    let mut request = Request::new("fuzz");
    request.pages = vec![page("fuzz.md".to_owned(), SERVICE_PAGE)];
    request.actions = Some(ActionSelection::All);
    request.actions_path = Some(actions_path);
    let Ok(built) = build(&request) else {
        return;
    };
    let actions = built.actions.as_ref().expect("`actions = *` was asked for");
    let mut enums = HashSet::new();
    for action in &actions.models {
        assert!(
            enums.insert(action.name.as_str()),
            "`{}` twice",
            action.name
        );
        check_codes_and_names(
            &action.name,
            action
                .codes
                .iter()
                .map(|c| (c.code.as_str(), c.variant.as_str())),
        );
    }
    let tokens = built.generate().expect("an accepted input generates");
    if let Err(error) = syn::parse2::<syn::File>(tokens) {
        panic!("the generated code is not valid Rust: {error}");
    }
});
