//! The formats read by CI and code hosts (`sarif`, `junit`, `github`, `markdown`, `gitlab`),
//! each rendered on one shared set of fixtures: the web-app example and `testdata/formats`
//! (findings in an installed module, a message that every format must escape, and a file
//! that does not parse).

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use tfcomply::check::{ScanResult, check};
use tfcomply::findings::{Suppression, SuppressionKind};
use tfcomply::report::{self, Format, Report};
use tfcomply::rules::{Catalogue, Rule};

mod common;
use common::tfcomply;

const FIXTURES: [&str; 2] = ["testdata/examples/web-app", "testdata/formats"];
const LINK_BASE: &str = "https://example.test/acme/infra/blob/0123abc";

/// The container name in `testdata/formats/main.tf`, which IAM033's message quotes.
const AWKWARD: &str = "100% <web> & \"api\", a|b: 'x' @ops\nnext";

/// The fixtures scanned in `format`, on stdout; the parse error makes the exit code 2.
fn scan(format: &str) -> String {
    let mut args = vec!["scan"];
    args.extend(FIXTURES);
    args.extend(["--format", format, "--link-base", LINK_BASE]);
    let output = tfcomply(&args);
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// No format but SARIF's base URI names the machine the scan ran on.
fn assert_no_absolute_path(text: &str) {
    assert!(!text.contains(env!("CARGO_MANIFEST_DIR")), "{text}");
}

/// The findings of the same scan, from the JSON report.
fn json_findings() -> Vec<Value> {
    let report: Value = serde_json::from_str(&scan("json")).unwrap();
    report["findings"].as_array().unwrap().clone()
}

/// How many rules run by default (the `recommended` preset).
fn default_rules() -> usize {
    let rules: Value = serde_json::from_slice(&tfcomply(&["rules", "--format", "json"]).stdout)
        .expect("rules as JSON");
    rules["rules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["preset"] == "recommended")
        .count()
}

/// Every way `log` breaks the schema, as `path: error`.
fn sarif_violations(log: &Value) -> Vec<String> {
    // The schema's patterns for `language` have a lone `]`, a literal in the ECMA-262
    // regexes JSON Schema means and an error to this validator's: the same patterns, escaped.
    let lone = "-[a-zA-Z]{2}]?$";
    let text = include_str!("schemas/sarif-schema-2.1.0.json");
    assert_eq!(text.matches(lone).count(), 2);
    let schema: Value =
        serde_json::from_str(&text.replace(lone, "-[a-zA-Z]{2}\\\\]?$")).expect("JSON");
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    validator
        .iter_errors(log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn sarif_is_valid_sarif_2_1_0_with_every_rule_that_ran() {
    let log: Value = serde_json::from_str(&scan("sarif")).unwrap();
    let errors = sarif_violations(&log);
    assert!(errors.is_empty(), "{errors:#?}");

    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), default_rules());
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), json_findings().len());
    for result in results {
        let rule = &rules[result["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], result["ruleId"]);
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(
            uri.starts_with("testdata/") && !uri.contains(".terraform"),
            "{uri}"
        );
    }
    let installed = results
        .iter()
        .filter(|r| {
            r["message"]["text"]
                .as_str()
                .unwrap()
                .contains("installed module")
        })
        .count();
    assert_eq!(installed, 4, "the bucket in .terraform/modules/vpc");
    assert!(
        results
            .iter()
            .any(|r| r["message"]["text"].as_str().unwrap().contains(AWKWARD))
    );
    let notifications = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert_eq!(notifications.len(), 1, "the parse error");

    // The snapshot keeps the rules that have results: all 193 would bury them.
    let mut shown = log.clone();
    let used: Vec<&Value> = results.iter().map(|r| &r["ruleId"]).collect();
    shown["runs"][0]["tool"]["driver"]["rules"] = rules
        .iter()
        .filter(|r| used.contains(&&r["id"]))
        .cloned()
        .collect();
    insta::assert_json_snapshot!("sarif", shown, {
        ".runs[0].tool.driver.version" => "[version]",
        ".runs[0].tool.driver.semanticVersion" => "[version]",
        ".runs[0].originalUriBaseIds[\"%SRCROOT%\"].uri" => "[source root]",
    });
}

/// The fixtures scanned through the library, every rule running, with two findings accepted
/// as the suppression stage would: one by a comment, one by the baseline.
fn scan_with_accepted() -> (ScanResult, Catalogue) {
    let catalogue = Catalogue::builtin().unwrap();
    let paths: Vec<PathBuf> = FIXTURES.iter().map(PathBuf::from).collect();
    let sources = tfcomply::source::collect(&paths, &[]).unwrap();
    let mut result = check(sources, &Default::default(), &catalogue, &|_| true);
    for (kind, expires) in [
        (SuppressionKind::Inline, None),
        (SuppressionKind::Baseline, Some("2030-01-31".to_string())),
    ] {
        let mut finding = result.findings.remove(0);
        finding.suppression = Some(Suppression {
            kind,
            reason: "accepted: <test> & \"evidence\"".to_string(),
            expires,
            place: Some((finding.file, finding.span.clone())),
        });
        result.suppressed.push(finding);
    }
    (result, catalogue)
}

fn render(format: Format, result: &ScanResult, catalogue: &Catalogue) -> String {
    let ran: Vec<&Rule> = catalogue.rules.iter().collect();
    report::render(
        format,
        &Report {
            result,
            catalogue,
            ran: &ran,
            show_unknown: false,
            framework: None,
            source_root: Path::new(env!("CARGO_MANIFEST_DIR")),
            link_base: None,
            style: report::human::Style {
                color: false,
                width: 100,
            },
        },
    )
}

#[test]
fn sarif_with_accepted_findings_is_valid_and_keeps_their_reasons() {
    let (result, catalogue) = scan_with_accepted();
    let log: Value = serde_json::from_str(&render(Format::Sarif, &result, &catalogue)).unwrap();
    let errors = sarif_violations(&log);
    assert!(errors.is_empty(), "{errors:#?}");
    let suppressions: Vec<(&Value, &Value)> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| {
            Some((
                &r["suppressions"][0]["kind"],
                r["suppressions"][0].get("justification")?,
            ))
        })
        .collect();
    assert_eq!(
        suppressions,
        [
            (
                &json!("inSource"),
                &json!("accepted: <test> & \"evidence\"")
            ),
            (
                &json!("external"),
                &json!("accepted: <test> & \"evidence\" (expires 2030-01-31)")
            ),
        ]
    );
    // Not an issue to fix; evidence in the comment; skipped as a test.
    let fingerprint = &result.suppressed[0].fingerprint;
    assert!(!render(Format::Gitlab, &result, &catalogue).contains(fingerprint.as_str()));
    let comment = render(Format::Markdown, &result, &catalogue);
    assert!(comment.contains("2 accepted findings (suppressed or in the baseline)"));
    assert!(
        comment.contains("accepted: &lt;test&gt; &amp; &quot;evidence&quot; (expires 2030-01-31)")
    );
    let xml = render(Format::Junit, &result, &catalogue);
    assert!(xml.contains(
        "<skipped message=\"suppressed: accepted: &lt;test&gt; &amp; &quot;evidence&quot;\"/>"
    ));
}

#[test]
fn junit_parses_back_with_a_case_per_rule_and_resource() {
    let xml = scan("junit");
    assert_no_absolute_path(&xml);
    let document = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let root = document.root_element();
    let count = |node: roxmltree::Node, name: &str| -> usize {
        node.attribute(name).unwrap().parse().unwrap()
    };
    let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    assert_eq!(suites.len(), default_rules() + 1, "and the errors' suite");
    for attribute in ["tests", "failures", "errors", "skipped"] {
        let sum: usize = suites.iter().map(|s| count(*s, attribute)).sum();
        assert_eq!(count(root, attribute), sum, "{attribute}");
    }
    assert_eq!(count(root, "failures"), json_findings().len());
    assert_eq!(count(root, "errors"), 1);
    let cases: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), count(root, "tests"));
    assert!(
        cases.iter().filter(|c| !c.has_children()).count() > 10,
        "passes are recorded for JUnit"
    );
    let privileged = cases
        .iter()
        .find(|c| c.attribute("classname") == Some("IAM033"))
        .unwrap();
    let failure = privileged.first_element_child().unwrap();
    assert!(
        failure.attribute("message").unwrap().contains(AWKWARD),
        "{failure:?}"
    );
    assert_eq!(failure.attribute("type"), Some("high"));

    // The snapshot leaves out the rules that checked nothing here.
    let shown: Vec<&str> = xml
        .lines()
        .filter(|l| !(l.starts_with("  <testsuite ") && l.ends_with("/>")))
        .collect();
    insta::assert_snapshot!("junit", shown.join("\n"));
}

