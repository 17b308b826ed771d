//! Terraform's built-in functions: every pure one of Terraform 1.11 except the filesystem
//! group, checked against the real Terraform by `tests/functions.rs`.
//!
//! A function given an unknown argument returns unknown, except where Terraform itself can
//! answer (`length` of a list with unknown elements). Values carry no types, so where
//! Terraform converts a tuple to a list, set or map the elements are unified here the same
//! way ([`unify`]): mixed primitives become strings. Strings are measured in grapheme
//! clusters, as Terraform does. No input makes a function panic: sizes are bounded by
//! [`MAX_COLLECTION`] and [`MAX_STRING`], arithmetic is checked.

use super::expr::{equals, to_bool};
use super::value::{Value, format_number};
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashSet};

type FnResult = Result<Value, String>;

/// The largest collection a function may build: bounds `range(1e9)` and friends.
pub const MAX_COLLECTION: usize = 1_000_000;

/// The longest string (in bytes) a function may build: bounds `indent` and format widths.
pub const MAX_STRING: usize = 16 << 20;

pub fn call(name: &str, args: &[Value]) -> FnResult {
    if let Some(result) = unknown_passthrough(name, args) {
        return Ok(result);
    }
    numeric(name, args)
        .or_else(|| strings(name, args))
        .or_else(|| collections(name, args))
        .or_else(|| sets(name, args))
        .or_else(|| encoding(name, args))
        .or_else(|| hashing(name, args))
        .or_else(|| network(name, args))
        .or_else(|| datetime(name, args))
        .or_else(|| conversion(name, args))
        .unwrap_or_else(|| Err("unknown function".to_string()))
}

/// Functions that take a known collection whose elements may be unknown, as Terraform
/// passes them: their answer keeps the unknown elements (`merge`, `values`, `tomap`) or does
/// not depend on them (`keys`, `length`, `lookup` of another key). Checked against Terraform
/// in testdata/functions/partial.
const ELEMENT_WISE: &[&str] = &[
    "length", "contains", "alltrue", "anytrue", "merge", "keys", "values", "lookup", "concat",
    "element", "reverse", "slice", "zipmap", "tolist", "tomap",
];

/// Functions that go through their arguments in order and may answer before reaching an
/// unknown one, as Terraform's do (`coalesce("x", unknown)` is "x"): they take unknown
/// arguments themselves.
const IN_ORDER: &[&str] = &["coalesce"];

/// Functions whose answer is only known at apply time, and unknown arguments. Other functions
/// need their arguments known all the way down.
fn unknown_passthrough(name: &str, args: &[Value]) -> Option<Value> {
    const APPLY_TIME: &[&str] = &["timestamp", "uuid", "bcrypt", "plantimestamp"];
    if APPLY_TIME.contains(&name) {
        return Some(Value::Unknown);
    }
    if IN_ORDER.contains(&name) {
        return None;
    }
    let unknown = if ELEMENT_WISE.contains(&name) {
        // A resource seen through a reference has attributes the provider adds: its keys
        // are not all known.
        args.iter()
            .any(|a| matches!(a, Value::Unknown | Value::Configured(_)))
    } else {
        args.iter().any(|a| !a.is_wholly_known())
    };
    unknown.then_some(Value::Unknown)
}

// ---------------------------------------------------------------------------------------------
// Arguments

fn arity<const N: usize>(args: &[Value]) -> Result<&[Value; N], String> {
    args.try_into().map_err(|_| {
        let plural = if N == 1 { "" } else { "s" };
        format!("expects {N} argument{plural}, got {}", args.len())
    })
}

fn at_least(args: &[Value], n: usize) -> Result<(), String> {
    if args.len() < n {
        return Err(format!(
            "expects at least {n} arguments, got {}",
            args.len()
        ));
    }
    Ok(())
}

/// A string argument; numbers and bools convert as Terraform converts them.
fn string(value: &Value) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s.to_string()),
        Value::Number(n) => Ok(format_number(*n)),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Null => Err("a null value is not allowed here".to_string()),
        other => Err(format!("a string is required, found {}", other.type_name())),
    }
}

/// A number argument; strings convert with Terraform's strict number syntax.
fn number(value: &Value) -> Result<f64, String> {
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
fn integer(value: &Value) -> Result<i64, String> {
    let n = number(value)?;
    if n.fract() != 0.0 || !n.is_finite() || n.abs() >= 9.2e18 {
        return Err(format!(
            "{} is not a whole number in range",
            format_number(n)
        ));
    }
    Ok(n as i64)
}

fn boolean(value: &Value) -> Result<bool, String> {
    match value {
        Value::Null => Err("a null value is not allowed here".to_string()),
        other => to_bool(other, &(0..0))
            .map_err(|e| e.message)
            .map(|b| b.unwrap_or(false)),
    }
}

fn list_arg(value: &Value) -> Result<&[Value], String> {
    match value {
        Value::List(items) => Ok(items),
        other => Err(format!("a list is required, found {}", other.type_name())),
    }
}

fn object_arg(value: &Value) -> Result<&BTreeMap<String, Value>, String> {
    match value {
        Value::Object(map) | Value::Block(map) | Value::Configured(map) => Ok(map),
        other => Err(format!(
            "a map or object is required, found {}",
            other.type_name()
        )),
    }
}

fn one_string(args: &[Value]) -> Result<String, String> {
    let [s] = arity(args)?;
    string(s)
}

fn finite(n: f64) -> FnResult {
    if n.is_finite() {
        Ok(Value::Number(n))
    } else {
        Err("the result is not a finite number".to_string())
    }
}

fn bounded<T>(items: Vec<T>) -> Result<Vec<T>, String> {
    if items.len() > MAX_COLLECTION {
        return Err(format!("more than {MAX_COLLECTION} elements"));
    }
    Ok(items)
}

fn bounded_string(s: String) -> FnResult {
    if s.len() > MAX_STRING {
        return Err(format!("the result is longer than {MAX_STRING} bytes"));
    }
    Ok(Value::string(s))
}

/// Converts the elements of a tuple to one element type, as Terraform does when a tuple
/// becomes a list, set or map: mixed primitives become strings, numbers and bools do not
/// mix, and primitives do not mix with collections. Collections are left as they are.
fn unify(items: &[Value]) -> Result<Vec<Value>, String> {
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
fn graphemes(s: &str) -> Vec<&str> {
    let breaks: Vec<usize> = icu_segmenter::GraphemeClusterSegmenter::new()
        .segment_str(s)
        .collect();
    breaks
        .windows(2)
        .filter_map(|w| s.get(w[0]..w[1]))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Numbers

fn numeric(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "abs" => unary_number(args, f64::abs),
        "ceil" => unary_number(args, f64::ceil),
        "floor" => unary_number(args, f64::floor),
        "log" => binary_number(args, |n, base| n.ln() / base.ln()),
        "pow" => binary_number(args, f64::powf),
        "signum" => arity::<1>(args)
            .and_then(|[n]| integer(n))
            .map(|n| Value::Number(n.signum() as f64)),
        "min" | "max" => min_max(name, args),
        "parseint" => parseint(args),
        _ => return None,
    })
}

fn unary_number(args: &[Value], f: fn(f64) -> f64) -> FnResult {
    let [n] = arity(args)?;
    finite(f(number(n)?))
}

fn binary_number(args: &[Value], f: fn(f64, f64) -> f64) -> FnResult {
    let [a, b] = arity(args)?;
    finite(f(number(a)?, number(b)?))
}

fn min_max(name: &str, args: &[Value]) -> FnResult {
    let nums = args.iter().map(number).collect::<Result<Vec<_>, _>>()?;
    let pick = if name == "min" { f64::min } else { f64::max };
    nums.into_iter()
        .reduce(pick)
        .map(Value::Number)
        .ok_or_else(|| "expects at least one argument".to_string())
}

fn parseint(args: &[Value]) -> FnResult {
    let [s, base] = arity(args)?;
    let (s, base) = (string(s)?, integer(base)?);
    if !(2..=62).contains(&base) {
        return Err("base must be a whole number between 2 and 62 inclusive".to_string());
    }
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let invalid = || format!("cannot parse {s:?} as a base {base} integer");
    if digits.is_empty() {
        return Err(invalid());
    }
    let mut value = 0.0;
    for c in digits.chars() {
        let digit = digit_value(c, base).ok_or_else(invalid)?;
        value = value * base as f64 + digit as f64;
    }
    finite(if negative { -value } else { value })
}

/// A digit's value in `base`: letters are case-insensitive up to base 36, above it the
/// lowercase letters come first (as Go's `big.Int` reads them).
fn digit_value(c: char, base: i64) -> Option<i64> {
    let value = match c {
        '0'..='9' => c as i64 - '0' as i64,
        'a'..='z' => c as i64 - 'a' as i64 + 10,
        'A'..='Z' if base <= 36 => c as i64 - 'A' as i64 + 10,
        'A'..='Z' => c as i64 - 'A' as i64 + 36,
        _ => return None,
    };
    (value < base).then_some(value)
}

// ---------------------------------------------------------------------------------------------
// Strings

fn strings(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "lower" => string_fn(args, |s| s.chars().map(simple_lower).collect()),
        "upper" => string_fn(args, |s| s.chars().map(simple_upper).collect()),
        "title" => string_fn(args, title),
        "chomp" => string_fn(args, chomp),
        "trimspace" => string_fn(args, |s| s.trim().to_string()),
        "strrev" => string_fn(args, |s| graphemes(s).into_iter().rev().collect()),
        "trim" => two_strings(args, |s, cut| {
            Value::string(s.trim_matches(|c| cut.contains(c)))
        }),
        "trimprefix" => two_strings(args, |s, p| Value::string(s.strip_prefix(p).unwrap_or(s))),
        "trimsuffix" => two_strings(args, |s, p| Value::string(s.strip_suffix(p).unwrap_or(s))),
        "startswith" => two_strings(args, |s, p| Value::Bool(s.starts_with(p))),
        "endswith" => two_strings(args, |s, p| Value::Bool(s.ends_with(p))),
        "strcontains" => two_strings(args, |s, p| Value::Bool(s.contains(p))),
        "split" => two_strings(args, split),
        "join" => join(args),
        "indent" => indent(args),
        "substr" => substr(args),
        "replace" => replace(args),
        "regex" | "regexall" | "can_regex" => regex_fn(name, args),
        "format" => at_least(args, 1)
            .and_then(|()| format_string(&string(&args[0])?, &args[1..]))
            .and_then(bounded_string),
        "formatlist" => formatlist(args),
        _ => return None,
    })
}

