//! `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. One run:
//! every rule that ran (what was checked, not only what failed), a result per finding and
//! per accepted finding (with its suppression), and the scan's errors and notes as the
//! invocation's notifications.

use super::{
    Locator, Place, Report, criteria_lines, grades, rule_doc_url, suppression_reason, uri_path,
};
use crate::check::ScanError;
use crate::findings::{Finding, Suppression, SuppressionKind};
use crate::rules::{Catalogue, Rule};
use rayon::prelude::*;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::Path;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The base of the results' paths: the source root, named in `originalUriBaseIds`.
const SOURCE_ROOT: &str = "%SRCROOT%";

pub fn render(report: &Report) -> String {
    let locator = Locator::new(report);
    let result = report.result;
    let index: HashMap<&str, usize> = report
        .ran
        .iter()
        .enumerate()
        .map(|(i, rule)| (rule.id.as_str(), i))
        .collect();
    let results: Vec<Value> = result
        .findings
        .par_iter()
        .chain(result.suppressed.par_iter())
        .map(|f| finding(f, index.get(f.rule_id.as_str()).copied(), &locator))
        .collect();
    let notifications: Vec<Value> = result
        .errors
        .iter()
        .map(|e| notification(e, "error", &locator))
        .chain(
            result
                .notes
                .iter()
                .map(|e| notification(e, "note", &locator)),
        )
        .collect();
    let rules: Vec<Value> = report
        .ran
        .par_iter()
        .map(|r| rule(r, report.catalogue))
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "tfcomply",
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                },
            },
            "originalUriBaseIds": { SOURCE_ROOT: { "uri": root_uri(report.source_root) } },
            // Columns count characters, not SARIF's default UTF-16 code units.
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": result.errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

/// A rule as a reporting descriptor. The tags and `security-severity` are what GitHub code
/// scanning files and ranks security alerts by.
fn rule(rule: &Rule, catalogue: &Catalogue) -> Value {
    let levels = grades(rule.severity);
    let criteria = criteria_lines(&rule.criteria, catalogue);
    let mut help = rule.remediation.clone();
    let mut markdown = format!("{}\n", rule.remediation);
    for (label, text) in &criteria {
        help.push_str(&format!("\n{label}: {text}"));
        markdown.push_str(&format!("\n- **{label}:** {text}"));
    }
    let mut tags = vec!["security".to_string(), rule.family.clone()];
    for (framework, ids) in &rule.criteria {
        tags.extend(ids.iter().map(|id| format!("{framework}/{id}")));
    }
    // The rule files wrap `why` for reading in the source: one paragraph here.
    let why = rule.why.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut descriptor = json!({
        "id": rule.id,
        "name": rule.name,
        "shortDescription": { "text": rule.title },
        "fullDescription": { "text": if why.is_empty() { &rule.message } else { &why } },
        "help": { "text": help, "markdown": markdown },
        "defaultConfiguration": { "level": levels.sarif },
        "properties": {
            "tags": tags,
            "security-severity": levels.security_severity,
            "precision": "high",
        },
    });
    if let Some(url) = rule_doc_url(rule) {
        descriptor["helpUri"] = Value::from(url);
    }
    descriptor
}

fn finding(f: &Finding, rule_index: Option<usize>, locator: &Locator) -> Value {
    let located = locator.finding(f);
    // The resource's address is the finding's logical location, beside its place in a file.
    let mut place = location(&located.place);
    place["logicalLocations"] =
        json!([{ "fullyQualifiedName": f.resource.address, "kind": "resource" }]);
    let mut result = json!({
        "ruleId": f.rule_id,
        "level": grades(f.severity).sarif,
        // A sentence, as SARIF validators ask of a result's message.
        "message": { "text": format!("{}.", located.text(f)) },
        "locations": [place],
        "partialFingerprints": { "tfcomply/v1": f.fingerprint },
        "properties": {
            "severity": f.severity,
            "resource": f.resource.address,
            "root": f.resource.root,
            "criteria": f.criteria,
        },
    });
    if let Some(index) = rule_index {
        result["ruleIndex"] = Value::from(index);
    }
    // Where the offending value came from, when the repository holds that file.
    let related: Vec<Value> = f
        .related
        .iter()
        .map(|r| (locator.place(r.file, &r.span), r))
        .filter(|(place, _)| place.in_root)
        .enumerate()
        .map(|(id, (place, r))| {
            let mut entry = location(&place);
            entry["id"] = Value::from(id);
            entry["message"] = json!({ "text": r.message.as_ref() });
            entry
        })
        .collect();
    if !related.is_empty() {
        result["relatedLocations"] = Value::from(related);
    }
    if let Some(suppression) = &f.suppression {
        result["suppressions"] = json!([accepted(suppression, locator)]);
    }
    result
}

