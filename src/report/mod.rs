//! Report stage: renderers only read the scan result. All miette code lives in `human`.

pub mod coverage;
mod excerpt;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod rules;
pub mod sarif;

use crate::check::{ScanError, ScanResult};
use crate::findings::{Finding, Suppression};
use crate::rules::{Catalogue, Rule, Severity};
use crate::syntax::Span;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

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
    Sarif,
    Junit,
    Github,
    Markdown,
    Gitlab,
}

impl Format {
    /// Whether the format lists the checks that passed as well (JUnit's test cases).
    pub fn lists_passes(self) -> bool {
        self == Format::Junit
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
        Format::Sarif => sarif::render(report),
        Format::Junit => junit::render(report),
        Format::Github => github::render(report),
        Format::Markdown => markdown::render(report),
        Format::Gitlab => gitlab::render(report),
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

/// The text of the severity counts: `4 high, 7 medium, 1 low`, most severe first.
pub fn severity_counts(result: &ScanResult) -> String {
    let counts: Vec<String> = by_severity(result)
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {s}"))
        .collect();
    counts.join(", ")
}

/// `word`, with an `s` unless there is one.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// How each format grades a severity, in one table so that the formats agree.
pub struct Grades {
    /// SARIF's `level`.
    pub sarif: &'static str,
    /// GitHub code scanning's `security-severity`: its bands (critical above 9.0, high from
    /// 7.0, medium from 4.0, low below) give back the rule's own severity.
    pub security_severity: &'static str,
    /// The GitHub workflow command.
    pub github: &'static str,
    /// GitLab Code Quality's `severity`.
    pub gitlab: &'static str,
    /// The Markdown comment's marker.
    pub marker: &'static str,
}

pub fn grades(severity: Severity) -> Grades {
    let (sarif, security_severity, github, gitlab, marker) = match severity {
        Severity::Critical => ("error", "9.5", "error", "blocker", "🔴"),
        Severity::High => ("error", "8.0", "error", "critical", "🟠"),
        Severity::Medium => ("warning", "5.5", "warning", "major", "🟡"),
        Severity::Low => ("note", "3.0", "notice", "minor", "🔵"),
        Severity::Info => ("note", "1.0", "notice", "info", "⚪"),
    };
    Grades {
        sarif,
        security_severity,
        github,
        gitlab,
        marker,
    }
}

/// Where the built-in rules' pages (`docs/rules/<ID>.md`) are published: under Cargo.toml's
/// `repository`, so that the links always match the published repository.
pub const RULE_DOCS_BASE: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/rules/");

/// The page of a rule; a custom rule has none.
pub fn rule_doc_url(rule: &Rule) -> Option<String> {
    rule.builtin
        .then(|| format!("{RULE_DOCS_BASE}{}.md", uri_path(&rule.id)))
}

/// A finding's criteria per framework, as `("SOC 2", "CC6.1 Logical access …; CC6.7 …")`:
/// SOC 2 criteria with their titles, SOX controls by id (their titles are long, and the id
/// says enough on a finding).
pub fn criteria_lines(
    criteria: &BTreeMap<String, Vec<String>>,
    catalogue: &Catalogue,
) -> Vec<(&'static str, String)> {
    [("soc2", "SOC 2"), ("sox", "SOX")]
        .into_iter()
        .filter_map(|(framework, label)| {
            let ids = criteria.get(framework).filter(|ids| !ids.is_empty())?;
            let shown: Vec<String> = ids
                .iter()
                .map(|id| match catalogue.criterion(framework, id) {
                    Some(c) if framework == "soc2" => format!("{id} {}", c.title),
                    _ => id.clone(),
                })
                .collect();
            Some((label, shown.join("; ")))
        })
        .collect()
}

/// Why an accepted finding is accepted, with the date the acceptance ends.
pub fn suppression_reason(suppression: &Suppression) -> String {
    match &suppression.expires {
        Some(date) => format!("{} (expires {date})", suppression.reason),
        None => suppression.reason.clone(),
    }
}

/// `text` with every byte but RFC 3986's unreserved characters and `/` percent-encoded: a
/// path made a URI reference (a SARIF `uri`, a link's target). `:` is encoded too, or a
/// relative path's first segment could read as a scheme.
pub fn uri_path(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A scanned file's path relative to `root` (absolute), with forward slashes: what code
/// hosts resolve against their checkout. `None` when the file is outside the root, or in a
/// `.terraform/` directory: an installed module, which the repository does not hold.
pub fn relative_path(path: &Path, cwd: &Path, root: &Path) -> Option<String> {
    let absolute = crate::model::normalise(&cwd.join(path));
    // Symbolic links (a temporary directory, a linked checkout) are resolved when the files
    // exist; a file reached through a link that leaves the root still counts by its name.
    let canonical = std::fs::canonicalize(&absolute)
        .ok()
        .zip(std::fs::canonicalize(root).ok())
        .and_then(|(file, root)| file.strip_prefix(root).ok().map(Path::to_path_buf));
    let inside = canonical.or_else(|| {
        absolute
            .strip_prefix(crate::model::normalise(root))
            .ok()
            .map(Path::to_path_buf)
    })?;
    let parts = path_parts(&inside);
    (!parts.iter().any(|p| p == ".terraform")).then(|| parts.join("/"))
}

/// A path for a file that the repository does not hold: from its `.terraform` directory on
/// for an installed module, else as the scan names it, but never absolute (the file's name
/// alone): an absolute path names the machine that ran the scan, not the repository.
pub fn shown_path(path: &Path) -> String {
    let parts = path_parts(&crate::model::normalise(path));
    if let Some(installed) = parts.iter().position(|p| p == ".terraform") {
        return parts[installed..].join("/");
    }
    if path.has_root() {
        return parts.last().cloned().unwrap_or_default();
    }
    parts.join("/")
}

/// The names along a path, `..` included, without its root or `.`.
fn path_parts(path: &Path) -> Vec<String> {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            Component::ParentDir => Some("..".to_string()),
            _ => None,
        })
        .collect()
}

/// A place in a file, as the formats read by code hosts give it.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Relative to the source root when `in_root`, else as [`shown_path`] gives it.
    pub path: String,
    pub in_root: bool,
    /// 1-based line and column (in characters) of the span's start, and of its end
    /// (exclusive).
    pub start: (usize, usize),
    pub end: (usize, usize),
}

