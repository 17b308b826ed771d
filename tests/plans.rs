//! `terraform show -json` plans run through the same rules as configuration.

use std::path::PathBuf;
use tfcomply::check::{ScanResult, check};
use tfcomply::rules::Catalogue;

#[path = "common/undecided.rs"]
mod shared;
use shared::undecided;

fn scan(paths: &[&str], rule_ids: &[&str]) -> ScanResult {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let paths: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).collect();
    let sources = tfcomply::source::collect(&paths, &[]).unwrap();
    check(
        sources,
        &Default::default(),
        &Catalogue::builtin().unwrap(),
        &|r| rule_ids.contains(&r.id.as_str()),
    )
}

/// A parity fixture's plan, to change for a test.
fn parity_plan(family: &str) -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/plans/parity")
        .join(family)
        .join("plan.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Scans `plan`, written as one line to a directory of its own (so no configuration is at
/// hand), with the rules `selected` keeps.
fn scan_plan_alone(
    name: &str,
    plan: &serde_json::Value,
    selected: &(dyn Fn(&tfcomply::rules::Rule) -> bool + Sync),
) -> ScanResult {
    let dir = std::env::temp_dir().join(format!("tfcomply-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("plan.json"), plan.to_string()).unwrap();
    let sources = tfcomply::source::collect(&[dir.join("plan.json")], &[]).unwrap();
    let result = check(
        sources,
        &Default::default(),
        &Catalogue::builtin().unwrap(),
        selected,
    );
    std::fs::remove_dir_all(&dir).unwrap();
    result
}

#[test]
fn plan_findings_point_at_the_resource_object_in_the_plan() {
    let result = scan(&["testdata/plans/basic/plan.json"], &["ENC002"]);
    assert!(result.errors.is_empty(), "{:?}", result.errors);
    let fired: Vec<_> = result
        .findings
        .iter()
        .map(|f| {
            let text = &result.files[f.file].text;
            (
                f.resource.address.as_str(),
                tfcomply::report::line_col(text, f.span.start),
                tfcomply::report::line_col(text, f.resource.span.start).0,
            )
        })
        .collect();
    // module.store["eu"] encrypts its storage; the data source is never a finding.
    assert_eq!(fired, [("aws_db_instance.orders", (8, 11), 7)]);
    assert_eq!(result.resources, 2, "managed instances only");
}

#[test]
fn a_json_file_that_is_not_a_plan_is_an_error_and_the_scan_goes_on() {
    let dir = std::env::temp_dir().join(format!("tfcomply-notplan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let not_plan = dir.join("other.json");
    // What `terraform show -json` prints for a state: a format_version but no planned_values.
    std::fs::write(&not_plan, "{\"format_version\": \"1.0\", \"values\": {}}").unwrap();
    let sources = tfcomply::source::collect(
        &[
            not_plan.clone(),
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/plans/basic/plan.json"),
        ],
        &[],
    )
    .unwrap();
    let result = check(
        sources,
        &Default::default(),
        &Catalogue::builtin().unwrap(),
        &|r| r.id == "ENC002",
    );
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(result.errors.len(), 1);
    assert!(
        result.errors[0]
            .message
            .contains("not a Terraform plan: no planned_values"),
        "{}",
        result.errors[0].message
    );
    assert_eq!(result.findings.len(), 1);
}

/// (rule id, resource address) of every finding.
fn findings(result: &ScanResult) -> Vec<(String, String)> {
    let mut out: Vec<_> = result
        .findings
        .iter()
        .map(|f| (f.rule_id.clone(), f.resource.address.clone()))
        .collect();
    out.sort();
    out
}

#[test]
fn split_s3_encryption_gives_the_same_findings_on_plan_and_configuration() {
    let rules = ["ENC001"];
    let from_plan = scan(&["testdata/plans/parity/encryption/plan.json"], &rules);
    let from_config = scan(&["testdata/plans/parity/encryption/main.tf"], &rules);
    let expected = [
        (
            "ENC001".to_string(),
            "aws_s3_bucket.keyed[\"b\"]".to_string(),
        ),
        ("ENC001".to_string(), "aws_s3_bucket.logs".to_string()),
    ];
    assert_eq!(findings(&from_config), expected);
    assert_eq!(
        findings(&from_plan),
        expected,
        "the plan's configuration references link each encryption resource to its bucket"
    );
}

fn located(result: &ScanResult) -> Vec<(String, String, usize)> {
    result
        .findings
        .iter()
        .map(|f| {
            let file = &result.files[f.file];
            let name = file.path.file_name().unwrap().to_string_lossy().to_string();
            (
                f.resource.address.clone(),
                name,
                tfcomply::report::line_col(&file.text, f.span.start).0,
            )
        })
        .collect()
}

#[test]
fn with_the_configuration_next_to_the_plan_findings_point_at_the_tf_file() {
    let result = scan(&["testdata/plans/parity/encryption/plan.json"], &["ENC001"]);
    assert_eq!(
        located(&result),
        [
            ("aws_s3_bucket.logs".to_string(), "main.tf".to_string(), 20),
            (
                "aws_s3_bucket.keyed[\"b\"]".to_string(),
                "main.tf".to_string(),
                38
            ),
        ]
    );
}

#[test]
fn config_dir_locates_a_plan_kept_elsewhere() {
    let dir = std::env::temp_dir().join(format!("tfcomply-plan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        manifest.join("testdata/plans/parity/encryption/plan.json"),
        dir.join("plan.json"),
    )
    .unwrap();
    let run = |config: Option<PathBuf>| {
        let mut sources = tfcomply::source::collect(&[dir.join("plan.json")], &[]).unwrap();
        if let Some(config) = &config {
            sources.add_config_dir(config);
        }
        let inputs = tfcomply::eval::Inputs {
            plan_config: config,
            ..Default::default()
        };
        check(sources, &inputs, &Catalogue::builtin().unwrap(), &|r| {
            r.id == "ENC001"
        })
    };
    let alone = located(&run(None));
    let with_config = located(&run(Some(
        manifest.join("testdata/plans/parity/encryption"),
    )));
    std::fs::remove_dir_all(&dir).unwrap();
    let logs = |located: &[(String, String, usize)]| {
        located
            .iter()
            .find(|(address, _, _)| address == "aws_s3_bucket.logs")
            .map(|(_, file, line)| (file.clone(), *line))
    };
    // The first mention of the address is its object in planned_values.
    let plan = std::fs::read_to_string(manifest.join("testdata/plans/parity/encryption/plan.json"))
        .unwrap();
    let address_line = plan
        .lines()
        .position(|l| l.contains(r#""address": "aws_s3_bucket.logs""#))
        .unwrap()
        + 1;
    assert_eq!(logs(&alone), Some(("plan.json".to_string(), address_line)));
    assert_eq!(logs(&with_config), Some(("main.tf".to_string(), 20)));
}

#[test]
fn plan_addresses_match_what_evaluating_the_configuration_gives() {
    // plan.json is real `terraform show -json` output for main.tf (count, for_each, a
    // resource-keyed for_each, a module with for_each and one without).
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/plans/terraform-data");
    let text = std::fs::read_to_string(root.join("plan.json")).unwrap();
    let plan = tfcomply::parse::plan::parse(&text).unwrap();
    let (_, from_plan) = tfcomply::eval::plan::model(0, root.clone(), plan, 0, None);
    let mut plan_addresses: Vec<String> = from_plan
        .instances
        .iter()
        .map(|i| i.address.clone())
        .collect();
    plan_addresses.sort();

    let sources = tfcomply::source::collect(std::slice::from_ref(&root), &[]).unwrap();
    let mut parsed = Vec::new();
    for (id, file) in sources.files.iter().enumerate() {
        let body =
            tfcomply::parse::parse_config(&file.path.display().to_string(), &file.text).unwrap();
        let dir = file.path.parent().unwrap().to_path_buf();
        parsed.push(tfcomply::model::ParsedFile {
            id,
            dir,
            name: "main.tf".into(),
            body,
        });
    }
    let (modules, _) = tfcomply::model::build(parsed);
    let scan = tfcomply::eval::Modules::new(&modules, &[], &[]);
    let root_index = modules.iter().position(|m| m.dir == root).unwrap();
    let evaluated = tfcomply::eval::evaluate(&scan, root_index, &Default::default());
    let mut hcl_addresses: Vec<String> = evaluated
        .instances
        .iter()
        .map(|i| i.address.clone())
        .collect();
    hcl_addresses.sort();

    assert_eq!(plan_addresses.len(), 12);
    assert_eq!(plan_addresses, hcl_addresses);
}

/// Each family's fixture in testdata/plans/parity is a configuration and the real
/// `terraform show -json` plan of it: every rule must give the same (rule, address) pairs on
/// both, and the plan's findings must point into the `.tf` files (child modules included).
/// Without the configuration the plan cannot see references made through locals: those pairs
/// must be undecided, never a finding the configuration does not give.
#[test]
fn every_family_gives_the_same_findings_on_plan_and_configuration() {
    let families = [
        "encryption",
        "identity",
        "logging",
        "network",
        "resilience",
        "tagging",
    ];
    let catalogue = Catalogue::builtin().unwrap();
    // A plan has no provider blocks to check: rules on `provider.aws` judge configuration.
    let all =
        |r: &tfcomply::rules::Rule| !r.resource_types.iter().any(|t| t.starts_with("provider."));
    let run = |paths: &[PathBuf]| {
        let sources = tfcomply::source::collect(paths, &[]).unwrap();
        check(sources, &Default::default(), &catalogue, &all)
    };
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let alone_dir = std::env::temp_dir().join(format!("tfcomply-parity-{}", std::process::id()));
    std::fs::create_dir_all(&alone_dir).unwrap();
    for family in families {
        let dir = manifest.join("testdata/plans/parity").join(family);
        let from_config = run(std::slice::from_ref(&dir));
        let from_plan = run(&[dir.join("plan.json")]);
        std::fs::copy(dir.join("plan.json"), alone_dir.join("plan.json")).unwrap();
        let alone = run(&[alone_dir.join("plan.json")]);

        for result in [&from_config, &from_plan, &alone] {
            assert!(result.errors.is_empty(), "{family}: {:?}", result.errors);
        }
        let expected = findings(&from_config);
        let own_family = from_config
            .findings
            .iter()
            .filter(|f| {
                catalogue
                    .rules
                    .iter()
                    .any(|r| r.id == f.rule_id && r.family == family)
            })
            .count();
        assert!(own_family > 0, "{family}: the fixture exercises its family");
        assert_eq!(
            findings(&from_plan),
            expected,
            "{family}: plan next to its configuration"
        );
        for finding in &from_plan.findings {
            let path = &from_plan.files[finding.file].path;
            assert!(
                path.extension().is_some_and(|e| e == "tf"),
                "{family}: {} points at {}",
                finding.resource.address,
                path.display()
            );
        }
        let alone_findings = findings(&alone);
        let alone_undecided = undecided(&alone);
        for pair in &alone_findings {
            assert!(
                expected.contains(pair),
                "{family}: plan alone adds {pair:?}"
            );
        }
        for pair in &expected {
            assert!(
                alone_findings.contains(pair) || alone_undecided.contains(pair),
                "{family}: plan alone neither finds nor leaves undecided {pair:?}"
            );
        }
    }
    std::fs::remove_dir_all(&alone_dir).unwrap();
}

/// A plan of resources that already exist, written without its `configuration` (as some
/// tools trim it): no references to follow, but ids are known, so an encryption resource's
/// `bucket` names its bucket by value.
#[test]
fn without_references_known_values_link_split_resources() {
    let mut plan = parity_plan("encryption");
    let plan_object = plan.as_object_mut().unwrap();
    plan_object.remove("configuration");
    plan_object.remove("resource_changes");
    let resources = plan["planned_values"]["root_module"]["resources"]
        .as_array_mut()
        .unwrap();
    for resource in resources {
        let name = resource["name"].as_str().unwrap().to_string();
        let index = resource["index"].as_str().map(str::to_string);
        let kind = resource["type"].as_str().unwrap().to_string();
        let values = resource["values"].as_object_mut().unwrap();
        match kind.as_str() {
            "aws_s3_bucket" => {
                let bucket = values["bucket"].clone();
                values.insert("id".into(), bucket);
            }
            _ => {
                let bucket = format!("acme-{}", index.unwrap_or(name));
                values.insert("bucket".into(), bucket.into());
            }
        }
    }
    let result = scan_plan_alone("existing", &plan, &|r| r.id == "ENC001");
    assert_eq!(
        findings(&result),
        [
            (
                "ENC001".to_string(),
                "aws_s3_bucket.keyed[\"b\"]".to_string()
            ),
            ("ENC001".to_string(), "aws_s3_bucket.logs".to_string()),
        ]
    );
    assert!(result.undecided.is_empty(), "{:?}", undecided(&result));
}

#[test]
fn child_module_findings_point_at_the_module_source() {
    let result = scan(&["testdata/plans/parity/network/plan.json"], &["ENC001"]);
    let mut located: Vec<(String, String, usize)> = result
        .findings
        .iter()
        .map(|f| {
            let file = &result.files[f.file];
            let path = file.path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
            (
                f.resource.address.clone(),
                path.display().to_string(),
                tfcomply::report::line_col(&file.text, f.span.start).0,
            )
        })
        .collect();
    located.sort();
    let module = "testdata/plans/parity/network/modules/bucket/main.tf".to_string();
    assert_eq!(
        located,
        [
            (
                "module.archive.aws_s3_bucket.this".to_string(),
                module.clone(),
                11
            ),
            (
                "module.buckets[\"raw\"].aws_s3_bucket.this".to_string(),
                module.clone(),
                11
            ),
            (
                "module.buckets[\"site\"].aws_s3_bucket.this".to_string(),
                module,
                11
            ),
        ]
    );
}

/// `terraform show -json` writes one line: the human report shows only the part of it each
/// finding points at, never the rest of the line with its (possibly sensitive) values.
#[test]
fn a_one_line_plan_prints_only_the_span_of_each_finding() {
    let mut plan = parity_plan("identity");
    let secret = "hunter2-do-not-print";
    for resource in plan["planned_values"]["root_module"]["resources"]
        .as_array_mut()
        .unwrap()
    {
        resource["values"]["password"] = secret.into();
    }
    let result = scan_plan_alone("oneline", &plan, &|_| true);
    let catalogue = Catalogue::builtin().unwrap();
    let style = tfcomply::report::human::Style {
        color: false,
        width: 100,
    };
    let report = tfcomply::report::human::render(&result, &catalogue, &style, true);
    assert!(!result.findings.is_empty());
    assert!(!report.contains(secret), "{report}");
    assert!(report.lines().all(|l| l.chars().count() < 300), "{report}");
    assert!(report.contains("plan.json:1:"), "{report}");
}

/// A resource the plan only deletes will not exist after apply: it is no finding, even if a
/// plan lists it in `planned_values` (Terraform does not; other producers may).
#[test]
fn a_resource_the_plan_only_deletes_is_not_checked() {
    let mut plan = parity_plan("identity");
    for change in plan["resource_changes"].as_array_mut().unwrap() {
        if change["address"] == "aws_iam_policy.admin" {
            change["change"]["actions"] = serde_json::json!(["delete"]);
        }
    }
    let result = scan_plan_alone("delete", &plan, &|r| r.id == "IAM001");
    assert_eq!(
        findings(&result),
        [(
            "IAM001".to_string(),
            "aws_iam_role_policy.lambda_admin".to_string()
        )]
    );
}

/// Replacing a resource create-before-destroy leaves a deposed object with the same address
/// and a `delete` action: the current object is still checked.
#[test]
fn a_deposed_object_does_not_hide_the_current_one() {
    let mut plan = parity_plan("identity");
    let changes = plan["resource_changes"].as_array_mut().unwrap();
    let mut deposed = changes
        .iter()
        .find(|c| c["address"] == "aws_iam_policy.admin")
        .unwrap()
        .clone();
    deposed["deposed"] = "00000001".into();
    deposed["change"]["actions"] = serde_json::json!(["delete"]);
    changes.push(deposed);
    let result = scan_plan_alone("deposed", &plan, &|r| r.id == "IAM001");
    assert!(
        findings(&result).contains(&("IAM001".to_string(), "aws_iam_policy.admin".to_string()))
    );
}

#[test]
fn drift_is_a_change_finding_at_the_resource_in_the_configuration() {
    let result = scan(&["testdata/plans/drift/plan.json"], &["CHG020"]);
    assert!(result.errors.is_empty(), "{:?}", result.errors);
    assert_eq!(
        located(&result),
        [(
            "aws_security_group.web".to_string(),
            "main.tf".to_string(),
            1
        )]
    );
    let message = &result.findings[0].message;
    assert!(message.ends_with("changed ingress"), "{message}");
    assert!(!message.contains("0.0.0.0"), "values never appear");
    // The drifted resource is not counted twice.
    assert_eq!(result.resources, 2);
}
