//! Turns a rule's fix into minimal text edits of one file: values replaced in place, lines
//! inserted before a closing brace, resources appended after a block. Everything else in the
//! file, comments and alignment included, is left as it is.

use super::spec::{NewResource, Patch};
use super::{Edit, Fix};
use crate::findings::Finding;
use crate::parse::parse_hcl;
use crate::rules::Rule;
use crate::syntax::{Block, Body};

/// One level of indentation, as `terraform fmt` writes it.
const INDENT: &str = "  ";

/// The fix `rule` offers for `finding` in `text` (the file of the finding's resource), or
/// `None` when it has none or applying it would be wrong: the value came through a variable
/// (the literal to change is elsewhere, and may serve other callers), the resource is not
/// found, a `dynamic` block generates what the fix would set, or the resource to add exists.
pub fn fix_for(rule: &Rule, finding: &Finding, text: &str) -> Option<Fix> {
    let spec = rule.fix.as_ref()?;
    if !finding.related.is_empty() || finding.file != finding.resource.file {
        return None;
    }
    let body = parse_hcl(text).ok()?;
    let block = body.blocks.iter().find(|b| {
        b.kind == "resource"
            && b.span == finding.resource.span
            && b.labels.first() == Some(&finding.resource.kind)
    })?;
    let mut edits = Vec::new();
    if !spec.set.is_empty() {
        merge(block, &spec.set, text, &mut edits)?;
    }
    // A finding inside the block means the resource configures this itself (an inline
    // `versioning` block): a separate resource would fight it.
    if !spec.add.is_empty() && finding.span != block.header {
        return None;
    }
    for resource in &spec.add {
        edits.push(append(block, resource, &body, text)?);
    }
    // Nothing to change: the rule fails for a reason the fix does not touch.
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    // The lines written keep the file's line endings.
    if text.contains("\r\n") {
        for edit in &mut edits {
            edit.text = edit.text.replace('\n', "\r\n");
        }
    }
    Some(Fix {
        title: spec.title.clone(),
        edits,
    })
}

/// Edits that make `block` hold what `patch` sets.
fn merge(block: &Block, patch: &Patch, text: &str, edits: &mut Vec<Edit>) -> Option<()> {
    let mut missing = Vec::new();
    for (name, value) in &patch.attributes {
        match block.body.attribute(name) {
            Some(a) if text[a.value.span.clone()] == **value => {}
            Some(a) => edits.push(Edit {
                span: a.value.span.clone(),
                text: value.clone(),
            }),
            None => missing.push(format!("{name} = {value}")),
        }
    }
    for (kind, inner) in &patch.blocks {
        if generated(&block.body, kind) {
            return None;
        }
        let existing: Vec<&Block> = block.body.blocks_of(kind).collect();
        if existing.is_empty() {
            missing.extend(render_block(kind, inner));
        }
        for nested in existing {
            merge(nested, inner, text, edits)?;
        }
    }
    if !missing.is_empty() {
        edits.push(insert_lines(block, &missing, text)?);
    }
    Some(())
}

/// A `dynamic "kind"` block makes the blocks of that kind: adding one beside it would conflict.
fn generated(body: &Body, kind: &str) -> bool {
    body.blocks_of("dynamic")
        .any(|d| d.labels.first().is_some_and(|l| l == kind))
}

/// `kind { ... }` as lines indented from the block's own indentation.
fn render_block(kind: &str, patch: &Patch) -> Vec<String> {
    let mut lines = vec![format!("{kind} {{")];
    for (name, value) in &patch.attributes {
        lines.push(format!("{INDENT}{name} = {value}"));
    }
    for (nested, inner) in &patch.blocks {
        lines.extend(
            render_block(nested, inner)
                .iter()
                .map(|l| format!("{INDENT}{l}")),
        );
    }
    lines.push("}".to_string());
    lines
}