fn string_fn(args: &[Value], f: fn(&str) -> String) -> FnResult {
    Ok(Value::string(f(&one_string(args)?)))
}

fn two_strings(args: &[Value], f: fn(&str, &str) -> Value) -> FnResult {
    let [a, b] = arity(args)?;
    Ok(f(&string(a)?, &string(b)?))
}

/// Go's simple case mappings: one character for one, unlike Rust's full mappings.
fn simple_upper(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

fn simple_lower(c: char) -> char {
    if c == 'İ' {
        return 'i';
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Go's `strings.Title`: the first letter of each word in title case.
fn title(s: &str) -> String {
    fn is_separator(c: char) -> bool {
        if c.is_ascii() {
            return !(c.is_ascii_alphanumeric() || c == '_');
        }
        !(c.is_alphabetic() || c.is_numeric()) && c.is_whitespace()
    }
    fn title_case(c: char) -> char {
        match c {
            'Ǆ' | 'ǅ' | 'ǆ' => 'ǅ',
            'Ǉ' | 'ǈ' | 'ǉ' => 'ǈ',
            'Ǌ' | 'ǋ' | 'ǌ' => 'ǋ',
            'Ǳ' | 'ǲ' | 'ǳ' => 'ǲ',
            other => simple_upper(other),
        }
    }
    let mut previous = ' ';
    s.chars()
        .map(|c| {
            let out = if is_separator(previous) {
                title_case(c)
            } else {
                c
            };
            previous = c;
            out
        })
        .collect()
}

fn chomp(s: &str) -> String {
    let mut s = s;
    while let Some(rest) = s
        .strip_suffix("\r\n")
        .or_else(|| s.strip_suffix('\n'))
        .or_else(|| s.strip_suffix('\r'))
    {
        s = rest;
    }
    s.to_string()
}

fn split(sep: &str, s: &str) -> Value {
    let parts: Vec<Value> = if sep.is_empty() {
        s.chars().map(|c| Value::string(c.to_string())).collect()
    } else {
        s.split(sep).map(Value::string).collect()
    };
    Value::list(parts)
}

fn join(args: &[Value]) -> FnResult {
    at_least(args, 2)?;
    let sep = string(&args[0])?;
    let mut parts = Vec::new();
    for list in &args[1..] {
        for item in list_arg(list)? {
            parts.push(string(item)?);
        }
    }
    bounded_string(parts.join(&sep))
}

fn indent(args: &[Value]) -> FnResult {
    let [spaces, s] = arity(args)?;
    let (spaces, s) = (integer(spaces)?, string(s)?);
    let spaces = usize::try_from(spaces).map_err(|_| "spaces must not be negative")?;
    let lines = s.matches('\n').count();
    if spaces.saturating_mul(lines).saturating_add(s.len()) > MAX_STRING {
        return Err(format!("the result is longer than {MAX_STRING} bytes"));
    }
    Ok(Value::string(
        s.replace('\n', &format!("\n{}", " ".repeat(spaces))),
    ))
}

/// Terraform's `substr`, quirks included: a negative offset counts from the end, a negative
/// length takes the rest, and so does a zero length after a negative offset.
fn substr(args: &[Value]) -> FnResult {
    let [s, offset, length] = arity(args)?;
    let (s, mut offset, length) = (string(s)?, integer(offset)?, integer(length)?);
    let clusters = graphemes(&s);
    let total = clusters.len() as i64;
    if offset < 0 {
        offset = offset.saturating_add(total);
    } else if length == 0 {
        return Ok(Value::string(""));
    }
    let rest = &clusters[offset.clamp(0, total) as usize..];
    let take = if length <= 0 {
        rest.len()
    } else {
        rest.len().min(length as usize)
    };
    Ok(Value::string(rest[..take].concat()))
}

fn compile_regex(pattern: &str) -> Result<regex::Regex, String> {
    regex::RegexBuilder::new(&ascii_perl_classes(pattern))
        .size_limit(1 << 22)
        .build()
        .map_err(|e| format!("invalid regular expression: {e}"))
}

/// Go's regular expressions read `\d`, `\w`, `\s` and `\b` as ASCII, Rust's as Unicode:
/// spells them out as the ASCII classes Go means.
fn ascii_perl_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars().peekable();
    let (mut in_class, mut class_start) = (false, false);
    while let Some(c) = chars.next() {
        let at_class_start = std::mem::take(&mut class_start);
        match c {
            '\\' => {
                let Some(next) = chars.next() else {
                    out.push(c);
                    break;
                };
                let ascii = match (next, in_class) {
                    ('d', false) => "[0-9]",
                    ('D', false) => "[^0-9]",
                    ('w', false) => "[0-9A-Za-z_]",
                    ('W', false) => "[^0-9A-Za-z_]",
                    ('s', false) => "[\\t\\n\\f\\r ]",
                    ('S', false) => "[^\\t\\n\\f\\r ]",
                    ('b', false) => "(?-u:\\b)",
                    ('B', false) => "(?-u:\\B)",
                    ('d', true) => "0-9",
                    ('w', true) => "0-9A-Za-z_",
                    ('s', true) => "\\t\\n\\f\\r ",
                    ('D', true) => "[:^digit:]",
                    ('W', true) => "[:^word:]",
                    ('S', true) => "[:^space:]",
                    _ => {
                        out.push(c);
                        out.push(next);
                        continue;
                    }
                };
                out.push_str(ascii);
            }
            '[' if !in_class => {
                out.push(c);
                if let Some(caret) = chars.next_if_eq(&'^') {
                    out.push(caret);
                }
                (in_class, class_start) = (true, true);
            }
            '[' if chars.peek() == Some(&':') => {
                // A POSIX class such as [:alpha:], copied whole.
                out.push(c);
                while let Some(p) = chars.next() {
                    out.push(p);
                    if p == ':' && chars.peek() == Some(&']') {
                        out.extend(chars.next());
                        break;
                    }
                }
            }
            ']' if in_class && !at_class_start => {
                out.push(c);
                in_class = false;
            }
            _ => out.push(c),
        }
    }
    out
}

fn replace(args: &[Value]) -> FnResult {
    let [s, search, with] = arity(args)?;
    let (s, search, with) = (string(s)?, string(search)?, string(with)?);
    let pattern = (search.len() > 1)
        .then(|| search.strip_prefix('/').and_then(|p| p.strip_suffix('/')))
        .flatten();
    let regex = pattern.map(compile_regex).transpose()?;
    let matches = match &regex {
        Some(re) => re.find_iter(&s).count(),
        None if search.is_empty() => s.chars().count() + 1,
        None => s.matches(search.as_str()).count(),
    };
    if matches.saturating_mul(with.len()).saturating_add(s.len()) > MAX_STRING {
        return Err(format!("the result is longer than {MAX_STRING} bytes"));
    }
    let replaced = match regex {
        Some(re) => re.replace_all(&s, with.as_str()).into_owned(),
        None => s.replace(&search, &with),
    };
    bounded_string(replaced)
}

fn regex_fn(name: &str, args: &[Value]) -> FnResult {
    let [pattern, s] = arity(args)?;
    let re = compile_regex(&string(pattern)?)?;
    let s = string(s)?;
    let names: Vec<Option<&str>> = re.capture_names().skip(1).collect();
    let named = names.iter().filter(|n| n.is_some()).count();
    if named > 0 && named < names.len() {
        return Err("cannot mix both named and unnamed capture groups".to_string());
    }
    let capture_value = |caps: regex::Captures| -> Value {
        let group = |m: Option<regex::Match>| m.map_or(Value::Null, |m| Value::string(m.as_str()));
        if named > 0 {
            Value::object(
                names
                    .iter()
                    .flatten()
                    .map(|n| (n.to_string(), group(caps.name(n))))
                    .collect(),
            )
        } else if !names.is_empty() {
            Value::list(caps.iter().skip(1).map(group).collect())
        } else {
            group(caps.get(0))
        }
    };
    if name == "regexall" {
        let matches = re.captures_iter(&s).take(MAX_COLLECTION + 1);
        return Ok(Value::list(bounded(matches.map(capture_value).collect())?));
    }
    re.captures(&s)
        .map(capture_value)
        .ok_or_else(|| "pattern did not match any part of the given string".to_string())
}

// --- format -------------------------------------------------------------------------------

#[derive(Default)]
struct Verb {
    sharp: bool,
    zero: bool,
    minus: bool,
    plus: bool,
    space: bool,
    width: Option<usize>,
    precision: Option<usize>,
    mode: char,
}

/// Terraform's `format`: Go's verbs over Terraform values, widths in grapheme clusters.
fn format_string(spec: &str, args: &[Value]) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = spec.chars().peekable();
    let (mut next_arg, mut used) = (0, 0);
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.next_if_eq(&'%').is_some() {
            out.push('%');
            continue;
        }
        let mut verb = Verb::default();
        while let Some(flag) = chars.next_if(|c| " #+-0".contains(*c)) {
            match flag {
                '#' => verb.sharp = true,
                '0' => verb.zero = true,
                '-' => verb.minus = true,
                '+' => verb.plus = true,
                _ => verb.space = true,
            }
        }
        if chars.next_if_eq(&'[').is_some() {
            let index = format_digits(&mut chars)?.filter(|n| *n > 0);
            match (index, chars.next()) {
                (Some(n), Some(']')) => next_arg = n - 1,
                _ => return Err("invalid argument index in format string".to_string()),
            }
        }
        verb.width = format_digits(&mut chars)?;
        if chars.next_if_eq(&'.').is_some() {
            verb.precision = Some(format_digits(&mut chars)?.unwrap_or(0));
        }
        verb.mode = chars
            .next()
            .filter(char::is_ascii_alphabetic)
            .ok_or("invalid format verb")?;
        let arg = args.get(next_arg).ok_or_else(|| {
            format!(
                "not enough arguments for %{}: need {} but have {}",
                verb.mode,
                next_arg + 1,
                args.len()
            )
        })?;
        next_arg += 1;
        used = used.max(next_arg);
        format_verb(&verb, arg, &mut out)?;
        if out.len() > MAX_STRING {
            return Err(format!("the result is longer than {MAX_STRING} bytes"));
        }
    }
    if used < args.len() {
        return Err(format!(
            "too many arguments; only {used} used by format string"
        ));
    }
    Ok(out)
}

