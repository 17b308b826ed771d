//! Terraform's JSON configuration syntax (`.tf.json`). Strings are templates, as Terraform
//! reads them; spans come from the JSON text so findings point at the right property.

use super::ParseError;
use super::hcl::Converter;
use crate::syntax::{Attribute, Block, Body, Expr, ExprKind, Span};
use jsonc_parser::ast::{Object, ObjectProp, Value};
use jsonc_parser::common::Ranged;
use std::collections::HashMap;

/// Block types whose bodies are keyed by one or more labels in JSON syntax.
const LABELS_PER_BLOCK: &[(&str, usize)] = &[
    ("resource", 2),
    ("data", 2),
    ("variable", 1),
    ("output", 1),
    ("module", 1),
    ("provider", 1),
    ("check", 1),
];

/// Attributes of map type that must not be read as nested blocks: without the provider schema
/// a JSON object is ambiguous, and these are the maps that rules look at.
const MAP_ATTRIBUTES: &[&str] = &[
    "tags",
    "tags_all",
    "default",
    "variables",
    "environment",
    "labels",
];

pub fn parse(text: &str) -> Result<Body, ParseError> {
    parse_root(text).map(|root| top_level(&root))
}

/// A `.tfvars.json` file: one object whose properties are variable values.
pub fn parse_attributes(text: &str) -> Result<Body, ParseError> {
    parse_root(text).map(|root| Body {
        attributes: properties(&root).map(attribute).collect(),
        blocks: Vec::new(),
    })
}

pub(super) fn parse_root(text: &str) -> Result<Object<'_>, ParseError> {
    let options = jsonc_parser::ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        ..Default::default()
    };
    let parsed = jsonc_parser::parse_to_ast(text, &Default::default(), &options).map_err(|e| {
        ParseError {
            offset: e.range().start,
            message: e.kind().to_string(),
        }
    })?;
    match parsed.value {
        Some(Value::Object(root)) => Ok(root),
        _ => Err(ParseError {
            offset: 0,
            message: "a Terraform JSON file must hold one object".to_string(),
        }),
    }
}

fn range(r: jsonc_parser::common::Range) -> Span {
    r.start..r.end
}

fn top_level(root: &Object) -> Body {
    let mut body = Body::default();
    for prop in properties(root) {
        let kind = prop.name.as_str();
        let labels = LABELS_PER_BLOCK
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n);
        if kind == "locals" {
            for object in objects(&prop.value) {
                body.attributes.extend(properties(object).map(attribute));
            }
        } else {
            labelled_blocks(prop, kind, labels, Default::default(), &mut body.blocks);
        }
    }
    body
}

/// Properties other than `"//"` comments.
fn properties<'a>(object: &'a Object<'a>) -> impl Iterator<Item = &'a ObjectProp<'a>> + 'a {
    object.properties.iter().filter(|p| p.name.as_str() != "//")
}

