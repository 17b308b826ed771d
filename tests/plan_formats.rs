//! Plans in every `format_version` Terraform has written since 0.12 (0.1, 0.2, 1.x) are read
//! alike; a future major version is an error for its file only. The fixtures and what each
//! format lacks are described in testdata/plans/formats/README.md.

use serde_json::{Value as Json, json};
use std::path::{Path, PathBuf};
use tfcomply::check::{ScanResult, check};
use tfcomply::report::line_col;
use tfcomply::rules::Catalogue;

#[path = "common/undecided.rs"]
mod shared;
use shared::undecided;

const FORMAT_0_1: &str = "testdata/plans/formats/v0.1-terraform-0.12.json";
const FORMAT_0_2: &str = "testdata/plans/formats/v0.2-terraform-1.0.json";

fn manifest_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read_json(relative: &str) -> Json {
    serde_json::from_str(&std::fs::read_to_string(manifest_path(relative)).unwrap()).unwrap()
}

/// A directory of its own for files a test writes, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("tfcomply-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, file: &str, text: &str) -> PathBuf {
        let path = self.0.join(file);
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The rules these plans were written for: storage encryption, whose findings point at each
/// resource's `address` in `planned_values`.
const RULES: [&str; 3] = ["ENC001", "ENC002", "ENC003"];

fn scan(paths: &[PathBuf]) -> ScanResult {
    let sources = tfcomply::source::collect(paths, &[]).unwrap();
    check(
        sources,
        &Default::default(),
        &Catalogue::builtin().unwrap(),
        &|r| RULES.contains(&r.id.as_str()),
    )
}

/// `plan` as Terraform 1.11 writes it: the same resources, with the properties the older
/// formats lack (the sensitivity masks, the registry provider address, the plan's metadata).
fn as_written_by_terraform_1x(plan: &Json) -> Json {
    let mut plan = plan.clone();
    plan["format_version"] = "1.2".into();
    plan["terraform_version"] = "1.11.4".into();
    each_planned_resource(
        &mut plan["planned_values"]["root_module"],
        &mut |resource| {
            resource["provider_name"] = "registry.terraform.io/hashicorp/aws".into();
            let resource = resource.as_object_mut().unwrap();
            resource.entry("sensitive_values").or_insert(json!({}));
        },
    );
    for change in plan["resource_changes"].as_array_mut().unwrap() {
        change["provider_name"] = "registry.terraform.io/hashicorp/aws".into();
        let detail = change["change"].as_object_mut().unwrap();
        detail.entry("before_sensitive").or_insert(json!(false));
        detail.entry("after_sensitive").or_insert(json!({}));
    }
    let top = plan.as_object_mut().unwrap();
    top.insert("relevant_attributes".into(), json!([]));
    top.insert("timestamp".into(), "2025-06-02T09:30:00Z".into());
    top.insert("applyable".into(), true.into());
    top.insert("complete".into(), true.into());
    top.insert("errored".into(), false.into());
    plan
}

fn each_planned_resource(module: &mut Json, visit: &mut impl FnMut(&mut Json)) {
    for resource in module["resources"].as_array_mut().into_iter().flatten() {
        visit(resource);
    }
    for child in module["child_modules"].as_array_mut().into_iter().flatten() {
        each_planned_resource(child, visit);
    }
}

/// (rule id, address, line and column) of every finding, sorted.
fn located(result: &ScanResult) -> Vec<(String, String, (usize, usize))> {
    let mut out: Vec<_> = result
        .findings
        .iter()
        .map(|f| {
            let text = &result.files[f.file].text;
            (
                f.rule_id.clone(),
                f.resource.address.clone(),
                line_col(text, f.span.start),
            )
        })
        .collect();
    out.sort();
    out
}

/// Where a finding in `text` must point: the `address` property of the resource's object in
/// `planned_values`, the first place a plan names the instance.
fn address_property(text: &str, address: &str) -> (usize, usize) {
    let property = format!("\"address\": {}", Json::from(address));
    line_col(
        text,
        text.find(&property).expect("the plan names the resource"),
    )
}

