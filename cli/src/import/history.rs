//! The history merge, one for both histories: a release's listings folded into the spans of
//! `history.tsv` (a site's services and their codes) or `action-history.tsv` (the actions and
//! their codes).
//!
//! A row is a service or an action ([`WHOLE`](tencent_errors_codegen::format::WHOLE)) or one of
//! its codes. A row the previous release listed and this one does not is retired (its span
//! ends; the caller keeps its last text); a row this release lists runs to this release, and
//! is added when it is new.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use tencent_errors_codegen::format::{compare_versions, ReleaseSpan};

use super::ImportError;

/// What merging a release does to a row of the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// The previous release listed it, this one does not.
    Retired,
    /// Retired before, listed again.
    Republished,
    /// Listed for the first time.
    New,
}

/// Whether `version` of `package` is the newest release already merged (`newest`) once more;
/// an older one is refused, as the history only runs forward.
pub(crate) fn again(
    package: &str,
    version: &str,
    newest: Option<&String>,
) -> Result<bool, ImportError> {
    let Some(newest) = newest else {
        return Ok(false);
    };
    match compare_versions(version, newest) {
        Ordering::Less => Err(ImportError::Older {
            package: package.to_owned(),
            version: version.to_owned(),
            newest: newest.clone(),
        }),
        Ordering::Equal => Ok(true),
        Ordering::Greater => Ok(false),
    }
}

/// Merges a release into `history`: `listed` is every row it lists, in order; `owns` tells
/// the rows of its dataset (the history of one site holds the other's too), `previous` is the
/// release merged before it. `note` hears of every step before the row changes: it may refuse
/// it, and it keeps a retired row's text in the row's description.
pub(crate) fn merge<K: Ord + Clone>(
    history: &mut BTreeMap<K, ReleaseSpan>,
    owns: impl Fn(&K) -> bool,
    previous: Option<&String>,
    version: &str,
    listed: &[K],
    mut note: impl FnMut(Step, &K, &mut ReleaseSpan) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let lists: BTreeSet<&K> = listed.iter().collect();
    for (key, row) in history.iter_mut() {
        if owns(key) && Some(&row.last) == previous && !lists.contains(key) {
            note(Step::Retired, key, row)?;
        }
    }
    for key in listed {
        match history.get_mut(key) {
            Some(row) => {
                if Some(&row.last) != previous {
                    note(Step::Republished, key, row)?;
                }
                row.last = version.to_owned();
                row.description.clear();
            }
            None => {
                let mut row = ReleaseSpan {
                    first: version.to_owned(),
                    last: version.to_owned(),
                    description: String::new(),
                };
                note(Step::New, key, &mut row)?;
                history.insert(key.clone(), row);
            }
        }
    }
    Ok(())
}
