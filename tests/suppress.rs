//! Suppressions as users write them: `tfcomply:ignore` comments, `.tfcomply.toml` entries and
//! baselines, each kept as evidence in the JSON report.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::tfcomply;

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

fn addresses(report: &Value, list: &str) -> Vec<String> {
    report[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}",
                f["rule_id"].as_str().unwrap(),
                f["resource"]["address"].as_str().unwrap()
            )
        })
        .collect()
}

/// A fresh directory under the system's temporary one, for tests that write files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tfcomply-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// What a report says about suppressions, one line each, for a snapshot.
fn outline(report: &Value) -> String {
    let mut lines = Vec::new();
    for f in report["findings"].as_array().unwrap() {
        lines.push(format!(
            "finding    {} {} line {}",
            f["rule_id"].as_str().unwrap(),
            f["resource"]["address"].as_str().unwrap(),
            f["line"]
        ));
    }
    for f in report["suppressed"].as_array().unwrap() {
        let s = &f["suppression"];
        lines.push(format!(
            "suppressed {} {} ({}, comment line {}, expires {}): {}",
            f["rule_id"].as_str().unwrap(),
            f["resource"]["address"].as_str().unwrap(),
            s["kind"].as_str().unwrap(),
            s["line"],
            s["expires"],
            s["reason"].as_str().unwrap()
        ));
    }
    for n in report["notes"].as_array().unwrap() {
        lines.push(format!(
            "{} {}:{}: {}",
            n["kind"].as_str().unwrap(),
            n["file"].as_str().unwrap(),
            n["line"],
            n["message"].as_str().unwrap()
        ));
    }
    lines.join("\n")
}

#[test]
fn inline_comments_suppress_with_a_reason_and_report_what_cannot_apply() {
    let output = tfcomply(&["scan", "testdata/suppress/inline", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("inline", outline(&json(&output)));
}

#[test]
fn no_ignore_shows_every_finding() {
    let suppressed = json(&tfcomply(&[
        "scan",
        "testdata/suppress/inline",
        "--format",
        "json",
    ]));
    let all = json(&tfcomply(&[
        "scan",
        "testdata/suppress/inline",
        "--no-ignore",
        "--format",
        "json",
    ]));
    let total = suppressed["summary"]["findings"].as_u64().unwrap()
        + suppressed["summary"]["suppressed"].as_u64().unwrap();
    assert_eq!(all["summary"]["findings"].as_u64().unwrap(), total);
    assert_eq!(all["summary"]["suppressed"], 0);
    assert!(all["notes"].as_array().unwrap().is_empty());
}

#[test]
fn a_module_call_comment_covers_that_module_and_a_key_narrows_it() {
    let report = json(&tfcomply(&[
        "scan",
        "testdata/suppress/inline",
        "--format",
        "json",
    ]));
    let suppressed = addresses(&report, "suppressed");
    let active = addresses(&report, "findings");
    assert!(suppressed.contains(&"ENC003 module.legacy.aws_ebs_volume.this".to_string()));
    assert!(
        suppressed.contains(&"ENC003 module.deployments[\"blue\"].aws_ebs_volume.this".to_string())
    );
    assert!(
        active.contains(&"ENC003 module.deployments[\"green\"].aws_ebs_volume.this".to_string())
    );
    assert!(suppressed.contains(&"ENC003 aws_ebs_volume.per_instance[\"b\"]".to_string()));
    assert!(active.contains(&"ENC003 aws_ebs_volume.per_instance[\"a\"]".to_string()));
}

#[test]
fn suppressed_findings_do_not_fail_the_run() {
    let dir = scratch("suppressed-exit");
    write(
        &dir.join("main.tf"),
        "resource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"eu-west-1a\"\n  \
         encrypted = false # tfcomply:ignore ENC003 reason=\"test volume\"\n}\n",
    );
    let path = dir.to_str().unwrap();
    let output = tfcomply(&["scan", path, "--select", "ENC003"]);
    assert_eq!(output.status.code(), Some(0));
    let output = tfcomply(&["scan", path, "--select", "ENC003", "--no-ignore"]);
    assert_eq!(output.status.code(), Some(1));
}

const VOLUMES: &str = r#"
resource "aws_ebs_volume" "legacy" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}

resource "aws_ebs_volume" "current" {
  availability_zone = "eu-west-1a"
  encrypted         = false
}
"#;

#[test]
fn configuration_disables_overrides_severities_and_excludes_paths() {
    let dir = scratch("config-suppress");
    write(&dir.join("prod/main.tf"), VOLUMES);
    write(&dir.join("legacy/main.tf"), VOLUMES);
    write(&dir.join("generated/main.tf"), VOLUMES);
    write(
        &dir.join(".tfcomply.toml"),
        r#"
exclude = ["generated"]
disable = [
  { rules = ["ENC003"], paths = ["legacy/**"], reason = "legacy account, closing in Q3" },
  { rules = ["encryption"], reason = "expired exception", expires = "2001-01-01" },
  "LOG003",
]

[severity]
ENC003 = "critical"
encryption = "low"
"#,
    );
    let path = dir.to_str().unwrap();
    let report = json(&tfcomply(&[
        "scan", path, "--select", "ENC003", "--format", "json",
    ]));
    let files: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 2, "{report:#}");
    assert!(files.iter().all(|f| f.contains("prod")), "{files:?}");
    // The rule's own id is closer than its family: critical wins over low.
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] == "critical")
    );
    let suppressed = report["suppressed"].as_array().unwrap();
    assert_eq!(suppressed.len(), 2);
    assert!(suppressed.iter().all(|f| {
        f["suppression"]["kind"] == "config"
            && f["suppression"]["reason"] == "legacy account, closing in Q3"
    }));
    // The expired entry suppressed nothing and says so; LOG003 did not run, so its entry is
    // not unused.
    let notes: Vec<&str> = report["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["message"].as_str().unwrap())
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("expired on 2001-01-01"), "{notes:?}");

    // Paths start at the configuration file's directory, wherever the scan runs from: a
    // nested `other/legacy` is not `legacy`, and scanning from inside `legacy` still applies.
    write(&dir.join("other/legacy/main.tf"), VOLUMES);
    let report = json(&tfcomply(&[
        "scan", path, "--select", "ENC003", "--format", "json",
    ]));
    assert_eq!(report["summary"]["findings"], 4, "{report:#}");
    let inside = std::process::Command::new(env!("CARGO_BIN_EXE_tfcomply"))
        .args(["scan", ".", "--select", "ENC003", "--format", "json"])
        .current_dir(dir.join("legacy"))
        .output()
        .unwrap();
    let report = json(&inside);
    assert_eq!(report["summary"]["findings"], 0, "{report:#}");
    assert_eq!(report["summary"]["suppressed"], 2, "{report:#}");
}

