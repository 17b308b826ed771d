//! Parameters: values a rule reads as `param.NAME`, declared with a default in the rule file
//! and set for a whole scan in `.tfcomply.toml`.

use super::select::{matches, specificity};
use super::{Catalogue, Severity};
use crate::eval::Value;

/// A parameter's value as the configuration sets it, with where it was written.
#[derive(Debug, Clone)]
pub struct ParamSetting {
    pub name: String,
    pub value: Value,
    /// `FILE:LINE:COLUMN` of the setting, for errors.
    pub place: String,
}

impl Catalogue {
    /// Sets the severities a configuration overrides: each rule takes the closest selector
    /// that names it (its id over its id prefix over its family). A selector that names no
    /// rule is an error at its place.
    pub fn override_severities(
        &mut self,
        overrides: &[(String, Severity, String)],
    ) -> Result<(), String> {
        for (selector, _, place) in overrides {
            if !self.rules.iter().any(|r| matches(selector, r)) {
                return Err(format!(
                    "{place}: severity: no rule has the id, name, id prefix or family `{selector}`"
                ));
            }
        }
        for rule in &mut self.rules {
            let closest = overrides
                .iter()
                .filter_map(|(selector, severity, _)| {
                    specificity(selector, rule).map(|rank| (rank, *severity))
                })
                .max_by_key(|&(rank, _)| rank);
            if let Some((_, severity)) = closest {
                rule.severity = severity;
            }
        }
        Ok(())
    }

    /// Gives every rule that declares one of these parameters the configured value. A name no
    /// rule declares, or a value of another kind than the default, is an error.
    pub fn configure(&mut self, settings: &[ParamSetting]) -> Result<(), String> {
        for setting in settings {
            let declared = self
                .rules
                .iter()
                .flat_map(|r| &r.parameters)
                .find(|p| p.name == setting.name)
                .ok_or_else(|| {
                    format!(
                        "{}: unknown parameter `{}` (known: {})",
                        setting.place,
                        setting.name,
                        self.parameter_names().join(", ")
                    )
                })?;
            let expected = declared.default.type_name();
            if setting.value.type_name() != expected {
                return Err(format!(
                    "{}: parameter `{}` must be of type {expected}, like its default",
                    setting.place, setting.name
                ));
            }
            for rule in &mut self.rules {
                if rule.parameters.iter().any(|p| p.name == setting.name)
                    && let Value::Object(map) = &mut rule.params
                {
                    std::sync::Arc::make_mut(map)
                        .insert(setting.name.clone(), setting.value.clone());
                }
            }
        }
        Ok(())
    }

    /// Every parameter name the rules declare, sorted, each once.
    pub fn parameter_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .rules
            .iter()
            .flat_map(|r| r.parameters.iter().map(|p| p.name.as_str()))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}
