//! The rule catalogue: rules and frameworks are data in `rules/`, read by one generic loader.

mod engine;
mod select;

pub use engine::{Outcome, RuleHit, run};
pub use select::Selection;

use crate::eval::{Evaluator, Scope, Value};
use crate::parse::parse_hcl;
use crate::syntax::{Block, Expr};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

pub const FAMILIES: [&str; 7] = [
    "encryption",
    "identity",
    "logging",
    "network",
    "tagging",
    "resilience",
    "change",
];

/// The named rule sets a scan starts from. Every rule is in `all`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Preset {
    /// What a SOC 2 auditor asks of every configuration: the default.
    Recommended,
    /// Every rule.
    All,
    /// Rules about what an AWS account as a whole must have (a trail, GuardDuty, an MFA
    /// alarm): only a configuration that manages the account can satisfy them.
    AccountBaseline,
}

impl Preset {
    pub fn as_str(self) -> &'static str {
        match self {
            Preset::Recommended => "recommended",
            Preset::All => "all",
            Preset::AccountBaseline => "account-baseline",
        }
    }

    pub fn parse(s: &str) -> Option<Preset> {
        [Preset::Recommended, Preset::All, Preset::AccountBaseline]
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// A value a rule reads as `param.NAME`, with its default; `.tfcomply.toml` sets it.
#[derive(Debug, Clone)]
pub struct Parameter {
    pub name: String,
    pub default: Value,
    pub description: String,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub name: String,
    pub title: String,
    pub family: String,
    pub severity: Severity,
    pub resource_types: Vec<String>,
    /// The preset the rule belongs to besides `all`: `recommended`, `account-baseline`, or
    /// `all` for a rule only that preset runs.
    pub preset: Preset,
    pub parameters: Vec<Parameter>,
    /// `param` as the assertion sees it: every parameter's value, the default unless
    /// configured.
    pub params: Value,
    /// Framework id (`soc2`) → criterion ids.
    pub criteria: BTreeMap<String, Vec<String>>,
    /// A Terraform expression over `self`: true passes, false is a finding, unknown is neither.
    pub assertion: Expr,
    /// Dotted attribute path a finding points at; the resource header when it is not set.
    pub location: Option<String>,
    pub message: String,
    pub remediation: String,
    pub why: String,
    /// Where the rule was read from, for error messages.
    pub origin: String,
    /// The rule file's text, so an assertion can be shown as written.
    pub source: String,
}

impl Rule {
    pub fn soc2(&self) -> &[String] {
        self.criteria.get("soc2").map_or(&[], Vec::as_slice)
    }

    pub fn assertion_text(&self) -> &str {
        self.source.get(self.assertion.span.clone()).unwrap_or("")
    }
}

#[derive(Debug, Clone)]
pub struct Criterion {
    pub id: String,
    pub title: String,
    /// Why no configuration can give evidence for it, when none can.
    pub outside_iac: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Framework {
    pub id: String,
    pub title: String,
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Default, Clone)]
pub struct Catalogue {
    pub rules: Vec<Rule>,
    pub frameworks: Vec<Framework>,
    /// Named lists of resource types that rules share (`group.taggable`).
    pub groups: BTreeMap<String, Vec<String>>,
}

/// The rule files compiled into the binary: (path under `rules/`, text).
const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

impl Catalogue {
    pub fn builtin() -> Result<Catalogue, String> {
        let mut catalogue = Catalogue::default();
        // Every scan starts by reading the catalogue: its files are parsed on every core.
        let files: Vec<Catalogue> = BUILTIN
            .par_iter()
            .map(|(path, text)| {
                let mut file = Catalogue::default();
                file.add_file(path, text).map(|()| file)
            })
            .collect::<Result<_, String>>()?;
        for file in files {
            catalogue.rules.extend(file.rules);
            catalogue.frameworks.extend(file.frameworks);
            catalogue.groups.extend(file.groups);
        }
        catalogue.expand_groups()?;
        catalogue.validate()?;
        catalogue.rules.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(catalogue)
    }

    /// Adds every `.hcl` file under `dir` (a user's own rules).
    pub fn add_dir(&mut self, dir: &Path) -> Result<(), String> {
        let mut paths: Vec<_> = ignore::WalkBuilder::new(dir)
            .build()
            .filter_map(Result::ok)
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "hcl"))
            .collect();
        paths.sort();
        if !dir.exists() {
            return Err(format!("{}: no such rules directory", dir.display()));
        }
        for path in paths {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            self.add_file(&path.display().to_string(), &text)?;
        }
        self.expand_groups()?;
        self.rules.sort_by(|a, b| a.id.cmp(&b.id));
        self.validate()
    }

    pub fn find(&self, id_or_name: &str) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.id.eq_ignore_ascii_case(id_or_name) || r.name == id_or_name)
    }

    pub fn criterion(&self, framework: &str, id: &str) -> Option<&Criterion> {
        self.frameworks
            .iter()
            .find(|f| f.id == framework)
            .and_then(|f| f.criteria.iter().find(|c| c.id == id))
    }

    fn add_file(&mut self, path: &str, text: &str) -> Result<(), String> {
        let body = parse_hcl(text).map_err(|e| {
            let (line, col) = crate::report::line_col(text, e.offset);
            format!("{path}:{line}:{col}: {}", e.message)
        })?;
        for block in &body.blocks {
            match block.kind.as_str() {
                "rule" => self.rules.push(read_rule(block, path, text)?),
                "framework" => self.frameworks.push(read_framework(block, path)?),
                "group" => {
                    let name = block.labels.first().cloned().unwrap_or_default();
                    let resources = Fields { block, path }
                        .value("resources")?
                        .as_ref()
                        .and_then(Fields::strings)
                        .ok_or_else(|| {
                            format!("{path}: group `resources` must be a list of resource types")
                        })?;
                    self.groups.insert(name, resources);
                }
                other => return Err(format!("{path}: unexpected block `{other}`")),
            }
        }
        Ok(())
    }

    /// Replaces `group.NAME` in rules' resource types with the group's types.
    fn expand_groups(&mut self) -> Result<(), String> {
        for rule in &mut self.rules {
            let mut expanded = Vec::with_capacity(rule.resource_types.len());
            for kind in &rule.resource_types {
                match kind.strip_prefix("group.") {
                    Some(group) => expanded.extend(
                        self.groups
                            .get(group)
                            .ok_or_else(|| {
                                format!("{}: unknown resource group `{group}`", rule.origin)
                            })?
                            .iter()
                            .cloned(),
                    ),
                    None => expanded.push(kind.clone()),
                }
            }
            rule.resource_types = expanded;
        }
        Ok(())
    }

    /// Ids and names are unique, and every criterion a rule names exists.
    fn validate(&self) -> Result<(), String> {
        let mut seen = std::collections::HashSet::new();
        for rule in &self.rules {
            if !seen.insert(rule.id.to_lowercase()) || !seen.insert(rule.name.clone()) {
                return Err(format!(
                    "{}: rule id or name `{}` is used twice",
                    rule.origin, rule.id
                ));
            }
            for (framework, ids) in &rule.criteria {
                if let Some(missing) = ids
                    .iter()
                    .find(|id| self.criterion(framework, id).is_none())
                {
                    return Err(format!(
                        "{}: unknown {framework} criterion `{missing}`",
                        rule.origin
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Literal fields of a rule or framework block.
struct Fields<'a> {
    block: &'a Block,
    path: &'a str,
}

struct NoNames;
impl Scope for NoNames {
    fn root(&self, _name: &str) -> Option<Value> {
        None
    }
}

impl Fields<'_> {
    fn value(&self, name: &str) -> Result<Option<Value>, String> {
        let Some(attr) = self.block.body.attribute(name) else {
            return Ok(None);
        };
        Evaluator::new(&NoNames)
            .eval(&attr.value)
            .map(Some)
            .map_err(|e| format!("{}: `{name}`: {}", self.path, e.message))
    }

    fn string(&self, name: &str) -> Result<String, String> {
        match self.value(name)? {
            Some(Value::String(s)) => Ok(s.trim().to_string()),
            _ => Err(format!("{}: `{name}` must be a string", self.path)),
        }
    }

    fn strings(value: &Value) -> Option<Vec<String>> {
        match value {
            Value::List(items) => items
                .iter()
                .map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => None,
        }
    }
}

fn read_rule(block: &Block, path: &str, text: &str) -> Result<Rule, String> {
    let fields = Fields { block, path };
    let name = block.labels.first().cloned().unwrap_or_default();
    let family = fields.string("family")?;
    if !FAMILIES.contains(&family.as_str()) {
        return Err(format!(
            "{path}: family must be one of {}",
            FAMILIES.join(", ")
        ));
    }
    let severity = fields.string("severity")?;
    let severity = Severity::parse(&severity)
        .ok_or_else(|| format!("{path}: unknown severity `{severity}`"))?;
    let resource_types = fields
        .value("resources")?
        .as_ref()
        .and_then(Fields::strings)
        .ok_or_else(|| format!("{path}: `resources` must be a list of resource types"))?;
    let criteria = match fields.value("criteria")? {
        Some(Value::Object(map)) => map
            .iter()
            .map(|(k, v)| Fields::strings(v).map(|ids| (k.clone(), ids)))
            .collect::<Option<BTreeMap<_, _>>>()
            .ok_or_else(|| format!("{path}: `criteria` maps a framework to a list of ids"))?,
        _ => return Err(format!("{path}: `criteria` is required")),
    };
    let assertion = block
        .body
        .attribute("assert")
        .map(|a| a.value.clone())
        .ok_or_else(|| format!("{path}: `assert` is required"))?;
    let location = match fields.value("location")? {
        Some(Value::String(s)) => Some(s.to_string()),
        _ => None,
    };
    let preset = match fields.value("preset")? {
        None => Preset::Recommended,
        Some(Value::String(s)) => Preset::parse(&s).ok_or_else(|| {
            format!("{path}: preset must be recommended, all or account-baseline")
        })?,
        Some(_) => return Err(format!("{path}: `preset` must be a string")),
    };
    let parameters = block
        .body
        .blocks_of("parameter")
        .map(|p| read_parameter(p, path))
        .collect::<Result<Vec<_>, _>>()?;
    let params = Value::object(
        parameters
            .iter()
            .map(|p| (p.name.clone(), p.default.clone()))
            .collect(),
    );
    Ok(Rule {
        id: fields.string("id")?,
        title: fields.string("title")?,
        name,
        family,
        severity,
        resource_types,
        preset,
        parameters,
        params,
        criteria,
        assertion,
        location,
        message: fields.string("message")?,
        remediation: fields.string("remediation")?,
        why: fields.string("why")?,
        origin: path.to_string(),
        source: text.to_string(),
    })
}

fn read_framework(block: &Block, path: &str) -> Result<Framework, String> {
    let fields = Fields { block, path };
    let criteria = block
        .body
        .blocks_of("criterion")
        .map(|c| {
            let fields = Fields { block: c, path };
            Ok(Criterion {
                id: c.labels.first().cloned().unwrap_or_default(),
                title: fields.string("title")?,
                outside_iac: match fields.value("outside_iac")? {
                    Some(Value::String(s)) => Some(s.trim().to_string()),
                    _ => None,
                },
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(Framework {
        id: block.labels.first().cloned().unwrap_or_default(),
        title: fields.string("title")?,
        criteria,
    })
}

fn read_parameter(block: &Block, path: &str) -> Result<Parameter, String> {
    let fields = Fields { block, path };
    let name = block.labels.first().cloned().unwrap_or_default();
    let default = fields
        .value("default")?
        .ok_or_else(|| format!("{path}: parameter `{name}` needs a `default`"))?;
    Ok(Parameter {
        description: fields.string("description")?,
        name,
        default,
    })
}
