//! Checks modules on a thread of their own, so the server keeps reading edits while a check
//! runs. Edits that arrive within [`DEBOUNCE`] of each other make one check per module: each
//! keystroke does not pay for a check whose result the next one makes stale.

use super::diagnostics::{self, FileOutcome};
use super::position::Encoding;
use super::workspace::Settings;
use crate::check::{ScanResult, check};
use crate::eval::Inputs;
use crate::source::{self, Sources};
use crossbeam_channel::{Receiver, Sender};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long the worker waits for more edits before checking: long enough to coalesce a burst
/// of keystrokes or a multi-file save, short enough not to be noticed.
pub const DEBOUNCE: Duration = Duration::from_millis(20);

/// A module to check, with the open buffers that replace its files on disk.
pub struct Job {
    pub dir: PathBuf,
    pub generation: u64,
    pub overlays: Vec<(PathBuf, Arc<str>)>,
    pub settings: Arc<Settings>,
    /// The workspace folder around the module, which file functions may read.
    pub folder: Option<PathBuf>,
    pub encoding: Encoding,
}

/// A finished check: diagnostics for every file of the module.
pub struct Outcome {
    pub dir: PathBuf,
    pub generation: u64,
    pub files: Vec<FileOutcome>,
}

/// Starts the worker; it ends when the job sender is dropped.
pub fn spawn(outcomes: Sender<Outcome>) -> (Sender<Job>, std::thread::JoinHandle<()>) {
    let (jobs, receiver) = crossbeam_channel::unbounded();
    let handle = std::thread::spawn(move || {
        while let Some(batch) = next_batch(&receiver) {
            for job in batch {
                let (outcome, result) = run(job);
                if outcomes.send(outcome).is_err() {
                    return;
                }
                // Freeing a large module's values takes about as long as evaluating them: it
                // is done beside the next check, not before it.
                std::thread::spawn(move || drop(result));
            }
        }
    });
    (jobs, handle)
}

/// The latest job of each module among those that arrive within the debounce delay of the
/// first; `None` when the server has gone.
fn next_batch(receiver: &Receiver<Job>) -> Option<Vec<Job>> {
    let first = receiver.recv().ok()?;
    let deadline = Instant::now() + DEBOUNCE;
    let mut latest: HashMap<PathBuf, Job> = HashMap::from([(first.dir.clone(), first)]);
    while let Ok(job) = receiver.recv_deadline(deadline) {
        latest.insert(job.dir.clone(), job);
    }
    Some(latest.into_values().collect())
}

fn run(job: Job) -> (Outcome, ScanResult) {
    let result = check_module(&job);
    let files = diagnostics::per_file(&result, &job.settings.catalogue, job.encoding);
    let outcome = Outcome {
        dir: job.dir,
        generation: job.generation,
        files,
    };
    (outcome, result)
}

/// Checks the module in `job.dir` as `tfcomply scan --modules` would, with the open buffers
/// in place of the files on disk; the local modules it calls are read as context.
fn check_module(job: &Job) -> ScanResult {
    let mut sources = module_sources(&job.dir);
    for (path, text) in &job.overlays {
        sources.overlay(path, text.clone());
    }
    if let Some(folder) = job
        .folder
        .as_ref()
        .and_then(|f| std::fs::canonicalize(f).ok())
        && !sources.roots.contains(&folder)
    {
        sources.roots.push(folder);
    }
    let settings = &job.settings;
    let selected = |rule: &crate::rules::Rule| settings.selection.includes(rule);
    let inputs = Inputs {
        env: std::env::vars()
            .filter_map(|(k, v)| k.strip_prefix("TF_VAR_").map(|name| (name.to_string(), v)))
            .collect(),
        ..Inputs::default()
    };
    let mut result = check(sources, &inputs, &settings.catalogue, &selected);
    let today = crate::eval::functions::today();
    crate::suppress::apply(
        &mut result,
        &crate::suppress::Settings {
            catalogue: &settings.catalogue,
            ran: &selected,
            disables: &settings.config.disable,
            baseline: None,
            today: &today,
        },
    );
    result
}

/// The files of the module directory on disk: one of them named with `whole_modules` stands
/// for the directory's own files, not its subdirectories (which are other modules).
fn module_sources(dir: &Path) -> Sources {
    let any_file = std::fs::read_dir(dir).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.is_file() && (source::is_terraform_file(p) || source::is_auto_var_file(p)))
    });
    let from_disk = any_file.and_then(|file| source::collect_with(&[file], &[], true).ok());
    from_disk.unwrap_or_else(|| Sources {
        roots: std::fs::canonicalize(dir).into_iter().collect(),
        ..Sources::default()
    })
}
