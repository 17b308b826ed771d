//! A scan's findings, errors and suppression notes as LSP diagnostics, per file.

use super::position::{Encoding, Positions};
use super::workspace::uri_of;
use crate::check::{ScanError, ScanResult};
use crate::findings::Finding;
use crate::rules::{Catalogue, Severity};
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag,
    Location, NumberOrString,
};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const SOURCE: &str = "tfcomply";

/// What one check found in one file of the module.
pub struct FileOutcome {
    pub path: PathBuf,
    /// The text the check read: the buffer's, when the file is open.
    pub text: Arc<str>,
    pub diagnostics: Vec<Diagnostic>,
    pub findings: Vec<Finding>,
    /// The file does not parse: its diagnostics are its syntax errors only.
    pub broken: bool,
}

/// A diagnostic list for every reported file of the scan of the module in `dir`, empty for
/// a clean one.
pub fn per_file(
    result: &ScanResult,
    dir: &Path,
    catalogue: &Catalogue,
    encoding: Encoding,
) -> Vec<FileOutcome> {
    let positions: Vec<Positions> = result
        .files
        .iter()
        .map(|f| Positions::new(&f.text, encoding))
        .collect();
    let mut outcomes: Vec<FileOutcome> = result
        .files
        .iter()
        .filter(|f| f.requested)
        .map(|f| FileOutcome {
            path: f.path.clone(),
            text: f.text.clone(),
            diagnostics: Vec::new(),
            findings: Vec::new(),
            broken: false,
        })
        .collect();
    // Where each scanned file's diagnostics go: only requested files are published.
    let mut next = 0;
    let slots: Vec<Option<usize>> = result
        .files
        .iter()
        .map(|f| {
            f.requested.then(|| {
                next += 1;
                next - 1
            })
        })
        .collect();
    let slot = |file: usize| slots[file];
    for finding in &result.findings {
        if let Some(i) = slot(finding.file) {
            let diagnostic = finding_diagnostic(finding, catalogue, &positions, result);
            outcomes[i].diagnostics.push(diagnostic);
            outcomes[i].findings.push(finding.clone());
        }
    }
    for error in result.errors.iter().chain(&result.notes) {
        if let Some(i) = error.file.and_then(slot) {
            outcomes[i].broken |= error.kind == "parse-error";
            let diagnostic = error_diagnostic(error, &positions[error.file.unwrap_or(0)]);
            outcomes[i].diagnostics.push(diagnostic);
        }
    }
    // A file of the module that could not be read (not UTF-8, not readable) has no text to
    // point into: its error goes at its start. One of a called module is that module's own.
    let unreadable = result.errors.iter().filter(|e| {
        e.file.is_none() && e.kind == "read-error" && Path::new(&e.path).parent() == Some(dir)
    });
    outcomes.extend(unreadable.map(|error| FileOutcome {
        path: PathBuf::from(&error.path),
        text: Arc::from(""),
        diagnostics: vec![error_diagnostic(error, &Positions::new("", encoding))],
        findings: Vec::new(),
        broken: false,
    }));
    for outcome in outcomes.iter_mut().filter(|o| o.broken) {
        outcome
            .diagnostics
            .retain(|d| d.code == Some(code("parse-error")));
        outcome.findings.clear();
    }
    outcomes
}

fn finding_diagnostic(
    finding: &Finding,
    catalogue: &Catalogue,
    positions: &[Positions],
    result: &ScanResult,
) -> Diagnostic {
    let href = catalogue
        .find(&finding.rule_id)
        .and_then(crate::report::rule_doc_url)
        .and_then(|url| url.parse().ok());
    let related = finding
        .related
        .iter()
        .map(|r| DiagnosticRelatedInformation {
            location: Location::new(
                uri_of(&result.files[r.file].path),
                positions[r.file].range(&r.span),
            ),
            message: r.message.to_string(),
        })
        .collect::<Vec<_>>();
    Diagnostic {
        range: positions[finding.file].range(&finding.span),
        severity: Some(severity(finding.severity)),
        code: Some(code(&finding.rule_id)),
        code_description: href.map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message: message(finding),
        related_information: (!related.is_empty()).then_some(related),
        ..Diagnostic::default()
    }
}

/// The rule's title, what is wrong, and the criteria it evidences: `… (SOC 2 CC6.1, CC6.7)`.
fn message(finding: &Finding) -> String {
    let criteria: Vec<String> = [("soc2", "SOC 2"), ("sox", "SOX")]
        .into_iter()
        .filter_map(|(framework, label)| {
            let ids = finding
                .criteria
                .get(framework)
                .filter(|ids| !ids.is_empty())?;
            Some(format!("{label} {}", ids.join(", ")))
        })
        .collect();
    let mut text = format!("{}: {}", finding.title, finding.message);
    if !criteria.is_empty() {
        text.push_str(&format!(" ({})", criteria.join("; ")));
    }
    text
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Critical | Severity::High => DiagnosticSeverity::ERROR,
        Severity::Medium => DiagnosticSeverity::WARNING,
        Severity::Low => DiagnosticSeverity::INFORMATION,
        Severity::Info => DiagnosticSeverity::HINT,
    }
}

/// Errors stop a file being checked; a suppression that no longer applies wants fixing; the
/// other notes only inform.
fn error_diagnostic(error: &ScanError, positions: &Positions) -> Diagnostic {
    let severity = match error.kind {
        "expired-suppression" | "invalid-suppression" => DiagnosticSeverity::WARNING,
        "note" | "unused-suppression" => DiagnosticSeverity::INFORMATION,
        _ => DiagnosticSeverity::ERROR,
    };
    Diagnostic {
        range: positions.range(&error.span),
        severity: Some(severity),
        code: Some(code(error.kind)),
        source: Some(SOURCE.to_string()),
        message: error.message.clone(),
        // Editors fade a directive that suppresses nothing, as they fade unused code.
        tags: (error.kind == "unused-suppression").then(|| vec![DiagnosticTag::UNNECESSARY]),
        ..Diagnostic::default()
    }
}

fn code(text: &str) -> NumberOrString {
    NumberOrString::String(text.to_string())
}
