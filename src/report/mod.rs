//! Report stage: renderers only read the scan result. All miette code lives in `human`.

mod excerpt;
pub mod human;
pub mod json;
pub mod rules;

use crate::check::ScanResult;
use crate::rules::Severity;

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Line starts of the scanned files, computed once per file on first use, so that thousands of
/// findings in one large file (a big plan) cost a binary search each, not a scan.
pub struct Positions<'a> {
    result: &'a ScanResult,
    starts: Vec<std::sync::OnceLock<Vec<usize>>>,
}

impl<'a> Positions<'a> {
    pub fn new(result: &'a ScanResult) -> Self {
        Positions {
            result,
            starts: (0..result.files.len())
                .map(|_| std::sync::OnceLock::new())
                .collect(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset in file `file`.
    pub fn line_col(&self, file: usize, offset: usize) -> (usize, usize) {
        let text = &self.result.files[file].text;
        let starts = self.starts[file].get_or_init(|| {
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = starts.partition_point(|&start| start <= offset);
        let line_start = starts[line - 1];
        (line, text[line_start..offset].chars().count() + 1)
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

    #[test]
    fn positions_agree_with_line_col() {
        let text = "ab\ncé d\n\nlast";
        let result = ScanResult {
            files: vec![crate::source::SourceFile {
                path: "x.tf".into(),
                text: text.into(),
                requested: true,
            }],
            ..ScanResult::default()
        };
        let positions = Positions::new(&result);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                positions.line_col(0, offset),
                line_col(text, offset),
                "offset {offset}"
            );
        }
    }
}
