//! Variant names: turns each code into an identifier, resolving collisions so that the result
//! does not depend on page order.
//!
//! The rules, numbered 1 to 5 as the functions below cite them, are written once, in
//! `docs/design.md` ("Variant names"): base names (1), renames (2), segmented names for every
//! member of a colliding group or a reserved name (3), `_1`, `_2`, ... for what still
//! collides (4), and errors for collisions that involve a rename (5).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::merge::Merged;
use super::suggest::edit_distance;
use super::types::{Collision, ErrorCode, Model, Naming, Rename};
use crate::diagnostic::{Diagnostic, Location};
use crate::read::{is_valid_variant_name, CodeMap};

/// The name of the variant that holds codes the page does not list.
pub(crate) const UNKNOWN_VARIANT: &str = "Unknown";

/// The variant of a per-action enum that holds every code the action does not list (defined
/// beside what else codegen and the runtime must agree on).
pub(crate) use tencent_errors_runtime::__private::shared::OTHER_VARIANT;

/// Names no listed code may take: every name the generated enums expose at type level, where
/// a variant of the same name would shadow it, clash with it or make it ambiguous, with why.
/// A code whose name is one of these is disambiguated (rule 3); a `rename` to one is an error.
const RESERVED: &[(&str, &str)] = &[
    // The variant of the service and per-action enums for codes the page does not list.
    (
        UNKNOWN_VARIANT,
        "`Unknown` holds codes the page does not list",
    ),
    // The keyword: `Self` cannot be a variant at all.
    ("Self", "`Self` is a keyword"),
    // Associated consts of the service enum.
    ("ALL", "`ALL` is the constant that lists every code"),
    ("CURRENT", "`CURRENT` is a constant of the generated enum"),
    (
        "SERVICE",
        "`SERVICE` is the constant that names the service",
    ),
    // The associated const and the catch-all variant of per-action enums.
    (
        "ACTION",
        "`ACTION` is the constant that names a per-action enum's action",
    ),
    (
        OTHER_VARIANT,
        "`Other` holds the codes a per-action enum does not list",
    ),
    // The associated type of `FromStr`: `Self::Err` would be ambiguous.
    ("Err", "`Err` is the error type of the enum's `FromStr`"),
    // Associated functions of the generated enums (only a rename can give a lowercase name).
    (
        "from_code",
        "`from_code` is a function of the generated enum",
    ),
    ("code", "`code` is a function of the generated enum"),
    ("is_known", "`is_known` is a function of the generated enum"),
    (
        "description",
        "`description` is a function of the generated enum",
    ),
    ("category", "`category` is a function of the generated enum"),
    (
        "retry_class",
        "`retry_class` is a function of the generated enum",
    ),
    ("common", "`common` is a function of the generated enum"),
    (
        "description_in",
        "`description_in` is a function of the generated enum",
    ),
    (
        "is_retired",
        "`is_retired` is a function of the generated enum",
    ),
    (
        "retired_since",
        "`retired_since` is a function of the generated enum",
    ),
];

/// The reserved name `name`, if it is one.
fn reserved(name: &str) -> Option<&'static str> {
    RESERVED
        .iter()
        .find(|&&(reserved, _)| reserved == name)
        .map(|&(reserved, _)| reserved)
}

/// The names no listed code may take (`RESERVED`), for tests and tools.
pub fn reserved_names() -> impl Iterator<Item = &'static str> {
    RESERVED.iter().map(|&(name, _)| name)
}

