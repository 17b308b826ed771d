//! Evaluates a module: variables, locals, and every resource instance's configuration value.

use super::data_sources;
use super::expr::{EvalError, Evaluator, Scope, iteration_pairs, to_number, to_string};
use super::files::Files;
use super::graph;
use super::scope::{Bound, InstanceScope, ModuleScope};
use super::unknown::UnknownStats;
use super::value::Value;
use super::variables::{Inputs, VariableSource, variable_values};
use crate::model::{FileId, Mode, Module, Named, Problem, Resource, normalise};
use crate::source::ModuleManifest;
use crate::syntax::{Block, Body, Expr, ExprKind, Span};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

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
    /// Index of the module (in the scan's list) that declares the resource.
    pub module: usize,
    /// `module.db["eu"].` for a resource in a called module, empty in the root module.
    pub module_path: String,
    /// Index into that module's resources.
    pub resource: usize,
    pub key: InstanceKey,
    pub address: String,
    /// The configuration as an object: attributes, and nested blocks as lists of objects.
    pub value: Value,
    /// The other resources its top-level attributes refer to.
    pub references: Vec<Reference>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub attribute: String,
    /// The resource address without instance key: `aws_s3_bucket.b`.
    pub target: String,
    /// The instance the reference picks; `None` when it names the resource as a whole.
    pub key: Option<InstanceKey>,
}

/// What a rule can know about a resource whose instances could not be determined.
#[derive(Debug)]
pub struct UnexpandedResource {
    pub module: usize,
    pub module_path: String,
    pub resource: usize,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct EvaluatedModule {
    /// The root module's directory.
    pub root: PathBuf,
    pub instances: Vec<Instance>,
    pub unexpanded: Vec<UnexpandedResource>,
    pub problems: Vec<Problem>,
    /// Things worth knowing that are not errors (a module that is not installed).
    pub notes: Vec<Problem>,
    pub unknown: UnknownStats,
}

/// A node of the module's dependency graph.
#[derive(Debug, Clone, Copy)]
enum Node {
    Local(usize),
    Provider(usize),
    Resource(usize),
    Call(usize),
    Output(usize),
}

/// The module's locals, provider configurations and resources as graph nodes, with lookups
/// from the names that references use.
struct Graph<'m> {
    module: &'m Module,
    nodes: Vec<Node>,
    locals: HashMap<&'m str, usize>,
    providers: HashMap<String, usize>,
    /// (`aws_s3_bucket` or `data.aws_x`, name) → node.
    resources: HashMap<(String, &'m str), usize>,
    calls: HashMap<&'m str, usize>,
}

impl<'m> Graph<'m> {
    fn new(module: &'m Module) -> Self {
        let mut nodes = Vec::new();
        let mut locals = HashMap::new();
        let mut providers = HashMap::new();
        let mut resources = HashMap::new();
        for (i, local) in module.locals.iter().enumerate() {
            locals.insert(local.attribute.name.as_str(), nodes.len());
            nodes.push(Node::Local(i));
        }
        for (i, provider) in module.providers.iter().enumerate() {
            providers.insert(provider_name(provider), nodes.len());
            nodes.push(Node::Provider(i));
        }
        for (i, resource) in module.resources.iter().enumerate() {
            resources.insert((type_key(resource), resource.name.as_str()), nodes.len());
            nodes.push(Node::Resource(i));
        }
        let mut calls = HashMap::new();
        for (i, call) in module.module_calls.iter().enumerate() {
            calls.insert(call.name.as_str(), nodes.len());
            nodes.push(Node::Call(i));
        }
        nodes.extend((0..module.outputs.len()).map(Node::Output));
        Graph {
            module,
            nodes,
            locals,
            providers,
            resources,
            calls,
        }
    }

    fn dependencies(&self, node: usize) -> Vec<usize> {
        let mut deps = Vec::new();
        let mut add = |expr: &Expr| {
            expr.for_each_reference(&mut |path| deps.extend(self.referenced(path)));
        };
        match self.nodes[node] {
            Node::Local(i) => add(&self.module.locals[i].attribute.value),
            Node::Provider(i) => self.module.providers[i].block.body.for_each_expr(&mut add),
            Node::Resource(i) => {
                let resource = &self.module.resources[i];
                resource.block.body.for_each_expr(&mut add);
                deps.extend(self.providers.get(&provider_of(resource)));
            }
            Node::Call(i) => self.module.module_calls[i]
                .block
                .body
                .for_each_expr(&mut add),
            Node::Output(i) => self.module.outputs[i].block.body.for_each_expr(&mut add),
        }
        deps
    }