fn format_digits(
    chars: &mut std::iter::Peekable<std::str::Chars>,
) -> Result<Option<usize>, String> {
    let mut value: Option<usize> = None;
    while let Some(d) = chars.next_if(char::is_ascii_digit) {
        let v = value.unwrap_or(0) * 10 + (d as usize - '0' as usize);
        if v > MAX_STRING {
            return Err("format width or precision too large".to_string());
        }
        value = Some(v);
    }
    Ok(value)
}

fn format_verb(verb: &Verb, arg: &Value, out: &mut String) -> Result<(), String> {
    if verb.mode != 'v' && matches!(arg, Value::Null) {
        return Err(format!(
            "unsupported value for %{}: null value cannot be formatted",
            verb.mode
        ));
    }
    let text = match verb.mode {
        'v' => pad_width(verb, format_as_is(verb, arg)?),
        't' => boolean(arg)?.to_string(),
        'b' | 'd' | 'o' | 'x' | 'X' => format_integer(verb, number(arg)?)?,
        'e' | 'E' | 'f' | 'g' | 'G' => format_float(verb, number(arg)?),
        's' | 'q' => {
            let s = string(arg)?;
            let s = match verb.precision {
                Some(p) if p > 0 => graphemes(&s).into_iter().take(p).collect(),
                _ => s,
            };
            pad_width(verb, if verb.mode == 'q' { json_string(&s) } else { s })
        }
        other => return Err(format!("unsupported format verb {other:?}")),
    };
    out.push_str(&text);
    Ok(())
}

fn format_as_is(verb: &Verb, arg: &Value) -> Result<String, String> {
    match arg {
        Value::String(s) if !verb.sharp => Ok(s.to_string()),
        Value::Number(n) if !verb.sharp => Ok(go_general(*n, None, false)),
        other => json_encode(other),
    }
}

/// Pads to the verb's width in grapheme clusters, with zeros if asked.
fn pad_width(verb: &Verb, text: String) -> String {
    let width = verb.width.unwrap_or(0);
    let len = graphemes(&text).len();
    if len >= width {
        return text;
    }
    let pad = (if verb.zero { "0" } else { " " }).repeat(width - len);
    if verb.minus { text + &pad } else { pad + &text }
}

/// Go's integer formatting: sign, `#` prefix, precision as minimum digits, width padding.
fn format_integer(verb: &Verb, n: f64) -> Result<String, String> {
    if n.fract() != 0.0 || !n.is_finite() || n.abs() >= 3.4e38 {
        return Err(format!(
            "unsupported value for %{}: an integer is required",
            verb.mode
        ));
    }
    let magnitude = n.abs() as u128;
    let digits = match verb.mode {
        'b' => format!("{magnitude:b}"),
        'o' => format!("{magnitude:o}"),
        'x' => format!("{magnitude:x}"),
        'X' => format!("{magnitude:X}"),
        _ => magnitude.to_string(),
    };
    let prefix = match (verb.sharp, verb.mode) {
        (true, 'b') => "0b",
        (true, 'o') => "0",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let sign = number_sign(verb, n < 0.0);
    let mut zeros = verb.precision.map_or(0, |p| p.saturating_sub(digits.len()));
    if verb.precision == Some(0) && magnitude == 0 {
        return Ok(String::new());
    }
    let length = sign.len() + prefix.len() + zeros + digits.len();
    let pad = verb.width.map_or(0, |w| w.saturating_sub(length));
    let (mut left, mut right) = (0, 0);
    if verb.minus {
        right = pad;
    } else if verb.zero && verb.precision.is_none() {
        zeros += pad;
    } else {
        left = pad;
    }
    Ok(format!(
        "{}{sign}{prefix}{}{digits}{}",
        " ".repeat(left),
        "0".repeat(zeros),
        " ".repeat(right)
    ))
}

fn number_sign(verb: &Verb, negative: bool) -> &'static str {
    match (negative, verb.plus, verb.space) {
        (true, _, _) => "-",
        (false, true, _) => "+",
        (false, false, true) => " ",
        _ => "",
    }
}

/// Go's `big.Float` formatting for `%e`, `%f` and `%g` with flags and width.
fn format_float(verb: &Verb, n: f64) -> String {
    let x = n.abs();
    let body = match verb.mode {
        'e' | 'E' => go_exponent(x, verb.precision.unwrap_or(6), verb.mode == 'E'),
        'f' => format!("{:.*}", verb.precision.unwrap_or(6), x),
        _ => go_general(x, verb.precision, verb.mode == 'G'),
    };
    let sign = number_sign(verb, n.is_sign_negative() && n != 0.0);
    let pad = verb
        .width
        .map_or(0, |w| w.saturating_sub(sign.len() + body.len()));
    if verb.zero {
        format!("{sign}{}{body}", "0".repeat(pad))
    } else if verb.minus {
        format!("{sign}{body}{}", " ".repeat(pad))
    } else {
        format!("{}{sign}{body}", " ".repeat(pad))
    }
}

/// `%e` with Go's exponent: a sign and at least two digits.
fn go_exponent(x: f64, precision: usize, upper: bool) -> String {
    let (digits, point) = decimal_digits(x, Some(precision + 1));
    format_exponent(&digits, point, precision, upper)
}

/// The significant decimal digits of `x` (no trailing zeros) and the position of the decimal
/// point: shortest round-trip digits, or rounded to `significant` digits.
fn decimal_digits(x: f64, significant: Option<usize>) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (Vec::new(), 0);
    }
    let text = match significant {
        None => format!("{x:e}"),
        Some(n) => format!("{:.*e}", n.max(1) - 1, x),
    };
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exponent.parse::<i64>().unwrap_or(0) + 1)
}

fn format_exponent(digits: &[u8], point: i64, precision: usize, upper: bool) -> String {
    let mut out = String::new();
    out.push(digits.first().map_or('0', |d| *d as char));
    if precision > 0 {
        out.push('.');
        for i in 1..=precision {
            out.push(digits.get(i).map_or('0', |d| *d as char));
        }
    }
    let exponent = if digits.is_empty() { 0 } else { point - 1 };
    let sign = if exponent < 0 { '-' } else { '+' };
    out.push(if upper { 'E' } else { 'e' });
    format!("{out}{sign}{:02}", exponent.abs())
}

fn format_fixed(digits: &[u8], point: i64, precision: usize) -> String {
    let digit = |i: i64| {
        usize::try_from(i)
            .ok()
            .and_then(|i| digits.get(i))
            .map_or('0', |d| *d as char)
    };
    let mut out: String = if point > 0 {
        (0..point).map(digit).collect()
    } else {
        "0".to_string()
    };
    if precision > 0 {
        out.push('.');
        out.extend((0..precision as i64).map(|i| digit(point + i)));
    }
    out
}

/// Go's `%g` (and `%v` for numbers): shortest digits, exponent form for large exponents.
fn go_general(x: f64, precision: Option<usize>, upper: bool) -> String {
    let negative = x < 0.0;
    let precision = precision.map(|p| p.max(1));
    let (digits, point) = decimal_digits(x.abs(), precision);
    let len = digits.len() as i64;
    let mut prec = precision.map_or(len, |p| p as i64);
    let eprec = match precision {
        None => 6,
        Some(_) if prec > len && len >= point => len,
        Some(_) => prec,
    };
    let exponent = point - 1;
    let body = if exponent < -4 || exponent >= eprec {
        prec = prec.min(len);
        format_exponent(&digits, point, (prec - 1).max(0) as usize, upper)
    } else {
        if prec > point {
            prec = len;
        }
        format_fixed(&digits, point, (prec - point).max(0) as usize)
    };
    if negative { format!("-{body}") } else { body }
}