/// Scans the plan at `relative` and the same plan as 1.x writes it, each alone in a directory.
/// Both must give the same findings, each pointing at its resource's `address` in its own
/// file, and leave the same pairs undecided; the encryption findings are returned.
fn same_findings_as_format_1x(relative: &str, name: &str) -> Vec<(String, String)> {
    let original = std::fs::read_to_string(manifest_path(relative)).unwrap();
    let upgraded =
        serde_json::to_string_pretty(&as_written_by_terraform_1x(&read_json(relative))).unwrap();
    let old_dir = Scratch::new(&format!("{name}-old"));
    let new_dir = Scratch::new(&format!("{name}-1x"));
    let old = scan(&[old_dir.write("plan.json", &original)]);
    let new = scan(&[new_dir.write("plan.json", &upgraded)]);
    for (result, text) in [(&old, &original), (&new, &upgraded)] {
        assert!(result.errors.is_empty(), "{name}: {:?}", result.errors);
        for (rule, address, at) in located(result) {
            assert_eq!(
                at,
                address_property(text, &address),
                "{name}: {rule} {address}"
            );
        }
    }
    let pairs = |result: &ScanResult| -> Vec<(String, String)> {
        located(result)
            .into_iter()
            .map(|(rule, address, _)| (rule, address))
            .collect()
    };
    assert_eq!(pairs(&old), pairs(&new), "{name}: findings");
    assert_eq!(undecided(&old), undecided(&new), "{name}: undecided");
    assert!(!pairs(&old).is_empty());
    pairs(&old)
        .into_iter()
        .filter(|(rule, _)| rule.starts_with("ENC"))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(rule, address)| (rule.to_string(), address.to_string()))
        .collect()
}

#[test]
fn a_format_0_1_plan_gives_the_findings_of_the_same_plan_in_format_1x() {
    assert_eq!(
        same_findings_as_format_1x(FORMAT_0_1, "format-0.1"),
        pairs(&[
            ("ENC001", "aws_s3_bucket.logs"),
            ("ENC001", "module.store.aws_s3_bucket.this"),
            ("ENC002", "aws_db_instance.orders"),
            ("ENC003", "aws_ebs_volume.scratch[0]"),
            ("ENC003", "aws_ebs_volume.scratch[1]"),
        ])
    );
}

#[test]
fn a_format_0_2_plan_gives_the_findings_of_the_same_plan_in_format_1x() {
    assert_eq!(
        same_findings_as_format_1x(FORMAT_0_2, "format-0.2"),
        pairs(&[
            ("ENC001", "aws_s3_bucket.logs"),
            ("ENC002", "module.store[\"us\"].aws_db_instance.this[0]"),
            ("ENC003", "aws_ebs_volume.archive"),
        ])
    );
}

/// A plan of a future major version, or one that does not say its version, is an error for
/// that file at its `format_version` (or the start of the plan); the other plan is checked.
#[test]
fn an_unknown_or_missing_format_version_is_an_error_for_that_file_only() {
    let text = std::fs::read_to_string(manifest_path(FORMAT_0_1)).unwrap();
    let future = text.replacen(
        "\"format_version\": \"0.1\"",
        "\"format_version\": \"2.0\"",
        1,
    );
    let mut unversioned = read_json(FORMAT_0_1);
    unversioned
        .as_object_mut()
        .unwrap()
        .remove("format_version");
    let unversioned = serde_json::to_string_pretty(&unversioned).unwrap();
    let cases = [
        (
            future.as_str(),
            "unsupported plan format_version 2.0",
            (2, 3),
        ),
        (unversioned.as_str(), "plan without format_version", (1, 1)),
    ];
    let scratch = Scratch::new("format-version");
    for (plan, message, at) in cases {
        let path = scratch.write("plan.json", plan);
        let result = scan(&[path.clone(), manifest_path(FORMAT_0_2)]);
        assert_eq!(result.errors.len(), 1, "{message}: {:?}", result.errors);
        let error = &result.errors[0];
        assert_eq!(error.kind, "parse-error");
        assert_eq!(error.path, path.display().to_string());
        assert!(error.message.contains(message), "{}", error.message);
        assert!(error.message.contains("0.x"), "{}", error.message);
        assert_eq!(line_col(plan, error.span.start), at, "{message}");
        assert_eq!(
            result
                .findings
                .iter()
                .filter(|f| f.rule_id.starts_with("ENC"))
                .count(),
            3,
            "{message}: the 0.2 plan is still checked"
        );
    }
}

