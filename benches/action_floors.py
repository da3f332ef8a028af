#!/usr/bin/env python3
"""Writes the designs that `benches/action-floors.sh` compiles side by side.

Input: a directory with `<service>.rs` (`tencent-errors expand <service>`) and
`<service>-actions.rs` (`tencent-errors expand <service> --actions '*'`) for each service
given. Output: one directory per design under OUT, each with `<service>.rs` for every service
and, for the designs that need one, `prelude.rs` (items written once per crate). Each design is
the expansion with `actions = *` cut down or rewritten per action, so that what a design costs
is what it puts in every per-action enum:

- `without-actions`: the expansion without actions (the reference).
- `definitions`: the per-action enums' definitions alone (variants, docs, `Other`).
- `+action`, `+from`, `+std`, `+serde`: the definitions plus, cumulatively, the hidden
  `Action` impl, `From` both ways, `Clone`/`Debug`/`Display`/`Error`/`FromStr`/
  `PartialEq`/`Eq`/`Hash`, and serde; `today` adds the inherent impl: the macro's output.
- `today-empty-bodies`: every item `today` has, every function body `loop {}`: the least the
  same public API can cost while each action is its own type.
- `marker`: one generic enum per service with all of the service's variants,
  `RunInstancesError = CvmActions<RunInstances>`, each action a marker type with its table and
  docs (every trait and method implemented once per service, bodies `loop {}`): patterns for
  codes the action never returns compile, and the variants' docs are the service's.
- `generic-wrapper`: each action a fieldless enum of its codes (variants and docs) with one
  hidden impl, and `RunInstancesError = ActionError<RunInstances>` with every trait and method
  implemented once, generically (in `prelude.rs`, in a real design the runtime): patterns
  become `ActionError::Listed(RunInstances::X)` and `ActionError::Other(e)`.

    python3 benches/action_floors.py IN OUT cvm vpc
"""

import os
import re
import sys

# The first line of a per-action enum's definition (`    pub enum RunInstancesError {`).
ENUM_LINE = re.compile(r"    \S+ enum (\w+) \{")

# The items of an enum's `const _` block, by how their first line starts (after attributes).
KINDS = [
    ("use", "use "),
    ("action", "impl __p::Action"),
    ("from", "impl ::core::convert::From<"),
    ("std", "impl ::core::clone::Clone"),
    ("std", "impl ::core::fmt::Debug"),
    ("std", "impl ::core::fmt::Display"),
    ("std", "impl ::std::error::Error"),
    ("std", "impl ::core::str::FromStr"),
    ("std", "impl ::core::cmp::PartialEq"),
    ("std", "impl ::core::cmp::Eq"),
    ("std", "impl ::core::hash::Hash"),
    ("serde", "__p::impl_serde!("),
    ("inherent", "impl "),
]

CUMULATIVE = {
    "definitions": set(),
    "+action": {"use", "action"},
    "+from": {"use", "action", "from"},
    "+std": {"use", "action", "from", "std"},
    "+serde": {"use", "action", "from", "std", "serde"},
    "today": {"use", "action", "from", "std", "serde", "inherent"},
}

EMPTY_BODIES = """
    #[doc(hidden)]
    impl ::tencent_errors::__private::Action for {name} {
        type Service = {service};
        const TABLE: &'static ::tencent_errors::__private::ActionTable = loop {};
        #[inline] fn view(&self) -> ::core::result::Result<usize, &{service}> { loop {} }
        #[inline] fn listed(_: usize) -> ::core::option::Option<Self> { loop {} }
        #[inline] fn from_other(_: {service}) -> Self { loop {} }
    }
    impl ::core::convert::From<{service}> for {name} { #[inline] fn from(_: {service}) -> Self { loop {} } }
    impl ::core::convert::From<{name}> for {service} { #[inline] fn from(_: {name}) -> Self { loop {} } }
    impl {name} {
        pub const SERVICE: &'static str = "";
        pub const ACTION: &'static str = "";
        pub const ALL: &'static [{name}] = &[];
        pub const CURRENT: &'static [{name}] = &[];
        #[inline] pub fn from_code(_: &str) -> Self { loop {} }
        #[inline] pub fn code(&self) -> &str { loop {} }
        #[inline] pub fn is_known(&self) -> bool { loop {} }
        #[inline] pub fn description(&self) -> ::core::option::Option<&'static str> { loop {} }
        #[inline] pub fn description_in(&self, _: ::tencent_errors::Language) -> ::core::option::Option<&'static str> { loop {} }
        #[inline] pub fn is_retired(&self) -> bool { loop {} }
        #[inline] pub fn retired_since(&self) -> ::core::option::Option<&'static str> { loop {} }
        #[inline] pub fn category(&self) -> ::tencent_errors::Category { loop {} }
        #[inline] pub fn retry_class(&self) -> ::tencent_errors::RetryClass { loop {} }
        #[inline] pub fn common(&self) -> ::core::option::Option<::tencent_errors::CommonError> { loop {} }
    }
    impl ::core::clone::Clone for {name} { #[inline] fn clone(&self) -> Self { loop {} } }
    impl ::core::fmt::Debug for {name} { #[inline] fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { loop {} } }
    impl ::core::fmt::Display for {name} { #[inline] fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { loop {} } }
    impl ::std::error::Error for {name} {}
    impl ::core::str::FromStr for {name} { type Err = ::core::convert::Infallible; #[inline] fn from_str(_: &str) -> ::core::result::Result<Self, Self::Err> { loop {} } }
    impl ::core::cmp::PartialEq for {name} { #[inline] fn eq(&self, _: &Self) -> bool { loop {} } }
    impl ::core::cmp::Eq for {name} {}
    impl ::core::hash::Hash for {name} { #[inline] fn hash<H: ::core::hash::Hasher>(&self, _: &mut H) { loop {} } }
    ::tencent_errors::__private::impl_serde!({name});
"""

