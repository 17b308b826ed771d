//! What a diagnostic may print of a file. `terraform show -json` writes a plan as a single line
//! that can be megabytes long and holds sensitive values in clear: printing the line a finding
//! is on would print all of it, and even a few bytes either side of the resource's `address`
//! can be the previous resource's password. So a long line shows only the span (cut to
//! `MAX_LINE` bytes), with `…` where text was left out; line numbers and the reported column
//! (in characters, as in the JSON report) stay those of the file.

use super::LineIndex;
use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use std::ops::Range;

/// Lines up to this many bytes are shown whole.
const MAX_LINE: usize = 160;
const ELLIPSIS: &str = "…";

pub struct Excerpt {
    name: String,
    /// The lines around the span, cut.
    text: String,
    /// The span in `text`.
    pub span: Range<usize>,
    /// The file's 0-based line number of the first line of `text`.
    first_line: usize,
    /// The 0-based column, in characters, of the span's start in the file: what the header
    /// (`file:line:column`) shows, as the JSON report does.
    column: usize,
}

/// Lines shown before and after the span: miette shows one, the rest is never read.
const CONTEXT_LINES: usize = 2;

/// One line of the file and the part of it that is kept.
struct Kept {
    line_start: usize,
    start: usize,
    end: usize,
    /// Where the kept part starts in the excerpt, after any leading ellipsis.
    at: usize,
}

impl Excerpt {
    /// `only_span` shows nothing but the span, whatever the line lengths: for a plan, where
    /// any neighbouring line may hold a sensitive value.
    pub fn new(
        name: String,
        file: &str,
        index: &LineIndex,
        span: Range<usize>,
        only_span: bool,
    ) -> Self {
        let span = clamp(file, span.start)..clamp(file, span.end.max(span.start));
        let context = if only_span { 0 } else { CONTEXT_LINES };
        let span_line = index.line_of(span.start);
        let first_line = span_line.saturating_sub(context);
        let last_line = (index.line_of(span.end) + context).min(index.lines() - 1);
        let mut text = String::new();
        let mut kept_lines = Vec::new();
        for line in first_line..=last_line {
            let line_start = index.line_start(line, file);
            let next = index.line_start(line + 1, file);
            let end = line_start + file[line_start..next].trim_end_matches(['\n', '\r']).len();
            let (keep_start, keep_end) = if only_span {
                (
                    span.start.clamp(line_start, end),
                    span.end.clamp(line_start, end),
                )
            } else {
                keep(file, line_start, end, &span)
            };
            if keep_start > line_start {
                text.push_str(ELLIPSIS);
            }
            kept_lines.push(Kept {
                line_start,
                start: keep_start,
                end: keep_end,
                at: text.len(),
            });
            text.push_str(&file[keep_start..keep_end]);
            if keep_end < end {
                text.push_str(ELLIPSIS);
            }
            text.push_str(&file[end..next]);
        }
        let map = |offset: usize| {
            let line = kept_lines
                .partition_point(|k| k.line_start <= offset)
                .saturating_sub(1);
            kept_lines.get(line).map_or(text.len(), |k| {
                k.at + offset.clamp(k.start, k.end.max(k.start)) - k.start
            })
        };
        let (start, end) = (map(span.start), map(span.end));
        Excerpt {
            name,
            span: start..end.max(start),
            first_line,
            column: index.line_col(file, span.start).1 - 1,
            text,
        }
    }
}

/// The byte range of the line `start..end` to show: all of a short line; on a long one, the
/// span if it starts there, else the line's beginning.
fn keep(file: &str, start: usize, end: usize, span: &Range<usize>) -> (usize, usize) {
    if end - start <= MAX_LINE {
        return (start, end);
    }
    let (from, to) = if span.start >= start && span.start <= end {
        (span.start, span.end.min(span.start + MAX_LINE).min(end))
    } else {
        (start, start + MAX_LINE)
    };
    (clamp(file, from), clamp(file, to))
}

