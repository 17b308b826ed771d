//! Hover: a rule's documentation, on its id in a `tfcomply:ignore` comment or anywhere in a
//! range it flagged, so the reader need not leave the editor to learn why.

use crate::findings::Finding;
use crate::rules::{Catalogue, Rule};
use crate::suppress::comments;
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

/// The rule under byte `offset` of `text`: named in a directive there, else flagged there.
pub fn rule_at<'c>(
    text: &str,
    offset: usize,
    json: bool,
    findings: &[Finding],
    catalogue: &'c Catalogue,
) -> Option<&'c Rule> {
    let in_comment = comments::directives(text, json)
        .into_iter()
        .find(|d| d.span.contains(&offset))
        .and_then(|_| catalogue.find(word_at(text, offset)));
    in_comment.or_else(|| {
        findings
            .iter()
            .find(|f| f.span.start <= offset && offset < f.span.end)
            .and_then(|f| catalogue.find(&f.rule_id))
    })
}

/// The rule id or name around `offset`: letters, digits, `-` and `_`.
fn word_at(text: &str, offset: usize) -> &str {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let start = text[..offset]
        .char_indices()
        .rev()
        .find(|(_, c)| !is_word(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[offset..]
        .find(|c: char| !is_word(c))
        .map_or(text.len(), |i| offset + i);
    &text[start..end]
}

/// The rule's full text, and its page when it has one.
pub fn hover(rule: &Rule, catalogue: &Catalogue) -> Hover {
    let mut value = crate::report::rules::explain(rule, catalogue);
    if let Some(url) = crate::report::rule_doc_url(rule) {
        value.push_str(&format!("\n[Documentation]({url})\n"));
    }
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_at_takes_the_whole_rule_id() {
        let text = "# tfcomply:ignore ENC003 reason=\"x\"";
        let at = text.find("C003").unwrap();
        assert_eq!(word_at(text, at), "ENC003");
        assert_eq!(word_at(text, text.len()), "");
    }
}
