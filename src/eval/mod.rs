//! Eval stage: Terraform semantics over the model.

pub mod expr;
pub mod functions;
pub mod module;
pub mod types;
pub mod value;

pub use expr::{Evaluator, Scope};
pub use module::{EvaluatedModule, Inputs, Instance, InstanceKey, evaluate};
pub use value::Value;
