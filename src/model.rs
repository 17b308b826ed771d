//! Model stage: the parsed files of each directory become one Terraform module: its
//! resources, data sources, variables, locals, outputs, providers and module calls.

use crate::syntax::{Attribute, Block, Body, Expr, Span};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// Index of a file in the scan's file list.
pub type FileId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    Managed,
    Data,
    /// A `provider` block, checked like a resource (`provider.aws`): what it configures is
    /// the account a root configuration deploys into.
    Provider,
    /// A plan's `resource_drift` entry: a change made outside Terraform (`resource_drift`).
    Drift,
}

#[derive(Debug)]
pub struct Resource {
    pub mode: Mode,
    pub kind: String,
    pub name: String,
    pub file: FileId,
    pub block: Block,
}

impl Resource {
    /// The address without an instance key: `aws_s3_bucket.b`, `data.aws_iam_policy_document.p`.
    pub fn address(&self) -> String {
        match self.mode {
            Mode::Managed | Mode::Drift => format!("{}.{}", self.kind, self.name),
            Mode::Data => format!("data.{}.{}", self.kind, self.name),
            Mode::Provider if self.name.is_empty() => format!("provider.{}", self.kind),
            Mode::Provider => format!("provider.{}.{}", self.kind, self.name),
        }
    }

    /// How rules name its type: `aws_s3_bucket`, `data.aws_iam_policy_document`,
    /// `provider.aws`, or `resource_drift` for a plan's drift entry.
    pub fn type_key(&self) -> String {
        match self.mode {
            Mode::Managed => self.kind.clone(),
            Mode::Data => format!("data.{}", self.kind),
            Mode::Provider => format!("provider.{}", self.kind),
            Mode::Drift => "resource_drift".to_string(),
        }
    }

    pub fn meta(&self, name: &str) -> Option<&Expr> {
        self.block.body.attribute(name).map(|a| &a.value)
    }
}

/// A named block of the module (variable, output, provider, module call).
#[derive(Debug)]
pub struct Named {
    pub name: String,
    pub file: FileId,
    pub block: Block,
}

impl Named {
    /// A provider configuration's literal `alias`, if it has one.
    pub fn alias(&self) -> Option<&str> {
        self.block
            .body
            .attribute("alias")
            .and_then(|a| a.value.as_literal_str())
    }
}

#[derive(Debug)]
pub struct Local {
    pub file: FileId,
    pub attribute: Attribute,
}

#[derive(Debug, Default)]
pub struct Module {
    pub dir: PathBuf,
    pub files: Vec<FileId>,
    pub resources: Vec<Resource>,
    pub variables: Vec<Named>,
    pub locals: Vec<Local>,
    pub outputs: Vec<Named>,
    pub providers: Vec<Named>,
    pub module_calls: Vec<Named>,
    /// Variables files Terraform loads by itself, in its precedence order (lowest first).
    pub var_files: Vec<VarFile>,
    /// Local name → index in `locals`, for following references through them.
    pub local_index: HashMap<String, usize>,
}

impl Module {
    pub fn local(&self, name: &str) -> Option<&Local> {
        self.local_index.get(name).map(|&i| &self.locals[i])
    }
}

#[derive(Debug)]
pub struct VarFile {
    pub file: FileId,
    pub name: String,
    pub body: Body,
}

impl VarFile {
    /// `terraform.tfvars`, then `terraform.tfvars.json`, then `*.auto.tfvars(.json)` by name.
    fn precedence(&self) -> (u8, &str) {
        match self.name.as_str() {
            "terraform.tfvars" => (0, ""),
            "terraform.tfvars.json" => (1, ""),
            other => (2, other),
        }
    }
}

/// Something in a file that parsed but is not valid Terraform (a resource with one label).
#[derive(Debug, Clone)]
pub struct Problem {
    pub file: FileId,
    pub span: Span,
    pub message: String,
    /// Other places that explain it (the declaration a value does not fit).
    pub related: Vec<Related>,
}

/// A `module` block on the way from a root module to a resource, outermost first: where a
/// finding inside a called (perhaps installed) module is anchored in the user's own code.
#[derive(Debug, Clone, PartialEq)]
pub struct CallSite {
    pub file: FileId,
    /// The whole `module` block.
    pub span: Span,
    /// `module "NAME"`, up to the opening brace.
    pub header: Span,
    pub name: String,
    /// The instance key as Terraform writes it in an address (`["eu"]`, `[0]`), or empty.
    pub key: String,
}

/// A place in a file that explains a finding or a problem: where a value came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub file: FileId,
    pub span: Span,
    /// Shared: the same origin is kept for every instance of a module.
    pub message: Arc<str>,
}

pub struct ParsedFile {
    pub id: FileId,
    pub dir: PathBuf,
    /// The file name, which tells a variables file from configuration.
    pub name: String,
    pub body: Body,
}

/// A `module` block's `source` when it is a local path (`./modules/db`, `../../`): Terraform
/// reads those directly, other sources through what `terraform init` installed.
pub fn local_source(block: &Block) -> Option<&str> {
    let source = block.body.attribute("source")?.value.as_literal_str()?;
    (source.starts_with("./") || source.starts_with("../")).then_some(source)
}

/// Directories the `module` blocks of `file` call with a local source.
pub fn local_module_dirs(file: &ParsedFile) -> Vec<PathBuf> {
    file.body
        .blocks
        .iter()
        .filter(|b| b.kind == "module")
        .filter_map(local_source)
        .map(|source| normalise(&file.dir.join(source)))
        .collect()
}

