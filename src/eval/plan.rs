//! A plan's resources as the model rules run on: one module whose instances carry the
//! planned values, so every rule covers plans without per-input code.

use super::module::{
    EvaluatedModule, Instance, InstanceKey, NOT_RESOURCES, Reference, instance_key,
};
use super::value::Value;
use crate::model::{CallSite, FileId, Mode, Module, Resource};
use crate::parse::plan::{Configured, Plan, PlanResource, without_keys};
use crate::syntax::{Block, Body};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The plan's configuration on disk, evaluated with the plan's variables: it tells where each
/// resource is declared (in the root module or a called one) and what its arguments refer to,
/// through locals too, which the plan's own `configuration` does not follow.
pub struct Configuration<'a> {
    pub modules: &'a [Module],
    pub evaluated: &'a EvaluatedModule,
}

/// Where configuration resources are declared, by instance address and by address without
/// instance keys (for resources whose instances the evaluation could not know).
struct Declarations<'a> {
    modules: &'a [Module],
    instances: HashMap<&'a str, &'a Instance>,
    resources: HashMap<String, (usize, usize)>,
}

impl<'a> Declarations<'a> {
    fn new(config: &Configuration<'a>) -> Self {
        let modules = config.modules;
        let evaluated = config.evaluated;
        let config_address = |module: usize, path: &str, resource: usize| {
            format!(
                "{}{}",
                without_keys(path),
                modules[module].resources[resource].address()
            )
        };
        let mut resources = HashMap::new();
        for i in &evaluated.instances {
            resources.insert(
                config_address(i.module, &i.module_path, i.resource),
                (i.module, i.resource),
            );
        }
        for u in &evaluated.unexpanded {
            resources.insert(
                config_address(u.module, &u.module_path, u.resource),
                (u.module, u.resource),
            );
        }
        Declarations {
            modules,
            instances: evaluated
                .instances
                .iter()
                .map(|i| (i.address.as_str(), i))
                .collect(),
            resources,
        }
    }

    fn declared(&self, planned: &PlanResource) -> Option<&'a Resource> {
        let (module, resource) = match self.instances.get(planned.address.as_str()) {
            Some(instance) => (instance.module, instance.resource),
            None => *self.resources.get(&planned.config_address)?,
        };
        let declared = &self.modules[module].resources[resource];
        (declared.mode == Mode::Managed).then_some(declared)
    }

    /// The configuration's partly known `jsonencode` documents, which the plan has as
    /// unknown text too.
    fn encoded(&self, planned: &PlanResource) -> Vec<(String, Value)> {
        self.instances
            .get(planned.address.as_str())
            .map(|i| i.encoded.clone())
            .unwrap_or_default()
    }

    /// The `module` blocks through which the configuration declares the planned instance.
    fn calls(&self, planned: &PlanResource) -> Arc<[CallSite]> {
        self.instances
            .get(planned.address.as_str())
            .map_or_else(|| Arc::from([]), |i| i.calls.clone())
    }

    fn references(&self, planned: &PlanResource) -> Option<&'a [Reference]> {
        self.instances
            .get(planned.address.as_str())
            .map(|i| i.references.as_slice())
    }
}

