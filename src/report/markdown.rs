//! `--format markdown`: a pull-request comment. A status line, the findings counted by SOC 2
//! criterion and by severity, each finding collapsible under its file with a link to its
//! line (`--link-base`), the accepted findings with their reasons (audit evidence), and the
//! scan's errors and notes. The comment stays under GitHub's size limit for a comment: what
//! does not fit is counted, not cut off mid-way.

use super::{
    Located, Locator, Place, Report, criteria_lines, grades, plural, rule_doc_url, severity_counts,
    suppression_reason,
};
use crate::check::ScanError;
use crate::findings::Finding;
use crate::rules::Severity;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// GitHub's limit for a comment, in characters. Counted here in bytes, which are never fewer.
const LIMIT: usize = 65_536;

/// Kept for each section's line about what was left out, whatever its count's digits.
const LEFT_OUT_ROOM: usize = 160;

/// What a bot looks for to update its earlier comment instead of adding one.
const MARKER: &str = "<!-- tfcomply -->";

pub fn render(report: &Report) -> String {
    let locator = Locator::new(report);
    let head = head(report);
    let footer = format!("\n---\n<sub>tfcomply {}</sub>\n", env!("CARGO_PKG_VERSION"));
    let sections = [
        problems_section("Errors", "errors", &report.result.errors, report, &locator),
        findings_section(report, &locator),
        accepted_section(report, &locator),
        problems_section("Notes", "notes", &report.result.notes, report, &locator),
    ];
    let mut out = head;
    out.push_str(&fit(
        &sections,
        LIMIT.saturating_sub(out.len() + footer.len()),
    ));
    out.push_str(&footer);
    out
}

/// The marker, the status line, what was scanned, and the tables of counts.
fn head(report: &Report) -> String {
    let result = report.result;
    let findings = result.findings.len();
    let errors = result.errors.len();
    let mut status = match findings {
        0 if errors > 0 => "⚠️ no findings".to_string(),
        0 => "✅ no findings".to_string(),
        n => format!(
            "❌ {n} {} ({})",
            plural(n, "finding"),
            severity_counts(result)
        ),
    };
    if errors > 0 {
        status.push_str(&format!(", {errors} {}", plural(errors, "error")));
    }
    let files = result.files.iter().filter(|f| f.requested).count();
    let mut scanned = format!(
        "Scanned {files} {}, {} {} with {} {}",
        plural(files, "file"),
        result.resources,
        plural(result.resources, "resource"),
        report.ran.len(),
        plural(report.ran.len(), "rule")
    );
    let accepted = result.suppressed.len();
    if accepted > 0 {
        scanned.push_str(&format!("; {accepted} accepted (listed below)"));
    }
    if !result.undecided.is_empty() {
        scanned.push_str(&format!(
            "; {} undecided until apply",
            result.undecided.len()
        ));
    }
    let mut out = format!("{MARKER}\n## tfcomply: {status}\n\n{scanned}.\n");
    if findings > 0 {
        out.push_str(&criteria_table(report));
        out.push_str(&severity_table(report));
    }
    out
}

/// Findings per SOC 2 criterion, in the framework's order, with the most severe of them.
fn criteria_table(report: &Report) -> String {
    let mut by_criterion: BTreeMap<&str, (usize, Severity)> = BTreeMap::new();
    for finding in &report.result.findings {
        for id in finding.criteria.get("soc2").into_iter().flatten() {
            let entry = by_criterion
                .entry(id.as_str())
                .or_insert((0, finding.severity));
            entry.0 += 1;
            entry.1 = entry.1.max(finding.severity);
        }
    }
    let framework = report.catalogue.framework("soc2");
    let order = |id: &str| {
        framework
            .and_then(|f| f.criteria.iter().position(|c| c.id == id))
            .unwrap_or(usize::MAX)
    };
    let mut rows: Vec<_> = by_criterion.into_iter().collect();
    rows.sort_by_key(|(id, _)| order(id));
    let mut out = String::from(
        "\n### By SOC 2 criterion\n\n| Criterion | | Findings | Highest severity |\n| --- | --- | ---: | --- |\n",
    );
    for (id, (count, highest)) in rows {
        let title = report
            .catalogue
            .criterion("soc2", id)
            .map_or("", |c| c.title.as_str());
        out.push_str(&format!(
            "| {} | {} | {count} | {} {highest} |\n",
            escape(id),
            escape(title),
            grades(highest).marker
        ));
    }
    out
}

