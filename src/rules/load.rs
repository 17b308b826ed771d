//! Reads rule, framework and group files into a catalogue. A built-in file that does not load
//! is a bug; a user's rule file that does not load is reported with its position and left out,
//! and the other rules still run.

use super::{Catalogue, Criterion, FAMILIES, Framework, Parameter, Preset, Rule, Severity};
use crate::eval::{Evaluator, Scope, Value};
use crate::parse::parse_hcl;
use crate::syntax::Block;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// The rule files compiled into the binary: (path under `rules/`, text).
const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// A rule file that could not be read or understood, at a position in its text.
#[derive(Debug, Clone)]
pub struct RuleFileError {
    pub path: String,
    pub text: String,
    /// Byte offset of what is wrong.
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for RuleFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, column) = crate::report::line_col(&self.text, self.offset);
        write!(f, "{}:{line}:{column}: {}", self.path, self.message)
    }
}

/// A problem at a byte offset of the file being read.
type Located<T> = Result<T, (usize, String)>;

impl Catalogue {
    pub fn builtin() -> Result<Catalogue, String> {
        // Every scan starts by reading the catalogue: its files are parsed on every core.
        let files: Vec<Catalogue> = BUILTIN
            .par_iter()
            .map(|(path, text)| read_file(path, text).map_err(|e| e.to_string()))
            .collect::<Result<_, String>>()?;
        let mut catalogue = Catalogue::default();
        for file in files {
            catalogue.merge(file);
        }
        let rules = std::mem::take(&mut catalogue.rules);
        for mut rule in rules {
            rule.builtin = true;
            catalogue.admit(rule).map_err(|e| e.to_string())?;
        }
        catalogue.rules.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(catalogue)
    }

    /// Adds every `.hcl` file under `dir` (a user's own rules). A file that does not load is
    /// returned as an error and left out; the rest are added.
    pub fn add_dir(&mut self, dir: &Path) -> Vec<RuleFileError> {
        if !dir.exists() {
            return vec![RuleFileError {
                path: dir.display().to_string(),
                text: String::new(),
                offset: 0,
                message: "no such rules directory".to_string(),
            }];
        }
        let mut paths: Vec<_> = ignore::WalkBuilder::new(dir)
            .build()
            .filter_map(Result::ok)
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|e| e == "hcl"))
            .collect();
        paths.sort();
        let mut errors = Vec::new();
        for path in paths {
            let shown = path.display().to_string();
            let text = match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(e) => {
                    errors.push(RuleFileError {
                        path: shown,
                        text: String::new(),
                        offset: 0,
                        message: e.to_string(),
                    });
                    continue;
                }
            };
            match read_file(&shown, &text) {
                Ok(mut file) => {
                    // Groups and frameworks first: the file's rules may name them.
                    let rules = std::mem::take(&mut file.rules);
                    self.merge(file);
                    errors.extend(rules.into_iter().filter_map(|r| self.admit(r).err()));
                }
                Err(e) => errors.push(e),
            }
        }
        self.rules.sort_by(|a, b| a.id.cmp(&b.id));
        errors
    }

    fn merge(&mut self, file: Catalogue) {
        self.rules.extend(file.rules);
        self.frameworks.extend(file.frameworks);
        self.groups.extend(file.groups);
    }

    /// Adds a rule once its groups are expanded and its id, name, criteria and parameters
    /// agree with the catalogue's.
    fn admit(&mut self, mut rule: Rule) -> Result<(), RuleFileError> {
        let error = |rule: &Rule, message: String| RuleFileError {
            path: rule.origin.clone(),
            text: rule.source.clone(),
            offset: rule.offset,
            message,
        };
        rule.resource_types = self
            .expand_groups(&rule.resource_types)
            .map_err(|m| error(&rule, m))?;
        self.check_rule(&rule).map_err(|m| error(&rule, m))?;
        self.rules.push(rule);
        Ok(())
    }

    /// Replaces `group.NAME` in a rule's resource types with the group's types.
    fn expand_groups(&self, kinds: &[String]) -> Result<Vec<String>, String> {
        let mut expanded = Vec::with_capacity(kinds.len());
        for kind in kinds {
            match kind.strip_prefix("group.") {
                Some(group) => expanded.extend(
                    self.groups
                        .get(group)
                        .ok_or_else(|| format!("unknown resource group `{group}`"))?
                        .iter()
                        .cloned(),
                ),
                None => expanded.push(kind.clone()),
            }
        }
        Ok(expanded)
    }

    /// Ids and names are unique, every criterion a rule names exists, and a parameter shared
    /// with another rule has the same default.
    fn check_rule(&self, rule: &Rule) -> Result<(), String> {
        if let Some(other) = self
            .rules
            .iter()
            .find(|r| r.id.eq_ignore_ascii_case(&rule.id) || r.name == rule.name)
        {
            return Err(format!(
                "rule `{}` ({}) has the id or name of the rule in {}",
                rule.name, rule.id, other.origin
            ));
        }
        for (framework, ids) in &rule.criteria {
            if self.framework(framework).is_none() {
                return Err(format!("unknown framework `{framework}` in `criteria`"));
            }
            if let Some(missing) = ids
                .iter()
                .find(|id| self.criterion(framework, id).is_none())
            {
                return Err(format!("unknown {framework} criterion `{missing}`"));
            }
        }
        for parameter in &rule.parameters {
            let shared = self
                .rules
                .iter()
                .flat_map(|r| r.parameters.iter().map(move |p| (r, p)))
                .find(|(_, p)| p.name == parameter.name);
            if let Some((other, p)) = shared
                && p.default != parameter.default
            {
                return Err(format!(
                    "parameter `{}` has another default in {}: rules that share a parameter share its default",
                    parameter.name, other.origin
                ));
            }
        }
        Ok(())
    }
}

