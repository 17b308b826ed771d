//! Terraform semantics end to end: values from tfvars flow through a module called with
//! for_each into a dynamic block, and findings carry the full module address.

use std::path::{Path, PathBuf};
use tfcomply::check::{ScanResult, check};
use tfcomply::rules::Catalogue;

fn scan(dir: &str, rule_ids: &[&str]) -> ScanResult {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let sources = tfcomply::source::collect(&[path], &[]).unwrap();
    let catalogue = Catalogue::builtin().unwrap();
    check(sources, &Default::default(), &catalogue, &|r| {
        rule_ids.contains(&r.id.as_str())
    })
}

fn fired(result: &ScanResult) -> Vec<(String, String, String, usize)> {
    result
        .findings
        .iter()
        .map(|f| {
            let file = &result.files[f.file];
            let name = file
                .path
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap_or(&file.path);
            (
                f.rule_id.clone(),
                f.resource.address.clone(),
                name.display().to_string(),
                tfcomply::report::line_col(&file.text, f.span.start).0,
            )
        })
        .collect()
}

#[test]
fn tfvars_into_module_for_each_into_dynamic_block() {
    let result = scan("testdata/eval/modules", &["ENC001", "NET001"]);
    assert!(result.errors.is_empty(), "{:?}", result.errors);
    let store = "testdata/eval/modules/modules/store/main.tf";
    assert_eq!(
        fired(&result),
        [
            (
                "ENC001".into(),
                "module.store[\"logs\"].aws_s3_bucket.this".into(),
                store.into(),
                15
            ),
            (
                "NET001".into(),
                "module.store[\"logs\"].aws_security_group.this".into(),
                store.into(),
                32
            ),
        ]
    );
}

#[test]
fn a_module_that_is_not_installed_is_a_note_not_an_error() {
    let result = scan("testdata/eval/modules", &[]);
    assert!(result.errors.is_empty());
    assert_eq!(result.notes.len(), 1);
    assert!(
        result.notes[0]
            .message
            .contains("module.remote is not installed")
    );
}

#[test]
fn a_named_file_reads_the_local_modules_it_calls() {
    // As a pre-commit hook runs it: only main.tf is named, yet module.store is evaluated from
    // ./modules/store (read for context), so only the registry module is noted.
    let result = scan("testdata/eval/modules/main.tf", &["ENC001"]);
    assert!(result.errors.is_empty(), "{:?}", result.errors);
    let notes: Vec<&str> = result.notes.iter().map(|n| n.message.as_str()).collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("module.remote is not installed"))
    );
    // The module's finding is in a file that was not named: left out, and said so.
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("1 finding in other files"))
    );
    let store = result
        .files
        .iter()
        .find(|f| f.path.ends_with("modules/store/main.tf"))
        .expect("the module's files are read");
    assert!(!store.requested, "context, not a named file");
}

#[test]
fn a_called_module_is_not_also_checked_as_a_root() {
    // modules/store is only reached through module.store: no finding has a bare address.
    let result = scan("testdata/eval/modules", &["ENC001"]);
    assert!(
        result
            .findings
            .iter()
            .all(|f| f.resource.address.starts_with("module.store["))
    );
}

#[test]
fn file_functions_read_inside_the_scan_root_only() {
    let result = scan("testdata/eval/files", &["IAM001"]);
    let main = "testdata/eval/files/main.tf";
    assert_eq!(
        fired(&result),
        [
            (
                "IAM001".into(),
                "aws_iam_policy.from_file".into(),
                main.into(),
                4
            ),
            (
                "IAM001".into(),
                "aws_iam_policy.each[\"admin.json\"]".into(),
                main.into(),
                19
            ),
        ],
        "the templated policy is scoped; /etc/hostname is never read"
    );
    let undecided: Vec<_> = result
        .undecided
        .iter()
        .map(|u| u.finding.resource.address.as_str())
        .collect();
    assert_eq!(undecided, ["aws_iam_policy.outside"]);
}

