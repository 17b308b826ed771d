//! Evaluates a module: variables, locals, and every resource instance's configuration value.

use super::data_sources;
use super::expr::{EvalError, Evaluator, Scope, iteration_pairs, to_number, to_string};
use super::files::Files;
use super::graph;
use super::scope::{Bound, InstanceScope, ModuleScope};
use super::unknown::UnknownStats;
use super::value::Value;
use super::variables::{Declaration, Inputs, VariableSource, declarations, variable_values};
use crate::model::{CallSite, FileId, Mode, Module, Named, Problem, Related, Resource, normalise};
use crate::source::ModuleManifest;
use crate::syntax::{Block, Body, Expr, ExprKind, Span};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

mod body;
mod instances;
mod nodes;
mod providers;
mod reach;
mod references;
#[cfg(test)]
mod tests;

use body::body_value_with_sources;
pub use body::{BlockSources, body_value};
use instances::{KeysError, expand, instance_keys};
use nodes::{Graph, Node};
use providers::{provider_default_tags, provider_name, provider_of, with_default_tags};
use reach::{Reach, ReachIndex};
pub use references::Targets;
pub use references::variables_read;
use references::{CallTargets, Origins, VarTargets, references, targets_of, var_targets};
pub(in crate::eval) use references::{NOT_RESOURCES, instance_key};

/// Which instance of a resource: none, a `count` index, or a `for_each` key.
#[derive(Debug, Clone, PartialEq)]
pub enum InstanceKey {
    None,
    Index(usize),
    Key(String),
    /// A representative of instances that cannot be known before apply (an unknown `count`
    /// or `for_each`): `count.index`, `each.key` and `each.value` are unknown.
    Unknown,
}