/// One file's rules, frameworks and groups, as written (groups not yet expanded).
fn read_file(path: &str, text: &str) -> Result<Catalogue, RuleFileError> {
    read_blocks(path, text).map_err(|(offset, message)| RuleFileError {
        path: path.to_string(),
        text: text.to_string(),
        offset,
        message,
    })
}

fn read_blocks(path: &str, text: &str) -> Located<Catalogue> {
    let body = parse_hcl(text).map_err(|e| (e.offset, e.message))?;
    if let Some(attribute) = body.attributes.first() {
        return Err((
            attribute.span.start,
            format!("unexpected argument `{}` outside a block", attribute.name),
        ));
    }
    let mut file = Catalogue::default();
    for block in &body.blocks {
        let fields = Fields { block, text };
        match block.kind.as_str() {
            "rule" => file.rules.push(read_rule(&fields, path)?),
            "framework" => file.frameworks.push(read_framework(&fields)?),
            "group" => {
                let resources = fields.strings("resources")?;
                file.groups.insert(fields.label()?, resources);
            }
            other => {
                return Err((
                    block.span.start,
                    format!("unexpected block `{other}`: expected rule, framework or group"),
                ));
            }
        }
    }
    Ok(file)
}

/// Literal fields of a rule, framework or group block, with the positions of their values.
struct Fields<'a> {
    block: &'a Block,
    text: &'a str,
}

struct NoNames;
impl Scope for NoNames {
    fn root(&self, _name: &str) -> Option<Value> {
        None
    }
}

impl Fields<'_> {
    fn label(&self) -> Located<String> {
        self.block.labels.first().cloned().ok_or_else(|| {
            (
                self.block.span.start,
                format!("`{}` needs a name label", self.block.kind),
            )
        })
    }

    fn value(&self, name: &str) -> Located<Option<(usize, Value)>> {
        let Some(attr) = self.block.body.attribute(name) else {
            return Ok(None);
        };
        Evaluator::new(&NoNames)
            .eval(&attr.value)
            .map(|v| Some((attr.value.span.start, v)))
            .map_err(|e| (attr.value.span.start, format!("`{name}`: {}", e.message)))
    }

    /// The value, which must be set; a missing one is reported at the block's header.
    fn required(&self, name: &str) -> Located<(usize, Value)> {
        self.value(name)?.ok_or_else(|| {
            (
                self.block.header.start,
                format!("`{}` needs `{name}`", self.block.kind),
            )
        })
    }

    fn string(&self, name: &str) -> Located<String> {
        match self.required(name)? {
            (_, Value::String(s)) => Ok(s.trim().to_string()),
            (at, _) => Err((at, format!("`{name}` must be a string"))),
        }
    }

    fn optional_string(&self, name: &str) -> Located<Option<(usize, String)>> {
        match self.value(name)? {
            None => Ok(None),
            Some((at, Value::String(s))) => Ok(Some((at, s.trim().to_string()))),
            Some((at, _)) => Err((at, format!("`{name}` must be a string"))),
        }
    }

    fn strings(&self, name: &str) -> Located<Vec<String>> {
        let (at, value) = self.required(name)?;
        string_list(&value).ok_or((at, format!("`{name}` must be a list of strings")))
    }
}

