//! Code actions on findings: accept one with a `tfcomply:ignore` comment that names the rule,
//! asks for a reason and expires, so an accepted risk is reviewed again.

use super::position::{Encoding, Positions};
use crate::findings::Finding;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Position, Range, TextEdit, Uri, WorkspaceEdit,
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
}

/// The actions for the findings whose range meets `range`.
pub fn code_actions(
    findings: &[Finding],
    range: Range,
    target: &Target,
) -> Vec<CodeActionOrCommand> {
    let positions = Positions::new(target.text, target.encoding);
    let wanted = positions.span(range);
    findings
        .iter()
        .filter(|f| f.span.start <= wanted.end && wanted.start <= f.span.end)
        .flat_map(|f| actions_for(f, target))
        .collect()
}

/// Every action offered on one finding. Quick fixes for the rule belong here too.
fn actions_for(finding: &Finding, target: &Target) -> Vec<CodeActionOrCommand> {
    let mut actions = Vec::new();
    if !target.json {
        actions.push(suppress_action(finding, target));
    }
    actions
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
    let at = Positions::new(text, target.encoding).position(line_start);
    let edit = TextEdit::new(Range::new(at, Position::new(at.line, 0)), comment);
    CodeAction {
        title: format!("Suppress {} with a reason", finding.rule_id),
        kind: Some(CodeActionKind::QUICKFIX),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(target.uri.clone(), vec![edit])])),
            ..WorkspaceEdit::default()
        }),
        ..CodeAction::default()
    }
    .into()
}
