//! Finds `tfcomply:ignore` directives in a file's comments: HCL's `#`, `//` and `/* */`
//! comments, and the `"//"` comment properties of `.tf.json` files.

use crate::report::LineIndex;
use crate::syntax::Span;

pub const DIRECTIVE: &str = "tfcomply:ignore";

/// A rule a directive names, with the instance key it narrows to (`ENC001["eu"]` → `"eu"`).
pub type NamedRule = (String, Option<String>);

/// A directive as written, before its rules are checked against the catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    /// The comment (or the `"//"` property) holding it.
    pub span: Span,
    pub anchor: Anchor,
    pub rules: Vec<NamedRule>,
    /// Why a directive cannot apply (no reason, a malformed date...): it is reported instead.
    pub parsed: Result<Accepted, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub reason: String,
    /// `YYYY-MM-DD`.
    pub expires: Option<String>,
}

/// What a directive applies to.
#[derive(Debug, Clone, PartialEq)]
pub enum Anchor {
    /// The block, attribute or module call starting on this 0-based line.
    Line(usize),
    /// In JSON: a resource or `module` call whose object holds this offset, at any depth.
    Inside(usize),
}

/// The directives in a file: HCL comments, or JSON comment properties for `.tf.json`.
pub fn directives(text: &str, json: bool) -> Vec<Directive> {
    // Most files have none: one substring search spares them the lexing.
    if !text.contains(DIRECTIVE) {
        return Vec::new();
    }
    if json {
        json_directives(text)
    } else {
        hcl_directives(text)
    }
}

fn hcl_directives(text: &str) -> Vec<Directive> {
    let index = LineIndex::new(text);
    let comments = hcl_comments(text);
    comments
        .iter()
        .filter_map(|comment| {
            let body = comment_body(&text[comment.clone()]);
            let rest = body.trim_start().strip_prefix(DIRECTIVE)?;
            let line = anchor_line(text, &index, &comments, comment);
            Some(parse(rest, comment.clone(), Anchor::Line(line)))
        })
        .collect()
}

/// The text of a comment without its markers.
fn comment_body(comment: &str) -> &str {
    if let Some(block) = comment.strip_prefix("/*") {
        block.strip_suffix("*/").unwrap_or(block)
    } else {
        comment
            .strip_prefix('#')
            .or_else(|| comment.strip_prefix("//"))
            .unwrap_or(comment)
    }
}

/// The line a comment speaks of: its own when code shares the line (`encrypted = false #
/// tfcomply:ignore ...`, or `/* ... */ resource ...`), else the first line below it that is
/// not only comments. A blank line in between detaches it: it then anchors nothing.
fn anchor_line(text: &str, index: &LineIndex, comments: &[Span], comment: &Span) -> usize {
    let first = index.line_of(comment.start);
    let last = index.line_of(comment.end.saturating_sub(1).max(comment.start));
    let line_end = index.line_start(last + 1, text);
    if !text[comment.end..line_end].trim().is_empty() {
        return last;
    }
    if !text[index.line_start(first, text)..comment.start]
        .trim()
        .is_empty()
    {
        return first;
    }
    let mut line = last + 1;
    while line < index.lines() && only_comments(text, index, comments, line) {
        line += 1;
    }
    line
}

/// Whether a line holds comments and nothing else (blank lines do not count).
fn only_comments(text: &str, index: &LineIndex, comments: &[Span], line: usize) -> bool {
    let (start, end) = (
        index.line_start(line, text),
        index.line_start(line + 1, text),
    );
    // Comments are in file order: only those overlapping the line are looked at.
    let first = comments.partition_point(|c| c.end <= start);
    let mut at = start;
    let mut any = false;
    for comment in comments[first..].iter().take_while(|c| c.start < end) {
        if !text[at..comment.start.max(at)].trim().is_empty() {
            return false;
        }
        at = comment.end.min(end).max(at);
        any = true;
    }
    any && text[at..end].trim().is_empty()
}

