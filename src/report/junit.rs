//! `--format junit`: JUnit XML, for CI test reports (GitLab `artifacts:reports:junit`,
//! Jenkins, test-summary actions). A suite per rule that ran, a test case per resource the
//! rule checked: passed, failed (a finding), or skipped (accepted, or undecided before
//! apply). Errors of the scan are a suite of their own.

use super::{Locator, Place, Report, criteria_lines, suppression_reason};
use crate::check::ScanError;
use crate::findings::Finding;
use crate::rules::Rule;
use rayon::prelude::*;
use std::collections::HashMap;

/// One resource checked by one rule, and how it came out.
struct Case<'a> {
    finding: &'a Finding,
    outcome: Outcome,
}

enum Outcome {
    Passed,
    Failed,
    /// Skipped, with why: accepted, or not decidable before apply.
    Skipped(String),
}

/// A suite's counts, added up for `<testsuites>`.
#[derive(Default)]
struct Counts {
    tests: usize,
    failures: usize,
    errors: usize,
    skipped: usize,
}

pub fn render(report: &Report) -> String {
    let locator = Locator::new(report);
    let cases = cases_by_rule(report);
    let suites: Vec<(String, Counts)> = report
        .ran
        .par_iter()
        .map(|rule| {
            let cases = cases.get(rule.id.as_str()).map_or(&[][..], Vec::as_slice);
            rule_suite(rule, cases, report, &locator)
        })
        .collect();
    let errors = (!report.result.errors.is_empty()).then(|| error_suite(report, &locator));
    let mut total = Counts::default();
    for (_, counts) in suites.iter().chain(&errors) {
        total.tests += counts.tests;
        total.failures += counts.failures;
        total.errors += counts.errors;
        total.skipped += counts.skipped;
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"tfcomply\" {}>\n",
        counts_attributes(&total)
    ));
    for (suite, _) in suites.iter().chain(&errors) {
        out.push_str(suite);
    }
    out.push_str("</testsuites>\n");
    out
}

/// Every rule/resource pair the scan decided or left undecided, grouped by rule, each group
/// sorted by place.
fn cases_by_rule<'a>(report: &Report<'a>) -> HashMap<&'a str, Vec<Case<'a>>> {
    let result = report.result;
    let passed = result.passed.iter().map(|f| (f, Outcome::Passed));
    let failed = result.findings.iter().map(|f| (f, Outcome::Failed));
    let accepted = result.suppressed.iter().map(|f| {
        let reason = f.suppression.as_ref().map(suppression_reason);
        (
            f,
            Outcome::Skipped(format!("suppressed: {}", reason.unwrap_or_default())),
        )
    });
    let undecided = result.undecided.iter().map(|u| {
        (
            &u.finding,
            Outcome::Skipped(format!("unknown before apply: {}", u.reason)),
        )
    });
    let mut cases: HashMap<&str, Vec<Case>> = HashMap::new();
    for (finding, outcome) in passed.chain(failed).chain(accepted).chain(undecided) {
        cases
            .entry(finding.rule_id.as_str())
            .or_default()
            .push(Case { finding, outcome });
    }
    for list in cases.values_mut() {
        list.sort_by(|a, b| {
            (
                a.finding.file,
                a.finding.span.start,
                &a.finding.resource.address,
            )
                .cmp(&(
                    b.finding.file,
                    b.finding.span.start,
                    &b.finding.resource.address,
                ))
        });
    }
    cases
}

fn rule_suite(rule: &Rule, cases: &[Case], report: &Report, locator: &Locator) -> (String, Counts) {
    let counts = Counts {
        tests: cases.len(),
        failures: cases
            .iter()
            .filter(|c| matches!(c.outcome, Outcome::Failed))
            .count(),
        errors: 0,
        skipped: cases
            .iter()
            .filter(|c| matches!(c.outcome, Outcome::Skipped(_)))
            .count(),
    };
    let open = format!(
        "  <testsuite name=\"{}\" {}",
        attribute(&format!("{} {}", rule.id, rule.name)),
        counts_attributes(&counts)
    );
    if cases.is_empty() {
        return (format!("{open}/>\n"), counts);
    }
    let mut out = format!("{open}>\n");
    for case in cases {
        out.push_str(&test_case(case, report, locator));
    }
    out.push_str("  </testsuite>\n");
    (out, counts)
}

fn test_case(case: &Case, report: &Report, locator: &Locator) -> String {
    let finding = case.finding;
    let located = locator.finding(finding);
    let open = format!(
        "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"",
        attribute(&finding.resource.address),
        attribute(&finding.rule_id),
        attribute(&located.place.path)
    );
    match &case.outcome {
        Outcome::Passed => format!("{open}/>\n"),
        Outcome::Skipped(why) => {
            format!(
                "{open}>\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                attribute(why)
            )
        }
        Outcome::Failed => {
            let mut body = format!(
                "{}\nat {}\n{}",
                located.text(finding),
                position(&located.place),
                finding.remediation
            );
            for (label, criteria) in criteria_lines(&finding.criteria, report.catalogue) {
                body.push_str(&format!("\n{label}: {criteria}"));
            }
            format!(
                "{open}>\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                attribute(&located.text(finding)),
                finding.severity,
                text(&body)
            )
        }
    }
}

/// The scan's errors, each a test case in error: a file that did not parse is a check that
/// could not run.
fn error_suite(report: &Report, locator: &Locator) -> (String, Counts) {
    let errors = &report.result.errors;
    let counts = Counts {
        tests: errors.len(),
        errors: errors.len(),
        ..Counts::default()
    };
    let mut out = format!(
        "  <testsuite name=\"tfcomply errors\" {}>\n",
        counts_attributes(&counts)
    );
    for error in errors {
        out.push_str(&error_case(error, locator));
    }
    out.push_str("  </testsuite>\n");
    (out, counts)
}

