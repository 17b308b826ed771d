//! Suppress stage: findings accepted by a `tfcomply:ignore` comment, a `disable` entry of
//! `.tfcomply.toml` or a baseline move from `findings` to `suppressed`, with their reason, so a
//! report still shows the auditor what was accepted and why. Directives that suppress nothing,
//! have expired or cannot apply are notes at their place.

pub mod baseline;
pub mod comments;

use crate::check::{ScanError, ScanResult};
use crate::config::Disable;
use crate::findings::{Finding, Suppression, SuppressionKind};
use crate::parse::is_plan_path;
use crate::report::LineIndex;
use crate::rules::{Catalogue, Rule};
use baseline::Baseline;
use comments::{Anchor, Directive};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

pub struct Settings<'a> {
    pub catalogue: &'a Catalogue,
    /// The rules that ran: a directive for another rule is not unused, only not checked.
    pub ran: &'a (dyn Fn(&Rule) -> bool + Sync),
    pub disables: &'a [Disable],
    pub baseline: Option<&'a Baseline>,
    /// `YYYY-MM-DD`: suppressions that expire before it no longer apply.
    pub today: &'a str,
}

/// What a team has accepted besides the comments in the code.
pub struct Accepted<'a> {
    pub disables: &'a [Disable],
    pub baseline: Option<&'a Baseline>,
}

/// Checks the sources with the selected rules and applies the suppressions (none when
/// `accepted` is `None`, as with `--no-ignore`): what `scan` and the editor both report.
pub fn checked(
    sources: crate::source::Sources,
    inputs: &crate::eval::Inputs,
    catalogue: &Catalogue,
    selection: &crate::rules::Selection,
    accepted: Option<Accepted>,
) -> ScanResult {
    let ran = |rule: &Rule| selection.includes(rule);
    let mut result = crate::check::check(sources, inputs, catalogue, &ran);
    if let Some(accepted) = accepted {
        let today = crate::eval::functions::today();
        let settings = Settings {
            catalogue,
            ran: &ran,
            disables: accepted.disables,
            baseline: accepted.baseline,
            today: &today,
        };
        apply(&mut result, &settings);
    }
    result
}

/// Applies the directives of the reported files, then the configuration's `disable` entries,
/// then the baseline.
pub fn apply(result: &mut ScanResult, settings: &Settings) {
    let directives = Directives::read(result, settings);
    let mut inline = Inline {
        directives: &directives,
        used: HashSet::new(),
        expired: Vec::new(),
    };
    let mut disables_used = vec![false; settings.disables.len()];
    let mut in_baseline = 0;
    for mut finding in std::mem::take(&mut result.findings) {
        finding.suppression = inline
            .accepting(&finding, settings.today)
            .or_else(|| disabled(&finding, settings, result, &mut disables_used))
            .or_else(|| {
                let baseline = settings.baseline?;
                let known = baseline.contains(&finding.fingerprint);
                in_baseline += usize::from(known);
                known.then(|| baseline.suppression())
            });
        match finding.suppression {
            Some(_) => result.suppressed.push(finding),
            None => result.findings.push(finding),
        }
    }
    // A directive over a pair left undecided is needed once the value is known (from a plan,
    // or `--var`): it is not stale.
    for undecided in &result.undecided {
        directives.matching(&undecided.finding, &mut inline.used);
    }
    let mut notes: Vec<ScanError> = inline
        .expired
        .iter()
        .map(|&(d, ref message)| directives.note(result, d, "expired-suppression", message.clone()))
        .collect();
    notes.extend(directives.problems(result, &inline.used, settings));
    notes.extend(unused_disables(settings, &disables_used));
    if let Some(baseline) = settings.baseline
        && let Some(note) = baseline.unseen_note(in_baseline)
    {
        notes.push(note);
    }
    result.notes.extend(notes);
}

/// The inline directives as findings meet them: which (directive, rule) pairs matched, and
/// the expired directives met, each once.
struct Inline<'d> {
    directives: &'d Directives,
    used: HashSet<(usize, usize)>,
    expired: Vec<(usize, String)>,
}

impl Inline<'_> {
    /// The suppression of the first directive over the finding that has a reason and has not
    /// expired by `today`.
    fn accepting(&mut self, finding: &Finding, today: &str) -> Option<Suppression> {
        let matching = self.directives.matching(finding, &mut self.used);
        matching.into_iter().find_map(|d| {
            let found = &self.directives.list[d];
            let accepted = found.directive.parsed.as_ref().ok()?;
            if accepted.expires.as_deref().is_some_and(|date| date < today) {
                if !self.expired.iter().any(|(e, _)| *e == d) {
                    self.expired.push((d, expired_message(accepted)));
                }
                return None;
            }
            Some(Suppression {
                kind: SuppressionKind::Inline,
                reason: accepted.reason.clone(),
                expires: accepted.expires.clone(),
                place: Some((found.file, found.directive.span.clone())),
            })
        })
    }
}

