//! From an action's listing and the service's [`Model`] to the per-action enum's model: one
//! entry per code the action lists, tied to the service enum's variant when the service page
//! has the code. The rules are in `docs/design.md` ("Per-action enums").

use crate::diagnostic::Diagnostic;
use crate::model::naming::name_action_codes;
use crate::model::Model;
use crate::read::CodeMap;
use crate::read::{single_page_language, Description};
use tencent_errors_runtime::Language;

use crate::read::{ActionListing, PageNote};

/// One code an action lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionCode {
    /// The code as the page reader normalised it (one trailing `.` dropped).
    pub code: String,
    /// The variant's name: the service enum's variant for the code, or (for a code the service
    /// page does not list) its own name by the naming rule.
    pub variant: String,
    /// The code's index in the service model, `None` when the service page does not list it.
    pub service_index: Option<usize>,
    /// What the action page says about it.
    pub description: Option<Description>,
    /// What the service pages say about it in the other languages (not the action page's),
    /// Chinese, English, Japanese, Korean in that order: shown beside the action page's text.
    pub translations: Vec<(Language, Description)>,
    /// `Some(release)` when the service enum's variant is retired (deprecated).
    pub retired_since: Option<String>,
    /// `Some(release)` when the action no longer lists the code (bundled history): the first
    /// release without it.
    pub dropped_since: Option<String>,
    /// The line of its first row on the action page.
    pub line: usize,
    /// The lines of later rows of the same section with the same code, merged into this one.
    pub repeated_at: Vec<usize>,
    /// The code cell as the page wrote it when white space cuts it
    /// (`InvalidKeyPairNameIncludeIllega l Char`): the code is the service enum's code it
    /// spells without the white space. `None` for a code written as it is.
    pub written: Option<String>,
}

/// The per-action enum of one action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionModel {
    /// The action, e.g. `RunInstances`.
    pub name: String,
    /// The line of its section's heading.
    pub line: usize,
    /// The codes it lists, unique, in page order, then the codes it no longer lists.
    pub codes: Vec<ActionCode>,
    /// `Some(release)` when the action is retired (bundled history): the first release
    /// without it.
    pub retired_since: Option<String>,
    /// The language of the action's own descriptions (those of codes the service page lacks),
    /// told from its rows as a page's (`parse::single_page_language`): Chinese for Tencent's
    /// Chinese pages and the bundled data, English for the English API pages.
    pub language: Language,
    /// What its API reference page says that the reader took other than as written (empty for
    /// other pages), for the enum's docs.
    pub notes: Vec<PageNote>,
}

impl ActionModel {
    /// The codes the service page does not list.
    pub fn unlisted_by_service(&self) -> impl Iterator<Item = &ActionCode> {
        self.codes
            .iter()
            .filter(|code| code.service_index.is_none())
    }
}

/// The code → index map of a service model, built once for all its actions.
pub(crate) struct ServiceIndex<'a> {
    model: &'a Model,
    index_of: CodeMap<&'a str, usize>,
}

impl<'a> ServiceIndex<'a> {
    pub(crate) fn new(model: &'a Model) -> Self {
        let index_of = model
            .codes
            .iter()
            .enumerate()
            .map(|(index, code)| (code.code.as_str(), index))
            .collect();
        ServiceIndex { model, index_of }
    }

