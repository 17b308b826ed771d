//! `.tfcomply.toml`: the settings a team keeps with its code. Found in the scan root or one of
//! its parents (or named with `--config`); every key it may hold is listed here, and any other
//! is an error at its position.

use crate::eval::Value;
use crate::rules::{Catalogue, ParamSetting, Preset, RuleFileError, Selection, Severity};
use clap::ValueEnum;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const FILE_NAME: &str = ".tfcomply.toml";

#[derive(Debug, Default, Clone)]
pub struct Config {
    /// The file the settings came from, if any.
    pub path: Option<PathBuf>,
    pub presets: Vec<Preset>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    /// Directories of custom rules, relative to the configuration file's directory.
    pub rules_dirs: Vec<PathBuf>,
    pub params: Vec<ParamSetting>,
    /// Rules whose findings are accepted, with the reason, kept in reports as suppressed.
    pub disable: Vec<Disable>,
    /// Severity overrides: a rule selector, the severity, and where it was set.
    pub severity: Vec<(String, Severity, String)>,
    /// Paths not scanned, as `--exclude` globs.
    pub exclude: Vec<String>,
}

/// A `disable` entry: the findings of these rules (in these paths) are accepted.
#[derive(Debug, Clone)]
pub struct Disable {
    /// Rule selectors: id, name, id prefix or family.
    pub rules: Vec<String>,
    pub reason: String,
    /// Only findings in files matching one of these (all files when empty), relative to
    /// `base`.
    pub paths: Vec<glob::Pattern>,
    /// The configuration file's directory, canonical: where `paths` start, wherever the scan
    /// is run from.
    pub base: PathBuf,
    /// `YYYY-MM-DD`.
    pub expires: Option<String>,
    /// `file:line:col` of the entry, for messages about it.
    pub place: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DisableTable {
    rules: Vec<String>,
    reason: String,
    #[serde(default)]
    paths: Vec<String>,
    expires: Option<String>,
}

/// The file as written. Unknown keys are refused by serde with their span.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    preset: Vec<Spanned<String>>,
    #[serde(default)]
    select: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    rules: Vec<String>,
    #[serde(default)]
    params: BTreeMap<Spanned<String>, toml::Value>,
    /// `["ENC001", { rules = [...], reason = "...", paths = [...], expires = "..." }]`: read
    /// entry by entry, as serde's untagged enums lose the positions errors need.
    #[serde(default)]
    disable: Vec<Spanned<toml::Value>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    exclude: Vec<String>,
}

impl Config {
    /// The configuration for a scan of `paths`: `explicit` when given, else the nearest
    /// `.tfcomply.toml` in the first path's directory or its parents, else the defaults.
    pub fn load(explicit: Option<&Path>, paths: &[PathBuf]) -> Result<Config, String> {
        let path = match explicit {
            Some(path) => Some(path.to_path_buf()),
            None => paths.first().and_then(|p| discover(p)),
        };
        match path {
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                Config::parse(&path, &text)
            }
            None => Ok(Config::default()),
        }
    }

    pub fn parse(path: &Path, text: &str) -> Result<Config, String> {
        let shown = path.display().to_string();
        let place = |offset: usize| {
            let (line, column) = crate::report::line_col(text, offset);
            format!("{shown}:{line}:{column}")
        };
        let file: File = toml::from_str(text).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            format!("{}: {}", place(at), e.message())
        })?;
        let presets = file
            .preset
            .iter()
            .map(|p| {
                Preset::parse(p.get_ref()).ok_or_else(|| {
                    format!(
                        "{}: unknown preset `{}`: recommended, all or account-baseline",
                        place(p.span().start),
                        p.get_ref()
                    )
                })
            })
            .collect::<Result<_, _>>()?;
        let base = path.parent().unwrap_or(Path::new(""));
        let disable = file
            .disable
            .into_iter()
            .map(|entry| disable(entry, &place, base))
            .collect::<Result<_, _>>()?;
        let severity = file
            .severity
            .into_iter()
            .map(|(selector, level)| {
                let severity = Severity::from_str(level.get_ref(), true).map_err(|_| {
                    format!(
                        "{}: unknown severity `{}`: critical, high, medium, low or info",
                        place(level.span().start),
                        level.get_ref()
                    )
                })?;
                let at = place(selector.span().start);
                Ok((selector.into_inner(), severity, at))
            })
            .collect::<Result<_, String>>()?;
        Ok(Config {
            disable,
            severity,
            exclude: file.exclude,
            presets,
            select: file.select,
            ignore: file.ignore,
            rules_dirs: file.rules.iter().map(|d| base.join(d)).collect(),
            params: file
                .params
                .into_iter()
                .map(|(name, value)| ParamSetting {
                    place: place(name.span().start),
                    name: name.into_inner(),
                    value: to_value(value),
                })
                .collect(),
            path: Some(path.to_path_buf()),
        })
    }
}

