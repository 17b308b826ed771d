//! The source distribution that pip builds the wheel from where no wheel fits the platform:
//! build.rs compiles every rule file into the binary, so each must be in it.

#[path = "common/tools.rs"]
mod tools;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn sdist_holds_what_the_build_reads() {
    let Some(maturin) = tools::find("maturin") else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::temp_dir().join(format!("tfcomply-sdist-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let built = Command::new(maturin)
        .args(["sdist", "--out"])
        .arg(&out)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "maturin sdist:\n{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let archive = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".tar.gz"))
        .expect("an sdist");
    let listing = Command::new("tar")
        .arg("tzf")
        .arg(&archive)
        .output()
        .unwrap();
    assert!(listing.status.success());
    // Entries are under `tfcomply-<version>/`.
    let entries: BTreeSet<String> = String::from_utf8(listing.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_once('/').map(|(_, path)| path.to_string()))
        .collect();

    let mut needed: Vec<String> = [
        "Cargo.toml",
        "Cargo.lock",
        "build.rs",
        "pyproject.toml",
        "src/main.rs",
    ]
    .map(String::from)
    .into();
    let mut rules = Vec::new();
    rule_files(&root.join("rules"), &mut rules);
    assert!(!rules.is_empty());
    needed.extend(rules.iter().map(|p| {
        p.strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/")
    }));
    let missing: Vec<&String> = needed.iter().filter(|p| !entries.contains(*p)).collect();
    assert!(missing.is_empty(), "missing from the sdist: {missing:?}");
    // Only the tests read these.
    assert!(!entries.iter().any(|e| e.starts_with("testdata/")));
    let _ = std::fs::remove_dir_all(&out);
}

/// What build.rs reads: every `.hcl` under `rules/`.
fn rule_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rule_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "hcl") {
            files.push(path);
        }
    }
}
