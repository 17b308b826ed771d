//! Argument conversions every function group shares.

use super::*;

pub(super) fn arity<const N: usize>(args: &[Value]) -> Result<&[Value; N], String> {
    args.try_into().map_err(|_| {
        let plural = if N == 1 { "" } else { "s" };
        format!("expects {N} argument{plural}, got {}", args.len())
    })
}

pub(super) fn at_least(args: &[Value], n: usize) -> Result<(), String> {
    if args.len() < n {
        return Err(format!(
            "expects at least {n} arguments, got {}",
            args.len()
        ));
    }
    Ok(())
}

/// A string argument; numbers and bools convert as Terraform converts them.
pub(super) fn string(value: &Value) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s.to_string()),
        Value::Number(n) => Ok(format_number(*n)),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Null => Err("a null value is not allowed here".to_string()),
        other => Err(format!("a string is required, found {}", other.type_name())),
    }
}

/// A number argument; strings convert with Terraform's strict number syntax.
pub(super) fn number(value: &Value) -> Result<f64, String> {
    match value {
        Value::Number(n) => Ok(*n),
        Value::String(s) => {
            parse_number(s).ok_or_else(|| format!("cannot convert {s:?} to a number"))
        }
        Value::Null => Err("a null value is not allowed here".to_string()),
        other => Err(format!("a number is required, found {}", other.type_name())),
    }
}

/// Decimal number syntax as Terraform reads it from a string: no spaces, no `inf` or `nan`.
pub fn parse_number(s: &str) -> Option<f64> {
    let plain = s
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'));
    plain
        .then(|| s.parse::<f64>().ok())
        .flatten()
        .filter(|n| n.is_finite())
}

/// A whole number argument that fits an `i64`.
pub(super) fn integer(value: &Value) -> Result<i64, String> {
    whole_number(value, 9.2e18).map(|n| n as i64)
}

/// A whole number argument whose magnitude is below `bound`.
pub(super) fn whole_number(value: &Value, bound: f64) -> Result<f64, String> {
    let n = number(value)?;
    if n.fract() != 0.0 || !n.is_finite() || n.abs() >= bound {
        return Err(format!(
            "{} is not a whole number in range",
            format_number(n)
        ));
    }
    Ok(n)
}

pub(super) fn boolean(value: &Value) -> Result<bool, String> {
    match value {
        Value::Null => Err("a null value is not allowed here".to_string()),
        other => to_bool(other, &(0..0))
            .map_err(|e| e.message)
            .map(|b| b.unwrap_or(false)),
    }
}

pub(super) fn list_arg(value: &Value) -> Result<&[Value], String> {
    match value {
        Value::List(items) => Ok(items),
        other => Err(format!("a list is required, found {}", other.type_name())),
    }
}

pub(super) fn object_arg(value: &Value) -> Result<&BTreeMap<String, Value>, String> {
    match value {
        Value::Object(map) | Value::Block(map) | Value::Configured(map) => Ok(map),
        other => Err(format!(
            "a map or object is required, found {}",
            other.type_name()
        )),
    }
}

pub(super) fn one_string(args: &[Value]) -> Result<String, String> {
    let [s] = arity(args)?;
    string(s)
}

pub(super) fn finite(n: f64) -> FnResult {
    if n.is_finite() {
        Ok(Value::Number(n))
    } else {
        Err("the result is not a finite number".to_string())
    }
}

pub(super) fn bounded<T>(items: Vec<T>) -> Result<Vec<T>, String> {
    if items.len() > MAX_COLLECTION {
        return Err(format!("more than {MAX_COLLECTION} elements"));
    }
    Ok(items)
}

pub(super) fn bounded_string(s: String) -> FnResult {
    if s.len() > MAX_STRING {
        return Err(format!("the result is longer than {MAX_STRING} bytes"));
    }
    Ok(Value::string(s))
}

/// Converts the elements of a tuple to one element type, as Terraform does when a tuple
/// becomes a list, set or map: mixed primitives become strings, numbers and bools do not
/// mix, and primitives do not mix with collections. Collections are left as they are.
pub(super) fn unify(items: &[Value]) -> Result<Vec<Value>, String> {
    let has = |f: fn(&Value) -> bool| items.iter().any(f);
    let strings = has(|v| matches!(v, Value::String(_)));
    let numbers = has(|v| matches!(v, Value::Number(_)));
    let bools = has(|v| matches!(v, Value::Bool(_)));
    let lists = has(|v| matches!(v, Value::List(_)));
    let objects = has(|v| matches!(v, Value::Object(_) | Value::Block(_) | Value::Configured(_)));
    let primitives = [strings, numbers, bools].iter().filter(|b| **b).count();
    if (primitives > 0 && (lists || objects))
        || (lists && objects)
        || (!strings && numbers && bools)
    {
        return Err("all elements must have the same type".to_string());
    }
    if primitives < 2 {
        return Ok(items.to_vec());
    }
    items
        .iter()
        .map(|v| match v {
            Value::Null | Value::Unknown => Ok(v.clone()),
            other => string(other).map(Value::string),
        })
        .collect()
}

/// Grapheme clusters: what Terraform counts as characters.
pub(super) fn graphemes(s: &str) -> Vec<&str> {
    let breaks: Vec<usize> = icu_segmenter::GraphemeClusterSegmenter::new()
        .segment_str(s)
        .collect();
    breaks
        .windows(2)
        .filter_map(|w| s.get(w[0]..w[1]))
        .collect()
}
