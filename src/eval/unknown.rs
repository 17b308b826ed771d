//! Why a value is unknown: for `--show-unknown` statistics, so users (and we) can see what
//! evaluation could not know before apply, and why.

use super::expr::{Evaluator, Scope};
use super::value::Value;
use crate::syntax::{Body, Expr, ExprKind};
use std::collections::BTreeMap;

/// Attributes evaluated, and the unknown ones counted by reason.
#[derive(Debug, Default, Clone)]
pub struct UnknownStats {
    pub attributes: usize,
    pub unknown: BTreeMap<&'static str, usize>,
}

impl UnknownStats {
    /// Counts the top-level attributes of one instance's configuration, and returns why each
    /// one that is not known all the way down is not.
    pub fn record(
        &mut self,
        body: &Body,
        value: &Value,
        scope: &dyn Scope,
    ) -> Vec<(String, &'static str)> {
        let mut reasons = Vec::new();
        for attribute in &body.attributes {
            let Some(evaluated) = value.get_attr(&attribute.name) else {
                continue;
            };
            self.attributes += 1;
            if evaluated.is_wholly_known() {
                continue;
            }
            let why = reason(&attribute.value, scope);
            if !evaluated.is_known() {
                *self.unknown.entry(why).or_default() += 1;
            }
            reasons.push((attribute.name.clone(), why));
        }
        reasons
    }

    pub fn merge(&mut self, other: &UnknownStats) {
        self.attributes += other.attributes;
        for (reason, n) in &other.unknown {
            *self.unknown.entry(reason).or_default() += n;
        }
    }
}

/// The first cause found in the expression, most specific first.
fn reason(expr: &Expr, scope: &dyn Scope) -> &'static str {
    let mut found = None;
    expr.for_each_reference(&mut |path| {
        if found.is_some() {
            return;
        }
        let unknown =
            |root: &str, attr: &str| scope.root_attr(root, attr).is_none_or(|v| !v.is_known());
        found = match path {
            ["var", name, ..] if unknown("var", name) => Some("a variable without a value"),
            ["data", ..] => Some("a data source result"),
            ["module", name, ..] if unknown("module", name) => {
                Some("a module that is not installed")
            }
            ["module", ..] => Some("a module output that is unknown"),
            ["local", name, ..] if unknown("local", name) => None,
            ["each", "value", ..] if !unknown("each", "key") && unknown("each", "value") => {
                Some("each.value is not known before apply")
            }
            ["each" | "count", name, ..] if unknown(path[0], name) => {
                Some("the instances are not known before apply")
            }
            [
                "each" | "count" | "path" | "terraform" | "var" | "local" | "self",
                ..,
            ] => None,
            [_, _, ..] => Some("an attribute computed by the provider (id, arn, ...)"),
            _ => None,
        };
    });
    if let Some(reason) = found {
        return reason;
    }
    // Evaluated again only when no reference explains it: an error is rare, and reads as
    // unknown in the configuration.
    if Evaluator::new(scope).eval(expr).is_err() {
        return "the expression could not be evaluated";
    }
    let mut apply_time = false;
    expr.walk(&mut |e| {
        apply_time |= matches!(&e.kind, ExprKind::Call { name, .. } if ["timestamp", "uuid", "bcrypt", "plantimestamp"].contains(&name.as_str()));
    });
    if apply_time {
        "a function known only at apply time"
    } else {
        "a local or value derived from the above"
    }
}
