//! A plan's resources as the model rules run on: one module whose instances carry the
//! planned values, so every rule covers plans without per-input code.

use super::module::{EvaluatedModule, Instance, InstanceKey};
use super::value::Value;
use crate::model::{FileId, Mode, Module, Resource};
use crate::parse::plan::Plan;
use crate::syntax::{Block, Body};
use std::path::PathBuf;

/// `module` is the index the plan's module will have in the scan's list.
pub fn model(file: FileId, dir: PathBuf, plan: Plan, module: usize) -> (Module, EvaluatedModule) {
    let mut resources = Vec::with_capacity(plan.resources.len());
    let mut instances = Vec::with_capacity(plan.resources.len());
    for (index, planned) in plan.resources.into_iter().enumerate() {
        let key = match &planned.index {
            Some(Value::Number(n)) if *n >= 0.0 => InstanceKey::Index(*n as usize),
            Some(Value::String(s)) => InstanceKey::Key(s.to_string()),
            _ => InstanceKey::None,
        };
        resources.push(Resource {
            mode: Mode::Managed,
            kind: planned.kind.clone(),
            name: planned.name.clone(),
            file,
            block: Block {
                kind: "resource".to_string(),
                labels: vec![planned.kind, planned.name],
                label_spans: Vec::new(),
                body: Body::default(),
                span: planned.span,
                header: planned.header,
            },
        });
        instances.push(Instance {
            module,
            module_path: planned.module_path,
            resource: index,
            key,
            address: planned.address,
            value: planned.values,
            references: Vec::new(),
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