/// Inserts `lines` as the last lines of `block`'s body, indented like its other lines.
fn insert_lines(block: &Block, lines: &[String], text: &str) -> Option<Edit> {
    let close = block.span.end.checked_sub(1)?;
    if text.as_bytes().get(close) != Some(&b'}') {
        return None;
    }
    let outer = indentation(text, block.span.start);
    let inner = body_indentation(block, text).unwrap_or_else(|| format!("{outer}{INDENT}"));
    let line_start = line_start(text, close);
    let width = equals_column(text, line_start);
    let indented: String = lines
        .iter()
        .map(|l| format!("{inner}{}\n", aligned(l, width)))
        .collect();
    if text[line_start..close].trim().is_empty() {
        return Some(Edit {
            span: line_start..line_start,
            text: indented,
        });
    }
    // A one-line block can only be opened up when it is empty (`{}`).
    let open = text[block.header.end..close].find('{')? + block.header.end;
    text[open + 1..close].trim().is_empty().then(|| Edit {
        span: open + 1..close,
        text: format!("\n{indented}{outer}"),
    })
}

/// Where `=` is on the attribute line that ends just before `at`, counted from the name,
/// to align new attributes with it as `terraform fmt` does.
fn equals_column(text: &str, at: usize) -> usize {
    let before = text[..at].trim_end_matches(['\n', '\r']);
    let line = before[line_start(before, before.len())..].trim_start();
    match line.split_once('=') {
        Some((name, _)) if name.trim_end().chars().all(is_name_char) => name.len(),
        _ => 0,
    }
}

/// `name = value` with the name padded to `width`; other lines as they are.
fn aligned(line: &str, width: usize) -> String {
    match line.split_once(" = ") {
        Some((name, value)) if name.chars().all(is_name_char) => {
            format!("{name:width$}= {value}", width = width.max(name.len() + 1))
        }
        _ => line.to_string(),
    }
}

/// The indentation of the first line of `block`'s body that has content.
fn body_indentation(block: &Block, text: &str) -> Option<String> {
    let first = block
        .body
        .attributes
        .iter()
        .map(|a| a.span.start)
        .chain(block.body.blocks.iter().map(|b| b.span.start))
        .min()?;
    Some(indentation(text, first))
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The whitespace before the first character of the line holding `at`.
fn indentation(text: &str, at: usize) -> String {
    let line = &text[line_start(text, at)..];
    line.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

/// Appends a resource of the same name after `block`, with `self` replaced by the flagged
/// resource's address. Not for a resource with `count` or `for_each`, whose address alone
/// names no instance, nor when the file already has one of that kind referring to it.
fn append(block: &Block, resource: &NewResource, body: &Body, text: &str) -> Option<Edit> {
    if ["count", "for_each"]
        .iter()
        .any(|a| block.body.attribute(a).is_some())
    {
        return None;
    }
    let [kind, name] = block.labels.as_slice() else {
        return None;
    };
    let address = format!("{kind}.{name}");
    if has_referrer(body, text, &resource.kind, name, &address) {
        return None;
    }
    let outer = indentation(text, block.span.start);
    let mut out = format!("\n\n{outer}resource \"{}\" \"{name}\" {{\n", resource.kind);
    for line in &resource.body {
        let line = replace_self(line, &address);
        match line.is_empty() {
            true => out.push('\n'),
            false => out.push_str(&format!("{outer}{INDENT}{line}\n")),
        }
    }
    out.push_str(&format!("{outer}}}"));
    let at = after_trailing_comment(text, block.span.end);
    Some(Edit {
        span: at..at,
        text: out,
    })
}

/// The end of the line `at` is on, before its line break, when only a comment or spaces
/// follow `at` there: a comment after a block's closing brace stays with that block.
fn after_trailing_comment(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let line = rest.find('\n').map_or(rest, |i| &rest[..i]);
    let line = line.strip_suffix('\r').unwrap_or(line);
    let tail = line.trim_start();
    let is_comment = tail.starts_with('#') || tail.starts_with("//") || tail.is_empty();
    // A `/* … */` could close on a later line; `#` and `//` end with theirs.
    match is_comment && !tail.contains("/*") {
        true => at + line.len(),
        false => at,
    }
}

/// Whether `text` (another file of the resource's module) already has a resource that the
/// fix of `rule` would add for `finding`'s resource.
pub fn added_in(rule: &Rule, finding: &Finding, text: &str) -> bool {
    let Some(spec) = rule.fix.as_ref().filter(|s| !s.add.is_empty()) else {
        return false;
    };
    let resource = &finding.resource;
    let unkeyed = resource.address.strip_suffix(&resource.key);
    let Some(name) = unkeyed.and_then(|a| a.rsplit('.').next()) else {
        return false;
    };
    let address = format!("{}.{name}", resource.kind);
    parse_hcl(text).is_ok_and(|body| {
        spec.add
            .iter()
            .any(|r| has_referrer(&body, text, &r.kind, name, &address))
    })
}

/// A resource of `kind` named `name` (adding it would clash) or one whose text mentions
/// `address` (it already configures the flagged resource, and the rule found it wanting).
fn has_referrer(body: &Body, text: &str, kind: &str, name: &str, address: &str) -> bool {
    body.blocks_of("resource")
        .filter(|b| b.labels.first().is_some_and(|k| k == kind))
        .any(|b| {
            b.labels.get(1).is_some_and(|n| n == name) || mentions(&text[b.span.clone()], address)
        })
}

/// `address` followed by `.` or `[`, not as the tail of a longer name.
fn mentions(text: &str, address: &str) -> bool {
    text.match_indices(address).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + address.len()..].chars().next();
        !before.is_some_and(is_name_char) && matches!(after, Some('.' | '['))
    })
}

