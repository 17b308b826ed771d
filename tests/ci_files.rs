//! The files other tools read to run tfcomply: the pre-commit hooks, the GitHub action, the
//! example GitHub and GitLab pipelines. Their structure is checked here, as those tools would
//! only find a mistake in a user's repository; the SARIF report is checked by the SARIF SDK's
//! own validator.

#[path = "common/tools.rs"]
mod tools;

use std::path::Path;
use std::process::Command;
use yaml_rust2::{Yaml, YamlLoader};

fn load(path: &str) -> Yaml {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut docs = YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!(docs.len(), 1, "{path}: one document");
    docs.remove(0)
}

fn str_of<'y>(yaml: &'y Yaml, what: &str) -> &'y str {
    yaml.as_str()
        .unwrap_or_else(|| panic!("{what} is not a string: {yaml:?}"))
}

fn list<'y>(yaml: &'y Yaml, what: &str) -> &'y [Yaml] {
    yaml.as_vec()
        .unwrap_or_else(|| panic!("{what} is not a list: {yaml:?}"))
}

#[test]
fn pre_commit_hooks_scan_the_modules_of_the_changed_files_in_one_run() {
    let hooks = load(".pre-commit-hooks.yaml");
    let hooks = list(&hooks, "the hooks file");
    let ids: Vec<&str> = hooks.iter().map(|h| str_of(&h["id"], "id")).collect();
    assert_eq!(ids, ["tfcomply", "tfcomply-system"]);
    for (hook, language) in hooks.iter().zip(["python", "system"]) {
        let id = str_of(&hook["id"], "id");
        assert_eq!(str_of(&hook["entry"], id), "tfcomply scan --modules");
        assert_eq!(str_of(&hook["language"], id), language);
        assert_eq!(hook["pass_filenames"].as_bool(), Some(true), "{id}");
        assert_eq!(hook["require_serial"].as_bool(), Some(true), "{id}");
        // pre-commit searches the path with Python's `re`; this pattern means the same there.
        let files = regex::Regex::new(str_of(&hook["files"], id)).unwrap();
        for path in [
            "main.tf",
            "infra/main.tf.json",
            "prod.tfvars",
            "env/prod.tfvars.json",
        ] {
            assert!(files.is_match(path), "{id} skips {path}");
        }
        for path in ["plan.json", "terraform.tfstate", "main.tf.bak", "README.md"] {
            assert!(!files.is_match(path), "{id} takes {path}");
        }
    }
}

#[test]
fn action_scans_to_sarif_and_markdown_and_exits_with_the_scans_code() {
    let action = load("action.yml");
    assert_eq!(str_of(&action["runs"]["using"], "runs.using"), "composite");
    let inputs = &action["inputs"];
    for (name, default) in [
        ("paths", Some(".")),
        ("args", Some("")),
        ("changed-since", Some("")),
        ("sarif-file", Some("tfcomply.sarif")),
        ("upload-sarif", Some("true")),
        ("comment", None),
    ] {
        let input = &inputs[name];
        assert!(input.as_hash().is_some(), "input {name} is not declared");
        if let Some(default) = default {
            assert_eq!(str_of(&input["default"], name), default, "input {name}");
        }
    }

    let steps = list(&action["runs"]["steps"], "runs.steps");
    let uses = |prefix: &str| {
        steps
            .iter()
            .find(|s| s["uses"].as_str().is_some_and(|u| u.starts_with(prefix)))
            .unwrap_or_else(|| panic!("no step uses {prefix}"))
    };
    uses("actions/setup-python@");
    let runs = |needle: &str| {
        steps
            .iter()
            .find(|s| s["run"].as_str().is_some_and(|r| r.contains(needle)))
            .unwrap_or_else(|| panic!("no step runs `{needle}`"))
    };
    runs("pip install");
    let scan = str_of(&runs("tfcomply scan")["run"], "the scan step");
    for format in [
        "--format github",
        "--format sarif=",
        "--format markdown=tfcomply.md",
        // Code scanning always gets the whole analysis; the rest may be only what changed.
        "--changed-since \"$CHANGED_SINCE\"",
    ] {
        assert!(
            scan.contains(format),
            "the scan step lacks {format}:\n{scan}"
        );
    }

    let upload = uses("github/codeql-action/upload-sarif@");
    let condition = str_of(&upload["if"], "the upload's if");
    assert!(
        condition.contains("always()") && condition.contains("inputs.upload-sarif"),
        "{condition}"
    );
    let summary = runs("GITHUB_STEP_SUMMARY");
    assert!(str_of(&summary["if"], "the summary's if").contains("inputs.comment"));

    let last = steps.last().unwrap();
    let exit = format!(
        "{} {}",
        str_of(&last["run"], "the last step"),
        str_of(&last["env"]["STATUS"], "the last step's STATUS")
    );
    assert!(
        exit.contains("exit") && exit.contains("steps.scan.outputs.exit-code"),
        "the last step does not exit with the scan's code: {exit}"
    );
}