/// The words of a code segment, upper-camel-cased and concatenated.
pub(crate) fn camel_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for word in segment.split(['_', '-']).filter(|w| !w.is_empty()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// Rule 1: the base name. A name that would not start with a letter (the code starts with a
/// digit: `9003`, `4xx.Error`) gets `Code` in front: `Code9003`.
pub(crate) fn base_name(code: &str) -> String {
    let name = if code.is_ascii() {
        camel_ascii(code, "")
    } else {
        camel_segments(code).concat()
    };
    starting_with_a_letter(name)
}

/// Rule 3: the segmented name, with the same prefix as [`base_name`] when it needs one.
pub(crate) fn segmented_name(code: &str) -> String {
    let name = if code.is_ascii() {
        camel_ascii(code, "_")
    } else {
        camel_segments(code).join("_")
    };
    starting_with_a_letter(name)
}

/// What goes in front of a name that would start with a digit: `9003` → `Code9003`.
const NUMERIC_PREFIX: &str = "Code";

/// `name`, or [`NUMERIC_PREFIX`] + `name` when `name` does not start with a letter.
fn starting_with_a_letter(name: String) -> String {
    if name.starts_with(char::is_alphabetic) {
        name
    } else {
        NUMERIC_PREFIX.to_owned() + &name
    }
}

/// The upper-camel-cased segments of a code, empty ones left out: the naming rule for any text.
fn camel_segments(code: &str) -> Vec<String> {
    code.split('.')
        .map(camel_segment)
        .filter(|s| !s.is_empty())
        .collect()
}

/// [`base_name`] (`joiner` empty) and [`segmented_name`] (`joiner` `_`) of an ASCII code, in one
/// indexed pass that copies whole words: every parsed code is ASCII, and unoptimised (`docs/design.md`,
/// "Build cost") the iterator chains of the general version cost ten times as much.
fn camel_ascii(code: &str, joiner: &str) -> String {
    let bytes = code.as_bytes();
    let is_separator = |byte: u8| byte == b'.' || byte == b'_' || byte == b'-';
    let mut out = String::with_capacity(code.len() + 4);
    let mut segment_written = false;
    let mut joiner_due = false;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte == b'.' {
            joiner_due |= segment_written;
            segment_written = false;
            at += 1;
        } else if is_separator(byte) {
            at += 1;
        } else {
            let mut end = at + 1;
            while end < bytes.len() && !is_separator(bytes[end]) {
                end += 1;
            }
            if joiner_due {
                out.push_str(joiner);
                joiner_due = false;
            }
            out.push(char::from(byte.to_ascii_uppercase()));
            out.push_str(&code[at + 1..end]);
            segment_written = true;
            at = end;
        }
    }
    out
}

/// The message for a rename of a code the page does not list, with the closest codes.
fn not_on_page(code: &str, codes: &[ErrorCode]) -> String {
    let mut close: Vec<(usize, &str)> = codes
        .iter()
        .map(|c| {
            (
                edit_distance(&code.to_lowercase(), &c.code.to_lowercase()),
                c.code.as_str(),
            )
        })
        .filter(|&(distance, _)| distance <= 3.max(code.len() / 5))
        .collect();
    close.sort();
    match close.as_slice() {
        [] => "not a code on this page".to_owned(),
        [(_, one), ..] => format!("not a code on this page; did you mean `{one}`?"),
    }
}

/// The naming pass, after the merge: gives every code of the merged model its variant name,
/// following the rules in this module's documentation; the problems (bad renames, collisions
/// no rule resolves), or the model.
pub(crate) fn name_variants(merged: Merged, renames: &[Rename]) -> Result<Model, Vec<Diagnostic>> {
    let Merged {
        mut model,
        index_of,
    } = merged;
    let mut errors = Vec::new();
    let renamed = apply_renames(&mut model.codes, renames, &index_of, &mut errors);
    disambiguate_base_names(&mut model.codes, &renamed);
    report_collisions(&model.codes, &renamed, &mut errors);
    if errors.is_empty() {
        Ok(model)
    } else {
        Err(errors)
    }
}

/// Rule 2: renames first. Returns the renamed codes: code index → rename index.
fn apply_renames(
    codes: &mut [ErrorCode],
    renames: &[Rename],
    index_of: &CodeMap<String, usize>,
    errors: &mut Vec<Diagnostic>,
) -> HashMap<usize, usize> {
    let mut renamed: HashMap<usize, usize> = HashMap::new();
    for (position, rename) in renames.iter().enumerate() {
        let problem = if !is_valid_variant_name(&rename.variant) {
            Some((
                Location::RenameVariant(position),
                format!(
                    "`{}` is not a valid Rust identifier for a variant",
                    rename.variant
                ),
            ))
        } else if let Some(&(name, why)) =
            RESERVED.iter().find(|&&(name, _)| name == rename.variant)
        {
            Some((
                Location::RenameVariant(position),
                format!("`{name}` is reserved: {why}"),
            ))
        } else {
            match index_of.get(&rename.code) {
                None => Some((
                    Location::RenameCode(position),
                    not_on_page(&rename.code, codes),
                )),
                Some(&index) => match renamed.get(&index) {
                    Some(&earlier) => Some((
                        Location::RenameVariant(position),
                        format!(
                            "the code is renamed twice (also to `{}`)",
                            renames[earlier].variant
                        ),
                    )),
                    None => {
                        renamed.insert(index, position);
                        None
                    }
                },
            }
        };
        if let Some((location, message)) = problem {
            errors.push(Diagnostic::error(location, message));
        }
    }
    for (&index, &position) in &renamed {
        codes[index].variant = renames[position].variant.clone();
        codes[index].naming = Naming::Renamed;
    }
    renamed
}

