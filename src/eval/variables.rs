//! Root module variables: defaults, variables files, `--var-file`, `--var` and `TF_VAR_`,
//! converted to their declared types.

use super::types::{Type, constant, variable_type};
use super::value::Value;
use crate::model::{Module, Named, Problem, Related};
use crate::syntax::{Attribute, Body, Expr, ExprKind};
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
    /// Work out why each unknown attribute is unknown (`--show-unknown`): the statistics and
    /// the undecided pairs' reasons. Otherwise a reason names the attribute only.
    pub explain_unknown: bool,
    /// Keep the rule/resource pairs that pass as well as those that fail: a JUnit report
    /// lists every check made. Off by default, as a scan has many more passes than findings.
    pub record_passes: bool,
}

impl Inputs {
    /// The inputs of a scan given nothing but this process's `TF_VAR_*` environment.
    pub fn from_environment() -> Inputs {
        Inputs {
            env: std::env::vars()
                .filter_map(|(k, v)| k.strip_prefix("TF_VAR_").map(|name| (name.to_string(), v)))
                .collect(),
            ..Inputs::default()
        }
    }
}

/// Where a module's variables get their values.
#[derive(Clone, Copy)]
pub enum VariableSource<'a> {
    /// A root module: variables files, `--var-file`, `--var`, `TF_VAR_`.
    Root(&'a Inputs),
    /// A called module: the `module` block, and its arguments already evaluated.
    Call(&'a Named, &'a BTreeMap<String, Value>),
}

