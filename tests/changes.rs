//! `scan --changed-since` and `scan --diff`: only the findings on lines a change touched, in
//! scripted git histories. Each scan runs the EBS encryption rule alone (ENC003), so the
//! findings left are exactly the volumes the change touched.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch directory holding `repo/` and a `home/` for git, removed afterwards. Git runs
/// without the machine's or the user's settings, and does not look for a repository above
/// the sandbox.
struct Sandbox {
    dir: PathBuf,
}

impl Sandbox {
    fn new(name: &str) -> Sandbox {
        let dir =
            std::env::temp_dir().join(format!("tfcomply-changes-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("repo")).expect("the sandbox is created");
        std::fs::create_dir_all(dir.join("home")).expect("the sandbox is created");
        Sandbox { dir }
    }

    /// A sandbox whose `repo/` is a git repository.
    fn git_repository(name: &str) -> Sandbox {
        let sandbox = Sandbox::new(name);
        sandbox.git(&["init", "-q"]);
        sandbox
    }

    fn repo(&self) -> PathBuf {
        self.dir.join("repo")
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.repo().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn command(&self, program: &str, dir: &Path) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.dir.join("home"))
            .env("XDG_CONFIG_HOME", self.dir.join("home"))
            .env("GIT_CEILING_DIRECTORIES", &self.dir)
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .env("NO_COLOR", "1");
        command
    }

    fn git(&self, args: &[&str]) {
        let output = self
            .command("git", &self.repo())
            .args(["-c", "user.name=t", "-c", "user.email=t@t"])
            .args([
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main",
            ])
            .args(args)
            .output()
            .expect("git runs");
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// `tfcomply scan --select ENC003 --format json ARGS` run in `dir`.
    fn scan_in(&self, dir: &Path, args: &[&str]) -> Output {
        self.command(env!("CARGO_BIN_EXE_tfcomply"), dir)
            .args([
                "scan",
                "--select",
                "ENC003",
                "--format",
                "json",
                "--show-unknown",
            ])
            .args(args)
            .output()
            .expect("the binary runs")
    }

    fn scan(&self, args: &[&str]) -> Output {
        self.scan_in(&self.repo(), args)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// An EBS volume; ENC003 fails it unless `encrypted` is `true`.
fn volume(name: &str, zone: &str, encrypted: Option<&str>) -> String {
    let encrypted = encrypted
        .map(|value| format!("  encrypted         = {value}\n"))
        .unwrap_or_default();
    format!(
        "resource \"aws_ebs_volume\" \"{name}\" {{\n  availability_zone = \"{zone}\"\n{encrypted}}}\n\n"
    )
}

/// The resource addresses of the report's findings, and of its undecided pairs, sorted;
/// checks that the summary counts the findings shown.
fn reported(output: &Output) -> (Vec<String>, Vec<String>) {
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "scan failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
    let addresses = |list: &str| {
        let mut addresses: Vec<String> = report[list]
            .as_array()
            .unwrap_or_else(|| panic!("`{list}` in {report}"))
            .iter()
            .map(|f| f["resource"]["address"].as_str().unwrap().to_string())
            .collect();
        addresses.sort();
        addresses
    };
    let findings = addresses("findings");
    assert_eq!(report["summary"]["findings"], findings.len());
    (findings, addresses("unknown"))
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A history of two commits and changes on top in every state git knows:
/// - commit 1: `main.tf` with five failing-or-passing volumes, `other.tf` with one failing
///   volume and one undecided (its `encrypted` is unknown before apply);
/// - commit 2: `committed` edited, and two comment lines added at the top of `main.tf`, so
///   that every volume under them moves down without changing;
/// - staged: `staged` edited; unstaged: `unstaged` edited and `encrypted = true` removed from
///   `attribute_removed` (which then fails, at its header);
/// - untracked: `new.tf`, with a failing volume and an undecided one.
fn history(name: &str) -> Sandbox {
    let sandbox = Sandbox::git_repository(name);
    let main = |zones: [&str; 3], attribute_removed: Option<&str>| {
        [
            volume("untouched", "us-east-1a", Some("false")),
            volume("committed", zones[0], Some("false")),
            volume("staged", zones[1], Some("false")),
            volume("unstaged", zones[2], Some("false")),
            volume("attribute_removed", "us-east-1a", attribute_removed),
        ]
        .concat()
    };
    let undecided = |name: &str| {
        format!(
            "resource \"aws_kms_key\" \"{name}\" {{}}\n\n{}",
            volume(
                name,
                "us-east-1a",
                Some(&format!("aws_kms_key.{name}.arn != \"\""))
            ),
        )
    };
    let a = "us-east-1a";
    let b = "us-east-1b";
    sandbox.write("main.tf", &main([a, a, a], Some("true")));
    let other = volume("elsewhere", a, Some("false")) + &undecided("elsewhere_unknown");
    sandbox.write("other.tf", &other);
    sandbox.commit("volumes");
    let comment = "# Volumes of the web tier.\n# Keep them encrypted.\n";
    sandbox.write(
        "main.tf",
        &(comment.to_string() + &main([b, a, a], Some("true"))),
    );
    sandbox.commit("edit committed, shift everything down");
    sandbox.write(
        "main.tf",
        &(comment.to_string() + &main([b, b, a], Some("true"))),
    );
    sandbox.git(&["add", "main.tf"]);
    sandbox.write("main.tf", &(comment.to_string() + &main([b, b, b], None)));
    let new = volume("brand_new", a, Some("false")) + &undecided("brand_new_unknown");
    sandbox.write("new.tf", &new);
    sandbox
}

fn addresses(names: &[&str]) -> Vec<String> {
    let mut addresses: Vec<String> = names
        .iter()
        .map(|name| format!("aws_ebs_volume.{name}"))
        .collect();
    addresses.sort();
    addresses
}

#[test]
fn without_a_change_every_finding_is_reported() {
    let sandbox = history("everything");
    let (findings, unknown) = reported(&sandbox.scan(&[]));
    assert_eq!(
        findings,
        addresses(&[
            "untouched",
            "committed",
            "staged",
            "unstaged",
            "attribute_removed",
            "elsewhere",
            "brand_new",
        ])
    );
    assert_eq!(
        unknown,
        addresses(&["elsewhere_unknown", "brand_new_unknown"])
    );
}

#[test]
fn changed_since_the_previous_commit_keeps_committed_staged_unstaged_and_new_changes() {
    let sandbox = history("since-previous");
    let (findings, unknown) = reported(&sandbox.scan(&["--changed-since", "HEAD~1"]));
    assert_eq!(
        findings,
        addresses(&[
            "committed",
            "staged",
            "unstaged",
            "attribute_removed",
            "brand_new",
        ])
    );
    assert_eq!(unknown, addresses(&["brand_new_unknown"]));
}

#[test]
fn changed_since_head_leaves_out_what_is_committed() {
    let sandbox = history("since-head");
    let (findings, _) = reported(&sandbox.scan(&["--changed-since", "HEAD"]));
    assert_eq!(
        findings,
        addresses(&["staged", "unstaged", "attribute_removed", "brand_new"])
    );
}

#[test]
fn a_changed_variable_default_reports_the_volumes_it_fails() {
    let sandbox = Sandbox::git_repository("variable");
    let variable = |value: &str| format!("variable \"encrypted\" {{\n  default = {value}\n}}\n");
    sandbox.write("variables.tf", &variable("true"));
    sandbox.write(
        "main.tf",
        &(volume("by_variable", "us-east-1a", Some("var.encrypted"))
            + &volume("fixed", "us-east-1a", Some("false"))),
    );
    sandbox.commit("volumes");
    sandbox.write("variables.tf", &variable("false"));
    let (findings, _) = reported(&sandbox.scan(&["--changed-since", "HEAD"]));
    assert_eq!(findings, addresses(&["by_variable"]));
}

#[test]
fn a_renamed_file_reports_only_its_edited_volumes_whatever_the_git_settings() {
    let sandbox = Sandbox::git_repository("rename");
    let volumes = |zone: &str| {
        volume("kept", "us-east-1a", Some("false")) + &volume("edited", zone, Some("false"))
    };
    sandbox.write("old.tf", &volumes("us-east-1a"));
    sandbox.commit("volumes");
    // Settings that change what `git diff` prints: the scan must read the same changes.
    for (key, value) in [
        ("diff.mnemonicPrefix", "true"),
        ("diff.renames", "false"),
        ("diff.external", "false"),
        ("color.diff", "always"),
        ("diff.tf.textconv", "true"),
        ("core.quotePath", "true"),
    ] {
        sandbox.git(&["config", key, value]);
    }
    let attributes = sandbox.repo().join(".git/info/attributes");
    std::fs::create_dir_all(attributes.parent().unwrap()).unwrap();
    std::fs::write(attributes, "*.tf diff=tf\n").unwrap();
    // A path git quotes, with octal escapes for the é.
    let moved = "infra/café volumes.tf";
    std::fs::create_dir(sandbox.repo().join("infra")).unwrap();
    sandbox.git(&["mv", "old.tf", moved]);
    sandbox.write(moved, &volumes("us-east-1b"));
    let (findings, _) = reported(&sandbox.scan(&["--changed-since", "HEAD"]));
    assert_eq!(findings, addresses(&["edited"]));
}

#[test]
fn a_diff_file_names_paths_from_the_top_of_the_repository() {
    let sandbox = Sandbox::git_repository("diff-in-repo");
    let volumes = [
        volume("before", "us-east-1a", Some("false")),
        volume("changed", "us-east-1b", Some("false")),
        volume("after", "us-east-1a", Some("false")),
    ]
    .concat();
    sandbox.write("infra/main.tf", &volumes);
    sandbox.commit("volumes");
    // A pull request's diff, with CRLF line ends: the zone of `changed` (lines 6 to 9) was
    // edited.
    let diff = "diff --git a/infra/main.tf b/infra/main.tf\r\n\
                index 1111111..2222222 100644\r\n\
                --- a/infra/main.tf\r\n\
                +++ b/infra/main.tf\r\n\
                @@ -7 +7 @@ resource \"aws_ebs_volume\" \"before\" {\r\n\
                -  availability_zone = \"us-east-1a\"\r\n\
                +  availability_zone = \"us-east-1b\"\r\n";
    sandbox.write("pr.diff", diff);
    let output = sandbox.scan_in(&sandbox.repo().join("infra"), &["--diff", "../pr.diff"]);
    assert_eq!(reported(&output).0, addresses(&["changed"]));
}

#[test]
fn a_diff_file_outside_a_repository_names_paths_from_the_current_directory() {
    let sandbox = Sandbox::new("diff-no-repo");
    let old = volume("old", "us-east-1a", Some("false"));
    let added = volume("added", "us-east-1a", Some("false"));
    sandbox.write("infra/main.tf", &(old + &added));
    // `diff -u` output for the volume added after the first one's five lines, paths without
    // prefixes.
    let diff = "--- infra/main.tf.orig\t2024-05-01 10:00:00.000000000 +0000\n\
                +++ infra/main.tf\t2024-05-01 10:00:01.000000000 +0000\n\
                @@ -5,0 +6,5 @@\n\
                +resource \"aws_ebs_volume\" \"added\" {\n\
                +  availability_zone = \"us-east-1a\"\n\
                +  encrypted         = false\n\
                +}\n\
                +\n";
    sandbox.write("pr.diff", diff);
    let (findings, _) = reported(&sandbox.scan(&["infra", "--diff", "pr.diff"]));
    assert_eq!(findings, addresses(&["added"]));
}

/// The scan stops before reading anything, with exit code 2 and the reason on stderr.
fn assert_usage_error(output: &Output, expected: &[&str]) {
    assert_eq!(output.status.code(), Some(2), "{}", stderr(output));
    assert!(output.stdout.is_empty(), "no report is printed");
    for part in expected {
        assert!(
            stderr(output).contains(part),
            "`{part}` in: {}",
            stderr(output)
        );
    }
}

#[test]
fn an_unknown_revision_is_a_usage_error() {
    let sandbox = history("unknown-revision");
    let output = sandbox.scan(&["--changed-since", "no-such-branch"]);
    assert_usage_error(
        &output,
        &["--changed-since no-such-branch: unknown revision"],
    );
}

#[test]
fn a_revision_like_an_option_is_a_usage_error() {
    let sandbox = history("option-revision");
    let output = sandbox.scan(&["--changed-since=--output=x"]);
    assert_usage_error(&output, &["cannot start with `-`"]);
    assert!(!sandbox.repo().join("x").exists());
}

#[test]
fn changed_since_outside_a_repository_is_a_usage_error() {
    let sandbox = Sandbox::new("no-repository");
    sandbox.write("main.tf", &volume("v", "us-east-1a", Some("false")));
    let output = sandbox.scan(&["--changed-since", "HEAD"]);
    assert_usage_error(&output, &["--changed-since HEAD: not a git repository"]);
}

#[test]
fn changed_since_without_git_is_a_usage_error() {
    let sandbox = history("no-git");
    let output = sandbox
        .command(env!("CARGO_BIN_EXE_tfcomply"), &sandbox.repo())
        .env("PATH", sandbox.dir.join("home"))
        .args(["scan", "--changed-since", "HEAD"])
        .output()
        .expect("the binary runs");
    assert_usage_error(&output, &["--changed-since HEAD: git is not installed"]);
}

#[test]
fn a_malformed_diff_is_a_usage_error_at_its_line() {
    let sandbox = Sandbox::new("malformed-diff");
    sandbox.write("main.tf", &volume("v", "us-east-1a", Some("false")));
    sandbox.write(
        "pr.diff",
        "--- a/main.tf\n+++ b/main.tf\n@@ -1,2 +1,2 @@\n-a\n+b\n",
    );
    assert_usage_error(
        &sandbox.scan(&["--diff", "pr.diff"]),
        &["--diff pr.diff: the diff ends inside the hunk at line 3"],
    );
    assert_usage_error(
        &sandbox.scan(&["--diff", "missing.diff"]),
        &["--diff missing.diff: "],
    );
}

#[test]
fn changed_since_and_diff_cannot_be_combined() {
    let sandbox = history("both");
    sandbox.write("pr.diff", "");
    let output = sandbox.scan(&["--changed-since", "HEAD", "--diff", "pr.diff"]);
    assert_usage_error(
        &output,
        &["--changed-since and --diff FILE cannot be used together"],
    );
}

#[test]
fn an_edited_module_call_reports_the_module_and_stale_suppressions_stay_quiet() {
    let sandbox = Sandbox::git_repository("module-call");
    sandbox.write(
        "modules/disk/main.tf",
        &volume("this", "us-east-1a", Some("false")),
    );
    let call = |zone: &str| {
        format!(
            "module \"disks\" {{\n  source = \"./modules/disk\"\n  # {zone}\n}}\n\n\
             # tfcomply:ignore ENC003 reason=\"nothing to suppress here\"\n\
             resource \"aws_kms_key\" \"k\" {{}}\n"
        )
    };
    sandbox.write("main.tf", &call("first"));
    sandbox.commit("a module call");
    let scan = || {
        let output = sandbox.scan(&["--changed-since", "HEAD"]);
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        let notes = report["notes"].as_array().unwrap().len();
        let (findings, _) = reported(&output);
        (findings, notes)
    };
    // Nothing changed: the unused suppression comment is not this change's business.
    assert_eq!(scan(), (Vec::new(), 0));
    sandbox.write("main.tf", &call("second"));
    assert_eq!(
        scan().0,
        vec!["module.disks.aws_ebs_volume.this".to_string()]
    );
}

#[test]
fn changes_are_counted_from_where_the_branch_left_the_revision() {
    let sandbox = Sandbox::git_repository("merge-base");
    let both = |a_zone: &str| {
        volume("a", a_zone, Some("false")) + &volume("b", "us-east-1a", Some("false"))
    };
    sandbox.write("main.tf", &both("us-east-1a"));
    sandbox.commit("a and b");
    sandbox.git(&["checkout", "-q", "-b", "feature"]);
    sandbox.write("c.tf", &volume("c", "us-east-1a", Some("false")));
    sandbox.commit("c on the branch");
    // The base branch moves on after the branch left it.
    sandbox.git(&["checkout", "-q", "main"]);
    sandbox.write("main.tf", &both("us-east-1b"));
    sandbox.commit("a edited on main");
    sandbox.git(&["checkout", "-q", "feature"]);
    let (findings, _) = reported(&sandbox.scan(&["--changed-since", "main"]));
    assert_eq!(findings, addresses(&["c"]));
}
