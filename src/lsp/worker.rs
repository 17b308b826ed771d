//! Checks modules on a thread of their own, so the server keeps reading edits while a check
//! runs. An edit after a pause is checked at once; edits that come in a burst (a multi-file
//! save, a client replaying its open files) are debounced into one check per module, and
//! edits that arrive while a check runs are coalesced into the next one.

use super::diagnostics::{self, FileOutcome};
use super::position::Encoding;
use super::workspace::Settings;
use crate::check::ScanResult;
use crate::eval::Inputs;
use crate::source::{self, Sources};
use crate::suppress;
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Jobs queued closer together than this are one burst, and the worker waits this long after
/// the newest before checking. A person types slower than this; a client sending several
/// changes at once sends them faster.
pub const BURST: Duration = Duration::from_millis(4);

/// However long a burst lasts, its modules are checked after this much waiting.
const LONGEST_WAIT: Duration = Duration::from_millis(50);

/// A module to check, with the open buffers that replace its files on disk.
pub struct Job {
    pub dir: PathBuf,
    /// When the edit that asked for it arrived.
    pub queued: Instant,
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
    /// The directories of the modules it called (read as context): an edit there may change
    /// this module's findings.
    pub calls: Vec<PathBuf>,
}

/// Starts the worker; it ends when the job sender is dropped.
pub fn spawn(outcomes: Sender<Outcome>) -> Sender<Job> {
    let (jobs, receiver) = crossbeam_channel::unbounded();
    std::thread::spawn(move || {
        let mut previous = None;
        while let Some(mut batch) = next_batch(&receiver, &mut previous) {
            while let Some(job) = next_of(&mut batch, &receiver) {
                let dir = job.dir.clone();
                // A bug met in one module must not leave every later edit unchecked: the
                // panic is logged (the client shows the server's stderr) and the worker goes on.
                let Ok((outcome, result)) = std::panic::catch_unwind(AssertUnwindSafe(|| run(job)))
                else {
                    eprintln!(
                        "tfcomply lsp: checking {} failed; please report it",
                        dir.display()
                    );
                    continue;
                };
                if outcomes.send(outcome).is_err() {
                    return;
                }
                // Freeing a large module's values takes about as long as evaluating them: it
                // is done beside the next check, not before it.
                std::thread::spawn(move || drop(result));
            }
        }
    });
    jobs
}

/// The next job of the batch, after taking in the jobs queued meanwhile: a module edited
/// again while another was checked is checked once, at its latest text.
fn next_of(batch: &mut HashMap<PathBuf, Job>, receiver: &Receiver<Job>) -> Option<Job> {
    for job in receiver.try_iter() {
        batch.insert(job.dir.clone(), job);
    }
    let dir = batch.keys().next()?.clone();
    batch.remove(&dir)
}

/// The latest job of each module among those queued, waiting for the rest of a burst; `None`
/// when the server has gone. `previous` is when the last job before this batch was queued.
fn next_batch(
    receiver: &Receiver<Job>,
    previous: &mut Option<Instant>,
) -> Option<HashMap<PathBuf, Job>> {
    let first = receiver.recv().ok()?;
    let give_up = first.queued + LONGEST_WAIT;
    let mut newest = first.queued;
    let mut in_burst = previous.is_some_and(|p| first.queued.duration_since(p) < BURST);
    let mut latest: HashMap<PathBuf, Job> = HashMap::from([(first.dir.clone(), first)]);
    loop {
        let deadline = if in_burst {
            (newest + BURST).min(give_up)
        } else {
            Instant::now()
        };
        let job = match receiver.recv_deadline(deadline) {
            Ok(job) => job,
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => return None,
        };
        in_burst |= job.queued.duration_since(newest) < BURST;
        newest = newest.max(job.queued);
        latest.insert(job.dir.clone(), job);
    }
    *previous = Some(newest);
    Some(latest)
}

/// A module the configuration excludes is not checked: its files get empty lists.
fn run(job: Job) -> (Outcome, ScanResult) {
    let result = if job.settings.excludes(&job.dir) {
        ScanResult::default()
    } else {
        check_module(&job)
    };
    let settings = &job.settings;
    let mut files = diagnostics::per_file(&result, &job.dir, &settings.catalogue, job.encoding);
    files.retain(|f| !job.settings.excludes(&f.path));
    let mut calls: Vec<PathBuf> = result
        .files
        .iter()
        .filter(|f| !f.requested)
        .filter_map(|f| f.path.parent().map(Path::to_path_buf))
        .collect();
    calls.sort();
    calls.dedup();
    let outcome = Outcome {
        dir: job.dir,
        generation: job.generation,
        files,
        calls,
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
    let accepted = suppress::Accepted {
        disables: &settings.config.disable,
        baseline: None,
    };
    let inputs = Inputs::from_environment();
    suppress::checked(
        sources,
        &inputs,
        &settings.catalogue,
        &settings.selection,
        Some(accepted),
    )
}

/// The files of the module directory on disk: one of them named with `whole_modules` stands
/// for the directory's own files, not its subdirectories (which are other modules).
fn module_sources(dir: &Path) -> Sources {
    let any_file = std::fs::read_dir(dir).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.is_file() && source::is_input(p))
    });
    let from_disk = any_file.and_then(|file| source::collect_with(&[file], &[], true).ok());
    from_disk.unwrap_or_else(|| Sources {
        roots: std::fs::canonicalize(dir).into_iter().collect(),
        ..Sources::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(dir: &str, generation: u64, settings: &Arc<Settings>) -> Job {
        Job {
            dir: PathBuf::from(dir),
            queued: Instant::now(),
            generation,
            overlays: Vec::new(),
            settings: settings.clone(),
            folder: None,
            encoding: Encoding::Utf8,
        }
    }

    #[test]
    fn queued_jobs_make_one_check_per_module_of_the_latest_edit() {
        let settings = Arc::new(Settings::load(Path::new("/nonexistent"), None).unwrap());
        let (sender, receiver) = crossbeam_channel::unbounded();
        for (dir, generation) in [("/a", 1), ("/b", 1), ("/a", 2), ("/a", 3)] {
            sender.send(job(dir, generation, &settings)).unwrap();
        }
        let mut previous = None;
        let mut batch = next_batch(&receiver, &mut previous).unwrap();
        assert!(previous.is_some());
        // Queued while the batch is checked: it replaces the batch's job of the module.
        sender.send(job("/b", 2, &settings)).unwrap();
        let mut checked = Vec::new();
        while let Some(job) = next_of(&mut batch, &receiver) {
            checked.push((job.dir, job.generation));
        }
        checked.sort();
        assert_eq!(
            checked,
            [(PathBuf::from("/a"), 3), (PathBuf::from("/b"), 2)]
        );
        drop(sender);
        assert!(next_batch(&receiver, &mut previous).is_none());
    }
}