/// An accepted finding's suppression: in the source for a comment, external for the
/// configuration or a baseline.
fn accepted(suppression: &Suppression, locator: &Locator) -> Value {
    let kind = match suppression.kind {
        SuppressionKind::Inline => "inSource",
        SuppressionKind::Config | SuppressionKind::Baseline => "external",
    };
    let mut entry = json!({
        "kind": kind,
        "status": "accepted",
        "justification": suppression_reason(suppression),
        "properties": { "acceptedBy": suppression.kind.as_str() },
    });
    let place = suppression
        .place
        .as_ref()
        .map(|(file, span)| locator.place(*file, span))
        .filter(|place| place.in_root);
    if let Some(place) = place {
        entry["location"] = location(&place);
    }
    entry
}

fn notification(error: &ScanError, level: &str, locator: &Locator) -> Value {
    let mut entry = json!({
        "level": level,
        "message": { "text": locator.error_text(error) },
        "properties": { "kind": error.kind },
    });
    if let Some(place) = locator.error(error) {
        entry["locations"] = json!([location(&place)]);
    }
    entry
}

/// A SARIF location. A path the repository does not hold is not relative to the source
/// root, so it gets no base.
fn location(place: &Place) -> Value {
    let mut artifact = json!({ "uri": uri_path(&place.path) });
    if place.in_root {
        artifact["uriBaseId"] = Value::from(SOURCE_ROOT);
    }
    json!({
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": {
                "startLine": place.start.0,
                "startColumn": place.start.1,
                "endLine": place.end.0,
                "endColumn": place.end.1,
            },
        },
    })
}

/// The source root as a `file:` URI; a base URI ends with `/`.
fn root_uri(root: &Path) -> String {
    let path = root.to_string_lossy().replace('\\', "/");
    let path = path.trim_end_matches('/');
    let lead = if path.starts_with('/') { "" } else { "/" };
    format!("file://{lead}{}/", uri_path(path))
}

#[cfg(test)]
mod tests {
    use crate::findings::{Suppression, SuppressionKind};
    use crate::report::Format;
    use crate::report::testing::Fixture;
    use serde_json::{Value, json};

    #[test]
    fn accepted_findings_are_results_with_their_suppression() {
        let text = "# tfcomply:ignore ENC002 dev only\nresource \"aws_db_instance\" \"a\" {}\n";
        let mut fixture = Fixture::new(&[("main.tf", text)]);
        for (address, kind, expires) in [
            ("aws_db_instance.a", SuppressionKind::Inline, None),
            (
                "aws_db_instance.b",
                SuppressionKind::Baseline,
                Some("2030-01-31"),
            ),
        ] {
            let mut finding = fixture.finding("ENC002", address, 0, 34..66, Vec::new());
            finding.suppression = Some(Suppression {
                kind,
                reason: "dev only".to_string(),
                expires: expires.map(str::to_string),
                place: Some((0, 0..33)),
            });
            fixture.result.suppressed.push(finding);
        }
        let log: Value = serde_json::from_str(&fixture.render(Format::Sarif)).unwrap();
        let results = log["runs"][0]["results"].as_array().unwrap();
        let suppressions: Vec<&Value> = results.iter().map(|r| &r["suppressions"]).collect();
        let place = json!({
            "physicalLocation": {
                "artifactLocation": { "uri": "main.tf", "uriBaseId": "%SRCROOT%" },
                "region": { "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 34 },
            },
        });
        assert_eq!(
            suppressions,
            [
                &json!([{
                    "kind": "inSource",
                    "status": "accepted",
                    "justification": "dev only",
                    "properties": { "acceptedBy": "inline" },
                    "location": place,
                }]),
                &json!([{
                    "kind": "external",
                    "status": "accepted",
                    "justification": "dev only (expires 2030-01-31)",
                    "properties": { "acceptedBy": "baseline" },
                    "location": place,
                }]),
            ]
        );
        let rules = &log["runs"][0]["tool"]["driver"]["rules"];
        let index = results[0]["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], "ENC002");
        assert_eq!(rules[index]["properties"]["security-severity"], "8.0");
    }
}
