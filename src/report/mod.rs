//! Report stage: renderers only read the scan result. All miette code lives in `human`.

pub mod coverage;
mod excerpt;
pub mod human;
pub mod json;
pub mod rules;

use crate::check::ScanResult;
use crate::rules::{Catalogue, Rule, Severity};
use std::path::Path;

/// What every renderer reads: the scan's result and how the scan was asked for.
#[derive(Clone)]
pub struct Report<'a> {
    pub result: &'a ScanResult,
    pub catalogue: &'a Catalogue,
    /// The rules that ran, in catalogue order.
    pub ran: &'a [&'a Rule],
    pub show_unknown: bool,
    /// `--framework`: group by this framework's criteria.
    pub framework: Option<&'a str>,
    /// Absolute: where the relative paths of SARIF, GitLab and Markdown start (the
    /// repository's top level, else the working directory).
    pub source_root: &'a Path,
    /// `--link-base`: the URL that file paths are appended to for links in Markdown.
    pub link_base: Option<&'a str>,
    pub style: human::Style,
}

/// The output formats of `scan`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

impl Format {
    /// Whether the format lists the checks that passed as well (JUnit's test cases).
    pub fn lists_passes(self) -> bool {
        false
    }

    /// Whether the format writes paths relative to `Report::source_root`.
    pub fn uses_source_root(self) -> bool {
        !matches!(self, Format::Human | Format::Json)
    }
}

/// The report in `format`.
pub fn render(format: Format, report: &Report) -> String {
    match format {
        Format::Human => {
            let mut text = human::render(
                report.result,
                report.catalogue,
                &report.style,
                report.show_unknown,
            );
            if let Some(framework) = report.framework {
                text.push_str(&coverage::scan_summary(
                    report.result,
                    report.catalogue,
                    framework,
                    report.ran,
                ));
            }
            text
        }
        Format::Json => {
            let by_criterion = report
                .framework
                .map(|f| coverage::scan_json(report.result, report.catalogue, f, report.ran));
            json::render_with(report.result, report.show_unknown, by_criterion)
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_col(text, offset)
}

/// Where a file's lines start, and which lines are ASCII: a position then costs a binary
/// search, and a column on an ASCII line (all of a one-line plan, usually) no counting.
pub struct LineIndex {
    starts: Vec<usize>,
    ascii: Vec<bool>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        let mut ascii = Vec::new();
        for line in text.split_inclusive('\n') {
            ascii.push(line.is_ascii());
            starts.push(starts[starts.len() - 1] + line.len());
        }
        // The line after a final newline (or the only line of an empty file).
        if text.is_empty() || text.ends_with('\n') {
            ascii.push(true);
        } else {
            starts.pop();
        }
        LineIndex { starts, ascii }
    }

    /// 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset) - 1
    }

    /// Byte offset where 0-based `line` starts (the end of the text past the last line).
    pub fn line_start(&self, line: usize, text: &str) -> usize {
        self.starts.get(line).copied().unwrap_or(text.len())
    }

    pub fn lines(&self) -> usize {
        self.starts.len()
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = if self.ascii[line] {
            offset - start
        } else {
            text[start..offset].chars().count()
        };
        (line + 1, column + 1)
    }
}

/// Line indexes of the scanned files, built once per file on first use, so that thousands of
/// findings in one large file (a big plan) cost a binary search each, not a scan.
pub struct Positions<'a> {
    result: &'a ScanResult,
    indexes: Vec<std::sync::OnceLock<LineIndex>>,
}

impl<'a> Positions<'a> {
    pub fn new(result: &'a ScanResult) -> Self {
        Positions {
            result,
            indexes: (0..result.files.len())
                .map(|_| std::sync::OnceLock::new())
                .collect(),
        }
    }

    pub fn line_index(&self, file: usize) -> &LineIndex {
        self.indexes[file].get_or_init(|| LineIndex::new(&self.result.files[file].text))
    }

    /// 1-based line and column (in characters) of a byte offset in file `file`.
    pub fn line_col(&self, file: usize, offset: usize) -> (usize, usize) {
        self.line_index(file)
            .line_col(&self.result.files[file].text, offset)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Findings per severity, most severe first, zero counts included.
pub fn by_severity(result: &ScanResult) -> Vec<(Severity, usize)> {
    Severity::ALL
        .into_iter()
        .map(|s| {
            (
                s,
                result.findings.iter().filter(|f| f.severity == s).count(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let text = "ab\ncé d\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, 6), (2, 3));
        assert_eq!(line_col(text, 5), (2, 2), "inside a multibyte character");
    }

    /// Counting from the start of the text: slow, obviously right.
    fn counted(text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (
            before.matches('\n').count() + 1,
            before[line_start..].chars().count() + 1,
        )
    }

    #[test]
    fn the_line_index_agrees_with_counting() {
        for text in ["ab\ncé d\n\nlast", "", "\n", "one line", "é\r\nx\n"] {
            let index = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    index.line_col(text, offset),
                    counted(text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }
}
