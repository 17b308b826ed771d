//! The evaluation engine on configurations that real repositories are made of: instances not
//! known before apply, links across modules, partially known values, findings located at the
//! input that caused them. Each case is a fixture directory under testdata/engine/.

use std::process::{Command, Output};

fn tfcomply(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tfcomply"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("the binary runs")
}

fn report(dir: &str) -> serde_json::Value {
    let output = tfcomply(&["scan", dir, "--format", "json", "--show-unknown"]);
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

/// (rule id, resource address) of each entry of a report list.
fn pairs(list: &serde_json::Value) -> Vec<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["resource"]["address"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn has(list: &[(String, String)], rule: &str, address: &str) -> bool {
    list.iter().any(|(r, a)| r == rule && a == address)
}

#[test]
fn resources_with_unknown_instances_are_checked_as_one_instance() {
    let report = report("testdata/engine/unknown-instances");
    let findings = pairs(&report["findings"]);
    let undecided = pairs(&report["unknown"]);
    // count = module.label.enabled ? 1 : 0 with the label module not installed: no
    // encryption configuration refers to the bucket whatever the count is.
    assert!(
        has(&findings, "ENC001", "aws_s3_bucket.this"),
        "{findings:?}"
    );
    // Its tags come from the missing module: the tag rules cannot decide.
    assert!(
        has(&undecided, "TAG002", "aws_s3_bucket.this"),
        "{undecided:?}"
    );
    // for_each over a map without a value: each.value.encrypted decides, so no finding.
    assert!(!has(&findings, "ENC002", "aws_db_instance.each"));
    assert!(has(&undecided, "ENC002", "aws_db_instance.each"));
    // Every resource of a module called an unknown number of times is checked once.
    assert!(has(
        &findings,
        "ENC003",
        "module.replica.aws_ebs_volume.data"
    ));
    let bucket = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "ENC001")
        .unwrap();
    assert_eq!(bucket["resource"]["instances_unknown"], true);
    let reasons: Vec<&str> = report["unknown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons.contains(&"self.tags is not known before apply (a module that is not installed)"),
        "{reasons:?}"
    );
    let human =
        String::from_utf8(tfcomply(&["scan", "testdata/engine/unknown-instances"]).stdout).unwrap();
    assert!(
        human.contains("aws_s3_bucket.this (every instance: count/for_each unknown before apply)"),
        "{human}"
    );
}

#[test]
fn links_through_module_inputs_and_outputs_are_followed() {
    let report = report("testdata/engine/cross-module");
    let findings = pairs(&report["findings"]);
    // The flow log of module.flow records the VPC of module.vpc (vpc_id = module.vpc.vpc_id).
    assert!(!has(&findings, "LOG004", "module.vpc.aws_vpc.this[0]"));
    assert!(has(&findings, "LOG004", "aws_vpc.unlogged"), "{findings:?}");
    // The bucket of module.store is encrypted, versioned, blocked and logged by module.controls.
    for rule in ["ENC001", "RES001", "NET004", "LOG003"] {
        assert!(
            !has(&findings, rule, "module.store.aws_s3_bucket.this"),
            "{rule}: {findings:?}"
        );
    }
    // module.logs' bucket receives the access logs, through an object argument.
    assert!(!has(&findings, "LOG003", "module.logs.aws_s3_bucket.this"));
    // ...and nothing else protects it.
    assert!(has(&findings, "ENC001", "module.logs.aws_s3_bucket.this"));
}

#[test]
fn tags_merged_from_known_and_unknown_values_are_decided_on_their_keys() {
    let report = report("testdata/rules/resources-have-owner-tag");
    let findings = pairs(&report["findings"]);
    let undecided = pairs(&report["unknown"]);
    assert!(
        has(&findings, "TAG002", "aws_sqs_queue.jobs"),
        "{findings:?}"
    );
    assert!(!has(&findings, "TAG002", "aws_sqs_queue.events"));
    assert!(
        has(&undecided, "TAG002", "aws_sqs_queue.audit"),
        "{undecided:?}"
    );
}
