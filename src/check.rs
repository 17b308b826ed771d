//! The one `check` function behind the CLI, the tests and the benchmarks: source files in,
//! findings out, every stage in order.

use crate::eval::unknown::UnknownStats;
use crate::eval::{self, EvaluatedModule, Inputs, ModuleCaches, Modules};
use crate::findings::{self, Finding, Undecided};
use crate::model::{self, Mode, Module, ParsedFile, Related};
use crate::parse::plan::{self, Plan};
use crate::parse::{is_plan_path, parse_file};
use crate::rules::{self, Catalogue, Rule};
use crate::source::{SourceFile, Sources};
use crate::syntax::Span;
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// An input that could not be read, parsed or understood. The scan goes on without it.
#[derive(Debug, Clone)]
pub struct ScanError {
    /// `read-error`, `parse-error`, `config-error`, or `note` for a note.
    pub kind: &'static str,
    /// Index into the scan's files, or `None` for a file that could not be read.
    pub file: Option<usize>,
    pub path: String,
    pub span: Span,
    pub message: String,
    /// Other places that explain it (the declaration a module input does not fit).
    pub related: Vec<Related>,
}

#[derive(Debug, Default)]
pub struct ScanResult {
    pub files: Vec<SourceFile>,
    pub findings: Vec<Finding>,
    /// Findings accepted by a suppression comment, the configuration or a baseline: kept,
    /// with the reason, as evidence of what was accepted.
    pub suppressed: Vec<Finding>,
    pub undecided: Vec<Undecided>,
    /// The rule/resource pairs that passed, when `Inputs::record_passes` asked for them.
    pub passed: Vec<Finding>,
    pub errors: Vec<ScanError>,
    /// Informational notes, such as a module that is not installed; not errors.
    pub notes: Vec<ScanError>,
    /// Managed resource instances evaluated in the requested files.
    pub resources: usize,
    /// Resources whose instances could not be known (unknown `count`/`for_each`).
    pub unexpanded: Vec<Unexpanded>,
    pub unknown: UnknownStats,
    /// The syntax trees and values the findings were made from.
    pub retained: Retained,
}

/// What a scan evaluated: millions of small values, whose freeing takes about as long as
/// evaluating them. They go with the result so that its owner chooses when to pay for it: a
/// command that exits right after reporting need not (`std::mem::forget`).
#[derive(Default)]
pub struct Retained {
    _values: Option<Box<Evaluation>>,
}

/// The modules, their evaluation, and what was worked out once per module.
type Evaluation = (Vec<Module>, Vec<EvaluatedModule>, ModuleCaches);

impl std::fmt::Debug for Retained {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Retained")
    }
}

/// A resource whose instances could not be determined, so no rule checked it.
#[derive(Debug, Clone)]
pub struct Unexpanded {
    pub file: usize,
    pub span: Span,
    pub address: String,
    pub reason: String,
}

