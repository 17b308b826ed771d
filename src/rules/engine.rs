//! Runs the rules over every resource instance, in parallel: one task per instance.

use super::{Catalogue, Rule};
use crate::eval::expr::to_bool;
use crate::eval::{EvaluatedModule, Evaluator, Instance, InstanceKey, Scope, Value};
use crate::model::{Mode, Module, Resource};
use crate::syntax::Expr;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The assertion is true (recorded only when asked for).
    Pass,
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
    /// For a failure located in a repeated nested block: the index of the first block that
    /// fails the rule on its own.
    pub element: Option<usize>,
    /// The rule's `detail` for this failure, when it has one and it evaluates to a string.
    pub detail: Option<String>,
}

/// Runs the rules `selected` keeps over every instance of the modules. Passes are hits too
/// when `record_passes` asks for them.
pub fn run(
    catalogue: &Catalogue,
    modules: &[Module],
    evaluated: &[EvaluatedModule],
    selected: &(dyn Fn(&Rule) -> bool + Sync),
    record_passes: bool,
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
    let links: Vec<Links> = evaluated
        .par_iter()
        .map(|e| Links::new(modules, e))
        .collect();
    // One flat list of every root's instances, so the work is shared evenly between cores
    // whatever the size of each root.
    let pairs: Vec<(usize, usize)> = evaluated
        .iter()
        .enumerate()
        .flat_map(|(root, e)| (0..e.instances.len()).map(move |i| (root, i)))
        .collect();
    pairs
        .par_iter()
        .flat_map_iter(|&(root, i)| {
            let evaluated = &evaluated[root];
            let links = &links[root];
            let instance = &evaluated.instances[i];
            let resource = &modules[instance.module].resources[instance.resource];
            // A provider configured inside a called module (a legacy pattern) is not the
            // account the configuration deploys into: only the root's count.
            let account = resource.mode != Mode::Provider || instance.module_path.is_empty();
            let rules = by_type
                .get(resource.type_key().as_str())
                .filter(|_| account)
                .map_or(&[][..], Vec::as_slice);
            rules.iter().filter_map(move |&r| {
                let rule = &catalogue.rules[r];
                let scope = RuleScope {
                    params: &rule.params,
                    modules,
                    evaluated,
                    links,
                    resource,
                    instance,
                    own: None,
                    helper_unknown: AtomicBool::new(false),
                };
                let outcome = check(rule, &scope).or(record_passes.then_some(Outcome::Pass));
                outcome.map(|outcome| RuleHit {
                    element: (outcome == Outcome::Fail)
                        .then(|| failing_element(rule, &scope))
                        .flatten(),
                    detail: (outcome == Outcome::Fail)
                        .then(|| detail(rule, &scope))
                        .flatten(),
                    rule: r,
                    root,
                    instance: i,
                    outcome,
                })
            })
        })
        .collect()
}

fn check(rule: &Rule, scope: &RuleScope) -> Option<Outcome> {
    let result = Evaluator::new(scope).eval(&rule.assertion);
    match result.map(|v| to_bool(&v, &rule.assertion.span)) {
        Ok(Ok(Some(true))) => None,
        Ok(Ok(Some(false))) => Some(Outcome::Fail),
        Ok(Ok(None)) => Some(Outcome::Unknown(undecided_reason(
            rule,
            scope.instance,
            scope.helper_unknown.load(Ordering::Relaxed),
        ))),
        Ok(Err(e)) | Err(e) => Some(Outcome::Unknown(format!(
            "could not evaluate: {}",
            e.message
        ))),
    }
}

/// The first element of the repeated nested block the rule's location names (the third
/// `ingress`) that fails the assertion when it is the only one, so the finding points at it.
fn failing_element(rule: &Rule, scope: &RuleScope) -> Option<usize> {
    let kind = rule.location.as_deref()?.split('.').next()?;
    let Value::Block(map) = &scope.instance.value else {
        return None;
    };
    let Some(Value::List(elements)) = map.get(kind) else {
        return None;
    };
    if elements.len() < 2 {
        return None;
    }
    (0..elements.len()).find(|&i| {
        let mut alone = (**map).clone();
        alone.insert(kind.to_string(), Value::list(vec![elements[i].clone()]));
        let scope = RuleScope {
            own: Some(Value::block(alone)),
            helper_unknown: AtomicBool::new(false),
            ..*scope
        };
        check(rule, &scope) == Some(Outcome::Fail)
    })
}