#[test]
fn bad_configuration_entries_are_errors_at_their_place() {
    let dir = scratch("config-errors");
    write(&dir.join("main.tf"), VOLUMES);
    let path = dir.to_str().unwrap();
    for (config, expected) in [
        (
            "disable = [{ rules = [\"ENC003\"] }]",
            "missing field `reason`",
        ),
        (
            "disable = [{ rules = [\"ENC003\"], reason = \"x\", expires = \"soon\" }]",
            "YYYY-MM-DD",
        ),
        ("disable = [\"NOPE\"]", "no rule has the id"),
        (
            "[severity]\nENC003 = \"urgent\"",
            "unknown severity `urgent`",
        ),
        ("[severity]\nNOPE = \"low\"", "no rule has the id"),
    ] {
        write(&dir.join(".tfcomply.toml"), config);
        let output = tfcomply(&["scan", path]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{config}: {stderr}");
        assert!(stderr.contains(".tfcomply.toml:"), "{config}: {stderr}");
        assert!(stderr.contains(expected), "{config}: {stderr}");
    }
}

#[test]
fn a_baseline_reports_only_new_findings_after_lines_shift_and_files_reorder() {
    let dir = scratch("baseline");
    write(&dir.join("main.tf"), VOLUMES);
    let baseline = dir.join("baseline.json");
    let (path, file) = (dir.to_str().unwrap(), baseline.to_str().unwrap());
    let created = tfcomply(&["baseline", "create", file, path, "--select", "ENC003"]);
    assert_eq!(created.status.code(), Some(0), "{created:?}");
    let recorded: Value =
        serde_json::from_str(&std::fs::read_to_string(&baseline).unwrap()).unwrap();
    assert_eq!(recorded["findings"].as_array().unwrap().len(), 2);

    // Lines shift, and one resource moves to another file of the module.
    let (legacy, current) = VOLUMES.split_at(
        VOLUMES
            .find("resource \"aws_ebs_volume\" \"current\"")
            .unwrap(),
    );
    write(
        &dir.join("main.tf"),
        &format!("# moved things around\n\n\n{current}"),
    );
    write(&dir.join("old.tf"), &format!("\n\n{legacy}"));
    let scan = |extra: &[&str]| {
        let mut args = vec![
            "scan",
            path,
            "--select",
            "ENC003",
            "--baseline",
            file,
            "--format",
            "json",
        ];
        args.extend(extra);
        tfcomply(&args)
    };
    let output = scan(&[]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let report = json(&output);
    assert_eq!(report["summary"]["findings"], 0);
    assert_eq!(report["summary"]["suppressed"], 2);
    assert!(
        report["suppressed"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["suppression"]["kind"] == "baseline")
    );

    // A new finding fails the run; a fixed one is noted.
    let added = "resource \"aws_ebs_volume\" \"new\" {\n  availability_zone = \"eu-west-1a\"\n}\n";
    write(&dir.join("old.tf"), added);
    let output = scan(&[]);
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    assert_eq!(
        addresses(&report, "findings"),
        ["ENC003 aws_ebs_volume.new"]
    );
    let notes = report["notes"].to_string();
    assert!(
        notes.contains("1 of the 2 findings in the baseline did not occur in this scan"),
        "{notes}"
    );

    // --no-ignore sets the baseline aside too.
    let report = json(&scan(&["--no-ignore"]));
    assert_eq!(report["summary"]["findings"], 2);
}

#[test]
fn fingerprints_do_not_depend_on_how_the_scan_names_the_repository() {
    let dir = scratch("fingerprint-paths");
    // The top of a repository: what fingerprints are relative to.
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    write(&dir.join("infra/main.tf"), VOLUMES);
    let fingerprints = |cwd: &Path, scanned: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_tfcomply"))
            .args(["scan", scanned, "--select", "ENC003", "--format", "json"])
            .current_dir(cwd)
            .output()
            .unwrap();
        let mut found: Vec<String> = json(&output)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["fingerprint"].as_str().unwrap().to_string())
            .collect();
        found.sort();
        found
    };
    let from_inside = fingerprints(&dir.join("infra"), ".");
    assert_eq!(from_inside.len(), 2);
    assert_eq!(fingerprints(&dir, "infra"), from_inside);
    assert_eq!(
        fingerprints(Path::new("/"), dir.join("infra").to_str().unwrap()),
        from_inside
    );
}

