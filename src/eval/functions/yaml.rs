//! The YAML reader and writer behind `yamldecode` and `yamlencode`.

use super::*;

/// A collection being read, innermost last, with the number of nodes in it so far (aliases
/// count what they repeat, so an alias bomb is refused).
pub(super) struct YamlFrame {
    kind: YamlKind,
    anchor: usize,
    nodes: usize,
}

pub(super) enum YamlKind {
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
pub(super) fn yaml_decode(text: &str) -> FnResult {
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

pub(super) fn yaml_key(value: &Value) -> Result<String, String> {
    match value {
        Value::String(_) | Value::Bool(_) | Value::Number(_) => string(value),
        _ => Err("only strings are allowed as mapping keys".to_string()),
    }
}

/// A scalar as Terraform resolves it: quoted scalars are strings, plain ones may be null,
/// bools (YAML 1.1 spellings), numbers or timestamps; tags force a type.
pub(super) fn yaml_scalar_value(
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

pub(super) fn yaml_plain(text: &str) -> FnResult {
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
pub(super) fn yaml_timestamp(text: &str) -> Option<String> {
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
pub(super) fn yaml_encode(value: &Value) -> Result<String, String> {
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
pub(super) fn yaml_node(value: &Value, indent: usize, out: &mut String) -> Result<bool, String> {
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
pub(super) fn yaml_printable(c: char) -> bool {
    matches!(c, '\n' | '\u{20}'..='\u{7e}' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
        && c != '\u{feff}'
}

/// Literal block style needs a line break, printable text and no space before a break.
pub(super) fn yaml_literal_allowed(s: &str) -> bool {
    s.contains('\n')
        && !s.ends_with(' ')
        && !s.contains(" \n")
        && s.chars()
            .all(|c| yaml_printable(c) && !matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}'))
}

pub(super) fn yaml_literal(s: &str, indent: usize, out: &mut String) {
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
pub(super) fn yaml_double_quoted(s: &str, indent: usize, breaks: bool, out: &mut String) {
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
pub(super) fn csv_decode(text: &str) -> FnResult {
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

pub(super) fn csv_records(text: &str) -> Result<Vec<Vec<String>>, String> {
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
pub(super) fn csv_plain(s: &str) -> Result<(String, &str), String> {
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
pub(super) fn csv_quoted(s: &str) -> Result<(String, &str), String> {
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
