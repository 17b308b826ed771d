//! Command-line interface: argument parsing and the three commands. Exit codes: 0 clean,
//! 1 findings at or above the threshold, 2 usage, I/O or parse errors.

use crate::changes;
use crate::config::Config;
use crate::eval::Inputs;
use crate::parse::parse_var_file;
use crate::report::{self, Format};
use crate::rules::{Catalogue, Preset, Rule, Selection, Severity};
use crate::source;
use crate::suppress::{self, baseline::Baseline};
use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "tfcomply",
    version,
    about = "Terraform compliance linter with SOC 2 evidence"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan Terraform files and directories.
    Scan(Box<ScanArgs>),
    /// List the rules.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        #[command(flatten)]
        catalogue: CatalogueArgs,
    },
    /// Print a rule's full text, by id or name.
    Explain {
        rule: String,
        #[command(flatten)]
        catalogue: CatalogueArgs,
    },
    /// Record or manage the findings a team has accepted.
    Baseline {
        #[command(subcommand)]
        command: BaselineCommand,
    },
    /// Show which rules test each criterion of a framework, and which criteria a
    /// configuration cannot evidence.
    Coverage {
        #[arg(long, default_value = "soc2", value_name = "FRAMEWORK")]
        framework: String,
        #[command(flatten)]
        catalogue: CatalogueArgs,
    },
    /// Serve diagnostics, code actions and rule docs to editors (Language Server Protocol
    /// over stdio).
    Lsp,
}

#[derive(Subcommand)]
enum BaselineCommand {
    /// Scan and record today's findings in FILE: `scan --baseline FILE` then reports only
    /// findings that are not in it.
    Create {
        /// The baseline file to write (JSON).
        file: PathBuf,
        #[command(flatten)]
        scan: Box<ScanArgs>,
    },
}

