//! `--format github`: GitHub Actions workflow commands. Each active finding becomes an
//! annotation on its line (`::error`, `::warning` or `::notice` by severity), shown in the
//! pull request's diff and the run's summary, and so does each error of the scan, and each
//! suppression comment to mend (as a warning on the comment). Other notes are plain log
//! lines, as is the closing summary: GitHub shows only so many annotations of a kind, and a
//! hundred modules not installed must not crowd out the findings. Accepted findings are not
//! annotated.

use super::{Locator, Place, Report, criteria_lines, grades, human};
use crate::check::ScanError;
use crate::findings::Finding;
use rayon::prelude::*;

pub fn render(report: &Report) -> String {
    let locator = Locator::new(report);
    let result = report.result;
    let mut lines: Vec<String> = result
        .errors
        .iter()
        .map(|e| annotation("error", e, &locator))
        .collect();
    lines.par_extend(
        result
            .findings
            .par_iter()
            .map(|f| finding(f, report, &locator)),
    );
    // Escaped like a command's message: a line break in a note could otherwise start a
    // line that the runner reads as a command.
    lines.extend(result.notes.iter().map(|n| {
        if n.kind.ends_with("-suppression") {
            annotation("warning", n, &locator)
        } else {
            format!("tfcomply note: {}", escape_data(&note(n, &locator)))
        }
    }));
    lines.push(format!("tfcomply: {}", human::summary(result)));
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn finding(finding: &Finding, report: &Report, locator: &Locator) -> String {
    let located = locator.finding(finding);
    let mut message = format!("{}\n{}", located.text(finding), finding.remediation);
    for (label, criteria) in criteria_lines(&finding.criteria, report.catalogue) {
        message.push_str(&format!("\n{label}: {criteria}"));
    }
    let mut properties = place_properties(&located.place);
    properties.push((
        "title",
        format!("{} {}", finding.rule_id, finding.rule_name),
    ));
    command(grades(finding.severity).github, &properties, &message)
}

/// An error or note of the scan as an annotation, on its line when the repository holds its
/// file.
fn annotation(level: &str, error: &ScanError, locator: &Locator) -> String {
    let mut properties = locator
        .error(error)
        .as_ref()
        .map(place_properties)
        .unwrap_or_default();
    properties.push(("title", format!("tfcomply {}", error.kind)));
    command(level, &properties, &locator.error_text(error))
}

/// A note as a log line: where it is, and what it says.
fn note(note: &ScanError, locator: &Locator) -> String {
    match locator.error(note) {
        Some(place) => format!(
            "{}:{}:{}: {}",
            place.path, place.start.0, place.start.1, note.message
        ),
        None => locator.error_text(note),
    }
}

/// `file`, `line` and `endLine`; columns only on a one-line span, the only kind of span
/// GitHub places columns on.
fn place_properties(place: &Place) -> Vec<(&'static str, String)> {
    let mut properties = vec![
        ("file", place.path.clone()),
        ("line", place.start.0.to_string()),
        ("endLine", place.end.0.to_string()),
    ];
    if place.start.0 == place.end.0 {
        properties.push(("col", place.start.1.to_string()));
        properties.push(("endColumn", place.end.1.to_string()));
    }
    properties
}

/// `::name key=value,key=value::message`, escaped as the runner unescapes it.
fn command(name: &str, properties: &[(&str, String)], message: &str) -> String {
    let properties: Vec<String> = properties
        .iter()
        .map(|(key, value)| format!("{key}={}", escape_property(value)))
        .collect();
    let separator = if properties.is_empty() { "" } else { " " };
    format!(
        "::{name}{separator}{}::{}",
        properties.join(","),
        escape_data(message)
    )
}

/// A command's message: `%` and line breaks encoded, which would otherwise end the command
/// or be read as an encoding.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property's value: as a message, and the `:` and `,` that separate properties.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Suppression, SuppressionKind};
    use crate::report::Format;
    use crate::report::testing::Fixture;

    /// What the runner does to a command's message and properties.
    fn unescape(text: &str) -> String {
        text.replace("%0D", "\r")
            .replace("%0A", "\n")
            .replace("%3A", ":")
            .replace("%2C", ",")
            .replace("%25", "%")
    }

    #[test]
    fn data_and_properties_are_escaped_as_the_runner_unescapes_them() {
        let text = "100% a,b: c\r\nnext %0A";
        assert_eq!(escape_data(text), "100%25 a,b: c%0D%0Anext %250A");
        assert_eq!(escape_property(text), "100%25 a%2Cb%3A c%0D%0Anext %250A");
        assert_eq!(unescape(&escape_property(text)), text);
        assert_eq!(unescape(&escape_data("a%2Cb")), "a%2Cb");
    }

    #[test]
    fn findings_are_annotations_by_severity_and_accepted_ones_are_not() {
        let text = "resource \"aws_db_instance\" \"d\" {\n  storage_encrypted = false\n}\n";
        let mut fixture = Fixture::new(&[("main.tf", text)]);
        // ENC002 is high: an error; its span covers two lines, so no columns.
        let high = fixture.finding("ENC002", "aws_db_instance.d", 0, 0..60, Vec::new());
        let mut accepted = fixture.finding("TAG004", "aws_db_instance.d", 0, 0..31, Vec::new());
        accepted.suppression = Some(Suppression {
            kind: SuppressionKind::Inline,
            reason: "dev only".to_string(),
            expires: None,
            place: None,
        });
        fixture.result.findings.push(high);
        fixture.result.suppressed.push(accepted);
        let out = fixture.render(Format::Github);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert!(
            lines[0].starts_with(
                "::error file=main.tf,line=1,endLine=2,title=ENC002 rds-storage-encrypted::"
            ),
            "{out}"
        );
        assert!(lines[1].starts_with("tfcomply: Scanned 1 file"), "{out}");
        assert!(!out.contains("TAG004"));
    }

    #[test]
    fn suppression_notes_are_warnings_on_their_comment() {
        let mut fixture = Fixture::new(&[("main.tf", "# tfcomply:ignore ENC001\n")]);
        fixture.result.notes.push(ScanError {
            kind: "invalid-suppression",
            file: Some(0),
            path: "main.tf".to_string(),
            span: 0..24,
            message: "this suppression has no reason".to_string(),
            related: Vec::new(),
        });
        let text = fixture.render(Format::Github);
        assert!(
            text.lines()
                .any(|l| l.starts_with("::warning file=main.tf,line=1,")
                    && l.contains("title=tfcomply invalid-suppression::")),
            "{text}"
        );
    }

    #[test]
    fn notes_are_log_lines_that_cannot_start_a_command() {
        let mut fixture = Fixture::new(&[("main.tf", "module \"m\" {}\n")]);
        fixture.result.notes.push(ScanError {
            kind: "note",
            file: Some(0),
            path: "main.tf".to_string(),
            span: 0..10,
            message: "module.m is not installed\n::error::injected".to_string(),
            related: Vec::new(),
        });
        let out = fixture.render(Format::Github);
        assert_eq!(
            out.lines().next(),
            Some("tfcomply note: main.tf:1:1: module.m is not installed%0A::error::injected")
        );
    }
}
