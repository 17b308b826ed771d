//! Terraform's built-in functions against the real Terraform: every case in
//! testdata/functions/cases.json holds what Terraform 1.11 answered for the expression
//! (`generate.py` beside it says how to rerun it). Each expression is evaluated here in a
//! scope with no names and must give the same JSON, the same error, or unknown.

use std::collections::BTreeMap;
use std::path::PathBuf;
use tfcomply::eval::{Evaluator, Scope, Value, functions};

struct NoNames;

impl Scope for NoNames {
    fn root(&self, _name: &str) -> Option<Value> {
        None
    }
}

fn evaluate(expr: &str) -> Result<Value, String> {
    let body = tfcomply::parse::parse_hcl(&format!("value = {expr}\n"))
        .map_err(|e| format!("parse error: {}", e.message))?;
    let attribute = body.attribute("value").ok_or("no value attribute")?;
    Evaluator::new(&NoNames)
        .eval(&attribute.value)
        .map_err(|e| e.message)
}

/// JSON equality with numbers compared as f64 with a relative tolerance: Terraform computes
/// with 512-bit floats, we with f64.
fn same_json(expected: &serde_json::Value, actual: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (expected, actual) {
        (J::Number(a), J::Number(b)) => {
            let (a, b) = (
                a.as_f64().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(f64::NAN),
            );
            (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
        }
        (J::Array(a), J::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_json(x, y))
        }
        (J::Object(a), J::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(k, v)| b.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => expected == actual,
    }
}

fn cases() -> Vec<serde_json::Value> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/functions/cases.json");
    let text = std::fs::read_to_string(&path).expect("cases.json is readable");
    serde_json::from_str(&text).expect("cases.json is JSON")
}

/// What is wrong with our answer to one case, if anything.
fn mismatch(case: &serde_json::Value, actual: &Result<Value, String>) -> Option<String> {
    let flag = |name: &str| case.get(name).and_then(serde_json::Value::as_bool) == Some(true);
    let shown = |result: &Result<Value, String>| match result {
        Ok(v) if v.is_wholly_known() => v.to_json().to_string(),
        Ok(_) => "unknown".to_string(),
        Err(e) => format!("error: {e}"),
    };
    let ok = if flag("error") {
        actual.is_err()
    } else if flag("unknown") {
        matches!(actual, Ok(Value::Unknown))
    } else {
        match actual {
            Ok(v) => v.is_wholly_known() && same_json(&case["json"], &v.to_json()),
            Err(_) => false,
        }
    };
    let expected = if flag("error") {
        "an error".to_string()
    } else if flag("unknown") {
        "unknown".to_string()
    } else {
        case["json"].to_string()
    };
    (!ok).then(|| format!("expected {expected}, got {}", shown(actual)))
}

#[test]
fn functions_match_terraform() {
    let cases = cases();
    let mut per_group: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut mismatches = Vec::new();
    let mut skips = Vec::new();
    for case in &cases {
        let expr = case["expr"].as_str().expect("every case has an expression");
        let group = case["group"].as_str().unwrap_or("other");
        let counts = per_group.entry(group).or_default();
        counts.0 += 1;
        if let Some(reason) = case.get("skip").and_then(serde_json::Value::as_str) {
            counts.1 += 1;
            skips.push(format!("  {expr}\n    skipped: {reason}"));
            continue;
        }
        if let Some(problem) = mismatch(case, &evaluate(expr)) {
            mismatches.push(format!("  {expr}\n    {problem}"));
        }
    }
    for (group, (total, skipped)) in &per_group {
        println!("{group}: {total} cases, {skipped} skipped");
    }
    println!("{} cases, {} skipped:", cases.len(), skips.len());
    println!("{}", skips.join("\n"));
    assert!(cases.len() >= 320, "only {} cases", cases.len());
    assert!(
        skips.len() * 100 < cases.len() * 3,
        "{} of {} cases skipped: keep skips under 3%",
        skips.len(),
        cases.len()
    );
    assert!(
        mismatches.is_empty(),
        "{} of {} cases differ from Terraform:\n{}",
        mismatches.len(),
        cases.len() - skips.len(),
        mismatches.join("\n")
    );
}

/// Every function named in the cases, called with awkward arguments in every combination of
/// up to three: errors are fine, panics are not.
#[test]
fn no_function_panics_on_awkward_arguments() {
    let mut names: Vec<String> = cases()
        .iter()
        .filter_map(|c| c["expr"].as_str())
        .filter_map(|e| e.split('(').next())
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    let s = |v: &str| Value::string(v);
    let n = Value::Number;
    let pool = [
        Value::Null,
        Value::Bool(true),
        n(-1.0),
        n(0.5),
        n(1e300),
        n(-9.3e18),
        s(""),
        s("é👍🏽\n'%[9]q%"),
        s("10.0.0.0/8"),
        s("2017-11-22T00:00:00Z"),
        Value::list(vec![s("a"), n(1.0), Value::list(Vec::new())]),
        Value::object(BTreeMap::from([("k".to_string(), Value::Null)])),
    ];
    for name in &names {
        let _ = functions::call(name, &[]);
        for a in &pool {
            let _ = functions::call(name, std::slice::from_ref(a));
            for b in &pool {
                let _ = functions::call(name, &[a.clone(), b.clone()]);
                for c in &pool {
                    let _ = functions::call(name, &[a.clone(), b.clone(), c.clone()]);
                }
            }
        }
    }
}