    fn referenced(&self, path: &[&str]) -> Option<usize> {
        match path {
            ["local", name, ..] => self.locals.get(name).copied(),
            ["module", name, ..] => self.calls.get(name).copied(),
            ["data", kind, name, ..] => self
                .resources
                .get(&(format!("data.{kind}"), *name))
                .copied(),
            [kind, name, ..] => self.resources.get(&(kind.to_string(), *name)).copied(),
            _ => None,
        }
    }

    fn describe(&self, node: usize) -> (FileId, Span, String) {
        match self.nodes[node] {
            Node::Local(i) => {
                let local = &self.module.locals[i];
                (
                    local.file,
                    local.attribute.span.clone(),
                    format!("local.{}", local.attribute.name),
                )
            }
            Node::Provider(i) => {
                let provider = &self.module.providers[i];
                (
                    provider.file,
                    provider.block.header.clone(),
                    format!("provider {}", provider.name),
                )
            }
            Node::Resource(i) => {
                let resource = &self.module.resources[i];
                (
                    resource.file,
                    resource.block.header.clone(),
                    resource.address(),
                )
            }
            Node::Call(i) | Node::Output(i) => {
                let (kind, named) = match self.nodes[node] {
                    Node::Call(_) => ("module", &self.module.module_calls[i]),
                    _ => ("output", &self.module.outputs[i]),
                };
                (
                    named.file,
                    named.block.header.clone(),
                    format!("{kind}.{}", named.name),
                )
            }
        }
    }
}

/// How rules name a resource's type: `aws_s3_bucket`, or `data.aws_iam_policy_document`.
pub fn type_key(resource: &Resource) -> String {
    match resource.mode {
        Mode::Managed => resource.kind.clone(),
        Mode::Data => format!("data.{}", resource.kind),
    }
}

/// All modules of the scan, so a `module` block with a local source can be evaluated.
pub struct Modules<'a> {
    pub modules: &'a [Module],
    /// Canonical scanned directories: file functions read nothing outside them.
    roots: &'a [PathBuf],
    /// Normalised root module directory → module key → installed module index.
    installed: HashMap<PathBuf, HashMap<String, usize>>,
    /// Normalised directory → index in `modules`.
    by_dir: HashMap<PathBuf, usize>,
}

/// Deeper module nesting than this is taken for a recursive module.
const MAX_MODULE_DEPTH: usize = 16;

impl<'a> Modules<'a> {
    pub fn new(modules: &'a [Module], roots: &'a [PathBuf], manifests: &[ModuleManifest]) -> Self {
        let by_dir: HashMap<PathBuf, usize> = modules
            .iter()
            .enumerate()
            .map(|(i, m)| (normalise(&m.dir), i))
            .collect();
        let installed = manifests
            .iter()
            .map(|manifest| {
                let keys = manifest
                    .modules
                    .iter()
                    .filter_map(|(key, dir)| {
                        let index = by_dir.get(&normalise(&manifest.root.join(dir)))?;
                        Some((key.clone(), *index))
                    })
                    .collect();
                (normalise(&manifest.root), keys)
            })
            .collect();
        Modules {
            modules,
            roots,
            installed,
            by_dir,
        }
    }

    /// The module a call's local `source` (`./modules/db`, `../../`) points at.
    pub fn local_source(&self, caller: &Module, call: &Named) -> Option<usize> {
        let source = crate::model::local_source(&call.block)?;
        self.by_dir
            .get(&normalise(&caller.dir.join(source)))
            .copied()
    }

    /// The module a call's registry or git source was installed to by `terraform init`,
    /// found by its key (`vpc`, `vpc.subnets`) in the root module's manifest.
    fn installed_source(&self, root_dir: &Path, key: &str) -> Option<usize> {
        self.installed.get(&normalise(root_dir))?.get(key).copied()
    }

    /// Modules that some other scanned module calls with a local source. Their findings come
    /// through their callers, with the callers' inputs, instead of being checked on their own.
    pub fn called(&self) -> Vec<bool> {
        let mut called = vec![false; self.modules.len()];
        for module in self.modules {
            for call in &module.module_calls {
                if let Some(child) = self
                    .local_source(module, call)
                    .filter(|c| self.modules[*c].dir != module.dir)
                {
                    called[child] = true;
                }
            }
        }
        for keys in self.installed.values() {
            for &index in keys.values() {
                called[index] = true;
            }
        }
        called
    }
}

