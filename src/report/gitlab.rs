//! `--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`), the
//! findings that merge requests show in their widget and diff. Active findings only:
//! accepted ones are not issues to fix.

use super::{Locator, Report, grades};
use crate::findings::Finding;
use rayon::prelude::*;
use serde_json::{Value, json};

pub fn render(report: &Report) -> String {
    let locator = Locator::new(report);
    let issues: Vec<Value> = report
        .result
        .findings
        .par_iter()
        .map(|f| issue(f, &locator))
        .collect();
    let mut text = serde_json::to_string_pretty(&issues).unwrap_or_default();
    text.push('\n');
    text
}

/// An issue. GitLab tells issues apart by `fingerprint` alone; a finding's fingerprint is
/// unique in a scan (one rule fails one resource instance once) and does not move with
/// lines, so an issue keeps its identity across pipelines.
fn issue(finding: &Finding, locator: &Locator) -> Value {
    let located = locator.finding(finding);
    json!({
        "description": located.text(finding),
        "check_name": finding.rule_id,
        "fingerprint": finding.fingerprint,
        "severity": grades(finding.severity).gitlab,
        "location": {
            "path": located.place.path,
            "lines": { "begin": located.place.start.0, "end": located.place.end.0 },
        },
        "categories": ["Security"],
    })
}

#[cfg(test)]
mod tests {
    use crate::findings::{Suppression, SuppressionKind};
    use crate::report::Format;
    use crate::report::testing::Fixture;

    #[test]
    fn only_active_findings_are_issues_graded_on_gitlab_scale() {
        let text = "resource \"aws_db_instance\" \"d\" {\n  storage_encrypted = false\n}\n";
        let mut fixture = Fixture::new(&[("db/main.tf", text)]);
        let high = fixture.finding("ENC002", "aws_db_instance.d", 0, 35..60, Vec::new());
        let mut accepted = fixture.finding("TAG004", "aws_db_instance.d", 0, 0..31, Vec::new());
        accepted.suppression = Some(Suppression {
            kind: SuppressionKind::Baseline,
            reason: "known".to_string(),
            expires: None,
            place: None,
        });
        let fingerprint = high.fingerprint.clone();
        fixture.result.findings.push(high);
        fixture.result.suppressed.push(accepted);
        let issues: serde_json::Value =
            serde_json::from_str(&fixture.render(Format::Gitlab)).unwrap();
        assert_eq!(
            issues,
            serde_json::json!([{
                "description": format!("{} (aws_db_instance.d)", fixture.result.findings[0].message),
                "check_name": "ENC002",
                "fingerprint": fingerprint,
                "severity": "critical",
                "location": { "path": "db/main.tf", "lines": { "begin": 2, "end": 2 } },
                "categories": ["Security"],
            }])
        );
    }
}