/// Where the rules come from: the built-in ones, `--rules` directories and the configuration.
#[derive(clap::Args)]
struct CatalogueArgs {
    /// Also load the rules in this directory (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    rules_dirs: Vec<PathBuf>,
    /// Read settings from this file instead of the nearest .tfcomply.toml.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(clap::Args)]
struct ScanArgs {
    /// Files or directories to scan [default: .]
    paths: Vec<PathBuf>,
    /// Skip paths matching this glob (repeatable), e.g. `examples/**`.
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Output format, to stdout or, as FORMAT=PATH, to a file (repeatable: several formats
    /// in one run, at most one of them on stdout).
    #[arg(long = "format", value_name = "FORMAT[=PATH]", value_parser = parse_output)]
    formats: Vec<Output>,
    /// The URL that Markdown links prepend to a file's path, e.g.
    /// `https://github.com/OWNER/REPO/blob/SHA`.
    #[arg(long, value_name = "URL")]
    link_base: Option<String>,
    /// Each file named stands for its whole module (directory): all its files are checked
    /// and reported. For hooks that pass the files that changed.
    #[arg(long)]
    modules: bool,
    /// Report only findings that are not in this baseline file (see `baseline create`); the
    /// exit code counts only those.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Ignore every suppression: inline comments, the configuration's `disable` and the
    /// baseline. Shows all findings.
    #[arg(long)]
    no_ignore: bool,
    /// Exit with 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = Severity::Low, value_name = "LEVEL")]
    severity_threshold: Severity,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(flatten)]
    catalogue: CatalogueArgs,
    /// Group the findings by this framework's criteria, with a pass/fail line for each
    /// criterion the rules test (soc2 or sox).
    #[arg(long, value_name = "FRAMEWORK")]
    framework: Option<String>,
    /// Start from these rule presets (repeatable): recommended (default), all,
    /// account-baseline.
    #[arg(long, value_enum, value_name = "PRESET")]
    preset: Vec<Preset>,
    /// Run only the rules with this id, name, id prefix or family (repeatable), whatever
    /// their preset.
    #[arg(long, value_name = "RULE")]
    select: Vec<String>,
    /// Do not run the rules with this id, name, id prefix or family (repeatable).
    #[arg(long, value_name = "RULE")]
    ignore: Vec<String>,
    /// List the resource/rule pairs that depend on values unknown before apply.
    #[arg(long)]
    show_unknown: bool,
    /// Set a root module variable, as `terraform plan -var` does (repeatable).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    vars: Vec<String>,
    /// Read root module variables from a .tfvars or .tfvars.json file (repeatable).
    #[arg(long = "var-file", value_name = "FILE")]
    var_files: Vec<PathBuf>,
    /// The configuration of the plan files scanned, when it is not next to them: findings
    /// then point at the .tf files instead of the plan.
    #[arg(long, value_name = "DIR")]
    config_dir: Option<PathBuf>,
    /// Report only findings on lines changed since this git revision: committed, staged,
    /// unstaged, and new files git does not ignore.
    #[arg(long, value_name = "REV")]
    changed_since: Option<String>,
    /// Report only findings on lines this unified diff adds or edits (`git diff` output, a
    /// pull request's .diff). With --fix, and no FILE: print the fixes as a unified diff
    /// instead of writing them.
    #[arg(long, value_name = "FILE", num_args = 0..=1)]
    diff: Option<Option<PathBuf>>,
    /// Apply the fixes the rules offer, then scan again and report what is left.
    #[arg(long)]
    fix: bool,
}

impl ScanArgs {
    /// Settles what `--diff` means, and the default path. With `--fix`, `--diff` asks to show
    /// the fixes instead of writing them, and a value after it is a path to scan (`scan --fix
    /// --diff .`: the parser cannot tell). Without `--fix` it names the changed-lines diff.
    /// Returns whether the fixes are only to be shown.
    fn settle(&mut self) -> Result<bool, String> {
        let preview = self.fix && self.diff.is_some();
        if preview {
            let path = self.diff.take().flatten();
            if let Some(path) = path.as_deref().filter(|p| !is_scan_path(p)) {
                return Err(format!(
                    "--fix --diff shows the fixes and takes no diff FILE ({}): fixes apply to \
                     whole files, not to a diff's lines",
                    path.display()
                ));
            }
            self.paths.extend(path);
        } else if self.diff == Some(None) {
            return Err(
                "--diff needs a FILE, the unified diff whose changed lines to report \
                        (with --fix, --diff alone shows the fixes)"
                    .to_string(),
            );
        }
        if self.changed_since.is_some() && self.diff.is_some() {
            return Err("--changed-since and --diff FILE cannot be used together".to_string());
        }
        if self.paths.is_empty() {
            self.paths.push(PathBuf::from("."));
        }
        Ok(preview)
    }
}

/// A path a scan takes: a directory, or a configuration, variables or plan file.
fn is_scan_path(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    path.is_dir()
        || [".tf", ".json", ".tfvars"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

/// One `--format`: a format, and the file it goes to (stdout when none).
#[derive(Clone, Debug)]
struct Output {
    format: Format,
    path: Option<PathBuf>,
}

fn parse_output(text: &str) -> Result<Output, String> {
    let (name, path) = match text.split_once('=') {
        Some((name, path)) if !path.is_empty() => (name, Some(PathBuf::from(path))),
        Some(_) => return Err("expected FORMAT=PATH with a path after `=`".to_string()),
        None => (text, None),
    };
    let format = Format::from_str(name, true).map_err(|_| {
        let names: Vec<String> = Format::value_variants()
            .iter()
            .filter_map(|f| f.to_possible_value())
            .map(|v| v.get_name().to_string())
            .collect();
        format!("unknown format `{name}` (one of: {})", names.join(", "))
    })?;
    Ok(Output { format, path })
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let outcome = match cli.command {
        Command::Scan(args) => scan(*args),
        Command::Baseline {
            command: BaselineCommand::Create { file, scan },
        } => baseline_create(&file, *scan),
        Command::Rules { format, catalogue } => listed_catalogue(&catalogue).map(|catalogue| {
            print(&match format {
                ListFormat::Table => report::rules::table(&catalogue),
                ListFormat::Json => report::rules::json(&catalogue),
            });
            ExitCode::SUCCESS
        }),
        Command::Explain { rule, catalogue } => {
            listed_catalogue(&catalogue).and_then(|catalogue| {
                let found = catalogue.find(&rule).ok_or_else(|| {
                    format!("no rule with id or name `{rule}` (see `tfcomply rules`)")
                })?;
                print(&report::rules::explain(found, &catalogue));
                Ok(ExitCode::SUCCESS)
            })
        }
        Command::Coverage {
            framework,
            catalogue,
        } => listed_catalogue(&catalogue).and_then(|catalogue| {
            let framework = known_framework(&catalogue, &framework)?;
            print(&report::coverage::render(&catalogue, framework));
            Ok(ExitCode::SUCCESS)
        }),
        Command::Lsp => crate::lsp::run().map(|()| ExitCode::SUCCESS),
    };
    outcome.unwrap_or_else(|message| {
        eprintln!("tfcomply: {message}");
        ExitCode::from(EXIT_ERROR)
    })
}

fn known_framework<'c>(
    catalogue: &'c Catalogue,
    id: &str,
) -> Result<&'c crate::rules::Framework, String> {
    catalogue.framework(id).ok_or_else(|| {
        let ids: Vec<&str> = catalogue.frameworks.iter().map(|f| f.id.as_str()).collect();
        format!("unknown framework `{id}`: {}", ids.join(", "))
    })
}

/// The catalogue for `rules`, `explain` and `coverage`, which have no report to put rule-file
/// errors in: they go to stderr.
fn listed_catalogue(args: &CatalogueArgs) -> Result<Catalogue, String> {
    let config = Config::load(args.config.as_deref(), &[])?;
    let (catalogue, errors) = config.catalogue(&args.rules_dirs)?;
    for error in &errors {
        eprintln!("tfcomply: {error}");
    }
    Ok(catalogue)
}

/// A scan done as the command line asks: its result with suppressions applied, the
/// catalogue, and which rules ran.
struct Scanned {
    result: crate::check::ScanResult,
    catalogue: Catalogue,
    selection: Selection,
    framework: Option<String>,
}

fn run_scan(args: &ScanArgs, record_passes: bool) -> Result<Scanned, String> {
    let config = Config::load(args.catalogue.config.as_deref(), &args.paths)?;
    let excludes = config
        .exclude
        .iter()
        .chain(&args.exclude)
        .map(|g| glob::Pattern::new(g).map_err(|e| format!("--exclude {g}: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let baseline = args
        .baseline
        .as_deref()
        .filter(|_| !args.no_ignore)
        .map(Baseline::read)
        .transpose()?;
    // Reading the rules and walking the files to scan do not depend on each other: while one
    // waits on the file system the other parses.
    let (catalogue, sources) = rayon::join(
        || config.catalogue(&args.catalogue.rules_dirs),
        || source::collect_with(&args.paths, &excludes, args.modules),
    );
    let (catalogue, rule_errors) = catalogue?;
    let mut sources = sources.map_err(|e| format!("{}: {}", e.path.display(), e.message))?;
    let selection = config.selection(
        Selection {
            presets: args.preset.clone(),
            select: args.select.clone(),
            ignore: args.ignore.clone(),
        },
        &catalogue,
    )?;
    let framework = match &args.framework {
        Some(id) => Some(known_framework(&catalogue, id)?.id.clone()),
        None => None,
    };
    if let Some(dir) = &args.config_dir {
        if !dir.is_dir() {
            return Err(format!("--config-dir {}: not a directory", dir.display()));
        }
        sources.add_config_dir(dir);
    }
    let mut inputs = inputs(args)?;
    inputs.record_passes = record_passes;
    // Before the rules run, so that a bad revision or diff fails without waiting for them.
    let diff = args.diff.clone().flatten();
    let changed = changes::requested(args.changed_since.as_deref(), diff.as_deref())?;
    let accepted = (!args.no_ignore).then(|| suppress::Accepted {
        disables: &config.disable,
        baseline: baseline.as_ref(),
    });
    let mut result = suppress::checked(sources, &inputs, &catalogue, &selection, accepted);
    result.add_rule_errors(rule_errors);
    // After the suppressions, which judge whether a comment is used on every finding.
    if let Some(changed) = &changed {
        changes::retain_changed(&mut result, changed);
    }
    Ok(Scanned {
        result,
        catalogue,
        selection,
        framework,
    })
}

fn scan(mut args: ScanArgs) -> Result<ExitCode, String> {
    let fix_preview = args.settle()?;
    if fix_preview && !args.formats.is_empty() {
        return Err("--fix --diff prints a diff, not a report: it takes no --format".to_string());
    }
    let outputs = outputs(&args.formats)?;
    let record_passes = outputs.iter().any(|o| o.format.lists_passes());
    let mut scanned = run_scan(&args, record_passes)?;
    if args.fix {
        let fixed = crate::fix::apply_all(&scanned.result, &scanned.catalogue, fix_preview)?;
        if fix_preview {
            // As a check in CI: 1 while there are fixes to apply, 2 when files could not be
            // read or parsed (which may hide findings, and so fixes).
            return Ok(if print_errors(&scanned.result) {
                ExitCode::from(EXIT_ERROR)
            } else if fixed > 0 {
                ExitCode::from(EXIT_FINDINGS)
            } else {
                ExitCode::SUCCESS
            });
        }
        if fixed > 0 {
            scanned = run_scan(&args, record_passes)?;
        }
    }
    let Scanned {
        result,
        catalogue,
        selection,
        framework,
    } = scanned;
    let ran: Vec<&Rule> = catalogue
        .rules
        .iter()
        .filter(|r| selection.includes(r))
        .collect();
    let source_root = if outputs.iter().any(|o| o.format.uses_source_root()) {
        // Code scanning and merge-request widgets resolve paths from the repository's top.
        source::repository_root(Path::new("."))
    } else {
        PathBuf::from(".")
    };
    let report = report::Report {
        result: &result,
        catalogue: &catalogue,
        ran: &ran,
        show_unknown: args.show_unknown,
        framework: framework.as_deref(),
        source_root: &source_root,
        link_base: args.link_base.as_deref(),
        style: report::human::Style {
            color: use_color(args.color),
            width: terminal_width(),
        },
    };
    write_outputs(&outputs, &report)?;
    let code = exit_code(&result, args.severity_threshold);
    // The process exits next, which returns all its memory at once: freeing the scan's values
    // one by one first would only delay the exit.
    std::mem::forget(result);
    Ok(code)
}

/// 2 for errors, 1 for an active finding at or above the threshold (suppressed and
/// baselined findings do not count), else 0.
fn exit_code(result: &crate::check::ScanResult, threshold: Severity) -> ExitCode {
    if !result.errors.is_empty() {
        ExitCode::from(EXIT_ERROR)
    } else if result.findings.iter().any(|f| f.severity >= threshold) {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

/// `baseline create FILE [PATH...]`: records the findings a scan reports today (after inline
/// and configuration suppressions), so later scans with `--baseline FILE` report only new ones.
fn baseline_create(file: &std::path::Path, mut args: ScanArgs) -> Result<ExitCode, String> {
    if args.fix || !args.formats.is_empty() {
        return Err("baseline create records findings: it takes no --fix or --format".to_string());
    }
    args.settle()?;
    // A new baseline holds every current finding, whatever an older one accepted.
    args.baseline = None;
    let Scanned { result, .. } = run_scan(&args, false)?;
    let today = crate::eval::functions::today();
    std::fs::write(file, suppress::baseline::render(&result, &today))
        .map_err(|e| format!("{}: {e}", file.display()))?;
    eprintln!(
        "tfcomply: recorded {} findings in {}",
        result.findings.len(),
        file.display()
    );
    let code = if print_errors(&result) {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    };
    std::mem::forget(result);
    Ok(code)
}

/// The scan's errors on stderr, `file:line:col: message`, for commands that print no report;
/// whether there were any.
fn print_errors(result: &crate::check::ScanResult) -> bool {
    for error in &result.errors {
        let place = match error.file {
            Some(file) => {
                let (line, column) = report::line_col(&result.files[file].text, error.span.start);
                format!("{}:{line}:{column}", error.path)
            }
            None => error.path.clone(),
        };
        eprintln!("tfcomply: {place}: {}", error.message);
    }
    !result.errors.is_empty()
}

/// The `--format` list, human on stdout when there is none; at most one may use stdout.
fn outputs(formats: &[Output]) -> Result<Vec<Output>, String> {
    if formats.is_empty() {
        return Ok(vec![Output {
            format: Format::Human,
            path: None,
        }]);
    }
    if formats.iter().filter(|o| o.path.is_none()).count() > 1 {
        return Err(
            "only one --format can go to stdout: give the others a file, \
                    as --format sarif=tfcomply.sarif"
                .to_string(),
        );
    }
    Ok(formats.to_vec())
}

/// Renders each output on its own core and writes it; a file that cannot be written is an
/// error naming it.
fn write_outputs(outputs: &[Output], report: &report::Report) -> Result<(), String> {
    let rendered: Vec<String> = outputs
        .par_iter()
        .map(|o| {
            let mut report = report.clone();
            // A file is read by programs and other terminals: no colour codes.
            report.style.color &= o.path.is_none();
            report::render(o.format, &report)
        })
        .collect();
    for (output, text) in outputs.iter().zip(rendered) {
        match &output.path {
            Some(path) => std::fs::write(path, text)
                .map_err(|e| format!("--format {}: {e}", path.display()))?,
            None => print(&text),
        }
    }
    Ok(())
}

/// `--var`, `--var-file` and `TF_VAR_*` from the environment.
fn inputs(args: &ScanArgs) -> Result<Inputs, String> {
    let vars = args
        .vars
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) => Ok((name.to_string(), value.to_string())),
            None => Err(format!("--var {pair}: expected NAME=VALUE")),
        })
        .collect::<Result<_, _>>()?;
    let var_files = args
        .var_files
        .iter()
        .map(|path| {
            let shown = path.display().to_string();
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("--var-file {shown}: {e}"))?;
            parse_var_file(&shown, &text).map_err(|e| {
                let (line, column) = report::line_col(&text, e.offset);
                format!("--var-file {shown}:{line}:{column}: {}", e.message)
            })
        })
        .collect::<Result<_, _>>()?;
    Ok(Inputs {
        var_files,
        vars,
        plan_config: args.config_dir.clone(),
        explain_unknown: args.show_unknown,
        ..Inputs::from_environment()
    })
}

/// `--color always` wins, then `NO_COLOR` (any non-empty value), then whether stdout is a terminal.
fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
}

/// Writes to stdout; a closed pipe (`tfcomply scan | head`) is not an error worth a panic.
fn print(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
