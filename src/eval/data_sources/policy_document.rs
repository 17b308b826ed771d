//! `aws_iam_policy_document`: its `json` rendered as the AWS provider renders it, merged with
//! the documents given in `source_policy_documents`, `override_policy_documents` and the
//! deprecated `source_json` and `override_json`.

use super::own_document::own_document;
use super::policy_json::Document;
use crate::eval::value::Value;
use std::collections::{BTreeMap, HashSet};

/// Adds `json` and `minified_json` to the data source's configuration: the document, or
/// unknown when it cannot be known before apply.
pub fn with_policy_json(config: Value) -> Value {
    let Value::Block(map) = &config else {
        return config;
    };
    let json = merged_document(map).map_or(Value::Unknown, |document| {
        Value::string(document.to_json().to_string())
    });
    let mut map = (**map).clone();
    map.insert("json".to_string(), json.clone());
    map.insert("minified_json".to_string(), json);
    Value::block(map)
}

/// The document in the provider's order: `source_json` as the base, then each of
/// `source_policy_documents`, then this document's own `version`, `policy_id` and statements,
/// then each of `override_policy_documents`, then `override_json`, each merged by sid into what
/// came before. `None` when an input is unknown or the provider would fail on it.
fn merged_document(config: &BTreeMap<String, Value>) -> Option<Document> {
    let mut merged = single_document(config.get("source_json"))?.unwrap_or_default();
    merge_sources(
        &mut merged,
        documents(config.get("source_policy_documents"))?,
    )?;
    merged.merge(own_document(config)?);
    for document in documents(config.get("override_policy_documents"))? {
        merged.merge(document);
    }
    if let Some(document) = single_document(config.get("override_json"))? {
        merged.merge(document);
    }
    Some(merged)
}

/// Source documents only add statements: the provider fails when one repeats a sid that
/// `source_json` or an earlier source statement has.
fn merge_sources(merged: &mut Document, sources: Vec<Document>) -> Option<()> {
    let mut seen: HashSet<String> = merged.sids().map(str::to_string).collect();
    for source in sources {
        if !source.sids().all(|sid| seen.insert(sid.to_string())) {
            return None;
        }
        merged.merge(source);
    }
    Some(())
}

/// `source_json` or `override_json`: `Some(None)` when not given (the provider treats an
/// empty string as not given), `None` when unknown or not a policy document.
fn single_document(value: Option<&Value>) -> Option<Option<Document>> {
    match value {
        None | Some(Value::Null) => Some(None),
        Some(Value::String(text)) if text.is_empty() => Some(None),
        Some(Value::String(text)) => Document::parse(text).map(Some),
        _ => None,
    }
}

