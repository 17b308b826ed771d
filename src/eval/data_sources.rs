//! Data sources whose result is a pure function of their arguments, so their computed
//! attributes can be known before apply: `aws_iam_policy_document` renders its `json`.

use super::value::Value;
use std::collections::BTreeMap;

/// Adds the attributes that the data source `kind` computes from `config`, when they can be
/// known; otherwise returns `config` as it is (computed attributes stay unknown).
pub fn with_computed(kind: &str, config: Value) -> Value {
    match kind {
        "aws_iam_policy_document" => with_policy_json(config),
        _ => config,
    }
}

fn with_policy_json(config: Value) -> Value {
    let Value::Block(map) = &config else {
        return config;
    };
    // Merged documents and templates need the other documents' text: leave them unknown.
    let merges = [
        "source_policy_documents",
        "override_policy_documents",
        "source_json",
        "override_json",
    ];
    if merges
        .iter()
        .any(|k| !matches!(map.get(*k), None | Some(Value::Null)))
    {
        return config;
    }
    let Some(json) = policy(map) else {
        return config;
    };
    let mut map = (**map).clone();
    map.insert("json".to_string(), Value::string(json.to_string()));
    map.insert("minified_json".to_string(), Value::string(json.to_string()));
    Value::block(map)
}

/// The policy document as JSON; `None` when any part of it is unknown.
fn policy(config: &BTreeMap<String, Value>) -> Option<serde_json::Value> {
    let mut document = serde_json::Map::new();
    let version = text(config.get("version")).unwrap_or_else(|| "2012-10-17".to_string());
    document.insert("Version".into(), version.into());
    if let Some(id) = text(config.get("policy_id")) {
        document.insert("Id".into(), id.into());
    }
    let statements = blocks(config.get("statement"))?;
    let rendered = statements
        .iter()
        .map(statement)
        .collect::<Option<Vec<_>>>()?;
    document.insert("Statement".into(), rendered.into());
    Some(document.into())
}

fn statement(block: &BTreeMap<String, Value>) -> Option<serde_json::Value> {
    let mut out = serde_json::Map::new();
    if let Some(sid) = text(block.get("sid")) {
        out.insert("Sid".into(), sid.into());
    }
    out.insert(
        "Effect".into(),
        text(block.get("effect"))
            .unwrap_or_else(|| "Allow".into())
            .into(),
    );
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
    Some(out.into())
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

    fn block(entries: Vec<(&str, Value)>) -> Value {
        Value::block(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    fn list(items: &[&str]) -> Value {
        Value::list(items.iter().map(|s| Value::string(*s)).collect())
    }

    #[test]
    fn renders_statements_as_iam_json() {
        let config = block(vec![(
            "statement",
            Value::list(vec![block(vec![
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
            ])]),
        )]);
        let rendered = with_computed("aws_iam_policy_document", config);
        assert_eq!(
            rendered.get_attr("json").unwrap().as_str().unwrap(),
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Principal":{"AWS":"*"},"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#
        );
    }

    #[test]
    fn unknown_parts_leave_json_unknown() {
        let config = block(vec![(
            "statement",
            Value::list(vec![block(vec![("actions", Value::Unknown)])]),
        )]);
        let rendered = with_computed("aws_iam_policy_document", config);
        assert_eq!(
            rendered.get_attr("json"),
            Some(Value::Null),
            "json is not set, so a reference reads it as unknown"
        );
    }
}