/// Rules 3 and 4 for the codes that are not renamed, with the reserved names taken.
fn disambiguate_base_names(codes: &mut [ErrorCode], renamed: &HashMap<usize, usize>) {
    let members: Vec<usize> = (0..codes.len())
        .filter(|index| !renamed.contains_key(index))
        .collect();
    let names: Vec<&str> = members.iter().map(|&i| codes[i].code.as_str()).collect();
    let named = name_codes(&names, |name| reserved(name).map(Collision::Reserved));
    for (&member, (variant, naming)) in members.iter().zip(named) {
        codes[member].variant = variant;
        codes[member].naming = naming;
    }
}

/// Names `codes` by rules 1, 3 and 4, in the order given; `taken` says what else a name is
/// (a reserved name; for a per-action enum, also a service enum's variant).
///
/// - Rule 3: codes grouped by base name; every member of a group of two or more, or of a group
///   whose base name is taken, gets its segmented name.
/// - Rule 4: segmented names that still collide (among themselves, or with a taken name) get
///   `_1`, `_2`, ... in byte order of their codes.
///
/// Nothing depends on the order of `codes`.
pub(crate) fn name_codes(
    codes: &[&str],
    taken: impl Fn(&str) -> Option<Collision>,
) -> Vec<(String, Naming)> {
    let mut named: Vec<(String, Naming)> = vec![(String::new(), Naming::Base); codes.len()];
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, code) in codes.iter().enumerate() {
        groups.entry(base_name(code)).or_default().push(index);
    }
    let mut segmented: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (base, members) in groups {
        let collision = taken(&base);
        if members.len() == 1 && collision.is_none() {
            named[members[0]].0 = base;
            continue;
        }
        for &member in &members {
            let mut with: Vec<Collision> = members
                .iter()
                .filter(|&&other| other != member)
                .map(|&other| Collision::Code(codes[other].to_owned()))
                .collect();
            with.extend(collision.clone());
            let name = segmented_name(codes[member]);
            segmented.entry(name.clone()).or_default().push(member);
            named[member] = (
                name,
                Naming::Disambiguated {
                    base: base.clone(),
                    with,
                },
            );
        }
    }
    for (name, mut members) in segmented {
        if members.len() == 1 && taken(&name).is_none() {
            continue;
        }
        members.sort_by(|&a, &b| codes[a].cmp(codes[b]));
        for (rank, member) in members.into_iter().enumerate() {
            named[member].0 = format!("{name}_{}", rank + 1);
        }
    }
    named
}

/// Names the codes of a per-action enum that the service enum does not list, by the service
/// enum's rules (1, 3, 4), with the service enum's variant names and the reserved names taken.
/// `service_variants` maps each variant name of the service enum to its code. A name that is
/// still taken after rule 4 (a service variant called `X_1`, say) or is no identifier is an
/// error, at the code's line.
pub(crate) fn name_action_codes(
    codes: &[(&str, usize)],
    service_variants: &CodeMap<&str, &str>,
) -> Result<Vec<(String, Naming)>, Diagnostic> {
    let names: Vec<&str> = codes.iter().map(|&(code, _)| code).collect();
    let named = name_codes(&names, |name| {
        reserved(name).map(Collision::Reserved).or_else(|| {
            service_variants
                .get(name)
                .map(|code| Collision::ServiceVariant((*code).to_owned()))
        })
    });
    for (&(code, line), (name, _)) in codes.iter().zip(&named) {
        let problem = if !is_valid_variant_name(name) {
            Some(format!(
                "code `{code}` gives no valid variant name (`{name}`)"
            ))
        } else {
            service_variants.get(name.as_str()).map(|other| {
                format!(
                    "code `{code}` would be named `{name}`, as the service enum's variant for \
                     `{other}` is"
                )
            })
        };
        if let Some(message) = problem {
            return Err(Diagnostic::at_line(line, message));
        }
    }
    Ok(named)
}

