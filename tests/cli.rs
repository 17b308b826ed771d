//! The `tfcomply` binary as users run it: exit codes, formats, colour, walking.

use std::path::Path;
use std::process::{Command, Output};

mod common;
use common::tfcomply;

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("utf-8 output")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

#[test]
fn findings_exit_1_and_render_with_miette() {
    let output = tfcomply(&["scan", "testdata/examples/web-app"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("web_app_human", stdout(&output));
}

#[test]
fn json_report_follows_the_documented_schema() {
    let output = tfcomply(&["scan", "testdata/examples/web-app", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    insta::assert_json_snapshot!("web_app_json", report, {".tool.version" => "[version]"});
    let keys: Vec<_> = report.as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        keys,
        [
            "version",
            "tool",
            "findings",
            "suppressed",
            "errors",
            "notes",
            "summary"
        ]
    );
}

#[test]
fn threshold_above_every_finding_exits_0() {
    let output = tfcomply(&[
        "scan",
        "testdata/examples/web-app",
        "--severity-threshold",
        "critical",
    ]);
    let has_critical = json(&tfcomply(&[
        "scan",
        "testdata/examples/web-app",
        "--format",
        "json",
    ]))["summary"]["by_severity"]["critical"]
        .as_u64()
        .unwrap()
        > 0;
    assert_eq!(output.status.code(), Some(if has_critical { 1 } else { 0 }));
}

#[test]
fn clean_directory_exits_0() {
    let output = tfcomply(&[
        "scan",
        "testdata/rules/s3-bucket-encrypted-with-kms/pass.tf",
        "--select",
        "ENC001",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("no findings"));
}

#[test]
fn missing_path_is_a_usage_error() {
    let output = tfcomply(&["scan", "does/not/exist"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("does/not/exist"), "{stderr}");
}

#[test]
fn unknown_rule_in_select_is_a_usage_error() {
    assert_eq!(
        tfcomply(&["scan", "--select", "NOPE999", "testdata/examples"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn malformed_file_is_reported_and_the_rest_is_scanned() {
    let output = tfcomply(&["scan", "testdata/examples/parse-error", "--format", "json"]);
    assert_eq!(output.status.code(), Some(2));
    let report = json(&output);
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["file"], "testdata/examples/parse-error/broken.tf");
    assert_eq!(
        (errors[0]["line"].as_u64(), errors[0]["column"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(
        report["findings"][0]["file"],
        "testdata/examples/parse-error/ok.tf"
    );
    insta::assert_snapshot!(
        "parse_error_human",
        stdout(&tfcomply(&["scan", "testdata/examples/parse-error"]))
    );
}

#[test]
fn color_follows_no_color_and_the_flag() {
    let plain = stdout(&tfcomply(&["scan", "testdata/examples/web-app"]));
    assert!(
        !plain.contains('\u{1b}'),
        "NO_COLOR output has escape codes"
    );
    let colored = stdout(&tfcomply(&[
        "scan",
        "testdata/examples/web-app",
        "--color",
        "always",
    ]));
    assert!(
        colored.contains('\u{1b}'),
        "--color always has no escape codes"
    );
}

#[test]
fn exclude_skips_matching_directories() {
    let all = json(&tfcomply(&[
        "scan",
        "testdata/examples",
        "--format",
        "json",
    ]));
    let some = json(&tfcomply(&[
        "scan",
        "testdata/examples",
        "--exclude",
        "web-app",
        "--format",
        "json",
    ]));
    assert!(all["summary"]["files"].as_u64() > some["summary"]["files"].as_u64());
    let files = some["findings"].as_array().unwrap();
    assert!(
        files
            .iter()
            .all(|f| !f["file"].as_str().unwrap().contains("web-app"))
    );
}

#[test]
fn walking_skips_hidden_and_terraform_directories_and_honours_gitignore() {
    let root = std::env::temp_dir().join(format!("tfcomply-walk-{}", std::process::id()));
    let bucket = "resource \"aws_s3_bucket\" \"b\" {}\n";
    for dir in ["", ".terraform/modules/x", ".hidden", "ignored", "kept"] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
        std::fs::write(root.join(dir).join("main.tf"), bucket).unwrap();
    }
    std::fs::write(root.join(".gitignore"), "ignored/\n").unwrap();
    let output = tfcomply(&[
        "scan",
        root.to_str().unwrap(),
        "--select",
        "ENC001",
        "--format",
        "json",
    ]);
    let report = json(&output);
    let mut files: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            Path::new(f["file"].as_str().unwrap())
                .strip_prefix(&root)
                .unwrap()
                .display()
                .to_string()
        })
        .collect();
    files.sort();
    std::fs::remove_dir_all(&root).unwrap();
    assert_eq!(files, ["kept/main.tf", "main.tf"]);
}

#[test]
fn named_file_reports_only_itself_but_sees_its_module() {
    // variables.tf sets the default that main.tf's database uses.
    let report = json(&tfcomply(&[
        "scan",
        "testdata/examples/web-app/main.tf",
        "--format",
        "json",
    ]));
    assert_eq!(report["summary"]["files"], 1);
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .all(|f| f["file"] == "testdata/examples/web-app/main.tf")
    );
    assert!(
        findings.iter().any(|f| f["rule_id"] == "ENC002"),
        "storage_encrypted = var.db_encrypted (false) fires"
    );
}

#[test]
fn rules_and_explain() {
    let list = stdout(&tfcomply(&["rules"]));
    assert!(list.contains("ENC001") && list.contains("s3-bucket-encrypted-with-kms"));
    let rules = json(&tfcomply(&["rules", "--format", "json"]));
    assert!(rules["rules"].as_array().unwrap().len() >= 12);
    let by_id = stdout(&tfcomply(&["explain", "ENC001"]));
    assert_eq!(
        by_id,
        stdout(&tfcomply(&["explain", "s3-bucket-encrypted-with-kms"]))
    );
    assert!(by_id.contains("## Remediation") && by_id.contains("CC6.1"));
    assert_eq!(tfcomply(&["explain", "NOPE"]).status.code(), Some(2));
}

#[test]
fn show_unknown_lists_undecided_pairs_unexpanded_resources_and_reasons() {
    let args = [
        "scan",
        "testdata/rules/s3-bucket-encrypted-with-kms",
        "--select",
        "ENC001",
        "--format",
        "json",
    ];
    let without = json(&tfcomply(&args));
    assert!(without.get("unknown").is_none() && without.get("unexpanded").is_none());
    let report = json(&tfcomply(&[&args[..], &["--show-unknown"]].concat()));
    let undecided: Vec<&str> = report["unknown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["resource"]["address"].as_str().unwrap())
        .collect();
    assert_eq!(undecided, ["aws_s3_bucket.maybe"]);
    // The encryption resource whose count is unknown is checked as one representative
    // instance, and makes the bucket undecided: it may or may not encrypt it.
    assert_eq!(report["unexpanded"], serde_json::json!([]));
    assert!(
        report["unknown"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("a related resource may or may not exist")
    );
    let reasons = report["summary"]["evaluation"]["unknown_attributes"]
        .as_object()
        .unwrap();
    assert!(
        reasons.contains_key("an attribute computed by the provider (id, arn, ...)"),
        "{reasons:?}"
    );
    let human = stdout(&tfcomply(&[
        "scan",
        "testdata/rules/s3-bucket-encrypted-with-kms",
        "--select",
        "ENC001",
        "--show-unknown",
    ]));
    assert!(human.contains("[undecided] aws_s3_bucket.maybe"), "{human}");
}

#[test]
fn variables_from_the_command_line_and_environment() {
    // var.db_encrypted defaults to false; --var makes the database compliant.
    let base = [
        "scan",
        "testdata/examples/web-app",
        "--select",
        "ENC002",
        "--format",
        "json",
    ];
    assert_eq!(
        json(&tfcomply(&base))["findings"].as_array().unwrap().len(),
        1
    );
    let fixed = json(&tfcomply(
        &[&base[..], &["--var", "db_encrypted=true"]].concat(),
    ));
    assert_eq!(fixed["findings"].as_array().unwrap().len(), 0);
    let from_env = Command::new(env!("CARGO_BIN_EXE_tfcomply"))
        .args(base)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("TF_VAR_db_encrypted", "true")
        .output()
        .unwrap();
    assert_eq!(json(&from_env)["findings"].as_array().unwrap().len(), 0);
    let dir = std::env::temp_dir().join(format!("tfcomply-varfile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let var_file = dir.join("secure.tfvars");
    std::fs::write(&var_file, "db_encrypted = true\n").unwrap();
    let from_file = json(&tfcomply(
        &[&base[..], &["--var-file", var_file.to_str().unwrap()]].concat(),
    ));
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(from_file["findings"].as_array().unwrap().len(), 0);
    assert_eq!(
        tfcomply(&[&base[..], &["--var", "no-equals-sign"]].concat())
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn quoted_legacy_types_are_errors_and_their_module_is_still_checked() {
    let output = tfcomply(&[
        "scan",
        "testdata/examples/legacy-types",
        "--select",
        "IAM004",
        "--select",
        "NET002",
        "--select",
        "TAG002",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(2), "configuration errors");
    let report = json(&output);
    let file = "testdata/examples/legacy-types/main.tf";
    let errors: Vec<_> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].clone(),
                e["file"].clone(),
                e["line"].clone(),
                e["column"].clone(),
            )
        })
        .collect();
    let at = |line: u64, column: u64| {
        (
            "config-error".into(),
            file.into(),
            line.into(),
            column.into(),
        )
    };
    assert_eq!(errors, [at(5, 13), at(10, 13), at(15, 10)]);
    assert_eq!(
        report["errors"][0]["message"],
        "Invalid quoted type constraints: Terraform 0.11 and earlier required type constraints \
         to be given in quotes, but that form is now deprecated and will be removed in a future \
         version of Terraform. Remove the quotes around \"string\"."
    );
    // Each rule fires only because the variable it reads has its default: "Active", a list
    // holding 0.0.0.0/0, and tags without Owner.
    let findings: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule_id"].as_str().unwrap(), f["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(findings, [("IAM004", 21), ("NET002", 26), ("TAG002", 37)]);
}

#[test]
fn a_plan_with_its_configuration_reports_on_the_tf_files() {
    // The plan and a directory on one command line; the plan's module findings point at the
    // called module's file.
    let output = tfcomply(&[
        "scan",
        "testdata/plans/parity/network/plan.json",
        "testdata/examples/web-app",
        "--select",
        "NET004",
        "--select",
        "NET001",
    ]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("plan_with_configuration_human", stdout(&output));
}

#[test]
fn a_plan_alone_reports_on_the_plan_file() {
    let output = tfcomply(&["scan", "testdata/plans/basic/plan.json", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_json_snapshot!("plan_alone_json", json(&output), {".tool.version" => "[version]"});
}