fn severity_table(report: &Report) -> String {
    let mut out = String::from("\n### By severity\n\n| Severity | Findings |\n| --- | ---: |\n");
    for (severity, count) in super::by_severity(report.result) {
        if count > 0 {
            out.push_str(&format!(
                "| {} {severity} | {count} |\n",
                grades(severity).marker
            ));
        }
    }
    out
}

/// Items under a heading, shown while the comment has room.
struct Section {
    open: String,
    items: Vec<String>,
    close: String,
    /// What the items are, for the line that counts those left out.
    noun: &'static str,
}

/// The sections with as many of their items as `room` holds, in order: a section whose
/// next item does not fit ends there, with a line counting the items left out. Each
/// section's heading, end and room for such a line are counted before any item, so they
/// always fit, and the text stays below `room` (the line is shorter than its room).
fn fit(sections: &[Section], room: usize) -> String {
    let sections: Vec<&Section> = sections.iter().filter(|s| !s.items.is_empty()).collect();
    let frames: usize = sections
        .iter()
        .map(|s| s.open.len() + s.close.len() + LEFT_OUT_ROOM)
        .sum();
    let mut left = room.saturating_sub(frames);
    let mut out = String::new();
    for section in sections {
        out.push_str(&section.open);
        let shown = section
            .items
            .iter()
            .take_while(|item| match left.checked_sub(item.len()) {
                Some(rest) => {
                    left = rest;
                    true
                }
                None => false,
            })
            .count();
        for item in &section.items[..shown] {
            out.push_str(item);
        }
        let hidden = section.items.len() - shown;
        if hidden > 0 {
            out.push_str(&format!(
                "\n… and {hidden} more {} not shown (see the SARIF or JSON report)\n",
                section.noun
            ));
        }
        out.push_str(&section.close);
    }
    out
}

/// The findings by file, each collapsible; a file's heading goes with its first finding.
fn findings_section(report: &Report, locator: &Locator) -> Section {
    let mut located: Vec<(Located, &Finding)> = report
        .result
        .findings
        .par_iter()
        .map(|f| (locator.finding(f), f))
        .collect();
    // Stable: a file's findings keep their order by position.
    located.sort_by(|a, b| a.0.place.path.cmp(&b.0.place.path));
    let mut items: Vec<String> = located
        .par_iter()
        .map(|(place, f)| finding_block(f, place, report))
        .collect();
    for (i, (place, _)) in located.iter().enumerate() {
        if i == 0 || located[i - 1].0.place.path != place.place.path {
            items[i].insert_str(
                0,
                &format!("\n#### <code>{}</code>\n", escape(&place.place.path)),
            );
        }
    }
    Section {
        open: "\n### Findings\n".to_string(),
        items,
        close: String::new(),
        noun: "findings",
    }
}

