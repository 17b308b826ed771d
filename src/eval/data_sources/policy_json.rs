//! Policy documents given as JSON text to `aws_iam_policy_document`, read and merged the way
//! the AWS provider reads and merges them, so a document built from others renders as it will
//! be applied.

use serde_json::{Map, Value as Json};
use std::collections::HashSet;

/// One statement, with the provider's element names, in the order it writes them.
pub type Statement = Map<String, Json>;

/// The statement elements the provider's document model has, in the order it writes them.
/// It drops any other element when it reads a document.
const STATEMENT_ELEMENTS: [&str; 9] = [
    "Sid",
    "Effect",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Principal",
    "NotPrincipal",
    "Condition",
];

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Document {
    /// Empty when the document gives none.
    pub version: String,
    /// Empty when the document gives none.
    pub id: String,
    pub statements: Vec<Statement>,
}

impl Document {
    /// Reads a policy document as the provider decodes it: `None` where the provider fails
    /// (not JSON, not an object, a `Statement` that is not a list of objects, a `Sid` or
    /// `Effect` that is not a string).
    pub fn parse(text: &str) -> Option<Document> {
        let Json::Object(object) = serde_json::from_str(text).ok()? else {
            return None;
        };
        let statements = match element(&object, "Statement") {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::Array(items)) => items.iter().map(statement).collect::<Option<_>>()?,
            Some(_) => return None,
        };
        Some(Document {
            version: optional_string(element(&object, "Version"))?,
            id: optional_string(element(&object, "Id"))?,
            statements,
        })
    }

    /// Merges a later document into this one as the provider does: a later `Id` replaces ours,
    /// a later `Version` is kept when it sorts higher, a statement with a sid replaces the first
    /// statement with the same sid, and every other statement is appended.
    pub fn merge(&mut self, later: Document) {
        if !later.id.is_empty() {
            self.id = later.id;
        }
        if later.version > self.version {
            self.version = later.version;
        }
        for statement in later.statements {
            let same_sid = sid(&statement)
                .and_then(|new| self.statements.iter().position(|s| sid(s) == Some(new)));
            match same_sid {
                Some(index) => self.statements[index] = statement,
                None => self.statements.push(statement),
            }
        }
    }

    /// True when two of the statements share a sid, which the provider refuses where sids
    /// must be unique.
    pub fn repeats_a_sid(&self) -> bool {
        let mut seen = HashSet::new();
        !self.sids().all(|sid| seen.insert(sid))
    }

    /// The sids of the statements that have one.
    pub fn sids(&self) -> impl Iterator<Item = &str> {
        self.statements.iter().filter_map(sid)
    }

    pub fn to_json(&self) -> Json {
        let mut out = Map::new();
        if !self.version.is_empty() {
            out.insert("Version".into(), self.version.clone().into());
        }
        if !self.id.is_empty() {
            out.insert("Id".into(), self.id.clone().into());
        }
        let statements = self.statements.iter().cloned().map(Json::Object);
        out.insert("Statement".into(), statements.collect());
        out.into()
    }
}

/// A statement's non-empty sid: statements without one are never replaced.
fn sid(statement: &Statement) -> Option<&str> {
    statement
        .get("Sid")
        .and_then(Json::as_str)
        .filter(|sid| !sid.is_empty())
}

/// The provider's decoder (Go's) matches element names whatever their case; when several
/// match, the last one wins.
fn element<'a>(object: &'a Map<String, Json>, name: &str) -> Option<&'a Json> {
    object
        .iter()
        .rev()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value)
}

/// A string element that may be absent; `None` when it is another type.
fn optional_string(value: Option<&Json>) -> Option<String> {
    match value {
        None | Some(Json::Null) => Some(String::new()),
        Some(Json::String(s)) => Some(s.clone()),
        Some(_) => None,
    }
}