/// One value for a variable, before type conversion.
enum Given<'a> {
    Value(&'a Value),
    Expr(&'a Expr),
    /// From `--var` or `TF_VAR_`: a raw string for primitive types, an expression otherwise.
    Raw(&'a str),
    /// The variable's default, converted once per module.
    Default,
}

/// A module's variable values, and where each came from when a file says it: the caller's
/// argument, a variables file or the default. Values from the command line, the environment
/// or a plan have no place.
#[derive(Debug, Default)]
pub struct Variables {
    pub values: BTreeMap<String, Value>,
    pub origins: BTreeMap<String, Related>,
}

/// Variable values. A root module's come in Terraform's precedence order: default,
/// environment, `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)`,
/// `--var-file`, `--var`; a called module's from its caller, else the default. A variable with no
/// value at all is unknown; a value that does not fit the declared type is reported where it
/// was given.
pub fn variable_values(
    module: &Module,
    declarations: &[Declaration],
    source: VariableSource,
    problems: &mut Vec<Problem>,
) -> Variables {
    let mut variables = Variables::default();
    for (variable, declared) in module.variables.iter().zip(declarations) {
        let name = variable.name.as_str();
        problems.extend(declared.problem.iter().cloned());
        let given = last_given(module, source, variable, declared);
        let mut value = match &given {
            None => Ok(Value::Unknown),
            Some((given, _)) => given_value(given, declared),
        };
        let mut origin = given.and_then(|(_, origin)| origin);
        // A null given for a variable declared `nullable = false` means its default.
        if value == Ok(Value::Null) && !nullable(variable) {
            value = given_value(&Given::Default, declared);
            origin = declared.default.as_ref().map(|d| d.origin.clone());
        }
        let value = value.unwrap_or_else(|message| {
            let message = format!("invalid value for var.{name}: {message}");
            problems.push(invalid_value(variable, origin.as_ref(), message));
            Value::Unknown
        });
        variables.values.insert(name.to_string(), value);
        if let Some(origin) = origin {
            variables.origins.insert(name.to_string(), origin);
        }
    }
    variables
}

/// A value that does not fit the variable: reported where the value was given (the caller's
/// argument, a variables file), with the declaration as related information.
fn invalid_value(variable: &Named, origin: Option<&Related>, message: String) -> Problem {
    let declaration = Related {
        file: variable.file,
        span: variable.block.header.clone(),
        message: format!("var.{} is declared here", variable.name).into(),
    };
    let (file, span, related) = match origin {
        Some(origin) if (origin.file, &origin.span) != (declaration.file, &declaration.span) => {
            (origin.file, origin.span.clone(), vec![declaration])
        }
        _ => (declaration.file, declaration.span, Vec::new()),
    };
    Problem {
        file,
        span,
        message,
        related,
    }
}

/// What a `variable` block declares: its type (`any` when it has none, with what Terraform
/// reports about it, at the type expression) and its default converted to it. The same for
/// every instance of the module, so worked out once.
pub struct Declaration {
    kind: Type,
    problem: Option<Problem>,
    /// `None` when there is no default: the variable must be given.
    default: Option<DefaultValue>,
}

/// A variable's default, converted to its type, and where it is written.
struct DefaultValue {
    value: Result<Value, String>,
    origin: Related,
}

pub fn declarations(module: &Module) -> Vec<Declaration> {
    module.variables.iter().map(declaration).collect()
}

fn declaration(variable: &Named) -> Declaration {
    let body = &variable.block.body;
    let (kind, problem) = match body.attribute("type") {
        None => (Type::Any, None),
        Some(declared) => {
            let (kind, message) = variable_type(&declared.value);
            let problem = message.map(|message| Problem {
                file: variable.file,
                span: declared.value.span.clone(),
                message,
                related: Vec::new(),
            });
            (kind, problem)
        }
    };
    let default = body.attribute("default");
    Declaration {
        default: default.map(|d| DefaultValue {
            value: constant(&d.value).and_then(|v| kind.convert(&v)),
            origin: Related {
                file: variable.file,
                span: d.span.clone(),
                message: format!("the default value of var.{}", variable.name).into(),
            },
        }),
        kind,
        problem,
    }
}

/// The value with the highest precedence, and where a file gives it.
fn last_given<'a>(
    module: &'a Module,
    source: VariableSource<'a>,
    variable: &'a Named,
    declared: &Declaration,
) -> Option<(Given<'a>, Option<Related>)> {
    let name = variable.name.as_str();
    let place = |file, attribute: &Attribute, message: String| Related {
        file,
        span: attribute.span.clone(),
        message: message.into(),
    };
    let default = || {
        let default = declared.default.as_ref()?;
        Some((Given::Default, Some(default.origin.clone())))
    };
    let inputs = match source {
        VariableSource::Call(call, values) => {
            let Some(value) = values.get(name) else {
                return default();
            };
            let origin = call.block.body.attribute(name).map(|argument| {
                let message = format!("module.{} sets {name} here", call.name);
                place(call.file, argument, message)
            });
            return Some((Given::Value(value), origin));
        }
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
    let outside = |given: Given<'a>| (given, None);
    let from_variables_file = || {
        module.var_files.iter().rev().find_map(|f| {
            let attribute = f.body.attribute(name)?;
            let origin = place(
                f.file,
                attribute,
                format!("{} sets var.{name} here", f.name),
            );
            Some((Given::Expr(&attribute.value), Some(origin)))
        })
    };
    let planned = inputs.plan_values.get(name).map(Given::Value).map(outside);
    planned
        .or_else(|| raw(&inputs.vars).map(outside))
        .or_else(|| {
            inputs
                .var_files
                .iter()
                .rev()
                .find_map(from_body)
                .map(outside)
        })
        .or_else(from_variables_file)
        .or_else(|| raw(&inputs.env).map(outside))
        .or_else(default)
}

/// `nullable = false`: a null given for the variable means its default.
fn nullable(variable: &Named) -> bool {
    !matches!(
        variable
            .block
            .body
            .attribute("nullable")
            .map(|a| &a.value.kind),
        Some(ExprKind::Bool(false))
    )
}

/// The given value converted to the declared type.
fn given_value(given: &Given, declared: &Declaration) -> Result<Value, String> {
    let kind = &declared.kind;
    let value = match given {
        Given::Default => {
            return declared
                .default
                .as_ref()
                .map_or(Ok(Value::Unknown), |d| d.value.clone());
        }
        Given::Value(value) => (*value).clone(),
        Given::Expr(expr) => constant(expr)?,
        Given::Raw(text) if kind.is_primitive() || *kind == Type::Any => Value::string(*text),
        Given::Raw(text) => {
            let body =
                crate::parse::parse_hcl(&format!("value = {text}\n")).map_err(|e| e.message)?;
            let attribute = body.attributes.first().ok_or("no value")?;
            constant(&attribute.value)?
        }
    };
    kind.convert(&value)
}
