//! The rule files are the single source of the docs: `docs/rules/<ID>.md`, the index and the
//! coverage pages are generated, and this test fails when they are stale. Each rule page shows
//! a failing and a passing example taken from the rule's fixtures; an example cut down to one
//! block is checked here to behave alone as it does in its fixture.
//! Regenerate with `TFCOMPLY_UPDATE_DOCS=1 cargo test --test docs`.

use std::path::{Path, PathBuf};
use tfcomply::check::check;
use tfcomply::report::coverage::markdown;
use tfcomply::report::rules::{docs_index, docs_page};
use tfcomply::rules::{Catalogue, Rule};

#[path = "common/fixtures.rs"]
mod fixtures;
use fixtures::{fixture_dir, fixture_files};

/// The first of the rule's fixture files whose name starts with `prefix`, and its text.
fn fixture(rule: &Rule, prefix: &str) -> Option<(PathBuf, String)> {
    let path = fixture_files(&fixture_dir(&rule.name))
        .into_iter()
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))?;
    let text = std::fs::read_to_string(&path).ok()?;
    Some((path, text))
}

/// Lines of the findings `rule` raises on `text` alone.
fn fired(rule: &Rule, catalogue: &Catalogue, text: &str) -> Vec<usize> {
    let dir = tempdir();
    std::fs::write(dir.join("main.tf"), text).unwrap();
    let sources = tfcomply::source::collect(std::slice::from_ref(&dir), &[]).unwrap();
    let result = check(sources, &Default::default(), catalogue, &|r| {
        r.id == rule.id
    });
    let lines = result
        .findings
        .iter()
        .map(|f| tfcomply::report::line_col(&result.files[f.file].text, f.span.start).0)
        .collect();
    std::fs::remove_dir_all(&dir).ok();
    lines
}

fn tempdir() -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "tfcomply-docs-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The top-level blocks of a file, as text.
fn blocks(text: &str) -> Vec<&str> {
    tfcomply::parse::parse_hcl(text)
        .map(|body| body.blocks.iter().map(|b| &text[b.span.clone()]).collect())
        .unwrap_or_default()
}

/// The first block of the failing fixture that fails alone (with its marker), else the file.
fn failing_example(rule: &Rule, catalogue: &Catalogue) -> String {
    let Some((_, text)) = fixture(rule, "fail") else {
        return String::new();
    };
    let marker = format!("# expect: {}", rule.name);
    blocks(&text)
        .into_iter()
        .find(|block| {
            let marked: Vec<usize> = block
                .lines()
                .enumerate()
                .filter(|(_, l)| l.contains(&marker))
                .map(|(i, _)| i + 1)
                .collect();
            !marked.is_empty() && fired(rule, catalogue, block) == marked
        })
        .map_or(text.clone(), str::to_string)
}

/// The first block of the passing fixture the rule checks and passes alone, else the file.
fn passing_example(rule: &Rule, catalogue: &Catalogue) -> String {
    let Some((_, text)) = fixture(rule, "pass") else {
        return String::new();
    };
    blocks(&text)
        .into_iter()
        .find(|block| {
            rule.resource_types.iter().any(|t| {
                let (mode, kind) = match t.strip_prefix("data.") {
                    Some(kind) => ("data", kind),
                    None => ("resource", t.as_str()),
                };
                block.starts_with(&format!("{mode} \"{kind}\""))
            }) && fired(rule, catalogue, block).is_empty()
        })
        .map_or(text.clone(), str::to_string)
}

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
                docs_page(
                    rule,
                    &catalogue,
                    &failing_example(rule, &catalogue),
                    &passing_example(rule, &catalogue)
                )
            );
            (docs.join("rules").join(format!("{}.md", rule.id)), page)
        })
        .collect();
    pages.push((docs.join("rules/README.md"), docs_index(&catalogue)));
    for framework in &catalogue.frameworks {
        pages.push((
            docs.join(format!("coverage-{}.md", framework.id)),
            markdown(&catalogue, framework),
        ));
    }
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
