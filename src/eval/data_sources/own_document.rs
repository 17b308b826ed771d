//! The document an `aws_iam_policy_document`'s own arguments describe: `version`,
//! `policy_id` and the `statement` blocks, written as the AWS provider writes them.

use super::policy_json::{Document, Statement};
use crate::eval::value::Value;
use std::collections::BTreeMap;

/// The provider's default for `version`.
const DEFAULT_VERSION: &str = "2012-10-17";

/// The document this data source's own arguments describe; the provider fails when two of
/// its statements share a sid.
pub fn own_document(config: &BTreeMap<String, Value>) -> Option<Document> {
    let statements = blocks(config.get("statement"))?
        .iter()
        .map(statement)
        .collect::<Option<Vec<_>>>()?;
    let document = Document {
        version: optional_text(config.get("version"))?
            .unwrap_or_else(|| DEFAULT_VERSION.to_string()),
        id: optional_text(config.get("policy_id"))?.unwrap_or_default(),
        statements,
    };
    (!document.repeats_a_sid()).then_some(document)
}

/// A `statement` block as the provider writes it; `None` when any part of it is unknown (an
/// unknown `effect` must not read as the default `Allow`).
fn statement(block: &BTreeMap<String, Value>) -> Option<Statement> {
    let mut out = Statement::new();
    if let Some(sid) = optional_text(block.get("sid"))?.filter(|sid| !sid.is_empty()) {
        out.insert("Sid".into(), sid.into());
    }
    let effect = optional_text(block.get("effect"))?.unwrap_or_else(|| "Allow".into());
    out.insert("Effect".into(), effect.into());
    for (attribute, key) in [
        ("actions", "Action"),
        ("not_actions", "NotAction"),
        ("resources", "Resource"),
        ("not_resources", "NotResource"),
    ] {
        if let Some(list) = strings(block.get(attribute))? {
            out.insert(key.into(), one_or_many(list));
        }
    }
    for (attribute, key) in [
        ("principals", "Principal"),
        ("not_principals", "NotPrincipal"),
    ] {
        let principals = blocks(block.get(attribute))?;
        if !principals.is_empty() {
            out.insert(key.into(), principal(&principals)?);
        }
    }
    let conditions = blocks(block.get("condition"))?;
    if !conditions.is_empty() {
        out.insert("Condition".into(), condition(&conditions)?);
    }
    Some(out)
}

/// `principals { type = "AWS", identifiers = ["*"] }` → `{"AWS": "*"}`; the lone `type = "*"`
/// with `identifiers = ["*"]` is the bare `"*"` principal.
fn principal(blocks: &[BTreeMap<String, Value>]) -> Option<serde_json::Value> {
    let mut by_type: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for block in blocks {
        let kind = text(block.get("type"))?;
        let identifiers = strings(block.get("identifiers"))?.unwrap_or_default();
        by_type.entry(kind).or_default().extend(identifiers);
    }
    if by_type.len() == 1 && by_type.get("*").is_some_and(|ids| ids == &["*"]) {
        return Some("*".into());
    }
    Some(
        by_type
            .into_iter()
            .map(|(k, ids)| (k, one_or_many(ids)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    )
}

fn condition(blocks: &[BTreeMap<String, Value>]) -> Option<serde_json::Value> {
    let mut by_test: BTreeMap<String, serde_json::Map<String, serde_json::Value>> = BTreeMap::new();
    for block in blocks {
        let test = text(block.get("test"))?;
        let variable = text(block.get("variable"))?;
        let values = strings(block.get("values"))?.unwrap_or_default();
        by_test
            .entry(test)
            .or_default()
            .insert(variable, one_or_many(values));
    }
    Some(
        by_test
            .into_iter()
            .map(|(k, v)| (k, serde_json::Value::Object(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    )
}

fn one_or_many(mut items: Vec<String>) -> serde_json::Value {
    if items.len() == 1 {
        items.remove(0).into()
    } else {
        items.into()
    }
}

/// A known string, or `None` for null, unknown or another type.
fn text(value: Option<&Value>) -> Option<String> {
    match value {
        Some(Value::String(s)) => Some(s.to_string()),
        Some(Value::Number(_) | Value::Bool(_)) => value.map(ToString::to_string),
        _ => None,
    }
}

/// `Some(None)` when absent, `Some(Some(text))` when known, `None` when unknown.
fn optional_text(value: Option<&Value>) -> Option<Option<String>> {
    match value {
        None | Some(Value::Null) => Some(None),
        known => text(known).map(Some),
    }
}

/// `Some(None)` when absent, `Some(Some(list))` when known, `None` when unknown.
fn strings(value: Option<&Value>) -> Option<Option<Vec<String>>> {
    match value {
        None | Some(Value::Null) => Some(None),
        Some(Value::List(items)) => items
            .iter()
            .map(|v| text(Some(v)))
            .collect::<Option<Vec<_>>>()
            .map(Some),
        Some(Value::String(s)) => Some(Some(vec![s.to_string()])),
        _ => None,
    }
}

/// Nested blocks of one type; `None` when they are unknown (a dynamic block over unknown).
fn blocks(value: Option<&Value>) -> Option<Vec<BTreeMap<String, Value>>> {
    match value {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::List(items)) => items
            .iter()
            .map(|item| match item {
                Value::Block(map) => Some((**map).clone()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::data_sources::test_values::{block, list};

    fn rendered(config: Value) -> Option<String> {
        let Value::Block(map) = config else {
            unreachable!("configurations are blocks")
        };
        own_document(&map).map(|document| document.to_json().to_string())
    }

    #[test]
    fn renders_statements_as_iam_json() {
        let statement = block(vec![
            ("actions", list(&["*"])),
            ("resources", list(&["*"])),
            (
                "principals",
                Value::list(vec![block(vec![
                    ("type", Value::string("AWS")),
                    ("identifiers", list(&["*"])),
                ])]),
            ),
            (
                "condition",
                Value::list(vec![block(vec![
                    ("test", Value::string("Bool")),
                    ("variable", Value::string("aws:SecureTransport")),
                    ("values", list(&["false"])),
                ])]),
            ),
        ]);
        assert_eq!(
            rendered(block(vec![("statement", Value::list(vec![statement]))])).unwrap(),
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Principal":{"AWS":"*"},"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#
        );
    }

    #[test]
    fn unknown_parts_leave_the_document_unknown() {
        for statement in [
            block(vec![("actions", Value::Unknown)]),
            block(vec![("effect", Value::Unknown), ("actions", list(&["*"]))]),
            block(vec![("sid", Value::Unknown), ("actions", list(&["*"]))]),
        ] {
            let config = block(vec![("statement", Value::list(vec![statement]))]);
            assert_eq!(rendered(config), None);
        }
    }
}
