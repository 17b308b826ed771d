//! Evaluates a module: variables, locals, and every resource instance's configuration value.

use super::expr::{EvalError, Evaluator, Scope, iteration_pairs, to_number, to_string};
use super::types::{Type, constant};
use super::value::Value;
use crate::model::{Mode, Module, Problem, Resource};
use crate::syntax::{Block, Body, Expr, ExprKind};
use std::collections::{BTreeMap, HashMap};

/// Which instance of a resource: none, a `count` index, or a `for_each` key.
#[derive(Debug, Clone, PartialEq)]
pub enum InstanceKey {
    None,
    Index(usize),
    Key(String),
}

impl InstanceKey {
    /// The key as Terraform writes it after the resource address: `[0]`, `["logs"]`.
    pub fn suffix(&self) -> String {
        match self {
            InstanceKey::None => String::new(),
            InstanceKey::Index(i) => format!("[{i}]"),
            InstanceKey::Key(k) => format!("[{}]", serde_json::Value::from(k.as_str())),
        }
    }
}

#[derive(Debug)]
pub struct Instance {
    /// Index into the module's resources.
    pub resource: usize,
    pub key: InstanceKey,
    pub address: String,
    /// The configuration as an object: attributes, and nested blocks as lists of objects.
    pub value: Value,
}

/// What a rule can know about a resource whose instances could not be determined.
#[derive(Debug)]
pub struct UnexpandedResource {
    pub resource: usize,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct EvaluatedModule {
    pub instances: Vec<Instance>,
    pub unexpanded: Vec<UnexpandedResource>,
    pub problems: Vec<Problem>,
}

/// Names every expression in the module can use.
struct ModuleScope<'m> {
    dir: &'m str,
    vars: BTreeMap<String, Value>,
    locals: BTreeMap<String, Value>,
}

impl Scope for ModuleScope<'_> {
    fn root(&self, name: &str) -> Option<Value> {
        match name {
            "var" => Some(Value::object(self.vars.clone())),
            "local" => Some(Value::object(self.locals.clone())),
            "path" => Some(Value::object(
                ["module", "root", "cwd"]
                    .into_iter()
                    .map(|k| (k.to_string(), Value::string(self.dir)))
                    .collect(),
            )),
            "terraform" => Some(Value::object(
                [("workspace".to_string(), Value::string("default"))]
                    .into_iter()
                    .collect(),
            )),
            // Resources, data sources and module outputs are known only after apply for now.
            _ => Some(Value::Unknown),
        }
    }

    fn root_attr(&self, root: &str, attr: &str) -> Option<Value> {
        match root {
            "var" => Some(self.vars.get(attr).cloned().unwrap_or(Value::Unknown)),
            "local" => Some(self.locals.get(attr).cloned().unwrap_or(Value::Unknown)),
            _ => self.root(root).and_then(|v| v.get_attr(attr)),
        }
    }
}

/// `each` or `count` for one instance, over the module scope.
struct InstanceScope<'a> {
    module: &'a ModuleScope<'a>,
    key: &'a InstanceKey,
    each_value: &'a Value,
}

impl Scope for InstanceScope<'_> {
    fn root(&self, name: &str) -> Option<Value> {
        match (name, self.key) {
            ("count", InstanceKey::Index(i)) => Some(Value::object(
                [("index".to_string(), Value::Number(*i as f64))]
                    .into_iter()
                    .collect(),
            )),
            ("each", InstanceKey::Key(k)) => Some(Value::object(
                [
                    ("key".to_string(), Value::string(k.as_str())),
                    ("value".to_string(), self.each_value.clone()),
                ]
                .into_iter()
                .collect(),
            )),
            _ => self.module.root(name),
        }
    }

    fn root_attr(&self, root: &str, attr: &str) -> Option<Value> {
        match root {
            "count" | "each" => self.root(root).and_then(|v| v.get_attr(attr)),
            _ => self.module.root_attr(root, attr),
        }
    }
}

