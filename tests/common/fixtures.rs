//! What the rule fixture and docs tests share: where a rule's fixtures are.

use std::path::{Path, PathBuf};

/// `testdata/rules/<rule-name>/`.
pub fn fixture_dir(rule_name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/rules")
        .join(rule_name)
}

/// The fixture files under `dir`, subdirectories included, sorted: configuration, and plans
/// (`*.json`) for the rules about what only a plan shows, such as drift.
pub fn fixture_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ignore::WalkBuilder::new(dir)
        .build()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "tf" || e == "json"))
        .collect();
    files.sort();
    files
}
