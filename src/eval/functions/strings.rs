//! String functions.

use super::*;

pub(super) fn strings(name: &str, args: &[Value]) -> Option<FnResult> {
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

pub(super) fn string_fn(args: &[Value], f: fn(&str) -> String) -> FnResult {
    Ok(Value::string(f(&one_string(args)?)))
}

pub(super) fn two_strings(args: &[Value], f: fn(&str, &str) -> Value) -> FnResult {
    let [a, b] = arity(args)?;
    Ok(f(&string(a)?, &string(b)?))
}

/// Go's simple case mappings: one character for one, unlike Rust's full mappings.
pub(super) fn simple_upper(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

pub(super) fn simple_lower(c: char) -> char {
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
pub(super) fn title(s: &str) -> String {
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

pub(super) fn chomp(s: &str) -> String {
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

pub(super) fn split(sep: &str, s: &str) -> Value {
    let parts: Vec<Value> = if sep.is_empty() {
        s.chars().map(|c| Value::string(c.to_string())).collect()
    } else {
        s.split(sep).map(Value::string).collect()
    };
    Value::list(parts)
}

pub(super) fn join(args: &[Value]) -> FnResult {
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

pub(super) fn indent(args: &[Value]) -> FnResult {
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
pub(super) fn substr(args: &[Value]) -> FnResult {
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

/// Compiled patterns, per thread: rules call `regex` with the same few patterns on every
/// resource, and compiling costs far more than matching, as does a clone's fresh match cache.
const REGEX_CACHE_SIZE: usize = 512;

thread_local! {
    static REGEX_CACHE: std::cell::RefCell<std::collections::HashMap<String, std::rc::Rc<regex::Regex>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

pub(super) fn compile_regex(pattern: &str) -> Result<std::rc::Rc<regex::Regex>, String> {
    if let Some(cached) = REGEX_CACHE.with(|c| c.borrow().get(pattern).cloned()) {
        return Ok(cached);
    }
    let compiled = std::rc::Rc::new(
        regex::RegexBuilder::new(&ascii_perl_classes(pattern))
            .size_limit(1 << 22)
            .build()
            .map_err(|e| format!("invalid regular expression: {e}"))?,
    );
    REGEX_CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        // A configuration that builds patterns from data could grow it without end.
        if cache.len() >= REGEX_CACHE_SIZE {
            cache.clear();
        }
        cache.insert(pattern.to_string(), compiled.clone());
    });
    Ok(compiled)
}

/// Go's regular expressions read `\d`, `\w`, `\s` and `\b` as ASCII, Rust's as Unicode:
/// spells them out as the ASCII classes Go means.
pub(super) fn ascii_perl_classes(pattern: &str) -> String {
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

pub(super) fn replace(args: &[Value]) -> FnResult {
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

pub(super) fn regex_fn(name: &str, args: &[Value]) -> FnResult {
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