#[test]
fn a_missing_or_malformed_baseline_is_a_usage_error() {
    let dir = scratch("baseline-errors");
    write(&dir.join("main.tf"), VOLUMES);
    write(&dir.join("bad.json"), "{\"version\": 1,\n \"findings\": 3}");
    let path = dir.to_str().unwrap();
    for (baseline, expected) in [
        ("missing.json", "No such file"),
        ("bad.json", "bad.json:2:"),
    ] {
        let file = dir.join(baseline);
        let output = tfcomply(&["scan", path, "--baseline", file.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(expected), "{stderr}");
    }
}

#[test]
fn the_readme_configuration_example_is_valid() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = &readme[readme.find("## Configuration").unwrap()..];
    let start = section.find("```toml\n").unwrap() + "```toml\n".len();
    let example = &section[start..start + section[start..].find("```").unwrap()];
    assert!(example.contains("disable") && example.contains("[severity]"));
    let dir = scratch("readme-config");
    write(
        &dir.join(".tfcomply.toml"),
        &example.replace("rules  = [\"policy\"]", ""),
    );
    write(&dir.join("main.tf"), VOLUMES);
    let output = tfcomply(&["scan", dir.to_str().unwrap(), "--format", "json"]);
    assert_ne!(
        output.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn suppression_notes_are_warnings_in_the_human_report() {
    let output = tfcomply(&["scan", "testdata/suppress/inline"]);
    let text = String::from_utf8_lossy(&output.stdout);
    for message in [
        "this suppression expired",
        "has no reason",
        "matches no finding",
    ] {
        let line = text
            .lines()
            .find(|l| l.contains(message))
            .unwrap_or_else(|| panic!("no `{message}` in:\n{text}"));
        assert!(line.trim_start().starts_with('⚠'), "{line}");
    }
    assert!(text.contains("8 suppressed"), "{text}");
}
