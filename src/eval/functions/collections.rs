//! Collection functions.

use super::*;

pub(super) fn collections(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "length" => arity::<1>(args).and_then(|[v]| length(v)),
        "contains" => contains(args),
        "index" => index(args),
        "alltrue" => all_or_any(args, true),
        "anytrue" => all_or_any(args, false),
        "coalesce" => coalesce(args),
        "coalescelist" => args
            .iter()
            .filter(|v| !matches!(v, Value::Null))
            .map(list_arg)
            .find(|items| !matches!(items, Ok([])))
            .unwrap_or(Err("no non-empty list arguments".to_string()))
            .map(|items| Value::list(items.to_vec())),
        "lookup" => lookup(args),
        "merge" => merge(args),
        "concat" => concat(args),
        "flatten" => arity::<1>(args).and_then(|[v]| match flatten(v)? {
            Some(items) => bounded(items).map(Value::list),
            None => Ok(Value::Unknown),
        }),
        "distinct" => arity::<1>(args)
            .and_then(|[v]| unify(list_arg(v)?))
            .map(|items| Value::list(distinct(items))),
        "compact" => compact(args),
        "keys" => arity::<1>(args).and_then(|[v]| {
            let keys = object_arg(v)?.keys().map(|k| Value::string(k.as_str()));
            Ok(Value::list(keys.collect()))
        }),
        "values" => arity::<1>(args)
            .and_then(|[v]| Ok(Value::list(object_arg(v)?.values().cloned().collect()))),
        "element" => element(args),
        "one" => arity::<1>(args).and_then(|[v]| one(v)),
        "range" => range(args),
        "reverse" => arity::<1>(args)
            .map(|[v]| v)
            .and_then(|v| Ok(Value::list(list_arg(v)?.iter().rev().cloned().collect()))),
        "slice" => slice(args),
        "sort" => sort(args),
        "sum" => sum(args),
        "chunklist" => chunklist(args),
        "matchkeys" => matchkeys(args),
        "transpose" => transpose(args),
        "zipmap" => zipmap(args),
        _ => return None,
    })
}

pub(super) fn length(value: &Value) -> FnResult {
    Ok(Value::Number(match value {
        // A resource seen through a reference: the provider adds attributes.
        Value::Configured(_) => return Ok(Value::Unknown),
        Value::List(items) => items.len() as f64,
        Value::Object(map) | Value::Block(map) => map.len() as f64,
        Value::String(s) => graphemes(s).len() as f64,
        other => {
            return Err(format!(
                "cannot take the length of a {} value",
                other.type_name()
            ));
        }
    }))
}

