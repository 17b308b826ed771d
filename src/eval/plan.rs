//! A plan's resources as the model rules run on: one module whose instances carry the
//! planned values, so every rule covers plans without per-input code.

use super::module::{
    EvaluatedModule, Instance, InstanceKey, NOT_RESOURCES, Reference, instance_key,
};
use super::value::Value;
use crate::model::{FileId, Mode, Module, Resource};
use crate::parse::plan::Plan;
use crate::syntax::{Block, Body};
use std::path::PathBuf;

/// A top-level argument the configuration does not set but the plan marks unknown is computed
/// by the provider: for a rule it is not set, as in configuration (`self.x == null`).
fn configured_values(values: Value, configured: Option<&[(String, Vec<String>)]>) -> Value {
    let (Value::Block(map), Some(configured)) = (&values, configured) else {
        return values;
    };
    let set = |name: &str| configured.iter().any(|(argument, _)| argument == name);
    Value::block(
        map.iter()
            .map(|(k, v)| {
                let value = if *v == Value::Unknown && !set(k) {
                    Value::Null
                } else {
                    v.clone()
                };
                (k.clone(), value)
            })
            .collect(),
    )
}

/// Resource references from the plan's configuration. A reference that also uses `each.key`
/// or `count.index` picks the instance with this instance's key, as `x[each.key]` does.
fn references(configured: &[(String, Vec<String>)], key: &InstanceKey) -> Vec<Reference> {
    let mut out = Vec::new();
    for (attribute, refs) in configured {
        let keyed = refs
            .iter()
            .any(|r| r == "each.key" || r == "each.value" || r == "count.index");
        for reference in refs {
            let mut parts = reference.split('.');
            let (Some(kind), Some(name)) = (parts.next(), parts.next()) else {
                continue;
            };
            if NOT_RESOURCES.contains(&kind) {
                continue;
            }
            let name = name.split('[').next().unwrap_or(name);
            let target = format!("{kind}.{name}");
            if out
                .iter()
                .any(|r: &Reference| r.attribute == *attribute && r.target == target)
            {
                continue;
            }
            out.push(Reference {
                attribute: attribute.clone(),
                target,
                key: (keyed && *key != InstanceKey::None).then(|| key.clone()),
            });
        }
    }
    out
}

/// `module` is the index the plan's module will have in the scan's list. With the root
/// module's configuration at hand, its resources point at their blocks in the `.tf` files
/// (and so at the offending attribute); otherwise at their objects in the plan.
pub fn model(
    file: FileId,
    dir: PathBuf,
    plan: Plan,
    module: usize,
    config: Option<&Module>,
) -> (Module, EvaluatedModule) {
    let mut resources = Vec::with_capacity(plan.resources.len());
    let mut instances = Vec::with_capacity(plan.resources.len());
    for (index, planned) in plan.resources.into_iter().enumerate() {
        let key = planned
            .index
            .as_ref()
            .and_then(instance_key)
            .unwrap_or(InstanceKey::None);
        let declared = config
            .filter(|_| planned.module_path.is_empty())
            .and_then(|c| {
                c.resources.iter().find(|r| {
                    r.mode == Mode::Managed && r.kind == planned.kind && r.name == planned.name
                })
            });
        resources.push(Resource {
            mode: Mode::Managed,
            kind: planned.kind.clone(),
            name: planned.name.clone(),
            file: declared.map_or(file, |r| r.file),
            block: declared.map_or_else(
                || Block {
                    kind: "resource".to_string(),
                    labels: vec![planned.kind, planned.name],
                    label_spans: Vec::new(),
                    body: Body::default(),
                    span: planned.span,
                    header: planned.header,
                },
                |r| r.block.clone(),
            ),
        });
        instances.push(Instance {
            module,
            module_path: planned.module_path,
            resource: index,
            address: planned.address,
            value: configured_values(planned.values, planned.references.as_deref()),
            references: references(planned.references.as_deref().unwrap_or_default(), &key),
            key,
        });
    }
    let module = Module {
        dir: dir.clone(),
        files: vec![file],
        resources,
        ..Module::default()
    };
    let evaluated = EvaluatedModule {
        root: dir,
        instances,
        ..EvaluatedModule::default()
    };
    (module, evaluated)
}
