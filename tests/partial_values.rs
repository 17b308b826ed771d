//! Partially known values against the real Terraform: testdata/functions/partial/main.tf has
//! one output per case over a map, list and nested object whose keys are known and some of
//! whose values are not (a `terraform_data` resource's `id`), and expected.json beside it
//! holds what Terraform 1.11 planned for each output (`regenerate.sh` says how). Each output
//! is evaluated here with the locals of main.tf, in order, and our value is compared in the
//! plan's own terms: `after` (unknown parts null in lists and left out of objects) and
//! `after_unknown` (true where unknown).

use serde_json::{Value as J, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tfcomply::eval::{Evaluator, Scope, Value};
use tfcomply::syntax::{Body, Expr};

/// Cases where we answer differently from Terraform on purpose, with the reason.
const SKIPS: &[(&str, &str)] = &[
    (
        "cond_same_branches",
        "an unknown condition whose two branches are equal and wholly known answers that \
         value: a strict refinement of Terraform's unknown",
    ),
    (
        "eq_list_unknown_first",
        "lists that differ at a known position are unequal whatever their unknown elements \
         become; Terraform stops at the first unknown pair and answers unknown, we answer \
         false: a strict refinement",
    ),
    (
        "tomap_number_and_unknown",
        "our unknown values carry no type: whether 1 becomes \"1\" depends on the unknown \
         element's type (a string here), so we answer unknown where Terraform knows",
    ),
    (
        "coalesce_number_then_unknown",
        "our unknown values carry no type: whether the answer 1 becomes \"1\" depends on the \
         unknown argument's type (a string here), so we answer unknown where Terraform knows",
    ),
    (
        "and_false_unknown",
        "false && x is false whatever x becomes; Terraform does not look past the unknown \
         operand and answers unknown, we answer false: a strict refinement the rules' \
         conditions rely on",
    ),
    (
        "and_unknown_false",
        "x && false is false whatever x becomes: a strict refinement, as above",
    ),
    (
        "or_true_unknown",
        "true || x is true whatever x becomes: a strict refinement, as above",
    ),
    (
        "flatten_unknown_element",
        "our unknown values carry no type: an unknown element may be a list to flatten, so we \
         answer unknown where Terraform knows it is a string",
    ),
    (
        "flatten_unknown_in_list",
        "our unknown values carry no type: as above, for an unknown element of a nested list",
    ),
];

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/functions/partial")
}

/// `local` as evaluated so far, and the resources of main.tf as seen through a reference.
struct Fixture {
    locals: BTreeMap<String, Value>,
    resources: BTreeMap<String, Value>,
}

impl Scope for Fixture {
    fn root(&self, name: &str) -> Option<Value> {
        match name {
            "local" => Some(Value::object(self.locals.clone())),
            "terraform_data" => Some(Value::object(self.resources.clone())),
            _ => None,
        }
    }
}

fn evaluate(expr: &Expr, scope: &Fixture) -> Result<Value, String> {
    Evaluator::new(scope).eval(expr).map_err(|e| e.message)
}

/// The locals of main.tf evaluated in file order, and `terraform_data.u` as a reference to it
/// reads: what its configuration sets is known, its `id` is not.
fn fixture(body: &Body) -> Fixture {
    let mut scope = Fixture {
        locals: BTreeMap::new(),
        resources: BTreeMap::new(),
    };
    for block in body.blocks_of("resource") {
        if block.labels.first().map(String::as_str) == Some("terraform_data")
            && block.labels.get(1).map(String::as_str) == Some("u")
        {
            let config = block
                .body
                .attributes
                .iter()
                .map(|a| {
                    let value = evaluate(&a.value, &scope).expect("resource attribute");
                    (a.name.clone(), value)
                })
                .collect();
            scope
                .resources
                .insert("u".to_string(), Value::block(config).as_configured());
        }
    }
    for block in body.blocks_of("locals") {
        for attribute in &block.body.attributes {
            let value = evaluate(&attribute.value, &scope)
                .unwrap_or_else(|e| panic!("local.{}: {e}", attribute.name));
            scope.locals.insert(attribute.name.clone(), value);
        }
    }
    scope
}

