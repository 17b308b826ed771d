//! The module's dependency graph: locals, providers, resources, module calls and outputs as
//! nodes, with lookups from the names that references use.

use super::*;

/// A node of the module's dependency graph.
#[derive(Debug, Clone, Copy)]
pub(super) enum Node {
    Local(usize),
    Provider(usize),
    Resource(usize),
    Call(usize),
    Output(usize),
}

/// The module's locals, provider configurations and resources as graph nodes, with lookups
/// from the names that references use.
pub(super) struct Graph<'m> {
    pub(super) module: &'m Module,
    pub(super) nodes: Vec<Node>,
    pub(super) locals: HashMap<&'m str, usize>,
    pub(super) providers: HashMap<String, usize>,
    /// (`aws_s3_bucket` or `data.aws_x`, name) → node.
    pub(super) resources: HashMap<(String, &'m str), usize>,
    pub(super) calls: HashMap<&'m str, usize>,
}

impl<'m> Graph<'m> {
    pub(super) fn new(module: &'m Module) -> Self {
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
            resources.insert((resource.type_key(), resource.name.as_str()), nodes.len());
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

    pub(super) fn dependencies(&self, node: usize) -> Vec<usize> {
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

    pub(super) fn describe(&self, node: usize) -> (FileId, Span, String) {
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