/// A statement read from a document: the elements the provider knows, under its names and in
/// its order, with their values as given. Where the provider reads a value differently, this
/// does too: it reads any string `Principal` as the wildcard `"*"`, and writes no empty
/// element.
fn statement(value: &Json) -> Option<Statement> {
    let Json::Object(object) = value else {
        return None;
    };
    let mut out = Statement::new();
    for name in STATEMENT_ELEMENTS {
        let value = match (name, element(object, name)) {
            (_, None | Some(Json::Null)) => continue,
            ("Sid" | "Effect", Some(value)) => optional_string(Some(value))?.into(),
            ("Principal" | "NotPrincipal", Some(Json::String(_))) => "*".into(),
            (_, Some(value)) => value.clone(),
        };
        if !is_empty(&value) {
            out.insert(name.to_string(), value);
        }
    }
    Some(out)
}

fn is_empty(value: &Json) -> bool {
    match value {
        Json::String(s) => s.is_empty(),
        Json::Object(map) => map.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(document: &Document) -> String {
        document.to_json().to_string()
    }

    #[test]
    fn statements_take_the_provider_element_names_and_order() {
        let document = Document::parse(
            r#"{"statement": [{"resource": "*", "action": ["s3:*"], "effect": "Allow",
                "Sid": "Data", "Comment": "not an IAM element", "NotAction": null}],
                "version": "2012-10-17"}"#,
        )
        .unwrap();
        assert_eq!(
            rendered(&document),
            r#"{"Version":"2012-10-17","Statement":[{"Sid":"Data","Effect":"Allow","Action":["s3:*"],"Resource":"*"}]}"#
        );
    }

    #[test]
    fn a_string_principal_is_the_wildcard_and_empty_elements_are_dropped() {
        let document = Document::parse(
            r#"{"Statement": [{"Sid": "", "Effect": "Allow", "Action": "sts:AssumeRole",
                "Principal": "arn:aws:iam::111122223333:root", "Condition": {}}]}"#,
        )
        .unwrap();
        assert_eq!(
            rendered(&document),
            r#"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Principal":"*"}]}"#
        );
    }

    #[test]
    fn what_the_provider_cannot_decode_is_none() {
        for text in [
            "",
            "[]",
            r#"{"Statement": {"Effect": "Allow"}}"#,
            r#"{"Statement": [null]}"#,
            r#"{"Statement": [{"Sid": 1}]}"#,
            r#"{"Version": 2012}"#,
        ] {
            assert_eq!(Document::parse(text), None, "{text}");
        }
    }

    #[test]
    fn merging_replaces_statements_by_sid_and_appends_the_rest() {
        let mut merged = Document::parse(
            r#"{"Version": "2008-10-17", "Id": "base", "Statement": [
                {"Sid": "Read", "Action": "s3:GetObject"},
                {"Action": "ec2:Describe*"}]}"#,
        )
        .unwrap();
        merged.merge(
            Document::parse(
                r#"{"Version": "2012-10-17", "Statement": [
                    {"Action": "logs:Get*"},
                    {"Sid": "Read", "Action": "s3:ListBucket"},
                    {"Sid": "Write", "Action": "s3:PutObject"}]}"#,
            )
            .unwrap(),
        );
        assert_eq!(
            rendered(&merged),
            r#"{"Version":"2012-10-17","Id":"base","Statement":[{"Sid":"Read","Action":"s3:ListBucket"},{"Action":"ec2:Describe*"},{"Action":"logs:Get*"},{"Sid":"Write","Action":"s3:PutObject"}]}"#
        );
    }

    #[test]
    fn a_later_id_wins_and_an_older_version_does_not() {
        let mut merged = Document::parse(r#"{"Version": "2012-10-17", "Id": "a"}"#).unwrap();
        merged.merge(Document::parse(r#"{"Version": "2008-10-17", "Id": "b"}"#).unwrap());
        assert_eq!(
            rendered(&merged),
            r#"{"Version":"2012-10-17","Id":"b","Statement":[]}"#
        );
    }

    #[test]
    fn repeated_sids_are_found() {
        let twice = Document::parse(r#"{"Statement": [{"Sid": "A"}, {}, {}, {"Sid": "A"}]}"#);
        assert!(twice.unwrap().repeats_a_sid());
        let once = Document::parse(r#"{"Statement": [{"Sid": "A"}, {}, {}, {"Sid": "B"}]}"#);
        assert!(!once.unwrap().repeats_a_sid());
    }
}