#[test]
fn installed_registry_modules_are_found_through_the_manifest() {
    let result = scan("testdata/eval/installed", &["ENC001"]);
    assert!(result.notes.is_empty(), "{:?}", result.notes);
    assert_eq!(
        fired(&result),
        [(
            "ENC001".into(),
            "module.bucket.aws_s3_bucket.this".into(),
            "testdata/eval/installed/.terraform/modules/bucket/main.tf".into(),
            5
        )]
    );
}

#[test]
fn an_example_reads_the_module_two_levels_up_from_a_relative_path() {
    // Scanned by a relative path, `examples/complete/../..` is the current directory's
    // `testdata/eval/parent-module`, and must not become an empty path.
    let scan_relative = |path: &str| {
        let sources = tfcomply::source::collect(&[PathBuf::from(path)], &[]).unwrap();
        let catalogue = Catalogue::builtin().unwrap();
        check(sources, &Default::default(), &catalogue, &|r| {
            r.id == "ENC008"
        })
    };
    let result = scan_relative("testdata/eval/parent-module/examples/complete/main.tf");
    assert!(result.errors.is_empty(), "{:?}", result.errors);
    assert!(
        result
            .files
            .iter()
            .any(|f| f.path.ends_with("parent-module/main.tf") && !f.requested)
    );
    // Scanned as a directory, the example reports the module's findings too.
    let result = scan_relative("testdata/eval/parent-module/examples/complete");
    assert!(result.notes.is_empty(), "{:?}", result.notes);
    assert!(
        result
            .files
            .iter()
            .any(|f| f.path.ends_with("parent-module/main.tf") && f.requested)
    );
}

#[test]
fn a_module_outside_the_scanned_paths_opens_no_files_to_file_functions() {
    // The scanned directory calls a module in a sibling directory, then reads a file there:
    // the module is evaluated, the file is not read.
    let base = std::env::temp_dir().join(format!("tfcomply-outside-{}", std::process::id()));
    let (scanned, outside) = (base.join("scanned"), base.join("outside"));
    std::fs::create_dir_all(&scanned).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("secret.txt"), "TOPSECRET-123").unwrap();
    std::fs::write(outside.join("main.tf"), "variable \"x\" {}\n").unwrap();
    std::fs::write(
        scanned.join("main.tf"),
        "module \"m\" {\n  source = \"../outside\"\n}\n\n\
         resource \"aws_s3_bucket\" \"b\" {\n  count = tonumber(file(\"../outside/secret.txt\"))\n}\n",
    )
    .unwrap();
    let sources = tfcomply::source::collect(std::slice::from_ref(&scanned), &[]).unwrap();
    let catalogue = Catalogue::builtin().unwrap();
    let result = check(sources, &Default::default(), &catalogue, &|_| true);
    let report = tfcomply::report::json::render(&result, true);
    std::fs::remove_dir_all(&base).unwrap();
    assert!(
        result
            .files
            .iter()
            .any(|f| f.path.ends_with("outside/main.tf"))
    );
    assert!(!report.contains("TOPSECRET"), "{report}");
    assert!(
        report.contains("outside the scanned directories"),
        "{report}"
    );
}

#[test]
fn duplicate_declarations_are_errors_at_the_second_with_the_first_related() {
    let result = scan("testdata/eval/duplicates", &[]);
    let errors: Vec<(String, usize, String, usize)> = result
        .errors
        .iter()
        .map(|e| {
            let file = &result.files[e.file.unwrap()];
            let related = &e.related[0];
            (
                e.message.clone(),
                tfcomply::report::line_col(&file.text, e.span.start).0,
                result.files[related.file]
                    .path
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .to_string(),
                tfcomply::report::line_col(&result.files[related.file].text, related.span.start).0,
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            // Files are read in lexical order, as Terraform reads them: copy.tf first.
            (
                "Duplicate variable declaration: name was already declared".to_string(),
                1,
                "copy.tf".to_string(),
                2
            ),
            (
                "Duplicate resource \"aws_s3_bucket\" configuration: logs was already declared"
                    .to_string(),
                5,
                "copy.tf".to_string(),
                6
            ),
        ]
    );
}