pub fn evaluate(module: &Module, inputs: &Inputs) -> EvaluatedModule {
    let dir = module.dir.to_str().unwrap_or(".");
    let mut out = EvaluatedModule::default();
    let mut scope = ModuleScope {
        dir,
        vars: variable_values(module, inputs, &mut out.problems),
        locals: BTreeMap::new(),
    };
    scope.locals = local_values(module, &scope, &mut out.problems);
    let default_tags = default_tags(module, &scope);
    for (index, resource) in module.resources.iter().enumerate() {
        let provider_tags = default_tags.get(&provider_of(resource));
        match instance_keys(resource.meta("count"), resource.meta("for_each"), &scope) {
            Ok(keys) => {
                for (key, each_value) in keys {
                    let instance_scope = InstanceScope {
                        module: &scope,
                        key: &key,
                        each_value: &each_value,
                    };
                    let mut value = body_value(&resource.block.body, &instance_scope);
                    if let (Some(tags), Mode::Managed) = (provider_tags, resource.mode) {
                        value = with_default_tags(value, tags);
                    }
                    out.instances.push(Instance {
                        resource: index,
                        address: format!("{}{}", resource.address(), key.suffix()),
                        value,
                        key,
                    });
                }
            }
            Err(reason) => out.unexpanded.push(UnexpandedResource {
                resource: index,
                reason,
            }),
        }
    }
    out
}

/// Provider configuration (`aws`, `aws.eu`) → its `default_tags.tags`.
fn default_tags(module: &Module, scope: &dyn Scope) -> HashMap<String, Value> {
    module
        .providers
        .iter()
        .filter_map(|provider| {
            let block = provider.block.body.blocks_of("default_tags").next()?;
            let tags = block.body.attribute("tags")?;
            let value = Evaluator::new(scope)
                .eval(&tags.value)
                .unwrap_or(Value::Unknown);
            let alias = provider
                .block
                .body
                .attribute("alias")
                .and_then(|a| a.value.as_literal_str());
            let name = match alias {
                Some(alias) => format!("{}.{alias}", provider.name),
                None => provider.name.clone(),
            };
            Some((name, value))
        })
        .collect()
}

/// The provider configuration a resource uses: its `provider` argument, or the default
/// configuration of the provider its type name starts with.
fn provider_of(resource: &Resource) -> String {
    let mut named = String::new();
    if let Some(expr) = resource.meta("provider") {
        expr.for_each_reference(&mut |path| {
            if named.is_empty() {
                named = path.join(".");
            }
        });
    }
    if named.is_empty() {
        named = resource
            .kind
            .split('_')
            .next()
            .unwrap_or_default()
            .to_string();
    }
    named
}

/// `tags` and `tags_all` as AWS will see them: the provider's default tags, overridden by the
/// resource's own.
fn with_default_tags(value: Value, default_tags: &Value) -> Value {
    let Value::Object(map) = &value else {
        return value;
    };
    let own = map.get("tags").cloned().unwrap_or(Value::Null);
    let merged =
        super::functions::call("merge", &[default_tags.clone(), own]).unwrap_or(Value::Unknown);
    let mut map = (**map).clone();
    map.insert("tags".to_string(), merged.clone());
    map.insert("tags_all".to_string(), merged);
    Value::object(map)
}

/// Variable values given from outside the configuration.
#[derive(Debug, Default, Clone)]
pub struct Inputs {
    /// `TF_VAR_name` values from the environment: the lowest precedence after defaults.
    pub env: Vec<(String, String)>,
    /// `--var-file` contents, in command-line order: above the automatic variables files.
    pub var_files: Vec<Body>,
    /// `--var NAME=VALUE`, in command-line order: the highest precedence.
    pub vars: Vec<(String, String)>,
}

