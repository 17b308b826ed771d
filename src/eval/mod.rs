//! Eval stage: Terraform semantics over the model.

mod data_sources;
pub mod expr;
mod files;
pub mod functions;
mod graph;
pub mod module;
pub mod plan;
mod scope;
pub mod types;
pub mod unknown;
pub mod value;
mod variables;

pub use expr::{Evaluator, Scope};
pub use module::{
    BlockSources, EvaluatedModule, Instance, InstanceKey, ModuleCaches, Modules, Reference,
    evaluate, variables_read,
};
pub use value::Value;
pub use variables::Inputs;