fn error_case(error: &ScanError, locator: &Locator) -> String {
    let place = locator.error(error);
    let name = place.as_ref().map_or(error.kind.to_string(), position);
    let file = place
        .as_ref()
        .map(|p| format!(" file=\"{}\"", attribute(&p.path)))
        .unwrap_or_default();
    let message = locator.error_text(error);
    format!(
        "    <testcase name=\"{}\" classname=\"{}\"{file}>\n      <error message=\"{}\" type=\"{}\">{}</error>\n    </testcase>\n",
        attribute(&name),
        error.kind,
        attribute(&message),
        error.kind,
        text(&message)
    )
}

fn counts_attributes(counts: &Counts) -> String {
    format!(
        "tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\"",
        counts.tests, counts.failures, counts.errors, counts.skipped
    )
}

/// `path:line:column`.
fn position(place: &Place) -> String {
    format!("{}:{}:{}", place.path, place.start.0, place.start.1)
}

/// Character data: `&`, `<` and `>` escaped, and the characters XML 1.0 does not allow at
/// all (most control characters) left out.
fn text(value: &str) -> String {
    escape(value, false)
}

/// An attribute value: as [`text`], quotes escaped, and line breaks and tabs as references,
/// which a parser would otherwise turn into spaces.
fn attribute(value: &str) -> String {
    escape(value, true)
}

fn escape(value: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&apos;"),
            '\n' | '\r' | '\t' if attribute => out.push_str(&format!("&#{};", c as u32)),
            '\n' | '\r' | '\t' => out.push(c),
            c if allowed_in_xml(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// XML 1.0's `Char` production, less the whitespace handled above.
fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Suppression, SuppressionKind, Undecided};
    use crate::report::Format;
    use crate::report::testing::Fixture;

    #[test]
    fn markup_is_escaped_and_characters_xml_forbids_are_left_out() {
        let value = "a<b & \"c\" 'd'\n\te\u{0}\u{1b}\u{FFFE}é";
        assert_eq!(text(value), "a&lt;b &amp; \"c\" 'd'\n\teé");
        assert_eq!(
            attribute(value),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&#10;&#9;eé"
        );
    }

    /// A scan with one case of each kind on ENC002, and a parse error.
    fn fixture() -> Fixture {
        let text = "resource \"aws_db_instance\" \"a\" {}\n";
        let mut fixture = Fixture::new(&[("db/main.tf", text), ("broken.tf", "x {\n")]);
        let case = |address: &str| fixture.finding("ENC002", address, 0, 0..32, Vec::new());
        let (passed, failed, mut accepted, undecided) = (
            case("aws_db_instance.ok"),
            case("aws_db_instance.a"),
            case("aws_db_instance.legacy"),
            case("aws_db_instance.maybe"),
        );
        accepted.suppression = Some(Suppression {
            kind: SuppressionKind::Config,
            reason: "migrating <Q3> & \"later\"".to_string(),
            expires: Some("2030-01-31".to_string()),
            place: None,
        });
        fixture.result.passed.push(passed);
        fixture.result.findings.push(failed);
        fixture.result.suppressed.push(accepted);
        fixture.result.undecided.push(Undecided {
            finding: undecided,
            reason: "var.encrypted is not known".to_string(),
        });
        fixture.result.errors.push(ScanError {
            kind: "parse-error",
            file: Some(1),
            path: "broken.tf".to_string(),
            span: 3..3,
            message: "expected `}` & more".to_string(),
            related: Vec::new(),
        });
        fixture
    }

    #[test]
    fn every_outcome_is_a_test_case_and_the_counts_add_up() {
        let fixture = fixture();
        let xml = fixture.render(Format::Junit);
        let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
        let root = document.root_element();
        let count = |node: roxmltree::Node, name: &str| -> usize {
            node.attribute(name).unwrap().parse().unwrap()
        };
        assert_eq!(
            ["tests", "failures", "errors", "skipped"].map(|a| count(root, a)),
            [5, 1, 1, 2]
        );
        let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
        assert_eq!(suites.len(), fixture.catalogue.rules.len() + 1);
        let enc002 = suites
            .iter()
            .find(|s| s.attribute("name") == Some("ENC002 rds-storage-encrypted"))
            .unwrap();
        let cases: Vec<(&str, Option<&str>, Option<&str>)> = enc002
            .children()
            .filter(|n| n.is_element())
            .map(|case| {
                let outcome = case.first_element_child();
                (
                    case.attribute("name").unwrap(),
                    outcome.map(|o| o.tag_name().name()),
                    outcome.and_then(|o| o.attribute("message")),
                )
            })
            .collect();
        let failure = format!("{} (aws_db_instance.a)", fixture.result.findings[0].message);
        assert_eq!(
            cases,
            // By place, then address.
            [
                ("aws_db_instance.a", Some("failure"), Some(failure.as_str())),
                (
                    "aws_db_instance.legacy",
                    Some("skipped"),
                    Some("suppressed: migrating <Q3> & \"later\" (expires 2030-01-31)")
                ),
                (
                    "aws_db_instance.maybe",
                    Some("skipped"),
                    Some("unknown before apply: var.encrypted is not known")
                ),
                ("aws_db_instance.ok", None, None),
            ]
        );
        let errors = suites.last().unwrap();
        assert_eq!(errors.attribute("name"), Some("tfcomply errors"));
        let error = errors.first_element_child().unwrap();
        assert_eq!(error.attribute("name"), Some("broken.tf:1:4"));
        assert_eq!(error.attribute("file"), Some("broken.tf"));
        assert_eq!(
            error.first_element_child().unwrap().text(),
            Some("expected `}` & more")
        );
    }
}