/// Where a finding is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub place: Place,
    /// When the finding is in a module the repository does not hold and is shown at the
    /// `module` block that calls it: `in module.vpc (installed module
    /// `.terraform/modules/vpc/main.tf:12`)`.
    pub via: Option<String>,
}

impl Located {
    /// The finding's message with its resource, said to be in the called module when it is
    /// shown at the call.
    pub fn text(&self, finding: &Finding) -> String {
        let via = self
            .via
            .as_ref()
            .map(|via| format!("{via}: "))
            .unwrap_or_default();
        format!("{via}{} ({})", finding.message, finding.resource.address)
    }
}

/// Places of findings and errors relative to the source root, each file's path worked out
/// once (it may touch the file system) and its lines indexed once.
pub struct Locator<'a> {
    result: &'a ScanResult,
    positions: Positions<'a>,
    cwd: PathBuf,
    root: &'a Path,
    relative: Vec<OnceLock<Option<String>>>,
}

impl<'a> Locator<'a> {
    pub fn new(report: &Report<'a>) -> Self {
        let cwd = std::env::current_dir().unwrap_or_default();
        Locator {
            result: report.result,
            positions: Positions::new(report.result),
            cwd,
            root: report.source_root,
            relative: (0..report.result.files.len())
                .map(|_| OnceLock::new())
                .collect(),
        }
    }

    /// The path of file `file` relative to the source root, when the repository holds it.
    pub fn relative(&self, file: usize) -> Option<&str> {
        self.relative[file]
            .get_or_init(|| relative_path(&self.result.files[file].path, &self.cwd, self.root))
            .as_deref()
    }