/// The spans of the comments in HCL text, skipping strings (with their `${}` and `%{}`
/// templates, which may hold strings of their own) and heredocs, where `#` is text.
pub fn hcl_comments(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut comments = Vec::new();
    // For each template sequence open inside a string: the braces opened since.
    let mut templates: Vec<usize> = Vec::new();
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        let next = bytes.get(i + 1).copied();
        if in_string {
            match (bytes[i], next) {
                (b'\\', _) => i += 1,
                (b'"', _) => in_string = false,
                (b'$' | b'%', Some(b'{')) if i == 0 || bytes[i - 1] != bytes[i] => {
                    templates.push(0);
                    in_string = false;
                    i += 1;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        match (bytes[i], next) {
            (b'"', _) => in_string = true,
            (b'#', _) | (b'/', Some(b'/')) => {
                let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
                comments.push(i..end);
                i = end;
                continue;
            }
            (b'/', Some(b'*')) => {
                let end = text[i + 2..].find("*/").map_or(text.len(), |n| i + n + 4);
                comments.push(i..end);
                i = end;
                continue;
            }
            (b'<', Some(b'<')) => {
                if let Some(end) = heredoc_end(text, i) {
                    i = end;
                    continue;
                }
            }
            (b'{', _) => {
                if let Some(open) = templates.last_mut() {
                    *open += 1;
                }
            }
            (b'}', _) => match templates.last_mut() {
                Some(0) => {
                    templates.pop();
                    in_string = true;
                }
                Some(open) => *open -= 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    comments
}

/// Where the heredoc starting at `start` (`<<EOT` or `<<-EOT`, then a line break) ends: after
/// the line holding only its marker. `None` when this is not a heredoc.
fn heredoc_end(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start + 2..];
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let marker_len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let marker = &rest[..marker_len];
    let after = rest[marker_len..]
        .strip_prefix('\r')
        .unwrap_or(&rest[marker_len..]);
    if marker.is_empty() || !after.starts_with('\n') {
        return None;
    }
    let body_start = text.len() - after.len() + 1;
    let mut at = body_start;
    for line in text[body_start..].split_inclusive('\n') {
        at += line.len();
        if line.trim() == marker {
            return Some(at);
        }
    }
    Some(text.len())
}

/// `"//": "tfcomply:ignore ..."` properties: each applies to the resource or `module` call
/// whose object holds it.
fn json_directives(text: &str) -> Vec<Directive> {
    let strings = json_strings(text);
    strings
        .windows(2)
        .filter(|pair| {
            let (key, value) = (&pair[0], &pair[1]);
            &text[key.clone()] == "\"//\"" && text[key.end..value.start].trim() == ":"
        })
        .filter_map(|pair| {
            let value: String = serde_json::from_str(&text[pair[1].clone()]).ok()?;
            let rest = value.trim_start().strip_prefix(DIRECTIVE)?;
            let span = pair[0].start..pair[1].end;
            Some(parse(rest, span.clone(), Anchor::Inside(span.start)))
        })
        .collect()
}

/// The spans of the JSON text's strings, quotes included.
fn json_strings(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut strings = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            let start = i;
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            strings.push(start..(i + 1).min(bytes.len()));
        }
        i += 1;
    }
    strings
}

/// Parses what follows `tfcomply:ignore`: `RULE[,RULE…] reason="…" [expires=YYYY-MM-DD]`.
fn parse(text: &str, span: Span, anchor: Anchor) -> Directive {
    let (rules, rest) = split_rules(text.trim());
    let parsed = if rules.is_empty() {
        Err("names no rule: write `tfcomply:ignore RULE reason=\"why\"`".to_string())
    } else {
        settings(rest)
    };
    Directive {
        span,
        anchor,
        rules,
        parsed,
    }
}

/// The `reason` (required) and `expires` settings after the rules.
fn settings(mut rest: &str) -> Result<Accepted, String> {
    let mut reason = None;
    let mut expires = None;
    while !rest.trim().is_empty() {
        let (key, value, after) = key_value(rest.trim_start())?;
        match key {
            "reason" => reason = Some(value),
            "expires" => expires = Some(valid_date(&value)?),
            other => {
                return Err(format!(
                    "unknown setting `{other}`: only reason=\"…\" and expires=YYYY-MM-DD"
                ));
            }
        }
        rest = after;
    }
    match reason {
        Some(reason) if !reason.trim().is_empty() => Ok(Accepted {
            reason: reason.trim().to_string(),
            expires,
        }),
        _ => Err(
            "has no reason, so it suppresses nothing: add reason=\"why this is accepted\""
                .to_string(),
        ),
    }
}

/// The comma-separated rule list at the start, each rule with its optional `[key]`, and the
/// text after it.
fn split_rules(text: &str) -> (Vec<NamedRule>, &str) {
    let mut rules = Vec::new();
    let mut rest = text;
    loop {
        let name_len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        // `reason=` is a setting, not a rule.
        if name.is_empty() || rest[name_len..].starts_with('=') {
            break;
        }
        rest = &rest[name_len..];
        let mut key = None;
        if let Some(bracketed) = rest.strip_prefix('[') {
            let Some(close) = closing_bracket(bracketed) else {
                break;
            };
            key = Some(unquote(&bracketed[..close]));
            rest = &bracketed[close + 1..];
        }
        rules.push((name.to_string(), key));
        match rest.trim_start().strip_prefix(',') {
            Some(after) => rest = after.trim_start(),
            None => break,
        }
    }
    (rules, rest)
}

/// The `]` that closes an instance key, skipping a quoted key's contents.
fn closing_bracket(text: &str) -> Option<usize> {
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ']' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

/// An instance key as the address writes it, without the quotes: `"eu"` → `eu`, `0` → `0`.
pub fn unquote(key: &str) -> String {
    let key = key.trim();
    serde_json::from_str::<String>(key).unwrap_or_else(|_| key.to_string())
}

/// `key=value` or `key="quoted value"`, and the text after it.
fn key_value(text: &str) -> Result<(&str, String, &str), String> {
    let Some((key, rest)) = text.split_once('=') else {
        let word = text.split_whitespace().next().unwrap_or(text);
        return Err(format!(
            "unexpected `{word}`: settings are written key=\"value\""
        ));
    };
    let key = key.trim();
    if let Some(quoted) = rest.strip_prefix('"') {
        let mut escaped = false;
        for (i, c) in quoted.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    let value = serde_json::from_str(&rest[..i + 2])
                        .unwrap_or_else(|_| quoted[..i].to_string());
                    return Ok((key, value, &quoted[i + 1..]));
                }
                _ => {}
            }
        }
        return Err(format!("the value of {key} has no closing quote"));
    }
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    Ok((key, rest[..end].to_string(), &rest[end..]))
}

