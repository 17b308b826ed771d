//! A resource's instances: the keys `count` or `for_each` ask for, and each instance's value.

use super::*;

/// Adds the instances of resource `index` to `out` and returns the resource as a reference
/// sees it: one object, a list for `count`, a map for `for_each`.
pub(super) fn expand(
    origins: &Origins,
    module: &Module,
    index: usize,
    default_tags: Option<&Value>,
    in_cycle: bool,
    scope: &ModuleScope,
    out: &mut EvaluatedModule,
) -> Value {
    let call = origins.call;
    let resource = &module.resources[index];
    let keys = if in_cycle {
        Err(KeysError::Invalid(
            "it depends on itself through a cycle".to_string(),
        ))
    } else {
        instance_keys(resource.meta("count"), resource.meta("for_each"), scope)
    };
    let keys = match keys {
        Ok(keys) => keys,
        Err(KeysError::Unknown) => vec![(InstanceKey::Unknown, Value::Unknown)],
        Err(KeysError::Invalid(reason)) => {
            out.unexpanded.push(UnexpandedResource {
                module: call.module,
                module_path: call.path.clone(),
                resource: index,
                reason,
            });
            return Value::Unknown;
        }
    };
    let mut seen = Vec::with_capacity(keys.len());
    for (key, each_value) in keys {
        let instance_scope = InstanceScope {
            module: scope,
            key: &key,
            each_value: &each_value,
        };
        let (mut value, block_sources) =
            body_value_with_sources(&resource.block.body, &instance_scope);
        match (default_tags, resource.mode) {
            (Some(tags), Mode::Managed) => value = with_default_tags(value, tags),
            (_, Mode::Data) => value = data_sources::with_computed(&resource.kind, value),
            _ => {}
        }
        let unknown = if call.explain_unknown {
            out.unknown
                .record(&resource.block.body, &value, &instance_scope)
        } else {
            Vec::new()
        };
        let references = references(resource, module, &key, &instance_scope, origins);
        let encoded = partly_known_documents(&resource.block.body, &value, &instance_scope);
        seen.push((key.clone(), value.as_configured()));
        out.instances.push(Instance {
            module: call.module,
            module_path: call.path.clone(),
            calls: call.sites.clone(),
            resource: index,
            address: format!("{}{}{}", call.path, resource.address(), key.suffix()),
            value,
            instances_unknown: call.instances_unknown || key == InstanceKey::Unknown,
            key,
            references,
            unknown,
            var_origins: origins.vars.clone(),
            block_sources,
            encoded,
        });
    }
    collect_instances(seen, resource.meta("count").is_some())
}

/// The arguments written as `jsonencode(X)` that are unknown as text, with `X` as far as it
/// is known. Evaluated only for those: most documents are wholly known, or not JSON.
fn partly_known_documents(body: &Body, value: &Value, scope: &dyn Scope) -> Vec<(String, Value)> {
    body.attributes
        .iter()
        .filter(|a| value.get_attr(&a.name).is_some_and(|v| !v.is_known()))
        .filter_map(|a| match &a.value.kind {
            ExprKind::Call {
                name,
                args,
                expand_final: false,
            } if name == "jsonencode" && args.len() == 1 => {
                let document = Evaluator::new(scope).eval(&args[0]).ok()?;
                Some((a.name.clone(), document))
            }
            _ => None,
        })
        .collect()
}

pub(super) type Keys = Vec<(InstanceKey, Value)>;

/// Why the instances of a resource or module call are not a known list.
pub(super) enum KeysError {
    /// `count` or `for_each` is known only after apply.
    Unknown,
    /// Terraform would refuse it (a negative count, a cycle); the reason says why.
    Invalid(String),
}

impl From<EvalError> for KeysError {
    fn from(err: EvalError) -> Self {
        KeysError::Invalid(err.message)
    }
}

/// The instances `count` or `for_each` ask for.
pub(super) fn instance_keys(
    count: Option<&Expr>,
    for_each: Option<&Expr>,
    scope: &dyn Scope,
) -> Result<Keys, KeysError> {
    if let Some(expr) = count {
        let value = Evaluator::new(scope).eval(expr)?;
        let n = to_number(&value, &expr.span)?.ok_or(KeysError::Unknown)?;
        if n < 0.0 || n.fract() != 0.0 || n > crate::eval::functions::MAX_COLLECTION as f64 {
            return Err(KeysError::Invalid(format!(
                "count must be a whole number from 0 to {}",
                crate::eval::functions::MAX_COLLECTION
            )));
        }
        return Ok((0..n as usize)
            .map(|i| (InstanceKey::Index(i), Value::Null))
            .collect());
    }
    let Some(expr) = for_each else {
        return Ok(vec![(InstanceKey::None, Value::Null)]);
    };
    let value = Evaluator::new(scope).eval(expr)?;
    let pairs = iteration_pairs(&value, &expr.span)?.ok_or(KeysError::Unknown)?;
    let is_set = matches!(value, Value::List(_));
    pairs
        .into_iter()
        .map(|(key, item)| {
            // A set's elements are its own keys.
            let key = if is_set { item.clone() } else { key };
            let key = to_string(&key, &expr.span)?.ok_or(KeysError::Unknown)?;
            Ok((InstanceKey::Key(key), item))
        })
        .collect()
}
