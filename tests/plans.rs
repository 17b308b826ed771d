//! `terraform show -json` plans run through the same rules as configuration.

use std::path::PathBuf;
use tfcomply::check::{ScanResult, check};
use tfcomply::rules::Catalogue;

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
    std::fs::write(
        &not_plan,
        "{\"format_version\": \"0.1\", \"planned_values\": {}}",
    )
    .unwrap();
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
            .contains("unsupported plan format_version 0.1"),
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
    let from_plan = scan(&["testdata/plans/s3-split/plan.json"], &rules);
    let from_config = scan(&["testdata/plans/s3-split/main.tf"], &rules);
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
    let result = scan(&["testdata/plans/s3-split/plan.json"], &["ENC001"]);
    assert_eq!(
        located(&result),
        [
            ("aws_s3_bucket.logs".to_string(), "main.tf".to_string(), 3),
            (
                "aws_s3_bucket.keyed[\"b\"]".to_string(),
                "main.tf".to_string(),
                20
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
        manifest.join("testdata/plans/s3-split/plan.json"),
        dir.join("plan.json"),
    )
    .unwrap();
    let run = |config: Option<PathBuf>| {
        let mut sources = tfcomply::source::collect(&[dir.join("plan.json")], &[]).unwrap();
        if let Some(config) = &config {
            sources.add_context_dir(config);
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
    let with_config = located(&run(Some(manifest.join("testdata/plans/s3-split"))));
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        alone[0],
        ("aws_s3_bucket.logs".to_string(), "plan.json".to_string(), 8)
    );
    assert_eq!(
        with_config[0],
        ("aws_s3_bucket.logs".to_string(), "main.tf".to_string(), 3)
    );
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