fn detail(rule: &Rule, scope: &RuleScope) -> Option<String> {
    match Evaluator::new(scope).eval(rule.detail.as_ref()?) {
        Ok(Value::String(text)) if !text.is_empty() => Some(text.to_string()),
        _ => None,
    }
}

/// The expression that repeats a resource: its `count` or `for_each`.
fn repetition(resource: &Resource) -> Option<&Expr> {
    resource.meta("count").or_else(|| resource.meta("for_each"))
}

/// Why an assertion could not decide: the attributes of `self` it reads that are not known
/// before apply, with the cause of each, or the related resources it looks for.
fn undecided_reason(rule: &Rule, instance: &Instance, looked_around: bool) -> String {
    let mut read = Vec::new();
    rule.assertion.for_each_reference(&mut |path| {
        if let ["self", name, ..] = path
            && !read.iter().any(|r| r == name)
        {
            read.push(name.to_string());
        }
    });
    let mut reasons: Vec<String> = read
        .iter()
        .filter(|name| {
            instance
                .value
                .get_attr(name)
                .is_some_and(|v| !v.is_wholly_known())
        })
        .map(|name| {
            let why = instance
                .unknown
                .iter()
                .find(|(attribute, _)| attribute == name)
                .map_or("computed by the provider or the data source", |(_, why)| {
                    why
                });
            format!("self.{name} is not known before apply ({why})")
        })
        .collect();
    if looked_around {
        reasons.push("a related resource may or may not exist or refer to it (its count, for_each or reference is not known before apply)".to_string());
    }
    if reasons.is_empty() && instance.instances_unknown {
        reasons.push("count.index, each.key and each.value are not known before apply".to_string());
    }
    if reasons.is_empty() {
        return "depends on a value known only after apply".to_string();
    }
    reasons.join("; ")
}

/// What an assertion sees: `self`, and helpers that look at the rest of the configuration.
struct RuleScope<'a> {
    /// The rule's parameters, `param` in its assertion.
    params: &'a Value,
    modules: &'a [Module],
    evaluated: &'a EvaluatedModule,
    links: &'a Links,
    resource: &'a Resource,
    instance: &'a Instance,
    /// `self` as the assertion sees it, when not the instance's own value.
    own: Option<Value>,
    /// A helper answered unknown: a related resource may or may not exist.
    helper_unknown: AtomicBool,
}

/// One root module's instances indexed for the helpers, built once per root: looking through
/// every instance for each call made large plans quadratic.
#[derive(Default)]
struct Links {
    by_kind: HashMap<String, KindLinks>,
}

/// The instances of one resource type, and how they refer to others.
#[derive(Default)]
struct KindLinks {
    instances: Vec<usize>,
    /// Attribute → full target address → referring instances.
    refs: HashMap<String, HashMap<String, Vec<Referrer>>>,
    /// Attribute → known string value → instances holding it (literal names, plans' ids).
    values: HashMap<String, HashMap<Arc<str>, Vec<usize>>>,
    /// Attributes that some instance leaves unknown without a reference we can follow: that
    /// instance may refer to anything.
    unresolved: HashSet<String>,
}

/// An instance that refers to another, and the instance key its reference picks, if any.
type Referrer = (usize, Option<InstanceKey>);

impl Links {
    fn new(modules: &[Module], evaluated: &EvaluatedModule) -> Links {
        let mut links = Links::default();
        for (i, instance) in evaluated.instances.iter().enumerate() {
            let kind = modules[instance.module].resources[instance.resource].type_key();
            let entry = links.by_kind.entry(kind).or_default();
            entry.instances.push(i);
            for r in &instance.references {
                entry
                    .refs
                    .entry(r.attribute.clone())
                    .or_default()
                    .entry(r.target.clone())
                    .or_default()
                    .push((i, r.key.clone()));
            }
            index_values(entry, i, instance, &instance.value, "");
        }
        links
    }
}