/// Evaluates a root module and, through its `module` blocks, every module it calls.
pub fn evaluate(modules: &Modules, root: usize, inputs: &Inputs) -> EvaluatedModule {
    let mut out = EvaluatedModule {
        root: modules.modules[root].dir.clone(),
        ..EvaluatedModule::default()
    };
    let call = Call {
        module: root,
        root_dir: &modules.modules[root].dir,
        relative_dir: PathBuf::from("."),
        key: String::new(),
        path: String::new(),
        depth: 0,
    };
    evaluate_module(
        modules,
        &call,
        VariableSource::Root(inputs),
        &HashMap::new(),
        &mut out,
    );
    out
}

/// Which module is being evaluated, and where: `module.db["eu"].` for a called one.
struct Call<'a> {
    module: usize,
    /// The root module's directory, where relative file paths start.
    root_dir: &'a Path,
    /// This module's directory relative to the root module's: `path.module`.
    relative_dir: PathBuf,
    /// The module's key in `terraform init`'s manifest: `vpc.subnets`; empty for the root.
    key: String,
    path: String,
    depth: usize,
}

/// Evaluates one module instance: everything in dependency order, so a resource sees the
/// configured attributes of the resources it refers to. Something in a reference cycle stays
/// unknown. Returns the module's outputs.
fn evaluate_module(
    modules: &Modules,
    call: &Call,
    variables: VariableSource,
    inherited_tags: &HashMap<String, Value>,
    out: &mut EvaluatedModule,
) -> Value {
    let module = &modules.modules[call.module];
    let vars = variable_values(module, variables, &mut out.problems);
    let files = Files {
        root_dir: call.root_dir,
        allowed: modules.roots,
    };
    let relative_dir = call.relative_dir.display().to_string();
    let mut scope = ModuleScope::new(&relative_dir, files, vars);
    let graph = Graph::new(module);
    let (order, cycles) = graph::order(graph.nodes.len(), &|node| graph.dependencies(node));
    // Terraform resolves module inputs and outputs one by one, so a cycle through a module
    // call is fine: what is not ready yet reads as unknown. Other cycles are errors, and the
    // node that closes one stays unknown.
    let mut cyclic = Vec::new();
    for cycle in cycles {
        if cycle
            .iter()
            .any(|&n| matches!(graph.nodes[n], Node::Call(_)))
        {
            continue;
        }
        let (file, span, name) = graph.describe(cycle[0]);
        out.problems.push(Problem {
            file,
            span,
            message: format!("{name} depends on itself through a cycle"),
        });
        cyclic.push(cycle[0]);
    }
    let mut default_tags = inherited_tags.clone();
    let mut outputs = BTreeMap::new();
    for node in order {
        let in_cycle = cyclic.contains(&node);
        match graph.nodes[node] {
            Node::Local(i) => {
                let local = &module.locals[i];
                let value = if in_cycle {
                    Value::Unknown
                } else {
                    eval_or_unknown(&local.attribute.value, &scope)
                };
                scope.locals.insert(local.attribute.name.clone(), value);
            }
            Node::Provider(i) => {
                let provider = &module.providers[i];
                if let Some(tags) = provider_default_tags(provider, &scope) {
                    default_tags.insert(provider_name(provider), tags);
                }
            }
            Node::Resource(i) => {
                let resource = &module.resources[i];
                let tags = default_tags.get(&provider_of(resource));
                let reference = expand(call, module, i, tags, in_cycle, &scope, out);
                scope
                    .resources
                    .entry(type_key(resource))
                    .or_default()
                    .insert(resource.name.clone(), reference);
            }
            Node::Call(i) => {
                let block = &module.module_calls[i];
                let value = call_module(modules, call, block, &scope, &default_tags, out);
                scope
                    .modules
                    .insert(module.module_calls[i].name.clone(), value);
            }
            Node::Output(i) => {
                let output = &module.outputs[i];
                let value = match output.block.body.attribute("value") {
                    Some(attr) if !in_cycle => eval_or_unknown(&attr.value, &scope),
                    _ => Value::Unknown,
                };
                outputs.insert(output.name.clone(), value);
            }
        }
    }
    Value::object(outputs)
}