fn finding_block(finding: &Finding, located: &Located, report: &Report) -> String {
    let place = &located.place;
    let name = place.path.rsplit('/').next().unwrap_or_default();
    let mut out = format!(
        "\n<details>\n<summary>{} <b>{}</b> <code>{}</code> {} · <code>{}</code> · {}</summary>\n\n{}\n\n- **Remediation:** {}\n",
        grades(finding.severity).marker,
        finding.severity,
        escape(&finding.rule_id),
        escape(&finding.title),
        escape(&finding.resource.address),
        line_link(place, &format!("{name}:{}", place.start.0), report),
        escape(&located.text(finding)),
        escape(&finding.remediation),
    );
    for (label, criteria) in criteria_lines(&finding.criteria, report.catalogue) {
        out.push_str(&format!("- **{label}:** {}\n", escape(&criteria)));
    }
    let rule = format!("{} {}", finding.rule_id, finding.rule_name);
    let rule = match report
        .catalogue
        .find(&finding.rule_id)
        .and_then(rule_doc_url)
    {
        Some(url) => format!("<a href=\"{}\">{}</a>", escape(&url), escape(&rule)),
        None => format!(
            "{} (<code>tfcomply explain {}</code>)",
            escape(&rule),
            escape(&finding.rule_id)
        ),
    };
    out.push_str(&format!("- **Rule:** {rule}\n\n</details>\n"));
    out
}

/// The accepted findings and why, collapsed: evidence for the auditor, not work to do.
fn accepted_section(report: &Report, locator: &Locator) -> Section {
    let accepted = &report.result.suppressed;
    let items = accepted
        .par_iter()
        .map(|f| {
            let located = locator.finding(f);
            let place = &located.place;
            let (by, reason) = f.suppression.as_ref().map_or(("", String::new()), |s| {
                (s.kind.as_str(), suppression_reason(s))
            });
            format!(
                "| <code>{}</code> | <code>{}</code> | {} | {by} | {} |\n",
                escape(&f.rule_id),
                escape(&f.resource.address),
                line_link(place, &format!("{}:{}", place.path, place.start.0), report),
                escape(&reason)
            )
        })
        .collect();
    Section {
        open: format!(
            "\n<details>\n<summary>{} accepted {} (suppressed or in the baseline)</summary>\n\n| Rule | Resource | Location | Accepted by | Reason |\n| --- | --- | --- | --- | --- |\n",
            accepted.len(),
            plural(accepted.len(), "finding")
        ),
        items,
        close: "\n</details>\n".to_string(),
        noun: "accepted findings",
    }
}

fn problems_section(
    title: &str,
    noun: &'static str,
    problems: &[ScanError],
    report: &Report,
    locator: &Locator,
) -> Section {
    let items = problems
        .iter()
        .map(|e| {
            let place = locator.error(e).map_or(String::new(), |place| {
                let text = format!("{}:{}:{}", place.path, place.start.0, place.start.1);
                format!(" {}", line_link(&place, &text, report))
            });
            format!(
                "- **{}**{place}: {}\n",
                e.kind,
                escape(&locator.error_text(e))
            )
        })
        .collect();
    Section {
        open: format!("\n### {title}\n\n"),
        items,
        close: String::new(),
        noun,
    }
}

/// `text` linking to the place's line under `--link-base`; plain without it, or when the
/// repository does not hold the file.
fn line_link(place: &Place, text: &str, report: &Report) -> String {
    match report.link_base.filter(|_| place.in_root) {
        Some(base) => format!(
            "<a href=\"{}/{}#L{}\">{}</a>",
            escape(base.trim_end_matches('/')),
            super::uri_path(&place.path),
            place.start.0,
            escape(text)
        ),
        None => escape(text),
    }
}

