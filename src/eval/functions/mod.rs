//! Terraform's built-in functions: every pure one of Terraform 1.11 except the filesystem
//! group, checked against the real Terraform by `tests/functions.rs`.
//!
//! A function given an unknown argument returns unknown, except where Terraform itself can
//! answer (`length` of a list with unknown elements). Values carry no types, so where
//! Terraform converts a tuple to a list, set or map the elements are unified here the same
//! way ([`unify`]): mixed primitives become strings. Strings are measured in grapheme
//! clusters, as Terraform does. No input makes a function panic: sizes are bounded by
//! [`MAX_COLLECTION`] and [`MAX_STRING`], arithmetic is checked.

use super::expr::{equals, to_bool};
use super::value::{Value, format_number};
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashSet};

mod args;
mod collections;
mod conversion;
mod datetime;
mod encoding;
mod format;
mod hashing;
mod network;
mod numeric;
mod sets;
mod strings;
#[cfg(test)]
mod tests;
mod yaml;

pub use datetime::{days_from_today, today};

pub use args::parse_number;
use args::*;
use collections::*;
use conversion::*;
use datetime::*;
use encoding::*;
use format::*;
use hashing::*;
use network::*;
use numeric::*;
use sets::*;
use strings::*;
use yaml::*;

type FnResult = Result<Value, String>;

/// The largest collection a function may build: bounds `range(1e9)` and friends.
pub const MAX_COLLECTION: usize = 1_000_000;

/// The longest string (in bytes) a function may build: bounds `indent` and format widths.
pub const MAX_STRING: usize = 16 << 20;

pub fn call(name: &str, args: &[Value]) -> FnResult {
    if let Some(result) = unknown_passthrough(name, args) {
        return Ok(result);
    }
    numeric(name, args)
        .or_else(|| strings(name, args))
        .or_else(|| collections(name, args))
        .or_else(|| sets(name, args))
        .or_else(|| encoding(name, args))
        .or_else(|| hashing(name, args))
        .or_else(|| network(name, args))
        .or_else(|| datetime(name, args))
        .or_else(|| conversion(name, args))
        .unwrap_or_else(|| Err("unknown function".to_string()))
}

/// Functions that take a known collection whose elements may be unknown, as Terraform
/// passes them: their answer keeps the unknown elements (`merge`, `values`, `tomap`) or does
/// not depend on them (`keys`, `length`, `lookup` of another key). Checked against Terraform
/// in testdata/functions/partial.
const ELEMENT_WISE: &[&str] = &[
    "length", "contains", "alltrue", "anytrue", "merge", "keys", "values", "lookup", "concat",
    "element", "reverse", "slice", "zipmap", "tolist", "tomap", "flatten",
];

/// Functions that go through their arguments in order and may answer before reaching an
/// unknown one, as Terraform's do (`coalesce("x", unknown)` is "x"): they take unknown
/// arguments themselves.
const IN_ORDER: &[&str] = &["coalesce"];

/// Functions whose answer is only known at apply time, and unknown arguments. Other functions
/// need their arguments known all the way down.
fn unknown_passthrough(name: &str, args: &[Value]) -> Option<Value> {
    const APPLY_TIME: &[&str] = &["timestamp", "uuid", "bcrypt", "plantimestamp"];
    if APPLY_TIME.contains(&name) {
        return Some(Value::Unknown);
    }
    if IN_ORDER.contains(&name) {
        return None;
    }
    let unknown = if ELEMENT_WISE.contains(&name) {
        // A resource seen through a reference has attributes the provider adds: its keys
        // are not all known.
        args.iter()
            .any(|a| matches!(a, Value::Unknown | Value::Configured(_)))
    } else {
        args.iter().any(|a| !a.is_wholly_known())
    };
    unknown.then_some(Value::Unknown)
}
