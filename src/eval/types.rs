//! Variable type constraints, and converting values to them as Terraform does.

use super::expr::{to_bool, to_number, to_string};
use super::value::Value;
use crate::syntax::{Expr, ExprKind};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    Any,
    String,
    Number,
    Bool,
    List(Box<Type>),
    Set(Box<Type>),
    Map(Box<Type>),
    Tuple(Vec<Type>),
    Object(Vec<ObjectAttribute>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ObjectAttribute {
    pub name: String,
    pub kind: Type,
    pub optional: bool,
    /// The default of `optional(type, default)`, already converted.
    pub default: Option<Value>,
}

/// How Terraform 1.x's error for a Terraform 0.11 quoted type constraint begins.
const QUOTED_TYPE_ERROR: &str = "Invalid quoted type constraints: Terraform 0.11 and earlier \
    required type constraints to be given in quotes, but that form is now deprecated and will be \
    removed in a future version of Terraform.";

/// Terraform 1.x's error for any other quoted type.
const QUOTED_HINT: &str = "Invalid legacy variable type hint: To provide a full type \
    expression, remove the surrounding quotes and give the type expression directly.";

/// Reads a variable's `type` as Terraform 1.x does: the type, and the error Terraform reports
/// about it. A quoted `"string"`, `"list"` or `"map"` (Terraform 0.11) is an error, yet the
/// variable keeps the type the quotes meant, so the rest of an old module is still checked.
pub fn variable_type(expr: &Expr) -> (Type, Option<String>) {
    if let (ExprKind::Template(_), Some(quoted)) = (&expr.kind, expr.as_literal_str()) {
        return quoted_type(quoted);
    }
    match Type::parse(expr) {
        Ok(kind) => (kind, None),
        Err(message) => (Type::Any, Some(message)),
    }
}

fn quoted_type(quoted: &str) -> (Type, Option<String>) {
    let (kind, advice) = match quoted {
        "string" => (Type::String, ""),
        "list" => (
            Type::List(Box::new(Type::Any)),
            " and write list(string) instead to explicitly indicate that the list elements are \
             strings",
        ),
        "map" => (
            Type::Map(Box::new(Type::Any)),
            " and write map(string) instead to explicitly indicate that the map elements are \
             strings",
        ),
        _ => return (Type::Any, Some(QUOTED_HINT.to_string())),
    };
    let message = format!("{QUOTED_TYPE_ERROR} Remove the quotes around \"{quoted}\"{advice}.");
    (kind, Some(message))
}

impl Type {
    /// Reads a type constraint expression (`map(object({ a = optional(string, "x") }))`).
    pub fn parse(expr: &Expr) -> Result<Type, String> {
        match &expr.kind {
            ExprKind::Variable(name) => match name.as_str() {
                "any" => Ok(Type::Any),
                "string" => Ok(Type::String),
                "number" => Ok(Type::Number),
                "bool" => Ok(Type::Bool),
                // Terraform still reads the bare 0.11 keywords, as a list or map of any type.
                "list" => Ok(Type::List(Box::new(Type::Any))),
                "map" => Ok(Type::Map(Box::new(Type::Any))),
                other => Err(format!("unknown type `{other}`")),
            },
            ExprKind::Call { name, args, .. } => match (name.as_str(), args.as_slice()) {
                ("list", [t]) => Ok(Type::List(Box::new(Type::parse(t)?))),
                ("set", [t]) => Ok(Type::Set(Box::new(Type::parse(t)?))),
                ("map", [t]) => Ok(Type::Map(Box::new(Type::parse(t)?))),
                ("tuple", [list]) => match &list.kind {
                    ExprKind::Tuple(items) => Ok(Type::Tuple(
                        items.iter().map(Type::parse).collect::<Result<_, _>>()?,
                    )),
                    _ => Err("tuple takes a list of types".to_string()),
                },
                ("object", [attrs]) => object_type(attrs),
                _ => Err(format!("unknown type constructor `{name}`")),
            },
            _ => Err("not a type constraint".to_string()),
        }
    }

    /// Primitive types take `-var` and `TF_VAR_` values as raw strings.
    pub fn is_primitive(&self) -> bool {
        matches!(self, Type::String | Type::Number | Type::Bool)
    }

    /// Converts `value` to this type, as Terraform does for variable values.
    pub fn convert(&self, value: &Value) -> Result<Value, String> {
        if matches!(value, Value::Unknown | Value::Null) || *self == Type::Any {
            return Ok(value.clone());
        }
        let span = 0..0;
        let message = |e: super::expr::EvalError| e.message;
        match self {
            Type::Any => Ok(value.clone()),
            Type::String => match value {
                Value::List(_) | Value::Object(_) => {
                    Err(format!("a string is required, found {}", value.type_name()))
                }
                _ => Ok(to_string(value, &span)
                    .map_err(message)?
                    .map_or(Value::Unknown, Value::string)),
            },
            Type::Number => Ok(to_number(value, &span)
                .map_err(message)?
                .map_or(Value::Unknown, Value::Number)),
            Type::Bool => Ok(to_bool(value, &span)
                .map_err(message)?
                .map_or(Value::Unknown, Value::Bool)),
            Type::List(element) | Type::Set(element) => {
                let items = elements(value)?
                    .iter()
                    .map(|item| element.convert(item))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(if matches!(self, Type::Set(_)) {
                    super::functions::call("toset", &[Value::list(items)])?
                } else {
                    Value::list(items)
                })
            }
            Type::Map(element) => match value {
                Value::Object(map) => Ok(Value::object(
                    map.iter()
                        .map(|(k, v)| Ok((k.clone(), element.convert(v)?)))
                        .collect::<Result<_, String>>()?,
                )),
                other => Err(format!("a map is required, found {}", other.type_name())),
            },
            Type::Tuple(types) => {
                let items = elements(value)?;
                if items.len() != types.len() {
                    return Err(format!("a tuple of {} elements is required", types.len()));
                }
                Ok(Value::list(
                    types
                        .iter()
                        .zip(items.iter())
                        .map(|(t, v)| t.convert(v))
                        .collect::<Result<_, _>>()?,
                ))
            }
            Type::Object(attributes) => convert_object(attributes, value),
        }
    }
}

fn elements(value: &Value) -> Result<&[Value], String> {
    match value {
        Value::List(items) => Ok(items),
        other => Err(format!("a list is required, found {}", other.type_name())),
    }
}

fn object_type(attrs: &Expr) -> Result<Type, String> {
    let ExprKind::Object(items) = &attrs.kind else {
        return Err("object takes an object of attribute types".to_string());
    };
    let mut attributes = Vec::new();
    for (key, type_expr) in items {
        let name = key
            .as_literal_str()
            .ok_or("object attribute names must be literal")?
            .to_string();
        let attribute = match &type_expr.kind {
            ExprKind::Call { name: f, args, .. } if f == "optional" => {
                let kind = Type::parse(args.first().ok_or("optional needs a type")?)?;
                let default = match args.get(1) {
                    Some(d) => Some(kind.convert(&constant(d)?)?),
                    None => None,
                };
                ObjectAttribute {
                    name,
                    kind,
                    optional: true,
                    default,
                }
            }
            _ => ObjectAttribute {
                name,
                kind: Type::parse(type_expr)?,
                optional: false,
                default: None,
            },
        };
        attributes.push(attribute);
    }
    Ok(Type::Object(attributes))
}

fn convert_object(attributes: &[ObjectAttribute], value: &Value) -> Result<Value, String> {
    let Value::Object(map) = value else {
        return Err(format!(
            "an object is required, found {}",
            value.type_name()
        ));
    };
    let mut out = BTreeMap::new();
    for attribute in attributes {
        let converted = match map.get(&attribute.name) {
            Some(Value::Null) | None if attribute.optional => {
                attribute.default.clone().unwrap_or(Value::Null)
            }
            Some(v) => attribute.kind.convert(v)?,
            None => return Err(format!("attribute `{}` is required", attribute.name)),
        };
        out.insert(attribute.name.clone(), converted);
    }
    Ok(Value::object(out))
}

/// A constant expression: a default or a tfvars value, which may not refer to anything.
pub fn constant(expr: &Expr) -> Result<Value, String> {
    struct Nothing;
    impl super::Scope for Nothing {
        fn root(&self, _name: &str) -> Option<Value> {
            None
        }
    }
    super::Evaluator::new(&Nothing)
        .eval(expr)
        .map_err(|e| e.message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_type(text: &str) -> Type {
        let body = crate::parse::parse_hcl(&format!("t = {text}\n")).unwrap();
        Type::parse(&body.attributes[0].value).unwrap()
    }

    fn value(text: &str) -> Value {
        let body = crate::parse::parse_hcl(&format!("v = {text}\n")).unwrap();
        constant(&body.attributes[0].value).unwrap()
    }

    #[test]
    fn primitives_convert_from_strings() {
        assert_eq!(
            parse_type("number").convert(&value("\"3\"")),
            Ok(Value::Number(3.0))
        );
        assert_eq!(
            parse_type("bool").convert(&value("\"true\"")),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            parse_type("string").convert(&value("5")),
            Ok(Value::string("5"))
        );
        assert!(parse_type("number").convert(&value("\"x\"")).is_err());
    }

    #[test]
    fn optional_attributes_take_their_defaults() {
        let t = parse_type(
            "map(object({ name = string, encrypted = optional(bool, true), size = optional(number) }))",
        );
        let converted = t
            .convert(&value(
                "{ a = { name = \"x\" }, b = { name = \"y\", encrypted = \"false\" } }",
            ))
            .unwrap();
        assert_eq!(
            converted.to_string(),
            r#"{"a" = {"encrypted" = true, "name" = "x", "size" = null}, "b" = {"encrypted" = false, "name" = "y", "size" = null}}"#
        );
        assert!(
            t.convert(&value("{ a = { encrypted = true } }")).is_err(),
            "name is required"
        );
    }

    fn declared(text: &str) -> (Type, Option<String>) {
        let body = crate::parse::parse_hcl(&format!("t = {text}\n")).unwrap();
        variable_type(&body.attributes[0].value)
    }

    #[test]
    fn quoted_types_are_terraform_errors_that_keep_their_meaning() {
        let quoted = "Invalid quoted type constraints: Terraform 0.11 and earlier required type \
            constraints to be given in quotes, but that form is now deprecated and will be \
            removed in a future version of Terraform. Remove the quotes around";
        let (kind, message) = declared("\"string\"");
        assert_eq!(kind, Type::String);
        assert_eq!(message.unwrap(), format!("{quoted} \"string\"."));
        let (kind, message) = declared("\"list\"");
        assert_eq!(kind, Type::List(Box::new(Type::Any)));
        assert_eq!(
            message.unwrap(),
            format!(
                "{quoted} \"list\" and write list(string) instead to explicitly indicate that \
                 the list elements are strings."
            )
        );
        let (kind, message) = declared("\"map\"");
        assert_eq!(kind, Type::Map(Box::new(Type::Any)));
        assert!(message.unwrap().ends_with(
            "\"map\" and write map(string) instead to explicitly indicate that the map \
             elements are strings."
        ));
        assert_eq!(
            declared("\"number\""),
            (
                Type::Any,
                Some(
                    "Invalid legacy variable type hint: To provide a full type expression, \
                     remove the surrounding quotes and give the type expression directly."
                        .to_string()
                )
            )
        );
    }

    #[test]
    fn bare_list_and_map_are_lists_and_maps_of_any_type() {
        assert_eq!(declared("list"), (Type::List(Box::new(Type::Any)), None));
        assert_eq!(declared("map"), (Type::Map(Box::new(Type::Any)), None));
        assert_eq!(declared("list(string)").1, None);
    }

    #[test]
    fn lists_sets_and_tuples() {
        assert_eq!(
            parse_type("list(number)")
                .convert(&value("[\"1\", 2]"))
                .unwrap()
                .to_string(),
            "[1, 2]"
        );
        assert_eq!(
            parse_type("set(string)")
                .convert(&value("[\"b\", \"a\", \"b\"]"))
                .unwrap()
                .to_string(),
            r#"["a", "b"]"#
        );
        assert!(
            parse_type("tuple([string, number])")
                .convert(&value("[\"a\"]"))
                .is_err()
        );
    }
}
