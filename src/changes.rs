//! The lines a change touched, so that a scan can report only the findings a pull request is
//! responsible for: from `git diff` against a revision (`--changed-since`) or from a unified
//! diff file (`--diff`).
//!
//! The diff parser is written here rather than taken from a crate: diffy, the best-kept
//! multi-file parser, reports errors as byte offsets inside one file's patch (not a line of
//! the diff), reads `git diff` output and plain `diff -u` output only when told which it is,
//! and rejects an empty diff. All that is needed here is the new side's line numbers.

use crate::check::ScanResult;
use crate::findings::Finding;
use crate::report::LineIndex;
use crate::source::SourceFile;
use crate::syntax::Span;
use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::process::Command;

/// For each changed file (canonical path), the 1-based lines of its new version that the
/// change added or edited, or that sit next to removed lines: sorted and merged.
#[derive(Debug, Default)]
pub struct ChangedLines {
    files: HashMap<PathBuf, Vec<RangeInclusive<usize>>>,
}

/// Every line of a file, for files that are new and untracked.
const WHOLE_FILE: RangeInclusive<usize> = 1..=usize::MAX;

impl ChangedLines {
    /// The lines changed in the working tree of `cwd`'s repository since revision `rev`:
    /// committed, staged and unstaged, and every line of new files git does not ignore.
    pub fn since(rev: &str, cwd: &Path) -> Result<ChangedLines, String> {
        let top = toplevel(cwd)?;
        let commit = fork_point(&top, &commit_of(&top, rev)?);
        let mut changed = ChangedLines::default();
        changed.add_diff(&git(&top, &diff_since(&commit))?, &top)?;
        let untracked = git(&top, &["ls-files", "--others", "--exclude-standard", "-z"])?;
        for path in untracked.split('\0').filter(|p| !p.is_empty()) {
            if let Ok(canonical) = top.join(path).canonicalize() {
                changed.files.insert(canonical, vec![WHOLE_FILE]);
            }
        }
        Ok(changed)
    }

    /// The lines a unified diff adds or edits. Its paths are relative to the top of `base`'s
    /// git repository, or to `base` outside one. Errors name the line of the diff.
    pub fn from_diff(text: &str, base: &Path) -> Result<ChangedLines, String> {
        let root = toplevel(base).unwrap_or_else(|_| base.to_path_buf());
        let mut changed = ChangedLines::default();
        changed.add_diff(text, &root)?;
        Ok(changed)
    }

    /// Whether the change touched any of `lines` in the file at `path` (relative to the
    /// current directory, or absolute).
    pub fn touches(&self, path: &Path, lines: RangeInclusive<usize>) -> bool {
        self.ranges(path)
            .is_some_and(|ranges| overlaps(ranges, &lines))
    }

    fn ranges(&self, path: &Path) -> Option<&[RangeInclusive<usize>]> {
        let canonical = path.canonicalize().ok()?;
        self.files.get(&canonical).map(Vec::as_slice)
    }

    fn add_diff(&mut self, text: &str, root: &Path) -> Result<(), String> {
        for (written, mut lines) in parse(text)? {
            let Some(path) = resolve(root, &written) else {
                continue;
            };
            let ranges = self.files.entry(path).or_default();
            ranges.append(&mut lines);
            merge(ranges);
        }
        Ok(())
    }
}

/// `--changed-since REV` or `--diff FILE` as the command line gave them, relative to the
/// current directory: `None` when neither was given.
pub fn requested(since: Option<&str>, diff: Option<&Path>) -> Result<Option<ChangedLines>, String> {
    let cwd = std::env::current_dir().map_err(|e| format!("current directory: {e}"))?;
    if let Some(rev) = since {
        let changed = ChangedLines::since(rev, &cwd);
        return changed
            .map(Some)
            .map_err(|e| format!("--changed-since {rev}: {e}"));
    }
    let Some(path) = diff else {
        return Ok(None);
    };
    let shown = path.display();
    // A diff may hold files in other encodings: only its paths and line counts matter here.
    let bytes = std::fs::read(path).map_err(|e| format!("--diff {shown}: {e}"))?;
    ChangedLines::from_diff(&String::from_utf8_lossy(&bytes), &cwd)
        .map(Some)
        .map_err(|e| format!("--diff {shown}: {e}"))
}

