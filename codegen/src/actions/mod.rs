//! Per-action error enums: reading an action page (`page`) or Tencent's API reference pages
//! (`reference`), tying each action's codes to the
//! service enum (`model`) and generating a module of one enum per action (`generate`). The
//! rules are in `docs/design.md` ("Per-action enums").

mod generate;
mod model;
mod page;
mod reference;
mod template;

pub use generate::{actions_module_name, generate_actions, ActionsTarget};
pub use model::{ActionCode, ActionModel, OTHER_VARIANT};
pub use page::{parse_action_page, ActionListing, ActionPage, PageNote, RetiredCode};
pub use reference::{is_reference_page, parse_action_pages, parse_reference_page};

pub(crate) use model::ServiceIndex;
pub(crate) use page::read_sections;
pub(crate) use reference::tracking;

use crate::diagnostic::Diagnostic;
use crate::model::Model;

/// The per-action models of every action of `page`, against the service's model.
pub fn action_models(
    service: &Model,
    page: &ActionPage,
) -> Result<Vec<ActionModel>, Vec<Diagnostic>> {
    models_of(service, &page.actions)
}

/// The per-action models of `listings`, in their order, against the service's model; every
/// problem of every listing, or the models.
pub(crate) fn models_of<'a>(
    service: &Model,
    listings: impl IntoIterator<Item = &'a ActionListing>,
) -> Result<Vec<ActionModel>, Vec<Diagnostic>> {
    let index = ServiceIndex::new(service);
    let mut models = Vec::new();
    let mut errors = Vec::new();
    for listing in listings {
        match index.action(listing) {
            Ok(model) => models.push(model),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(models)
    } else {
        Err(errors)
    }
}