#[test]
fn github_example_scans_the_pull_requests_changes() {
    let workflow = load("docs/ci/github-actions.yml");
    assert!(
        !workflow["on"]["pull_request"].is_badvalue(),
        "not run on pull requests"
    );
    let permissions = &workflow["permissions"];
    assert_eq!(permissions["security-events"].as_str(), Some("write"));
    assert_eq!(permissions["pull-requests"].as_str(), Some("write"));

    let jobs = workflow["jobs"].as_hash().expect("jobs");
    assert_eq!(jobs.len(), 1);
    let steps = list(&jobs.values().next().unwrap()["steps"], "steps");
    let checkout = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/checkout@"))
        })
        .expect("a checkout step");
    // --changed-since needs the base branch's history.
    assert_eq!(checkout["with"]["fetch-depth"].as_i64(), Some(0));
    let action = steps
        .iter()
        .find(|s| s["uses"].as_str().is_some_and(|u| u.contains("/tfcomply@")))
        .expect("a step uses the tfcomply action");
    assert_eq!(
        action["with"]["changed-since"].as_str(),
        Some("origin/${{ github.base_ref }}")
    );
    assert!(
        steps.iter().any(|s| s["run"]
            .as_str()
            .is_some_and(|r| r.contains("gh pr comment"))),
        "no step posts the comment"
    );
}

#[test]
fn gitlab_example_publishes_code_quality_and_junit_reports() {
    let pipeline = load("docs/ci/gitlab-ci.yml");
    let job = &pipeline["tfcomply"];
    assert_eq!(job["image"].as_str(), Some("python:3.12"));
    let setup: Vec<&str> = list(&job["before_script"], "before_script")
        .iter()
        .map(|l| str_of(l, "a before_script line"))
        .collect();
    assert!(setup.contains(&"pip install tfcomply"), "{setup:?}");
    let script: String = list(&job["script"], "script")
        .iter()
        .map(|l| str_of(l, "a script line"))
        .collect::<Vec<_>>()
        .join("\n");

    let artifacts = &job["artifacts"];
    assert_eq!(artifacts["when"].as_str(), Some("always"));
    for (report, format) in [("codequality", "gitlab"), ("junit", "junit")] {
        let file = str_of(&artifacts["reports"][report], report);
        let written = format!("--format {format}={file}");
        assert!(
            script.contains(&written),
            "the script does not write the {report} report ({written}):\n{script}"
        );
    }
}

#[test]
fn github_files_pass_action_validator() {
    let Some(validator) = tools::find("action-validator") else {
        return;
    };
    for file in ["action.yml", "docs/ci/github-actions.yml"] {
        let output = Command::new(&validator)
            .arg(file)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "action-validator {file}:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn sarif_reports_pass_the_sarif_validator() {
    let Some(multitool) = tools::find("sarif-multitool") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("tfcomply-sarif-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // Findings; accepted findings and suppression notes; an installed module and a file that
    // does not parse (exit 2).
    for (scanned, code) in [
        ("testdata/examples/web-app", 1),
        ("testdata/suppress/inline", 1),
        ("testdata/formats", 2),
    ] {
        let report = dir.join(format!("{}.sarif", scanned.replace('/', "_")));
        let scan = Command::new(env!("CARGO_BIN_EXE_tfcomply"))
            .args(["scan", scanned, "--format"])
            .arg(format!("sarif={}", report.display()))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert_eq!(
            scan.status.code(),
            Some(code),
            "{scanned}:\n{}",
            String::from_utf8_lossy(&scan.stderr)
        );
        validate(
            &multitool,
            &report,
            &report.with_extension("validation.sarif"),
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `sarif-multitool validate` on a report and fails on any error it finds. The validator
/// exits 0 whatever it finds: its verdict is in its own SARIF log.
fn validate(multitool: &Path, report: &Path, verdict: &Path) {
    let validate = Command::new(multitool)
        .arg("validate")
        .arg("--output")
        .arg(verdict)
        .arg(report)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&validate.stdout).into_owned();
    assert!(
        validate.status.success(),
        "sarif-multitool validate {}:\n{said}",
        report.display()
    );
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(verdict).unwrap()).unwrap();
    let run = &log["runs"][0];
    assert_eq!(
        run["invocations"][0]["executionSuccessful"].as_bool(),
        Some(true),
        "{said}"
    );
    let errors: Vec<&serde_json::Value> = run["results"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["level"] == "error")
        .collect();
    assert!(
        errors.is_empty(),
        "{} is invalid SARIF:\n{said}",
        report.display()
    );
}