fn formatlist(args: &[Value]) -> FnResult {
    at_least(args, 1)?;
    let spec = string(&args[0])?;
    let rest = &args[1..];
    let mut length: Option<usize> = None;
    for arg in rest {
        if let Value::List(items) = arg {
            match length {
                Some(n) if n != items.len() => {
                    return Err(format!(
                        "list arguments must all have the same length, found {n} and {}",
                        items.len()
                    ));
                }
                _ => length = Some(items.len()),
            }
        }
    }
    let results = (0..length.unwrap_or(1))
        .map(|i| {
            let row: Vec<Value> = rest
                .iter()
                .map(|arg| match arg {
                    Value::List(items) => items[i].clone(),
                    other => other.clone(),
                })
                .collect();
            format_string(&spec, &row).map(Value::string)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Value::list(results))
}

// ---------------------------------------------------------------------------------------------
// Collections

fn collections(name: &str, args: &[Value]) -> Option<FnResult> {
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
        "flatten" => arity::<1>(args)
            .and_then(|[v]| flatten(v))
            .and_then(bounded)
            .map(Value::list),
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

fn length(value: &Value) -> FnResult {
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

fn contains(args: &[Value]) -> FnResult {
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

fn index(args: &[Value]) -> FnResult {
    let [list, wanted] = arity(args)?;
    list_arg(list)?
        .iter()
        .position(|item| equals(item, wanted) == Some(true))
        .map(|i| Value::Number(i as f64))
        .ok_or_else(|| "item not found".to_string())
}

/// `alltrue` (all = true) and `anytrue` with three-valued logic over unknown elements; a
/// null element counts as false.
fn all_or_any(args: &[Value], all: bool) -> FnResult {
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
fn coalesce(args: &[Value]) -> FnResult {
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

fn lookup(args: &[Value]) -> FnResult {
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

fn merge(args: &[Value]) -> FnResult {
    let mut out = BTreeMap::new();
    for arg in args.iter().filter(|a| !matches!(a, Value::Null)) {
        out.extend(object_arg(arg)?.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    Ok(Value::object(out))
}

fn concat(args: &[Value]) -> FnResult {
    at_least(args, 1)?;
    let mut out = Vec::new();
    for arg in args {
        out.extend(list_arg(arg)?.iter().cloned());
    }
    Ok(Value::list(bounded(out)?))
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

/// Drops repeated elements, keeping the first of each.
fn distinct(items: Vec<Value>) -> Vec<Value> {
    let mut seen = HashSet::new();
    items
        .into_iter()
        .filter(|item| seen.insert(item.to_string()))
        .collect()
}

/// Terraform orders the sets it prints: numbers by value, strings lexically, false first.
fn set_order(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.total_cmp(y),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        _ => a.to_string().cmp(&b.to_string()),
    }
}

fn sorted_set(items: Vec<Value>) -> Vec<Value> {
    let mut out = distinct(items);
    out.sort_by(set_order);
    out
}

fn compact(args: &[Value]) -> FnResult {
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

fn element(args: &[Value]) -> FnResult {
    let [list, index] = arity(args)?;
    let items = list_arg(list)?;
    if items.is_empty() {
        return Err("cannot use element on an empty list".to_string());
    }
    let i = usize::try_from(integer(index)?).map_err(|_| "index must not be negative")?;
    Ok(items[i % items.len()].clone())
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

fn slice(args: &[Value]) -> FnResult {
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

fn sort(args: &[Value]) -> FnResult {
    let [list] = arity(args)?;
    let mut out = list_arg(list)?
        .iter()
        .map(string)
        .collect::<Result<Vec<_>, _>>()?;
    out.sort();
    Ok(Value::list(out.into_iter().map(Value::string).collect()))
}

fn sum(args: &[Value]) -> FnResult {
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

fn chunklist(args: &[Value]) -> FnResult {
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

fn matchkeys(args: &[Value]) -> FnResult {
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

fn transpose(args: &[Value]) -> FnResult {
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

fn zipmap(args: &[Value]) -> FnResult {
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

// ---------------------------------------------------------------------------------------------
// Sets

fn sets(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "setunion" => set_operation(args, 1..=usize::MAX, |first, rest| {
            first
                .iter()
                .chain(rest.iter().flat_map(|s| s.iter()))
                .cloned()
                .collect()
        }),
        "setintersection" => set_operation(args, 1..=usize::MAX, |first, rest| {
            let in_all = |v: &&Value| {
                rest.iter()
                    .all(|set| set.iter().any(|x| equals(x, v) == Some(true)))
            };
            first.iter().filter(in_all).cloned().collect()
        }),
        "setsubtract" => set_operation(args, 2..=2, |first, rest| {
            let in_rest = |v: &&Value| {
                rest.iter()
                    .flat_map(|s| s.iter())
                    .any(|x| equals(x, v) == Some(true))
            };
            first.iter().filter(|v| !in_rest(v)).cloned().collect()
        }),
        "setproduct" => setproduct(args),
        _ => return None,
    })
}

/// A set operation over lists whose elements share one type (unified across all the sets);
/// the result is in Terraform's set order.
fn set_operation(
    args: &[Value],
    count: std::ops::RangeInclusive<usize>,
    op: fn(&[Value], &[&[Value]]) -> Vec<Value>,
) -> FnResult {
    if !count.contains(&args.len()) {
        return Err(format!("expects {count:?} arguments, got {}", args.len()));
    }
    let lists = args.iter().map(list_arg).collect::<Result<Vec<_>, _>>()?;
    let unified = unify(&lists.concat())?;
    let mut sets: Vec<&[Value]> = Vec::new();
    let mut rest = unified.as_slice();
    for list in &lists {
        let (set, tail) = rest.split_at(list.len());
        sets.push(set);
        rest = tail;
    }
    let (first, others) = sets.split_first().ok_or("expects at least one set")?;
    Ok(Value::list(sorted_set(op(first, others))))
}

fn setproduct(args: &[Value]) -> FnResult {
    at_least(args, 2)?;
    let lists = args
        .iter()
        .map(|a| unify(list_arg(a)?))
        .collect::<Result<Vec<_>, _>>()?;
    let total = lists
        .iter()
        .try_fold(1usize, |acc, l| acc.checked_mul(l.len()))
        .filter(|n| *n <= MAX_COLLECTION)
        .ok_or_else(|| format!("more than {MAX_COLLECTION} elements"))?;
    let mut product: Vec<Vec<Value>> = vec![Vec::new()];
    for list in &lists {
        product = product
            .iter()
            .flat_map(|prefix| {
                list.iter().map(move |item| {
                    let mut row = prefix.clone();
                    row.push(item.clone());
                    row
                })
            })
            .collect();
    }
    debug_assert!(product.len() == total);
    Ok(Value::list(product.into_iter().map(Value::list).collect()))
}

// ---------------------------------------------------------------------------------------------
// Encoding

fn encoding(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "base64encode" => one_string(args).map(|s| Value::string(base64_encode(s.as_bytes()))),
        "base64decode" => one_string(args)
            .and_then(|s| base64_decode(&s))
            .and_then(utf8),
        "base64gzip" => one_string(args).map(|s| Value::string(base64_encode(&gzip(s.as_bytes())))),
        "textencodebase64" => text_encode(args),
        "textdecodebase64" => text_decode(args),
        "urlencode" => one_string(args).map(|s| Value::string(url_encode(&s))),
        "jsonencode" => arity::<1>(args)
            .and_then(|[v]| json_encode(v))
            .map(Value::string),
        "jsondecode" => one_string(args).and_then(|s| json_decode(&s)),
        "csvdecode" => one_string(args).and_then(|s| csv_decode(&s)),
        "yamldecode" => one_string(args).and_then(|s| yaml_decode(&s)),
        "yamlencode" => arity::<1>(args)
            .and_then(|[v]| yaml_encode(v))
            .map(Value::string),
        _ => return None,
    })
}

fn base64_engine() -> base64::engine::GeneralPurpose {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    let config = GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::RequireCanonical);
    GeneralPurpose::new(&base64::alphabet::STANDARD, config)
}

fn base64_encode(bytes: &[u8]) -> String {
    base64::Engine::encode(&base64_engine(), bytes)
}

/// Standard base64 with padding; line breaks are ignored, as Go ignores them.
fn base64_decode(text: &str) -> Result<Vec<u8>, String> {
    let text: String = text.chars().filter(|c| !matches!(c, '\r' | '\n')).collect();
    base64::Engine::decode(&base64_engine(), text)
        .map_err(|e| format!("failed to decode base64 data: {e}"))
}

fn utf8(bytes: Vec<u8>) -> FnResult {
    String::from_utf8(bytes)
        .map(Value::string)
        .map_err(|_| "the result of decoding the given data is not valid UTF-8".to_string())
}

/// Gzip as Terraform frames it (one block, a sync flush, an empty final block), compressing
/// with fixed Huffman codes over literals only, or storing when that is smaller. The bytes
/// equal Terraform's for short text without repeats; otherwise Go finds back-references and
/// the stream differs, though it decompresses to the same data.
fn gzip(data: &[u8]) -> Vec<u8> {
    let mut bits = BitWriter::default();
    if !data.is_empty() {
        let fixed_bits: usize = 10
            + data
                .iter()
                .map(|b| if *b < 144 { 8 } else { 9 })
                .sum::<usize>();
        if data.len() < 65536 && (data.len() + 5) * 8 < fixed_bits {
            bits.stored_block(data, false);
        } else {
            bits.put(0b010, 3);
            for &b in data {
                match b {
                    0..=143 => bits.put_code(0x30 + u32::from(b), 8),
                    _ => bits.put_code(0x190 + u32::from(b) - 144, 9),
                }
            }
            bits.put_code(0, 7);
        }
    }
    bits.stored_block(&[], false);
    bits.stored_block(&[], true);
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    out.extend(bits.bytes);
    out.extend(crc32(data).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    acc: u32,
    count: u32,
}

impl BitWriter {
    /// Writes `n` bits of `value`, least significant first.
    fn put(&mut self, value: u32, n: u32) {
        for i in 0..n {
            self.acc |= ((value >> i) & 1) << self.count;
            self.count += 1;
            if self.count == 8 {
                self.bytes.push(self.acc as u8);
                (self.acc, self.count) = (0, 0);
            }
        }
    }

    /// Writes a Huffman code, most significant bit first.
    fn put_code(&mut self, code: u32, n: u32) {
        self.put(code.reverse_bits() >> (32 - n), n);
    }

    fn stored_block(&mut self, data: &[u8], last: bool) {
        self.put(u32::from(last), 3);
        if self.count > 0 {
            self.put(0, 8 - self.count);
        }
        let len = data.len() as u16;
        self.bytes.extend(len.to_le_bytes());
        self.bytes.extend((!len).to_le_bytes());
        self.bytes.extend_from_slice(data);
    }
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[derive(Clone, Copy, PartialEq)]
enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Latin1,
}

fn text_encoding(name: &Value) -> Result<TextEncoding, String> {
    let name = string(name)?;
    Ok(match name.to_ascii_uppercase().as_str() {
        "UTF-8" | "CSUTF8" => TextEncoding::Utf8,
        "UTF-16LE" | "CSUTF16LE" => TextEncoding::Utf16Le,
        "UTF-16BE" | "CSUTF16BE" => TextEncoding::Utf16Be,
        "ISO-8859-1" | "ISO_8859-1" | "ISO_8859-1:1987" | "ISO-IR-100" | "LATIN1" | "L1"
        | "IBM819" | "CP819" | "CSISOLATIN1" => TextEncoding::Latin1,
        _ => return Err(format!("{name:?} is not a supported IANA encoding name")),
    })
}

fn text_encode(args: &[Value]) -> FnResult {
    let [s, name] = arity(args)?;
    let (s, encoding) = (string(s)?, text_encoding(name)?);
    let bytes: Vec<u8> = match encoding {
        TextEncoding::Utf8 => s.into_bytes(),
        TextEncoding::Utf16Le => s.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        TextEncoding::Utf16Be => s.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        TextEncoding::Latin1 => s
            .chars()
            .map(|c| u8::try_from(c).map_err(|_| format!("{c:?} cannot be encoded in ISO-8859-1")))
            .collect::<Result<_, _>>()?,
    };
    Ok(Value::string(base64_encode(&bytes)))
}

fn text_decode(args: &[Value]) -> FnResult {
    let [s, name] = arity(args)?;
    let (bytes, encoding) = (base64_decode(&string(s)?)?, text_encoding(name)?);
    let units = |f: fn([u8; 2]) -> u16| -> Vec<u16> {
        bytes
            .chunks(2)
            .map(|c| f([c[0], *c.get(1).unwrap_or(&0)]))
            .collect()
    };
    Ok(Value::string(match encoding {
        TextEncoding::Utf8 => String::from_utf8_lossy(&bytes).into_owned(),
        TextEncoding::Utf16Le => String::from_utf16_lossy(&units(u16::from_le_bytes)),
        TextEncoding::Utf16Be => String::from_utf16_lossy(&units(u16::from_be_bytes)),
        TextEncoding::Latin1 => bytes.iter().map(|b| char::from(*b)).collect(),
    }))
}

/// Go's `url.QueryEscape`.
fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// JSON as Terraform writes it: sorted keys, no spaces, numbers without exponents, and
/// HTML-sensitive characters escaped.
fn json_encode(value: &Value) -> Result<String, String> {
    let mut out = String::new();
    write_json(value, &mut out)?;
    Ok(out)
}

fn write_json(value: &Value, out: &mut String) -> Result<(), String> {
    match value {
        Value::Null | Value::Unknown => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) if n.is_finite() => out.push_str(&format_number(*n)),
        Value::Number(_) => return Err("cannot encode an infinite number as JSON".to_string()),
        Value::String(s) => out.push_str(&json_string(s)),
        Value::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) | Value::Block(map) | Value::Configured(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&json_string(key));
                out.push(':');
                write_json(item, out)?;
            }
            out.push('}');
        }
    }
    if out.len() > MAX_STRING {
        return Err(format!("the result is longer than {MAX_STRING} bytes"));
    }
    Ok(())
}

/// A JSON string literal as Go's encoder writes it.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' | '\0'..='\u{1f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_decode(text: &str) -> FnResult {
    serde_json::from_str::<serde_json::Value>(text)
        .map(|j| Value::from_json(&j))
        .map_err(|e| format!("invalid JSON: {e}"))
}

// --- YAML ---------------------------------------------------------------------------------

/// A collection being read, innermost last, with the number of nodes in it so far (aliases
/// count what they repeat, so an alias bomb is refused).
struct YamlFrame {
    kind: YamlKind,
    anchor: usize,
    nodes: usize,
}

enum YamlKind {
    Seq(Vec<Value>),
    Map {
        map: BTreeMap<String, Value>,
        /// Entries from `<<` merge keys: they never override the mapping's own keys.
        merged: BTreeMap<String, Value>,
        /// The key read, waiting for its value; `Some(None)` for a merge key.
        key: Option<Option<String>>,
    },
}

impl YamlFrame {
    fn new(kind: YamlKind, anchor: usize) -> YamlFrame {
        YamlFrame {
            kind,
            anchor,
            nodes: 1,
        }
    }

    fn finish(self) -> Value {
        match self.kind {
            YamlKind::Seq(items) => Value::list(items),
            YamlKind::Map {
                mut map, merged, ..
            } => {
                for (k, v) in merged {
                    map.entry(k).or_insert(v);
                }
                Value::object(map)
            }
        }
    }

    fn add(&mut self, value: Value, nodes: usize) -> Result<(), String> {
        self.nodes = self.nodes.saturating_add(nodes);
        if self.nodes > MAX_COLLECTION {
            return Err(format!("more than {MAX_COLLECTION} YAML nodes"));
        }
        match &mut self.kind {
            YamlKind::Seq(items) => items.push(value),
            YamlKind::Map { map, merged, key } => match key.take() {
                None => *key = Some(Some(yaml_key(&value)?)),
                Some(Some(k)) => {
                    map.insert(k, value);
                }
                Some(None) => {
                    let sources = match &value {
                        Value::List(items) => items.to_vec(),
                        other => vec![other.clone()],
                    };
                    for source in &sources {
                        let entries = object_arg(source)?.iter();
                        merged.extend(entries.map(|(k, v)| (k.clone(), v.clone())));
                    }
                }
            },
        }
        Ok(())
    }

    fn awaits_key(&self) -> bool {
        matches!(self.kind, YamlKind::Map { key: None, .. })
    }

    /// The next value is merged into the mapping (after a `<<` key).
    fn expect_merge(&mut self) {
        if let YamlKind::Map { key, .. } = &mut self.kind {
            *key = Some(None);
        }
    }
}

/// YAML as Terraform reads it (YAML 1.1 scalars: `yes`, `on`, `~`, ...; one document).
fn yaml_decode(text: &str) -> FnResult {
    use yaml_rust2::parser::{Event, Parser};
    use yaml_rust2::scanner::TScalarStyle;
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<YamlFrame> = Vec::new();
    let mut anchors: BTreeMap<usize, (Value, usize)> = BTreeMap::new();
    let mut result: Option<Value> = None;
    loop {
        let (event, mark) = parser
            .next_token()
            .map_err(|e| format!("invalid YAML: {e}"))?;
        let (value, anchor, nodes) = match event {
            Event::StreamEnd => break,
            Event::Scalar(text, style, anchor, tag) => {
                let merge_key = text == "<<" && style == TScalarStyle::Plain;
                match stack.last_mut() {
                    Some(frame) if merge_key && frame.awaits_key() => {
                        frame.expect_merge();
                        continue;
                    }
                    _ => (yaml_scalar_value(text, style, tag.as_ref())?, anchor, 1),
                }
            }
            Event::Alias(id) => {
                let (value, nodes) = anchors.get(&id).cloned().ok_or("unknown YAML alias")?;
                (value, 0, nodes)
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let kind = if matches!(event, Event::SequenceStart(..)) {
                    YamlKind::Seq(Vec::new())
                } else {
                    let (map, merged) = (BTreeMap::new(), BTreeMap::new());
                    YamlKind::Map {
                        map,
                        merged,
                        key: None,
                    }
                };
                stack.push(YamlFrame::new(kind, anchor));
                if stack.len() > 128 {
                    return Err("YAML nested too deeply".to_string());
                }
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let frame = stack.pop().ok_or("unbalanced YAML")?;
                let (anchor, nodes) = (frame.anchor, frame.nodes);
                (frame.finish(), anchor, nodes)
            }
            _ => continue,
        };
        if nodes > MAX_COLLECTION {
            return Err(format!("more than {MAX_COLLECTION} YAML nodes"));
        }
        if anchor > 0 {
            anchors.insert(anchor, (value.clone(), nodes));
        }
        match stack.last_mut() {
            Some(frame) => frame.add(value, nodes)?,
            None if result.is_some() => {
                return Err(format!(
                    "on line {}, column {}: unexpected extra content after value",
                    mark.line(),
                    mark.col() + 1
                ));
            }
            None => result = Some(value),
        }
    }
    result.ok_or_else(|| "the YAML document is empty".to_string())
}

fn yaml_key(value: &Value) -> Result<String, String> {
    match value {
        Value::String(_) | Value::Bool(_) | Value::Number(_) => string(value),
        _ => Err("only strings are allowed as mapping keys".to_string()),
    }
}

/// A scalar as Terraform resolves it: quoted scalars are strings, plain ones may be null,
/// bools (YAML 1.1 spellings), numbers or timestamps; tags force a type.
fn yaml_scalar_value(
    text: String,
    style: yaml_rust2::scanner::TScalarStyle,
    tag: Option<&yaml_rust2::parser::Tag>,
) -> FnResult {
    let tag = tag.map(|t| {
        let full = format!("{}{}", t.handle, t.suffix);
        full.strip_prefix("tag:yaml.org,2002:")
            .map(str::to_string)
            .unwrap_or(full)
    });
    match tag.as_deref() {
        None if style == yaml_rust2::scanner::TScalarStyle::Plain => Ok(yaml_plain(&text)?),
        None | Some("!" | "str") => Ok(Value::string(text)),
        Some("binary") => base64_decode(&text).map(|_| Value::string(text)),
        Some("null") => Ok(Value::Null),
        Some("bool") => match yaml_plain(&text)? {
            v @ Value::Bool(_) => Ok(v),
            _ => Err(format!("cannot parse {text:?} as a bool")),
        },
        Some("int" | "float") => match yaml_plain(&text)? {
            v @ Value::Number(_) => Ok(v),
            _ => Err(format!("cannot parse {text:?} as a number")),
        },
        Some("timestamp") => yaml_timestamp(&text)
            .map(Value::string)
            .ok_or_else(|| format!("cannot parse {text:?} as a timestamp")),
        Some(other) => Err(format!("unsupported YAML tag {other:?}")),
    }
}

fn yaml_plain(text: &str) -> FnResult {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Ok(Value::Null),
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            return Ok(Value::Bool(true));
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            return Ok(Value::Bool(false));
        }
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF"
        | ".nan" | ".NaN" | ".NAN" => {
            return Err("infinity and NaN are not supported".to_string());
        }
        _ => {}
    }
    let first = text.as_bytes().first().copied().unwrap_or(b' ');
    if !(first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.')) {
        return Ok(Value::string(text));
    }
    if let Some(timestamp) = yaml_timestamp(text) {
        return Ok(Value::string(timestamp));
    }
    if let Some(n) = parse_number(text) {
        return Ok(Value::Number(n));
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let radix = |prefix: &str, radix: u32| {
        digits
            .strip_prefix(prefix)
            .and_then(|d| i64::from_str_radix(d, radix).ok())
    };
    Ok(match radix("0x", 16).or_else(|| radix("0o", 8)) {
        Some(n) if negative => Value::Number(-(n as f64)),
        Some(n) => Value::Number(n as f64),
        None => Value::string(text),
    })
}

/// A YAML timestamp as Terraform turns it into RFC 3339: dates and RFC 3339 times.
fn yaml_timestamp(text: &str) -> Option<String> {
    if text.len() < 8
        || !text.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        || text.as_bytes()[4] != b'-'
    {
        return None;
    }
    if let Ok(time) = parse_time(&Value::string(text)) {
        return Some(time.rfc3339());
    }
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    let field = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<i64>().ok())
            .flatten()
    };
    let (year, month, day) = (field(year, 4)?, field(month, 2)?, field(day, 2)?);
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}T00:00:00Z"))
}

/// YAML as Terraform writes it: block style, keys and strings double-quoted, multi-line
/// strings as literal blocks, a document end marker after a lone plain scalar.
fn yaml_encode(value: &Value) -> Result<String, String> {
    let mut out = String::new();
    let plain = yaml_node(value, 0, &mut out)?;
    if plain {
        out.push_str("...\n");
    }
    if out.len() > MAX_STRING {
        return Err(format!("the result is longer than {MAX_STRING} bytes"));
    }
    Ok(out)
}

/// Writes a node at the cursor, ending with a line break; `indent` is the indentation of the
/// collection holding it. True for a plain scalar.
fn yaml_node(value: &Value, indent: usize, out: &mut String) -> Result<bool, String> {
    match value {
        Value::List(items) if !items.is_empty() => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(&" ".repeat(indent));
                }
                out.push_str("- ");
                yaml_node(item, indent + 2, out)?;
            }
            Ok(false)
        }
        Value::Object(map) | Value::Block(map) if !map.is_empty() => {
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(&" ".repeat(indent));
                }
                yaml_double_quoted(key, indent, false, out);
                out.push(':');
                match item {
                    Value::List(items) if !items.is_empty() => {
                        out.push('\n');
                        out.push_str(&" ".repeat(indent));
                        yaml_node(item, indent, out)?;
                    }
                    Value::Object(inner) | Value::Block(inner) if !inner.is_empty() => {
                        out.push('\n');
                        out.push_str(&" ".repeat(indent + 2));
                        yaml_node(item, indent + 2, out)?;
                    }
                    _ => {
                        out.push(' ');
                        yaml_node(item, indent + 2, out)?;
                    }
                }
            }
            Ok(false)
        }
        Value::List(_) => {
            out.push_str("[]\n");
            Ok(false)
        }
        Value::Object(_) | Value::Block(_) | Value::Configured(_) => {
            out.push_str("{}\n");
            Ok(false)
        }
        Value::String(s) => {
            if yaml_literal_allowed(s) {
                yaml_literal(s, indent.max(2), out);
            } else {
                yaml_double_quoted(s, indent.max(2), true, out);
                out.push('\n');
            }
            Ok(false)
        }
        Value::Number(n) if !n.is_finite() => Err("cannot encode an infinite number".to_string()),
        other => {
            let text = match other {
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => format_number(*n),
                _ => "null".to_string(),
            };
            out.push_str(&text);
            out.push('\n');
            Ok(true)
        }
    }
}

