//! Every rule in `rules/` proves itself on its fixtures in `testdata/rules/<rule-name>/`:
//! `fail*.tf` (or `fail*.json` plans) files mark each line that must fire with `# expect: <rule-name>`, `pass*.tf`
//! files must raise nothing. Only the rule under test runs, as each fixture targets one rule.
//! Fixtures may sit in subdirectories: each is a configuration of its own, for rules that look at the whole
//! configuration (an account-wide default in one must not cover the others).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tfcomply::check::check;
use tfcomply::report::line_col;
use tfcomply::rules::Catalogue;

#[path = "common/fixtures.rs"]
mod fixtures;
use fixtures::{fixture_dir, fixture_files};

/// Lines (1-based) of `text` marked `# expect: <rule_name>`.
fn expected_lines(text: &str, rule_name: &str) -> BTreeSet<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            line.split_once("# expect:").is_some_and(|(_, names)| {
                names
                    .split(',')
                    .any(|n| n.trim().trim_end_matches('"') == rule_name)
            })
        })
        .map(|(i, _)| i + 1)
        .collect()
}

#[test]
fn every_rule_fires_exactly_on_its_marked_lines() {
    let catalogue = Catalogue::builtin().expect("built-in rules load");
    let mut failures = Vec::new();
    for rule in &catalogue.rules {
        let dir = fixture_dir(&rule.name);
        let files = fixture_files(&dir);
        let has = |prefix: &str| {
            files
                .iter()
                .any(|f| f.file_name().unwrap().to_string_lossy().starts_with(prefix))
        };
        if !has("fail") || !has("pass") {
            failures.push(format!(
                "{}: needs fail*.tf and pass*.tf fixtures in {}",
                rule.name,
                dir.display()
            ));
            continue;
        }
        // A directory walk reads configuration; plans are scanned when named.
        let plans = files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "json"))
            .filter(|f| !f.to_string_lossy().ends_with(".tf.json"));
        let paths: Vec<PathBuf> = std::iter::once(dir.clone()).chain(plans.cloned()).collect();
        let sources = tfcomply::source::collect(&paths, &[]).unwrap();
        let result = check(sources, &Default::default(), &catalogue, &|r| {
            r.id == rule.id
        });
        assert!(
            result.errors.is_empty(),
            "{}: fixture errors {:?}",
            rule.name,
            result.errors
        );
        let mut marked_somewhere = false;
        for file in &result.files {
            let name = file.path.file_name().unwrap().to_string_lossy().to_string();
            let expected = expected_lines(&file.text, &rule.name);
            marked_somewhere |= !expected.is_empty();
            if name.starts_with("pass") && !expected.is_empty() {
                failures.push(format!(
                    "{}: {name} is a passing fixture but marks lines",
                    rule.name
                ));
            }
            let fired: BTreeSet<usize> = result
                .findings
                .iter()
                .filter(|f| result.files[f.file].path == file.path)
                .map(|f| line_col(&file.text, f.span.start).0)
                .collect();
            if fired != expected {
                failures.push(format!(
                    "{}: {name}: expected lines {expected:?}, fired on {fired:?}",
                    rule.name
                ));
            }
        }
        if !marked_somewhere {
            failures.push(format!(
                "{}: no fixture line is marked `# expect: {}`",
                rule.name, rule.name
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_fixture_directory_belongs_to_a_rule() {
    let catalogue = Catalogue::builtin().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/rules");
    for entry in std::fs::read_dir(root).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        assert!(
            catalogue.find(&name).is_some(),
            "testdata/rules/{name} has no rule"
        );
    }
}

#[test]
fn markers_are_read_from_trailing_comments() {
    let text = "a\nresource \"x\" \"y\" { # expect: one, two\n";
    assert_eq!(expected_lines(text, "two"), BTreeSet::from([2]));
    assert!(expected_lines(text, "three").is_empty());
}

#[test]
fn every_rule_maps_to_soc2_and_sox() {
    let catalogue = Catalogue::builtin().unwrap();
    let unmapped: Vec<&str> = catalogue
        .rules
        .iter()
        .filter(|r| {
            ["soc2", "sox"]
                .iter()
                .any(|f| r.criteria.get(*f).is_none_or(Vec::is_empty))
        })
        .map(|r| r.name.as_str())
        .collect();
    assert!(
        unmapped.is_empty(),
        "rules without soc2 and sox criteria: {unmapped:?}"
    );
}
