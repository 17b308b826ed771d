//! Terraform's built-in functions. A function given an unknown argument returns unknown,
//! except where Terraform itself can answer (`length` of a list with unknown elements).

use super::expr::{equals, to_bool, to_number, to_string};
use super::value::Value;
use std::collections::BTreeMap;

type FnResult = Result<Value, String>;

/// The largest collection a function may build: bounds `range(1e9)` and friends.
pub const MAX_COLLECTION: usize = 1_000_000;

pub fn call(name: &str, args: &[Value]) -> FnResult {
    if let Some(result) = unknown_passthrough(name, args) {
        return Ok(result);
    }
    match name {
        "length" => length(one_arg(args)?),
        "contains" => contains(args),
        "alltrue" => all_or_any(args, true),
        "anytrue" => all_or_any(args, false),
        "coalesce" => Ok(args
            .iter()
            .find(|v| !matches!(v, Value::Null) && v.as_str() != Some(""))
            .cloned()
            .unwrap_or(Value::Null)),
        "coalescelist" => Ok(args
            .iter()
            .find(|v| matches!(v, Value::List(items) if !items.is_empty()))
            .cloned()
            .unwrap_or_else(|| Value::list(Vec::new()))),
        "lookup" => lookup(args),
        "merge" => merge(args),
        "concat" => concat(args),
        "flatten" => Ok(Value::list(flatten(one_arg(args)?)?)),
        "distinct" => Ok(Value::list(distinct(list_arg(one_arg(args)?)?.to_vec()))),
        "compact" => Ok(Value::list(
            list_arg(one_arg(args)?)?
                .iter()
                .filter(|v| !matches!(v, Value::Null) && v.as_str() != Some(""))
                .cloned()
                .collect(),
        )),
        "keys" => Ok(Value::list(
            object_arg(one_arg(args)?)?
                .keys()
                .map(|k| Value::string(k.as_str()))
                .collect(),
        )),
        "values" => Ok(Value::list(
            object_arg(one_arg(args)?)?.values().cloned().collect(),
        )),
        "element" => element(args),
        "one" => one(one_arg(args)?),
        "range" => range(args),
        "zipmap" => zipmap(args),
        "min" | "max" => min_max(name, args),
        "abs" => number_fn(args, f64::abs),
        "ceil" => number_fn(args, f64::ceil),
        "floor" => number_fn(args, f64::floor),
        "lower" => string_fn(args, |s| s.to_lowercase()),
        "upper" => string_fn(args, |s| s.to_uppercase()),
        "trimspace" => string_fn(args, |s| s.trim().to_string()),
        "trimprefix" => two_strings(args, |s, p| Value::string(s.strip_prefix(p).unwrap_or(s))),
        "trimsuffix" => two_strings(args, |s, p| Value::string(s.strip_suffix(p).unwrap_or(s))),
        "startswith" => two_strings(args, |s, p| Value::Bool(s.starts_with(p))),
        "endswith" => two_strings(args, |s, p| Value::Bool(s.ends_with(p))),
        "strcontains" => two_strings(args, |s, p| Value::Bool(s.contains(p))),
        "split" => two_strings(args, |sep, s| {
            Value::list(s.split(sep).map(Value::string).collect())
        }),
        "join" => join(args),
        "replace" => replace(args),
        "regex" | "regexall" | "can_regex" => regex_fn(name, args),
        "format" => format(args),
        "tostring" => match one_arg(args)? {
            Value::Null => Ok(Value::Null),
            v => Ok(Value::string(string(v)?)),
        },
        "tonumber" => match one_arg(args)? {
            Value::Null => Ok(Value::Null),
            v => Ok(Value::Number(number(v)?)),
        },
        "tobool" => match one_arg(args)? {
            Value::Null => Ok(Value::Null),
            v => Ok(Value::Bool(
                to_bool(v, &(0..0)).map_err(|e| e.message)?.unwrap_or(false),
            )),
        },
        "tolist" => Ok(Value::list(list_arg(one_arg(args)?)?.to_vec())),
        "toset" => Ok(Value::list(sorted_set(list_arg(one_arg(args)?)?.to_vec()))),
        "tomap" => Ok(Value::object(object_arg(one_arg(args)?)?.clone())),
        "jsondecode" => serde_json::from_str::<serde_json::Value>(&string(one_arg(args)?)?)
            .map(|j| Value::from_json(&j))
            .map_err(|e| format!("invalid JSON: {e}")),
        "jsonencode" => Ok(Value::string(one_arg(args)?.to_json().to_string())),
        _ => Err("unknown function".to_string()),
    }
}

