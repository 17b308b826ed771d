//! Outside tools some tests drive (pre-commit, maturin, sarif-multitool, action-validator).
//! A developer without one still gets a green `cargo test`; CI sets TFCOMPLY_REQUIRE_TOOLS=1
//! so that a tool missing there fails instead of passing unseen.

// Each test binary includes this file and uses what it needs of it.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;

/// The path of `tool` on PATH. When it is missing: a panic if TFCOMPLY_REQUIRE_TOOLS=1, else
/// `None` after telling that the test is skipped.
pub fn find(tool: &str) -> Option<PathBuf> {
    find_all(tool).into_iter().next()
}

/// Every distinct `tool` on PATH, in PATH order (a test may run against each version
/// installed), with [`find`]'s handling of none.
pub fn find_all(tool: &str) -> Vec<PathBuf> {
    let mut seen = std::collections::HashSet::new();
    let found: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .flat_map(|dir| names(tool).map(move |name| dir.join(name)))
        .filter(|candidate| is_executable(candidate))
        .filter(|candidate| seen.insert(std::fs::canonicalize(candidate).ok()))
        .collect();
    if found.is_empty() {
        if std::env::var("TFCOMPLY_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
            panic!("{tool} not found on PATH, and TFCOMPLY_REQUIRE_TOOLS=1 requires it");
        }
        // Written to the process's stderr rather than with eprintln!, which the test harness
        // captures and shows only for failing tests: a skip should be seen.
        let _ = writeln!(
            std::io::stderr(),
            "skipped: {tool} not found (set TFCOMPLY_REQUIRE_TOOLS=1 to require it)"
        );
    }
    found
}

/// The file names a command goes by: Windows finds `tool.exe`, or npm's `tool.cmd` shim.
fn names(tool: &str) -> impl Iterator<Item = String> + '_ {
    let extensions: &[&str] = if cfg!(windows) {
        &[".exe", ".cmd"]
    } else {
        &[""]
    };
    extensions.iter().map(move |ext| format!("{tool}{ext}"))
}

#[cfg(unix)]
fn is_executable(path: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &std::path::Path) -> bool {
    path.is_file()
}