/// `source_policy_documents` or `override_policy_documents`: null elements are skipped, as
/// the provider skips them; `None` when any element is unknown or not a policy document.
fn documents(value: Option<&Value>) -> Option<Vec<Document>> {
    match value {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::List(items)) => items
            .iter()
            .filter(|item| **item != Value::Null)
            .map(|item| Document::parse(item.as_str()?))
            .collect(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::data_sources::test_values::{block, list};

    /// A `statement` block granting `action` on every resource, with `sid` when not empty.
    fn grant(sid: &str, action: &str) -> Value {
        let mut entries = vec![("actions", list(&[action])), ("resources", list(&["*"]))];
        if !sid.is_empty() {
            entries.push(("sid", Value::string(sid)));
        }
        block(entries)
    }

    /// The rendered `json`, or `None` when it is left unknown.
    fn json(entries: Vec<(&str, Value)>) -> Option<String> {
        let rendered = with_policy_json(block(entries));
        let minified = rendered.get_attr("minified_json");
        let json = rendered
            .get_attr("json")
            .and_then(|v| v.as_str().map(str::to_string));
        assert_eq!(minified.and_then(|v| v.as_str().map(str::to_string)), json);
        json
    }

    #[test]
    fn sources_then_own_statements_then_overrides_merge_by_sid() {
        let config = vec![
            (
                "source_policy_documents",
                Value::list(vec![
                    Value::string(
                        r#"{"Version":"2012-10-17","Statement":[
                            {"Sid":"Deploy","Effect":"Allow","Action":"*","Resource":"*"},
                            {"Effect":"Allow","Action":["ec2:Describe*"],"Resource":"*"}]}"#,
                    ),
                    Value::Null,
                    Value::string(
                        r#"{"Statement":[{"Sid":"Logs","Effect":"Allow","Action":"logs:*","Resource":"*"}]}"#,
                    ),
                ]),
            ),
            (
                "statement",
                Value::list(vec![
                    grant("Deploy", "cloudformation:*"),
                    grant("", "sqs:*"),
                ]),
            ),
            (
                "override_policy_documents",
                Value::list(vec![
                    Value::string(
                        r#"{"Statement":[{"Sid":"Logs","Effect":"Deny","Action":"logs:Delete*","Resource":"*"}]}"#,
                    ),
                    Value::string(
                        r#"{"Statement":[{"Sid":"Tags","Effect":"Allow","Action":"tag:Get*","Resource":"*"},{"Sid":"Logs","Effect":"Allow","Action":"logs:Get*","Resource":"*"}]}"#,
                    ),
                ]),
            ),
        ];
        assert_eq!(
            json(config).unwrap(),
            concat!(
                r#"{"Version":"2012-10-17","Statement":["#,
                r#"{"Sid":"Deploy","Effect":"Allow","Action":"cloudformation:*","Resource":"*"},"#,
                r#"{"Effect":"Allow","Action":["ec2:Describe*"],"Resource":"*"},"#,
                r#"{"Sid":"Logs","Effect":"Allow","Action":"logs:Get*","Resource":"*"},"#,
                r#"{"Effect":"Allow","Action":"sqs:*","Resource":"*"},"#,
                r#"{"Sid":"Tags","Effect":"Allow","Action":"tag:Get*","Resource":"*"}]}"#
            )
        );
    }

    #[test]
    fn source_json_is_the_base_and_override_json_comes_last() {
        let config = vec![
            (
                "source_json",
                Value::string(
                    r#"{"Id":"legacy","Statement":[{"Sid":"Data","Action":"s3:*"},{"Sid":"Data","Action":"s3:Get*"}]}"#,
                ),
            ),
            (
                "override_policy_documents",
                Value::list(vec![Value::string(
                    r#"{"Statement":[{"Sid":"Data","Action":"s3:GetObject"}]}"#,
                )]),
            ),
            (
                "override_json",
                Value::string(
                    r#"{"Id":"current","Statement":[{"Sid":"Data","Action":"s3:ListBucket"}]}"#,
                ),
            ),
        ];
        assert_eq!(
            json(config).unwrap(),
            r#"{"Version":"2012-10-17","Id":"current","Statement":[{"Sid":"Data","Action":"s3:ListBucket"},{"Sid":"Data","Action":"s3:Get*"}]}"#,
            "source_json is taken whole; an override replaces the first statement with its sid"
        );
    }

    #[test]
    fn this_document_sets_the_version_and_a_later_id_wins() {
        let config = vec![
            (
                "source_json",
                Value::string(r#"{"Version":"2008-10-17","Id":"base"}"#),
            ),
            ("policy_id", Value::string("mine")),
            (
                "source_policy_documents",
                Value::list(vec![Value::string(r#"{"Id":"source"}"#)]),
            ),
        ];
        assert_eq!(
            json(config).unwrap(),
            r#"{"Version":"2012-10-17","Id":"mine","Statement":[]}"#
        );
    }

    #[test]
    fn a_repeated_sid_where_the_provider_refuses_it_leaves_json_unknown() {
        let admin =
            || Value::string(r#"{"Statement":[{"Sid":"Admin","Action":"*","Resource":"*"}]}"#);
        let cases = [
            vec![(
                "source_policy_documents",
                Value::list(vec![admin(), admin()]),
            )],
            vec![
                ("source_json", admin()),
                ("source_policy_documents", Value::list(vec![admin()])),
            ],
            vec![(
                "statement",
                Value::list(vec![grant("Admin", "*"), grant("Admin", "s3:*")]),
            )],
        ];
        for config in cases {
            assert_eq!(json(config), None);
        }
    }

    #[test]
    fn unknown_or_undecodable_documents_leave_json_unknown() {
        let cases = [
            ("source_policy_documents", Value::Unknown),
            ("source_policy_documents", Value::list(vec![Value::Unknown])),
            (
                "override_policy_documents",
                Value::list(vec![Value::string("not json")]),
            ),
            ("source_json", Value::Unknown),
            (
                "override_json",
                Value::string(r#"{"Statement":{"Action":"*"}}"#),
            ),
        ];
        for (argument, value) in cases {
            assert_eq!(json(vec![(argument, value)]), None, "{argument}");
        }
    }

    #[test]
    fn empty_legacy_documents_are_not_given() {
        let config = vec![
            ("source_json", Value::string("")),
            ("override_json", Value::string("")),
        ];
        assert_eq!(
            json(config).unwrap(),
            r#"{"Version":"2012-10-17","Statement":[]}"#
        );
    }
}