pub(super) fn contains(args: &[Value]) -> FnResult {
    let [list, wanted] = arity(args)?;
    if matches!(wanted, Value::Null) {
        return Err("the value to look for must not be null".to_string());
    }
    // `equals` sees the unknown parts of both sides: a partly known value can still differ
    // from every element for certain, as in Terraform.
    let mut unknown = false;
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

pub(super) fn index(args: &[Value]) -> FnResult {
    let [list, wanted] = arity(args)?;
    list_arg(list)?
        .iter()
        .position(|item| equals(item, wanted) == Some(true))
        .map(|i| Value::Number(i as f64))
        .ok_or_else(|| "item not found".to_string())
}

/// `alltrue` (all = true) and `anytrue` with three-valued logic over unknown elements; a
/// null element counts as false.
pub(super) fn all_or_any(args: &[Value], all: bool) -> FnResult {
    let [list] = arity(args)?;
    let mut unknown = false;
    for item in list_arg(list)? {
        let value = match item {
            Value::Null => Some(false),
            other => to_bool(other, &(0..0)).map_err(|e| e.message)?,
        };
        match value {
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

/// The first argument that is neither null nor "", converted to the arguments' common type.
/// As in Terraform, an unknown argument before it makes the answer unknown and one after it
/// does not, except that the unknown one may be a string, which would make a number or bool
/// answer a string: we cannot tell, so that answer is unknown.
pub(super) fn coalesce(args: &[Value]) -> FnResult {
    let any_unknown = args.iter().any(|a| !a.is_known());
    for value in unify(args)? {
        match value {
            Value::Null => {}
            Value::String(s) if s.is_empty() => {}
            Value::Unknown => return Ok(Value::Unknown),
            Value::Number(_) | Value::Bool(_) if any_unknown => return Ok(Value::Unknown),
            found => return Ok(found),
        }
    }
    Err("no non-null, non-empty-string arguments".to_string())
}

pub(super) fn lookup(args: &[Value]) -> FnResult {
    let (map, key, default) = match args {
        [m, k] => (m, k, None),
        [m, k, d] => (m, k, Some(d)),
        _ => return Err(format!("expects 2 or 3 arguments, got {}", args.len())),
    };
    let key = string(key)?;
    match (object_arg(map)?.get(&key), default) {
        (Some(v), _) => Ok(v.clone()),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(format!("no element with key {key:?}")),
    }
}

pub(super) fn merge(args: &[Value]) -> FnResult {
    let mut out = BTreeMap::new();
    for arg in args.iter().filter(|a| !matches!(a, Value::Null)) {
        out.extend(object_arg(arg)?.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    Ok(Value::object(out))
}

pub(super) fn concat(args: &[Value]) -> FnResult {
    at_least(args, 1)?;
    let mut out = Vec::new();
    for arg in args {
        out.extend(list_arg(arg)?.iter().cloned());
    }
    Ok(Value::list(bounded(out)?))
}

/// The elements of nested lists, in order. Elements with unknown parts are kept as they are;
/// an element that is itself unknown may be a list to flatten, so the result is unknown
/// (`None`).
pub(super) fn flatten(value: &Value) -> Result<Option<Vec<Value>>, String> {
    let mut out = Vec::new();
    for item in list_arg(value)? {
        match item {
            Value::List(_) => match flatten(item)? {
                Some(items) => out.extend(items),
                None => return Ok(None),
            },
            Value::Unknown | Value::Configured(_) => return Ok(None),
            other => out.push(other.clone()),
        }
    }
    Ok(Some(out))
}

/// Drops repeated elements, keeping the first of each.
pub(super) fn distinct(items: Vec<Value>) -> Vec<Value> {
    let mut seen = HashSet::new();
    items
        .into_iter()
        .filter(|item| seen.insert(item.to_string()))
        .collect()
}

/// Terraform orders the sets it prints: numbers by value, strings lexically, false first.
pub(super) fn set_order(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.total_cmp(y),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        _ => a.to_string().cmp(&b.to_string()),
    }
}

pub(super) fn sorted_set(items: Vec<Value>) -> Vec<Value> {
    let mut out = distinct(items);
    out.sort_by(set_order);
    out
}

pub(super) fn compact(args: &[Value]) -> FnResult {
    let [list] = arity(args)?;
    let mut out = Vec::new();
    for item in list_arg(list)? {
        if !matches!(item, Value::Null) {
            let s = string(item)?;
            if !s.is_empty() {
                out.push(Value::string(s));
            }
        }
    }
    Ok(Value::list(out))
}

pub(super) fn element(args: &[Value]) -> FnResult {
    let [list, index] = arity(args)?;
    let items = list_arg(list)?;
    if items.is_empty() {
        return Err("cannot use element on an empty list".to_string());
    }
    let i = usize::try_from(integer(index)?).map_err(|_| "index must not be negative")?;
    Ok(items[i % items.len()].clone())
}

pub(super) fn one(value: &Value) -> FnResult {
    match list_arg(value)? {
        [] => Ok(Value::Null),
        [only] => Ok(only.clone()),
        _ => Err("must have no more than one element".to_string()),
    }
}

pub(super) fn range(args: &[Value]) -> FnResult {
    let nums = args.iter().map(number).collect::<Result<Vec<_>, _>>()?;
    if nums.iter().any(|n| !n.is_finite()) {
        return Err("range bounds and step must be finite numbers".to_string());
    }
    let towards = |start: f64, end: f64| if end >= start { 1.0 } else { -1.0 };
    let (start, end, step) = match nums.as_slice() {
        [end] => (0.0, *end, towards(0.0, *end)),
        [start, end] => (*start, *end, towards(*start, *end)),
        [start, end, step] => (*start, *end, *step),
        _ => return Err(format!("expects 1 to 3 arguments, got {}", args.len())),
    };
    if step == 0.0 {
        return Err("step must not be zero".to_string());
    }
    if (start < end && step < 0.0) || (start > end && step > 0.0) {
        return Err("step must move from start towards end".to_string());
    }
    let count = ((end - start) / step).ceil().max(0.0);
    if count.is_nan() || count > MAX_COLLECTION as f64 {
        return Err(format!("more than {MAX_COLLECTION} elements"));
    }
    Ok(Value::list(
        (0..count as usize)
            .map(|i| Value::Number(start + step * i as f64))
            .collect(),
    ))
}

pub(super) fn slice(args: &[Value]) -> FnResult {
    let [list, start, end] = arity(args)?;
    let items = list_arg(list)?;
    let (start, end) = (integer(start)?, integer(end)?);
    if start < 0 || end > items.len() as i64 || start > end {
        return Err(format!(
            "cannot slice from {start} to {end} a list of {} elements",
            items.len()
        ));
    }
    Ok(Value::list(items[start as usize..end as usize].to_vec()))
}

pub(super) fn sort(args: &[Value]) -> FnResult {
    let [list] = arity(args)?;
    let mut out = list_arg(list)?
        .iter()
        .map(string)
        .collect::<Result<Vec<_>, _>>()?;
    out.sort();
    Ok(Value::list(out.into_iter().map(Value::string).collect()))
}

pub(super) fn sum(args: &[Value]) -> FnResult {
    let [list] = arity(args)?;
    let items = list_arg(list)?;
    if items.is_empty() {
        return Err("cannot sum an empty list".to_string());
    }
    let mut total = 0.0;
    for item in items {
        total += number(item)?;
    }
    finite(total)
}

pub(super) fn chunklist(args: &[Value]) -> FnResult {
    let [list, size] = arity(args)?;
    let items = unify(list_arg(list)?)?;
    let size = usize::try_from(integer(size)?).map_err(|_| "size must not be negative")?;
    if items.is_empty() {
        return Ok(Value::list(Vec::new()));
    }
    let size = if size == 0 { items.len() } else { size };
    Ok(Value::list(
        items
            .chunks(size)
            .map(|chunk| Value::list(chunk.to_vec()))
            .collect(),
    ))
}

pub(super) fn matchkeys(args: &[Value]) -> FnResult {
    let [values, keys, search] = arity(args)?;
    let (values, keys, search) = (list_arg(values)?, list_arg(keys)?, list_arg(search)?);
    if values.len() != keys.len() {
        return Err("the values and keys lists must have the same length".to_string());
    }
    let both = unify(&[keys, search].concat())?;
    let (keys, search) = both.split_at(keys.len());
    Ok(Value::list(
        values
            .iter()
            .zip(keys)
            .filter(|(_, key)| search.iter().any(|s| equals(s, key) == Some(true)))
            .map(|(value, _)| value.clone())
            .collect(),
    ))
}

pub(super) fn transpose(args: &[Value]) -> FnResult {
    let [map] = arity(args)?;
    let mut out: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for (key, list) in object_arg(map)? {
        for item in list_arg(list)? {
            out.entry(string(item)?)
                .or_default()
                .push(Value::string(key.as_str()));
        }
    }
    Ok(Value::object(
        out.into_iter().map(|(k, v)| (k, Value::list(v))).collect(),
    ))
}

pub(super) fn zipmap(args: &[Value]) -> FnResult {
    let [keys, values] = arity(args)?;
    let (keys, values) = (list_arg(keys)?, list_arg(values)?);
    if keys.len() != values.len() {
        return Err("keys and values must have the same length".to_string());
    }
    if keys.iter().any(|k| !k.is_known()) {
        return Ok(Value::Unknown);
    }
    let mut out = BTreeMap::new();
    for (k, v) in keys.iter().zip(values.iter()) {
        out.insert(string(k)?, v.clone());
    }
    Ok(Value::object(out))
}