/// Removes what `path` names (`*` stands for every element or property).
fn remove(json: &mut Json, path: &[&str]) {
    let (last, parents) = path.split_last().unwrap();
    let mut targets = vec![json];
    for step in parents {
        targets = targets
            .into_iter()
            .flat_map(|t| -> Vec<&mut Json> {
                match (*step, t) {
                    ("*", Json::Array(items)) => items.iter_mut().collect(),
                    ("*", Json::Object(map)) => map.values_mut().collect(),
                    (key, Json::Object(map)) => map.get_mut(key).into_iter().collect(),
                    _ => Vec::new(),
                }
            })
            .collect();
    }
    for target in targets {
        if let Json::Object(map) = target {
            map.shift_remove(*last);
        }
    }
}

fn addresses(plan: &tfcomply::parse::plan::Plan) -> Vec<&str> {
    plan.resources.iter().map(|r| r.address.as_str()).collect()
}

/// Every property a version may not write is absent, not an error: the plan still reads, with
/// every resource instance, and fills the model.
#[test]
fn a_property_missing_from_a_format_0_1_plan_is_not_an_error() {
    let full = read_json(FORMAT_0_1);
    let complete = tfcomply::parse::plan::parse(&full.to_string()).unwrap();
    let optional = [
        "terraform_version",
        "variables",
        "variables/*/value",
        "planned_values/outputs",
        "planned_values/root_module/resources/*/values",
        "planned_values/root_module/resources/*/index",
        "planned_values/root_module/resources/*/mode",
        "planned_values/root_module/resources/*/provider_name",
        "planned_values/root_module/resources/*/schema_version",
        "planned_values/root_module/child_modules/*/address",
        "resource_changes",
        "resource_changes/*/change",
        "resource_changes/*/change/actions",
        "resource_changes/*/change/after_unknown",
        "resource_changes/*/index",
        "resource_changes/*/module_address",
        "output_changes",
        "prior_state",
        "configuration",
        "configuration/provider_config",
        "configuration/root_module/resources/*/expressions",
        "configuration/root_module/resources/*/count_expression",
        "configuration/root_module/resources/*/for_each_expression",
        "configuration/root_module/module_calls/*/expressions",
        "configuration/root_module/module_calls/*/module",
    ];
    for path in optional {
        let mut plan = full.clone();
        remove(&mut plan, &path.split('/').collect::<Vec<_>>());
        assert_ne!(plan, full, "{path} names something in the fixture");
        let parsed = tfcomply::parse::plan::parse(&plan.to_string())
            .unwrap_or_else(|e| panic!("without {path}: {}", e.message));
        assert_eq!(addresses(&parsed), addresses(&complete), "without {path}");
        let (_, evaluated) = tfcomply::eval::plan::model(0, PathBuf::from("."), parsed, 0, None);
        assert_eq!(evaluated.instances.len(), complete.resources.len());
    }
}

/// Format 0.2 added `resource_drift`: its entries are change findings there too.
#[test]
fn drift_in_a_format_0_2_plan_is_a_change_finding() {
    let sources = tfcomply::source::collect(&[manifest_path(FORMAT_0_2)], &[]).unwrap();
    let result = check(
        sources,
        &Default::default(),
        &Catalogue::builtin().unwrap(),
        &|r| r.id == "CHG020",
    );
    let drifted: Vec<&str> = result
        .findings
        .iter()
        .map(|f| f.resource.address.as_str())
        .collect();
    assert_eq!(drifted, ["aws_ebs_volume.archive"]);
}