/// Functions whose answer is only known at apply time, and unknown arguments.
fn unknown_passthrough(name: &str, args: &[Value]) -> Option<Value> {
    const APPLY_TIME: &[&str] = &["timestamp", "uuid", "bcrypt", "plantimestamp"];
    if APPLY_TIME.contains(&name) {
        return Some(Value::Unknown);
    }
    let inspects_elements = matches!(
        name,
        "length" | "contains" | "alltrue" | "anytrue" | "coalesce"
    );
    let unknown = if inspects_elements {
        args.iter().any(|a| !a.is_known())
    } else {
        args.iter().any(|a| !a.is_wholly_known())
    };
    unknown.then_some(Value::Unknown)
}

fn one_arg(args: &[Value]) -> Result<&Value, String> {
    match args {
        [one] => Ok(one),
        _ => Err(format!("expects 1 argument, got {}", args.len())),
    }
}

fn string(value: &Value) -> Result<String, String> {
    to_string(value, &(0..0))
        .map_err(|e| e.message)
        .map(Option::unwrap_or_default)
}

fn number(value: &Value) -> Result<f64, String> {
    to_number(value, &(0..0))
        .map_err(|e| e.message)
        .map(|n| n.unwrap_or(f64::NAN))
}

fn list_arg(value: &Value) -> Result<&[Value], String> {
    match value {
        Value::List(items) => Ok(items),
        other => Err(format!("a list is required, found {}", other.type_name())),
    }
}

fn object_arg(value: &Value) -> Result<&BTreeMap<String, Value>, String> {
    match value {
        Value::Object(map) => Ok(map),
        other => Err(format!(
            "a map or object is required, found {}",
            other.type_name()
        )),
    }
}

fn length(value: &Value) -> FnResult {
    Ok(Value::Number(match value {
        Value::List(items) => items.len() as f64,
        Value::Object(map) => map.len() as f64,
        Value::String(s) => s.chars().count() as f64,
        other => {
            return Err(format!(
                "cannot take the length of a {} value",
                other.type_name()
            ));
        }
    }))
}

fn contains(args: &[Value]) -> FnResult {
    let [list, wanted] = args else {
        return Err("expects 2 arguments".to_string());
    };
    let mut unknown = !wanted.is_wholly_known();
    for item in list_arg(list)? {
        match equals(item, wanted) {
            Some(true) => return Ok(Value::Bool(true)),
            None => unknown = true,
            Some(false) => {}
        }
    }
    Ok(if unknown {
        Value::Unknown
    } else {
        Value::Bool(false)
    })
}

/// `alltrue` (all = true) and `anytrue` with three-valued logic over unknown elements.
fn all_or_any(args: &[Value], all: bool) -> FnResult {
    let mut unknown = false;
    for item in list_arg(one_arg(args)?)? {
        match to_bool(item, &(0..0)).map_err(|e| e.message)? {
            Some(b) if b != all => return Ok(Value::Bool(!all)),
            None => unknown = true,
            Some(_) => {}
        }
    }
    Ok(if unknown {
        Value::Unknown
    } else {
        Value::Bool(all)
    })
}

fn lookup(args: &[Value]) -> FnResult {
    let (map, key, default) = match args {
        [m, k] => (m, k, None),
        [m, k, d] => (m, k, Some(d)),
        _ => return Err("expects 2 or 3 arguments".to_string()),
    };
    let key = string(key)?;
    match (object_arg(map)?.get(&key), default) {
        (Some(v), _) => Ok(v.clone()),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(format!("no element with key {key:?}")),
    }
}

fn merge(args: &[Value]) -> FnResult {
    let mut out = BTreeMap::new();
    for arg in args {
        match arg {
            Value::Null => {}
            other => out.extend(
                object_arg(other)?
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone())),
            ),
        }
    }
    Ok(Value::object(out))
}

fn concat(args: &[Value]) -> FnResult {
    let mut out = Vec::new();
    for arg in args {
        out.extend(list_arg(arg)?.iter().cloned());
    }
    Ok(Value::list(out))
}

