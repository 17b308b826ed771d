//! `scan --fix` and `--fix --diff`: every available fix of a scan's findings, merged per file.

use super::plan::added_in;
use super::{Edit, Fix, apply_edits, fix_for};
use crate::check::ScanResult;
use crate::findings::Finding;
use crate::rules::{Catalogue, Rule};
use crate::source::SourceFile;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// One file's text before and after its fixes.
#[derive(Debug, Clone)]
pub struct FileFix {
    pub path: PathBuf,
    pub before: String,
    pub after: String,
    /// The findings the edits fix.
    pub fixed: usize,
}

/// The fixes of every active finding, merged per file: a fix whose edits overlap another's
/// is left out (its finding stays), and an edit two fixes share is made once.
pub fn plan_all(result: &ScanResult, catalogue: &Catalogue) -> Vec<FileFix> {
    let mut per_file: BTreeMap<usize, Vec<Fix>> = BTreeMap::new();
    for finding in &result.findings {
        if let Some(fix) = available(result, catalogue, finding) {
            per_file.entry(finding.file).or_default().push(fix);
        }
    }
    per_file
        .into_iter()
        .filter_map(|(id, fixes)| {
            let file = &result.files[id];
            let (edits, fixed) = merge(fixes);
            let after = apply_edits(&file.text, &edits);
            (after != *file.text).then(|| FileFix {
                path: file.path.clone(),
                before: file.text.to_string(),
                after,
                fixed,
            })
        })
        .collect()
}

/// The fix of `finding`, when its file is the user's own HCL: not JSON nor a plan, not an
/// installed module, not a file read only as context.
fn available(result: &ScanResult, catalogue: &Catalogue, finding: &Finding) -> Option<Fix> {
    let file = &result.files[finding.file];
    if !editable(file) {
        return None;
    }
    let rule = catalogue.find(&finding.rule_id)?;
    let siblings = result
        .files
        .iter()
        .filter(|f| f.path != file.path && f.path.parent() == file.path.parent())
        .map(|f| &*f.text);
    fix_in_module(rule, finding, &file.text, siblings)
}

/// The fix of `finding` in `text`, unless a resource it would add is already in one of
/// `siblings`, the other files of the module.
pub fn fix_in_module<'a>(
    rule: &Rule,
    finding: &Finding,
    text: &str,
    mut siblings: impl Iterator<Item = &'a str>,
) -> Option<Fix> {
    let fix = fix_for(rule, finding, text)?;
    (!siblings.any(|sibling| added_in(rule, finding, sibling))).then_some(fix)
}

fn editable(file: &SourceFile) -> bool {
    file.requested
        && file.path.extension().is_some_and(|e| e == "tf")
        && !file
            .path
            .components()
            .any(|c| c == Component::Normal(".terraform".as_ref()))
}

/// The edits of `fixes` (of one file) in file order, and how many fixes were kept whole: a
/// fix whose edits overlap another's is left out, and an edit two fixes share is made once.
pub fn merge(fixes: Vec<Fix>) -> (Vec<Edit>, usize) {
    let mut kept: Vec<Edit> = Vec::new();
    let mut fixed = 0;
    for fix in fixes {
        let new: Vec<&Edit> = fix.edits.iter().filter(|e| !kept.contains(e)).collect();
        if new.iter().any(|e| kept.iter().any(|k| overlap(e, k))) {
            continue;
        }
        kept.extend(new.into_iter().cloned());
        fixed += 1;
    }
    // Stable: insertions at one place stay in the order their findings came.
    kept.sort_by_key(|e| (e.span.start, e.span.end));
    (kept, fixed)
}

/// Two edits touch the same bytes (an insertion overlaps a replacement it falls inside).
fn overlap(a: &Edit, b: &Edit) -> bool {
    a.span.start < b.span.end && b.span.start < a.span.end
}

/// `--fix` (write the files) or `--fix --diff` (print a unified diff to stdout instead).
/// Reports the count to stderr; returns how many files were (or would be) changed.
pub fn apply_all(
    result: &ScanResult,
    catalogue: &Catalogue,
    diff_only: bool,
) -> Result<usize, String> {
    let files = plan_all(result, catalogue);
    let fixed: usize = files.iter().map(|f| f.fixed).sum();
    let counted = format!(
        "{} in {}",
        plural(fixed, "finding"),
        plural(files.len(), "file")
    );
    if diff_only {
        print!("{}", unified_diff(&files));
        eprintln!("Would fix {counted}");
        return Ok(files.len());
    }
    for file in &files {
        std::fs::write(&file.path, &file.after)
            .map_err(|e| format!("{}: {e}", file.path.display()))?;
    }
    eprintln!("Fixed {counted}");
    Ok(files.len())
}

fn plural(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

/// Each file's changes as `diff -u` shows them, with `a/` and `b/` paths as `git diff` has.
pub fn unified_diff(files: &[FileFix]) -> String {
    files
        .iter()
        .map(|f| {
            let path = slashed(&f.path);
            // `git diff`'s `a/` and `b/` only go before a relative path.
            let (a, b) = match path.starts_with('/') {
                true => (path.clone(), path),
                false => (format!("a/{path}"), format!("b/{path}")),
            };
            similar::TextDiff::from_lines(&f.before, &f.after)
                .unified_diff()
                .header(&a, &b)
                .to_string()
        })
        .collect()
}

/// The path with forward slashes and without a leading `./`, as `git diff` writes it.
fn slashed(path: &Path) -> String {
    let path = path.to_string_lossy().replace('\\', "/");
    path.strip_prefix("./").map_or(path.clone(), str::to_string)
}