/// What YAML calls printable; anything else must be escaped in a double-quoted scalar.
fn yaml_printable(c: char) -> bool {
    matches!(c, '\n' | '\u{20}'..='\u{7e}' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
        && c != '\u{feff}'
}

/// Literal block style needs a line break, printable text and no space before a break.
fn yaml_literal_allowed(s: &str) -> bool {
    s.contains('\n')
        && !s.ends_with(' ')
        && !s.contains(" \n")
        && s.chars()
            .all(|c| yaml_printable(c) && !matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}'))
}

fn yaml_literal(s: &str, indent: usize, out: &mut String) {
    let trailing = s.len() - s.trim_end_matches('\n').len();
    let chomp = match trailing {
        0 => "-",
        1 => "",
        _ => "+",
    };
    let hint = if s.starts_with([' ', '\n']) { "2" } else { "" };
    out.push_str(&format!("|{hint}{chomp}\n"));
    let mut line_start = true;
    for c in s.chars() {
        if c == '\n' {
            out.push('\n');
            line_start = true;
        } else {
            if line_start {
                out.push_str(&" ".repeat(indent));
                line_start = false;
            }
            out.push(c);
        }
    }
    if !line_start {
        out.push('\n');
    }
}

/// A double-quoted scalar with YAML's escapes, folded at spaces past column 80 as libyaml
/// folds it (`breaks`), continuing at `indent`.
fn yaml_double_quoted(s: &str, indent: usize, breaks: bool, out: &mut String) {
    let line_start = out.rfind('\n').map_or(0, |i| i + 1);
    let mut column = out[line_start..].chars().count();
    out.push('"');
    column += 1;
    let chars: Vec<char> = s.chars().collect();
    let mut spaces = false;
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            '\0' => Some("\\0".to_string()),
            '\u{7}' => Some("\\a".to_string()),
            '\u{8}' => Some("\\b".to_string()),
            '\t' => Some("\\t".to_string()),
            '\n' => Some("\\n".to_string()),
            '\u{b}' => Some("\\v".to_string()),
            '\u{c}' => Some("\\f".to_string()),
            '\r' => Some("\\r".to_string()),
            '\u{1b}' => Some("\\e".to_string()),
            '"' => Some("\\\"".to_string()),
            '\\' => Some("\\\\".to_string()),
            '\u{85}' => Some("\\N".to_string()),
            '\u{2028}' => Some("\\L".to_string()),
            '\u{2029}' => Some("\\P".to_string()),
            c if !yaml_printable(c) && (c as u32) <= 0xff => Some(format!("\\x{:02X}", c as u32)),
            c if !yaml_printable(c) => Some(format!("\\u{:04X}", c as u32)),
            _ => None,
        };
        if let Some(escape) = escape {
            column += escape.len();
            out.push_str(&escape);
            spaces = false;
        } else if c == ' ' && breaks && !spaces && column > 80 && i != 0 && i + 1 != chars.len() {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            column = indent;
            if chars.get(i + 1) == Some(&' ') {
                out.push('\\');
                column += 1;
            }
            spaces = true;
        } else {
            out.push(c);
            column += 1;
            spaces = c == ' ';
        }
    }
    out.push('"');
}