/// One value for a variable, before type conversion.
enum Given<'a> {
    Expr(&'a Expr),
    /// From `--var` or `TF_VAR_`: a raw string for primitive types, an expression otherwise.
    Raw(&'a str),
}

/// Variable values in Terraform's precedence order: default, environment, `terraform.tfvars`,
/// `terraform.tfvars.json`, `*.auto.tfvars(.json)`, `--var-file`, `--var`. A variable with no
/// value at all is unknown; a value that does not fit the declared type is reported.
fn variable_values(
    module: &Module,
    inputs: &Inputs,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Value> {
    module
        .variables
        .iter()
        .map(|variable| {
            let name = variable.name.as_str();
            let declared = variable
                .block
                .body
                .attribute("type")
                .map(|t| Type::parse(&t.value));
            let kind = match declared {
                Some(Ok(kind)) => kind,
                Some(Err(message)) => {
                    problems.push(variable_problem(variable, &message));
                    Type::Any
                }
                None => Type::Any,
            };
            let given = last_given(module, inputs, variable);
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

fn last_given<'a>(
    module: &'a Module,
    inputs: &'a Inputs,
    variable: &'a crate::model::Named,
) -> Option<Given<'a>> {
    let name = variable.name.as_str();
    let from_body = |body: &'a Body| body.attribute(name).map(|a| Given::Expr(&a.value));
    let raw = |pairs: &'a [(String, String)]| {
        pairs
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| Given::Raw(v))
    };
    raw(&inputs.vars)
        .or_else(|| inputs.var_files.iter().rev().find_map(from_body))
        .or_else(|| {
            module
                .var_files
                .iter()
                .rev()
                .find_map(|f| from_body(&f.body))
        })
        .or_else(|| raw(&inputs.env))
        .or_else(|| {
            variable
                .block
                .body
                .attribute("default")
                .map(|d| Given::Expr(&d.value))
        })
}

fn given_value(given: Given, kind: &Type) -> Result<Value, String> {
    match given {
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

fn variable_problem(variable: &crate::model::Named, message: &str) -> Problem {
    Problem {
        file: variable.file,
        span: variable.block.header.clone(),
        message: message.to_string(),
    }
}

/// Locals in dependency order. A local in a cycle is reported and left unknown.
fn local_values(
    module: &Module,
    scope: &ModuleScope,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Value> {
    let by_name: HashMap<&str, usize> = module
        .locals
        .iter()
        .enumerate()
        .map(|(i, l)| (l.attribute.name.as_str(), i))
        .collect();
    let mut state = vec![Visit::New; module.locals.len()];
    let mut order = Vec::with_capacity(module.locals.len());
    for i in 0..module.locals.len() {
        visit_local(i, module, &by_name, &mut state, &mut order, problems);
    }
    let mut values = BTreeMap::new();
    let mut current = ModuleScope {
        dir: scope.dir,
        vars: scope.vars.clone(),
        locals: BTreeMap::new(),
    };
    for i in order {
        let local = &module.locals[i];
        let value = if state[i] == Visit::Cyclic {
            Value::Unknown
        } else {
            Evaluator::new(&current)
                .eval(&local.attribute.value)
                .unwrap_or(Value::Unknown)
        };
        current
            .locals
            .insert(local.attribute.name.clone(), value.clone());
        values.insert(local.attribute.name.clone(), value);
    }
    values
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Visit {
    New,
    InProgress,
    Done,
    Cyclic,
}

/// Depth-first ordering with an explicit stack, so a long chain of locals cannot overflow.
fn visit_local(
    start: usize,
    module: &Module,
    by_name: &HashMap<&str, usize>,
    state: &mut [Visit],
    order: &mut Vec<usize>,
    problems: &mut Vec<Problem>,
) {
    if state[start] != Visit::New {
        return;
    }
    let mut stack = vec![(
        start,
        local_dependencies(&module.locals[start].attribute.value, by_name),
        0,
    )];
    state[start] = Visit::InProgress;
    while let Some((node, deps, next)) = stack.last_mut() {
        if let Some(&dep) = deps.get(*next) {
            *next += 1;
            match state[dep] {
                Visit::New => {
                    state[dep] = Visit::InProgress;
                    let dep_deps = local_dependencies(&module.locals[dep].attribute.value, by_name);
                    stack.push((dep, dep_deps, 0));
                }
                Visit::InProgress => {
                    let local = &module.locals[dep];
                    problems.push(Problem {
                        file: local.file,
                        span: local.attribute.span.clone(),
                        message: format!(
                            "local.{} depends on itself through a cycle",
                            local.attribute.name
                        ),
                    });
                    state[dep] = Visit::Cyclic;
                }
                Visit::Done | Visit::Cyclic => {}
            }
        } else {
            let node = *node;
            if state[node] == Visit::InProgress {
                state[node] = Visit::Done;
            }
            order.push(node);
            stack.pop();
        }
    }
}

fn local_dependencies(expr: &Expr, by_name: &HashMap<&str, usize>) -> Vec<usize> {
    let mut deps = Vec::new();
    expr.for_each_reference(&mut |path| {
        if let ["local", name, ..] = path
            && let Some(&i) = by_name.get(name)
        {
            deps.push(i);
        }
    });
    deps
}

type Keys = Vec<(InstanceKey, Value)>;

/// The instances `count` or `for_each` ask for; an error when they cannot be known.
fn instance_keys(
    count: Option<&Expr>,
    for_each: Option<&Expr>,
    scope: &dyn Scope,
) -> Result<Keys, String> {
    if let Some(expr) = count {
        let value = Evaluator::new(scope).eval(expr).map_err(describe)?;
        let n = to_number(&value, &expr.span)
            .map_err(describe)?
            .ok_or("count is not known before apply")?;
        if n < 0.0 || n.fract() != 0.0 || n > super::functions::MAX_COLLECTION as f64 {
            return Err(format!(
                "count must be a whole number from 0 to {}",
                super::functions::MAX_COLLECTION
            ));
        }
        return Ok((0..n as usize)
            .map(|i| (InstanceKey::Index(i), Value::Null))
            .collect());
    }
    let Some(expr) = for_each else {
        return Ok(vec![(InstanceKey::None, Value::Null)]);
    };
    let value = Evaluator::new(scope).eval(expr).map_err(describe)?;
    let pairs = iteration_pairs(&value, &expr.span)
        .map_err(describe)?
        .ok_or("for_each is not known before apply")?;
    let is_set = matches!(value, Value::List(_));
    pairs
        .into_iter()
        .map(|(key, item)| {
            // A set's elements are its own keys.
            let key = if is_set { item.clone() } else { key };
            let key = to_string(&key, &expr.span)
                .map_err(describe)?
                .ok_or("for_each key is not known before apply")?;
            Ok((InstanceKey::Key(key), item))
        })
        .collect()
}

fn describe(err: EvalError) -> String {
    err.message
}

/// Meta-arguments are about how many instances exist, not what they hold.
const META_ARGUMENTS: &[&str] = &["count", "for_each", "provider", "depends_on"];
const META_BLOCKS: &[&str] = &["lifecycle", "provisioner", "connection"];

/// A block body as an object value. Attribute errors read as unknown: the rule stays silent
/// rather than guessing. `dynamic` blocks expand like static ones; one whose `for_each` is
/// unknown makes its whole block type unknown.
pub fn body_value(body: &Body, scope: &dyn Scope) -> Value {
    let mut map = BTreeMap::new();
    for attr in &body.attributes {
        if META_ARGUMENTS.contains(&attr.name.as_str()) {
            continue;
        }
        let value = Evaluator::new(scope)
            .eval(&attr.value)
            .unwrap_or(Value::Unknown);
        map.insert(attr.name.clone(), value);
    }
    // `None` marks a block type with an unknown number of blocks.
    let mut blocks: BTreeMap<String, Option<Vec<Value>>> = BTreeMap::new();
    for block in &body.blocks {
        if META_BLOCKS.contains(&block.kind.as_str()) {
            continue;
        }
        let (kind, generated) = if block.kind == "dynamic" {
            let Some(label) = block.labels.first() else {
                continue;
            };
            (label, dynamic_blocks(block, label, scope))
        } else {
            (&block.kind, Some(vec![body_value(&block.body, scope)]))
        };
        let entry = blocks
            .entry(kind.clone())
            .or_insert_with(|| Some(Vec::new()));
        match (entry.as_mut(), generated) {
            (Some(existing), Some(new)) => existing.extend(new),
            _ => *entry = None,
        }
    }
    for (kind, values) in blocks {
        map.insert(kind, values.map_or(Value::Unknown, Value::list));
    }
    Value::object(map)
}

/// The blocks a `dynamic` block generates, or `None` when its `for_each` is unknown.
fn dynamic_blocks(block: &Block, label: &str, scope: &dyn Scope) -> Option<Vec<Value>> {
    let for_each = block.body.attribute("for_each")?;
    let content = block.body.blocks_of("content").next()?;
    let iterator = match block.body.attribute("iterator").map(|a| &a.value.kind) {
        Some(ExprKind::Variable(name)) => name.as_str(),
        _ => label,
    };
    let collection = Evaluator::new(scope).eval(&for_each.value).ok()?;
    let pairs = iteration_pairs(&collection, &for_each.value.span).ok()??;
    let values = pairs
        .into_iter()
        .map(|(key, value)| {
            let bound = Bound {
                parent: scope,
                name: iterator,
                value: Value::object(
                    [("key".to_string(), key), ("value".to_string(), value)]
                        .into_iter()
                        .collect(),
                ),
            };
            body_value(&content.body, &bound)
        })
        .collect();
    Some(values)
}

/// One extra name (a `dynamic` block's iterator) over another scope.
struct Bound<'a> {
    parent: &'a dyn Scope,
    name: &'a str,
    value: Value,
}

impl Scope for Bound<'_> {
    fn root(&self, name: &str) -> Option<Value> {
        if name == self.name {
            Some(self.value.clone())
        } else {
            self.parent.root(name)
        }
    }

    fn root_attr(&self, root: &str, attr: &str) -> Option<Value> {
        if root == self.name {
            self.value.get_attr(attr)
        } else {
            self.parent.root_attr(root, attr)
        }
    }

    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        self.parent.call(name, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ParsedFile, build};

    fn evaluate_text(text: &str) -> EvaluatedModule {
        let body = crate::parse::parse_hcl(text).expect("fixture parses");
        let (modules, _) = build(vec![ParsedFile {
            id: 0,
            dir: "m".into(),
            name: "main.tf".into(),
            body,
        }]);
        evaluate(&modules[0], &Inputs::default())
    }

    fn evaluate_files(files: &[(&str, &str)], inputs: &Inputs) -> EvaluatedModule {
        let parsed = files
            .iter()
            .enumerate()
            .map(|(id, (name, text))| ParsedFile {
                id,
                dir: "m".into(),
                name: name.to_string(),
                body: crate::parse::parse_file(name, text).expect("fixture parses"),
            })
            .collect();
        let (modules, _) = build(parsed);
        evaluate(&modules[0], inputs)
    }

    fn value_of<'a>(module: &'a EvaluatedModule, address: &str) -> &'a Value {
        &module
            .instances
            .iter()
            .find(|i| i.address == address)
            .unwrap_or_else(|| panic!("no instance {address}"))
            .value
    }

    #[test]
    fn count_and_for_each_addresses() {
        let module = evaluate_text(
            r#"
variable "n" { default = 2 }
resource "a" "counted" { count = var.n }
resource "a" "keyed" { for_each = { logs = 1, "b c" = 2 } }
resource "a" "set" { for_each = toset(["x"]) }
resource "a" "none" { count = 0 }
resource "a" "unknown" { count = var.missing }
"#,
        );
        let addresses: Vec<_> = module
            .instances
            .iter()
            .map(|i| i.address.as_str())
            .collect();
        assert_eq!(
            addresses,
            [
                "a.counted[0]",
                "a.counted[1]",
                "a.keyed[\"b c\"]",
                "a.keyed[\"logs\"]",
                "a.set[\"x\"]"
            ]
        );
        assert_eq!(module.unexpanded.len(), 1);
    }

    #[test]
    fn dynamic_blocks_expand_with_iterator_and_nesting() {
        let module = evaluate_text(
            r#"
locals {
  rules = [{ port = 22, cidrs = ["0.0.0.0/0"] }, { port = 443, cidrs = ["10.0.0.0/8", "::/0"] }]
}
resource "aws_security_group" "sg" {
  ingress { from_port = 80 }
  dynamic "ingress" {
    for_each = local.rules
    iterator = rule
    content {
      from_port = rule.value.port
      dynamic "source" {
        for_each = rule.value.cidrs
        content { cidr = source.value }
      }
    }
  }
  dynamic "egress" {
    for_each = var.unknown
    content { from_port = 0 }
  }
}
"#,
        );
        let sg = value_of(&module, "aws_security_group.sg");
        let ports: Vec<String> = match sg.get_attr("ingress") {
            Some(Value::List(items)) => items
                .iter()
                .map(|i| i.get_attr("from_port").unwrap().to_string())
                .collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(ports, ["80", "22", "443"]);
        let Some(Value::List(ingress)) = sg.get_attr("ingress") else {
            panic!()
        };
        assert_eq!(
            ingress[2].get_attr("source").unwrap().to_string(),
            r#"[{"cidr" = "10.0.0.0/8"}, {"cidr" = "::/0"}]"#
        );
        assert_eq!(sg.get_attr("egress"), Some(Value::Unknown));
    }

    #[test]
    fn locals_resolve_in_dependency_order_and_cycles_are_problems() {
        let module = evaluate_text(
            r#"
locals {
  full = "${local.base}-x"
  base = upper(var.name)
  a    = local.b
  b    = local.a
}
variable "name" { default = "svc" }
resource "r" "x" { name = local.full }
"#,
        );
        assert_eq!(
            value_of(&module, "r.x").get_attr("name"),
            Some(Value::string("SVC-x"))
        );
        assert_eq!(module.problems.len(), 1);
        assert!(module.problems[0].message.contains("cycle"));
    }

    #[test]
    fn variables_follow_terraform_precedence() {
        let config = r#"
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "f" { default = "default" }
variable "n" { type = number }
variable "l" { type = list(string) }
resource "r" "x" {
  v = [var.a, var.b, var.c, var.d, var.e, var.f]
  n = var.n
  l = var.l
}
"#;
        let files = [
            ("main.tf", config),
            (
                "terraform.tfvars",
                "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\nf = \"tfvars\"\n",
            ),
            (
                "terraform.tfvars.json",
                r#"{"c": "tfvars.json", "d": "tfvars.json", "e": "tfvars.json", "f": "tfvars.json"}"#,
            ),
            (
                "b.auto.tfvars",
                "d = \"b.auto\"\ne = \"b.auto\"\nf = \"b.auto\"\n",
            ),
            ("a.auto.tfvars", "d = \"a.auto\"\ne = \"a.auto\"\n"),
        ];
        let inputs = Inputs {
            env: vec![
                ("a".into(), "env".into()),
                ("b".into(), "env".into()),
                ("n".into(), "7".into()),
            ],
            var_files: vec![
                crate::parse::parse_hcl("e = \"var-file\"\nf = \"var-file\"\n").unwrap(),
            ],
            vars: vec![
                ("f".into(), "cli".into()),
                ("l".into(), r#"["x", 2]"#.into()),
            ],
        };
        let module = evaluate_files(&files, &inputs);
        let x = value_of(&module, "r.x");
        assert_eq!(
            x.get_attr("v").unwrap().to_string(),
            r#"["env", "tfvars", "tfvars.json", "b.auto", "var-file", "cli"]"#
        );
        assert_eq!(
            x.get_attr("n"),
            Some(Value::Number(7.0)),
            "number from a TF_VAR_ string"
        );
        assert_eq!(
            x.get_attr("l").unwrap().to_string(),
            r#"["x", "2"]"#,
            "list(string) from --var"
        );
        assert!(module.problems.is_empty(), "{:?}", module.problems);
    }

    #[test]
    fn a_value_of_the_wrong_type_is_reported() {
        let module = evaluate_files(
            &[(
                "main.tf",
                "variable \"n\" {\n  type    = number\n  default = \"many\"\n}\n",
            )],
            &Inputs::default(),
        );
        assert!(
            module.problems[0]
                .message
                .contains("invalid value for var.n"),
            "{:?}",
            module.problems
        );
    }

    #[test]
    fn provider_default_tags_merge_under_resource_tags() {
        let module = evaluate_text(
            r#"
provider "aws" {
  default_tags {
    tags = { Owner = "platform", Environment = "dev" }
  }
}
provider "aws" {
  alias = "eu"
  default_tags {
    tags = { Owner = "eu-team" }
  }
}
resource "aws_s3_bucket" "a" {
  tags = { Environment = "prod" }
}
resource "aws_s3_bucket" "b" {
  provider = aws.eu
}
resource "google_storage_bucket" "c" {}
"#,
        );
        assert_eq!(
            value_of(&module, "aws_s3_bucket.a")
                .get_attr("tags")
                .unwrap()
                .to_string(),
            r#"{"Environment" = "prod", "Owner" = "platform"}"#
        );
        assert_eq!(
            value_of(&module, "aws_s3_bucket.b")
                .get_attr("tags_all")
                .unwrap()
                .to_string(),
            r#"{"Owner" = "eu-team"}"#
        );
        assert_eq!(
            value_of(&module, "google_storage_bucket.c").get_attr("tags"),
            Some(Value::Null)
        );
    }
}