/// Drops the findings, and the undecided rule/resource pairs, that no changed line touches:
/// neither their resource's block (which holds the place a finding points at) nor where the
/// value came from (a changed variable default fails the resources that use it).
pub fn retain_changed(result: &mut ScanResult, changed: &ChangedLines) {
    let files: Vec<ScannedFile> = result
        .files
        .iter()
        .map(|file| ScannedFile::new(file, changed))
        .collect();
    let touched = |finding: &Finding| {
        files[finding.resource.file].touched(&finding.resource.span)
            || finding
                .related
                .iter()
                .any(|origin| files[origin.file].touched(&origin.span))
            // An edited `module` call (its source or inputs) changes what the module makes.
            || finding
                .resource
                .calls
                .iter()
                .any(|call| files[call.file].touched(&call.span))
    };
    result.findings.retain(touched);
    result.suppressed.retain(touched);
    result.undecided.retain(|u| touched(&u.finding));
    // Notes about suppression comments that were not changed are not this change's business.
    result.notes.retain(|note| match note.file {
        Some(file) if note.kind.ends_with("-suppression") => files[file].touched(&note.span),
        _ => true,
    });
}

/// A scanned file's changed lines, with the index that turns its byte offsets into lines
/// (only built for changed files).
struct ScannedFile<'a> {
    text: &'a str,
    changes: Option<(&'a [RangeInclusive<usize>], LineIndex)>,
}

impl<'a> ScannedFile<'a> {
    fn new(file: &'a SourceFile, changed: &'a ChangedLines) -> Self {
        ScannedFile {
            text: &file.text,
            changes: changed
                .ranges(&file.path)
                .map(|ranges| (ranges, LineIndex::new(&file.text))),
        }
    }

    fn touched(&self, span: &Span) -> bool {
        let Some((ranges, index)) = &self.changes else {
            return false;
        };
        // 1-based lines. `end` is exclusive: the last line is that of the byte before it,
        // which is not the next line's when the span ends with a newline.
        let first = index.line_of(span.start.min(self.text.len())) + 1;
        let last = index.line_of(
            span.end
                .saturating_sub(1)
                .max(span.start)
                .min(self.text.len()),
        ) + 1;
        overlaps(ranges, &(first..=last))
    }
}

/// Whether `lines` meets one of `ranges` (sorted and merged).
fn overlaps(ranges: &[RangeInclusive<usize>], lines: &RangeInclusive<usize>) -> bool {
    let first_not_before = ranges.partition_point(|r| r.end() < lines.start());
    ranges
        .get(first_not_before)
        .is_some_and(|r| r.start() <= lines.end())
}

/// Sorts ranges and joins those that overlap or meet.
fn merge(ranges: &mut Vec<RangeInclusive<usize>>) {
    ranges.sort_by_key(|r| *r.start());
    let mut merged: Vec<RangeInclusive<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges.drain(..) {
        match merged.last_mut() {
            Some(last) if *range.start() <= last.end().saturating_add(1) => {
                *last = *last.start()..=*last.end().max(range.end());
            }
            _ => merged.push(range),
        }
    }
    *ranges = merged;
}

/// The top directory of `dir`'s git repository.
fn toplevel(dir: &Path) -> Result<PathBuf, String> {
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    Ok(PathBuf::from(top.trim_end_matches(['\n', '\r'])))
}

/// The commit `rev` names in the repository at `top`.
fn commit_of(top: &Path, rev: &str) -> Result<String, String> {
    // The revision is an argument to git: one that starts with `-` would be read as an option.
    if rev.starts_with('-') {
        return Err("a revision cannot start with `-`".to_string());
    }
    let commit = git(
        top,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| {
        "unknown revision (a shallow clone may not have it: fetch more history)".to_string()
    })?;
    Ok(commit.trim_end().to_string())
}