/// RFC 4180 CSV as Go reads it: the first line names the columns, every line has as many
/// fields, quotes only around whole fields, blank lines skipped.
fn csv_decode(text: &str) -> FnResult {
    let mut records = csv_records(text)?.into_iter();
    let header = records.next().ok_or("missing header line")?;
    let mut seen = HashSet::new();
    if let Some(dup) = header.iter().find(|name| !seen.insert(name.as_str())) {
        return Err(format!("duplicate column name {dup:?}"));
    }
    let rows = records
        .enumerate()
        .map(|(i, record)| {
            if record.len() != header.len() {
                return Err(format!("record {} has the wrong number of fields", i + 1));
            }
            let row = header
                .iter()
                .cloned()
                .zip(record.into_iter().map(Value::string));
            Ok(Value::object(row.collect()))
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Value::list(rows))
}

fn csv_records(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix('\n'))
        {
            rest = after;
            continue;
        }
        let mut fields = Vec::new();
        loop {
            let (field, after) = match rest.strip_prefix('"') {
                Some(quoted) => csv_quoted(quoted)?,
                None => csv_plain(rest)?,
            };
            fields.push(field);
            match after.strip_prefix(',') {
                Some(next) => rest = next,
                None => {
                    rest = after
                        .strip_prefix("\r\n")
                        .or_else(|| after.strip_prefix('\n'))
                        .unwrap_or(after);
                    break;
                }
            }
        }
        records.push(fields);
        if records.len() > MAX_COLLECTION {
            return Err(format!("more than {MAX_COLLECTION} records"));
        }
    }
    Ok(records)
}

/// An unquoted field, up to the next comma or line end.
fn csv_plain(s: &str) -> Result<(String, &str), String> {
    let end = s.find([',', '\n']).unwrap_or(s.len());
    let (mut field, rest) = s.split_at(end);
    if field.contains('"') {
        return Err("bare \" in non-quoted field".to_string());
    }
    if !rest.starts_with(',') {
        field = field.strip_suffix('\r').unwrap_or(field);
    }
    Ok((field.to_string(), rest))
}

/// A quoted field, after its opening quote: `""` is a quote, CRLF reads as LF.
fn csv_quoted(s: &str) -> Result<(String, &str), String> {
    let mut field = String::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let after = s.get(i + c.len_utf8()..).unwrap_or("");
        match c {
            '"' if after.starts_with('"') => {
                field.push('"');
                chars.next();
            }
            '"' if after.is_empty()
                || after.starts_with([',', '\n'])
                || after.starts_with("\r\n") =>
            {
                return Ok((field, after));
            }
            '"' => break,
            '\r' if after.starts_with('\n') => {}
            c => field.push(c),
        }
    }
    Err("extraneous or missing \" in quoted-field".to_string())
}

// ---------------------------------------------------------------------------------------------
// Hashes

fn hashing(name: &str, args: &[Value]) -> Option<FnResult> {
    let (algorithm, base64) = match name {
        "md5" | "sha1" | "sha256" | "sha512" => (name, false),
        "base64sha256" => ("sha256", true),
        "base64sha512" => ("sha512", true),
        "uuidv5" => return Some(uuidv5(args)),
        "rsadecrypt" => return Some(rsa_decrypt(args)),
        _ => return None,
    };
    Some(one_string(args).map(|s| {
        let digest = hash_bytes(algorithm, s.as_bytes());
        Value::string(if base64 {
            base64_encode(&digest)
        } else {
            hex(&digest)
        })
    }))
}

/// `rsadecrypt(ciphertext, privatekey)`: base64 ciphertext, PKCS#1 v1.5 padding, and an
/// unencrypted PEM key (PKCS#1 or PKCS#8).
fn rsa_decrypt(args: &[Value]) -> FnResult {
    use rsa::pkcs1::DecodeRsaPrivateKey;
    use rsa::pkcs8::DecodePrivateKey;
    let [Value::String(ciphertext), Value::String(pem)] = arity::<2>(args)? else {
        return Err("expects a ciphertext and a private key as strings".to_string());
    };
    let key = rsa::RsaPrivateKey::from_pkcs1_pem(pem)
        .or_else(|_| rsa::RsaPrivateKey::from_pkcs8_pem(pem))
        .map_err(|e| format!("failed to parse the private key: {e}"))?;
    let plain = key
        .decrypt(rsa::Pkcs1v15Encrypt, &base64_decode(ciphertext)?)
        .map_err(|e| format!("failed to decrypt: {e}"))?;
    utf8(plain)
}