/// `self.x` and `self[...]` become `address.x` and `address[...]`; a `self` inside a longer
/// name (`myself.x`) stays.
fn replace_self(line: &str, address: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("self") {
        let before = rest[..at]
            .chars()
            .next_back()
            .or_else(|| out.chars().next_back());
        let after = rest[at + 4..].chars().next();
        out.push_str(&rest[..at]);
        if !before.is_some_and(is_name_char) && matches!(after, Some('.' | '[')) {
            out.push_str(address);
        } else {
            out.push_str("self");
        }
        rest = &rest[at + 4..];
    }
    out.push_str(rest);
    out
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::apply_edits;

    fn with_lines(text: &str, lines: &[&str]) -> Option<String> {
        let body = parse_hcl(text).unwrap();
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let edit = insert_lines(&body.blocks[0], &lines, text)?;
        Some(apply_edits(text, &[edit]))
    }

    #[test]
    fn lines_go_before_the_closing_brace_aligned_with_the_attribute_above() {
        let text = "resource \"a\" \"b\" {\n  size = 40 # GiB\n}\n";
        assert_eq!(
            with_lines(text, &["encrypted = true", "x {", "  y = 1", "}"]).unwrap(),
            "resource \"a\" \"b\" {\n  size = 40 # GiB\n  encrypted = true\n  x {\n    y = 1\n  }\n}\n"
        );
        let text = "resource \"a\" \"b\" {\n  availability_zone = \"x\"\n}\n";
        assert!(
            with_lines(text, &["size = 1"])
                .unwrap()
                .contains("  size              = 1\n")
        );
    }

    #[test]
    fn an_empty_one_line_block_is_opened_and_a_full_one_left_alone() {
        let text = "  resource \"a\" \"b\" {}\n";
        assert_eq!(
            with_lines(text, &["encrypted = true"]).unwrap(),
            "  resource \"a\" \"b\" {\n    encrypted = true\n  }\n"
        );
        assert_eq!(
            with_lines("resource \"a\" \"b\" { size = 1 }\n", &["x = 1"]),
            None
        );
    }

    #[test]
    fn self_is_replaced_only_as_a_reference() {
        let address = "aws_s3_bucket.logs";
        assert_eq!(
            replace_self("bucket = self.id", address),
            "bucket = aws_s3_bucket.logs.id"
        );
        assert_eq!(
            replace_self("x = myself.id + self[0]", address),
            "x = myself.id + aws_s3_bucket.logs[0]"
        );
        assert_eq!(replace_self("name = \"self\"", address), "name = \"self\"");
    }

    #[test]
    fn a_mention_is_the_address_followed_by_an_attribute_or_index() {
        assert!(mentions(
            "bucket = aws_s3_bucket.logs.id",
            "aws_s3_bucket.logs"
        ));
        assert!(!mentions(
            "bucket = aws_s3_bucket.logs_old.id",
            "aws_s3_bucket.logs"
        ));
        assert!(!mentions(
            "bucket = xaws_s3_bucket.logs.id",
            "aws_s3_bucket.logs"
        ));
    }
}