/// Evaluates a `module` block: its instances, each a child module evaluated with the block's
/// arguments. Returns the outputs as `module.NAME` sees them. A source that is not a scanned
/// local directory is noted once and its outputs are unknown.
fn call_module(
    modules: &Modules,
    caller: &Call,
    block: &Named,
    scope: &ModuleScope,
    default_tags: &HashMap<String, Value>,
    out: &mut EvaluatedModule,
) -> Value {
    let module = &modules.modules[caller.module];
    let manifest_key = if caller.key.is_empty() {
        block.name.clone()
    } else {
        format!("{}.{}", caller.key, block.name)
    };
    let child = modules
        .local_source(module, block)
        .or_else(|| modules.installed_source(caller.root_dir, &manifest_key));
    let Some(child) = child else {
        if caller.depth == 0 {
            out.notes.push(Problem {
                file: block.file,
                span: block.block.header.clone(),
                message: format!(
                    "module.{} is not installed; run terraform init to check it",
                    block.name
                ),
            });
        }
        return Value::Unknown;
    };
    if caller.depth >= MAX_MODULE_DEPTH {
        out.problems.push(Problem {
            file: block.file,
            span: block.block.header.clone(),
            message: format!(
                "module.{} nests more than {MAX_MODULE_DEPTH} modules deep; is it recursive?",
                block.name
            ),
        });
        return Value::Unknown;
    }
    let attribute = |name| block.block.body.attribute(name).map(|a| &a.value);
    let keys = match instance_keys(attribute("count"), attribute("for_each"), scope) {
        Ok(keys) => keys,
        Err(_) => return Value::Unknown,
    };
    let counted = attribute("count").is_some();
    let mut instances = Vec::with_capacity(keys.len());
    for (key, each_value) in keys {
        let instance_scope = InstanceScope {
            module: scope,
            key: &key,
            each_value: &each_value,
        };
        let arguments: BTreeMap<String, Value> = block
            .block
            .body
            .attributes
            .iter()
            .filter(|a| !MODULE_META_ARGUMENTS.contains(&a.name.as_str()))
            .map(|a| (a.name.clone(), eval_or_unknown(&a.value, &instance_scope)))
            .collect();
        let child_call = Call {
            module: child,
            root_dir: caller.root_dir,
            relative_dir: relative_child_dir(&caller.relative_dir, block),
            key: manifest_key.clone(),
            path: format!("{}module.{}{}.", caller.path, block.name, key.suffix()),
            depth: caller.depth + 1,
        };
        let outputs = evaluate_module(
            modules,
            &child_call,
            VariableSource::Call(&arguments),
            default_tags,
            out,
        );
        instances.push((key, outputs));
    }
    collect_instances(instances, counted)
}

/// `path.module` of a called module: its source, relative to the root module.
fn relative_child_dir(caller_dir: &Path, block: &Named) -> PathBuf {
    let source = block
        .block
        .body
        .attribute("source")
        .and_then(|a| a.value.as_literal_str())
        .unwrap_or(".");
    let dir = normalise(&caller_dir.join(source));
    if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    }
}

const MODULE_META_ARGUMENTS: &[&str] = &[
    "source",
    "version",
    "count",
    "for_each",
    "providers",
    "depends_on",
];

/// Instance values as a reference sees them: a list for `count`, a map for `for_each`, the
/// value itself otherwise.
fn collect_instances(instances: Vec<(InstanceKey, Value)>, counted: bool) -> Value {
    let keyed = instances
        .iter()
        .any(|(k, _)| matches!(k, InstanceKey::Key(_)));
    if counted {
        Value::list(instances.into_iter().map(|(_, v)| v).collect())
    } else if keyed {
        Value::object(
            instances
                .into_iter()
                .filter_map(|(k, v)| match k {
                    InstanceKey::Key(k) => Some((k, v)),
                    _ => None,
                })
                .collect(),
        )
    } else {
        instances
            .into_iter()
            .next()
            .map_or(Value::Unknown, |(_, v)| v)
    }
}

fn eval_or_unknown(expr: &Expr, scope: &dyn Scope) -> Value {
    Evaluator::new(scope).eval(expr).unwrap_or(Value::Unknown)
}

