//! Which resources an instance's arguments refer to, directly, through locals, and through
//! module inputs and outputs, so a link made across modules is seen like one made inside one.

use super::*;

/// Resources a value may come from: full address without instance key
/// (`module.vpc.aws_vpc.this`) and the instance the reference picks, if any.
pub type Targets = Vec<(String, Option<InstanceKey>)>;

/// What a variable's value refers to: everything the caller's argument names, and, when the
/// argument is an object constructor, what each of its keys names.
#[derive(Debug, Default)]
pub(super) struct VarTargets {
    pub all: Targets,
    pub by_key: BTreeMap<String, Targets>,
}

impl VarTargets {
    /// What reading `key` of the variable (or the whole variable) refers to.
    fn read(&self, key: Option<&str>) -> &Targets {
        key.and_then(|k| self.by_key.get(k)).unwrap_or(&self.all)
    }
}

/// Each instance of a module call (its key) with what each of its outputs refers to.
pub(super) type CallTargets = Vec<(InstanceKey, BTreeMap<String, Targets>)>;

/// Where the names of one module instance lead: its variables (what the caller's argument
/// refers to, in `call`) and the outputs of the modules it calls.
pub(super) struct Origins<'a> {
    pub call: &'a Call<'a>,
    /// Module call name → its instances' output targets.
    pub calls: &'a HashMap<String, CallTargets>,
    /// Where this module instance's variables got their values.
    pub vars: &'a Arc<VarOrigins>,
    /// What the module's arguments reach.
    pub reach: &'a ReachIndex,
}

/// What a module argument refers to, as a whole and, for an object constructor, by key.
pub(super) fn var_targets(
    argument: &Expr,
    module: &Module,
    scope: &dyn Scope,
    origins: &Origins,
) -> VarTargets {
    let by_key = match &argument.kind {
        ExprKind::Object(items) => items
            .iter()
            .filter_map(|(key, value)| {
                let key = key.as_literal_str()?;
                Some((key.to_string(), targets_of(value, module, scope, origins)))
            })
            .collect(),
        _ => BTreeMap::new(),
    };
    VarTargets {
        all: targets_of(argument, module, scope, origins),
        by_key,
    }
}

/// The resources an instance's top-level attributes refer to, with the instance key when the
/// reference picks one (`aws_s3_bucket.b[each.key].id` gives `aws_s3_bucket.b` and the key).
/// References are followed through locals, variables and module outputs, and `each.value`
/// counts as a reference to the instance of the resource that `for_each` iterates over.
pub(super) fn references(
    resource: &Resource,
    module: &Module,
    key: &InstanceKey,
    scope: &dyn Scope,
    origins: &Origins,
) -> Vec<Reference> {
    // Worked out only when an argument uses `each.value`.
    let for_each_targets = std::cell::OnceCell::new();
    let for_each_targets = || {
        for_each_targets.get_or_init(|| -> Vec<String> {
            resource
                .meta("for_each")
                .map(|expr| {
                    targets_of(expr, module, scope, origins)
                        .into_iter()
                        .map(|(t, _)| t)
                        .collect()
                })
                .unwrap_or_default()
        })
    };
    let mut out: Vec<Reference> = Vec::new();
    let mut arguments: Vec<(String, &Expr)> = Vec::new();
    nested_arguments(&resource.block.body, "", &mut arguments);
    for (name, value) in arguments {
        let reach = origins.reach.get(value, module);
        let mut found = targets_of_reach(&reach, scope, origins);
        if reach.uses_each_value {
            // `for_each = aws_s3_bucket.this` pairs each instance with the bucket of the same
            // key; over any other collection (a local map whose values name a queue) the key
            // says nothing about the target's instances. The stand-in for unknown instances
            // refers to whichever instance each is.
            let over_resource = resource.meta("for_each").is_some_and(names_a_resource);
            let picked = (over_resource && *key != InstanceKey::Unknown).then(|| key.clone());
            found.extend(
                for_each_targets()
                    .iter()
                    .map(|t| (t.clone(), picked.clone())),
            );
        }
        out.extend(
            most_precise(found)
                .into_iter()
                .map(|(target, key)| Reference {
                    attribute: name.clone(),
                    target,
                    key,
                }),
        );
    }
    out
}

