//! Code actions on findings: the rule's fix; accepting a finding with a `tfcomply:ignore`
//! comment that names the rule, asks for a reason and expires, so an accepted risk is
//! reviewed again; and every fix of the file at once (`source.fixAll.tfcomply`, which
//! editors can run on save).

use super::position::{Encoding, Positions};
use crate::findings::Finding;
use crate::fix::{Edit, Fix};
use crate::rules::Catalogue;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Range, TextEdit, Uri, WorkspaceEdit,
};
use std::collections::HashMap;

/// How long a suppression added from the editor holds before it must be looked at again.
const SUPPRESSION_DAYS: i64 = 90;

/// The file a code action edits.
pub struct Target<'a> {
    pub uri: &'a Uri,
    pub text: &'a str,
    pub encoding: Encoding,
    /// `.tf.json` has no comments to put a directive in.
    pub json: bool,
    /// Where the findings' rules, and so their fixes, are.
    pub catalogue: Option<&'a Catalogue>,
    /// The other files of the module: a resource a fix would add may be in one of them.
    pub siblings: Vec<std::sync::Arc<str>>,
}

/// The kind of the action that applies every fix of a file.
pub const FIX_ALL: &str = "source.fixAll.tfcomply";

/// The quick fixes for the findings whose range meets `range`, and the file's fix-all action,
/// those of them of a kind in `only` (all when `None`).
pub fn code_actions(
    findings: &[Finding],
    range: Range,
    only: Option<&[CodeActionKind]>,
    target: &Target,
) -> Vec<CodeActionOrCommand> {
    let wanted = |kind: &str| {
        only.is_none_or(|kinds| {
            kinds.iter().any(|k| {
                let k = k.as_str();
                kind == k
                    || kind
                        .strip_prefix(k)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
        })
    };
    let mut actions = Vec::new();
    if wanted(CodeActionKind::QUICKFIX.as_str()) {
        let positions = Positions::new(target.text, target.encoding);
        let span = positions.span(range);
        actions.extend(
            findings
                .iter()
                .filter(|f| f.span.start <= span.end && span.start <= f.span.end)
                .flat_map(|f| actions_for(f, target)),
        );
    }
    if wanted(FIX_ALL) {
        actions.extend(fix_all_action(findings, target));
    }
    actions
}

/// Every action offered on one finding: the rule's fix when it has one that applies here (the
/// same edits as `scan --fix`), and accepting it with a reason.
fn actions_for(finding: &Finding, target: &Target) -> Vec<CodeActionOrCommand> {
    let mut actions = Vec::new();
    if let Some(action) = fix_action(finding, target) {
        actions.push(action);
    }
    if !target.json {
        actions.push(suppress_action(finding, target));
    }
    actions
}

/// The fix of `finding`'s rule, when it has one that applies here.
fn fix_of(finding: &Finding, target: &Target) -> Option<Fix> {
    let rule = target.catalogue?.find(&finding.rule_id)?;
    let siblings = target.siblings.iter().map(|s| &**s);
    crate::fix::fix_in_module(rule, finding, target.text, siblings)
}

/// The rule's fix as a quick fix, preferred over suppressing.
fn fix_action(finding: &Finding, target: &Target) -> Option<CodeActionOrCommand> {
    let fix = fix_of(finding, target)?;
    let title = format!("{}: {}", finding.rule_id, fix.title);
    let mut action = edit_action(title, CodeActionKind::QUICKFIX, &fix.edits, target);
    action.is_preferred = Some(true);
    Some(action.into())
}

/// Every fix of the file merged, as `scan --fix` merges them: none when nothing is fixable.
fn fix_all_action(findings: &[Finding], target: &Target) -> Option<CodeActionOrCommand> {
    let fixes: Vec<Fix> = findings.iter().filter_map(|f| fix_of(f, target)).collect();
    if fixes.is_empty() {
        return None;
    }
    let (edits, fixed) = crate::fix::merge(fixes);
    let findings = if fixed == 1 { "finding" } else { "findings" };
    let title = format!("Fix {fixed} tfcomply {findings} in this file");
    let kind = CodeActionKind::new(FIX_ALL);
    Some(edit_action(title, kind, &edits, target).into())
}

/// An action that makes `edits` (byte spans of the target's text) in the target file.
fn edit_action(title: String, kind: CodeActionKind, edits: &[Edit], target: &Target) -> CodeAction {
    let positions = Positions::new(target.text, target.encoding);
    let edits = edits
        .iter()
        .map(|edit| TextEdit::new(positions.range(&edit.span), edit.text.clone()))
        .collect();
    CodeAction {
        title,
        kind: Some(kind),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(target.uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }),
        ..CodeAction::default()
    }
}

/// Inserts the directive on the line above the flagged attribute or block, indented as it is:
/// a directive applies to what starts on the next line.
fn suppress_action(finding: &Finding, target: &Target) -> CodeActionOrCommand {
    let text = target.text;
    let start = finding.span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent: String = text[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let expires = crate::eval::functions::days_from_today(SUPPRESSION_DAYS);
    let comment = format!(
        "{indent}# tfcomply:ignore {} reason=\"TODO: why this is accepted\" expires={expires}\n",
        finding.rule_id
    );
    let edit = Edit {
        span: line_start..line_start,
        text: comment,
    };
    let title = format!("Suppress {} with a reason", finding.rule_id);
    edit_action(title, CodeActionKind::QUICKFIX, &[edit], target).into()
}
