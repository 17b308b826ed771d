//! The evaluation engine on configurations that real repositories are made of: instances not
//! known before apply, links across modules, partially known values, findings located at the
//! input that caused them. Each case is a fixture directory under testdata/engine/.

mod common;
use common::tfcomply;

/// The JSON report of a scan of `path` with every rule, undecided pairs included.
fn report(path: &str) -> serde_json::Value {
    json_of(&[
        "scan",
        path,
        "--preset",
        "all",
        "--format",
        "json",
        "--show-unknown",
    ])
}

fn json_of(args: &[&str]) -> serde_json::Value {
    serde_json::from_slice(&tfcomply(args).stdout).expect("valid JSON")
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
    let bucket = finding(&report, "ENC001", "aws_s3_bucket.this");
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

/// The finding of `rule` on `address`, from a report.
fn finding<'r>(report: &'r serde_json::Value, rule: &str, address: &str) -> &'r serde_json::Value {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == rule && f["resource"]["address"] == address)
        .unwrap_or_else(|| panic!("no {rule} finding on {address}"))
}

#[test]
fn a_repeated_block_finding_points_at_the_block_that_breaks_the_rule() {
    let report = report("testdata/engine/locations");
    // The third ingress block (line 19) is the one open to the internet.
    assert_eq!(
        finding(&report, "NET001", "aws_security_group.static")["line"],
        19
    );
    // The open rules come from the dynamic block (line 42), not the static one before it.
    assert_eq!(
        finding(&report, "NET001", "aws_security_group.generated")["line"],
        42
    );
}

#[test]
fn findings_in_a_called_module_carry_the_inputs_that_caused_them() {
    let report = report("testdata/engine/rds-module/examples/unencrypted");
    let unencrypted = finding(&report, "ENC002", "module.db.aws_db_instance.this");
    // The module's line, reported although the module is outside the scanned directory...
    assert_eq!(unencrypted["file"], "testdata/engine/rds-module/main.tf");
    assert_eq!(unencrypted["line"], 6);
    // ...with the example's argument that set it.
    assert_eq!(
        unencrypted["related"],
        serde_json::json!([{
            "file": "testdata/engine/rds-module/examples/unencrypted/main.tf",
            "line": 7,
            "column": 3,
            "message": "module.db sets storage_encrypted here",
        }])
    );
    // A chain: the argument, then the variables file that set the variable it reads.
    let short = finding(
        &report,
        "RES002",
        "module.short_backups.aws_db_instance.this",
    );
    let places: Vec<(&str, u64)> = short["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["file"].as_str().unwrap(), r["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        places,
        [
            (
                "testdata/engine/rds-module/examples/unencrypted/main.tf",
                18
            ),
            (
                "testdata/engine/rds-module/examples/unencrypted/terraform.tfvars",
                1
            ),
        ]
    );
    // The module's default (storage_encrypted = true) makes the other example compliant.
    let default = report_of(&["scan", "testdata/engine/rds-module/examples/default"]);
    assert!(!default.contains("ENC002"), "{default}");
}

fn report_of(args: &[&str]) -> String {
    String::from_utf8(tfcomply(args).stdout).unwrap()
}

#[test]
fn a_module_input_of_the_wrong_type_is_reported_at_the_callers_argument() {
    let report = report("testdata/engine/rds-module/examples/bad-input");
    let error = &report["errors"][0];
    assert_eq!(
        error["file"],
        "testdata/engine/rds-module/examples/bad-input/main.tf"
    );
    assert_eq!(error["line"], 4);
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("attribute `backup_days` is required"),
        "{error}"
    );
    assert_eq!(
        error["related"][0]["file"],
        "testdata/engine/rds-module/variables.tf"
    );
    assert_eq!(
        error["related"][0]["message"],
        "var.settings is declared here"
    );
}

#[test]
fn named_files_report_only_themselves_and_say_what_was_left_out() {
    let report = json_of(&[
        "scan",
        "testdata/engine/rds-module/examples/unencrypted/main.tf",
        "--format",
        "json",
    ]);
    assert_eq!(report["findings"], serde_json::json!([]));
    // Scanning the directory shows what was left out: every finding is in another file.
    let whole = json_of(&[
        "scan",
        "testdata/engine/rds-module/examples/unencrypted",
        "--format",
        "json",
    ]);
    let left_out = whole["findings"].as_array().unwrap().len();
    assert!(left_out >= 2);
    let note = report["notes"][0]["message"].as_str().unwrap();
    assert!(
        note.starts_with(&format!("{left_out} findings in other files")),
        "{note}"
    );
}

#[test]
fn a_companion_with_an_unknown_count_is_certain_only_when_repeated_alike() {
    let report = report("testdata/engine/companions");
    let undecided = pairs(&report["unknown"]);
    let findings = pairs(&report["findings"]);
    // count = var.create && var.versioning: the versioning may not exist.
    assert!(
        has(&undecided, "RES001", "aws_s3_bucket.this"),
        "{undecided:?}"
    );
    // The same count expression: created together.
    assert!(!has(&undecided, "RES001", "aws_s3_bucket.same"));
    assert!(!has(&findings, "RES001", "aws_s3_bucket.same"));
}

#[test]
fn a_named_file_does_not_report_the_modules_terraform_installed() {
    let report = json_of(&[
        "scan",
        "testdata/eval/installed/main.tf",
        "--format",
        "json",
    ]);
    assert_eq!(report["findings"], serde_json::json!([]));
    assert!(
        report["notes"][0]["message"]
            .as_str()
            .unwrap()
            .contains("only the files named are reported")
    );
    let whole = report_of(&["scan", "testdata/eval/installed", "--format", "json"]);
    assert!(whole.contains(".terraform/modules/bucket/main.tf"));
}

#[test]
fn a_module_call_terraform_would_refuse_is_reported_and_provider_functions_are_unknown() {
    let report = report("testdata/engine/invalid-count");
    let errors: Vec<&str> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        errors,
        ["module.disks is not checked: count must be a whole number from 0 to 1000000"]
    );
    let volume = finding(&report, "ENC003", "aws_ebs_volume.parsed");
    assert_eq!(volume["resource"]["instances_unknown"], true);
}

#[test]
fn a_finding_on_a_dynamic_block_carries_the_callers_argument() {
    let report = report("testdata/engine/sg-module/examples/open");
    let open = finding(&report, "NET001", "module.sg.aws_security_group.this");
    assert_eq!(open["file"], "testdata/engine/sg-module/main.tf");
    assert_eq!(open["line"], 9, "the dynamic block");
    assert_eq!(
        open["related"][0]["file"],
        "testdata/engine/sg-module/examples/open/main.tf"
    );
    assert_eq!(open["related"][0]["message"], "module.sg sets rules here");
}

#[test]
fn links_through_one_module_instance_or_one_object_key_reach_only_it() {
    let report = report("testdata/engine/keyed-modules");
    let findings = pairs(&report["findings"]);
    // vpc_id = module.vpc["a"].vpc_id: the flow log records only VPC "a".
    assert!(!has(&findings, "LOG004", "module.vpc[\"a\"].aws_vpc.this"));
    assert!(
        has(&findings, "LOG004", "module.vpc[\"b\"].aws_vpc.this"),
        "{findings:?}"
    );
    // bucket = var.cfg.bucket versions the store's bucket, not the log bucket also in cfg.
    assert!(!has(&findings, "RES001", "module.store.aws_s3_bucket.this"));
    assert!(has(&findings, "RES001", "module.logs.aws_s3_bucket.this"));
}
