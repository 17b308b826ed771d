//! The report for people: miette's graphical diagnostics and a one-line summary.

use super::excerpt::Excerpt;
use super::{Positions, criteria_lines, plural, severity_counts};
use crate::check::{ScanError, ScanResult};
use crate::findings::Finding;
use crate::model::Related;
use crate::parse::is_plan_path;
use crate::rules::{Catalogue, Severity};
use crate::syntax::Span;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};
use std::fmt;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

pub fn render(
    result: &ScanResult,
    catalogue: &Catalogue,
    style: &Style,
    show_unknown: bool,
) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false);
    let positions = Positions::new(result);
    let mut out = String::new();
    for error in result.errors.iter().chain(&result.notes) {
        let diagnostic = ErrorDiagnostic::new(error, result, &positions);
        render_one(&handler, &diagnostic, &mut out);
    }
    for finding in &result.findings {
        render_one(
            &handler,
            &FindingDiagnostic::new(finding, result, &positions, catalogue, None),
            &mut out,
        );
    }
    if show_unknown {
        for undecided in &result.undecided {
            let diagnostic = FindingDiagnostic::new(
                &undecided.finding,
                result,
                &positions,
                catalogue,
                Some(&undecided.reason),
            );
            render_one(&handler, &diagnostic, &mut out);
        }
    }
    if show_unknown {
        out.push_str(&unknown_section(result, &positions));
    }
    out.push_str(&summary(result));
    out.push('\n');
    out
}

/// What evaluation could not know: resources never checked, and unknown attributes by reason.
fn unknown_section(result: &ScanResult, positions: &Positions) -> String {
    let mut out = String::new();
    for u in &result.unexpanded {
        let file = &result.files[u.file];
        let (line, column) = positions.line_col(u.file, u.span.start);
        out.push_str(&format!(
            "not checked: {} ({}:{line}:{column}): {}\n",
            u.address,
            file.path.display(),
            u.reason
        ));
    }
    let stats = &result.unknown;
    let unknown: usize = stats.unknown.values().sum();
    out.push_str(&format!(
        "{unknown} of {} attributes are unknown before apply",
        stats.attributes
    ));
    let mut reasons: Vec<_> = stats.unknown.iter().collect();
    reasons.sort_by(|a, b| b.1.cmp(a.1));
    for (reason, n) in reasons {
        out.push_str(&format!("\n  {n:>6}  {reason}"));
    }
    out.push_str("\n\n");
    out
}

fn render_one(handler: &GraphicalReportHandler, diagnostic: &dyn Diagnostic, out: &mut String) {
    // Writing to a String cannot fail.
    let _ = handler.render_report(out, diagnostic);
    out.push('\n');
}

pub fn summary(result: &ScanResult) -> String {
    let counts = severity_counts(result);
    let findings = match result.findings.len() {
        0 => "no findings".to_string(),
        1 => format!("1 finding ({counts})"),
        n => format!("{n} findings ({counts})"),
    };
    let files = result.files.iter().filter(|f| f.requested).count();
    let mut line = format!(
        "Scanned {files} {}, {} {}: {findings}",
        plural(files, "file"),
        result.resources,
        plural(result.resources, "resource"),
    );
    if !result.errors.is_empty() {
        line.push_str(&format!(
            ", {} {}",
            result.errors.len(),
            plural(result.errors.len(), "error")
        ));
    }
    if !result.suppressed.is_empty() {
        line.push_str(&format!(
            ", {} suppressed (see --format json; --no-ignore shows them)",
            result.suppressed.len()
        ));
    }
    if !result.undecided.is_empty() {
        line.push_str(&format!(
            ", {} undecided (unknown before apply; see --show-unknown)",
            result.undecided.len()
        ));
    }
    line
}

struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    source: Excerpt,
    message: String,
    help: String,
    related: Vec<RelatedDiagnostic>,
}

