//! Runs the rules over every resource instance, in parallel: one task per instance.

use super::{Catalogue, Rule};
use crate::eval::expr::to_bool;
use crate::eval::{EvaluatedModule, Evaluator, Instance, Scope, Value, type_key};
use crate::model::{Module, Resource};
use rayon::prelude::*;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The assertion is false: a finding.
    Fail,
    /// The assertion depends on something unknown before apply (or could not be evaluated).
    Unknown(String),
}

#[derive(Debug, Clone)]
pub struct RuleHit {
    pub rule: usize,
    /// Index of the root module's evaluation the instance belongs to.
    pub root: usize,
    pub instance: usize,
    pub outcome: Outcome,
}

/// Runs the rules `selected` keeps over every instance of the modules.
pub fn run(
    catalogue: &Catalogue,
    modules: &[Module],
    evaluated: &[EvaluatedModule],
    selected: &(dyn Fn(&Rule) -> bool + Sync),
) -> Vec<RuleHit> {
    let mut by_type: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, rule) in catalogue
        .rules
        .iter()
        .enumerate()
        .filter(|(_, r)| selected(r))
    {
        for kind in &rule.resource_types {
            by_type.entry(kind.as_str()).or_default().push(i);
        }
    }
    evaluated
        .par_iter()
        .enumerate()
        .flat_map(|(root, evaluated)| {
            let by_type = &by_type;
            let by_kind = &index_by_kind(modules, evaluated);
            evaluated
                .instances
                .par_iter()
                .enumerate()
                .flat_map_iter(move |(i, instance)| {
                    let module = &modules[instance.module];
                    let resource = &module.resources[instance.resource];
                    let rules = by_type
                        .get(type_key(resource).as_str())
                        .map_or(&[][..], Vec::as_slice);
                    rules.iter().filter_map(move |&r| {
                        let scope = RuleScope {
                            module,
                            evaluated,
                            by_kind,
                            resource,
                            instance,
                        };
                        check(&catalogue.rules[r], &scope).map(|outcome| RuleHit {
                            rule: r,
                            root,
                            instance: i,
                            outcome,
                        })
                    })
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn check(rule: &Rule, scope: &RuleScope) -> Option<Outcome> {
    let result = Evaluator::new(scope).eval(&rule.assertion);
    match result.map(|v| to_bool(&v, &rule.assertion.span)) {
        Ok(Ok(Some(true))) => None,
        Ok(Ok(Some(false))) => Some(Outcome::Fail),
        Ok(Ok(None)) => Some(Outcome::Unknown(
            "depends on a value known only after apply".to_string(),
        )),
        Ok(Err(e)) | Err(e) => Some(Outcome::Unknown(format!(
            "could not evaluate: {}",
            e.message
        ))),
    }
}

/// What an assertion sees: `self`, and helpers that look at the rest of the module.
struct RuleScope<'a> {
    module: &'a Module,
    evaluated: &'a EvaluatedModule,
    by_kind: &'a KindIndex,
    resource: &'a Resource,
    instance: &'a Instance,
}

/// Instances of one module instance and type: (module, module path, type) → instance indexes.
/// `referrers` looks here instead of scanning every instance, which made large plans quadratic.
type KindIndex = HashMap<(usize, String, String), Vec<usize>>;

fn index_by_kind(modules: &[Module], evaluated: &EvaluatedModule) -> KindIndex {
    let mut index: KindIndex = HashMap::new();
    for (i, instance) in evaluated.instances.iter().enumerate() {
        let kind = type_key(&modules[instance.module].resources[instance.resource]);
        index
            .entry((instance.module, instance.module_path.clone(), kind))
            .or_default()
            .push(i);
    }
    index
}

impl Scope for RuleScope<'_> {
    fn root(&self, name: &str) -> Option<Value> {
        (name == "self").then(|| self.instance.value.clone())
    }

    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        match (name, args) {
            ("is_set", [value]) => Some(Ok(is_set(value))),
            ("referrers", [Value::String(kind), Value::String(attribute)]) => {
                Some(Ok(self.referrers(kind, attribute)))
            }
            ("is_set" | "referrers", _) => Some(Err("wrong arguments".to_string())),
            _ => None,
        }
    }
}

/// Set means configured: not null and not empty. An unknown value is a reference to something
/// computed, which counts as set.
fn is_set(value: &Value) -> Value {
    Value::Bool(match value {
        Value::Null => false,
        Value::List(items) => !items.is_empty(),
        Value::Object(map) | Value::Block(map) => !map.is_empty(),
        Value::String(s) => !s.is_empty(),
        _ => true,
    })
}

impl RuleScope<'_> {
    /// Instances of type `kind` whose `attribute` refers to this instance, such as the
    /// `aws_s3_bucket_versioning` whose `bucket` is `aws_s3_bucket.this.id`. A reference that
    /// picks an instance (`aws_s3_bucket.b[each.key].id`) counts only for that instance.
    /// Unknown when a resource of that type whose instances are unknown (an unknown `count`)
    /// refers to this one: it may or may not exist.
    fn referrers(&self, kind: &str, attribute: &str) -> Value {
        let target = self.resource.address();
        if self.maybe_referred_by_unexpanded(kind, attribute, &target)
            || self.maybe_referred_by_unknown(kind, attribute)
        {
            return Value::Unknown;
        }
        let names = self.names(attribute);
        let found = self
            .same_kind(kind)
            .filter(|other| {
                let refers = other.references.iter().any(|r| {
                    r.attribute == attribute
                        && r.target == target
                        && r.key.as_ref().is_none_or(|k| *k == self.instance.key)
                });
                refers
                    || matches!(other.value.get_attr(attribute),
                        Some(Value::String(name)) if names.contains(&name))
            })
            .map(|other| other.value.clone())
            .collect();
        Value::list(found)
    }

    /// What another resource's `attribute` holds when it names this one without a reference
    /// Terraform can see (literal names, or a plan whose resources already exist): this
    /// instance's known `id` or `arn`, or, for an argument that names the resource it belongs
    /// to, its own value (`bucket = "acme-logs"` names the bucket whose `bucket` is
    /// `acme-logs`). Other same-named arguments (`name`) are not unique, so they link nothing.
    fn names(&self, attribute: &str) -> Vec<std::sync::Arc<str>> {
        const NAMING_ARGUMENTS: &[&str] = &["bucket"];
        let own = NAMING_ARGUMENTS.contains(&attribute).then_some(attribute);
        ["id", "arn"]
            .into_iter()
            .chain(own)
            .filter_map(|name| match self.instance.value.get_attr(name) {
                Some(Value::String(value)) if !value.is_empty() => Some(value),
                _ => None,
            })
            .collect()
    }

    /// A resource of that type whose `attribute` is unknown and refers to nothing we can see
    /// (a variable without a value, or a plan's computed id) may be referring to this one.
    fn maybe_referred_by_unknown(&self, kind: &str, attribute: &str) -> bool {
        self.same_kind(kind).any(|other| {
            other.value.get_attr(attribute) == Some(Value::Unknown)
                && !other.references.iter().any(|r| r.attribute == attribute)
        })
    }

    /// Instances of type `kind` in the same module instance as this one.
    fn same_kind(&self, kind: &str) -> impl Iterator<Item = &Instance> + '_ {
        let key = (
            self.instance.module,
            self.instance.module_path.clone(),
            kind.to_string(),
        );
        self.by_kind
            .get(&key)
            .into_iter()
            .flatten()
            .map(|&i| &self.evaluated.instances[i])
    }

    fn maybe_referred_by_unexpanded(&self, kind: &str, attribute: &str, target: &str) -> bool {
        self.evaluated.unexpanded.iter().any(|u| {
            let resource = &self.module.resources[u.resource];
            let mut refers = false;
            if let Some(expr) = resource.meta(attribute) {
                expr.for_each_reference(&mut |path| {
                    refers |= path.len() >= 2 && format!("{}.{}", path[0], path[1]) == target;
                });
            }
            u.module == self.instance.module
                && u.module_path == self.instance.module_path
                && type_key(resource) == kind
                && refers
        })
    }
}
