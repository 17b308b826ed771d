//! Which resources an instance's arguments refer to, directly or through locals.

use super::*;

/// The resources an instance's top-level attributes refer to, with the instance key when the
/// reference picks one (`aws_s3_bucket.b[each.key].id` gives `aws_s3_bucket.b` and the key).
/// References are followed through locals, and `each.value` counts as a reference to the
/// instance of the resource that `for_each` iterates over.
pub(super) fn references(
    resource: &Resource,
    module: &Module,
    key: &InstanceKey,
    scope: &dyn Scope,
) -> Vec<Reference> {
    let for_each_targets: Vec<String> = resource
        .meta("for_each")
        .map(|expr| {
            targets_of(expr, module, scope)
                .into_iter()
                .map(|(t, _)| t)
                .collect()
        })
        .unwrap_or_default();
    let mut out: Vec<Reference> = Vec::new();
    for attribute in &resource.block.body.attributes {
        let mut found = targets_of(&attribute.value, module, scope);
        let mut uses_each_value = false;
        attribute.value.for_each_reference(&mut |path| {
            uses_each_value |= path.starts_with(&["each", "value"])
        });
        if uses_each_value {
            found.extend(
                for_each_targets
                    .iter()
                    .map(|t| (t.clone(), Some(key.clone()))),
            );
        }
        // A keyed reference is more precise than the same target named as a whole.
        let keyed: Vec<String> = found
            .iter()
            .filter(|(_, k)| k.is_some())
            .map(|(t, _)| t.clone())
            .collect();
        found.retain(|(t, k)| k.is_some() || !keyed.contains(t));
        found.dedup();
        out.extend(found.into_iter().map(|(target, key)| Reference {
            attribute: attribute.name.clone(),
            target,
            key,
        }));
    }
    out
}

/// Resource addresses an expression refers to, directly or through locals (to a bounded
/// depth), each with the instance key its index picks, if any.
pub(super) fn targets_of(
    expr: &Expr,
    module: &Module,
    scope: &dyn Scope,
) -> Vec<(String, Option<InstanceKey>)> {
    const MAX_LOCAL_DEPTH: usize = 8;
    let mut found = Vec::new();
    let mut pending = vec![(expr, 0)];
    let mut seen_locals: Vec<&str> = Vec::new();
    while let Some((current, depth)) = pending.pop() {
        current.walk(&mut |e| {
            let target = |e: &Expr| match &e.kind {
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
                    if let Some(target) = target(inner) {
                        let key = Evaluator::new(scope)
                            .eval(index)
                            .ok()
                            .and_then(|k| instance_key(&k));
                        found.push((target, key));
                    }
                }
                _ => found.extend(target(e).map(|t| (t, None))),
            }
        });
        if depth < MAX_LOCAL_DEPTH {
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
    found
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