    /// The per-action model of `listing`:
    ///
    /// - a code listed twice in the section is one variant, at its first row;
    /// - a code the service enum has takes that variant's name (and its deprecation, when the
    ///   service enum's variant is retired);
    /// - a code the service page does not have gets a variant of its own, named by the naming
    ///   rule (base name; the segmented name if that is taken by a service variant, another
    ///   such code or a reserved name; then `_2`, `_3`, ...);
    /// - the codes the action no longer lists (`listing.retired`, from the bundled history)
    ///   follow the current ones, with `dropped_since` set; a code listed both ways is current.
    pub(crate) fn action(&self, listing: &ActionListing) -> Result<ActionModel, Diagnostic> {
        let language = single_page_language(&listing.rows);
        let mut codes: Vec<ActionCode> = Vec::with_capacity(listing.rows.len());
        let mut position: CodeMap<&str, usize> = CodeMap::default();
        for row in &listing.rows {
            if let Some(&at) = position.get(row.code.as_str()) {
                codes[at].repeated_at.push(row.line);
                continue;
            }
            position.insert(&row.code, codes.len());
            let mut code = self.code(&row.code, row.description.clone(), language, row.line, None);
            code.written = listing
                .cut_codes
                .iter()
                .find(|cut| cut.line == row.line)
                .map(|cut| cut.written.clone());
            codes.push(code);
        }
        // Then the codes the action no longer lists (bundled history), after the current ones
        // as for service enums: `ALL` is every variant, `CURRENT` its current prefix.
        for retired in &listing.retired {
            if position.contains_key(retired.code.as_str()) {
                continue;
            }
            position.insert(&retired.code, codes.len());
            codes.push(self.code(
                &retired.code,
                retired.description.clone(),
                language,
                listing.line,
                Some(retired.since.clone()),
            ));
        }
        self.name_unlisted(&mut codes)?;
        Ok(ActionModel {
            name: listing.name.clone(),
            line: listing.line,
            codes,
            retired_since: listing.retired_since.clone(),
            language,
            notes: listing.notes.clone(),
        })
    }

    /// An entry for `code`, tied to the service enum's variant (and its retirement) when the
    /// service enum has the code; its name is chosen later when it has not.
    fn code(
        &self,
        code: &str,
        description: Option<Description>,
        language: Language,
        line: usize,
        dropped_since: Option<String>,
    ) -> ActionCode {
        let service_index = self.index_of.get(code).copied();
        let service = service_index.map(|index| &self.model.codes[index]);
        let translations = service.map_or_else(Vec::new, |code| {
            Language::ALL
                .iter()
                .filter(|&&other| other != language)
                .filter_map(|&other| Some((other, code.description_in(other)?.clone())))
                .collect()
        });
        ActionCode {
            code: code.to_owned(),
            variant: service.map(|code| code.variant.clone()).unwrap_or_default(),
            service_index,
            description,
            translations,
            retired_since: service.and_then(|code| code.retired_since.clone()),
            dropped_since,
            line,
            repeated_at: Vec::new(),
            written: None,
        }
    }

    /// Names the codes the service enum does not list by the naming rules (the service enum's
    /// variant names taken; `docs/design.md`, "Variant names").
    fn name_unlisted(&self, codes: &mut [ActionCode]) -> Result<(), Diagnostic> {
        let unlisted: Vec<usize> = (0..codes.len())
            .filter(|&at| codes[at].service_index.is_none())
            .collect();
        if unlisted.is_empty() {
            return Ok(());
        }
        let service_variants: CodeMap<&str, &str> = self
            .model
            .codes
            .iter()
            .map(|code| (code.variant.as_str(), code.code.as_str()))
            .collect();
        let wanted: Vec<(&str, usize)> = unlisted
            .iter()
            .map(|&at| (codes[at].code.as_str(), codes[at].line))
            .collect();
        let named = name_action_codes(&wanted, &service_variants)?;
        for (&at, (variant, _)) in unlisted.iter().zip(named) {
            codes[at].variant = variant;
        }
        Ok(())
    }
}