/// Text from the scanned files or the rules (messages quote attribute values) made inert in
/// Markdown, tables and HTML alike: markup characters as character references, line breaks
/// as `<br>`, and `@` kept from mentioning anyone. An `_` between letters is left as it
/// is: it cannot emphasise there, and addresses are full of them.
fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let word = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|c| c.is_alphanumeric())
        };
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            // A word joiner after `@` keeps GitHub from reading a mention.
            '@' => out.push_str("@\u{2060}"),
            '_' if word(i.checked_sub(1)) && word(Some(i + 1)) => out.push('_'),
            '|' | '`' | '*' | '_' | '[' | ']' | '\\' | '~' | '#' | '!' | '$' => {
                out.push_str(&format!("&#{};", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Suppression, SuppressionKind};
    use crate::report::Format;
    use crate::report::testing::Fixture;

    #[test]
    fn text_is_inert_in_markdown_tables_and_html() {
        assert_eq!(
            escape("a|b <i> & `c` *d* _e_ x_y [f](g) \\ ~ # ! $ \"h\" @team\r\nnext"),
            "a&#124;b &lt;i&gt; &amp; &#96;c&#96; &#42;d&#42; &#95;e&#95; x_y &#91;f&#93;(g) \
             &#92; &#126; &#35; &#33; &#36; &quot;h&quot; @\u{2060}team<br>next"
        );
    }

    fn suppression(reason: &str) -> Option<Suppression> {
        Some(Suppression {
            kind: SuppressionKind::Config,
            reason: reason.to_string(),
            expires: None,
            place: None,
        })
    }

    #[test]
    fn a_huge_scan_stays_under_the_limit_and_counts_what_it_leaves_out() {
        let text = "resource \"aws_db_instance\" \"a\" {}\n";
        let files: Vec<(String, &str)> = (0..40).map(|i| (format!("m{i}/main.tf"), text)).collect();
        let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), *t)).collect();
        let mut fixture = Fixture::new(&files);
        for i in 0..4000 {
            let address = format!("aws_db_instance.a{i}");
            let finding = fixture.finding("ENC002", &address, i % 40, 0..32, Vec::new());
            let mut accepted = fixture.finding("TAG004", &address, i % 40, 0..32, Vec::new());
            accepted.suppression = suppression("legacy");
            fixture.result.findings.push(finding);
            fixture.result.suppressed.push(accepted);
        }
        let comment = fixture.render(Format::Markdown);
        assert!(comment.len() < LIMIT, "{} bytes", comment.len());
        assert!(
            comment.len() > LIMIT - 1_000,
            "the budget is used: {}",
            comment.len()
        );
        let shown = comment.matches("<b>high</b> <code>ENC002</code>").count();
        let shown_accepted = comment.matches("\n| <code>TAG004</code>").count();
        assert!(shown > 20, "{shown}");
        assert!(comment.contains(&format!(
            "… and {} more findings not shown (see the SARIF or JSON report)",
            4000 - shown
        )));
        assert!(comment.contains(&format!(
            "… and {} more accepted findings not shown",
            4000 - shown_accepted
        )));
        assert!(comment.ends_with(&format!(
            "<sub>tfcomply {}</sub>\n",
            env!("CARGO_PKG_VERSION")
        )));
    }

    #[test]
    fn a_clean_scan_says_so_and_lists_the_accepted_findings_with_their_reasons() {
        let text = "resource \"aws_db_instance\" \"a\" {}\n";
        let mut fixture = Fixture::new(&[("db/main.tf", text)]);
        fixture.link_base = Some("https://example.test/o/r/blob/abc/".to_string());
        let mut accepted = fixture.finding("ENC002", "aws_db_instance.a", 0, 0..32, Vec::new());
        accepted.suppression = suppression("test data | not <real>");
        fixture.result.suppressed.push(accepted);
        let comment = fixture.render(Format::Markdown);
        assert!(
            comment.starts_with("<!-- tfcomply -->\n## tfcomply: ✅ no findings\n"),
            "{comment}"
        );
        assert!(!comment.contains("### Findings"));
        assert!(
            comment
                .contains("<summary>1 accepted finding (suppressed or in the baseline)</summary>")
        );
        assert!(
            comment.contains(
                "| <code>ENC002</code> | <code>aws_db_instance.a</code> | \
                 <a href=\"https://example.test/o/r/blob/abc/db/main.tf#L1\">db/main.tf:1</a> | \
                 config | test data &#124; not &lt;real&gt; |\n"
            ),
            "{comment}"
        );
    }
}