fn hash_bytes(algorithm: &str, data: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    match algorithm {
        "md5" => md5::Md5::digest(data).to_vec(),
        "sha1" => sha1::Sha1::digest(data).to_vec(),
        "sha512" => sha2::Sha512::digest(data).to_vec(),
        _ => sha2::Sha256::digest(data).to_vec(),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A name-based (SHA-1) UUID in one of the well-known namespaces or a given one.
fn uuidv5(args: &[Value]) -> FnResult {
    let [namespace, name] = arity(args)?;
    let (namespace, name) = (string(namespace)?, string(name)?);
    let namespace = match namespace.as_str() {
        "dns" => "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
        "url" => "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
        "oid" => "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
        "x500" => "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
        other => other,
    };
    let namespace = parse_uuid(namespace)
        .ok_or_else(|| format!("uuidv5() doesn't support namespace {namespace:?}"))?;
    let mut hash = hash_bytes("sha1", &[namespace.as_slice(), name.as_bytes()].concat());
    hash.truncate(16);
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    let h = hex(&hash);
    Ok(Value::string(format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )))
}

/// A UUID in any of the forms Go's `uuid.Parse` reads: plain hex, hyphenated, braced or URN.
fn parse_uuid(s: &str) -> Option<Vec<u8>> {
    let s = s
        .strip_prefix("urn:uuid:")
        .or_else(|| s.strip_prefix('{').and_then(|b| b.strip_suffix('}')))
        .unwrap_or(s);
    let hyphens_ok = match s.len() {
        32 => !s.contains('-'),
        36 => [8, 13, 18, 23]
            .iter()
            .all(|i| s.as_bytes().get(*i) == Some(&b'-')),
        _ => false,
    };
    let digits: Vec<u8> = s
        .chars()
        .filter(|c| *c != '-')
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    (hyphens_ok && digits.len() == 32).then(|| digits.chunks(2).map(|p| p[0] << 4 | p[1]).collect())
}

// ---------------------------------------------------------------------------------------------
// IP networks

/// A network as Terraform reads a CIDR: the address masked to its prefix, in a `bits`-wide
/// space (32 for IPv4, 128 for IPv6).
#[derive(Clone, Copy)]
struct Cidr {
    addr: u128,
    bits: u32,
    prefix: u32,
}

impl Cidr {
    fn host_mask(bits: u32, prefix: u32) -> u128 {
        let host = bits.saturating_sub(prefix);
        if host >= 128 {
            u128::MAX
        } else {
            (1u128 << host) - 1
        }
    }

    fn width_mask(&self) -> u128 {
        Cidr::host_mask(self.bits, 0)
    }

    fn with_prefix(self, addr: u128, prefix: u32) -> Cidr {
        let addr = addr & self.width_mask() & !Cidr::host_mask(self.bits, prefix);
        Cidr {
            addr,
            prefix,
            ..self
        }
    }

    fn last(&self) -> u128 {
        self.addr | Cidr::host_mask(self.bits, self.prefix)
    }

    fn contains(&self, addr: u128) -> bool {
        addr & !Cidr::host_mask(self.bits, self.prefix) == self.addr
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", ip_string(self.addr, self.bits), self.prefix)
    }
}

fn network(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "cidrhost" => cidrhost(args),
        "cidrnetmask" => cidrnetmask(args),
        "cidrsubnet" => cidrsubnet(args),
        "cidrsubnets" => cidrsubnets(args),
        _ => return None,
    })
}

fn parse_cidr(value: &Value) -> Result<Cidr, String> {
    let text = string(value)?;
    let invalid = || format!("invalid CIDR address {text:?}");
    let (ip, len) = text.split_once('/').ok_or_else(invalid)?;
    let (addr, bits) = parse_ip(ip).ok_or_else(invalid)?;
    let prefix = (!len.is_empty() && len.bytes().all(|c| c.is_ascii_digit()))
        .then(|| len.parse::<u32>().ok())
        .flatten()
        .filter(|p| *p <= bits)
        .ok_or_else(invalid)?;
    let network = Cidr {
        addr: 0,
        bits,
        prefix,
    };
    Ok(network.with_prefix(addr, prefix))
}

/// IPv4 as Terraform reads it (decimal octets, leading zeros allowed) or IPv6.
fn parse_ip(s: &str) -> Option<(u128, u32)> {
    let octets: Vec<&str> = s.split('.').collect();
    if octets.len() == 4 && !s.contains(':') {
        let mut addr = 0u128;
        for octet in octets {
            if octet.is_empty() || octet.len() > 8 || !octet.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            addr = addr << 8 | u128::from(octet.parse::<u8>().ok()?);
        }
        return Some((addr, 32));
    }
    s.parse::<std::net::Ipv6Addr>()
        .ok()
        .map(|a| (u128::from(a), 128))
}

/// An address as Go prints it: IPv4-mapped IPv6 addresses in dotted form.
fn ip_string(addr: u128, bits: u32) -> String {
    if bits == 32 || addr >> 32 == 0xffff {
        std::net::Ipv4Addr::from(addr as u32).to_string()
    } else {
        std::net::Ipv6Addr::from(addr).to_string()
    }
}

/// A whole number argument in `i128`, for host and network numbers.
fn wide_integer(value: &Value) -> Result<i128, String> {
    let n = number(value)?;
    if n.fract() != 0.0 || !n.is_finite() || n.abs() >= 1.7e38 {
        return Err(format!(
            "{} is not a whole number in range",
            format_number(n)
        ));
    }
    Ok(n as i128)
}

fn cidrhost(args: &[Value]) -> FnResult {
    let [prefix, host] = arity(args)?;
    let (network, host) = (parse_cidr(prefix)?, wide_integer(host)?);
    let max = Cidr::host_mask(network.bits, network.prefix);
    let offset = if host < 0 {
        (host.unsigned_abs() - 1 <= max).then(|| max - (host.unsigned_abs() - 1))
    } else {
        (host.unsigned_abs() <= max).then_some(host.unsigned_abs())
    };
    let offset = offset.ok_or_else(|| {
        format!(
            "prefix of {} does not accommodate a host numbered {host}",
            network.prefix
        )
    })?;
    Ok(Value::string(ip_string(
        network.addr | offset,
        network.bits,
    )))
}

fn cidrnetmask(args: &[Value]) -> FnResult {
    let [prefix] = arity(args)?;
    let network = parse_cidr(prefix)?;
    if network.bits != 32 {
        return Err("only IPv4 networks have a netmask".to_string());
    }
    let mask = network.width_mask() & !Cidr::host_mask(32, network.prefix);
    Ok(Value::string(ip_string(mask, 32)))
}

/// Terraform's `cidrsubnet`, including what it makes of a negative network number: the
/// two's-complement OR of the number into the address, as its big-integer arithmetic does.
fn cidrsubnet(args: &[Value]) -> FnResult {
    let [prefix, newbits, netnum] = arity(args)?;
    let network = parse_cidr(prefix)?;
    let (newbits, netnum) = (integer(newbits)?, wide_integer(netnum)?);
    let new_prefix = u32::try_from(newbits)
        .ok()
        .and_then(|b| b.checked_add(network.prefix))
        .filter(|p| *p <= network.bits)
        .ok_or_else(|| {
            format!(
                "insufficient address space to extend prefix of {} by {newbits}",
                network.prefix
            )
        })?;
    let bit_len = 128 - netnum.unsigned_abs().leading_zeros();
    if i64::from(bit_len) > newbits {
        return Err(format!(
            "prefix extension of {newbits} does not accommodate a subnet numbered {netnum}"
        ));
    }
    let shift = network.bits - new_prefix;
    let shifted = if bit_len == 0 {
        0
    } else {
        (netnum as u128) << shift
    };
    let addr = if netnum < 0 {
        let combined = network.addr | shifted;
        let magnitude = (!combined).wrapping_add(1);
        if combined == 0 || magnitude > network.width_mask() {
            return Err(format!("network number {netnum} is out of range"));
        }
        magnitude
    } else {
        network.addr | shifted
    };
    Ok(Value::string(
        network.with_prefix(addr, new_prefix).to_string(),
    ))
}

/// Consecutive subnets of the given extra prefix lengths, each aligned after the last.
fn cidrsubnets(args: &[Value]) -> FnResult {
    at_least(args, 1)?;
    let network = parse_cidr(&args[0])?;
    let lengths = args[1..]
        .iter()
        .map(integer)
        .collect::<Result<Vec<_>, _>>()?;
    let Some(first) = lengths.first() else {
        return Ok(Value::list(Vec::new()));
    };
    let prefix_for = |extra: i64| -> Result<u32, String> {
        if extra < 1 {
            return Err("must extend prefix by at least one bit".to_string());
        }
        if extra > 32 {
            return Err("may not extend prefix by more than 32 bits".to_string());
        }
        let prefix = network.prefix + extra as u32;
        if prefix > network.bits {
            return Err(format!(
                "would extend prefix to {prefix} bits, which is too long for this address family"
            ));
        }
        Ok(prefix)
    };
    let first_prefix = prefix_for(*first)?;
    let mut current = network.with_prefix(network.addr.wrapping_sub(1), first_prefix);
    let mut out = Vec::new();
    for extra in &lengths {
        let prefix = prefix_for(*extra)?;
        let aligned = network.with_prefix(current.last(), prefix);
        let next_addr = aligned.last().wrapping_add(1) & network.width_mask();
        let next = network.with_prefix(next_addr, prefix);
        if next_addr == 0 || !network.contains(next.addr) {
            return Err(format!(
                "not enough remaining address space for a subnet with a prefix of {prefix} bits after {current}"
            ));
        }
        current = next;
        out.push(Value::string(current.to_string()));
    }
    Ok(Value::list(out))
}

// ---------------------------------------------------------------------------------------------
// Dates and times

/// An instant with the UTC offset it was written in.
#[derive(Clone, Copy)]
struct Time {
    /// Seconds since 1970-01-01T00:00:00Z.
    seconds: i64,
    nanos: u32,
    /// Seconds east of UTC.
    offset: i64,
}

/// The civil date, time of day and weekday (0 = Sunday) of a time in its own offset.
struct Civil {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: i64,
}

impl Time {
    fn civil(&self) -> Civil {
        let local = self.seconds + self.offset;
        let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: secs / 3600,
            minute: secs / 60 % 60,
            second: secs % 60,
            weekday: (days + 4).rem_euclid(7),
        }
    }

    /// RFC 3339 without fractional seconds, in the time's own offset.
    fn rfc3339(&self) -> String {
        let c = self.civil();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}",
            c.year,
            c.month,
            c.day,
            c.hour,
            c.minute,
            c.second,
            self.zone(true, true)
        )
    }

    /// The UTC offset as `+hh:mm` (`colon`) or `+hhmm`, or `Z` for UTC when `z` says so.
    fn zone(&self, colon: bool, z: bool) -> String {
        if z && self.offset == 0 {
            return "Z".to_string();
        }
        let sign = if self.offset < 0 { '-' } else { '+' };
        let minutes = self.offset.abs() / 60;
        let sep = if colon { ":" } else { "" };
        format!("{sign}{:02}{sep}{:02}", minutes / 60, minutes % 60)
    }
}

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// An RFC 3339 timestamp, as strictly as Go's `time.Parse` reads one.
fn parse_time(value: &Value) -> Result<Time, String> {
    let text = string(value)?;
    let invalid = || format!("not a valid RFC3339 timestamp: {text:?}");
    let b = text.as_bytes();
    let field = |at: usize, len: usize| -> Option<i64> {
        let digits = b.get(at..at + len)?;
        digits.iter().try_fold(0i64, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
        })
    };
    let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if !separators.iter().all(|(i, c)| b.get(*i) == Some(c)) {
        return Err(invalid());
    }
    let [year, month, day, hour, minute, second] =
        [(0, 4), (5, 2), (8, 2), (11, 2), (14, 2), (17, 2)].map(|(at, len)| field(at, len));
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) =
        (year, month, day, hour, minute, second)
    else {
        return Err(invalid());
    };
    if !(1..=12).contains(&month)
        || !(1..=days_in_month(year, month)).contains(&day)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return Err(invalid());
    }
    let mut at = 19;
    let mut nanos = 0u32;
    if b.get(at) == Some(&b'.') {
        let digits = b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits == 0 {
            return Err(invalid());
        }
        for i in 0..9 {
            let d = if i < digits { b[at + 1 + i] - b'0' } else { 0 };
            nanos = nanos * 10 + u32::from(d);
        }
        at += 1 + digits;
    }
    let offset = match (b.get(at), b.len() - at) {
        (Some(b'Z'), 1) => 0,
        (Some(sign @ (b'+' | b'-')), 6) if b[at + 3] == b':' => {
            let (h, m) = (
                field(at + 1, 2).ok_or_else(invalid)?,
                field(at + 4, 2).ok_or_else(invalid)?,
            );
            if h > 23 || m > 59 {
                return Err(invalid());
            }
            (h * 3600 + m * 60) * if *sign == b'-' { -1 } else { 1 }
        }
        _ => return Err(invalid()),
    };
    let local = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    Ok(Time {
        seconds: local - offset,
        nanos,
        offset,
    })
}