pub fn check(
    mut sources: Sources,
    inputs: &Inputs,
    catalogue: &Catalogue,
    selected: &(dyn Fn(&Rule) -> bool + Sync),
) -> ScanResult {
    let (mut parsed, plans, mut parse_errors) = parse_all(&sources.files, 0);
    load_called_modules(&mut sources, &mut parsed, &mut parse_errors);
    let Sources {
        mut files,
        unreadable,
        roots,
        manifests,
        files_only: _,
        overlays: _,
    } = sources;
    let mut errors: Vec<ScanError> = unreadable.into_iter().map(read_error).collect();
    errors.extend(parse_errors);

    let (mut modules, problems) = model::build(parsed);
    let configured = modules.len();
    let plan_dir = |file: usize| {
        inputs
            .plan_config
            .clone()
            .unwrap_or_else(|| module_dir(&files[file].path))
    };
    // A plan's own configuration only locates the plan's findings: it is not checked again.
    let plan_configs: Vec<Option<usize>> = plans
        .iter()
        .map(|(file, _)| {
            let dir = plan_dir(*file);
            modules.iter().position(|m| same_dir(&m.dir, &dir))
        })
        .collect();
    let scan = Modules::new(&modules, &roots, &manifests);
    let called = scan.called();
    let mut evaluated: Vec<EvaluatedModule> = (0..configured)
        .into_par_iter()
        .filter(|&m| !called[m] && !plan_configs.contains(&Some(m)))
        .map(|root| eval::evaluate(&scan, root, inputs))
        .collect();
    let planned = plan_models(&scan, plans, plan_configs, inputs, &plan_dir);
    let caches = scan.into_caches();
    for (plan_file, module, evaluation) in planned {
        // The configuration files a requested plan's findings point at are reported on.
        for resource in &module.resources {
            files[resource.file].requested |= files[plan_file].requested;
        }
        modules.push(module);
        evaluated.push(evaluation);
    }
    let problem = |kind: &'static str, p: &crate::model::Problem| ScanError {
        kind,
        file: Some(p.file),
        path: files[p.file].path.display().to_string(),
        span: p.span.clone(),
        message: p.message.clone(),
        related: p.related.clone(),
    };
    errors.extend(problems.iter().map(|p| problem("config-error", p)));
    errors.extend(
        evaluated
            .iter()
            .flat_map(|e| &e.problems)
            .map(|p| problem("config-error", p)),
    );
    let mut notes: Vec<ScanError> = evaluated
        .iter()
        .flat_map(|e| &e.notes)
        .map(|p| problem("note", p))
        .collect();

    let hits = rules::run(
        catalogue,
        &modules,
        &evaluated,
        selected,
        inputs.record_passes,
    );
    let path_of = |file: usize| files[file].path.display().to_string();
    let findings::Collected {
        mut findings,
        mut undecided,
        mut passed,
    } = findings::collect(catalogue, &modules, &evaluated, hits, &path_of);
    let requested = |file: &Option<usize>| file.is_none_or(|f| files[f].requested);
    let before = findings.len();
    findings.retain(|f| files[f.file].requested);
    if findings.len() < before {
        notes.push(left_out(before - findings.len()));
    }
    undecided.retain(|u| files[u.finding.file].requested);
    passed.retain(|f| files[f.file].requested);
    for list in [&mut errors, &mut notes] {
        list.retain(|e| requested(&e.file));
        each_once(list);
    }
    let mut unknown = UnknownStats::default();
    for evaluation in &evaluated {
        unknown.merge(&evaluation.unknown);
    }
    let unexpanded = unexpanded(&modules, &evaluated, &files);
    let resources = evaluated
        .iter()
        .flat_map(|e| &e.instances)
        .map(|i| &modules[i.module].resources[i.resource])
        .filter(|r| r.mode == Mode::Managed && files[r.file].requested)
        .count();
    ScanResult {
        files,
        findings,
        suppressed: Vec::new(),
        undecided,
        passed,
        errors,
        notes,
        resources,
        unexpanded,
        unknown,
        retained: Retained {
            _values: Some(Box::new((modules, evaluated, caches))),
        },
    }
}

/// Each plan as a module and its evaluation, its resources located through its configuration
/// (the module `configs` names, evaluated with the plan's variables) when it is at hand.
fn plan_models(
    scan: &Modules,
    plans: Vec<(usize, Plan)>,
    configs: Vec<Option<usize>>,
    inputs: &Inputs,
    plan_dir: &(dyn Fn(usize) -> PathBuf + Sync),
) -> Vec<(usize, Module, EvaluatedModule)> {
    let configured = scan.modules.len();
    plans
        .into_par_iter()
        .zip(configs)
        .enumerate()
        .map(|(i, ((file, plan), config))| {
            let config = config.map(|root| {
                let inputs = Inputs {
                    plan_values: plan.variables.clone(),
                    ..inputs.clone()
                };
                eval::evaluate(scan, root, &inputs)
            });
            let config = config.as_ref().map(|evaluated| eval::plan::Configuration {
                modules: scan.modules,
                evaluated,
            });
            let (module, evaluation) =
                eval::plan::model(file, plan_dir(file), plan, configured + i, config);
            (file, module, evaluation)
        })
        .collect()
}

fn read_error(e: crate::source::SourceError) -> ScanError {
    ScanError {
        kind: "read-error",
        file: None,
        path: e.path.display().to_string(),
        span: 0..0,
        message: e.message,
        related: Vec::new(),
    }
}

/// Sorted by place, each once: a module called several times reports its own problems once.
fn each_once(list: &mut Vec<ScanError>) {
    list.sort_by(|a, b| {
        (&a.path, a.span.start, &a.message).cmp(&(&b.path, b.span.start, &b.message))
    });
    list.dedup_by(|a, b| (&a.path, &a.span, &a.message) == (&b.path, &b.span, &b.message));
}