/// Indexes the literal names and the unknown arguments of an instance's value, nested blocks
/// included under their path (`access_logs.bucket`), as `referrers()` looks them up.
fn index_values(entry: &mut KindLinks, i: usize, instance: &Instance, value: &Value, prefix: &str) {
    let Value::Block(map) = value else {
        return;
    };
    for (name, value) in map.iter() {
        let path = || format!("{prefix}{name}");
        match value {
            Value::String(s) if !s.is_empty() => entry
                .values
                .entry(path())
                .or_default()
                .entry(s.clone())
                .or_default()
                .push(i),
            Value::Unknown
                if !instance
                    .references
                    .iter()
                    .any(|r| r.attribute.strip_prefix(prefix) == Some(name.as_str())) =>
            {
                entry.unresolved.insert(path());
            }
            Value::List(blocks) if blocks.iter().any(|b| matches!(b, Value::Block(_))) => {
                let nested = format!("{}.", path());
                for block in blocks.iter() {
                    index_values(entry, i, instance, block, &nested);
                }
            }
            _ => {}
        }
    }
}

impl Scope for RuleScope<'_> {
    fn root(&self, name: &str) -> Option<Value> {
        match name {
            "self" => Some(self.own.as_ref().unwrap_or(&self.instance.value).clone()),
            "param" => Some(self.params.clone()),
            _ => None,
        }
    }

    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        let looked_around = |answer: Value| {
            if !answer.is_known() {
                self.helper_unknown.store(true, Ordering::Relaxed);
            }
            Some(Ok(answer))
        };
        match (name, args) {
            ("is_set", [value]) => Some(Ok(is_set(value))),
            ("is_known", [value]) => Some(Ok(Value::Bool(value.is_wholly_known()))),
            ("decoded", [Value::String(attribute)]) => Some(self.decoded(attribute)),
            ("statements", [Value::String(attribute)]) => Some(Ok(self.statements(attribute))),
            ("referrers", [Value::String(kind), Value::String(attribute)]) => {
                looked_around(self.referrers(kind, attribute))
            }
            ("resources", [Value::String(kind)]) => looked_around(self.resources(kind)),
            ("wildcard_match", [pattern, texts]) => Some(wildcard_call(pattern, texts)),
            (
                "is_set" | "is_known" | "decoded" | "statements" | "referrers" | "resources"
                | "wildcard_match",
                _,
            ) => Some(Err("wrong arguments".to_string())),
            _ => None,
        }
    }
}

/// `wildcard_match(pattern, text)`, or against a list whether any element matches: one call
/// instead of a `for` over the sensitive actions for every action of every statement.
fn wildcard_call(pattern: &Value, texts: &Value) -> Result<Value, String> {
    if !pattern.is_wholly_known() || !texts.is_wholly_known() {
        return Ok(Value::Unknown);
    }
    let texts = match texts {
        Value::List(items) => items.as_slice(),
        one => std::slice::from_ref(one),
    };
    match (
        pattern.as_str(),
        texts.iter().map(Value::as_str).collect::<Option<Vec<_>>>(),
    ) {
        (Some(pattern), Some(texts)) => Ok(Value::Bool(
            texts.iter().any(|text| wildcard_match(pattern, text)),
        )),
        _ => Err("wildcard_match takes a pattern and a string or a list of strings".to_string()),
    }
}

/// Whether `text` matches `pattern` as IAM matches actions: `*` is any run of characters, `?`
/// any one, letters in any case (`iam:Put*` matches `iam:PutRolePolicy`). Linear in both
/// lengths: the last `*` is where a mismatch backtracks to.
fn wildcard_match(pattern: &str, text: &str) -> bool {
    // Actions are ASCII: compared byte by byte without allocating. Anything else is compared
    // by characters, lower-cased.
    if pattern.is_ascii() && text.is_ascii() {
        return glob(pattern.as_bytes(), text.as_bytes(), |p, t| {
            p == b'?' || p.eq_ignore_ascii_case(&t)
        });
    }
    let pattern: Vec<char> = pattern.chars().flat_map(char::to_lowercase).collect();
    let text: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    glob(&pattern, &text, |p, t| p == '?' || p == t)
}

