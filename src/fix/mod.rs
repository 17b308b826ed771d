//! Fixes: a rule's `fix` block (data, see [`spec`]) turned into minimal text edits of the
//! flagged resource's file, for `tfcomply scan --fix` and for editors, which apply the same
//! edits through their own buffers.

mod apply;
mod plan;
pub mod spec;

pub use apply::{FileFix, apply_all, fix_in_module, merge, plan_all};
pub use plan::fix_for;
pub use spec::FixSpec;

use crate::syntax::Span;

/// What one fix changes in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    pub title: String,
    /// Non-overlapping, in file order.
    pub edits: Vec<Edit>,
}

/// Replace the bytes `span` of the file's text with `text` (an insertion when it is empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub text: String,
}

/// `text` with `edits` applied; they must be sorted and must not overlap.
pub fn apply_edits(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for edit in edits {
        out.push_str(&text[at..edit.span.start]);
        out.push_str(&edit.text);
        at = edit.span.end;
    }
    out.push_str(&text[at..]);
    out
}