# Once per crate: the generic wrapper and everything it implements once.
WRAPPER_PRELUDE = """
pub trait Codes: Copy + 'static {
    type Service: ::tencent_errors::__private::Indexed;
    const TABLE: &'static ::tencent_errors::__private::ActionTable;
    const ALL: &'static [Self];
    fn position(self) -> usize;
}
pub enum ActionError<C: Codes> {
    Listed(C),
    Other(C::Service),
}
impl<C: Codes> ActionError<C> {
    #[inline]
    fn service(&self) -> ::core::result::Result<&'static C::Service, &C::Service> {
        match self {
            ActionError::Listed(c) => {
                let i = c.position();
                let s = C::TABLE.services;
                let at = usize::from(u16::from_le_bytes([s[2 * i - 2], s[2 * i - 1]]));
                ::core::result::Result::Ok(&<C::Service as ::tencent_errors::__private::Indexed>::all()[at])
            }
            ActionError::Other(other) => ::core::result::Result::Err(other),
        }
    }
    pub fn from_code(code: &str) -> Self {
        let service = <C::Service as ::tencent_errors::ServiceError>::from_code(code);
        let position = ::tencent_errors::__private::Indexed::index(&service)
            .and_then(|i| C::TABLE.positions.get(i))
            .map_or(0, |&p| usize::from(p));
        match C::ALL.get(position.wrapping_sub(1)) {
            ::core::option::Option::Some(&c) => ActionError::Listed(c),
            ::core::option::Option::None => ActionError::Other(service),
        }
    }
    pub fn code(&self) -> &str {
        match self.service() {
            ::core::result::Result::Ok(s) => ::tencent_errors::ServiceError::code(s),
            ::core::result::Result::Err(s) => ::tencent_errors::ServiceError::code(s),
        }
    }
    pub fn description(&self) -> ::core::option::Option<&'static str> {
        match self.service() {
            ::core::result::Result::Ok(s) => ::tencent_errors::ServiceError::description(s),
            ::core::result::Result::Err(s) => ::tencent_errors::ServiceError::description(s),
        }
    }
    pub fn is_known(&self) -> bool {
        ::core::matches!(self, ActionError::Listed(_))
    }
}
impl<C: Codes> ::core::clone::Clone for ActionError<C> {
    fn clone(&self) -> Self {
        match self {
            ActionError::Listed(c) => ActionError::Listed(*c),
            ActionError::Other(s) => ActionError::Other(s.clone()),
        }
    }
}
impl<C: Codes> ::core::fmt::Debug for ActionError<C> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())
    }
}
impl<C: Codes> ::core::fmt::Display for ActionError<C> {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.code())
    }
}
impl<C: Codes> ::std::error::Error for ActionError<C> {}
impl<C: Codes> ::core::cmp::PartialEq for ActionError<C> {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}
impl<C: Codes> ::core::cmp::Eq for ActionError<C> {}
impl<C: Codes> ::core::hash::Hash for ActionError<C> {
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        self.code().hash(state)
    }
}
impl<C: Codes> ::core::str::FromStr for ActionError<C> {
    type Err = ::core::convert::Infallible;
    fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
        ::core::result::Result::Ok(Self::from_code(code))
    }
}
"""

