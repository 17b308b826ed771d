//! What several test files share: running the `tfcomply` binary as users run it.

use std::process::{Command, Output};

/// Runs the binary from the repository root, without colour, at a fixed width.
pub fn tfcomply(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tfcomply"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("the binary runs")
}
