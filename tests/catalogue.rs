//! The catalogue as users shape it: presets and selection, `.tfcomply.toml` with parameters,
//! custom rules (and broken ones), coverage of a framework, findings grouped by criterion.

use std::process::Output;

mod common;
use common::tfcomply;

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

fn rule_ids(report: &serde_json::Value) -> Vec<String> {
    let mut ids: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule_id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

#[test]
fn select_and_ignore_take_ids_names_prefixes_and_families() {
    let scan = |extra: &[&str]| {
        let mut args = vec!["scan", "testdata/examples/web-app", "--format", "json"];
        args.extend(extra);
        rule_ids(&json(&tfcomply(&args)))
    };
    let encryption = scan(&["--select", "encryption"]);
    assert!(!encryption.is_empty() && encryption.iter().all(|id| id.starts_with("ENC")));
    assert_eq!(scan(&["--select", "ENC"]), encryption, "an id prefix");
    assert_eq!(scan(&["--select", "enc0"]), encryption, "in any case");
    let without = scan(&["--select", "encryption", "--ignore", "ENC002"]);
    assert!(!without.contains(&"ENC002".to_string()) && encryption.contains(&"ENC002".to_string()));
    assert_eq!(scan(&["--select", "rds-storage-encrypted"]), ["ENC002"]);
    let unknown = tfcomply(&[
        "scan",
        "testdata/examples/web-app",
        "--ignore",
        "nothing-like-it",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("`nothing-like-it`"));
}

#[test]
fn account_baseline_rules_run_only_when_asked() {
    let ids = |extra: &[&str]| {
        let mut args = vec!["scan", "testdata/catalogue/account", "--format", "json"];
        args.extend(extra);
        rule_ids(&json(&tfcomply(&args)))
    };
    assert!(ids(&[]).iter().all(|id| !id.starts_with("LOG03")));
    let baseline = ids(&["--preset", "account-baseline"]);
    assert!(
        baseline.contains(&"LOG030".to_string()),
        "no trail: {baseline:?}"
    );
    assert!(!baseline.contains(&"LOG031".to_string()), "GuardDuty is on");
    let both = ids(&["--preset", "recommended", "--preset", "account-baseline"]);
    assert!(both.len() >= baseline.len());
    assert!(ids(&["--preset", "all"]).contains(&"LOG030".to_string()));
}

#[test]
fn the_nearest_config_file_sets_selection_custom_rules_and_parameters() {
    // Found in the scanned directory: its list allows m5.large.
    let report = json(&tfcomply(&[
        "scan",
        "testdata/catalogue/project",
        "--format",
        "json",
    ]));
    assert_eq!(report["findings"].as_array().unwrap().len(), 0, "{report}");
    // Another file: the rule's default list, which does not.
    let strict = tfcomply(&[
        "scan",
        "testdata/catalogue/project",
        "--config",
        "testdata/catalogue/project/strict.toml",
        "--format",
        "json",
    ]);
    assert_eq!(strict.status.code(), Some(1));
    let report = json(&strict);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["rule_id"], "ACME001");
    assert_eq!(findings[0]["resource"]["address"], "aws_instance.large");
    assert_eq!(findings[0]["criteria"]["sox"][0], "ITGC-CO");
}

#[test]
fn unknown_config_keys_and_parameters_are_errors_at_their_position() {
    let output = tfcomply(&["scan", "testdata/catalogue/bad-config"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains(".tfcomply.toml:2:1: unknown field `colour`"),
        "{message}"
    );
    let output = tfcomply(&[
        "scan",
        "testdata/catalogue/bad-config",
        "--config",
        "testdata/catalogue/bad-config/params.toml",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("params.toml:2:1: unknown parameter `min_retention`"),
        "{message}"
    );
}

#[test]
fn a_broken_custom_rule_is_reported_at_its_position_and_the_others_run() {
    let output = tfcomply(&[
        "scan",
        "testdata/examples/web-app",
        "--rules",
        "testdata/catalogue/broken-rules",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let report = json(&output);
    let errors: Vec<(String, u64, u64, String)> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["file"].as_str().unwrap().to_string(),
                e["line"].as_u64().unwrap(),
                e["column"].as_u64().unwrap(),
                e["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (
                "testdata/catalogue/broken-rules/broken.hcl".to_string(),
                5,
                15,
                "rule-error".to_string()
            ),
            (
                "testdata/catalogue/broken-rules/unparsable.hcl".to_string(),
                3,
                3,
                "rule-error".to_string()
            ),
        ]
    );
    assert!(
        report["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("unknown severity `urgent`")
    );
    assert!(
        !report["findings"].as_array().unwrap().is_empty(),
        "built-in rules ran"
    );
}

#[test]
fn coverage_names_the_rules_of_each_criterion_and_what_code_cannot_show() {
    let output = tfcomply(&["coverage", "--framework", "sox"]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("ITGC-PC") && text.contains("CHG020"),
        "{text}"
    );
    assert!(text.contains("Not evidenced by infrastructure code"));
    let soc2 = String::from_utf8(tfcomply(&["coverage"]).stdout).unwrap();
    assert!(
        soc2.contains("CC1.1") && soc2.contains("governance"),
        "{soc2}"
    );
    assert_eq!(
        tfcomply(&["coverage", "--framework", "iso"]).status.code(),
        Some(2)
    );
}

#[test]
fn scan_groups_findings_by_criterion() {
    let report = json(&tfcomply(&[
        "scan",
        "testdata/examples/web-app",
        "--framework",
        "soc2",
        "--format",
        "json",
    ]));
    let criteria = report["by_criterion"]["criteria"].as_array().unwrap();
    let status = |id: &str| {
        criteria
            .iter()
            .find(|c| c["id"] == id)
            .map(|c| c["status"].as_str().unwrap().to_string())
    };
    assert_eq!(status("CC6.1").as_deref(), Some("fail"));
    assert!(
        criteria
            .iter()
            .all(|c| !c["rules"].as_array().unwrap().is_empty())
    );
    let human = tfcomply(&["scan", "testdata/examples/web-app", "--framework", "sox"]);
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.contains("FAIL  ITGC-AC"), "{text}");
}