/// Rule 5: whatever still collides involves a rename (or a pathological page). Base names are
/// distinct by construction (rule 3), so a name can only be taken twice if a renamed or
/// disambiguated code has it: only those names are checked.
fn report_collisions(
    codes: &[ErrorCode],
    renamed: &HashMap<usize, usize>,
    errors: &mut Vec<Diagnostic>,
) {
    let checked: BTreeSet<&str> = codes
        .iter()
        .filter(|code| !matches!(code.naming, Naming::Base))
        .map(|code| code.variant.as_str())
        .collect();
    let mut owners: CodeMap<&str, usize> = CodeMap::default();
    let candidates = codes
        .iter()
        .enumerate()
        .filter(|(_, code)| checked.contains(code.variant.as_str()));
    for (index, code) in candidates {
        let Some(&first) = owners.get(code.variant.as_str()) else {
            owners.insert(&code.variant, index);
            continue;
        };
        let first_code = &codes[first];
        let blame = [index, first]
            .into_iter()
            .find_map(|i| renamed.get(&i).copied());
        let message = format!(
            "codes `{}` and `{}` would both be named `{}`",
            first_code.code, code.code, code.variant
        );
        errors.push(match blame {
            Some(position) => Diagnostic::error(
                Location::RenameVariant(position),
                format!("{message}; choose another name"),
            ),
            None => Diagnostic::at_line(
                code.line,
                format!(
                    "{message}, even after disambiguation; give one a name with \
                     `rename = {{ \"{}\" = SomeName }}`",
                    code.code
                ),
            ),
        });
    }
}

