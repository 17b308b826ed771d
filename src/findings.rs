//! Findings: plain data about one rule failing on one resource instance, in a stable order.

use crate::eval::{BlockSources, EvaluatedModule, Instance, variables_read};
use crate::model::{CallSite, FileId, Module, Related};
use crate::rules::{Catalogue, Outcome, Rule, RuleHit, Severity};
use crate::syntax::{Attribute, Block, Expr, Span};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule_id: String,
    pub rule_name: String,
    pub title: String,
    pub family: String,
    pub severity: Severity,
    pub message: String,
    pub remediation: String,
    pub criteria: BTreeMap<String, Vec<String>>,
    pub file: FileId,
    /// What the finding points at: the attribute, or the block header when it is missing.
    pub span: Span,
    /// Where the offending value came from, when it flowed in through variables.
    pub related: Vec<Related>,
    pub resource: ResourceRef,
    /// Identifies the finding across scans whatever moves in the files: the rule, the
    /// resource's address and its root module (see [`fingerprint`]).
    pub fingerprint: String,
    /// Why the finding is accepted, when it is (set by the suppress stage).
    pub suppression: Option<Suppression>,
}

/// An accepted finding's justification, kept for the auditor.
#[derive(Debug, Clone, PartialEq)]
pub struct Suppression {
    pub kind: SuppressionKind,
    pub reason: String,
    /// `YYYY-MM-DD`, after which the suppression no longer applies.
    pub expires: Option<String>,
    /// The comment or configuration entry that accepts it.
    pub place: Option<(FileId, Span)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuppressionKind {
    /// A `tfcomply:ignore` comment in the source.
    Inline,
    /// A `disable` entry in `.tfcomply.toml`.
    Config,
    /// The finding was already in the baseline file.
    Baseline,
}

impl SuppressionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SuppressionKind::Inline => "inline",
            SuppressionKind::Config => "config",
            SuppressionKind::Baseline => "baseline",
        }
    }
}

#[derive(Debug, Clone)]
pub struct ResourceRef {
    pub address: String,
    /// The root module the address is relative to (the directory of the configuration that
    /// calls the resource's module, or of the resource itself).
    pub root: String,
    pub kind: String,
    pub file: FileId,
    /// The whole resource block.
    pub span: Span,
    /// Its instances (or its module call's) are not known before apply: the address has no
    /// instance key and stands for all of them.
    pub instances_unknown: bool,
    /// The `module` blocks from the root module to the resource's module, outermost first.
    pub calls: Arc<[CallSite]>,
    /// The instance key as the address ends with it (`["eu"]`, `[0]`), or empty.
    pub key: String,
}

/// A rule that could not decide on a resource because a value is unknown before apply.
#[derive(Debug, Clone)]
pub struct Undecided {
    pub finding: Finding,
    pub reason: String,
}

/// The rule hits as findings, undecided pairs and passes.
#[derive(Default)]
pub struct Collected {
    pub findings: Vec<Finding>,
    pub undecided: Vec<Undecided>,
    pub passed: Vec<Finding>,
}

/// Turns rule hits into findings, undecided pairs and passes, each sorted by file, position,
/// rule id.
pub fn collect(
    catalogue: &Catalogue,
    modules: &[Module],
    evaluated: &[EvaluatedModule],
    hits: Vec<RuleHit>,
    file_order: &(dyn Fn(FileId) -> String + Sync),
) -> Collected {
    let roots: Vec<String> = evaluated
        .iter()
        .map(|e| fingerprint_root(&e.root))
        .collect();
    let made: Vec<(Finding, Outcome)> = hits
        .into_par_iter()
        .map(|hit| {
            let made = finding(catalogue, modules, evaluated, &hit, &roots[hit.root]);
            (made, hit.outcome)
        })
        .collect();
    let Collected {
        mut findings,
        mut undecided,
        mut passed,
    } = Collected::default();
    for (finding, outcome) in made {
        match outcome {
            Outcome::Fail => findings.push(finding),
            Outcome::Unknown(reason) => undecided.push(Undecided { finding, reason }),
            Outcome::Pass => passed.push(finding),
        }
    }
    let key = |f: &Finding| {
        (
            file_order(f.file),
            f.span.start,
            f.rule_id.clone(),
            f.resource.address.clone(),
        )
    };
    findings.par_sort_by_cached_key(key);
    undecided.par_sort_by_cached_key(|u| key(&u.finding));
    passed.par_sort_by_cached_key(key);
    Collected {
        findings,
        undecided,
        passed,
    }
}