/// `*` matches any run, `same` says whether one pattern element matches one text element.
fn glob<T: Copy + PartialEq + From<u8>>(
    pattern: &[T],
    text: &[T],
    same: impl Fn(T, T) -> bool,
) -> bool {
    let star = T::from(b'*');
    let (mut p, mut t) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some(&c) if c == star => {
                backtrack = Some((p, t));
                p += 1;
            }
            Some(&c) if same(c, text[t]) => {
                p += 1;
                t += 1;
            }
            _ => match backtrack {
                Some((star_p, star_t)) => {
                    p = star_p + 1;
                    t = star_t + 1;
                    backtrack = Some((star_p, star_t + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|&c| c == star)
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
    /// The statements of the policy document an argument of `self` holds, always as a list
    /// (a single statement object is a list of one); empty when the argument is not set, is
    /// not JSON or has no `Statement`. A document known only in part gives its statements
    /// with their unknown parts, where `try(jsondecode(...).Statement, [])` would be wholly
    /// unknown. Unknown when the text is unknown and was not written with `jsonencode`.
    fn statements(&self, attribute: &str) -> Value {
        let document = match self.decoded(attribute) {
            Ok(document) => document,
            Err(_) => return Value::list(Vec::new()),
        };
        match document {
            Value::Unknown => Value::Unknown,
            Value::Object(map) => match map.get("Statement") {
                Some(Value::List(items)) => Value::List(items.clone()),
                Some(Value::Unknown) => Value::Unknown,
                Some(Value::Object(one)) => Value::list(vec![Value::Object(one.clone())]),
                _ => Value::list(Vec::new()),
            },
            _ => Value::list(Vec::new()),
        }
    }

    /// The JSON document an argument of `self` holds, decoded: `jsondecode(self.policy)`, or,
    /// when the text is unknown because the configuration wrote `jsonencode(X)` with parts
    /// known only after apply, `X` with those parts unknown, so the known statements can
    /// still be judged. Unknown when neither is at hand; an error when it is not JSON.
    fn decoded(&self, attribute: &str) -> Result<Value, String> {
        let own = self.own.as_ref().unwrap_or(&self.instance.value);
        match own.get_attr(attribute) {
            Some(Value::String(text)) => {
                crate::eval::functions::call("jsondecode", &[Value::String(text)])
            }
            Some(Value::Unknown) => Ok(self
                .instance
                .encoded
                .iter()
                .find(|(name, _)| name == attribute)
                .map_or(Value::Unknown, |(_, document)| document.clone())),
            Some(Value::Null) | None => Ok(Value::Null),
            Some(other) => Err(format!(
                "{attribute} is {}, not JSON text",
                other.type_name()
            )),
        }
    }

    /// This instance's full address without instance key: `module.logs.aws_s3_bucket.this`.
    fn target(&self) -> String {
        format!("{}{}", self.instance.module_path, self.resource.address())
    }

    /// Instances of type `kind` anywhere in the configuration whose `attribute` refers to this
    /// instance, such as the `aws_s3_bucket_versioning` whose `bucket` is
    /// `aws_s3_bucket.this.id`, or `var.bucket` given `module.store.bucket_id` by the caller. A
    /// reference that picks an instance (`aws_s3_bucket.b[each.key].id`) counts only for that
    /// instance. Unknown when one may refer to it but we cannot tell: its instances are
    /// unknown (an unknown `count`), or its `attribute` is unknown and refers to nothing we see.
    fn referrers(&self, kind: &str, attribute: &str) -> Value {
        let target = self.target();
        if self.maybe_referred_by_unexpanded(kind, attribute, &target) {
            return Value::Unknown;
        }
        let Some(links) = self.links.by_kind.get(kind) else {
            return Value::list(Vec::new());
        };
        // `access_logs.bucket` is unknown too when the `access_logs` blocks are.
        let unresolved = std::iter::once(attribute)
            .chain(attribute.match_indices('.').map(|(at, _)| &attribute[..at]))
            .any(|path| links.unresolved.contains(path));
        if unresolved {
            return Value::Unknown;
        }
        let mut found: Vec<usize> = links
            .refs
            .get(attribute)
            .and_then(|by_target| by_target.get(&target))
            .into_iter()
            .flatten()
            .filter(|(_, key)| self.picked(key.as_ref()))
            .map(|(i, _)| *i)
            .collect();
        if let Some(by_value) = links.values.get(attribute) {
            for name in self.names(attribute) {
                found.extend(by_value.get(&name).into_iter().flatten());
            }
        }
        found.sort_unstable();
        found.dedup();
        let (certain, maybe): (Vec<usize>, Vec<usize>) = found
            .into_iter()
            .partition(|&i| self.exists_with(&self.evaluated.instances[i]));
        if certain.is_empty() && !maybe.is_empty() {
            return Value::Unknown;
        }
        Value::list(
            certain
                .into_iter()
                .map(|i| self.evaluated.instances[i].value.clone())
                .collect(),
        )
    }

    /// Whether a reference that picks `key` picks this instance. This instance stands for
    /// all of its resource's instances when they are unknown, so any key may be it.
    fn picked(&self, key: Option<&InstanceKey>) -> bool {
        match key {
            None => true,
            Some(key) => *key == self.instance.key || self.instance.key == InstanceKey::Unknown,
        }
    }

    /// Whether `other` exists whenever this instance does. An instance whose own or module's
    /// instances are unknown may not exist, unless it is in the same module instance as this
    /// one and is repeated as this one is: by the module call alone, by the same `count` or
    /// `for_each` expression (the common `count = local.enabled ? 1 : 0` creates a resource and
    /// its companions together), or over this resource (`for_each = aws_s3_bucket.this`).
    fn exists_with(&self, other: &Instance) -> bool {
        if !other.instances_unknown {
            return true;
        }
        let same_module_instance = self.instance.instances_unknown
            && other.module == self.instance.module
            && other.module_path == self.instance.module_path;
        if !same_module_instance {
            return false;
        }
        let companion = self.modules_resource(other.module, other.resource);
        match repetition(companion) {
            None => true,
            Some(expr) => repetition(self.resource) == Some(expr) || self.repeats_over_this(expr),
        }
    }

    /// Whether a `count`/`for_each` expression names this resource (`count`/`for_each` only
    /// name resources of the same module, so the type and name are enough).
    fn repeats_over_this(&self, expr: &Expr) -> bool {
        let mut names_this = false;
        expr.for_each_reference(&mut |path| {
            names_this |= matches!(path, [kind, name, ..]
                if self.resource.kind == *kind && self.resource.name == *name);
        });
        names_this
    }

    /// What another resource's `attribute` holds when it names this one without a reference
    /// Terraform can see (literal names, or a plan whose resources already exist): this
    /// instance's known `id` or `arn`, or, for an argument that names the resource it belongs
    /// to, its own value (`bucket = "acme-logs"` names the bucket whose `bucket` is
    /// `acme-logs`). Other same-named arguments (`name`) are not unique, so they link nothing.
    fn names(&self, attribute: &str) -> Vec<Arc<str>> {
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

    /// Every instance of type `kind` in the configuration (the root module and the modules it
    /// calls), this one included. Unknown when some may or may not exist: their `count` or
    /// `for_each` is unknown, or could not be evaluated.
    fn resources(&self, kind: &str) -> Value {
        let unexpanded = self
            .evaluated
            .unexpanded
            .iter()
            .any(|u| self.modules_resource(u.module, u.resource).type_key() == kind);
        let instances = self
            .links
            .by_kind
            .get(kind)
            .map_or(&[][..], |l| l.instances.as_slice());
        if unexpanded
            || instances
                .iter()
                .any(|&i| self.evaluated.instances[i].instances_unknown)
        {
            return Value::Unknown;
        }
        Value::list(
            instances
                .iter()
                .map(|&i| self.evaluated.instances[i].value.clone())
                .collect(),
        )
    }

    fn modules_resource(&self, module: usize, resource: usize) -> &Resource {
        &self.modules[module].resources[resource]
    }

    fn maybe_referred_by_unexpanded(&self, kind: &str, attribute: &str, target: &str) -> bool {
        self.evaluated.unexpanded.iter().any(|u| {
            let resource = self.modules_resource(u.module, u.resource);
            let mut refers = false;
            if let Some(expr) = resource.meta(attribute) {
                expr.for_each_reference(&mut |path| {
                    refers |= path.len() >= 2
                        && format!("{}{}.{}", u.module_path, path[0], path[1]) == target;
                });
            }
            resource.type_key() == kind && refers
        })
    }
}

#[cfg(test)]
mod tests {
    use super::wildcard_match;

    #[test]
    fn wildcards_match_as_iam_matches_actions() {
        for (pattern, text, matches) in [
            ("iam:PassRole", "iam:passrole", true),
            ("iam:*", "iam:PassRole", true),
            ("iam:Pass*", "iam:PassRole", true),
            ("iam:*Role", "iam:PassRole", true),
            ("iam:*Role", "iam:PassRoles", false),
            ("iam:Pa?sRole", "iam:PassRole", true),
            ("*", "s3:GetObject", true),
            ("s3:*", "iam:PassRole", false),
            ("*:*Policy*", "iam:PutRolePolicy", true),
            ("iam:Put*Policy", "iam:PutRolePolicyVersion", false),
            ("", "", true),
            ("**", "", true),
        ] {
            assert_eq!(wildcard_match(pattern, text), matches, "{pattern} ~ {text}");
        }
    }
}
