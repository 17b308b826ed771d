//! Root module variables: defaults, variables files, `--var-file`, `--var` and `TF_VAR_`,
//! converted to their declared types.

use super::types::{Type, constant, variable_type};
use super::value::Value;
use crate::model::{Module, Named, Problem};
use crate::syntax::{Body, Expr};
use std::collections::BTreeMap;

/// Variable values given from outside the configuration.
#[derive(Debug, Default, Clone)]
pub struct Inputs {
    /// `TF_VAR_name` values from the environment: the lowest precedence after defaults.
    pub env: Vec<(String, String)>,
    /// `--var-file` contents, in command-line order: above the automatic variables files.
    pub var_files: Vec<Body>,
    /// `--var NAME=VALUE`, in command-line order: the highest precedence.
    pub vars: Vec<(String, String)>,
    /// The variable values a plan was made with, when its configuration is evaluated to
    /// locate the plan's resources: they override everything else, as they are what
    /// Terraform used.
    pub plan_values: BTreeMap<String, Value>,
    /// `--config-dir`: where the configuration of the plans being scanned lives, when it is
    /// not the plan's own directory.
    pub plan_config: Option<std::path::PathBuf>,
}

/// Where a module's variables get their values.
#[derive(Clone, Copy)]
pub enum VariableSource<'a> {
    /// A root module: variables files, `--var-file`, `--var`, `TF_VAR_`.
    Root(&'a Inputs),
    /// A called module: the arguments of the `module` block, already evaluated.
    Call(&'a BTreeMap<String, Value>),
}

/// One value for a variable, before type conversion.
enum Given<'a> {
    Value(&'a Value),
    Expr(&'a Expr),
    /// From `--var` or `TF_VAR_`: a raw string for primitive types, an expression otherwise.
    Raw(&'a str),
}

/// Variable values. A root module's come in Terraform's precedence order: default,
/// environment, `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)`,
/// `--var-file`, `--var`; a called module's from its caller, else the default. A variable with no
/// value at all is unknown; a value that does not fit the declared type is reported.
pub fn variable_values(
    module: &Module,
    source: VariableSource,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Value> {
    module
        .variables
        .iter()
        .map(|variable| {
            let name = variable.name.as_str();
            let kind = declared_type(variable, problems);
            let given = last_given(module, source, variable);
            let value = match given.map(|g| given_value(g, &kind)) {
                None => Ok(Value::Unknown),
                Some(Ok(value)) => kind.convert(&value),
                Some(Err(message)) => Err(message),
            };
            let value = value.unwrap_or_else(|message| {
                problems.push(variable_problem(
                    variable,
                    &format!("invalid value for var.{name}: {message}"),
                ));
                Value::Unknown
            });
            (name.to_string(), value)
        })
        .collect()
}

/// The variable's `type`, `any` when it has none; what Terraform reports about it is reported
/// at the type expression.
fn declared_type(variable: &Named, problems: &mut Vec<Problem>) -> Type {
    let Some(declared) = variable.block.body.attribute("type") else {
        return Type::Any;
    };
    let (kind, problem) = variable_type(&declared.value);
    if let Some(message) = problem {
        problems.push(Problem {
            file: variable.file,
            span: declared.value.span.clone(),
            message,
        });
    }
    kind
}

fn last_given<'a>(
    module: &'a Module,
    source: VariableSource<'a>,
    variable: &'a Named,
) -> Option<Given<'a>> {
    let name = variable.name.as_str();
    let default = || {
        variable
            .block
            .body
            .attribute("default")
            .map(|d| Given::Expr(&d.value))
    };
    let inputs = match source {
        VariableSource::Call(values) => return values.get(name).map(Given::Value).or_else(default),
        VariableSource::Root(inputs) => inputs,
    };
    let from_body = |body: &'a Body| body.attribute(name).map(|a| Given::Expr(&a.value));
    let raw = |pairs: &'a [(String, String)]| {
        pairs
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| Given::Raw(v))
    };
    let planned = inputs.plan_values.get(name).map(Given::Value);
    planned
        .or_else(|| raw(&inputs.vars))
        .or_else(|| inputs.var_files.iter().rev().find_map(from_body))
        .or_else(|| {
            module
                .var_files
                .iter()
                .rev()
                .find_map(|f| from_body(&f.body))
        })
        .or_else(|| raw(&inputs.env))
        .or_else(default)
}

fn given_value(given: Given, kind: &Type) -> Result<Value, String> {
    match given {
        Given::Value(value) => Ok(value.clone()),
        Given::Expr(expr) => constant(expr),
        Given::Raw(text) if kind.is_primitive() || *kind == Type::Any => Ok(Value::string(text)),
        Given::Raw(text) => {
            let body =
                crate::parse::parse_hcl(&format!("value = {text}\n")).map_err(|e| e.message)?;
            let attribute = body.attributes.first().ok_or("no value")?;
            constant(&attribute.value)
        }
    }
}

fn variable_problem(variable: &Named, message: &str) -> Problem {
    Problem {
        file: variable.file,
        span: variable.block.header.clone(),
        message: message.to_string(),
    }
}