/// UpperCamel(service) + `Error`: `cvm` → `CvmError`, `tke_edge` → `TkeEdgeError`.
pub fn enum_name(service: &str) -> String {
    camel_segment(service) + "Error"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::row;
    use crate::model::Model;
    use crate::read::TableKind;

    fn names(codes: &[&str]) -> Vec<String> {
        let rows = codes
            .iter()
            .enumerate()
            .map(|(i, c)| row(c, "d", i + 1, 0, TableKind::Service))
            .collect();
        Model::build(rows, &[])
            .expect("builds")
            .codes
            .into_iter()
            .map(|c| c.variant)
            .collect()
    }

    proptest::proptest! {
        /// The ASCII fast path gives what the general, iterator-based rule gives.
        #[test]
        fn ascii_names_match_the_general_rule(code in "[A-Za-z0-9._-]{0,24}") {
            proptest::prop_assert_eq!(camel_ascii(&code, ""), camel_segments(&code).concat());
            proptest::prop_assert_eq!(camel_ascii(&code, "_"), camel_segments(&code).join("_"));
        }
    }

    #[test]
    fn enum_names_are_upper_camel_plus_error() {
        assert_eq!(enum_name("cvm"), "CvmError");
        assert_eq!(enum_name("tke_edge"), "TkeEdgeError");
    }

    /// The reserved list is checked against what the templates define, so that a method added
    /// to every generated enum cannot be shadowed by a variant.
    #[test]
    fn every_name_the_templates_define_is_reserved() {
        let templates = [
            include_str!("../generate/service_template.rs"),
            include_str!("../generate/actions_template.rs"),
        ];
        let mut checked = 0;
        for template in templates {
            for keyword in ["pub fn ", "pub const ", "pub type "] {
                for (at, _) in template.match_indices(keyword) {
                    let rest = &template[at + keyword.len()..];
                    let end = rest
                        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .unwrap_or(rest.len());
                    let name = &rest[..end];
                    assert!(
                        reserved(name).is_some(),
                        "the template defines `{name}`: add it to RESERVED"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked >= 20, "{checked} names found in the templates");
        for variant in [UNKNOWN_VARIANT, OTHER_VARIANT, "Self", "Err"] {
            assert!(reserved(variant).is_some(), "{variant}");
        }
    }

    #[test]
    fn base_names_follow_the_words() {
        assert_eq!(
            base_name("InvalidParameterValue.VpcIdMalformed"),
            "InvalidParameterValueVpcIdMalformed"
        );
        assert_eq!(
            base_name("FailedOperation.Domain.UnExist"),
            "FailedOperationDomainUnExist"
        );
        assert_eq!(base_name("invalid-zone.not_found"), "InvalidZoneNotFound");
        assert_eq!(base_name("AuthFailure.MFAFailure"), "AuthFailureMFAFailure");
        assert_eq!(base_name("A.1b"), "A1b");
        // Codes that no identifier can start as (cdb's `9003`): `Code` in front.
        assert_eq!(base_name("9003"), "Code9003");
        assert_eq!(base_name("4xx.error"), "Code4xxError");
        assert_eq!(base_name("_a.b"), "AB", "a leading `_` is a separator");
        assert_eq!(segmented_name("9003.x"), "Code9003_X");
        assert_eq!(
            segmented_name("InvalidParameter.ValueTooLarge"),
            "InvalidParameter_ValueTooLarge"
        );
    }

    #[test]
    fn numeric_codes_collide_by_the_usual_rule_whatever_the_order() {
        let expected = ["Code9003_1", "Code9003_2", "Code9004"];
        assert_eq!(names(&["9003", "Code9003", "9004"]), expected);
        assert_eq!(
            names(&["Code9003", "9003", "9004"]),
            ["Code9003_2", "Code9003_1", "Code9004"]
        );
    }

    #[test]
    fn colliding_codes_all_get_segmented_names() {
        assert_eq!(
            names(&[
                "InvalidParameter.ValueTooLarge",
                "Solo",
                "InvalidParameterValue.TooLarge"
            ]),
            [
                "InvalidParameter_ValueTooLarge",
                "Solo",
                "InvalidParameterValue_TooLarge"
            ]
        );
    }

    #[test]
    fn names_do_not_depend_on_page_order() {
        let forward = names(&["A.BC", "AB.C", "X"]);
        let backward = names(&["X", "AB.C", "A.BC"]);
        assert_eq!(forward[0], backward[2]);
        assert_eq!(forward[1], backward[1]);
    }

    #[test]
    fn collisions_that_survive_segmenting_get_numbered_by_code_order() {
        assert_eq!(
            names(&["foo_bar.X", "FooBar.X", "foo-bar.X"]),
            ["FooBar_X_3", "FooBar_X_1", "FooBar_X_2"]
        );
    }

    #[test]
    fn reserved_names_are_avoided() {
        assert_eq!(
            names(&["Unknown", "Self", "Unknown.X"]),
            ["Unknown_1", "Self_1", "UnknownX"]
        );
        assert_eq!(
            names(&["ALL", "CURRENT", "SERVICE", "ACTION", "Other", "Err", "err", "All"]),
            [
                "ALL_1",
                "CURRENT_1",
                "SERVICE_1",
                "ACTION_1",
                "Other_1",
                "Err_1",
                "Err_2",
                "All"
            ]
        );
        // A multi-segment code whose base name is reserved gets its segmented name.
        assert_eq!(names(&["A.LL", "SERV.ICE"]), ["A_LL", "SERV_ICE"]);
    }

    #[test]
    fn renames_apply_and_are_checked() {
        let rows = || {
            vec![
                row("A.B", "d", 1, 0, TableKind::Service),
                row("C", "d", 2, 0, TableKind::Service),
            ]
        };
        let rename = |code: &str, variant: &str| Rename {
            code: code.into(),
            variant: variant.into(),
        };
        let model = Model::build(rows(), &[rename("A.B", "Ab")]).expect("builds");
        assert_eq!(model.codes[0].variant, "Ab");
        assert_eq!(model.codes[0].naming, Naming::Renamed);

        let cases = [
            (rename("Nope", "X"), "not a code on this page"),
            (rename("A.b", "X"), "did you mean `A.B`?"),
            (rename("A.B", "1x"), "not a valid"),
            (rename("A.B", "fn"), "not a valid"),
            (rename("A.B", "Unknown"), "reserved"),
            (
                rename("A.B", "ALL"),
                "`ALL` is reserved: `ALL` is the constant",
            ),
            (
                rename("A.B", "Err"),
                "`Err` is reserved: `Err` is the error type",
            ),
            (rename("A.B", "from_code"), "`from_code` is reserved"),
            (rename("A.B", "C"), "would both be named `C`"),
        ];
        for (rename, expected) in cases {
            let errors = Model::build(rows(), std::slice::from_ref(&rename)).expect_err("rejected");
            match &errors[0] {
                e if matches!(
                    e.location,
                    Location::RenameCode(0) | Location::RenameVariant(0)
                ) =>
                {
                    assert!(e.message.contains(expected), "{}", e.message)
                }
                other => panic!("unexpected {other:?}"),
            }
        }
    }
}