/// `module` is the index the plan's module will have in the scan's list. With the
/// configuration at hand, resources point at their blocks in the `.tf` files (and so at the
/// offending attribute); otherwise at their objects in the plan.
pub fn model(
    file: FileId,
    dir: PathBuf,
    plan: Plan,
    module: usize,
    config: Option<Configuration>,
) -> (Module, EvaluatedModule) {
    let declarations = config.as_ref().map(Declarations::new);
    let mut resources = Vec::with_capacity(plan.resources.len() + plan.drift.len());
    let mut instances = Vec::with_capacity(resources.capacity());
    let planned = plan.resources.into_iter().map(|p| (p, Mode::Managed));
    let drifted = plan.drift.into_iter().map(|p| (p, Mode::Drift));
    for (index, (planned, mode)) in planned.chain(drifted).enumerate() {
        let key = planned
            .index
            .as_ref()
            .and_then(instance_key)
            .unwrap_or(InstanceKey::None);
        let declared = declarations.as_ref().and_then(|d| d.declared(&planned));
        // The evaluated configuration's references are the more precise: they follow locals.
        let references = match declarations.as_ref().and_then(|d| d.references(&planned)) {
            Some(references) if mode == Mode::Managed => references.to_vec(),
            _ => planned
                .configured
                .as_ref()
                .map(|c| plan_references(c, &planned.module_path, &key))
                .unwrap_or_default(),
        };
        let calls = declarations
            .as_ref()
            .map_or_else(|| Arc::from([]), |d| d.calls(&planned));
        let encoded = match (&declarations, mode) {
            (Some(declarations), Mode::Managed) => declarations.encoded(&planned),
            _ => Vec::new(),
        };
        let value = match mode {
            Mode::Managed => effective_tags(planned.values),
            _ => planned.values,
        };
        let value = match &planned.configured {
            Some(configured) => {
                configured_values(value, configured, declared.map(|d| &d.block.body))
            }
            None => value,
        };
        let unknown = unknown_in_plan(&value);
        instances.push(Instance {
            module,
            module_path: planned.module_path,
            calls,
            resource: index,
            address: planned.address,
            value,
            references,
            key,
            instances_unknown: false,
            unknown,
            var_origins: Default::default(),
            block_sources: Default::default(),
            encoded,
        });
        resources.push(match declared {
            Some(declared) => Resource {
                mode,
                kind: declared.kind.clone(),
                name: declared.name.clone(),
                file: declared.file,
                block: declared.block.clone(),
            },
            None => Resource {
                mode,
                file,
                block: Block {
                    kind: "resource".to_string(),
                    labels: vec![planned.kind.clone(), planned.name.clone()],
                    label_spans: Vec::new(),
                    body: Body::default(),
                    span: planned.span,
                    header: planned.header,
                },
                kind: planned.kind,
                name: planned.name,
            },
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

/// In configuration, `tags` is read with the provider's `default_tags` merged in; a plan
/// holds that merge in `tags_all`, known or not.
fn effective_tags(values: Value) -> Value {
    let Value::Block(map) = &values else {
        return values;
    };
    match map.get("tags_all") {
        Some(all) if *all != Value::Null => {
            let mut map = (**map).clone();
            map.insert("tags".to_string(), all.clone());
            Value::block(map)
        }
        _ => values,
    }
}

/// An argument the configuration does not set but the plan marks unknown is computed by the
/// provider: for a rule it is not set, as in configuration (`self.x == null`). Nested blocks
/// the configuration writes out are read the same way, block by block. The plan's
/// `configuration` leaves `dynamic` blocks out, so with the `.tf` block at hand (`declared`) a
/// name it writes in any form stays as the plan has it.
fn configured_values(values: Value, configured: &Configured, declared: Option<&Body>) -> Value {
    let Value::Block(map) = &values else {
        return values;
    };
    let written =
        |name: &str| configured.sets(name) || declared.is_some_and(|body| writes(body, name));
    Value::block(
        map.iter()
            .map(|(name, value)| {
                let value = match (value, configured.blocks_of(name)) {
                    (Value::Unknown, None) if !written(name) => Value::Null,
                    // A plan writes an absent nested block as an empty list; in configuration
                    // it reads as not set.
                    (Value::List(items), None) if items.is_empty() && !written(name) => Value::Null,
                    (Value::List(items), Some(blocks))
                        if items.len() == blocks.len() && same_shape(blocks) =>
                    {
                        let declared_blocks: Option<Vec<&Body>> = declared
                            .map(|body| body.blocks_of(name).map(|b| &b.body).collect())
                            .filter(|d: &Vec<&Body>| d.len() == blocks.len());
                        Value::list(
                            items
                                .iter()
                                .zip(blocks)
                                .enumerate()
                                .map(|(i, (item, block))| {
                                    let declared = declared_blocks.as_ref().map(|d| d[i]);
                                    configured_values(item.clone(), block, declared)
                                })
                                .collect(),
                        )
                    }
                    _ => value.clone(),
                };
                (name.clone(), value)
            })
            .collect(),
    )
}

/// Whether a configuration body writes `name`: as an argument, a block or a `dynamic` block.
fn writes(body: &Body, name: &str) -> bool {
    body.attribute(name).is_some()
        || body.blocks.iter().any(|b| {
            b.kind == name || (b.kind == "dynamic" && b.labels.first().is_some_and(|l| l == name))
        })
}

/// Blocks that write the same arguments and block types: the plan may order a set of blocks
/// differently from the configuration, so blocks are paired by position only when which block
/// is which cannot change what is set.
fn same_shape(blocks: &[Configured]) -> bool {
    fn shape(c: &Configured) -> Vec<&str> {
        let mut names: Vec<&str> = c
            .arguments
            .iter()
            .map(|(n, _)| n.as_str())
            .chain(c.blocks.iter().map(|(n, _)| n.as_str()))
            .collect();
        names.sort_unstable();
        names
    }
    blocks.windows(2).all(|w| shape(&w[0]) == shape(&w[1]))
}

/// Top-level attributes the plan leaves (partly) known only after apply.
fn unknown_in_plan(value: &Value) -> Vec<(String, &'static str)> {
    let Value::Block(map) = value else {
        return Vec::new();
    };
    map.iter()
        .filter(|(_, v)| !v.is_wholly_known())
        .map(|(name, _)| (name.clone(), "the plan marks it known after apply"))
        .collect()
}

/// Resource references from the plan's configuration. A reference that also uses `each.key`,
/// `each.value` or `count.index` picks the instance with this instance's key, as
/// `x[each.key]` does.
fn plan_references(
    configured: &Configured,
    module_path: &str,
    key: &InstanceKey,
) -> Vec<Reference> {
    let mut arguments = Vec::new();
    nested_arguments(configured, "", &mut arguments);
    let mut out = Vec::new();
    for (attribute, refs) in arguments {
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
            let target = format!("{module_path}{kind}.{name}");
            if out
                .iter()
                .any(|r: &Reference| r.attribute == attribute && r.target == target)
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

/// The arguments of a configured block and of its nested blocks, named by their path
/// (`access_logs.bucket`), as the configuration's references name them.
fn nested_arguments<'c>(
    configured: &'c Configured,
    prefix: &str,
    out: &mut Vec<(String, &'c [String])>,
) {
    for (name, refs) in &configured.arguments {
        out.push((format!("{prefix}{name}"), refs.as_slice()));
    }
    for (name, blocks) in &configured.blocks {
        for block in blocks {
            nested_arguments(block, &format!("{prefix}{name}."), out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(pairs: &[(&str, Value)]) -> Value {
        Value::block(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn configured(arguments: &[&str]) -> Configured {
        Configured {
            arguments: arguments
                .iter()
                .map(|a| (a.to_string(), Vec::new()))
                .collect(),
            blocks: Vec::new(),
        }
    }

    #[test]
    fn a_dynamic_block_the_plan_configuration_omits_stays_unknown() {
        let body = crate::parse::parse_hcl(
            "bucket = \"b\"\ndynamic \"logging\" {\n  for_each = x\n  content {}\n}\n",
        )
        .unwrap();
        let values = block(&[
            ("bucket", Value::string("b")),
            ("logging", Value::Unknown),
            ("acl", Value::Unknown),
        ]);
        let read = configured_values(values.clone(), &configured(&["bucket"]), Some(&body));
        assert_eq!(read.get_attr("logging"), Some(Value::Unknown));
        assert_eq!(
            read.get_attr("acl"),
            Some(Value::Null),
            "computed, not written"
        );
        let without_tf = configured_values(values, &configured(&["bucket"]), None);
        assert_eq!(without_tf.get_attr("logging"), Some(Value::Null));
    }

    #[test]
    fn blocks_of_different_shapes_are_not_paired_by_position() {
        let values = block(&[(
            "ingress",
            Value::list(vec![
                block(&[("description", Value::Unknown)]),
                block(&[("description", Value::Unknown)]),
            ]),
        )]);
        let mut written = configured(&[]);
        written.blocks.push((
            "ingress".to_string(),
            vec![configured(&["description"]), configured(&["from_port"])],
        ));
        let read = configured_values(values.clone(), &written, None);
        assert_eq!(read, values, "the plan may order the set differently");
        written.blocks[0].1 = vec![configured(&["from_port"]), configured(&["from_port"])];
        let read = configured_values(values, &written, None);
        let first = match read.get_attr("ingress") {
            Some(Value::List(items)) => items[0].clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(first.get_attr("description"), Some(Value::Null));
    }
}
