//! `tfcomply rules` and `tfcomply explain`: the catalogue as a table, JSON, or one rule's text.

use crate::rules::{Catalogue, Rule};
use serde_json::json;

pub fn table(catalogue: &Catalogue) -> String {
    let mut out = format!(
        "{:<8} {:<40} {:<11} {:<9} {}\n",
        "ID", "NAME", "FAMILY", "SEVERITY", "SOC 2"
    );
    for rule in &catalogue.rules {
        out.push_str(&format!(
            "{:<8} {:<40} {:<11} {:<9} {}\n",
            rule.id,
            rule.name,
            rule.family,
            rule.severity,
            rule.soc2().join(", ")
        ));
    }
    out
}

pub fn json(catalogue: &Catalogue) -> String {
    let rules: Vec<_> = catalogue
        .rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.name,
                "title": r.title,
                "family": r.family,
                "severity": r.severity,
                "resource_types": r.resource_types,
                "criteria": r.criteria,
                "assert": r.assertion_text(),
                "message": r.message,
                "remediation": r.remediation,
                "why": r.why,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&json!({ "rules": rules })).unwrap_or_default();
    text.push('\n');
    text
}

/// A rule's full text as Markdown: `tfcomply explain` and the generated docs page.
pub fn explain(rule: &Rule, catalogue: &Catalogue) -> String {
    let criteria: Vec<String> = rule
        .criteria
        .iter()
        .flat_map(|(framework, ids)| {
            ids.iter()
                .map(move |id| match catalogue.criterion(framework, id) {
                    Some(c) => format!("- {framework} {id}: {}", c.title),
                    None => format!("- {framework} {id}"),
                })
        })
        .collect();
    format!(
        "# {id} {name}\n\n{title}\n\n\
         | family | severity | resource types |\n| --- | --- | --- |\n| {family} | {severity} | {types} |\n\n\
         ## Why it matters\n\n{why}\n\n## What it checks\n\n```hcl\n{assertion}\n```\n\n\
         Finding message: {message}\n\n## Remediation\n\n{remediation}\n\n## Criteria\n\n{criteria}\n",
        id = rule.id,
        name = rule.name,
        title = rule.title,
        family = rule.family,
        severity = rule.severity,
        types = rule.resource_types.join(", "),
        why = rule.why,
        assertion = rule.assertion_text().trim(),
        message = rule.message,
        remediation = rule.remediation,
        criteria = criteria.join("\n"),
    )
}

/// The index page of `docs/rules/`: every rule with a link to its page.
pub fn docs_index(catalogue: &Catalogue) -> String {
    let mut out = String::from(
        "# Rules\n\nGenerated from `rules/` by `TFCOMPLY_UPDATE_DOCS=1 cargo test --test docs`; do not edit.\n\n\
         | id | name | family | severity | SOC 2 |\n| --- | --- | --- | --- | --- |\n",
    );
    for rule in &catalogue.rules {
        out.push_str(&format!(
            "| [{id}]({id}.md) | {name} | {family} | {severity} | {soc2} |\n",
            id = rule.id,
            name = rule.name,
            family = rule.family,
            severity = rule.severity,
            soc2 = rule.soc2().join(", "),
        ));
    }
    out
}

/// Per criterion of each framework, the rules that give evidence for it.
pub fn coverage(catalogue: &Catalogue) -> String {
    let mut out = String::from(
        "# Coverage by criterion\n\nGenerated from `rules/` by `TFCOMPLY_UPDATE_DOCS=1 cargo test --test docs`; do not edit.\n\
         A criterion with no rule is one this catalogue gives no infrastructure-as-code evidence for;\n\
         most such criteria are about process (governance, HR, vendor management) rather than configuration.\n",
    );
    for framework in &catalogue.frameworks {
        out.push_str(&format!(
            "\n## {}\n\n| criterion | title | rules |\n| --- | --- | --- |\n",
            framework.title
        ));
        for criterion in &framework.criteria {
            let rules: Vec<String> = catalogue
                .rules
                .iter()
                .filter(|r| {
                    r.criteria
                        .get(&framework.id)
                        .is_some_and(|ids| ids.contains(&criterion.id))
                })
                .map(|r| format!("[{}](rules/{}.md)", r.id, r.id))
                .collect();
            let rules = if rules.is_empty() {
                "—".to_string()
            } else {
                rules.join(", ")
            };
            out.push_str(&format!(
                "| {} | {} | {rules} |\n",
                criterion.id, criterion.title
            ));
        }
    }
    out
}