fn expired_message(accepted: &comments::Accepted) -> String {
    format!(
        "this suppression expired on {} (reason given: {}): its findings are reported again",
        accepted.expires.as_deref().unwrap_or_default(),
        accepted.reason
    )
}

/// The first `disable` entry of the configuration that covers the finding and has not
/// expired.
fn disabled(
    finding: &Finding,
    settings: &Settings,
    result: &ScanResult,
    used: &mut [bool],
) -> Option<Suppression> {
    if settings.disables.is_empty() {
        return None;
    }
    let rule = settings.catalogue.find(&finding.rule_id)?;
    let path = &result.files[finding.file].path;
    let (index, disable) = settings.disables.iter().enumerate().find(|(_, d)| {
        d.rules.iter().any(|s| crate::rules::matches(s, rule))
            && covers(d, path)
            && d.expires.as_deref().is_none_or(|e| e >= settings.today)
    })?;
    used[index] = true;
    Some(Suppression {
        kind: SuppressionKind::Config,
        reason: disable.reason.clone(),
        expires: disable.expires.clone(),
        place: None,
    })
}

/// Whether a `disable` entry's paths hold the file: a pattern, relative to the configuration
/// file's directory, names the file or a directory it is in (`legacy` and `legacy/**` alike).
fn covers(disable: &Disable, path: &std::path::Path) -> bool {
    if disable.paths.is_empty() {
        return true;
    }
    let Ok(canonical) = std::fs::canonicalize(path) else {
        return false;
    };
    let Ok(relative) = canonical.strip_prefix(&disable.base) else {
        return false;
    };
    let options = glob::MatchOptions {
        require_literal_separator: true,
        ..Default::default()
    };
    relative
        .ancestors()
        .filter(|a| !a.as_os_str().is_empty())
        .any(|a| {
            disable
                .paths
                .iter()
                .any(|p| p.matches_path_with(a, options))
        })
}

/// Notes for `disable` entries that suppressed nothing, or no longer do as they expired.
fn unused_disables(settings: &Settings, used: &[bool]) -> Vec<ScanError> {
    settings
        .disables
        .iter()
        .zip(used)
        .filter(|(d, used)| {
            !**used
                && settings.catalogue.rules.iter().any(|r| {
                    (settings.ran)(r) && d.rules.iter().any(|s| crate::rules::matches(s, r))
                })
        })
        .map(|(d, _)| {
            let state = match &d.expires {
                Some(date) if date.as_str() < settings.today => format!("expired on {date}"),
                _ => "matched no finding".to_string(),
            };
            ScanError {
                kind: "unused-suppression",
                file: None,
                path: d.place.clone(),
                span: 0..0,
                message: format!(
                    "the `disable` entry for {} {state}: remove it, or renew it with a reason",
                    d.rules.join(", ")
                ),
                related: Vec::new(),
            }
        })
        .collect()
}

/// A directive found in a reported file.
struct Found {
    file: usize,
    directive: Directive,
}

/// The directives of the reported files, indexed by the line they anchor.
struct Directives {
    list: Vec<Found>,
    by_line: HashMap<(usize, usize), Vec<usize>>,
    /// Per file, its JSON directives (anchored inside a block).
    inside: HashMap<usize, Vec<usize>>,
    lines: HashMap<usize, LineIndex>,
}