/// The resources in the reported files whose instances Terraform would refuse to make.
fn unexpanded(
    modules: &[Module],
    evaluated: &[EvaluatedModule],
    files: &[SourceFile],
) -> Vec<Unexpanded> {
    let mut unexpanded: Vec<Unexpanded> = evaluated
        .iter()
        .flat_map(|e| &e.unexpanded)
        .filter_map(|u| {
            let resource = &modules[u.module].resources[u.resource];
            files[resource.file].requested.then(|| Unexpanded {
                file: resource.file,
                span: resource.block.header.clone(),
                address: resource.address(),
                reason: u.reason.clone(),
            })
        })
        .collect();
    unexpanded.sort_by_key(|u| (u.file, u.span.start));
    unexpanded.dedup_by(|a, b| (a.file, &a.span, &a.reason) == (b.file, &b.span, &b.reason));
    unexpanded
}

/// The note for findings outside the files named one by one: in their modules' other files
/// and in the modules they call.
fn left_out(count: usize) -> ScanError {
    let findings = if count == 1 { "finding" } else { "findings" };
    ScanError {
        kind: "note",
        file: None,
        path: String::new(),
        span: 0..0,
        message: format!(
            "{count} {findings} in other files of these modules, or in the modules they call, \
             are not shown: only the files named are reported. Scan their directories to see all."
        ),
        related: Vec::new(),
    }
}

/// Reads the local modules that the configuration calls but the scan did not include (a
/// named file's `./modules/db`, an example's `../../`), and the modules those call, so module
/// calls are evaluated as Terraform would. Each file is read once, so this ends.
fn load_called_modules(
    sources: &mut Sources,
    parsed: &mut Vec<ParsedFile>,
    errors: &mut Vec<ScanError>,
) {
    let mut from = 0;
    let mut loaded: HashSet<PathBuf> = HashSet::new();
    while from < parsed.len() {
        loaded.extend(parsed[from..].iter().map(|p| model::normalise(&p.dir)));
        let mut dirs: Vec<PathBuf> = parsed[from..]
            .iter()
            .flat_map(model::local_module_dirs)
            .filter(|dir| !loaded.contains(dir))
            .collect();
        dirs.sort();
        dirs.dedup();
        from = parsed.len();
        let first = sources.add_context_dirs(&dirs, !sources.files_only);
        let (more, _, more_errors) = parse_all(&sources.files[first..], first);
        parsed.extend(more);
        errors.extend(more_errors);
    }
}

enum Parsed {
    Config(ParsedFile),
    Plan(usize, Plan),
}

/// Parses `files`, the first of which has index `first` in the scan's list.
fn parse_all(
    files: &[SourceFile],
    first: usize,
) -> (Vec<ParsedFile>, Vec<(usize, Plan)>, Vec<ScanError>) {
    let results: Vec<_> = files
        .par_iter()
        .enumerate()
        .map(|(i, file)| {
            let id = first + i;
            let path = file.path.display().to_string();
            let error = |e: crate::parse::ParseError| ScanError {
                kind: "parse-error",
                file: Some(id),
                path: path.clone(),
                span: e.offset..e.offset,
                message: e.message,
                related: Vec::new(),
            };
            if is_plan_path(&path) {
                return plan::parse(&file.text)
                    .map(|p| Parsed::Plan(id, p))
                    .map_err(error);
            }
            parse_file(&path, &file.text)
                .map(|body| ParsedFile {
                    id,
                    dir: module_dir(&file.path),
                    name: file
                        .path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    body,
                })
                .map(Parsed::Config)
                .map_err(error)
        })
        .collect();
    let mut parsed = Vec::with_capacity(results.len());
    let mut plans = Vec::new();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(Parsed::Config(p)) => parsed.push(p),
            Ok(Parsed::Plan(id, p)) => plans.push((id, p)),
            Err(e) => errors.push(e),
        }
    }
    (parsed, plans, errors)
}

fn same_dir(a: &Path, b: &Path) -> bool {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    canonical(a) == canonical(b)
}

fn module_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

impl ScanResult {
    /// Reports rule files that did not load, each at its position, as errors of the scan: the
    /// rules that did load ran.
    pub fn add_rule_errors(&mut self, errors: Vec<crate::rules::RuleFileError>) {
        for error in errors {
            let file = (!error.text.is_empty()).then(|| {
                self.files.push(SourceFile {
                    path: PathBuf::from(&error.path),
                    text: error.text.into(),
                    requested: false,
                });
                self.files.len() - 1
            });
            self.errors.push(ScanError {
                kind: "rule-error",
                file,
                path: error.path,
                span: error.offset..error.offset,
                message: error.message,
                related: Vec::new(),
            });
        }
    }
}
