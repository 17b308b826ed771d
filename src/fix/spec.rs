//! A rule's `fix` block: what `tfcomply scan --fix` changes in a flagged resource, as data.
//!
//! ```hcl
//! fix {
//!   title = "Require IMDSv2 session tokens"
//!   set {                                 # merged into the resource
//!     metadata_options {                  # into each such block, or added
//!       http_tokens = "required"          # replaced or added, written as given
//!     }
//!   }
//!   add "aws_s3_bucket_versioning" {      # a new resource after the flagged one, same name
//!     bucket = self.id                    # self: the flagged resource
//!   }
//! }
//! ```

use crate::syntax::{Block, Body, Span};

/// A fix as the rule file declares it.
#[derive(Debug, Clone)]
pub struct FixSpec {
    pub title: String,
    /// Attributes and nested blocks merged into the flagged resource.
    pub set: Patch,
    /// Resources added after the flagged one.
    pub add: Vec<NewResource>,
    /// The `fix` block in the rule file, to show it as written.
    pub span: Span,
}

/// Attributes to set (name, expression text) and nested blocks to merge, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Patch {
    pub attributes: Vec<(String, String)>,
    pub blocks: Vec<(String, Patch)>,
}

impl Patch {
    pub fn is_empty(&self) -> bool {
        self.attributes.is_empty() && self.blocks.is_empty()
    }
}

/// A resource of `kind` to add; its body is HCL text, `self` naming the flagged resource.
#[derive(Debug, Clone)]
pub struct NewResource {
    pub kind: String,
    /// The body's lines without their common indentation.
    pub body: Vec<String>,
}

/// A problem at a byte offset of the rule file.
type Located<T> = Result<T, (usize, String)>;

/// Reads a rule's `fix` block; `text` is the rule file.
pub fn read(block: &Block, text: &str) -> Located<FixSpec> {
    if let Some(label) = block.label_spans.first() {
        return Err((label.start, "`fix` takes no label".to_string()));
    }
    let mut title = None;
    for attribute in &block.body.attributes {
        match attribute.name.as_str() {
            "title" => title = Some(string_literal(text, &attribute.value.span)?),
            other => return Err((attribute.span.start, unexpected("argument", other))),
        }
    }
    let mut set = Patch::default();
    let mut add = Vec::new();
    for inner in &block.body.blocks {
        match inner.kind.as_str() {
            "set" if inner.labels.is_empty() && set.is_empty() => set = patch(&inner.body, text)?,
            "set" => return Err((inner.header.start, "one `set` block, without labels".into())),
            "add" => add.push(new_resource(inner, text)?),
            other => return Err((inner.header.start, unexpected("block", other))),
        }
    }
    let title = title.ok_or((block.header.start, "`fix` needs `title`".to_string()))?;
    if set.is_empty() && add.is_empty() {
        return Err((block.header.start, "`fix` needs `set` or `add`".to_string()));
    }
    Ok(FixSpec {
        title,
        set,
        add,
        span: block.span.clone(),
    })
}

fn unexpected(what: &str, name: &str) -> String {
    format!("unexpected {what} `{name}` in `fix`: expected title, set or add")
}

/// A quoted string without interpolation, as a title must be; `\"` is a quote.
fn string_literal(text: &str, span: &Span) -> Located<String> {
    let written = &text[span.clone()];
    written
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .map(|s| s.replace("\\\"", "\""))
        .filter(|s| !s.contains("${") && !s.contains('\\'))
        .ok_or((span.start, "`title` must be a plain string".to_string()))
}

fn patch(body: &Body, text: &str) -> Located<Patch> {
    let attributes = body
        .attributes
        .iter()
        .map(|a| (a.name.clone(), text[a.value.span.clone()].to_string()))
        .collect();
    let blocks = body
        .blocks
        .iter()
        .map(|b| match b.label_spans.first() {
            // Labelled blocks (`dynamic`, `provisioner`) cannot be matched by type alone.
            Some(label) => Err((label.start, "blocks in `set` take no label".to_string())),
            None => Ok((b.kind.clone(), patch(&b.body, text)?)),
        })
        .collect::<Located<_>>()?;
    Ok(Patch { attributes, blocks })
}

fn new_resource(block: &Block, text: &str) -> Located<NewResource> {
    let [kind] = block.labels.as_slice() else {
        return Err((
            block.header.start,
            "`add` takes one label: the resource type".to_string(),
        ));
    };
    let inside = &text[block.span.clone()];
    let open = inside.find('{').map_or(0, |i| i + 1);
    let body = dedent(&inside[open..inside.len() - 1]);
    if body.is_empty() {
        return Err((block.header.start, "`add` needs a body".to_string()));
    }
    Ok(NewResource {
        kind: kind.clone(),
        body,
    })
}

/// The non-blank lines' text without the indentation they share (blank lines kept inside).
fn dedent(body: &str) -> Vec<String> {
    let all: Vec<&str> = body.lines().collect();
    let first = all.iter().position(|l| !l.trim().is_empty());
    let last = all.iter().rposition(|l| !l.trim().is_empty());
    let lines = match (first, last) {
        (Some(first), Some(last)) => &all[first..=last],
        _ => &[][..],
    };
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end().to_string())
        .collect()
}
