//! Coverage of a framework: per criterion, the rules that test it, and in a scan whether its
//! rules found anything. `tfcomply coverage`, `scan --framework` and the coverage doc pages.

use super::Positions;
use crate::check::ScanResult;
use crate::findings::Finding;
use crate::rules::{Catalogue, Criterion, Framework, Rule};
use serde_json::{Value, json};

/// The rules that give evidence for a criterion, among `rules`.
fn testing<'r>(rules: &[&'r Rule], framework: &str, criterion: &Criterion) -> Vec<&'r Rule> {
    rules
        .iter()
        .filter(|r| {
            r.criteria
                .get(framework)
                .is_some_and(|ids| ids.contains(&criterion.id))
        })
        .copied()
        .collect()
}

/// Why no rule tests a criterion: the framework's own statement, or that none is written yet.
fn untested_reason(criterion: &Criterion) -> &str {
    criterion
        .outside_iac
        .as_deref()
        .unwrap_or("no rule in this catalogue tests it yet")
}

/// A framework's criteria split in two: those the catalogue's rules test, each with its
/// rules, and those none tests.
struct Split<'a> {
    tested: Vec<(&'a Criterion, Vec<&'a Rule>)>,
    untested: Vec<&'a Criterion>,
}

fn split<'a>(catalogue: &'a Catalogue, framework: &'a Framework) -> Split<'a> {
    let all: Vec<&Rule> = catalogue.rules.iter().collect();
    let mut split = Split {
        tested: Vec::new(),
        untested: Vec::new(),
    };
    for criterion in &framework.criteria {
        match testing(&all, &framework.id, criterion) {
            rules if rules.is_empty() => split.untested.push(criterion),
            rules => split.tested.push((criterion, rules)),
        }
    }
    split
}

/// `tfcomply coverage`: a plain table for the terminal.
pub fn render(catalogue: &Catalogue, framework: &Framework) -> String {
    let Split { tested, untested } = split(catalogue, framework);
    let mut out = format!("{}\n\n", framework.title);
    for (criterion, rules) in &tested {
        out.push_str(&format!(
            "{:<8} {} ({} rules)\n",
            criterion.id,
            criterion.title,
            rules.len()
        ));
        for rule in rules {
            out.push_str(&format!(
                "         {:<7} {:<48} {:<8} {}\n",
                rule.id,
                rule.name,
                rule.severity,
                rule.preset.as_str()
            ));
        }
    }
    out.push_str(&format!(
        "\nNot evidenced by infrastructure code ({} of {} criteria):\n",
        untested.len(),
        framework.criteria.len()
    ));
    for criterion in &untested {
        out.push_str(&format!(
            "{:<8} {}: {}\n",
            criterion.id,
            criterion.title,
            untested_reason(criterion)
        ));
    }
    out.push_str(&format!(
        "\n{} of {} criteria are tested by {} rules.\n",
        tested.len(),
        framework.criteria.len(),
        catalogue.rules.len()
    ));
    out
}

/// The coverage page of `docs/` for one framework.
pub fn markdown(catalogue: &Catalogue, framework: &Framework) -> String {
    let Split { tested, untested } = split(catalogue, framework);
    let mut out = format!(
        "# {} coverage\n\nGenerated from `rules/` by `TFCOMPLY_UPDATE_DOCS=1 cargo test --test docs`; do not edit. \
         `tfcomply coverage --framework {}` prints the same.\n\n\
         | criterion | title | rules |\n| --- | --- | --- |\n",
        framework.title, framework.id
    );
    for (criterion, rules) in &tested {
        let links: Vec<String> = rules
            .iter()
            .map(|r| format!("[{}](rules/{}.md)", r.id, r.id))
            .collect();
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            criterion.id,
            criterion.title,
            links.join(", ")
        ));
    }
    out.push_str(
        "\n## Not evidenced by infrastructure code\n\n| criterion | title | why |\n| --- | --- | --- |\n",
    );
    for criterion in untested {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            criterion.id,
            criterion.title,
            untested_reason(criterion)
        ));
    }
    out
}

/// One criterion's outcome in a scan: the rules that ran for it and what they found.
struct Outcome<'a> {
    criterion: &'a Criterion,
    rules: Vec<&'a Rule>,
    findings: Vec<&'a Finding>,
}

fn outcomes<'a>(
    result: &'a ScanResult,
    framework: &'a Framework,
    ran: &[&'a Rule],
) -> Vec<Outcome<'a>> {
    framework
        .criteria
        .iter()
        .map(|criterion| Outcome {
            criterion,
            rules: testing(ran, &framework.id, criterion),
            findings: result
                .findings
                .iter()
                .filter(|f| {
                    f.criteria
                        .get(&framework.id)
                        .is_some_and(|ids| ids.contains(&criterion.id))
                })
                .collect(),
        })
        .filter(|o| !o.rules.is_empty())
        .collect()
}

/// `scan --framework`: the findings grouped by criterion, each criterion passed or failed.
pub fn scan_summary(
    result: &ScanResult,
    catalogue: &Catalogue,
    framework: &str,
    ran: &[&Rule],
) -> String {
    let Some(framework) = catalogue.framework(framework) else {
        return String::new();
    };
    let positions = Positions::new(result);
    let outcomes = outcomes(result, framework, ran);
    let mut out = format!("\n{}\n", framework.title);
    for outcome in &outcomes {
        let status = if outcome.findings.is_empty() {
            "PASS"
        } else {
            "FAIL"
        };
        out.push_str(&format!(
            "{status}  {:<8} {}: {} findings, {} rules\n",
            outcome.criterion.id,
            outcome.criterion.title,
            outcome.findings.len(),
            outcome.rules.len()
        ));
        for finding in &outcome.findings {
            let (line, column) = positions.line_col(finding.file, finding.span.start);
            out.push_str(&format!(
                "      {}:{line}:{column} {} {} {}\n",
                result.files[finding.file].path.display(),
                finding.rule_id,
                finding.resource.address,
                finding.message
            ));
        }
    }
    let failed = outcomes.iter().filter(|o| !o.findings.is_empty()).count();
    out.push_str(&format!(
        "{} criteria tested: {} passed, {failed} failed; {} not tested by the rules that ran (`tfcomply coverage --framework {}`)\n",
        outcomes.len(),
        outcomes.len() - failed,
        framework.criteria.len() - outcomes.len(),
        framework.id
    ));
    out
}

/// `scan --framework --format json`: the same, as the report's `criteria` array.
pub fn scan_json(
    result: &ScanResult,
    catalogue: &Catalogue,
    framework: &str,
    ran: &[&Rule],
) -> Value {
    let Some(framework) = catalogue.framework(framework) else {
        return Value::Null;
    };
    let criteria: Vec<Value> = outcomes(result, framework, ran)
        .iter()
        .map(|o| {
            json!({
                "id": o.criterion.id,
                "title": o.criterion.title,
                "status": if o.findings.is_empty() { "pass" } else { "fail" },
                "rules": o.rules.iter().map(|r| &r.id).collect::<Vec<_>>(),
                "findings": o.findings.len(),
            })
        })
        .collect();
    json!({ "framework": framework.id, "criteria": criteria })
}