/// A calendar date written `YYYY-MM-DD`.
pub fn valid_date(text: &str) -> Result<String, String> {
    let error = || format!("expires={text} is not a date written YYYY-MM-DD");
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else {
        return Err(error());
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match (number(year, 4), number(month, 2), number(day, 2)) {
        (Some(_), Some(1..=12), Some(1..=31)) => Ok(text.to_string()),
        _ => Err(error()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(Vec<NamedRule>, Anchor)> {
        directives(text, false)
            .into_iter()
            .map(|d| (d.rules, d.anchor))
            .collect()
    }

    fn rule(name: &str) -> NamedRule {
        (name.to_string(), None)
    }

    #[test]
    fn a_comment_above_anchors_the_next_line_of_code() {
        let text = "# tfcomply:ignore ENC001 reason=\"x\"\n# more words\nresource \"a\" \"b\" {}\n";
        assert_eq!(lines(text), vec![(vec![rule("ENC001")], Anchor::Line(2))]);
    }

    #[test]
    fn a_trailing_comment_anchors_its_own_line() {
        let text = "resource \"a\" \"b\" {\n  x = 1 // tfcomply:ignore A,B reason=\"y\"\n}\n";
        assert_eq!(
            lines(text),
            vec![(vec![rule("A"), rule("B")], Anchor::Line(1))]
        );
        let block = "/* tfcomply:ignore A reason=\"y\" */ resource \"a\" \"b\" {}\n";
        assert_eq!(lines(block), vec![(vec![rule("A")], Anchor::Line(0))]);
    }

    #[test]
    fn a_blank_line_detaches_a_comment() {
        let text = "# tfcomply:ignore A reason=\"y\"\n\nresource \"a\" \"b\" {}\n";
        assert_eq!(lines(text), vec![(vec![rule("A")], Anchor::Line(1))]);
    }

    #[test]
    fn comment_markers_inside_strings_templates_and_heredocs_are_text() {
        let text = concat!(
            "a = \"# tfcomply:ignore A reason=\\\"x\\\"\"\n",
            "b = \"${join(\"#\", [\"// tfcomply:ignore B reason=y\"])} # tfcomply:ignore C\"\n",
            "c = <<-EOT\n  # tfcomply:ignore D reason=x\n  EOT\n",
            "d = \"$${not a template} \" # tfcomply:ignore E reason=\"z\"\n",
        );
        assert_eq!(lines(text), vec![(vec![rule("E")], Anchor::Line(5))]);
    }

    #[test]
    fn settings_are_parsed_and_checked() {
        let parsed = |text: &str| directives(text, false).remove(0).parsed;
        assert_eq!(
            parsed("# tfcomply:ignore A reason=\"legacy, \\\"ok\\\"\" expires=2027-01-31\nx = 1"),
            Ok(Accepted {
                reason: "legacy, \"ok\"".to_string(),
                expires: Some("2027-01-31".to_string())
            })
        );
        assert!(
            parsed("# tfcomply:ignore A\nx = 1")
                .unwrap_err()
                .contains("no reason")
        );
        assert!(
            parsed("# tfcomply:ignore A reason=\"\"\nx = 1")
                .unwrap_err()
                .contains("no reason")
        );
        assert!(
            parsed("# tfcomply:ignore A reason=x expires=2027-13-01\nx = 1")
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
        assert!(
            parsed("# tfcomply:ignore A reason=x until=2027\nx = 1")
                .unwrap_err()
                .contains("unknown setting")
        );
        assert!(
            parsed("# tfcomply:ignore reason=x\nx = 1")
                .unwrap_err()
                .contains("names no rule")
        );
    }

    #[test]
    fn instance_keys_narrow_a_rule() {
        let text = "# tfcomply:ignore ENC001[\"eu]west\"], LOG003[0] reason=x\nx = 1\n";
        assert_eq!(
            directives(text, false)[0].rules,
            vec![
                ("ENC001".to_string(), Some("eu]west".to_string())),
                ("LOG003".to_string(), Some("0".to_string()))
            ]
        );
    }

    #[test]
    fn json_comment_properties_are_directives() {
        let text = r#"{"resource": {"aws_s3_bucket": {"b": {"//": "tfcomply:ignore LOG003 reason=\"public site\"", "bucket": "x"}}}}"#;
        let found = directives(text, true);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rules, vec![rule("LOG003")]);
        assert_eq!(
            found[0].anchor,
            Anchor::Inside(text.find("\"//\"").unwrap())
        );
        assert!(directives(r#"{"//": "just a note tfcomply:ignore"}"#, true).is_empty());
    }
}
