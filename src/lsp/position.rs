//! Byte offsets ↔ LSP positions in the negotiated encoding, and incremental edits applied to
//! a buffer. The scan speaks byte offsets; a client counts columns in UTF-8 bytes or UTF-16
//! code units, and a wrong count puts every squiggle after a non-ASCII character off.

use crate::report::LineIndex;
use crate::syntax::Span;
use lsp_types::{Position, Range, TextDocumentContentChangeEvent};

/// How the client counts columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

/// A text with its line index, to convert many positions in it.
pub struct Positions<'a> {
    text: &'a str,
    index: LineIndex,
    encoding: Encoding,
}

impl<'a> Positions<'a> {
    pub fn new(text: &'a str, encoding: Encoding) -> Self {
        Positions {
            text,
            index: LineIndex::new(text),
            encoding,
        }
    }

    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.index.line_of(offset);
        let before = &self.text[self.index.line_start(line, self.text)..offset];
        let character = match self.encoding {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.encode_utf16().count(),
        };
        Position::new(line as u32, character as u32)
    }

    pub fn range(&self, span: &Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }

    /// The byte offset of a position; one past a line's end clamps to the end (before its
    /// newline), as the protocol asks.
    pub fn offset(&self, position: Position) -> usize {
        let line = position.line as usize;
        if line >= self.index.lines() {
            return self.text.len();
        }
        let start = self.index.line_start(line, self.text);
        let end = self.index.line_start(line + 1, self.text);
        let content = self.text[start..end].trim_end_matches(['\n', '\r']);
        let mut units = position.character as usize;
        for (i, c) in content.char_indices() {
            let width = match self.encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if units < width {
                return start + i;
            }
            units -= width;
        }
        start + content.len()
    }

    pub fn span(&self, range: Range) -> Span {
        self.offset(range.start)..self.offset(range.end)
    }
}

/// Applies a `didChange` notification's edits in order: each range is in the text as the
/// edits before it left it. A range past the end is clamped, and one whose end comes before
/// its start is taken from the earlier position to the later: a confused client must not
/// bring the server down.
pub fn apply_changes(
    text: &mut String,
    changes: Vec<TextDocumentContentChangeEvent>,
    encoding: Encoding,
) {
    for change in changes {
        match change.range {
            Some(range) => {
                let span = Positions::new(text, encoding).span(range);
                text.replace_range(
                    span.start.min(span.end)..span.start.max(span.end),
                    &change.text,
                );
            }
            None => *text = change.text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_in_the_negotiated_encoding() {
        let text = "a = \"é😀\" # x\nb\n";
        let utf16 = Positions::new(text, Encoding::Utf16);
        let utf8 = Positions::new(text, Encoding::Utf8);
        let hash = text.find('#').unwrap();
        assert_eq!(utf16.position(hash), Position::new(0, 10));
        assert_eq!(utf8.position(hash), Position::new(0, 13));
        assert_eq!(utf16.offset(Position::new(0, 10)), hash);
        assert_eq!(utf8.offset(Position::new(0, 13)), hash);
        assert_eq!(utf8.offset(Position::new(1, 0)), text.find('b').unwrap());
        assert_eq!(utf8.offset(Position::new(0, 99)), text.find('\n').unwrap());
    }

    #[test]
    fn edits_apply_in_order() {
        let mut text = "ab\ncd\n".to_string();
        let edit = |line, start, end, new: &str| TextDocumentContentChangeEvent {
            range: Some(Range::new(
                Position::new(line, start),
                Position::new(line, end),
            )),
            range_length: None,
            text: new.to_string(),
        };
        apply_changes(
            &mut text,
            vec![edit(1, 0, 1, "X"), edit(0, 2, 2, "é")],
            Encoding::Utf16,
        );
        assert_eq!(text, "abé\nXd\n");
    }

    #[test]
    fn any_range_is_applied_without_panicking() {
        // xorshift: deterministic, so a failure replays.
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = |n: u32| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % u64::from(n)) as u32
        };
        let pieces = ["", "é", "😀", "\n", "\r\n", "${", "\"", "x = 1\n"];
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let mut text = "a = \"é😀\"\r\nb = 2\n".to_string();
            for _ in 0..2_000 {
                let mut position = || Position::new(next(6), next(12));
                let range = Range::new(position(), position());
                let new = pieces[next(pieces.len() as u32) as usize].to_string();
                let change = TextDocumentContentChangeEvent {
                    range: Some(range),
                    range_length: None,
                    text: new,
                };
                apply_changes(&mut text, vec![change], encoding);
                if text.len() > 400 {
                    let end = (0..=100).rev().find(|&i| text.is_char_boundary(i));
                    text.truncate(end.unwrap_or(0));
                }
            }
        }
    }
}