/// The finding a rule hit describes, located in its resource's block.
fn finding(
    catalogue: &Catalogue,
    modules: &[Module],
    evaluated: &[EvaluatedModule],
    hit: &RuleHit,
    fingerprint_root: &str,
) -> Finding {
    let instance = &evaluated[hit.root].instances[hit.instance];
    let resource = &modules[instance.module].resources[instance.resource];
    let rule = &catalogue.rules[hit.rule];
    let module = &modules[instance.module];
    let place = locate(rule, &resource.block, &instance.block_sources, hit.element);
    let related = origins(&place, module, instance);
    let root = evaluated[hit.root].root.display().to_string();
    Finding {
        fingerprint: fingerprint(&rule.id, fingerprint_root, &instance.address),
        suppression: None,
        rule_id: rule.id.clone(),
        rule_name: rule.name.clone(),
        title: rule.title.clone(),
        family: rule.family.clone(),
        severity: rule.severity,
        message: match &hit.detail {
            Some(detail) => format!("{}: {detail}", rule.message),
            None => rule.message.clone(),
        },
        remediation: rule.remediation.clone(),
        criteria: rule.criteria.clone(),
        file: resource.file,
        span: place.span(),
        related,
        resource: ResourceRef {
            address: instance.address.clone(),
            root,
            kind: resource.kind.clone(),
            file: resource.file,
            span: resource.block.span.clone(),
            instances_unknown: instance.instances_unknown,
            calls: instance.calls.clone(),
            key: instance.key.suffix(),
        },
    }
}

/// A finding's identity: its rule, the resource's address and the root module's directory
/// (see [`fingerprint_root`]). None of these moves when lines shift or a resource moves to
/// another file of its module; the root tells apart the same address in two configurations.
/// One rule fails a resource instance at most once, so this is unique.
pub fn fingerprint(rule_id: &str, root: &str, address: &str) -> String {
    let digest = Sha256::new()
        .chain_update(rule_id)
        .chain_update([0])
        .chain_update(root)
        .chain_update([0])
        .chain_update(address)
        .finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// A root module's directory as fingerprints name it: relative to the top of its git
/// repository (else to the working directory), with `/` between parts. So the same finding
/// has the same fingerprint whether the scan names `.`, `infra` or an absolute path, and on
/// any machine.
fn fingerprint_root(root: &std::path::Path) -> String {
    let canonical = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let base = crate::source::repository_root(root);
    let relative = canonical.strip_prefix(&base).unwrap_or(&canonical);
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// Where the rule's `location` path (`root_block_device.encrypted`) is in the block: the
/// deepest part that exists, so a missing attribute points at its enclosing block. In a
/// repeated nested block the path starts at the `element` that fails the rule, or at the
/// `dynamic` block that produced it.
fn locate<'b>(
    rule: &Rule,
    block: &'b Block,
    sources: &BlockSources,
    element: Option<usize>,
) -> Place<'b> {
    let mut place = Place::Resource(block);
    let Some(path) = &rule.location else {
        return place;
    };
    let mut current = block;
    for (depth, part) in path.split('.').enumerate() {
        if let Some(attr) = current.body.attribute(part) {
            return Place::Attribute(attr);
        }
        let picked = element
            .filter(|_| depth == 0)
            .and_then(|i| sources.get(part)?.get(i))
            .map(|&index| &block.body.blocks[index]);
        let Some(inner) = picked.or_else(|| current.body.blocks.iter().find(|b| produces(b, part)))
        else {
            break;
        };
        place = Place::Block(inner);
        // A top-level `dynamic` block that produced no block has nothing inside to point at:
        // its header says where the missing block would come from.
        if depth == 0 && inner.kind == "dynamic" && !produced_any(block, inner, sources, part) {
            break;
        }
        // A `dynamic` block's arguments are in its `content` block.
        current = match inner.kind.as_str() {
            "dynamic" => inner.body.blocks_of("content").next().unwrap_or(inner),
            _ => inner,
        };
    }
    place
}

/// Whether `inner`, a nested block of `block`, produced one of the `kind` blocks the
/// evaluation recorded. Plans record none, so there every block counts as productive.
fn produced_any(block: &Block, inner: &Block, sources: &BlockSources, kind: &str) -> bool {
    if sources.is_empty() {
        return true;
    }
    let index = block
        .body
        .blocks
        .iter()
        .position(|b| std::ptr::eq(b, inner));
    sources
        .get(kind)
        .is_some_and(|produced| index.is_some_and(|i| produced.contains(&i)))
}

/// What a finding points at.
enum Place<'b> {
    Attribute(&'b Attribute),
    /// A nested block (or the `dynamic` block that produced it), at its header.
    Block(&'b Block),
    /// The resource's header: what the rule asks for is not set.
    Resource(&'b Block),
}

impl Place<'_> {
    fn span(&self) -> Span {
        match self {
            Place::Attribute(attribute) => attribute.span.clone(),
            Place::Block(block) | Place::Resource(block) => block.header.clone(),
        }
    }
}

/// Whether the block is a `kind` block or a `dynamic "kind"` block.
fn produces(block: &Block, kind: &str) -> bool {
    block.kind == kind
        || (block.kind == "dynamic" && block.labels.first().is_some_and(|l| l == kind))
}

/// Where the values read at the place came from, when they came through variables: the
/// caller's argument, a variables file, a default.
fn origins(place: &Place, module: &Module, instance: &Instance) -> Vec<Related> {
    let mut read: Vec<String> = Vec::new();
    let mut add = |e: &Expr| read.extend(variables_read(e, module));
    match place {
        Place::Attribute(attribute) => add(&attribute.value),
        Place::Block(block) => block.body.for_each_expr(&mut add),
        Place::Resource(_) => {}
    }
    let mut related: Vec<Related> = Vec::new();
    for name in read {
        for origin in instance.var_origins.chain(&name) {
            if !related.contains(&origin) {
                related.push(origin);
            }
        }
    }
    related
}