/// Where the current branch left `commit`: their merge base, which is what a pull request is
/// compared with, so what the other branch changed since is not counted as this branch's
/// change. Without a common ancestor (or any commit on this branch), `commit` itself.
fn fork_point(top: &Path, commit: &str) -> String {
    git(top, &["merge-base", commit, "HEAD"])
        .map(|base| base.trim_end().to_string())
        .unwrap_or_else(|_| commit.to_string())
}

/// `git diff` from `commit` to the working tree, staged changes included, with no context
/// lines. The user's settings must not change what it says: no external diff tool, text
/// conversion or colour, and git's own `b/` before the new side's paths (the only ones read).
/// Renames are followed, as a pull request shows them: a moved file's changes are the lines
/// edited in it.
fn diff_since(commit: &str) -> [&str; 9] {
    [
        "diff",
        "--no-ext-diff",
        "--no-textconv",
        "--no-color",
        "--dst-prefix=b/",
        "--find-renames",
        "-U0",
        commit,
        "--",
    ]
}

/// The file a diff's path names under `root`. Git writes the new side as `b/PATH`, and
/// without the prefix under `--no-prefix` or from `diff -u`: the prefix is taken off unless
/// only the path as written exists.
fn resolve(root: &Path, written: &str) -> Option<PathBuf> {
    let unprefixed = written.strip_prefix("b/");
    unprefixed
        .into_iter()
        .chain([written])
        .find_map(|path| root.join(path).canonicalize().ok())
}