impl<'a> FindingDiagnostic<'a> {
    fn new(
        finding: &'a Finding,
        result: &'a ScanResult,
        positions: &Positions,
        catalogue: &Catalogue,
        unknown: Option<&str>,
    ) -> Self {
        let mut help = finding.remediation.clone();
        for (label, criteria) in criteria_lines(&finding.criteria, catalogue) {
            help.push_str(&format!("\n{label}: {criteria}"));
        }
        // A resource in a called module is named relative to the root that calls it.
        let address = &finding.resource.address;
        let mut address = if address.starts_with("module.") {
            format!("{address} (from {})", finding.resource.root)
        } else {
            address.clone()
        };
        if finding.resource.instances_unknown {
            address.push_str(" (every instance: count/for_each unknown before apply)");
        }
        let message = match unknown {
            None => format!("[{}] {address}: {}", finding.severity, finding.message),
            Some(reason) => format!("[undecided] {address}: {} ({reason})", finding.title),
        };
        FindingDiagnostic {
            finding,
            source: excerpt(result, positions, finding.file, &finding.span),
            message,
            help,
            related: RelatedDiagnostic::all(&finding.related, result, positions),
        }
    }
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(format!(
            "{}({})",
            self.finding.rule_id, self.finding.rule_name
        )))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Critical | Severity::High => miette::Severity::Error,
            Severity::Medium | Severity::Low => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.help))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = &self.source.span;
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(
                Some(self.finding.title.clone()),
                span.start..span.end,
            ),
        )))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        RelatedDiagnostic::iter(&self.related)
    }
}

/// The lines around `span` in a scanned file, for one diagnostic.
fn excerpt(result: &ScanResult, positions: &Positions, file: usize, span: &Span) -> Excerpt {
    let source = &result.files[file];
    Excerpt::new(
        source.path.display().to_string(),
        &source.text,
        positions.line_index(file),
        span.clone(),
        is_plan_path(&source.path.to_string_lossy()),
    )
}

/// A place that explains a finding or an error (where a value came from), shown with it.
struct RelatedDiagnostic {
    message: Arc<str>,
    source: Excerpt,
}

impl RelatedDiagnostic {
    fn all(places: &[Related], result: &ScanResult, positions: &Positions) -> Vec<Self> {
        places
            .iter()
            .map(|r| RelatedDiagnostic {
                message: r.message.clone(),
                source: excerpt(result, positions, r.file, &r.span),
            })
            .collect()
    }

    fn iter<'b>(list: &'b [Self]) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        (!list.is_empty()).then(|| {
            Box::new(list.iter().map(|r| r as &dyn Diagnostic))
                as Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>
        })
    }
}

impl fmt::Debug for RelatedDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for RelatedDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RelatedDiagnostic {}

impl Diagnostic for RelatedDiagnostic {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = &self.source.span;
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(None, span.start..span.end),
        )))
    }
}

struct ErrorDiagnostic<'a> {
    error: &'a ScanError,
    source: Option<Excerpt>,
    related: Vec<RelatedDiagnostic>,
}

impl<'a> ErrorDiagnostic<'a> {
    fn new(error: &'a ScanError, result: &'a ScanResult, positions: &Positions) -> Self {
        ErrorDiagnostic {
            error,
            source: error
                .file
                .map(|f| excerpt(result, positions, f, &error.span)),
            related: RelatedDiagnostic::all(&error.related, result, positions),
        }
    }
}

impl fmt::Debug for ErrorDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.error.message)
    }
}

impl fmt::Display for ErrorDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.error.path.as_str() {
            "" => f.write_str(&self.error.message),
            path => write!(f, "{path}: {}", self.error.message),
        }
    }
}

impl std::error::Error for ErrorDiagnostic<'_> {}

impl Diagnostic for ErrorDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.error.kind))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.error.kind {
            "note" => miette::Severity::Advice,
            // A suppression comment to mend: not an error of the scan, but worth acting on.
            kind if kind.ends_with("-suppression") => miette::Severity::Warning,
            _ => miette::Severity::Error,
        })
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = &self.source.as_ref()?.span;
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some("here".to_string()), span.start..span.end),
        )))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        RelatedDiagnostic::iter(&self.related)
    }
}