/// `a/b/../c/./d` → `a/c/d`, without touching the file system.
pub fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    // `examples/complete/../..` is the current directory, which a path must still name.
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// Groups parsed files by directory, in directory order; each directory becomes a module on
/// its own core.
pub fn build(mut files: Vec<ParsedFile>) -> (Vec<Module>, Vec<Problem>) {
    files.sort_by(|a, b| a.dir.cmp(&b.dir));
    let mut groups: Vec<Vec<ParsedFile>> = Vec::new();
    for file in files {
        match groups.last_mut() {
            Some(group) if group[0].dir == file.dir => group.push(file),
            _ => groups.push(vec![file]),
        }
    }
    let built: Vec<(Module, Vec<Problem>)> = groups.into_par_iter().map(module_of).collect();
    let mut modules = Vec::with_capacity(built.len());
    let mut problems = Vec::new();
    for (module, found) in built {
        modules.push(module);
        problems.extend(found);
    }
    (modules, problems)
}

/// The module of one directory's files.
fn module_of(files: Vec<ParsedFile>) -> (Module, Vec<Problem>) {
    let mut module = Module {
        dir: files[0].dir.clone(),
        ..Module::default()
    };
    let mut problems = Vec::new();
    for file in files {
        module.files.push(file.id);
        let stem = file.name.strip_suffix(".json").unwrap_or(&file.name);
        if stem.ends_with(".tfvars") {
            module.var_files.push(VarFile {
                file: file.id,
                name: file.name,
                body: file.body,
            });
        } else {
            add_file(&mut module, file, &mut problems);
        }
    }
    problems.extend(duplicates(&module));
    module
        .var_files
        .sort_by(|a, b| a.precedence().cmp(&b.precedence()));
    module.local_index = module
        .locals
        .iter()
        .enumerate()
        .map(|(i, local)| (local.attribute.name.clone(), i))
        .collect();
    (module, problems)
}

fn add_file(module: &mut Module, file: ParsedFile, problems: &mut Vec<Problem>) {
    let id = file.id;
    for block in file.body.blocks {
        let expected_labels = match block.kind.as_str() {
            "resource" | "data" => 2,
            "variable" | "output" | "provider" | "module" => 1,
            "locals" => 0,
            _ => continue,
        };
        if block.labels.len() != expected_labels {
            problems.push(Problem {
                file: id,
                span: block.header.clone(),
                message: format!("a {} block needs {expected_labels} label(s)", block.kind),
                related: Vec::new(),
            });
            continue;
        }
        let kind = block.kind.clone();
        match kind.as_str() {
            "resource" | "data" => module.resources.push(Resource {
                mode: if kind == "data" {
                    Mode::Data
                } else {
                    Mode::Managed
                },
                kind: block.labels[0].clone(),
                name: block.labels[1].clone(),
                file: id,
                block,
            }),
            "locals" => module
                .locals
                .extend(block.body.attributes.into_iter().map(|attribute| Local {
                    file: id,
                    attribute,
                })),
            kind => {
                let named = Named {
                    name: block.labels[0].clone(),
                    file: id,
                    block,
                };
                match kind {
                    "variable" => module.variables.push(named),
                    "output" => module.outputs.push(named),
                    "provider" => {
                        module.resources.push(provider_resource(&named));
                        module.providers.push(named);
                    }
                    _ => module.module_calls.push(named),
                }
            }
        }
    }
}

/// A provider block as the rules see it: `provider.aws`, or `provider.aws.ALIAS`.
fn provider_resource(provider: &Named) -> Resource {
    Resource {
        mode: Mode::Provider,
        kind: provider.name.clone(),
        name: provider.alias().unwrap_or_default().to_string(),
        file: provider.file,
        block: provider.block.clone(),
    }
}

/// Declarations Terraform refuses because another of the same kind has the name: resources
/// and data sources by type and name, variables, outputs, module calls and locals by name.
/// Each is reported at the second declaration, with the first as related; evaluation goes on
/// with the first.
fn duplicates(module: &Module) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen: HashMap<(String, String), (FileId, Span)> = HashMap::new();
    let mut check = |kind: String, name: &str, file: FileId, span: &Span, what: String| match seen
        .get(&(kind.clone(), name.to_string()))
    {
        Some((first_file, first_span)) => problems.push(Problem {
            file,
            span: span.clone(),
            message: format!(
                "Duplicate {what}: {} was already declared",
                if name.is_empty() {
                    "the default one"
                } else {
                    name
                }
            ),
            related: vec![Related {
                file: *first_file,
                span: first_span.clone(),
                message: "first declared here".into(),
            }],
        }),
        None => {
            seen.insert((kind, name.to_string()), (file, span.clone()));
        }
    };
    for r in &module.resources {
        let what = match r.mode {
            Mode::Managed | Mode::Drift => format!("resource \"{}\" configuration", r.kind),
            Mode::Data => format!("data \"{}\" configuration", r.kind),
            Mode::Provider => format!("provider configuration for \"{}\"", r.kind),
        };
        check(r.type_key(), &r.name, r.file, &r.block.header, what);
    }
    for (kind, list) in [
        ("variable", &module.variables),
        ("output", &module.outputs),
        ("module", &module.module_calls),
    ] {
        for named in list {
            check(
                kind.to_string(),
                &named.name,
                named.file,
                &named.block.header,
                format!("{kind} declaration"),
            );
        }
    }
    for local in &module.locals {
        check(
            "local".to_string(),
            &local.attribute.name,
            local.file,
            &local.attribute.span,
            "local value definition".to_string(),
        );
    }
    problems
}
