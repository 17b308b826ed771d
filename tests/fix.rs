//! Fixes: every rule's fix makes its failing fixtures pass without losing comments, and
//! `scan --fix` / `--fix --diff` on small modules, including the cases that get no fix.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use tfcomply::check::{ScanResult, check};
use tfcomply::fix::{fix_for, plan_all};
use tfcomply::rules::{Catalogue, Rule};

#[path = "common/fixtures.rs"]
mod fixtures;
use fixtures::{fixture_dir, fixture_files};

/// Added to each failing fixture's copy, so every fixture has a comment to keep.
const MARKER: &str = "# tfcomply fix test: this comment must survive\n";

/// A fresh directory under the system's temporary one, for tests that write files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tfcomply-fix-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies the `.tf` fixtures of `from` (subdirectories included) to `to`, the marker comment
/// first in each failing one; plans and JSON are left out, as no fix applies to them.
fn copy_fixtures(from: &Path, to: &Path) {
    let configuration = fixture_files(from)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "tf"));
    for path in configuration {
        let target = to.join(path.strip_prefix(from).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let failing = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("fail");
        let marker = if failing { MARKER } else { "" };
        std::fs::write(&target, format!("{marker}{text}")).unwrap();
    }
}

fn scan_one(dir: &Path, catalogue: &Catalogue, rule: &Rule) -> ScanResult {
    let sources = tfcomply::source::collect(&[dir.to_path_buf()], &[]).unwrap();
    check(sources, &Default::default(), catalogue, &|r| {
        r.id == rule.id
    })
}

/// The comments of `text`: what follows each `#` on its lines.
fn comments(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.find('#').map(|i| &l[i..]))
        .collect()
}

/// The (file, address) pairs of the findings whose fix is offered.
fn fixable(result: &ScanResult, rule: &Rule) -> BTreeSet<String> {
    result
        .findings
        .iter()
        .filter(|f| {
            let file = &result.files[f.file];
            file.path.extension().is_some_and(|e| e == "tf")
                && fix_for(rule, f, &file.text).is_some()
        })
        .map(|f| {
            f.resource.address.clone() + " in " + &result.files[f.file].path.display().to_string()
        })
        .collect()
}

/// Applies `rule`'s fixes to a copy of its fixtures; returns the problems found.
fn check_rule_fix(catalogue: &Catalogue, rule: &Rule) -> Vec<String> {
    let dir = scratch(&rule.name);
    copy_fixtures(&fixture_dir(&rule.name), &dir);
    let before = scan_one(&dir, catalogue, rule);
    let wanted = fixable(&before, rule);
    let files = plan_all(&before, catalogue);
    let mut problems = Vec::new();
    if wanted.is_empty() || files.is_empty() {
        problems.push(format!(
            "{}: no finding of its fixtures gets the fix",
            rule.name
        ));
    }
    for file in &files {
        for comment in comments(&file.before) {
            if !file.after.contains(comment) {
                problems.push(format!("{}: lost comment `{comment}`", file.path.display()));
            }
        }
        std::fs::write(&file.path, &file.after).unwrap();
    }
    let after = scan_one(&dir, catalogue, rule);
    if !after.errors.is_empty() {
        problems.push(format!(
            "{}: fixed files do not parse: {:?}",
            rule.name, after.errors
        ));
    }
    let left: BTreeSet<String> = after
        .findings
        .iter()
        .map(|f| {
            f.resource.address.clone() + " in " + &after.files[f.file].path.display().to_string()
        })
        .collect();
    for still in wanted.intersection(&left) {
        problems.push(format!("{}: still fails after its fix: {still}", rule.name));
    }
    let _ = std::fs::remove_dir_all(&dir);
    problems
}

