//! `--format json`: the stable machine-readable report (schema in README.md).

use super::{Positions, by_severity};
use crate::check::{ScanError, ScanResult};
use crate::findings::Finding;
use crate::model::Related;
use rayon::prelude::*;
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};

pub const SCHEMA_VERSION: u32 = 1;

/// The report's top level, in the order the schema documents. Findings are rendered each on
/// its own core, already indented for their place (a nightly scan has thousands).
#[derive(serde::Serialize)]
struct Report {
    version: u32,
    tool: Value,
    findings: Vec<Box<RawValue>>,
    /// Accepted findings, each with its suppression: evidence of what was accepted and why.
    suppressed: Vec<Box<RawValue>>,
    errors: Vec<Value>,
    notes: Vec<Value>,
    summary: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    unexpanded: Option<Vec<Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unknown: Option<Vec<Box<RawValue>>>,
    /// With `--framework`: each criterion the rules that ran test, passed or failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    by_criterion: Option<Value>,
}

pub fn render(result: &ScanResult, show_unknown: bool) -> String {
    render_with(result, show_unknown, None)
}

/// The report, with `by_criterion` when the findings are grouped by a framework.
pub fn render_with(result: &ScanResult, show_unknown: bool, by_criterion: Option<Value>) -> String {
    let positions = Positions::new(result);
    let positions = &positions;
    let mut report = Report {
        version: SCHEMA_VERSION,
        tool: json!({"name": "tfcomply", "version": env!("CARGO_PKG_VERSION")}),
        findings: result
            .findings
            .par_iter()
            .map(|f| array_element(&finding(f, result, positions)))
            .collect(),
        suppressed: result
            .suppressed
            .par_iter()
            .map(|f| {
                let mut entry = finding(f, result, positions);
                entry["suppression"] = suppression(f, result, positions);
                array_element(&entry)
            })
            .collect(),
        errors: result
            .errors
            .iter()
            .map(|e| problem(e, result, positions))
            .collect(),
        notes: result
            .notes
            .iter()
            .map(|e| problem(e, result, positions))
            .collect(),
        summary: json!({
            "files": result.files.iter().filter(|f| f.requested).count(),
            "resources": result.resources,
            "findings": result.findings.len(),
            "suppressed": result.suppressed.len(),
            "by_severity": by_severity(result)
                .into_iter()
                .map(|(s, n)| (s.as_str().to_string(), Value::from(n)))
                .collect::<Map<_, _>>(),
        }),
        unexpanded: None,
        unknown: None,
        by_criterion,
    };
    if show_unknown {
        report.unexpanded = Some(
            result
                .unexpanded
                .iter()
                .map(|u| {
                    let file = &result.files[u.file];
                    let (line, column) = positions.line_col(u.file, u.span.start);
                    json!({"address": u.address, "file": file.path.display().to_string(), "line": line, "column": column, "reason": u.reason})
                })
                .collect(),
        );
        report.summary["evaluation"] = json!({
            "attributes": result.unknown.attributes,
            "unknown_attributes": result.unknown.unknown,
        });
        report.unknown = Some(
            result
                .undecided
                .par_iter()
                .map(|u| {
                    let mut entry = finding(&u.finding, result, positions);
                    entry["reason"] = Value::from(u.reason.as_str());
                    array_element(&entry)
                })
                .collect(),
        );
    }
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}

/// An element of a top-level array, pretty-printed as the whole report would print it there:
/// two levels deep. JSON strings hold no raw line breaks, so every one is a line of layout.
fn array_element(value: &Value) -> Box<RawValue> {
    let text = serde_json::to_string_pretty(value)
        .unwrap_or_default()
        .replace('\n', "\n    ");
    RawValue::from_string(text).expect("serde_json writes valid JSON")
}

fn problem(e: &ScanError, result: &ScanResult, positions: &Positions) -> Value {
    let (line, column) = e
        .file
        .map_or((0, 0), |f| positions.line_col(f, e.span.start));
    json!({
        "file": e.path,
        "line": line,
        "column": column,
        "message": e.message,
        "kind": e.kind,
        "related": related(&e.related, result, positions),
    })
}

/// `[{file, line, column, message}]`: where a value came from, a declaration it must fit.
fn related(places: &[Related], result: &ScanResult, positions: &Positions) -> Value {
    places
        .iter()
        .map(|r| {
            let (line, column) = positions.line_col(r.file, r.span.start);
            json!({
                "file": result.files[r.file].path.display().to_string(),
                "line": line,
                "column": column,
                "message": r.message.as_ref(),
            })
        })
        .collect()
}

/// `{kind, reason, expires, file, line}`: why an accepted finding is accepted, and where.
fn suppression(f: &Finding, result: &ScanResult, positions: &Positions) -> Value {
    let Some(s) = &f.suppression else {
        return Value::Null;
    };
    let mut value = json!({
        "kind": s.kind.as_str(),
        "reason": s.reason,
        "expires": s.expires,
    });
    if let Some((file, span)) = &s.place {
        let (line, _) = positions.line_col(*file, span.start);
        value["file"] = Value::from(result.files[*file].path.display().to_string());
        value["line"] = Value::from(line);
    }
    value
}

fn finding(f: &Finding, result: &ScanResult, positions: &Positions) -> Value {
    let file = &result.files[f.file];
    let (line, column) = positions.line_col(f.file, f.span.start);
    let (end_line, end_column) = positions.line_col(f.file, f.span.end);
    let resource_file = &result.files[f.resource.file];
    let (resource_line, _) = positions.line_col(f.resource.file, f.resource.span.start);
    let (resource_end_line, _) = positions.line_col(f.resource.file, f.resource.span.end);
    json!({
        "rule_id": f.rule_id,
        "rule_name": f.rule_name,
        "fingerprint": f.fingerprint,
        "family": f.family,
        "severity": f.severity,
        "message": f.message,
        "criteria": f.criteria,
        "file": file.path.display().to_string(),
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "related": related(&f.related, result, positions),
        "resource": {
            "address": f.resource.address,
            "root": f.resource.root,
            "type": f.resource.kind,
            "file": resource_file.path.display().to_string(),
            "line": resource_line,
            "end_line": resource_end_line,
            "instances_unknown": f.resource.instances_unknown,
        },
    })
}
