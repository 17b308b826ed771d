//! Which resources an instance's arguments refer to, directly, through locals, and through
//! module inputs and outputs, so a link made across modules is seen like one made inside one.

use super::*;

/// Resources a value may come from: full address without instance key
/// (`module.vpc.aws_vpc.this`) and the instance the reference picks, if any.
pub type Targets = Vec<(String, Option<InstanceKey>)>;

/// Where the names of one module instance lead: its variables (what the caller's argument
/// refers to, in `call`) and the outputs of the modules it calls.
pub(super) struct Origins<'a> {
    pub call: &'a Call<'a>,
    /// Module call name → output name → targets.
    pub calls: &'a HashMap<String, BTreeMap<String, Targets>>,
    /// Where this module instance's variables got their values.
    pub vars: &'a Arc<BTreeMap<String, Vec<Related>>>,
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
    let for_each_targets: Vec<String> = resource
        .meta("for_each")
        .map(|expr| {
            targets_of(expr, module, scope, origins)
                .into_iter()
                .map(|(t, _)| t)
                .collect()
        })
        .unwrap_or_default();
    let mut out: Vec<Reference> = Vec::new();
    for attribute in &resource.block.body.attributes {
        let mut found = targets_of(&attribute.value, module, scope, origins);
        let mut uses_each_value = false;
        attribute.value.for_each_reference(&mut |path| {
            uses_each_value |= path.starts_with(&["each", "value"])
        });
        if uses_each_value && *key != InstanceKey::Unknown {
            found.extend(
                for_each_targets
                    .iter()
                    .map(|t| (t.clone(), Some(key.clone()))),
            );
        }
        out.extend(
            most_precise(found)
                .into_iter()
                .map(|(target, key)| Reference {
                    attribute: attribute.name.clone(),
                    target,
                    key,
                }),
        );
    }
    out
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

/// Resources an expression refers to, directly or through locals (to a bounded depth),
/// variables and module outputs, each with the instance key its index picks, if any.
pub(super) fn targets_of(
    expr: &Expr,
    module: &Module,
    scope: &dyn Scope,
    origins: &Origins,
) -> Targets {
    let mut found = Vec::new();
    follow_locals(expr, module, &mut |current| {
        current.walk(&mut |e| {
            if let Some((target, key)) = resource_target(e, scope) {
                found.push((format!("{}{target}", origins.call.path), key));
            }
        });
        current.for_each_reference(&mut |path| match path {
            ["var", name, ..] => found.extend(
                origins
                    .call
                    .var_targets
                    .get(*name)
                    .into_iter()
                    .flatten()
                    .cloned(),
            ),
            ["module", call, output, ..] => found.extend(
                origins
                    .calls
                    .get(*call)
                    .and_then(|outputs| outputs.get(*output))
                    .into_iter()
                    .flatten()
                    .cloned(),
            ),
            _ => {}
        });
    });
    found
}

/// The module's variables an expression reads, directly or through locals.
pub fn variables_read(expr: &Expr, module: &Module) -> Vec<String> {
    let mut read: Vec<String> = Vec::new();
    follow_locals(expr, module, &mut |current| {
        current.for_each_reference(&mut |path| {
            if let ["var", name, ..] = path
                && !read.iter().any(|r| r == name)
            {
                read.push(name.to_string());
            }
        });
    });
    read
}

/// Visits the expression and the value of every local it reads, directly or through other
/// locals (to a bounded depth), each once.
fn follow_locals<'m>(expr: &'m Expr, module: &'m Module, visit: &mut dyn FnMut(&'m Expr)) {
    const MAX_LOCAL_DEPTH: usize = 8;
    let mut pending = vec![(expr, 0)];
    let mut seen_locals: Vec<&str> = Vec::new();
    while let Some((current, depth)) = pending.pop() {
        visit(current);
        if depth == MAX_LOCAL_DEPTH {
            continue;
        }
        current.for_each_reference(&mut |path| {
            if let ["local", name, ..] = path
                && !seen_locals.contains(name)
                && let Some(local) = module.locals.iter().find(|l| l.attribute.name == *name)
            {
                seen_locals.push(&local.attribute.name);
                pending.push((&local.attribute.value, depth + 1));
            }
        });
    }
}

/// `aws_s3_bucket.b` for an expression `aws_s3_bucket.b` or `aws_s3_bucket.b[KEY]`, with the
/// instance the key picks when it is known.
fn resource_target(e: &Expr, scope: &dyn Scope) -> Option<(String, Option<InstanceKey>)> {
    let named = |e: &Expr| match &e.kind {
        ExprKind::GetAttr(root, name) => match &root.kind {
            ExprKind::Variable(kind) if !NOT_RESOURCES.contains(&kind.as_str()) => {
                Some(format!("{kind}.{name}"))
            }
            _ => None,
        },
        _ => None,
    };
    match &e.kind {
        ExprKind::Index(inner, index) => {
            let target = named(inner)?;
            let key = Evaluator::new(scope)
                .eval(index)
                .ok()
                .and_then(|k| instance_key(&k));
            Some((target, key))
        }
        _ => named(e).map(|t| (t, None)),
    }
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