fn flatten(value: &Value) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for item in list_arg(value)? {
        match item {
            Value::List(_) => out.extend(flatten(item)?),
            other => out.push(other.clone()),
        }
    }
    Ok(out)
}

fn distinct(items: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// Sets have no order in Terraform; sorting by the printed form gives a stable one.
fn sorted_set(items: Vec<Value>) -> Vec<Value> {
    let mut out = distinct(items);
    out.sort_by_cached_key(ToString::to_string);
    out
}

fn element(args: &[Value]) -> FnResult {
    let [list, index] = args else {
        return Err("expects 2 arguments".to_string());
    };
    let items = list_arg(list)?;
    if items.is_empty() {
        return Err("cannot use element on an empty list".to_string());
    }
    let i = number(index)?;
    if i < 0.0 {
        return Err("index must not be negative".to_string());
    }
    Ok(items[(i as usize) % items.len()].clone())
}

fn one(value: &Value) -> FnResult {
    match list_arg(value)? {
        [] => Ok(Value::Null),
        [only] => Ok(only.clone()),
        _ => Err("must have no more than one element".to_string()),
    }
}

fn range(args: &[Value]) -> FnResult {
    let nums = args.iter().map(number).collect::<Result<Vec<_>, _>>()?;
    let (start, end, step) = match nums.as_slice() {
        [end] => (0.0, *end, 1.0),
        [start, end] => (*start, *end, if end >= start { 1.0 } else { -1.0 }),
        [start, end, step] => (*start, *end, *step),
        _ => return Err("expects 1 to 3 arguments".to_string()),
    };
    if step == 0.0 || (step > 0.0) != (end >= start) && start != end {
        return Err("step must move towards the end".to_string());
    }
    let count = ((end - start) / step).ceil().max(0.0);
    if count > MAX_COLLECTION as f64 {
        return Err(format!("more than {MAX_COLLECTION} elements"));
    }
    Ok(Value::list(
        (0..count as usize)
            .map(|i| Value::Number(start + step * i as f64))
            .collect(),
    ))
}

fn zipmap(args: &[Value]) -> FnResult {
    let [keys, values] = args else {
        return Err("expects 2 arguments".to_string());
    };
    let (keys, values) = (list_arg(keys)?, list_arg(values)?);
    if keys.len() != values.len() {
        return Err("keys and values must have the same length".to_string());
    }
    let mut out = BTreeMap::new();
    for (k, v) in keys.iter().zip(values.iter()) {
        out.insert(string(k)?, v.clone());
    }
    Ok(Value::object(out))
}

fn min_max(name: &str, args: &[Value]) -> FnResult {
    let nums = args.iter().map(number).collect::<Result<Vec<_>, _>>()?;
    let pick = if name == "min" { f64::min } else { f64::max };
    nums.into_iter()
        .reduce(pick)
        .map(Value::Number)
        .ok_or_else(|| "expects at least one argument".to_string())
}

fn number_fn(args: &[Value], f: fn(f64) -> f64) -> FnResult {
    Ok(Value::Number(f(number(one_arg(args)?)?)))
}

fn string_fn(args: &[Value], f: fn(&str) -> String) -> FnResult {
    Ok(Value::string(f(&string(one_arg(args)?)?)))
}

fn two_strings(args: &[Value], f: fn(&str, &str) -> Value) -> FnResult {
    let [a, b] = args else {
        return Err("expects 2 arguments".to_string());
    };
    Ok(f(&string(a)?, &string(b)?))
}

fn join(args: &[Value]) -> FnResult {
    let [sep, lists @ ..] = args else {
        return Err("expects at least 2 arguments".to_string());
    };
    let sep = string(sep)?;
    let mut parts = Vec::new();
    for list in lists {
        for item in list_arg(list)? {
            parts.push(string(item)?);
        }
    }
    Ok(Value::string(parts.join(&sep)))
}

fn replace(args: &[Value]) -> FnResult {
    let [s, search, with] = args else {
        return Err("expects 3 arguments".to_string());
    };
    let (s, search, with) = (string(s)?, string(search)?, string(with)?);
    if let Some(pattern) = search.strip_prefix('/').and_then(|p| p.strip_suffix('/')) {
        let re =
            regex::Regex::new(pattern).map_err(|e| format!("invalid regular expression: {e}"))?;
        return Ok(Value::string(
            re.replace_all(&s, with.replace("$", "$$").as_str())
                .to_string(),
        ));
    }
    Ok(Value::string(s.replace(&search, &with)))
}

fn regex_fn(name: &str, args: &[Value]) -> FnResult {
    let [pattern, s] = args else {
        return Err("expects 2 arguments".to_string());
    };
    let re = regex::Regex::new(&string(pattern)?)
        .map_err(|e| format!("invalid regular expression: {e}"))?;
    let s = string(s)?;
    let capture_value = |caps: regex::Captures| -> Value {
        let names: Vec<_> = re.capture_names().collect();
        if names.iter().skip(1).any(Option::is_some) {
            Value::object(
                names
                    .iter()
                    .flatten()
                    .map(|n| {
                        (
                            n.to_string(),
                            caps.name(n)
                                .map_or(Value::Null, |m| Value::string(m.as_str())),
                        )
                    })
                    .collect(),
            )
        } else if caps.len() > 1 {
            Value::list(
                caps.iter()
                    .skip(1)
                    .map(|m| m.map_or(Value::Null, |m| Value::string(m.as_str())))
                    .collect(),
            )
        } else {
            Value::string(caps.get(0).map_or("", |m| m.as_str()))
        }
    };
    if name == "regexall" {
        return Ok(Value::list(
            re.captures_iter(&s).map(capture_value).collect(),
        ));
    }
    re.captures(&s)
        .map(capture_value)
        .ok_or_else(|| "pattern did not match".to_string())
}

/// `format` with the verbs configurations use: `%s`, `%d`, `%v`, `%q`, `%%` and widths.
fn format(args: &[Value]) -> FnResult {
    let [spec, rest @ ..] = args else {
        return Err("expects a format string".to_string());
    };
    let spec = string(spec)?;
    let mut out = String::new();
    let mut next = rest.iter();
    let mut chars = spec.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut width = String::new();
        while let Some(d) = chars
            .peek()
            .filter(|d| d.is_ascii_digit() || **d == '-' || **d == '.')
        {
            width.push(*d);
            chars.next();
        }
        let verb = chars.next().ok_or("format string ends with %")?;
        if verb == '%' {
            out.push('%');
            continue;
        }
        let arg = next
            .next()
            .ok_or("not enough arguments for the format string")?;
        let text = match verb {
            'd' => format!("{}", number(arg)? as i64),
            'q' => format!("{:?}", string(arg)?),
            'f' => format!(
                "{:.*}",
                width
                    .split('.')
                    .nth(1)
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(6),
                number(arg)?
            ),
            _ => match arg {
                Value::List(_) | Value::Object(_) => arg.to_json().to_string(),
                other => string(other)?,
            },
        };
        let pad: usize = width
            .trim_start_matches('-')
            .split('.')
            .next()
            .and_then(|w| w.parse().ok())
            .unwrap_or(0);
        if width.starts_with('-') {
            out.push_str(&format!("{text:<pad$}"));
        } else if width.starts_with('0') {
            out.push_str(&format!("{text:0>pad$}"));
        } else {
            out.push_str(&format!("{text:>pad$}"));
        }
    }
    Ok(Value::string(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::string(v)
    }

    #[test]
    fn unknown_arguments_give_unknown() {
        assert_eq!(call("lower", &[Value::Unknown]), Ok(Value::Unknown));
        assert_eq!(call("timestamp", &[]), Ok(Value::Unknown));
    }

    #[test]
    fn contains_with_unknown_elements() {
        let list = Value::list(vec![Value::Unknown, s("a")]);
        assert_eq!(
            call("contains", &[list.clone(), s("a")]),
            Ok(Value::Bool(true))
        );
        assert_eq!(call("contains", &[list, s("b")]), Ok(Value::Unknown));
    }

    #[test]
    fn range_is_bounded() {
        assert!(call("range", &[Value::Number(1e9)]).is_err());
    }

    #[test]
    fn format_verbs() {
        assert_eq!(
            call("format", &[s("%s-%03d"), s("a"), Value::Number(7.0)]),
            Ok(s("a-007"))
        );
    }
}