# Once per service: `From` both ways, generic over the service's actions.
WRAPPER_SERVICE = """
    impl<C: super::super::Codes<Service = {service}>> ::core::convert::From<{service}> for super::super::ActionError<C> {
        fn from(error: {service}) -> Self {
            Self::from_code(::tencent_errors::ServiceError::code(&error))
        }
    }
    impl<C: super::super::Codes<Service = {service}>> ::core::convert::From<super::super::ActionError<C>> for {service} {
        fn from(error: super::super::ActionError<C>) -> Self {
            ::tencent_errors::ServiceError::from_code(error.code())
        }
    }
"""


# Once per service: the generic enum of the marker design and its impls (bodies `loop {}`).
MARKER_SERVICE = """
pub trait Marker: 'static {
    const ACTION: &'static str;
    const TABLE: &'static ::tencent_errors::__private::ActionTable;
}
impl<M: Marker> ::core::clone::Clone for {enum}<M> { fn clone(&self) -> Self { loop {} } }
impl<M: Marker> ::core::fmt::Debug for {enum}<M> { fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { loop {} } }
impl<M: Marker> ::core::fmt::Display for {enum}<M> { fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { loop {} } }
impl<M: Marker> ::std::error::Error for {enum}<M> {}
impl<M: Marker> ::core::str::FromStr for {enum}<M> { type Err = ::core::convert::Infallible; fn from_str(_: &str) -> ::core::result::Result<Self, Self::Err> { loop {} } }
impl<M: Marker> ::core::cmp::PartialEq for {enum}<M> { fn eq(&self, _: &Self) -> bool { loop {} } }
impl<M: Marker> ::core::cmp::Eq for {enum}<M> {}
impl<M: Marker> ::core::hash::Hash for {enum}<M> { fn hash<H: ::core::hash::Hasher>(&self, _: &mut H) { loop {} } }
impl<M: Marker> ::core::convert::From<{service}> for {enum}<M> { fn from(_: {service}) -> Self { loop {} } }
impl<M: Marker> ::core::convert::From<{enum}<M>> for {service} { fn from(_: {enum}<M>) -> Self { loop {} } }
impl<M: Marker> {enum}<M> {
    pub fn from_code(_: &str) -> Self { loop {} }
    pub fn code(&self) -> &str { loop {} }
    pub fn is_known(&self) -> bool { loop {} }
    pub fn description(&self) -> ::core::option::Option<&'static str> { loop {} }
    pub fn category(&self) -> ::tencent_errors::Category { loop {} }
    pub fn retry_class(&self) -> ::tencent_errors::RetryClass { loop {} }
}
"""


def marker(head, pieces, service_type):
    """The marker design: the service enum's definition again, generic, then per action a
    marker type with its docs and table and a type alias."""
    service_enum = service_type.split("::")[-1]
    generic = service_enum.replace("Error", "Actions")
    start = head.index(f"pub enum {service_enum} {{")
    end = head.index("\n}\n", start) + 3
    definition = head[start:end].replace(
        f"pub enum {service_enum} {{", f"pub enum {generic}<M: Marker> {{"
    ).replace(
        "\n}\n",
        "\n    #[doc(hidden)]\n    __Marker(::core::marker::PhantomData<M>, ::core::convert::Infallible),\n}\n",
    )
    module = [
        "    #[non_exhaustive]",
        "    " + definition.replace("\n", "\n    "),
        MARKER_SERVICE.replace("{enum}", generic).replace("{service}", service_type),
    ]
    docs, name = [], None
    for kind, piece in pieces:
        if kind == "line":
            m = ENUM_LINE.match(piece)
            if m:
                name = m.group(1)
            elif name is None:
                docs.append(piece)
            elif name is not None and piece == "    }":
                name_codes = name[:-5]
                module.extend(docs)
                module.append(f"    pub enum {name_codes} {{}}")
                module.append(f"    pub type {name} = {generic}<{name_codes}>;")
                docs, name = [], None
            continue
        table = "\n".join(piece)
        table = table[table.index("const TABLE") :]
        table = table[: table.index("\n            };") + len("\n            };")]
        codes = module[-2].split()[2]
        module.append("    #[allow(deprecated)]\n    const _: () = {")
        module.append("        use ::tencent_errors::__private as __p;")
        module.append(f"        impl Marker for {codes} {{")
        module.append(f"            const ACTION: &'static str = \"{codes}\";")
        module.append("            " + table)
        module.append("        }")
        module.append("    };")
    return module


def split_items(block):
    """The items of a `const _` block (lines at eight spaces), each with its attributes."""
    items, current, depth_open = [], [], False
    for line in block:
        current.append(line)
        if line.startswith("        #[") and not depth_open:
            continue
        if line.startswith("        ") and not line.startswith("         "):
            stripped = line.strip()
            if not depth_open and (stripped.endswith(";") or stripped.endswith("{}")):
                items.append(current)
                current = []
            elif stripped == "}" or stripped == "};":
                items.append(current)
                current = []
                depth_open = False
            else:
                depth_open = True
    if current:
        items.append(current)
    return items