/// Adds the instances of resource `index` to `out` and returns the resource as a reference
/// sees it: one object, a list for `count`, a map for `for_each`.
fn expand(
    call: &Call,
    module: &Module,
    index: usize,
    default_tags: Option<&Value>,
    in_cycle: bool,
    scope: &ModuleScope,
    out: &mut EvaluatedModule,
) -> Value {
    let resource = &module.resources[index];
    let keys = if in_cycle {
        Err("it depends on itself through a cycle".to_string())
    } else {
        instance_keys(resource.meta("count"), resource.meta("for_each"), scope)
    };
    let keys = match keys {
        Ok(keys) => keys,
        Err(reason) => {
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
        let mut value = body_value(&resource.block.body, &instance_scope);
        match (default_tags, resource.mode) {
            (Some(tags), Mode::Managed) => value = with_default_tags(value, tags),
            (_, Mode::Data) => value = data_sources::with_computed(&resource.kind, value),
            _ => {}
        }
        out.unknown
            .record(&resource.block.body, &value, &instance_scope);
        let references = references(resource, module, &key, &instance_scope);
        seen.push((key.clone(), value.as_configured()));
        out.instances.push(Instance {
            module: call.module,
            module_path: call.path.clone(),
            resource: index,
            address: format!("{}{}{}", call.path, resource.address(), key.suffix()),
            value,
            key,
            references,
        });
    }
    match (resource.meta("count"), resource.meta("for_each")) {
        (None, Some(_)) if seen.is_empty() => Value::object(BTreeMap::new()),
        (count, _) => collect_instances(seen, count.is_some()),
    }
}

/// The resources an instance's top-level attributes refer to, with the instance key when the
/// reference picks one (`aws_s3_bucket.b[each.key].id` gives `aws_s3_bucket.b` and the key).
/// References are followed through locals, and `each.value` counts as a reference to the
/// instance of the resource that `for_each` iterates over.
fn references(
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
fn targets_of(
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
pub(super) const NOT_RESOURCES: &[&str] = &[
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
pub(super) fn instance_key(value: &Value) -> Option<InstanceKey> {
    match value {
        Value::Number(n) if *n >= 0.0 && n.fract() == 0.0 => Some(InstanceKey::Index(*n as usize)),
        Value::String(s) => Some(InstanceKey::Key(s.to_string())),
        _ => None,
    }
}

/// A provider configuration's name as resources refer to it: `aws`, or `aws.eu` for an alias.
fn provider_name(provider: &Named) -> String {
    match provider
        .block
        .body
        .attribute("alias")
        .and_then(|a| a.value.as_literal_str())
    {
        Some(alias) => format!("{}.{alias}", provider.name),
        None => provider.name.clone(),
    }
}

/// The provider configuration's `default_tags.tags`, if it has any.
fn provider_default_tags(provider: &Named, scope: &dyn Scope) -> Option<Value> {
    let block = provider.block.body.blocks_of("default_tags").next()?;
    let tags = block.body.attribute("tags")?;
    Some(eval_or_unknown(&tags.value, scope))
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
    let Value::Block(map) = &value else {
        return value;
    };
    let own = map.get("tags").cloned().unwrap_or(Value::Null);
    let merged =
        super::functions::call("merge", &[default_tags.clone(), own]).unwrap_or(Value::Unknown);
    let mut map = (**map).clone();
    map.insert("tags".to_string(), merged.clone());
    map.insert("tags_all".to_string(), merged);
    Value::block(map)
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
    Value::block(map)
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
        evaluate(&Modules::new(&modules, &[], &[]), 0, &Inputs::default())
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
        evaluate(&Modules::new(&modules, &[], &[]), 0, inputs)
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
            ..Inputs::default()
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

    #[test]
    fn templatestring_renders_a_template_held_in_a_local() {
        // Expected values recorded from `terraform console` (Terraform 1.11).
        let module = evaluate_text(
            r#"
locals {
  greeting = "Hello, $${name}! %%{ for x in items }[$${x}]%%{ endfor }"
  calls    = "$${upper(a)}-$${length(b)}"
}
resource "r" "x" {
  greeting = templatestring(local.greeting, { name = "tf", items = [1, 2] })
  calls    = templatestring(local.calls, { a = "x", b = [1, 2, 3] })
}
"#,
        );
        let x = value_of(&module, "r.x");
        assert_eq!(
            x.get_attr("greeting"),
            Some(Value::string("Hello, tf! [1][2]"))
        );
        assert_eq!(x.get_attr("calls"), Some(Value::string("X-3")));
    }
}
