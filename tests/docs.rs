//! The rule files are the single source of the docs: `docs/rules/<ID>.md`, the index and the
//! coverage table are generated, and this test fails when they are stale.
//! Regenerate with `TFCOMPLY_UPDATE_DOCS=1 cargo test --test docs`.

use std::path::{Path, PathBuf};
use tfcomply::report::rules::{coverage, docs_index, explain};
use tfcomply::rules::Catalogue;

fn expected_docs() -> Vec<(PathBuf, String)> {
    let catalogue = Catalogue::builtin().unwrap();
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let mut pages: Vec<(PathBuf, String)> = catalogue
        .rules
        .iter()
        .map(|rule| {
            let page = format!(
                "<!-- Generated from {}; edit the rule file, not this page. -->\n\n{}",
                rule.origin,
                explain(rule, &catalogue)
            );
            (docs.join("rules").join(format!("{}.md", rule.id)), page)
        })
        .collect();
    pages.push((docs.join("rules/README.md"), docs_index(&catalogue)));
    pages.push((docs.join("coverage.md"), coverage(&catalogue)));
    pages
}

#[test]
fn generated_docs_are_current() {
    let update = std::env::var_os("TFCOMPLY_UPDATE_DOCS").is_some();
    let expected = expected_docs();
    let mut stale = Vec::new();
    for (path, text) in &expected {
        if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    let rules_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    for entry in std::fs::read_dir(&rules_dir).into_iter().flatten() {
        let path = entry.unwrap().path();
        if !expected.iter().any(|(p, _)| *p == path) {
            if update {
                std::fs::remove_file(&path).unwrap();
            } else {
                stale.push(format!("{} (no such rule)", path.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated docs; run `TFCOMPLY_UPDATE_DOCS=1 cargo test --test docs`:\n{}",
        stale.join("\n")
    );
}
