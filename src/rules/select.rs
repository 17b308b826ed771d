//! Which rules a scan runs: presets, then `--select` and `--ignore` by id, name, id prefix or
//! family.

use super::{Catalogue, Preset, Rule};

#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// The presets to start from; `recommended` when empty.
    pub presets: Vec<Preset>,
    /// When not empty, only rules matching one of these run, whatever their preset.
    pub select: Vec<String>,
    /// Rules matching one of these never run.
    pub ignore: Vec<String>,
}

impl Selection {
    /// Every selector names at least one rule: a typo must not silently run nothing.
    pub fn validate(&self, catalogue: &Catalogue) -> Result<(), String> {
        for (option, selectors) in [("--select", &self.select), ("--ignore", &self.ignore)] {
            if let Some(unknown) = selectors
                .iter()
                .find(|s| !catalogue.rules.iter().any(|r| matches(s, r)))
            {
                return Err(format!(
                    "{option}: no rule has the id, name, id prefix or family `{unknown}` (see `tfcomply rules`)"
                ));
            }
        }
        Ok(())
    }

    pub fn includes(&self, rule: &Rule) -> bool {
        let chosen = if self.select.is_empty() {
            self.in_presets(rule)
        } else {
            self.select.iter().any(|s| matches(s, rule))
        };
        chosen && !self.ignore.iter().any(|s| matches(s, rule))
    }

    fn in_presets(&self, rule: &Rule) -> bool {
        let presets: &[Preset] = if self.presets.is_empty() {
            &[Preset::Recommended]
        } else {
            &self.presets
        };
        presets
            .iter()
            .any(|&p| p == Preset::All || p == rule.preset)
    }
}

/// A selector names a rule by its id (`ENC002`, any case), its name, a prefix of its id
/// (`ENC`, `enc00`) or its family (`encryption`).
pub fn matches(selector: &str, rule: &Rule) -> bool {
    specificity(selector, rule).is_some()
}

/// How closely a selector that matches the rule names it: its id or name most, then a longer
/// id prefix over a shorter, then its family. Where settings disagree the closest wins.
pub fn specificity(selector: &str, rule: &Rule) -> Option<usize> {
    let upper = selector.to_ascii_uppercase();
    if rule.name == selector || rule.id == upper {
        Some(usize::MAX)
    } else if !upper.is_empty() && rule.id.starts_with(&upper) {
        Some(upper.len())
    } else {
        (rule.family == selector).then_some(0)
    }
}