#[test]
fn every_fix_makes_its_failing_fixtures_pass_and_keeps_comments() {
    let catalogue = Catalogue::builtin().unwrap();
    let fixed: Vec<&Rule> = catalogue.rules.iter().filter(|r| r.fix.is_some()).collect();
    assert!(fixed.len() >= 30, "only {} rules carry a fix", fixed.len());
    let problems: Vec<String> = fixed
        .iter()
        .flat_map(|rule| check_rule_fix(&catalogue, rule))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn tfcomply(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tfcomply"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A small module with three findings that have fixes.
const MODULE: &str = r#"# Storage for the reporting service.
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40 # GiB
}

resource "aws_kms_key" "reports" {
  description         = "reports"
  enable_key_rotation = false # rotation was forgotten
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}
"#;

const RULES: [&str; 6] = [
    "scan",
    ".",
    "--select",
    "ebs-volume-encrypted",
    "--select",
    "kms-key-rotation-enabled",
];

fn with_bucket_rule(extra: &[&'static str]) -> Vec<&'static str> {
    let mut args = RULES.to_vec();
    args.extend(["--select", "s3-bucket-versioning-enabled"]);
    args.extend(extra);
    args
}

#[test]
fn scan_fix_writes_the_fixes_and_reports_what_is_left() {
    let dir = scratch("module");
    std::fs::write(dir.join("main.tf"), MODULE).unwrap();
    let (code, _, _) = tfcomply(&dir, &with_bucket_rule(&[]));
    assert_eq!(code, 1);
    let (code, _, stderr) = tfcomply(&dir, &with_bucket_rule(&["--fix"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Fixed 3 findings in 1 file"), "{stderr}");
    let fixed = std::fs::read_to_string(dir.join("main.tf")).unwrap();
    for comment in comments(MODULE) {
        assert!(fixed.contains(comment), "lost `{comment}`:\n{fixed}");
    }
    assert!(fixed.contains("  encrypted         = true\n"), "{fixed}");
    assert!(fixed.contains("  enable_key_rotation = true # rotation was forgotten\n"));
    assert!(
        fixed.contains("bucket = aws_s3_bucket.reports.id"),
        "{fixed}"
    );
    let (code, _, _) = tfcomply(&dir, &with_bucket_rule(&[]));
    assert_eq!(code, 0, "the fixed module passes");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fix_diff_prints_a_diff_and_writes_nothing() {
    let dir = scratch("diff");
    std::fs::write(dir.join("main.tf"), MODULE).unwrap();
    let (code, stdout, stderr) = tfcomply(&dir, &with_bucket_rule(&["--fix", "--diff"]));
    assert_eq!(code, 1, "fixes are pending: {stderr}");
    assert!(
        stderr.contains("Would fix 3 findings in 1 file"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("main.tf")).unwrap(),
        MODULE
    );
    insta::assert_snapshot!(stdout);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--fix --diff` on `files` (path, text): what it would fix.
fn would_fix(name: &str, files: &[(&str, &str)]) -> String {
    let dir = scratch(name);
    for (path, text) in files {
        std::fs::write(dir.join(path), text).unwrap();
    }
    let (_, stdout, stderr) = tfcomply(&dir, &RULES);
    assert!(stdout.contains("ebs-volume-encrypted"), "{stdout}");
    let mut args = RULES.to_vec();
    args.extend(["--fix", "--diff"]);
    let (_, diff, _) = tfcomply(&dir, &args);
    let _ = std::fs::remove_dir_all(&dir);
    format!("{diff}{stderr}")
}

#[test]
fn a_value_from_a_variable_gets_no_fix() {
    let out = would_fix(
        "variable",
        &[(
            "main.tf",
            "variable \"encrypt\" {\n  default = false\n}\n\nresource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  encrypted         = var.encrypt\n}\n",
        )],
    );
    assert!(!out.contains("---"), "{out}");
}

#[test]
fn json_configuration_gets_no_fix() {
    let out = would_fix(
        "json",
        &[(
            "main.tf.json",
            r#"{"resource": {"aws_ebs_volume": {"data": {"availability_zone": "eu-west-1a"}}}}"#,
        )],
    );
    assert!(!out.contains("---"), "{out}");
}

#[test]
fn an_installed_module_gets_no_fix() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/eval/installed");
    let (_, before, _) = tfcomply(
        &dir,
        &["scan", ".", "--select", "s3-bucket-versioning-enabled"],
    );
    assert!(before.contains("s3-bucket-versioning-enabled"), "{before}");
    let (code, diff, stderr) = tfcomply(
        &dir,
        // The path after `--diff` is the path to scan.
        &[
            "scan",
            "--select",
            "s3-bucket-versioning-enabled",
            "--fix",
            "--diff",
            ".",
        ],
    );
    assert_eq!((code, diff.as_str()), (0, ""));
    assert!(
        stderr.contains("Would fix 0 findings in 0 files"),
        "{stderr}"
    );
}

#[test]
fn a_split_resource_that_exists_is_not_added_again() {
    let dir = scratch("referrer");
    std::fs::write(
        dir.join("main.tf"),
        "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("versioning.tf"),
        "resource \"aws_s3_bucket_versioning\" \"logs\" {\n  bucket = aws_s3_bucket.logs.id\n  versioning_configuration {\n    status = \"Suspended\"\n  }\n}\n",
    )
    .unwrap();
    let catalogue = Catalogue::builtin().unwrap();
    let rule = catalogue.find("s3-bucket-public-access-blocked").unwrap();
    let result = scan_one(&dir, &catalogue, rule);
    assert_eq!(
        plan_all(&result, &catalogue).len(),
        1,
        "the public access block is added"
    );
    let versioning = catalogue
        .find("s3-bucket-versioning-not-suspended")
        .unwrap();
    let result = scan_one(&dir, &catalogue, versioning);
    assert!(!result.findings.is_empty());
    assert!(plan_all(&result, &catalogue).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A custom rule with `fix` as given, its `fix` block starting on line 12.
fn rule_with_fix(fix: &str) -> String {
    format!(
        r#"rule "acme-volume-encrypted" {{
  id        = "ACME900"
  title     = "Volumes are encrypted"
  family    = "encryption"
  severity  = "high"
  resources = ["aws_ebs_volume"]
  criteria  = {{ soc2 = ["CC6.1"], sox = ["ITGC-AC"] }}
  assert    = self.encrypted == true
  message     = "not encrypted"
  remediation = "Set encrypted = true."
  why         = "Data at rest."
{fix}
}}
"#
    )
}

/// The errors loading a rules directory holding `text` gives, as `file:line:col: message`.
fn load_errors(name: &str, text: &str) -> Vec<String> {
    let dir = scratch(name);
    std::fs::write(dir.join("rule.hcl"), text).unwrap();
    let mut catalogue = Catalogue::builtin().unwrap();
    let errors = catalogue.add_dir(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    errors
        .iter()
        .map(|e| e.to_string().replace(&dir.display().to_string(), "DIR"))
        .collect()
}

#[test]
fn a_fix_block_is_checked_when_the_rule_loads() {
    let good = rule_with_fix(
        "  fix {\n    title = \"Encrypt\"\n    set {\n      encrypted = true\n    }\n  }",
    );
    assert_eq!(load_errors("good-fix", &good), Vec::<String>::new());
    let cases = [
        (
            "  fix {\n    title = \"x\"\n    sett {\n      a = 1\n    }\n  }",
            "DIR/rule.hcl:14:5: unexpected block `sett` in `fix`: expected title, set or add",
        ),
        (
            "  fix {\n    title = \"x\"\n  }",
            "DIR/rule.hcl:12:3: `fix` needs `set` or `add`",
        ),
        (
            "  fix {\n    set {\n      a = 1\n    }\n  }",
            "DIR/rule.hcl:12:3: `fix` needs `title`",
        ),
        (
            "  fix {\n    title = \"x\"\n    add {\n      a = 1\n    }\n  }",
            "DIR/rule.hcl:14:5: `add` takes one label: the resource type",
        ),
        (
            "  fix {\n    title = \"x\"\n    set {\n      dynamic \"a\" {\n      }\n    }\n  }",
            "DIR/rule.hcl:15:15: blocks in `set` take no label",
        ),
    ];
    for (fix, expected) in cases {
        assert_eq!(
            load_errors("bad-fix", &rule_with_fix(fix)),
            [expected],
            "{fix}"
        );
    }
}

#[test]
fn diff_needs_a_file_without_fix_and_takes_none_with_it() {
    let dir = scratch("diff-alone");
    std::fs::write(dir.join("main.tf"), MODULE).unwrap();
    let (code, _, stderr) = tfcomply(&dir, &["scan", ".", "--diff"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--diff needs a FILE"), "{stderr}");
    // With --fix, a diff file after --diff is refused, not scanned as Terraform.
    std::fs::write(dir.join("pr.diff"), "").unwrap();
    let (code, _, stderr) = tfcomply(&dir, &["scan", ".", "--fix", "--diff", "pr.diff"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("takes no diff FILE (pr.diff)"), "{stderr}");
    // A file that does not parse may hide findings, and so fixes: exit 2, saying where.
    std::fs::write(dir.join("broken.tf"), "resource \"x\" {\n  a = \n").unwrap();
    let (code, _, stderr) = tfcomply(&dir, &["scan", ".", "--fix", "--diff"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("broken.tf:"), "{stderr}");
    let (code, _, stderr) = tfcomply(&dir, &["scan", ".", "--fix", "--diff", "--format", "json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("takes no --format"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fixes_keep_crlf_line_endings_and_a_comment_after_a_closing_brace() {
    let dir = scratch("crlf");
    let text = "resource \"aws_s3_bucket\" \"logs\" {\r\n  bucket = \"logs\"\r\n} # keep: the logs bucket\r\n\r\n\
                resource \"aws_ebs_volume\" \"data\" {\r\n  availability_zone = \"us-east-1a\"\r\n  size              = 10\r\n\r\n}\r\n";
    std::fs::write(dir.join("main.tf"), text).unwrap();
    let args = [
        "scan",
        ".",
        "--select",
        "s3-bucket-versioning-enabled",
        "--select",
        "ebs-volume-encrypted",
        "--fix",
    ];
    let (code, stdout, stderr) = tfcomply(&dir, &args);
    assert_eq!(code, 0, "both fixed: {stdout}{stderr}");
    let fixed = std::fs::read_to_string(dir.join("main.tf")).unwrap();
    let bare = fixed
        .match_indices('\n')
        .filter(|(i, _)| !fixed[..*i].ends_with('\r'));
    assert_eq!(bare.count(), 0, "{fixed:?}");
    assert!(
        fixed.contains("} # keep: the logs bucket\r\n\r\nresource \"aws_s3_bucket_versioning\""),
        "{fixed:?}"
    );
    // Aligned with the attributes above, as in a file with LF line endings.
    assert!(
        fixed.contains("  encrypted         = true\r\n"),
        "{fixed:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
