//! Type conversion functions.

use super::*;

pub(super) fn conversion(name: &str, args: &[Value]) -> Option<FnResult> {
    CONVERSIONS
        .contains(&name)
        .then(|| arity::<1>(args).and_then(|[value]| convert(name, value)))
}

pub(super) fn convert(name: &str, value: &Value) -> FnResult {
    match (name, value) {
        ("tostring" | "tonumber" | "tobool", Value::Null) => Ok(Value::Null),
        (
            "tostring",
            Value::List(_) | Value::Object(_) | Value::Block(_) | Value::Configured(_),
        ) => Err(format!(
            "cannot convert a {} to a string",
            value.type_name()
        )),
        ("tostring", v) => string(v).map(Value::string),
        ("tonumber", v) => number(v).map(Value::Number),
        ("tobool", v) => boolean(v).map(Value::Bool),
        ("tolist" | "tomap", v) if conversion_waits_on_unknown(v) => Ok(Value::Unknown),
        ("tolist", v) => unify(list_arg(v)?).map(Value::list),
        ("toset", v) => unify(list_arg(v)?).map(|items| Value::list(sorted_set(items))),
        ("tomap", v) => {
            let map = object_arg(v)?;
            let values = unify(&map.values().cloned().collect::<Vec<_>>())?;
            Ok(Value::object(map.keys().cloned().zip(values).collect()))
        }
        // Sensitivity is not tracked: nothing reads as sensitive.
        ("issensitive", _) => Ok(Value::Bool(false)),
        // Sensitivity and ephemerality are not tracked: values pass through unmarked.
        _ => Ok(value.clone()),
    }
}

/// Whether converting a collection's elements to one type depends on the type of an unknown
/// element, which our values do not carry: with numbers or bools and no strings, an unknown
/// string would turn them all into strings. With a string among them, every primitive becomes
/// a string whatever the unknown one is, so unknown elements are kept.
pub(super) fn conversion_waits_on_unknown(collection: &Value) -> bool {
    let elements: Vec<&Value> = match collection {
        Value::List(items) => items.iter().collect(),
        Value::Object(map) | Value::Block(map) => map.values().collect(),
        _ => return false,
    };
    let has = |f: fn(&Value) -> bool| elements.iter().any(|v| f(v));
    has(|v| matches!(v, Value::Unknown))
        && has(|v| matches!(v, Value::Number(_) | Value::Bool(_)))
        && !has(|v| matches!(v, Value::String(_)))
}

pub(super) const CONVERSIONS: &[&str] = &[
    "tostring",
    "tonumber",
    "tobool",
    "tolist",
    "toset",
    "tomap",
    "sensitive",
    "nonsensitive",
    "ephemeralasnull",
    "issensitive",
];