/// The nearest character boundary at or before `offset`.
fn clamp(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let contents =
            self.text
                .as_str()
                .read_span(span, context_lines_before, context_lines_after)?;
        // The read of the span itself, without context, gives the header's column.
        let column = if context_lines_before == 0 && span.offset() == self.span.start {
            self.column
        } else {
            contents.column()
        };
        Ok(Box::new(
            MietteSpanContents::new_named(
                self.name.clone(),
                contents.data(),
                *contents.span(),
                contents.line() + self.first_line,
                column,
                contents.line_count(),
            )
            .with_language("hcl"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_cut_to_the_span_and_keeps_its_column() {
        let secret = "s".repeat(500);
        let file = format!(
            "first\n{{\"password\": \"{secret}\", \"address\": \"aws_db_instance.a\", \"more\": \"{secret}\"}}\n"
        );
        let start = file.find("\"address\"").unwrap();
        let excerpt = Excerpt::new(
            "plan.json".into(),
            &file,
            &LineIndex::new(&file),
            start..start + 9,
            false,
        );
        assert_eq!(excerpt.text, "first\n…\"address\"…\n");
        assert_eq!(&excerpt.text[excerpt.span.clone()], "\"address\"");
        let contents = excerpt
            .read_span(&excerpt.span.clone().into(), 0, 0)
            .unwrap();
        let column = start - file.find('{').unwrap();
        assert_eq!((contents.line(), contents.column()), (1, column));
        assert!(excerpt.text.starts_with("first\n…"));
    }

    #[test]
    fn only_the_lines_around_the_span_are_kept_with_their_numbers() {
        let file: String = (1..=50).map(|i| format!("line {i}\n")).collect();
        let start = file.find("line 30").unwrap();
        let excerpt = Excerpt::new(
            "big.tf".into(),
            &file,
            &LineIndex::new(&file),
            start..start + 7,
            false,
        );
        assert_eq!(
            excerpt.text,
            "line 28\nline 29\nline 30\nline 31\nline 32\n"
        );
        let contents = excerpt
            .read_span(&excerpt.span.clone().into(), 0, 0)
            .unwrap();
        assert_eq!((contents.line(), contents.column()), (29, 0));
        let context = excerpt
            .read_span(&excerpt.span.clone().into(), 1, 1)
            .unwrap();
        assert_eq!(context.line(), 28);
    }

    #[test]
    fn the_column_counts_characters() {
        let file = "tags = { \"é\" = 1, x = 2 }\n";
        let start = file.find('x').unwrap();
        let excerpt = Excerpt::new(
            "main.tf".into(),
            file,
            &LineIndex::new(file),
            start..start + 1,
            false,
        );
        let contents = excerpt
            .read_span(&excerpt.span.clone().into(), 0, 0)
            .unwrap();
        assert_eq!(
            contents.column() + 1,
            crate::report::line_col(file, start).1
        );
    }

    #[test]
    fn only_span_shows_nothing_around_it() {
        let file = "{\"password\": \"x\"}\n{\"address\": \"a.b\", \"password\": \"y\"}\n{}\n";
        let start = file.find("\"address\"").unwrap();
        let excerpt = Excerpt::new(
            "plan.json".into(),
            file,
            &LineIndex::new(file),
            start..start + 9,
            true,
        );
        assert_eq!(excerpt.text, "…\"address\"…\n");
        let contents = excerpt
            .read_span(&excerpt.span.clone().into(), 1, 1)
            .unwrap();
        assert_eq!(contents.line(), 1);
    }

    #[test]
    fn short_lines_are_left_alone() {
        let file = "resource \"a\" \"b\" {\n  x = 1\n}\n";
        let excerpt = Excerpt::new("main.tf".into(), file, &LineIndex::new(file), 21..26, false);
        assert_eq!(excerpt.text, file);
        assert_eq!(excerpt.span, 21..26);
    }
}