/// Runs git in `dir` and returns its output, or why it failed, in git's words.
fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "git is not installed (or not on PATH)".to_string(),
            _ => format!("cannot run git: {e}"),
        })?;
    if !output.status.success() {
        let message = String::from_utf8_lossy(&output.stderr);
        let message = message.trim();
        return Err(message
            .strip_prefix("fatal: ")
            .unwrap_or(message)
            .to_string());
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A file as a diff names it, with lines of its new side that the diff touched.
type FileLines = (String, Vec<RangeInclusive<usize>>);

/// Each file a diff changes, as the diff writes its path, with the new side's lines it
/// touched (unsorted). Deleted files have no new side and are left out, as are binary files
/// and changes of mode only, which have no hunks.
fn parse(text: &str) -> Result<Vec<FileLines>, String> {
    let mut parser = Parser::default();
    // `lines` also ends lines at `\r\n`: a CRLF diff reads as an LF one.
    for (index, line) in text.lines().enumerate() {
        parser.line(index + 1, line)?;
    }
    parser.finish()
}

#[derive(Default)]
struct Parser {
    files: Vec<FileLines>,
    target: Target,
    hunk: Option<Hunk>,
}

/// What the hunks that follow change.
#[derive(Default, PartialEq)]
enum Target {
    /// No `+++` line yet for this file.
    #[default]
    Unknown,
    /// A deleted file: its hunks are read past.
    Deleted,
    /// The last of the parser's files.
    File,
}

/// The hunk being read: how many of its lines are still to come on each side, and the
/// new side's next line number.
struct Hunk {
    header_line: usize,
    old_left: usize,
    new_left: usize,
    next_new: usize,
    /// Lines were removed just before `next_new` and no added lines replaced them.
    removed_here: bool,
}

impl Parser {
    fn line(&mut self, number: usize, line: &str) -> Result<(), String> {
        if let Some(hunk) = self.hunk.take() {
            self.hunk = self.hunk_line(number, line, hunk)?;
        } else if line.starts_with("diff ") || line.starts_with("--- ") {
            self.target = Target::Unknown;
        } else if let Some(path) = line.strip_prefix("+++ ") {
            let path = header_path(path).map_err(|e| format!("line {number}: {e}"))?;
            self.target = if path == "/dev/null" {
                Target::Deleted
            } else {
                self.files.push((path, Vec::new()));
                Target::File
            };
        } else if line.starts_with("@@") {
            self.hunk = Some(self.hunk_header(number, line)?);
        }
        // Anything else is a header git adds (`index`, `rename to`, `Binary files`) or text
        // around the diff (a commit message): the `+++` lines name the files.
        Ok(())
    }

    fn hunk_header(&self, number: usize, line: &str) -> Result<Hunk, String> {
        if self.target == Target::Unknown {
            return Err(format!(
                "line {number}: a hunk before its file's `+++` line"
            ));
        }
        let (old_count, new_start, new_count) = hunk_ranges(line)
            .ok_or_else(|| format!("line {number}: not a hunk header: `{line}`"))?;
        Ok(Hunk {
            header_line: number,
            old_left: old_count,
            new_left: new_count,
            // A hunk that adds nothing (`+3,0`) names the line before the removed ones.
            next_new: if new_count == 0 {
                new_start + 1
            } else {
                new_start
            },
            removed_here: false,
        })
    }

    /// Reads one line of `hunk`, and returns the hunk unless that was its last line.
    fn hunk_line(
        &mut self,
        number: usize,
        line: &str,
        mut hunk: Hunk,
    ) -> Result<Option<Hunk>, String> {
        match line.as_bytes().first() {
            // Some tools write an empty context line without its space.
            Some(b' ') | None if hunk.old_left > 0 && hunk.new_left > 0 => {
                self.touch_removal(&mut hunk);
                hunk.old_left -= 1;
                hunk.new_left -= 1;
                hunk.next_new += 1;
            }
            Some(b'-') if hunk.old_left > 0 => {
                hunk.old_left -= 1;
                hunk.removed_here = true;
            }
            Some(b'+') if hunk.new_left > 0 => {
                self.record(hunk.next_new..=hunk.next_new);
                hunk.new_left -= 1;
                hunk.next_new += 1;
                hunk.removed_here = false;
            }
            // `\ No newline at end of file`
            Some(b'\\') => {}
            _ => {
                return Err(format!(
                    "line {number}: does not fit the line counts of the hunk header at line {}",
                    hunk.header_line
                ));
            }
        }
        if hunk.old_left == 0 && hunk.new_left == 0 {
            self.touch_removal(&mut hunk);
            return Ok(None);
        }
        Ok(Some(hunk))
    }

    /// Removed lines that nothing replaced touch the lines on either side of the gap, so
    /// that removing an attribute counts as a change to its block.
    fn touch_removal(&mut self, hunk: &mut Hunk) {
        if std::mem::take(&mut hunk.removed_here) {
            self.record(hunk.next_new.saturating_sub(1).max(1)..=hunk.next_new);
        }
    }

    /// Records changed lines of the current file (none for a deleted file).
    fn record(&mut self, lines: RangeInclusive<usize>) {
        if self.target == Target::File
            && let Some((_, changed)) = self.files.last_mut()
        {
            changed.push(lines);
        }
    }

    fn finish(self) -> Result<Vec<FileLines>, String> {
        match self.hunk {
            Some(hunk) => Err(format!(
                "the diff ends inside the hunk at line {}",
                hunk.header_line
            )),
            None => Ok(self.files),
        }
    }
}

/// The old side's line count and the new side's start and count of `@@ -1,2 +3,4 @@`; a
/// missing count is 1.
fn hunk_ranges(line: &str) -> Option<(usize, usize, usize)> {
    let (ranges, _) = line.strip_prefix("@@ -")?.split_once(" @@")?;
    let (old, new) = ranges.split_once(" +")?;
    let (_, old_count) = start_and_count(old)?;
    let (new_start, new_count) = start_and_count(new)?;
    Some((old_count, new_start, new_count))
}

fn start_and_count(range: &str) -> Option<(usize, usize)> {
    match range.split_once(',') {
        Some((start, count)) => Some((start.parse().ok()?, count.parse().ok()?)),
        None => Some((range.parse().ok()?, 1)),
    }
}

/// The path of a `+++` line. Git puts a path with unusual characters in double quotes, with
/// C escapes; `diff -u` follows the path with a tab and a date, and git adds a tab to paths
/// with spaces.
fn header_path(text: &str) -> Result<String, String> {
    match text.strip_prefix('"') {
        Some(quoted) => unquote(quoted),
        None => Ok(text.split('\t').next().unwrap_or(text).to_string()),
    }
}

/// The path in a git-quoted string (after its opening quote): `\t`-style escapes and octal
/// bytes (`\303\251` is é in UTF-8).
fn unquote(quoted: &str) -> Result<String, String> {
    let malformed = || format!("malformed quoted path: `\"{quoted}`");
    let mut bytes = Vec::new();
    let mut rest = quoted.bytes();
    loop {
        match rest.next().ok_or_else(malformed)? {
            b'"' => return Ok(String::from_utf8_lossy(&bytes).into_owned()),
            b'\\' => {
                let escaped = rest.next().ok_or_else(malformed)?;
                bytes.push(match escaped {
                    b'a' => 0x07,
                    b'b' => 0x08,
                    b't' => b'\t',
                    b'n' => b'\n',
                    b'v' => 0x0b,
                    b'f' => 0x0c,
                    b'r' => b'\r',
                    b'"' | b'\\' => escaped,
                    b'0'..=b'3' => octal_byte(escaped, &mut rest).ok_or_else(malformed)?,
                    _ => return Err(malformed()),
                });
            }
            byte => bytes.push(byte),
        }
    }
}

/// The byte of a three-digit octal escape whose first digit is `first`.
fn octal_byte(first: u8, rest: &mut impl Iterator<Item = u8>) -> Option<u8> {
    let mut value = first - b'0';
    for _ in 0..2 {
        let digit = rest.next().filter(|d| (b'0'..=b'7').contains(d))?;
        value = value * 8 + (digit - b'0');
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files and merged line ranges a diff touches.
    fn touched(diff: &str) -> Vec<FileLines> {
        parse(diff)
            .expect("the diff parses")
            .into_iter()
            .map(|(path, mut lines)| {
                merge(&mut lines);
                (path, lines)
            })
            .collect()
    }

    fn one(path: &str, lines: Vec<RangeInclusive<usize>>) -> Vec<FileLines> {
        vec![(path.to_string(), lines)]
    }

    #[test]
    fn hunk_headers_without_counts_mean_one_line() {
        let diff = "--- a/main.tf\n+++ b/main.tf\n@@ -3 +3 @@\n-  size = 1\n+  size = 2\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![3..=3]));
    }

    #[test]
    fn added_lines_are_counted_on_the_new_side() {
        let diff = "--- a/main.tf\n+++ b/main.tf\n@@ -10,0 +11,2 @@\n+a\n+b\n@@ -20 +22,3 @@\n-c\n+d\n+e\n+f\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![11..=12, 22..=24]));
    }

    #[test]
    fn pure_deletions_touch_the_lines_around_the_gap() {
        let diff = "--- a/main.tf\n+++ b/main.tf\n@@ -4 +3,0 @@\n-  encrypted = true\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![3..=4]));
    }

    #[test]
    fn deletions_in_context_hunks_touch_the_lines_around_the_gap() {
        let diff = "--- a/main.tf\n+++ b/main.tf\n@@ -1,4 +1,3 @@\n a\n b\n-c\n d\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![2..=3]));
    }

    #[test]
    fn a_deletion_at_the_top_of_a_file_touches_its_first_line() {
        let diff = "--- a/main.tf\n+++ b/main.tf\n@@ -1,2 +0,0 @@\n-a\n-b\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![1..=1]));
    }

    #[test]
    fn replaced_lines_touch_only_their_replacements() {
        let diff = "--- a/main.tf\n+++ b/main.tf\n@@ -5,2 +5 @@\n-a\n-b\n+c\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![5..=5]));
    }

    #[test]
    fn new_files_are_wholly_changed() {
        let diff = "diff --git a/new.tf b/new.tf\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/new.tf\n@@ -0,0 +1,3 @@\n+a\n+b\n+c\n";
        assert_eq!(touched(diff), one("b/new.tf", vec![1..=3]));
    }

    #[test]
    fn deleted_files_are_left_out() {
        let diff = "diff --git a/old.tf b/old.tf\ndeleted file mode 100644\nindex 1111111..0000000\n--- a/old.tf\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\n\
                    diff --git a/main.tf b/main.tf\n--- a/main.tf\n+++ b/main.tf\n@@ -1 +1 @@\n-a\n+b\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![1..=1]));
    }

    #[test]
    fn renamed_files_are_named_by_their_new_path() {
        let diff = "diff --git a/old.tf b/infra/new.tf\nsimilarity index 90%\nrename from old.tf\nrename to infra/new.tf\nindex 1..2 100644\n--- a/old.tf\n+++ b/infra/new.tf\n@@ -5 +5 @@\n-a\n+b\n\
                    diff --git a/same.tf b/moved.tf\nsimilarity index 100%\nrename from same.tf\nrename to moved.tf\n";
        assert_eq!(touched(diff), one("b/infra/new.tf", vec![5..=5]));
    }

    #[test]
    fn paths_without_prefix_are_kept_as_written() {
        let diff = "diff --git infra/main.tf infra/main.tf\nindex 1..2 100644\n--- infra/main.tf\n+++ infra/main.tf\n@@ -2 +2 @@\n-a\n+b\n";
        assert_eq!(touched(diff), one("infra/main.tf", vec![2..=2]));
    }

    #[test]
    fn quoted_paths_are_unescaped() {
        let diff = "diff --git \"a/my dir/caf\\303\\251\\t\\\"x\\\".tf\" \"b/my dir/caf\\303\\251\\t\\\"x\\\".tf\"\n--- \"a/my dir/caf\\303\\251\\t\\\"x\\\".tf\"\n+++ \"b/my dir/caf\\303\\251\\t\\\"x\\\".tf\"\n@@ -1 +1 @@\n-a\n+b\n";
        assert_eq!(touched(diff), one("b/my dir/café\t\"x\".tf", vec![1..=1]));
    }

    #[test]
    fn git_and_diff_u_tabs_after_paths_are_dropped() {
        let diff = "--- old/main.tf\t2024-01-01 10:00:00.000000000 +0000\n+++ new/main.tf\t2024-01-01 10:00:01.000000000 +0000\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n d\n\
                    --- a/my file.tf\t\n+++ b/my file.tf\t\n@@ -1 +1 @@\n-a\n+b\n";
        assert_eq!(
            touched(diff),
            vec![
                ("new/main.tf".to_string(), vec![2..=2]),
                ("b/my file.tf".to_string(), vec![1..=1]),
            ]
        );
    }

    #[test]
    fn no_newline_markers_are_not_hunk_lines() {
        let diff = "--- a/main.tf\n+++ b/main.tf\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![2..=2]));
    }

    #[test]
    fn crlf_diffs_read_as_lf_diffs() {
        let diff = "diff --git a/main.tf b/main.tf\r\n--- a/main.tf\r\n+++ b/main.tf\r\n@@ -1,2 +1,2 @@\r\n a\r\n-b\r\n+c\r\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![2..=2]));
    }

    #[test]
    fn binary_files_and_mode_changes_touch_nothing() {
        let diff = "diff --git a/logo.png b/logo.png\nindex 1..2 100644\nBinary files a/logo.png and b/logo.png differ\n\
                    diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n\
                    diff --git a/main.tf b/main.tf\n--- a/main.tf\n+++ b/main.tf\n@@ -7 +7 @@\n-a\n+b\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![7..=7]));
    }

    #[test]
    fn removed_lines_that_look_like_headers_stay_in_their_hunk() {
        let diff = "--- a/main.tf\n+++ b/main.tf\n@@ -1,2 +1,2 @@\n--- x\n+++ y\n a\n--- a/other.tf\n+++ b/other.tf\n@@ -1 +1 @@\n-a\n+b\n";
        assert_eq!(
            touched(diff),
            vec![
                ("b/main.tf".to_string(), vec![1..=1]),
                ("b/other.tf".to_string(), vec![1..=1]),
            ]
        );
    }

    #[test]
    fn text_around_the_diff_is_skipped_and_an_empty_diff_changes_nothing() {
        let diff = "From 123 Mon Sep 17 00:00:00 2001\nSubject: fix\n\n---\n main.tf | 2 +-\n\ndiff --git a/main.tf b/main.tf\n--- a/main.tf\n+++ b/main.tf\n@@ -1 +1 @@\n-a\n+b\n-- \n2.40.0\n";
        assert_eq!(touched(diff), one("b/main.tf", vec![1..=1]));
        assert_eq!(touched(""), vec![]);
    }

    #[test]
    fn malformed_diffs_are_errors_at_their_line() {
        let error = |diff: &str| parse(diff).expect_err("the diff is malformed");
        assert_eq!(
            error("--- a/x\n+++ b/x\n@@ -1,x +1 @@\n"),
            "line 3: not a hunk header: `@@ -1,x +1 @@`"
        );
        assert_eq!(
            error("--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\nnot a hunk line\n"),
            "line 6: does not fit the line counts of the hunk header at line 3"
        );
        assert_eq!(
            error("--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n"),
            "the diff ends inside the hunk at line 3"
        );
        assert_eq!(
            error("@@ -1 +1 @@\n-a\n+b\n"),
            "line 1: a hunk before its file's `+++` line"
        );
        assert_eq!(
            error("--- a/x\n+++ \"b/x\\q\"\n"),
            "line 2: malformed quoted path: `\"b/x\\q\"`"
        );
    }

    #[test]
    fn ranges_merge_and_overlap_inclusively() {
        let mut ranges = vec![8..=9, 1..=2, 3..=3, 20..=25, 22..=30];
        merge(&mut ranges);
        assert_eq!(ranges, vec![1..=3, 8..=9, 20..=30]);
        assert!(overlaps(&ranges, &(3..=5)));
        assert!(overlaps(&ranges, &(4..=8)));
        assert!(!overlaps(&ranges, &(4..=7)));
        assert!(!overlaps(&ranges, &(31..=40)));
        assert!(overlaps(&[WHOLE_FILE], &(1000..=1001)));
    }

    #[test]
    fn diff_paths_match_the_scan_paths_however_written() {
        let dir = std::env::temp_dir().join(format!("tfcomply-changes-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("infra")).unwrap();
        std::fs::create_dir_all(dir.join("b")).unwrap();
        std::fs::write(dir.join("infra/main.tf"), "").unwrap();
        std::fs::write(dir.join("b/only.tf"), "").unwrap();
        let mut changed = ChangedLines::default();
        let diff = "--- a/infra/main.tf\n+++ b/infra/main.tf\n@@ -2 +2 @@\n-a\n+b\n\
                    --- b/only.tf\n+++ b/only.tf\n@@ -4 +4 @@\n-a\n+b\n";
        let added = changed.add_diff(diff, &dir);
        let main = dir.join("infra/main.tf");
        let roundabout = dir.join("infra/../infra/./main.tf");
        let answers = [
            changed.touches(&main, 1..=2),
            changed.touches(&roundabout, 2..=2),
            changed.touches(&main, 3..=9),
            changed.touches(&dir.join("b/only.tf"), 4..=4),
        ];
        std::fs::remove_dir_all(&dir).unwrap();
        added.unwrap();
        assert_eq!(answers, [true, true, false, true]);
    }
}