impl Directives {
    fn read(result: &ScanResult, settings: &Settings) -> Directives {
        let list: Vec<Found> = result
            .files
            .par_iter()
            .enumerate()
            .filter(|(_, f)| f.requested && !is_plan_path(&f.path.to_string_lossy()))
            .flat_map_iter(|(file, f)| {
                let json = f.path.extension().is_some_and(|e| e == "json");
                comments::directives(&f.text, json)
                    .into_iter()
                    .map(move |directive| Found { file, directive })
            })
            .map(|mut found| {
                if let Err(unknown) = known_rules(&found.directive, settings) {
                    found.directive.parsed = Err(unknown);
                }
                found
            })
            .collect();
        let mut by_line: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        let mut inside: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, found) in list.iter().enumerate() {
            match found.directive.anchor {
                Anchor::Line(line) => by_line.entry((found.file, line)).or_default().push(i),
                Anchor::Inside(_) => inside.entry(found.file).or_default().push(i),
            }
        }
        // Lines are looked up in the files findings point at, which hold directives.
        let lines = by_line
            .keys()
            .map(|&(file, _)| file)
            .collect::<HashSet<_>>()
            .into_iter()
            .map(|file| (file, LineIndex::new(&result.files[file].text)))
            .collect();
        Directives {
            list,
            by_line,
            inside,
            lines,
        }
    }

    /// The directives that name the finding's rule at one of its anchors: the line of what it
    /// points at, its resource's header, or a `module` call on its way (module scope). Marks
    /// each (directive, rule) pair used.
    fn matching(&self, finding: &Finding, used: &mut HashSet<(usize, usize)>) -> Vec<usize> {
        if self.list.is_empty() {
            return Vec::new();
        }
        let resource = &finding.resource;
        // What a finding points at, its resource's header, and the `module` calls on its way
        // (whose key narrows by module instance): a directive anchors on the first line of
        // each, or (JSON) inside the block.
        let mut places = vec![
            (finding.file, &finding.span, &resource.key),
            (resource.file, &resource.span, &resource.key),
        ];
        places.extend(resource.calls.iter().map(|c| (c.file, &c.span, &c.key)));
        let mut found = Vec::new();
        for (file, span, key) in places {
            let key = key
                .strip_prefix('[')
                .and_then(|k| k.strip_suffix(']'))
                .map(comments::unquote);
            for d in self.at(file, span) {
                let rules = &self.list[d].directive.rules;
                for (r, (name, narrowed)) in rules.iter().enumerate() {
                    let names_rule =
                        name.eq_ignore_ascii_case(&finding.rule_id) || *name == finding.rule_name;
                    let key_fits = narrowed.is_none() || *narrowed == key;
                    if names_rule && key_fits {
                        used.insert((d, r));
                        found.push(d);
                    }
                }
            }
        }
        found
    }

    /// The directives anchored on the first line of `span`, or (JSON) inside it.
    fn at<'s>(
        &'s self,
        file: usize,
        span: &'s crate::syntax::Span,
    ) -> impl Iterator<Item = usize> + 's {
        let on_line = self
            .lines
            .get(&file)
            .and_then(|index| self.by_line.get(&(file, index.line_of(span.start))))
            .into_iter()
            .flatten()
            .copied();
        let inside = self
            .inside
            .get(&file)
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&d| match self.list[d].directive.anchor {
                Anchor::Inside(offset) => span.contains(&offset),
                Anchor::Line(_) => false,
            });
        on_line.chain(inside)
    }

    /// Notes for directives that cannot apply and for rules they name that matched nothing.
    fn problems(
        &self,
        result: &ScanResult,
        used: &HashSet<(usize, usize)>,
        settings: &Settings,
    ) -> Vec<ScanError> {
        let mut notes = Vec::new();
        for (d, found) in self.list.iter().enumerate() {
            let directive = &found.directive;
            if let Err(problem) = &directive.parsed {
                let message = format!("this suppression {problem}");
                notes.push(self.note(result, d, "invalid-suppression", message));
                continue;
            }
            let unused: Vec<String> = directive
                .rules
                .iter()
                .enumerate()
                .filter(|&(r, (name, _))| {
                    !used.contains(&(d, r))
                        && settings
                            .catalogue
                            .find(name)
                            .is_some_and(|rule| (settings.ran)(rule))
                })
                .map(|(_, (name, key))| match key {
                    Some(key) => format!("{name}[{key}]"),
                    None => name.clone(),
                })
                .collect();
            if !unused.is_empty() {
                notes.push(self.note(
                    result,
                    d,
                    "unused-suppression",
                    format!(
                        "this suppression of {} matches no finding here: remove it, or move it \
                         to the line above the resource, attribute or module call",
                        unused.join(", ")
                    ),
                ));
            }
        }
        notes
    }

    fn note(
        &self,
        result: &ScanResult,
        d: usize,
        kind: &'static str,
        message: String,
    ) -> ScanError {
        let found = &self.list[d];
        ScanError {
            kind,
            file: Some(found.file),
            path: result.files[found.file].path.display().to_string(),
            span: found.directive.span.clone(),
            message,
            related: Vec::new(),
        }
    }
}

/// Every rule a directive names must exist: a typo would otherwise suppress nothing, silently.
fn known_rules(directive: &Directive, settings: &Settings) -> Result<(), String> {
    match directive
        .rules
        .iter()
        .find(|(name, _)| settings.catalogue.find(name).is_none())
    {
        Some((name, _)) => Err(format!(
            "names `{name}`, which is no rule's id or name (see `tfcomply rules`)"
        )),
        None => Ok(()),
    }
}