def kind_of(item):
    first = next(line.strip() for line in item if not line.strip().startswith("#["))
    for kind, prefix in KINDS:
        if first.startswith(prefix):
            return kind
    raise SystemExit(f"unknown item: {first}")


def write(out_dir, service, text):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, f"{service}.rs"), "w") as f:
        f.write(text)


def main():
    src, out, services = sys.argv[1], sys.argv[2], sys.argv[3:]
    for service in services:
        plain = open(os.path.join(src, f"{service}.rs")).read()
        full = open(os.path.join(src, f"{service}-actions.rs")).read()
        write(os.path.join(out, "without-actions"), service, plain)
        start = full.index(f"pub mod {service}_actions")
        head, body = full[:start], full[start:].split("\n")
        service_type = "super::" + re.search(r"\n#\[non_exhaustive\]\npub enum (\w+) \{", head).group(1)
        # Walk the module once: enum definitions (with their docs) and their `const _` blocks.
        pieces, i = [], 0
        while i < len(body):
            line = body[i]
            if line == "    #[allow(deprecated)]" and body[i + 1] == "    const _: () = {":
                j = i + 2
                while body[j] != "    };":
                    j += 1
                pieces.append(("block", body[i + 2 : j]))
                i = j + 1
                continue
            pieces.append(("line", line))
            i += 1
        designs = list(CUMULATIVE) + ["today-empty-bodies", "marker", "generic-wrapper"]
        for design in designs:
            if design == "marker":
                module_start = next(i for i, (k, p) in enumerate(pieces) if k == "line" and p.startswith("pub mod "))
                preamble = [p for k, p in pieces[: module_start + 1]]
                lines = preamble + marker(head, pieces[module_start + 1 :], service_type) + ["}"]
                write(os.path.join(out, design), service, head + "\n".join(lines))
                continue
            lines, name = [], None
            for kind, piece in pieces:
                if kind == "line":
                    m = ENUM_LINE.match(piece)
                    if m:
                        name = m.group(1)
                    if design == "generic-wrapper":
                        if piece.startswith("        Other(") or "`from_code` never puts a code" in piece:
                            continue
                        if m:
                            lines.append("    #[derive(Clone, Copy)]")
                            piece = piece.replace(f"enum {name} {{", f"enum {name[:-5]} {{")
                    lines.append(piece)
                    continue
                if design == "today-empty-bodies":
                    lines.append(EMPTY_BODIES.replace("{name}", name).replace("{service}", service_type))
                    continue
                if design == "generic-wrapper":
                    codes = name[:-5]
                    table = "\n".join(piece)
                    table = table[table.index("const TABLE") :]
                    table = table[: table.index("\n            };") + len("\n            };")]
                    block = "\n".join(piece)
                    block = block[block.index("pub const ALL") :]
                    block = block[: block.index("];")]
                    all_codes = re.findall(rf"{name}::(\w+)", block)
                    lines.append("    #[allow(deprecated)]\n    const _: () = {")
                    lines.append("        use ::tencent_errors::__private as __p;")
                    lines.append(f"        impl super::super::Codes for {codes} {{")
                    lines.append(f"            type Service = {service_type};")
                    lines.append("            " + table)
                    lines.append(
                        f"            const ALL: &'static [Self] = &[{', '.join(f'{codes}::{c}' for c in all_codes)}];"
                    )
                    lines.append("            #[inline] fn position(self) -> usize { self as usize + 1 }")
                    lines.append("        }")
                    lines.append("    };")
                    lines.append(f"    pub type {name} = super::super::ActionError<{codes}>;")
                    continue
                keep = CUMULATIVE[design]
                items = [item for item in split_items(piece) if kind_of(item) in keep]
                if items:
                    lines.append("    #[allow(deprecated)]\n    const _: () = {")
                    for item in items:
                        lines.extend(item)
                    lines.append("    };")
            text = head + "\n".join(lines)
            if design == "generic-wrapper":
                text = text.replace(
                    f"pub mod {service}_actions {{",
                    f"pub mod {service}_actions {{\n" + WRAPPER_SERVICE.replace("{service}", service_type),
                    1,
                )
            write(os.path.join(out, design), service, text)
    prelude = os.path.join(out, "generic-wrapper", "prelude.rs")
    with open(prelude, "w") as f:
        f.write(WRAPPER_PRELUDE)


if __name__ == "__main__":
    main()