impl InstanceKey {
    /// The key as Terraform writes it after the resource address: `[0]`, `["logs"]`.
    pub fn suffix(&self) -> String {
        match self {
            InstanceKey::None | InstanceKey::Unknown => String::new(),
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
    /// The `module` blocks that path goes through, outermost first.
    pub calls: Arc<[CallSite]>,
    /// Index into that module's resources.
    pub resource: usize,
    pub key: InstanceKey,
    /// The instances are not known before apply, its own or its module call's: this instance
    /// stands for all of them (maybe none), and its address has no instance key.
    pub instances_unknown: bool,
    pub address: String,
    /// The configuration as an object: attributes, and nested blocks as lists of objects.
    pub value: Value,
    /// The other resources its top-level attributes refer to.
    pub references: Vec<Reference>,
    /// Top-level attributes not known all the way down before apply, and why.
    pub unknown: Vec<(String, &'static str)>,
    /// Where each variable of its module instance got its value, nearest place first.
    pub var_origins: Arc<VarOrigins>,
    /// Which block of the resource produced each nested block value (empty for plans).
    pub block_sources: BlockSources,
    /// Top-level arguments written as `jsonencode(X)` whose text is not known before apply
    /// because part of `X` is not: `X` as far as it is known, so a rule can still read the
    /// document's known parts (`decoded("policy")`).
    pub encoded: Vec<(String, Value)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub attribute: String,
    /// The resource's full address without instance key: `module.vpc.aws_vpc.this`.
    pub target: String,
    /// The instance the reference picks; `None` when it names the resource as a whole.
    pub key: Option<InstanceKey>,
}

/// Where the variables of one module instance got their values, for findings to show.
#[derive(Debug, Default)]
pub struct VarOrigins {
    /// The place that gave each variable its value: the caller's argument, a variables file,
    /// the default.
    given: BTreeMap<String, Related>,
    /// For a variable the caller's argument set: where that argument's own inputs came from.
    upstream: BTreeMap<String, Vec<Related>>,
}

impl VarOrigins {
    /// The places a variable's value came from, nearest first.
    pub fn chain(&self, name: &str) -> Vec<Related> {
        let Some(given) = self.given.get(name) else {
            return Vec::new();
        };
        let upstream = self.upstream.get(name).into_iter().flatten();
        std::iter::once(given).chain(upstream).cloned().collect()
    }
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

/// All modules of the scan, so a `module` block with a local source can be evaluated.
pub struct Modules<'a> {
    pub modules: &'a [Module],
    /// Canonical scanned directories: file functions read nothing outside them.
    roots: &'a [PathBuf],
    /// Normalised root module directory → module key → installed module index.
    installed: HashMap<PathBuf, HashMap<String, usize>>,
    /// Normalised directory → index in `modules`.
    by_dir: HashMap<PathBuf, usize>,
    caches: ModuleCaches,
}

/// What evaluation works out once per module, the first time one of its instances is
/// evaluated, as it is the same for every instance: one entry per module.
pub type ModuleCaches = Vec<OnceLock<ModuleFacts>>;

pub struct ModuleFacts {
    order: Order,
    /// What the module's arguments reach.
    reach: ReachIndex,
    declarations: Vec<Declaration>,
}

impl ModuleFacts {
    fn of(module: &Module) -> ModuleFacts {
        ModuleFacts {
            order: Order::of(module),
            reach: ReachIndex::build(module),
            declarations: declarations(module),
        }
    }
}

/// The order in which a module's nodes are evaluated, and the cycles that are errors.
struct Order {
    nodes: Vec<Node>,
    order: Vec<usize>,
    /// Nodes that close a cycle: they stay unknown.
    cyclic: Vec<usize>,
    problems: Vec<Problem>,
}

impl Order {
    fn of(module: &Module) -> Order {
        let graph = Graph::new(module);
        let (order, cycles) = graph::order(graph.nodes.len(), &|node| graph.dependencies(node));
        // Terraform resolves module inputs and outputs one by one, so a cycle through a module
        // call is fine: what is not ready yet reads as unknown. Other cycles are errors, and the
        // node that closes one stays unknown.
        let mut cyclic = Vec::new();
        let mut problems = Vec::new();
        for cycle in cycles {
            if cycle
                .iter()
                .any(|&n| matches!(graph.nodes[n], Node::Call(_)))
            {
                continue;
            }
            let (file, span, name) = graph.describe(cycle[0]);
            problems.push(Problem {
                file,
                span,
                message: format!("{name} depends on itself through a cycle"),
                related: Vec::new(),
            });
            cyclic.push(cycle[0]);
        }
        Order {
            nodes: graph.nodes,
            order,
            cyclic,
            problems,
        }
    }
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
            caches: modules.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// What was worked out once per module, for the caller to free when it chooses.
    pub fn into_caches(self) -> ModuleCaches {
        self.caches
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
        sites: Arc::from([]),
        depth: 0,
        instances_unknown: false,
        explain_unknown: inputs.explain_unknown,
        var_targets: BTreeMap::new(),
        arg_origins: BTreeMap::new(),
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
    /// The `module` blocks from the root to here, outermost first.
    sites: Arc<[CallSite]>,
    depth: usize,
    /// This module instance stands for instances not known before apply.
    instances_unknown: bool,
    /// Work out why unknown attributes are unknown (`Inputs::explain_unknown`).
    explain_unknown: bool,
    /// What each variable's value refers to, from the caller's argument.
    var_targets: BTreeMap<String, VarTargets>,
    /// Where the caller's arguments got their values, upstream of the arguments themselves.
    arg_origins: BTreeMap<String, Vec<Related>>,
}

/// What a module instance gives its caller: output values, and the resources each refers to.
struct Outputs {
    values: Value,
    targets: BTreeMap<String, Targets>,
}

/// What a module call gives its caller: its outputs as `module.NAME` reads them, and each
/// instance's output targets.
struct Called {
    values: Value,
    targets: CallTargets,
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
) -> Outputs {
    let module = &modules.modules[call.module];
    let facts = modules.caches[call.module].get_or_init(|| ModuleFacts::of(module));
    let variables = variable_values(module, &facts.declarations, variables, &mut out.problems);
    let var_origins = Arc::new(VarOrigins {
        given: variables.origins,
        upstream: call.arg_origins.clone(),
    });
    let vars = variables.values;
    let files = Files {
        root_dir: call.root_dir,
        allowed: modules.roots,
    };
    let relative_dir = call.relative_dir.display().to_string();
    let mut scope = ModuleScope::new(&relative_dir, files, vars);
    let plan = &facts.order;
    out.problems.extend(plan.problems.iter().cloned());
    let mut default_tags = inherited_tags.clone();
    let mut outputs = BTreeMap::new();
    let mut output_targets = BTreeMap::new();
    let mut call_targets: HashMap<String, CallTargets> = HashMap::new();
    for &node in &plan.order {
        let in_cycle = plan.cyclic.contains(&node);
        let origins = Origins {
            call,
            calls: &call_targets,
            vars: &var_origins,
            reach: &facts.reach,
        };
        match plan.nodes[node] {
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
                let reference = expand(&origins, module, i, tags, in_cycle, &scope, out);
                scope
                    .resources
                    .entry(resource.type_key())
                    .or_default()
                    .insert(resource.name.clone(), reference);
            }
            Node::Call(i) => {
                let block = &module.module_calls[i];
                let called =
                    call_module(modules, call, block, &scope, &origins, &default_tags, out);
                scope.modules.insert(block.name.clone(), called.values);
                call_targets.insert(block.name.clone(), called.targets);
            }
            Node::Output(i) => {
                let output = &module.outputs[i];
                let value = match output.block.body.attribute("value") {
                    Some(attr) if !in_cycle => {
                        let targets = targets_of(&attr.value, module, &scope, &origins);
                        output_targets.insert(output.name.clone(), targets);
                        eval_or_unknown(&attr.value, &scope)
                    }
                    _ => Value::Unknown,
                };
                outputs.insert(output.name.clone(), value);
            }
        }
    }
    Outputs {
        values: Value::object(outputs),
        targets: output_targets,
    }
}

/// Evaluates a `module` block: its instances, each a child module evaluated with the block's
/// arguments. Returns the outputs as `module.NAME` sees them. A source that is not a scanned
/// local directory is noted once and its outputs are unknown.
fn call_module(
    modules: &Modules,
    caller: &Call,
    block: &Named,
    scope: &ModuleScope,
    origins: &Origins,
    default_tags: &HashMap<String, Value>,
    out: &mut EvaluatedModule,
) -> Called {
    let unknown = Called {
        values: Value::Unknown,
        targets: Vec::new(),
    };
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
            let message = "is not installed; run terraform init to check it";
            out.notes.push(call_problem(block, message));
        }
        return unknown;
    };
    if caller.depth >= MAX_MODULE_DEPTH {
        let message = format!("nests more than {MAX_MODULE_DEPTH} modules deep; is it recursive?");
        out.problems.push(call_problem(block, &message));
        return unknown;
    }
    let attribute = |name| block.block.body.attribute(name).map(|a| &a.value);
    let keys = match instance_keys(attribute("count"), attribute("for_each"), scope) {
        Ok(keys) => keys,
        // One representative instance stands for instances not known before apply.
        Err(KeysError::Unknown) => vec![(InstanceKey::Unknown, Value::Unknown)],
        Err(KeysError::Invalid(reason)) => {
            let message = format!("is not checked: {reason}");
            out.problems.push(call_problem(block, &message));
            return unknown;
        }
    };
    let counted = attribute("count").is_some();
    let mut instances = Vec::with_capacity(keys.len());
    let mut targets: CallTargets = Vec::new();
    for (key, each_value) in keys {
        let instance_scope = InstanceScope {
            module: scope,
            key: &key,
            each_value: &each_value,
        };
        let arguments = Arguments::of(block, module, &instance_scope, origins);
        let child_call = Call {
            module: child,
            root_dir: caller.root_dir,
            relative_dir: relative_child_dir(&caller.relative_dir, block),
            key: manifest_key.clone(),
            path: format!("{}module.{}{}.", caller.path, block.name, key.suffix()),
            sites: caller
                .sites
                .iter()
                .cloned()
                .chain([CallSite {
                    file: block.file,
                    span: block.block.span.clone(),
                    header: block.block.header.clone(),
                    name: block.name.clone(),
                    key: key.suffix(),
                }])
                .collect(),
            depth: caller.depth + 1,
            instances_unknown: caller.instances_unknown || key == InstanceKey::Unknown,
            explain_unknown: caller.explain_unknown,
            var_targets: arguments.targets,
            arg_origins: arguments.origins,
        };
        let outputs = evaluate_module(
            modules,
            &child_call,
            VariableSource::Call(block, &arguments.values),
            default_tags,
            out,
        );
        targets.push((key.clone(), outputs.targets));
        instances.push((key, outputs.values));
    }
    Called {
        values: collect_instances(instances, counted),
        targets,
    }
}

/// A problem with a `module` block, at its header: "module.NAME {message}".
fn call_problem(block: &Named, message: &str) -> Problem {
    Problem {
        file: block.file,
        span: block.block.header.clone(),
        message: format!("module.{} {message}", block.name),
        related: Vec::new(),
    }
}

/// One instance's arguments to a module call: their values, what each refers to, and where
/// the values they read came from.
struct Arguments {
    values: BTreeMap<String, Value>,
    targets: BTreeMap<String, VarTargets>,
    origins: BTreeMap<String, Vec<Related>>,
}

impl Arguments {
    fn of(block: &Named, module: &Module, scope: &dyn Scope, origins: &Origins) -> Arguments {
        let mut arguments = Arguments {
            values: BTreeMap::new(),
            targets: BTreeMap::new(),
            origins: BTreeMap::new(),
        };
        let given = block
            .block
            .body
            .attributes
            .iter()
            .filter(|a| !MODULE_META_ARGUMENTS.contains(&a.name.as_str()));
        for argument in given {
            let name = &argument.name;
            let value = &argument.value;
            arguments
                .values
                .insert(name.clone(), eval_or_unknown(value, scope));
            arguments
                .targets
                .insert(name.clone(), var_targets(value, module, scope, origins));
            arguments
                .origins
                .insert(name.clone(), upstream(value, module, origins));
        }
        arguments
    }
}

/// The origins of the variables an expression reads (through locals), in this module instance.
fn upstream(expr: &Expr, module: &Module, origins: &Origins) -> Vec<Related> {
    origins
        .reach
        .get(expr, module)
        .vars
        .iter()
        .flat_map(|name| origins.vars.chain(name))
        .collect()
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
    if instances.iter().any(|(k, _)| *k == InstanceKey::Unknown) {
        return Value::Unknown;
    }
    let keyed = instances
        .iter()
        .any(|(k, _)| matches!(k, InstanceKey::Key(_)));
    // `for_each` over nothing: an empty map of instances.
    if instances.is_empty() && !counted {
        return Value::object(BTreeMap::new());
    }
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