/// The plan's `after`: unknown parts are null in lists and left out of objects.
fn after(value: &Value) -> J {
    match value {
        Value::Unknown | Value::Configured(_) => J::Null,
        Value::List(items) => items.iter().map(after).collect(),
        Value::Object(map) | Value::Block(map) => map
            .iter()
            .filter(|(_, v)| v.is_known() && !matches!(v, Value::Configured(_)))
            .map(|(k, v)| (k.clone(), after(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        known => known.to_json(),
    }
}

/// The plan's `after_unknown`: false for a wholly known value; otherwise true for an unknown
/// value, every position of a list, and only the keys of an object that hold something
/// unknown.
fn after_unknown(value: &Value) -> J {
    if value.is_wholly_known() {
        return J::Bool(false);
    }
    unknown_as_bool(value)
}

fn unknown_as_bool(value: &Value) -> J {
    match value {
        Value::Unknown | Value::Configured(_) => J::Bool(true),
        Value::List(items) => items.iter().map(unknown_as_bool).collect(),
        Value::Object(map) | Value::Block(map) => map
            .iter()
            .map(|(k, v)| (k.clone(), unknown_as_bool(v)))
            .filter(|(_, u)| *u != J::Bool(false))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        _ => J::Bool(false),
    }
}

/// Our answer in the plan's terms, or the error.
fn planned(result: &Result<Value, String>) -> J {
    match result {
        Ok(value) => json!({ "after": after(value), "after_unknown": after_unknown(value) }),
        Err(e) => json!({ "error": e }),
    }
}

#[test]
fn partially_known_values_match_terraform() {
    let dir = fixture_dir();
    let text = std::fs::read_to_string(dir.join("main.tf")).expect("main.tf is readable");
    let body = tfcomply::parse::parse_hcl(&text).expect("main.tf parses");
    let expected: J = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json is readable"),
    )
    .expect("expected.json is JSON");
    let cases = expected["outputs"].as_array().expect("outputs");
    let scope = fixture(&body);

    // expected.json must be the record of this main.tf: the same outputs, the same text.
    let written: Vec<(String, &str)> = body
        .blocks_of("output")
        .map(|block| {
            let value = &block.body.attribute("value").expect("output value").value;
            (block.labels[0].clone(), &text[value.span.clone()])
        })
        .collect();
    let recorded: Vec<(String, &str)> = cases
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["expr"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        written, recorded,
        "expected.json is stale: rerun testdata/functions/partial/regenerate.sh"
    );
    for (name, _) in SKIPS {
        assert!(
            recorded.iter().any(|(n, _)| n == name),
            "skipped case {name} is not in main.tf"
        );
    }

    let mut mismatches = Vec::new();
    let mut skipped = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let expr = case["expr"].as_str().unwrap();
        let want = json!({
            "after": case["after"],
            "after_unknown": case["after_unknown"],
        });
        let body = tfcomply::parse::parse_hcl(&format!("value = {expr}\n"))
            .unwrap_or_else(|e| panic!("{name}: {}", e.message));
        let got = planned(&evaluate(&body.attribute("value").unwrap().value, &scope));
        let skip = SKIPS.iter().find(|(n, _)| *n == name).map(|(_, r)| r);
        match (got == want, skip) {
            (true, None) => {}
            (false, None) => mismatches.push(format!(
                "  {name}: {expr}\n    Terraform: {want}\n    we:        {got}"
            )),
            (false, Some(reason)) => skipped.push(format!("  {name}: {expr}\n    {reason}")),
            (true, Some(_)) => mismatches.push(format!(
                "  {name}: {expr}\n    now matches Terraform: remove it from SKIPS"
            )),
        }
    }
    println!("{} cases, {} skipped:", cases.len(), skipped.len());
    println!("{}", skipped.join("\n"));
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    assert!(
        mismatches.is_empty(),
        "{} of {} cases differ from Terraform:\n{}",
        mismatches.len(),
        cases.len() - skipped.len(),
        mismatches.join("\n")
    );
}

/// main.tf also has a resource with `count = length(keys(local.m))` and one with
/// `for_each = local.m`: Terraform plans their instances (keys known, values not), so must we.
#[test]
fn count_and_for_each_over_a_partially_known_map_expand() {
    let dir = fixture_dir();
    let expected: J = serde_json::from_str(
        &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json is readable"),
    )
    .expect("expected.json is JSON");
    let instances = expected["resource_instances"]
        .as_array()
        .expect("instances");
    let sources = tfcomply::source::collect(&[dir], &[]).expect("the fixture is readable");
    let catalogue = tfcomply::rules::Catalogue::builtin().expect("the built-in rules load");
    let result = tfcomply::check::check(sources, &Default::default(), &catalogue, &|_| false);
    assert!(result.errors.is_empty(), "{:?}", result.errors);
    let unexpanded: Vec<&str> = result
        .unexpanded
        .iter()
        .map(|u| u.address.as_str())
        .collect();
    assert!(unexpanded.is_empty(), "not expanded: {unexpanded:?}");
    assert_eq!(
        result.resources,
        instances.len(),
        "Terraform plans {instances:?}"
    );
}