/// The per-action models of every action of `page`, against the service's model.
#[cfg(test)]
pub(crate) fn action_models(
    service: &Model,
    page: &crate::read::ActionPage,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::parse_action_page;

    #[test]
    fn listed_codes_take_the_service_names_and_others_get_their_own() {
        let service = crate::build_model(
            "### 业务错误码\n\n| 错误码 | 说明 |\n|---|---|\n| A.B | x |\n| Zero | o |\n| C | c |\n",
            &[],
        )
        .expect("a service page");
        let page = parse_action_page(
            "## Run\n\n| 错误码 | 描述 |\n|---|---|\n| C | c |\n| A.B | x |\n| A.B | x |\n| New.Code | n |\n| NewCode | n |\n| C. | c |\n",
        )
        .expect("an action page");
        let index = ServiceIndex::new(&service);
        let action = index.action(&page.actions[0]).expect("a model");
        let summary: Vec<(&str, &str, Option<usize>)> = action
            .codes
            .iter()
            .map(|c| (c.code.as_str(), c.variant.as_str(), c.service_index))
            .collect();
        assert_eq!(
            summary,
            [
                ("C", "C", Some(2)),
                ("A.B", "AB", Some(0)),
                // The service enum's rule: both members of the colliding group are segmented.
                ("New.Code", "New_Code", None),
                ("NewCode", "NewCode", None),
            ]
        );
        assert_eq!(action.codes[1].repeated_at, [7]);
        assert_eq!(action.codes[0].repeated_at, [10], "`C.` is `C`");
        assert_eq!(action.unlisted_by_service().count(), 2);
    }

    #[test]
    fn unlisted_names_do_not_depend_on_page_order() {
        let service = crate::build_model(
            "### 业务错误码\n\n| 错误码 | 说明 |\n|---|---|\n| Taken | 甲 |\n",
            &[],
        )
        .expect("a service page");
        let index = ServiceIndex::new(&service);
        let names = |codes: &[&str]| -> Vec<(String, String)> {
            let mut page = String::from("## Run\n\n| 错误码 | 描述 |\n|---|---|\n");
            for code in codes {
                page.push_str(&format!("| {code} | 乙 |\n"));
            }
            let page = parse_action_page(&page).expect("an action page");
            let mut named: Vec<(String, String)> = index
                .action(&page.actions[0])
                .expect("a model")
                .codes
                .into_iter()
                .map(|c| (c.code, c.variant))
                .collect();
            named.sort();
            named
        };
        let forward = names(&["a_b.X", "AB.X", "a-b.X", "taken", "Other"]);
        let backward = names(&["Other", "taken", "a-b.X", "AB.X", "a_b.X"]);
        assert_eq!(forward, backward);
        assert_eq!(
            forward,
            [
                ("AB.X".to_owned(), "AB_X_1".to_owned()),
                ("Other".to_owned(), "Other_1".to_owned()),
                ("a-b.X".to_owned(), "AB_X_2".to_owned()),
                ("a_b.X".to_owned(), "AB_X_3".to_owned()),
                ("taken".to_owned(), "Taken_1".to_owned()),
            ]
        );
    }

    #[test]
    fn codes_no_longer_listed_follow_the_current_ones() {
        use crate::read::RetiredCode;
        let service = crate::build_model(
            "### 业务错误码\n\n| 错误码 | 说明 |\n|---|---|\n| A.B | x |\n| Gone | g |\n| C | c |\n",
            &[],
        )
        .expect("a service page");
        let mut page = parse_action_page("## Run\n\n| 错误码 | 描述 |\n|---|---|\n| C | c |\n")
            .expect("an action page");
        let listing = &mut page.actions[0];
        let retired = |code: &str| RetiredCode {
            code: code.to_owned(),
            description: None,
            since: "tencentcloud-sdk-go 1.3.166".to_owned(),
        };
        // `C` is listed today: current, not retired; `Old.Code` is on no service page.
        listing.retired = vec![retired("C"), retired("Gone"), retired("Old.Code")];
        listing.retired_since = Some("tencentcloud-sdk-go 1.3.166".to_owned());
        let action = ServiceIndex::new(&service)
            .action(listing)
            .expect("a model");
        let summary: Vec<(&str, &str, Option<usize>, Option<&str>)> = action
            .codes
            .iter()
            .map(|c| {
                (
                    c.code.as_str(),
                    c.variant.as_str(),
                    c.service_index,
                    c.dropped_since.as_deref(),
                )
            })
            .collect();
        let since = Some("tencentcloud-sdk-go 1.3.166");
        assert_eq!(
            summary,
            [
                ("C", "C", Some(2), None),
                ("Gone", "Gone", Some(1), since),
                ("Old.Code", "OldCode", None, since),
            ]
        );
        assert_eq!(action.retired_since.as_deref(), since);
    }
}