fn string_list(value: &Value) -> Option<Vec<String>> {
    match value {
        Value::List(items) => items
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => None,
    }
}

fn read_rule(fields: &Fields, path: &str) -> Located<Rule> {
    let block = fields.block;
    let family = fields.string("family")?;
    if !FAMILIES.contains(&family.as_str()) {
        let at = fields.required("family")?.0;
        return Err((at, format!("family must be one of {}", FAMILIES.join(", "))));
    }
    let severity = fields.string("severity")?;
    let severity = Severity::parse(&severity).ok_or_else(|| {
        let at = block
            .body
            .attribute("severity")
            .map_or(0, |a| a.value.span.start);
        (
            at,
            format!("unknown severity `{severity}`: critical, high, medium, low or info"),
        )
    })?;
    let criteria = match fields.required("criteria")? {
        (at, Value::Object(map)) => map
            .iter()
            .map(|(k, v)| string_list(v).map(|ids| (k.clone(), ids)))
            .collect::<Option<BTreeMap<_, _>>>()
            .ok_or((
                at,
                "`criteria` maps a framework to a list of ids".to_string(),
            ))?,
        (at, _) => {
            return Err((
                at,
                "`criteria` maps a framework to a list of ids".to_string(),
            ));
        }
    };
    let assertion = block
        .body
        .attribute("assert")
        .map(|a| a.value.clone())
        .ok_or((block.header.start, "`rule` needs `assert`".to_string()))?;
    let preset = match fields.optional_string("preset")? {
        None => Preset::Recommended,
        Some((at, s)) => Preset::parse(&s).ok_or((
            at,
            "preset must be recommended, all or account-baseline".to_string(),
        ))?,
    };
    let parameters = block
        .body
        .blocks_of("parameter")
        .map(|p| {
            read_parameter(&Fields {
                block: p,
                text: fields.text,
            })
        })
        .collect::<Located<Vec<_>>>()?;
    let params = Value::object(
        parameters
            .iter()
            .map(|p| (p.name.clone(), p.default.clone()))
            .collect(),
    );
    Ok(Rule {
        id: fields.string("id")?,
        title: fields.string("title")?,
        name: fields.label()?,
        family,
        severity,
        resource_types: fields.strings("resources")?,
        preset,
        parameters,
        params,
        criteria,
        assertion,
        location: fields.optional_string("location")?.map(|(_, s)| s),
        message: fields.string("message")?,
        detail: block.body.attribute("detail").map(|a| a.value.clone()),
        remediation: fields.string("remediation")?,
        fix: read_fix(block, fields.text)?,
        why: fields.string("why")?,
        origin: path.to_string(),
        builtin: false,
        offset: block.span.start,
        source: fields.text.to_string(),
    })
}

/// The rule's `fix` block, if it has one; at most one.
fn read_fix(rule: &Block, text: &str) -> Located<Option<crate::fix::FixSpec>> {
    let mut fixes = rule.body.blocks_of("fix");
    let fix = fixes
        .next()
        .map(|b| crate::fix::spec::read(b, text))
        .transpose()?;
    match fixes.next() {
        Some(second) => Err((
            second.header.start,
            "a rule has at most one `fix`".to_string(),
        )),
        None => Ok(fix),
    }
}

fn read_framework(fields: &Fields) -> Located<Framework> {
    let criteria = fields
        .block
        .body
        .blocks_of("criterion")
        .map(|c| {
            let fields = Fields {
                block: c,
                text: fields.text,
            };
            Ok(Criterion {
                id: fields.label()?,
                title: fields.string("title")?,
                outside_iac: fields.optional_string("outside_iac")?.map(|(_, s)| s),
            })
        })
        .collect::<Located<_>>()?;
    Ok(Framework {
        id: fields.label()?,
        title: fields.string("title")?,
        criteria,
    })
}

fn read_parameter(fields: &Fields) -> Located<Parameter> {
    Ok(Parameter {
        name: fields.label()?,
        default: fields.required("default")?.1,
        description: fields.string("description")?,
    })
}
