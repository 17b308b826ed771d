//! The rule catalogue: rules and frameworks are data in `rules/`, read by one generic loader.

mod engine;
mod load;
mod params;
mod select;

pub use engine::{Outcome, RuleHit, run};
pub use load::RuleFileError;
pub use params::ParamSetting;
pub use select::{Selection, matches, specificity};

use crate::eval::Value;
use crate::syntax::Expr;
use std::collections::BTreeMap;
use std::fmt;

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
    /// An expression over `self` whose text is appended to a finding's message, to name
    /// what the finding is about (the attributes that drifted).
    pub detail: Option<Expr>,
    pub remediation: String,
    /// What `scan --fix` changes to make the resource pass, when that is safe to do alone.
    pub fix: Option<crate::fix::FixSpec>,
    pub why: String,
    /// Where the rule was read from, for error messages.
    pub origin: String,
    /// Compiled in: it has a published doc page.
    pub builtin: bool,
    /// Byte offset of the rule's block in its file.
    pub offset: usize,
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

    /// The `fix` block as written in the rule file, its lines moved left as far as its first
    /// line is indented; "" without one.
    pub fn fix_text(&self) -> String {
        let Some(span) = self.fix.as_ref().map(|f| f.span.clone()) else {
            return String::new();
        };
        let line_start = self.source[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let indent = span.start - line_start;
        self.source[line_start..span.end]
            .lines()
            .map(|l| l.get(indent..).unwrap_or(l.trim_start()))
            .collect::<Vec<_>>()
            .join("\n")
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

impl Catalogue {
    pub fn find(&self, id_or_name: &str) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.id.eq_ignore_ascii_case(id_or_name) || r.name == id_or_name)
    }

    pub fn criterion(&self, framework: &str, id: &str) -> Option<&Criterion> {
        self.framework(framework)
            .and_then(|f| f.criteria.iter().find(|c| c.id == id))
    }

    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }
}