    pub fn place(&self, file: usize, span: &Span) -> Place {
        let (path, in_root) = match self.relative(file) {
            Some(path) => (path.to_string(), true),
            None => (shown_path(&self.result.files[file].path), false),
        };
        Place {
            path,
            in_root,
            start: self.positions.line_col(file, span.start),
            end: self.positions.line_col(file, span.end),
        }
    }

    /// Where a finding is shown: where it is when the repository holds the file, else at the
    /// innermost `module` block on the way to it that the repository holds (the call of the
    /// installed module, not the local module around it), which code hosts can show; else
    /// where it is, by the path the scan gave.
    pub fn finding(&self, finding: &Finding) -> Located {
        let own = self.place(finding.file, &finding.span);
        let calls = &finding.resource.calls;
        let call = calls
            .iter()
            .rposition(|c| self.relative(c.file).is_some())
            .filter(|_| !own.in_root);
        match call {
            Some(index) => {
                let what = if own.path.starts_with(".terraform/") {
                    "installed module"
                } else {
                    "module outside the repository"
                };
                let path: Vec<String> = calls[..=index]
                    .iter()
                    .map(|c| format!("module.{}{}", c.name, c.key))
                    .collect();
                Located {
                    via: Some(format!(
                        "in {} ({what} `{}:{}`)",
                        path.join("."),
                        own.path,
                        own.start.0
                    )),
                    place: self.place(calls[index].file, &calls[index].header),
                }
            }
            None => Located {
                place: own,
                via: None,
            },
        }
    }

    /// Where a scan error is, when the repository holds its file.
    pub fn error(&self, error: &ScanError) -> Option<Place> {
        error
            .file
            .map(|file| self.place(file, &error.span))
            .filter(|place| place.in_root)
    }

    /// An error's message, naming its file when [`Locator::error`] has no place for it.
    pub fn error_text(&self, error: &ScanError) -> String {
        if error.path.is_empty() || self.error(error).is_some() {
            return error.message.clone();
        }
        format!("{}: {}", shown_path(Path::new(&error.path)), error.message)
    }
}

/// Scan results built by hand, for the renderers' unit tests: findings of built-in rules on
/// files that need not exist, relative to the working directory as the source root.
#[cfg(test)]
pub(crate) mod testing {
    use super::{Format, Report, human, render};
    use crate::check::ScanResult;
    use crate::findings::{Finding, ResourceRef};
    use crate::model::CallSite;
    use crate::rules::{Catalogue, Rule};
    use crate::source::SourceFile;
    use std::path::PathBuf;

    pub struct Fixture {
        pub result: ScanResult,
        pub catalogue: Catalogue,
        pub link_base: Option<String>,
    }

    impl Fixture {
        /// An empty scan of `files` (path, text), each requested.
        pub fn new(files: &[(&str, &str)]) -> Self {
            let result = ScanResult {
                files: files
                    .iter()
                    .map(|(path, text)| SourceFile {
                        path: PathBuf::from(path),
                        text: (*text).into(),
                        requested: true,
                    })
                    .collect(),
                ..ScanResult::default()
            };
            Fixture {
                result,
                catalogue: Catalogue::builtin().expect("the built-in rules load"),
                link_base: None,
            }
        }

        /// A finding of rule `rule_id` on `address`, at `span` of file `file`, its resource
        /// called through `calls`.
        pub fn finding(
            &self,
            rule_id: &str,
            address: &str,
            file: usize,
            span: std::ops::Range<usize>,
            calls: Vec<CallSite>,
        ) -> Finding {
            let rule = self.catalogue.find(rule_id).expect("a built-in rule");
            Finding {
                rule_id: rule.id.clone(),
                rule_name: rule.name.clone(),
                title: rule.title.clone(),
                family: rule.family.clone(),
                severity: rule.severity,
                message: rule.message.clone(),
                remediation: rule.remediation.clone(),
                criteria: rule.criteria.clone(),
                file,
                span: span.clone(),
                related: Vec::new(),
                resource: ResourceRef {
                    address: address.to_string(),
                    root: ".".to_string(),
                    kind: address.split('.').next().unwrap_or_default().to_string(),
                    file,
                    span,
                    instances_unknown: false,
                    calls: calls.into(),
                    key: String::new(),
                },
                fingerprint: crate::findings::fingerprint(&rule.id, ".", address),
                suppression: None,
            }
        }

