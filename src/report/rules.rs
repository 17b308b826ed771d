//! `tfcomply rules` and `tfcomply explain`: the catalogue as a table, JSON, or one rule's text.

use crate::rules::{Catalogue, Rule};
use serde_json::json;

pub fn table(catalogue: &Catalogue) -> String {
    let mut out = format!(
        "{:<8} {:<48} {:<11} {:<9} {:<17} {:<22} {}\n",
        "ID", "NAME", "FAMILY", "SEVERITY", "PRESET", "SOC 2", "SOX"
    );
    for rule in &catalogue.rules {
        out.push_str(&format!(
            "{:<8} {:<48} {:<11} {:<9} {:<17} {:<22} {}\n",
            rule.id,
            rule.name,
            rule.family,
            rule.severity,
            rule.preset.as_str(),
            rule.soc2().join(","),
            rule.criteria
                .get("sox")
                .map_or(String::new(), |ids| ids.join(","))
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
                "preset": r.preset.as_str(),
                "criteria": r.criteria,
                "parameters": r.parameters.iter().map(|p| json!({
                    "name": p.name,
                    "default": p.default.to_json(),
                    "description": p.description,
                })).collect::<Vec<_>>(),
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
            let label = catalogue
                .framework(framework)
                .map_or(framework.as_str(), |f| f.title.as_str());
            ids.iter()
                .map(move |id| match catalogue.criterion(framework, id) {
                    Some(c) => format!("- {label}: {id} {}", c.title),
                    None => format!("- {label}: {id}"),
                })
        })
        .collect();
    let mut page = format!(
        "# {id} {name}\n\n{title}\n\n\
         | family | severity | preset | resource types |\n| --- | --- | --- | --- |\n| {family} | {severity} | {preset} | {types} |\n\n\
         ## Why it matters\n\n{why}\n\n## What it checks\n\n```hcl\n{assertion}\n```\n\n\
         Finding message: {message}\n\n## Remediation\n\n{remediation}\n\n## Criteria\n\n{criteria}\n",
        id = rule.id,
        name = rule.name,
        title = rule.title,
        family = rule.family,
        severity = rule.severity,
        preset = rule.preset.as_str(),
        types = rule.resource_types.join(", "),
        why = rule.why,
        assertion = rule.assertion_text().trim(),
        message = rule.message,
        remediation = rule.remediation,
        criteria = criteria.join("\n"),
    );
    if let Some(fix) = &rule.fix {
        // The cases without a fix that README's *Writing a rule* lists, as they apply here.
        let unless = match fix.add.is_empty() {
            true => "",
            false => {
                ", the resource sets this itself or has `count`/`for_each`, or the resource to add exists"
            }
        };
        page.push_str(&format!(
            "\n## Fix\n\nFix: {}. `tfcomply scan --fix` applies it (`--fix --diff` shows it), unless the \
             value comes from a variable, or the file is JSON, a plan or an installed module{unless}:\n\n\
             ```hcl\n{}\n```\n",
            fix.title,
            rule.fix_text()
        ));
    }
    if !rule.parameters.is_empty() {
        page.push_str(
            "\n## Parameters\n\nSet in `.tfcomply.toml` under `[params]`.\n\n| name | default | meaning |\n| --- | --- | --- |\n",
        );
        for p in &rule.parameters {
            page.push_str(&format!(
                "| `{}` | `{}` | {} |\n",
                p.name,
                p.default.to_json(),
                p.description
            ));
        }
    }
    page
}

/// The docs page of a rule: its text, then a failing and a passing example (Terraform the
/// test suite checks the rule against).
pub fn docs_page(rule: &Rule, catalogue: &Catalogue, failing: &str, passing: &str) -> String {
    // Rules about what only a plan shows have plans (JSON) as examples.
    let fence = |text: &str| {
        if text.trim_start().starts_with('{') {
            "json"
        } else {
            "hcl"
        }
    };
    format!(
        "{}\n## Examples\n\nFails (the finding is on the marked line):\n\n```{}\n{}\n```\n\nPasses:\n\n```{}\n{}\n```\n",
        explain(rule, catalogue),
        fence(failing),
        failing.trim_end(),
        fence(passing),
        passing.trim_end()
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
