//! Findings: plain data about one rule failing on one resource instance, in a stable order.

use crate::eval::EvaluatedModule;
use crate::model::{FileId, Module};
use crate::rules::{Catalogue, Outcome, Rule, RuleHit, Severity};
use crate::syntax::{Block, Span};
use std::collections::BTreeMap;

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
    pub resource: ResourceRef,
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
}

/// A rule that could not decide on a resource because a value is unknown before apply.
#[derive(Debug, Clone)]
pub struct Undecided {
    pub finding: Finding,
    pub reason: String,
}

/// Turns rule hits into findings and undecided pairs, each sorted by file, position, rule id.
pub fn collect(
    catalogue: &Catalogue,
    modules: &[Module],
    evaluated: &[EvaluatedModule],
    hits: Vec<RuleHit>,
    file_order: &dyn Fn(FileId) -> String,
) -> (Vec<Finding>, Vec<Undecided>) {
    let mut findings = Vec::new();
    let mut undecided = Vec::new();
    for hit in hits {
        let instance = &evaluated[hit.root].instances[hit.instance];
        let resource = &modules[instance.module].resources[instance.resource];
        let rule = &catalogue.rules[hit.rule];
        let finding = Finding {
            rule_id: rule.id.clone(),
            rule_name: rule.name.clone(),
            title: rule.title.clone(),
            family: rule.family.clone(),
            severity: rule.severity,
            message: rule.message.clone(),
            remediation: rule.remediation.clone(),
            criteria: rule.criteria.clone(),
            file: resource.file,
            span: locate(rule, &resource.block),
            resource: ResourceRef {
                address: instance.address.clone(),
                root: evaluated[hit.root].root.display().to_string(),
                kind: resource.kind.clone(),
                file: resource.file,
                span: resource.block.span.clone(),
                instances_unknown: instance.instances_unknown,
            },
        };
        match hit.outcome {
            Outcome::Fail => findings.push(finding),
            Outcome::Unknown(reason) => undecided.push(Undecided { finding, reason }),
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
    findings.sort_by_cached_key(key);
    undecided.sort_by_cached_key(|u| key(&u.finding));
    (findings, undecided)
}

/// The span of the rule's `location` path in the block (`root_block_device.encrypted`); the
/// deepest part that exists, so a missing attribute points at its enclosing block header.
fn locate(rule: &Rule, block: &Block) -> Span {
    let mut span = block.header.clone();
    let Some(path) = &rule.location else {
        return span;
    };
    let mut current = block;
    for part in path.split('.') {
        if let Some(attr) = current.body.attribute(part) {
            return attr.span.clone();
        }
        match current.body.blocks.iter().find(|b| {
            b.kind == part || (b.kind == "dynamic" && b.labels.first().is_some_and(|l| l == part))
        }) {
            Some(inner) => {
                span = inner.header.clone();
                current = inner;
            }
            None => break,
        }
    }
    span
}