        /// The report in `format`, as if every built-in rule had run, with the working
        /// directory as the source root.
        pub fn render(&self, format: Format) -> String {
            self.with_report(|report| render(format, report))
        }

        pub fn with_report<T>(&self, f: impl FnOnce(&Report) -> T) -> T {
            let ran: Vec<&Rule> = self.catalogue.rules.iter().collect();
            let root = std::env::current_dir().expect("a working directory");
            f(&Report {
                result: &self.result,
                catalogue: &self.catalogue,
                ran: &ran,
                show_unknown: false,
                framework: None,
                source_root: &root,
                link_base: self.link_base.as_deref(),
                style: human::Style {
                    color: false,
                    width: 100,
                },
            })
        }
    }
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

    #[test]
    fn paths_are_relative_to_the_root_with_forward_slashes() {
        let root = Path::new("/repo");
        let cwd = Path::new("/repo/infra");
        assert_eq!(
            relative_path(Path::new("./net/../main.tf"), cwd, root).as_deref(),
            Some("infra/main.tf")
        );
        assert_eq!(
            relative_path(Path::new("/repo/a/b.tf"), cwd, root).as_deref(),
            Some("a/b.tf")
        );
        assert_eq!(
            relative_path(Path::new("../../elsewhere/x.tf"), cwd, root),
            None,
            "outside the root"
        );
        assert_eq!(
            relative_path(Path::new(".terraform/modules/vpc/main.tf"), cwd, root),
            None,
            "an installed module"
        );
    }