#[test]
fn github_annotations_escape_as_the_runner_expects() {
    let text = scan("github");
    assert_no_absolute_path(&text);
    let lines: Vec<&str> = text.lines().collect();
    let (summary, commands) = lines.split_last().unwrap();
    assert!(summary.starts_with("tfcomply: Scanned"), "{summary}");
    assert!(commands.iter().all(|l| l.starts_with("::")));
    assert_eq!(
        commands.len(),
        json_findings().len() + 1,
        "and the parse error"
    );
    let privileged = commands.iter().find(|l| l.contains("IAM033")).unwrap();
    // A span over several lines has no columns; `,` and `:` are escaped only in properties.
    assert!(
        privileged.starts_with(
            "::error file=testdata/formats/main.tf,line=13,endLine=19,\
             title=IAM033 ecs-containers-not-privileged::"
        ),
        "{privileged}"
    );
    assert!(privileged.contains("100%25 <web> & \"api\", a|b: 'x' @ops%0Anext"));
    insta::assert_snapshot!("github", text);
}

#[test]
fn markdown_comment_for_a_pull_request() {
    let text = scan("markdown");
    assert_no_absolute_path(&text);
    assert!(text.starts_with("<!-- tfcomply -->\n"));
    assert!(text.len() < 65_536);
    assert!(text.contains(&format!(
        "<a href=\"{LINK_BASE}/testdata/formats/main.tf#L13\">main.tf:13</a>"
    )));
    let version = format!("tfcomply {}", env!("CARGO_PKG_VERSION"));
    insta::assert_snapshot!("markdown", text.replace(&version, "tfcomply [version]"));
}

#[test]
fn gitlab_code_quality_report() {
    let text = scan("gitlab");
    assert_no_absolute_path(&text);
    let issues: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(issues.len(), json_findings().len());
    let mut fingerprints: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    fingerprints.sort();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), issues.len(), "unique per issue");
    assert!(issues.iter().all(|i| {
        !i["location"]["path"]
            .as_str()
            .unwrap()
            .contains(".terraform")
    }));
    insta::assert_json_snapshot!("gitlab", issues);
}

#[test]
fn formats_written_together_match_each_alone() {
    let dir = std::env::temp_dir().join(format!("tfcomply-formats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let formats = ["sarif", "junit", "github", "markdown", "gitlab"];
    let outputs: Vec<String> = formats
        .iter()
        .map(|f| format!("{f}={}", dir.join(f).display()))
        .collect();
    let mut args = vec!["scan"];
    args.extend(FIXTURES);
    args.extend(["--link-base", LINK_BASE]);
    for output in &outputs {
        args.extend(["--format", output.as_str()]);
    }
    assert_eq!(tfcomply(&args).status.code(), Some(2));
    for format in formats {
        let written = std::fs::read_to_string(dir.join(format)).unwrap();
        assert_eq!(written, scan(format), "{format}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