/// One object, or every object of an array of objects.
fn objects<'a>(value: &'a Value<'a>) -> Vec<&'a Object<'a>> {
    match value {
        Value::Object(o) => vec![o],
        Value::Array(a) => a
            .elements
            .iter()
            .filter_map(|e| match e {
                Value::Object(o) => Some(o),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The labels collected so far: names and the spans of the property names they came from.
type Labels = (Vec<String>, Vec<Span>);

fn labelled_blocks(
    prop: &ObjectProp,
    kind: &str,
    remaining: usize,
    labels: Labels,
    out: &mut Vec<Block>,
) {
    for object in objects(&prop.value) {
        if remaining == 0 {
            let mut body = block_body(object);
            if kind == "variable" {
                read_type_as_expression(&mut body);
            }
            out.push(Block {
                kind: kind.to_string(),
                labels: labels.0.clone(),
                label_spans: labels.1.clone(),
                body,
                span: range(prop.range),
                header: range(prop.name.range()),
            });
            continue;
        }
        for inner in properties(object) {
            let mut labels = labels.clone();
            labels.0.push(inner.name.as_str().to_string());
            labels.1.push(range(inner.name.range()));
            labelled_blocks(inner, kind, remaining - 1, labels, out);
        }
    }
}

/// In JSON syntax a variable's `type` is a string holding a type expression in native syntax
/// (`"list(string)"`); quotes are how JSON writes it, not Terraform 0.11's quoted types.
fn read_type_as_expression(body: &mut Body) {
    let Some(attribute) = body.attributes.iter_mut().find(|a| a.name == "type") else {
        return;
    };
    let Some(text) = attribute.value.as_literal_str() else {
        return;
    };
    // Spans inside the string start after its opening quote.
    if let Ok(expr) = super::hcl::parse_expr(text, attribute.value.span.start + 1) {
        attribute.value = expr;
    }
}

fn block_body(object: &Object) -> Body {
    let mut body = Body::default();
    for prop in properties(object) {
        let name = prop.name.as_str();
        let nested = !objects(&prop.value).is_empty() && !MAP_ATTRIBUTES.contains(&name);
        if nested && name == "dynamic" {
            for dynamic in objects(&prop.value) {
                for inner in properties(dynamic) {
                    let label = (
                        vec![inner.name.as_str().to_string()],
                        vec![range(inner.name.range())],
                    );
                    labelled_blocks(inner, "dynamic", 0, label, &mut body.blocks);
                }
            }
        } else if nested {
            labelled_blocks(prop, name, 0, Default::default(), &mut body.blocks);
        } else {
            body.attributes.push(attribute(prop));
        }
    }
    body
}

fn attribute(prop: &ObjectProp) -> Attribute {
    Attribute {
        name: prop.name.as_str().to_string(),
        value: expr(&prop.value),
        span: range(prop.range),
    }
}

fn expr(value: &Value) -> Expr {
    match value {
        Value::StringLit(s) => template(&s.value, range(s.range)),
        Value::NumberLit(n) => Expr::new(
            ExprKind::Number(n.value.parse().unwrap_or(f64::NAN)),
            range(n.range),
        ),
        Value::BooleanLit(b) => Expr::new(ExprKind::Bool(b.value), range(b.range)),
        Value::NullKeyword(n) => Expr::new(ExprKind::Null, range(n.range)),
        Value::Array(a) => Expr::new(
            ExprKind::Tuple(a.elements.iter().map(expr).collect()),
            range(a.range),
        ),
        Value::Object(o) => Expr::new(
            ExprKind::Object(
                properties(o)
                    .map(|p| {
                        (
                            Expr::new(
                                ExprKind::Key(p.name.as_str().to_string()),
                                range(p.name.range()),
                            ),
                            expr(&p.value),
                        )
                    })
                    .collect(),
            ),
            range(o.range),
        ),
    }
}

/// A JSON string is a template. Spans inside it are offsets into the unescaped text, shifted
/// past the opening quote: exact without escapes, and never beyond the string with them.
fn template(text: &str, span: Span) -> Expr {
    if !text.contains("${") && !text.contains("%{") {
        return Expr::string(text, span);
    }
    match hcl_edit::parser::parse_template(text) {
        Ok(t) => {
            let renamed = HashMap::new();
            let parts = Converter::new(&renamed, span.start + 1).template(&t);
            Expr::new(ExprKind::Template(parts), span)
        }
        Err(_) => Expr::string(text, span),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_variables_and_locals() {
        let text = r#"{
  "variable": {"env": {"default": "prod"}},
  "locals": {"name": "x-${var.env}"},
  "resource": {"aws_s3_bucket": {"b": {"bucket": "logs", "versioning": {"enabled": true}, "tags": {"a": "b"}}}}
}"#;
        let body = parse(text).unwrap();
        let kinds: Vec<_> = body
            .blocks
            .iter()
            .map(|b| (b.kind.as_str(), b.labels.join(".")))
            .collect();
        assert_eq!(
            kinds,
            [
                ("variable", "env".to_string()),
                ("resource", "aws_s3_bucket.b".to_string())
            ]
        );
        assert_eq!(body.attributes[0].name, "name");
        let bucket = &body.blocks[1].body;
        assert_eq!(bucket.blocks[0].kind, "versioning");
        assert!(bucket.attribute("tags").is_some());
        assert_eq!(
            &text[bucket.attribute("bucket").unwrap().span.clone()],
            "\"bucket\": \"logs\""
        );
    }

    #[test]
    fn a_variable_type_is_a_native_type_expression() {
        let text =
            r#"{"variable": {"zones": {"type": "list(string)"}, "name": {"type": "string"}}}"#;
        let body = parse(text).unwrap();
        let zones = body.blocks[0].body.attribute("type").unwrap();
        assert!(
            matches!(&zones.value.kind, ExprKind::Call { name, .. } if name == "list"),
            "{:?}",
            zones.value
        );
        assert_eq!(&text[zones.value.span.clone()], "list(string)");
        let name = body.blocks[1].body.attribute("type").unwrap();
        assert!(matches!(&name.value.kind, ExprKind::Variable(v) if v == "string"));
    }

    #[test]
    fn invalid_json_reports_offset() {
        let err = parse("{\n  \"resource\": }").unwrap_err();
        assert_eq!(err.offset, 16);
    }
}