    #[cfg(unix)]
    #[test]
    fn paths_compare_through_symbolic_links() {
        let dir = std::env::temp_dir().join(format!("tfcomply-paths-{}", std::process::id()));
        let real = dir.join("real");
        std::fs::create_dir_all(real.join("net")).unwrap();
        std::fs::write(real.join("net/main.tf"), "").unwrap();
        let link = dir.join("link");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&real, &link).unwrap();
        // The root as `git rev-parse` gives it (resolved), the file by the linked name.
        let relative = relative_path(Path::new("net/main.tf"), &link, &real);
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(relative.as_deref(), Some("net/main.tf"));
    }

    #[test]
    fn paths_outside_the_repository_are_shown_but_never_absolute() {
        assert_eq!(
            shown_path(Path::new("/home/me/infra/.terraform/modules/vpc/main.tf")),
            ".terraform/modules/vpc/main.tf"
        );
        assert_eq!(shown_path(Path::new("/home/me/other/main.tf")), "main.tf");
        assert_eq!(
            shown_path(Path::new("./../shared/x/main.tf")),
            "../shared/x/main.tf"
        );
    }

    #[test]
    fn uri_paths_keep_only_unreserved_characters_and_slashes() {
        assert_eq!(uri_path("a b/c:d%é.tf"), "a%20b/c%3Ad%25%C3%A9.tf");
        assert_eq!(
            uri_path("modules/vpc-1_x~/main.tf"),
            "modules/vpc-1_x~/main.tf"
        );
    }

    #[test]
    fn each_severity_maps_to_its_grade_in_every_format() {
        let table: Vec<_> = Severity::ALL
            .into_iter()
            .map(|s| {
                let g = grades(s);
                (s.as_str(), g.sarif, g.security_severity, g.github, g.gitlab)
            })
            .collect();
        assert_eq!(
            table,
            [
                ("critical", "error", "9.5", "error", "blocker"),
                ("high", "error", "8.0", "error", "critical"),
                ("medium", "warning", "5.5", "warning", "major"),
                ("low", "note", "3.0", "notice", "minor"),
                ("info", "note", "1.0", "notice", "info"),
            ]
        );
        // GitHub's bands: critical above 9.0, high from 7.0, medium from 4.0, low below.
        for severity in Severity::ALL {
            let score: f64 = grades(severity).security_severity.parse().unwrap();
            let band = match score {
                s if s > 9.0 => Severity::Critical,
                s if s >= 7.0 => Severity::High,
                s if s >= 4.0 => Severity::Medium,
                _ => Severity::Low,
            };
            assert_eq!(band, severity.max(Severity::Low), "{severity}");
        }
    }

    #[test]
    fn a_finding_in_an_installed_module_is_shown_at_the_outermost_call() {
        let caller = "module \"vpc\" {\n  source = \"x/vpc/aws\"\n}\n";
        let installed = "variable \"n\" {}\n\nresource \"aws_s3_bucket\" \"b\" {}\n";
        let mut fixture = testing::Fixture::new(&[
            ("infra/main.tf", caller),
            ("infra/.terraform/modules/vpc/main.tf", installed),
        ]);
        let call = crate::model::CallSite {
            file: 0,
            span: 0..caller.len(),
            header: 0..12,
            name: "vpc".to_string(),
            key: "[\"eu\"]".to_string(),
        };
        let finding = fixture.finding(
            "ENC001",
            "module.vpc.aws_s3_bucket.b",
            1,
            18..48,
            vec![call],
        );
        fixture.result.findings.push(finding);
        let finding = &fixture.result.findings[0];
        fixture.with_report(|report| {
            let locator = Locator::new(report);
            let located = locator.finding(finding);
            assert_eq!(
                located.place,
                Place {
                    path: "infra/main.tf".to_string(),
                    in_root: true,
                    start: (1, 1),
                    end: (1, 13),
                }
            );
            assert_eq!(
                located.text(finding),
                format!(
                    "in module.vpc[\"eu\"] (installed module `.terraform/modules/vpc/main.tf:3`): \
                     {} (module.vpc.aws_s3_bucket.b)",
                    finding.message
                )
            );
            // Without a call in the repository, the finding stays where it is, by its shown
            // path.
            let mut uncalled = finding.clone();
            uncalled.resource.calls = Vec::new().into();
            let located = locator.finding(&uncalled);
            assert_eq!(located.via, None);
            assert_eq!(located.place.path, ".terraform/modules/vpc/main.tf");
            assert!(!located.place.in_root);
        });
    }

    #[test]
    fn a_finding_in_a_module_installed_for_a_local_module_is_shown_at_that_call() {
        let root = "module \"app\" {\n  source = \"./modules/app\"\n}\n";
        let app = "module \"bucket\" {\n  source = \"x/bucket/aws\"\n}\n";
        let installed = "resource \"aws_s3_bucket\" \"b\" {}\n";
        let mut fixture = testing::Fixture::new(&[
            ("infra/main.tf", root),
            ("infra/modules/app/main.tf", app),
            ("infra/.terraform/modules/app.bucket/main.tf", installed),
        ]);
        let call = |file, name: &str, text: &str| crate::model::CallSite {
            file,
            span: 0..text.len(),
            header: 0..9 + name.len(),
            name: name.to_string(),
            key: String::new(),
        };
        let calls = vec![call(0, "app", root), call(1, "bucket", app)];
        let finding = fixture.finding(
            "ENC001",
            "module.app.module.bucket.aws_s3_bucket.b",
            2,
            0..30,
            calls,
        );
        fixture.result.findings.push(finding);
        let finding = &fixture.result.findings[0];
        fixture.with_report(|report| {
            let located = Locator::new(report).finding(finding);
            assert_eq!(located.place.path, "infra/modules/app/main.tf");
            assert_eq!(located.place.start, (1, 1));
            assert!(
                located
                    .via
                    .as_deref()
                    .is_some_and(|via| via.starts_with("in module.app.module.bucket (installed")),
                "{:?}",
                located.via
            );
        });
    }
}