impl Config {
    /// The built-in rules, the configuration's custom directories and `extra_dirs`, with the
    /// configured parameters and severities; rule files that did not load come back beside
    /// it (the other rules still run).
    pub fn catalogue(
        &self,
        extra_dirs: &[PathBuf],
    ) -> Result<(Catalogue, Vec<RuleFileError>), String> {
        let mut catalogue = Catalogue::builtin()?;
        let mut errors = Vec::new();
        for dir in self.rules_dirs.iter().chain(extra_dirs) {
            errors.extend(catalogue.add_dir(dir));
        }
        catalogue.configure(&self.params)?;
        catalogue.override_severities(&self.severity)?;
        Ok((catalogue, errors))
    }

    /// The rules to run: `selection` (the command line's, which replaces the configuration's
    /// presets and `select` and adds to its `ignore`), checked against the catalogue with the
    /// `disable` entries: a selector that names no rule is an error.
    pub fn selection(
        &self,
        selection: Selection,
        catalogue: &Catalogue,
    ) -> Result<Selection, String> {
        let selection = Selection {
            presets: given_or(selection.presets, &self.presets),
            select: given_or(selection.select, &self.select),
            ignore: self
                .ignore
                .iter()
                .cloned()
                .chain(selection.ignore)
                .collect(),
        };
        selection.validate(catalogue)?;
        for disable in &self.disable {
            if let Some(unknown) = disable
                .rules
                .iter()
                .find(|s| !catalogue.rules.iter().any(|r| crate::rules::matches(s, r)))
            {
                return Err(format!(
                    "{}: disable: no rule has the id, name, id prefix or family `{unknown}`",
                    disable.place
                ));
            }
        }
        Ok(selection)
    }
}

/// The list given when it is not empty, else the configured one.
fn given_or<T: Clone>(given: Vec<T>, configured: &[T]) -> Vec<T> {
    if given.is_empty() {
        configured.to_vec()
    } else {
        given
    }
}

/// A `disable` entry checked: a reason (a bare rule gets one saying where it was disabled),
/// valid globs and date.
fn disable(
    entry: Spanned<toml::Value>,
    place: &dyn Fn(usize) -> String,
    base: &Path,
) -> Result<Disable, String> {
    let at = place(entry.span().start);
    let table = match entry.into_inner() {
        toml::Value::String(rule) => DisableTable {
            reason: format!("disabled in {at}"),
            rules: vec![rule],
            paths: Vec::new(),
            expires: None,
        },
        value @ toml::Value::Table(_) => value
            .try_into::<DisableTable>()
            .map_err(|e| format!("{at}: {}", e.message()))?,
        _ => return Err(format!("{at}: a disable entry is a rule or a table")),
    };
    if table.reason.trim().is_empty() {
        return Err(format!("{at}: a disable entry needs a reason"));
    }
    let paths = table
        .paths
        .iter()
        .map(|g| glob::Pattern::new(g).map_err(|e| format!("{at}: path `{g}`: {e}")))
        .collect::<Result<_, _>>()?;
    let expires = table
        .expires
        .map(|date| crate::suppress::comments::valid_date(&date).map_err(|e| format!("{at}: {e}")))
        .transpose()?;
    Ok(Disable {
        rules: table.rules,
        reason: table.reason,
        paths,
        base: std::fs::canonicalize(match base.as_os_str().is_empty() {
            true => Path::new("."),
            false => base,
        })
        .unwrap_or_else(|_| base.to_path_buf()),
        expires,
        place: at,
    })
}

/// The nearest `.tfcomply.toml` in `start`'s directory or its parents.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(start).ok()?;
    let dir = if absolute.is_dir() {
        absolute.as_path()
    } else {
        absolute.parent()?
    };
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

fn to_value(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s.into()),
        toml::Value::Integer(i) => Value::Number(i as f64),
        toml::Value::Float(f) => Value::Number(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string().into()),
        toml::Value::Array(items) => Value::list(items.into_iter().map(to_value).collect()),
        toml::Value::Table(table) => {
            Value::object(table.into_iter().map(|(k, v)| (k, to_value(v))).collect())
        }
    }
}