/// A Go duration (`1h30m`, `-1.5h`, `300ms`) in nanoseconds.
fn parse_duration(text: &str) -> Result<i128, String> {
    let invalid = || format!("invalid duration {text:?}");
    let (negative, mut rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if rest == "0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return Err(invalid());
    }
    let mut total: i128 = 0;
    while !rest.is_empty() {
        let number_len = rest
            .bytes()
            .take_while(|c| c.is_ascii_digit() || *c == b'.')
            .count();
        let (number, after) = rest.split_at(number_len);
        let unit_len = after
            .bytes()
            .take_while(|c| !(c.is_ascii_digit() || *c == b'.'))
            .count();
        let (unit, after) = after.split_at(unit_len);
        let unit: i128 = match unit {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return Err(invalid()),
        };
        let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
        if (whole.is_empty() && fraction.is_empty()) || fraction.contains('.') {
            return Err(invalid());
        }
        let whole: i128 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| invalid())?
        };
        let fraction: f64 = format!("0.{fraction}0").parse().map_err(|_| invalid())?;
        total = whole
            .checked_mul(unit)
            .and_then(|w| w.checked_add((fraction * unit as f64) as i128))
            .and_then(|v| total.checked_add(v))
            .filter(|t| *t <= i128::from(i64::MAX))
            .ok_or_else(invalid)?;
        rest = after;
    }
    Ok(if negative { -total } else { total })
}

fn datetime(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "formatdate" => arity::<2>(args).and_then(|[spec, time]| {
            formatdate(&string(spec)?, &parse_time(time)?).map(Value::string)
        }),
        "timeadd" => arity::<2>(args).and_then(|[time, duration]| {
            let time = parse_time(time)?;
            let nanos = i128::from(time.seconds) * 1_000_000_000
                + i128::from(time.nanos)
                + parse_duration(&string(duration)?)?;
            let seconds = i64::try_from(nanos.div_euclid(1_000_000_000))
                .map_err(|_| "the result is out of range")?;
            let nanos = nanos.rem_euclid(1_000_000_000) as u32;
            Ok(Value::string(
                Time {
                    seconds,
                    nanos,
                    ..time
                }
                .rfc3339(),
            ))
        }),
        "timecmp" => arity::<2>(args).and_then(|[a, b]| {
            let (a, b) = (parse_time(a)?, parse_time(b)?);
            let order = (a.seconds, a.nanos).cmp(&(b.seconds, b.nanos));
            Ok(Value::Number(order as i8 as f64))
        }),
        _ => return None,
    })
}

/// Splits a `formatdate` format as Terraform does: quoted literals (`''` inside one is a
/// quote), runs of one letter, and other text.
fn date_tokens(spec: &str) -> Vec<&str> {
    let b = spec.as_bytes();
    let mut tokens = Vec::new();
    let mut start = 0;
    while start < b.len() {
        let rest = &b[start..];
        let len = if rest[0] == b'\'' {
            if rest.get(1) == Some(&b'\'') {
                2
            } else {
                let mut i = 1;
                let mut end = rest.len();
                while i < rest.len() {
                    if rest[i] == b'\'' {
                        if rest.get(i + 1) != Some(&b'\'') {
                            end = i + 1;
                            break;
                        }
                        i += 1;
                    }
                    i += 1;
                }
                end
            }
        } else if rest[0].is_ascii_alphabetic() {
            rest.iter().take_while(|c| **c == rest[0]).count()
        } else {
            rest.iter()
                .skip(1)
                .position(|c| *c == b'\'' || c.is_ascii_alphabetic())
                .map_or(rest.len(), |p| p + 1)
        };
        tokens.extend(spec.get(start..start + len));
        start += len;
    }
    tokens
}

fn formatdate(spec: &str, time: &Time) -> Result<String, String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const DAYS: [&str; 7] = [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ];
    let c = time.civil();
    let mut out = String::new();
    for token in date_tokens(spec) {
        let first = token.chars().next().unwrap_or(' ');
        if first == '\'' {
            if token.len() == 1 || !token.ends_with('\'') {
                return Err("unterminated literal '".to_string());
            }
            if token.len() == 2 {
                out.push('\'');
            } else {
                out.push_str(&token[1..token.len() - 1].replace("''", "'"));
            }
            continue;
        }
        if !first.is_ascii_alphabetic() {
            out.push_str(token);
            continue;
        }
        let twelve = if c.hour % 12 == 0 { 12 } else { c.hour % 12 };
        let month = MONTHS[(c.month - 1).clamp(0, 11) as usize];
        let weekday = DAYS[c.weekday.clamp(0, 6) as usize];
        let text = match (first, token.len()) {
            ('Y', 2) => format!("{:02}", c.year.rem_euclid(100)),
            ('Y', 4) => format!("{:04}", c.year),
            ('M', 1) => c.month.to_string(),
            ('M', 2) => format!("{:02}", c.month),
            ('M', 3) => month[..3].to_string(),
            ('M', 4) => month.to_string(),
            ('D', 1) => c.day.to_string(),
            ('D', 2) => format!("{:02}", c.day),
            ('E', 3) => weekday[..3].to_string(),
            ('E', 4) => weekday.to_string(),
            ('h', 1) => c.hour.to_string(),
            ('h', 2) => format!("{:02}", c.hour),
            ('H', 1) => twelve.to_string(),
            ('H', 2) => format!("{twelve:02}"),
            ('A', 2) => (if c.hour < 12 { "AM" } else { "PM" }).to_string(),
            ('a', 2) => (if c.hour < 12 { "am" } else { "pm" }).to_string(),
            ('m', 1) => c.minute.to_string(),
            ('m', 2) => format!("{:02}", c.minute),
            ('s', 1) => c.second.to_string(),
            ('s', 2) => format!("{:02}", c.second),
            ('Z', 1) => time.zone(true, true),
            ('Z', 3) if time.offset == 0 => "UTC".to_string(),
            ('Z', 3 | 4) => time.zone(false, false),
            ('Z', 5) => time.zone(true, false),
            _ => return Err(format!("invalid date format verb {token:?}")),
        };
        out.push_str(&text);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Type conversion

fn conversion(name: &str, args: &[Value]) -> Option<FnResult> {
    CONVERSIONS
        .contains(&name)
        .then(|| arity::<1>(args).and_then(|[value]| convert(name, value)))
}

fn convert(name: &str, value: &Value) -> FnResult {
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
fn conversion_waits_on_unknown(collection: &Value) -> bool {
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

const CONVERSIONS: &[&str] = &[
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
        assert!(call("range", &[Value::Number(f64::NAN)]).is_err());
    }

    #[test]
    fn format_verbs() {
        assert_eq!(
            call("format", &[s("%s-%03d"), s("a"), Value::Number(7.0)]),
            Ok(s("a-007"))
        );
    }

    #[test]
    fn sizes_are_bounded() {
        let huge = Value::Number(1e12);
        assert!(call("indent", &[huge.clone(), s("a\nb")]).is_err());
        assert!(call("format", &[s("%999999999d"), Value::Number(1.0)]).is_err());
        let list = Value::list((0..2000).map(|i| Value::Number(i as f64)).collect());
        assert!(call("setproduct", &[list.clone(), list]).is_err());
    }

    #[test]
    fn hostile_arguments_give_errors() {
        let n = |x: f64| Value::Number(x);
        assert!(call("cidrsubnet", &[s("10.0.0.0/8"), n(200.0), n(1.0)]).is_err());
        assert!(call("cidrhost", &[s("::/0"), n(1e39)]).is_err());
        assert!(call("substr", &[s("abc"), n(-9e18), n(1.0)]).is_ok());
        assert!(call("timeadd", &[s("2017-11-22T00:00:00Z"), s("9999999999h")]).is_err());
        assert!(call("parseint", &[s("z".repeat(400).as_str()), n(36.0)]).is_err());
        assert!(call("element", &[Value::list(vec![n(1.0)]), n(-1.0)]).is_err());
        let long = s(&"a".repeat(1000));
        assert!(call("replace", &[long, s(""), s(&"b".repeat(100_000))]).is_err());
    }

    #[test]
    fn yaml_bombs_are_refused() {
        let mut bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n".to_string();
        for i in 1..8 {
            let refs = vec![format!("*a{}", i - 1); 10].join(", ");
            bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        assert!(call("yamldecode", &[s(&bomb)]).is_err());
        let deep = format!("{}{}", "[".repeat(500), "]".repeat(500));
        assert!(call("yamldecode", &[s(&deep)]).is_err());
    }

    #[test]
    fn rsadecrypt_matches_terraform() {
        // Key and ciphertext made with openssl; Terraform 1.11's rsadecrypt gave the text.
        let key = include_str!("../../testdata/functions/rsadecrypt/key.pem");
        let ciphertext = include_str!("../../testdata/functions/rsadecrypt/ciphertext.b64");
        let expected = include_str!("../../testdata/functions/rsadecrypt/expected.txt");
        assert_eq!(
            call(
                "rsadecrypt",
                &[Value::string(ciphertext.trim()), Value::string(key)]
            ),
            Ok(Value::string(expected))
        );
        assert!(call("rsadecrypt", &[Value::string("AAAA"), Value::string(key)]).is_err());
        assert!(
            call(
                "rsadecrypt",
                &[Value::string("AAAA"), Value::string("not a key")]
            )
            .is_err()
        );
    }
}
