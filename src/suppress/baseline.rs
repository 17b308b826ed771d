//! The baseline file: the findings a team accepted on a given day, by fingerprint, so a
//! nightly or pull-request scan reports only what is new. The file lists each finding's rule,
//! address and file too, for a reviewer; only the fingerprint is matched.

use crate::check::{ScanError, ScanResult};
use crate::findings::{Suppression, SuppressionKind};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;

pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct File {
    version: u32,
    /// `YYYY-MM-DD`.
    created: String,
    findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    rule_id: String,
    address: String,
    file: String,
    message: String,
}

/// A baseline read for a scan.
pub struct Baseline {
    path: String,
    created: String,
    fingerprints: HashSet<String>,
}

impl Baseline {
    pub fn read(path: &Path) -> Result<Baseline, String> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| format!("--baseline {shown}: {e}"))?;
        let file: File = serde_json::from_str(&text)
            .map_err(|e| format!("--baseline {shown}:{}:{}: {e}", e.line(), e.column()))?;
        if file.version != VERSION {
            return Err(format!(
                "--baseline {shown}: version {} is not supported (this tfcomply writes version {VERSION})",
                file.version
            ));
        }
        Ok(Baseline {
            path: shown,
            created: file.created,
            fingerprints: file.findings.into_iter().map(|e| e.fingerprint).collect(),
        })
    }

    pub fn contains(&self, fingerprint: &str) -> bool {
        self.fingerprints.contains(fingerprint)
    }

    pub fn suppression(&self) -> Suppression {
        Suppression {
            kind: SuppressionKind::Baseline,
            reason: format!("accepted in the baseline {} of {}", self.path, self.created),
            expires: None,
            place: None,
        }
    }

    /// A note on the baseline's findings this scan did not meet, when some are missing: fixed,
    /// or outside what this scan looked at.
    pub fn unseen_note(&self, seen: usize) -> Option<ScanError> {
        let unseen = self.fingerprints.len().saturating_sub(seen);
        (unseen > 0).then(|| ScanError {
            kind: "note",
            file: None,
            path: self.path.clone(),
            span: 0..0,
            message: format!(
                "{unseen} of the {} findings in the baseline did not occur in this scan: they \
                 were fixed, their resources renamed or removed, or their rules or files not \
                 scanned this time (recreate the baseline to drop what is fixed)",
                self.fingerprints.len()
            ),
            related: Vec::new(),
        })
    }
}

/// The baseline of a scan's findings (not those already suppressed), as JSON, sorted so that
/// recreating it changes only what changed.
pub fn render(result: &ScanResult, created: &str) -> String {
    let mut findings: Vec<Entry> = result
        .findings
        .iter()
        .map(|f| Entry {
            fingerprint: f.fingerprint.clone(),
            rule_id: f.rule_id.clone(),
            address: f.resource.address.clone(),
            file: result.files[f.file].path.display().to_string(),
            message: f.message.clone(),
        })
        .collect();
    findings
        .sort_by(|a, b| (&a.file, &a.address, &a.rule_id).cmp(&(&b.file, &b.address, &b.rule_id)));
    let file = File {
        version: VERSION,
        created: created.to_string(),
        findings,
    };
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}