/// The arguments of a body and of its nested blocks, named by their path: `bucket`, and
/// `access_logs.bucket` or `rule.destination.bucket` inside blocks (a `dynamic` block's
/// `content` counts as the block it makes). Meta-arguments and meta-blocks are not
/// arguments; a nested argument that names nothing is left out.
fn nested_arguments<'b>(body: &'b Body, prefix: &str, out: &mut Vec<(String, &'b Expr)>) {
    for attribute in &body.attributes {
        if prefix.is_empty() && body::META_ARGUMENTS.contains(&attribute.name.as_str()) {
            continue;
        }
        if !prefix.is_empty() && !names_something(&attribute.value) {
            continue;
        }
        out.push((format!("{prefix}{}", attribute.name), &attribute.value));
    }
    for block in &body.blocks {
        if prefix.is_empty() && body::META_BLOCKS.contains(&block.kind.as_str()) {
            continue;
        }
        let (kind, inner) = match block.kind.as_str() {
            "dynamic" => match (block.labels.first(), block.body.blocks_of("content").next()) {
                (Some(label), Some(content)) => (label.as_str(), &content.body),
                _ => continue,
            },
            kind => (kind, &block.body),
        };
        nested_arguments(inner, &format!("{prefix}{kind}."), out);
    }
}

/// Whether an expression is a whole resource, `aws_s3_bucket.this` (or `data.TYPE.NAME`), or
/// a filter of one that keeps its keys and values (`{ for k, v in aws_vpc.this : k => v if
/// ... }`): its keys are the resource's instance keys.
fn names_a_resource(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::For(f) => {
            let is_var = |e: Option<&Expr>, name: Option<&String>| matches!((e.map(|e| &e.kind), name), (Some(ExprKind::Variable(v)), Some(n)) if v == n);
            names_a_resource(&f.collection)
                && is_var(f.key.as_ref(), f.key_var.as_ref())
                && is_var(Some(&f.value), Some(&f.value_var))
        }
        ExprKind::GetAttr(inner, _) => match &inner.kind {
            ExprKind::Variable(kind) => !NOT_RESOURCES.contains(&kind.as_str()),
            ExprKind::GetAttr(root, _) => {
                matches!(&root.kind, ExprKind::Variable(data) if data == "data")
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether an expression reads anything at all: a literal refers to no resource.
fn names_something(expr: &Expr) -> bool {
    let mut found = false;
    expr.for_each_reference(&mut |_| found = true);
    found
}

/// A keyed reference is more precise than the same target named as a whole; each once.
fn most_precise(mut found: Targets) -> Targets {
    let keyed: Vec<String> = found
        .iter()
        .filter(|(_, k)| k.is_some())
        .map(|(t, _)| t.clone())
        .collect();
    found.retain(|(t, k)| k.is_some() || !keyed.contains(t));
    let mut unique = Vec::with_capacity(found.len());
    for target in found {
        if !unique.contains(&target) {
            unique.push(target);
        }
    }
    unique
}

/// Resources an expression refers to, directly or through locals, variables and module
/// outputs, each with the instance key its index picks, if any.
pub(super) fn targets_of(
    expr: &Expr,
    module: &Module,
    scope: &dyn Scope,
    origins: &Origins,
) -> Targets {
    targets_of_reach(&origins.reach.get(expr, module), scope, origins)
}

fn targets_of_reach(reach: &Reach, scope: &dyn Scope, origins: &Origins) -> Targets {
    let mut found: Targets = reach
        .resources
        .iter()
        .map(|(target, index)| {
            let key = picked_key(index.as_ref(), scope);
            (format!("{}{target}", origins.call.path), key)
        })
        .collect();
    for (name, key) in &reach.var_reads {
        if let Some(targets) = origins.call.var_targets.get(name) {
            found.extend(targets.read(key.as_deref()).iter().cloned());
        }
    }
    for (call, output, index) in &reach.outputs {
        let picked = picked_key(index.as_ref(), scope);
        let instances = origins.calls.get(call).into_iter().flatten();
        for (key, outputs) in instances {
            if picked.as_ref().is_none_or(|p| p == key) {
                found.extend(outputs.get(output).into_iter().flatten().cloned());
            }
        }
    }
    found
}

/// The instance an index expression (`[each.key]`, `["a"]`) picks, when it is known.
fn picked_key(index: Option<&Expr>, scope: &dyn Scope) -> Option<InstanceKey> {
    let key = Evaluator::new(scope).eval(index?).ok()?;
    instance_key(&key)
}

/// The module's variables an expression reads, directly or through locals.
pub fn variables_read(expr: &Expr, module: &Module) -> Vec<String> {
    Reach::of(expr, module).vars
}

/// Root names of references that are not managed resources (`var.x`, `each.key`, ...).
pub(in crate::eval) const NOT_RESOURCES: &[&str] = &[
    "var",
    "local",
    "each",
    "count",
    "path",
    "terraform",
    "data",
    "module",
    "self",
];

/// The instance a `count` index or `for_each` key value picks.
pub(in crate::eval) fn instance_key(value: &Value) -> Option<InstanceKey> {
    match value {
        Value::Number(n) if *n >= 0.0 && n.fract() == 0.0 => Some(InstanceKey::Index(*n as usize)),
        Value::String(s) => Some(InstanceKey::Key(s.to_string())),
        _ => None,
    }
}
