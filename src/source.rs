//! Source stage: find the Terraform files under the given paths and read each once.

use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user would write it (relative to where the scan ran).
    pub path: PathBuf,
    pub text: std::sync::Arc<str>,
    /// Named on the command line or found under a named directory. A file read only because it
    /// shares a module with a named file gives context but no findings.
    pub requested: bool,
}

#[derive(Debug, Clone)]
pub struct SourceError {
    pub path: PathBuf,
    pub message: String,
}

#[derive(Debug, Default, Clone)]
pub struct Sources {
    pub files: Vec<SourceFile>,
    /// Files that exist but could not be read (bad encoding, permissions).
    pub unreadable: Vec<SourceError>,
    /// The directories scanned (a named file's directory): file functions may not read
    /// outside them.
    pub roots: Vec<PathBuf>,
    /// What `terraform init` installed for each root module that has been initialised.
    pub manifests: Vec<ModuleManifest>,
    /// Every path given was a file (the pre-commit case): only those files are reported, not
    /// the modules they call.
    pub files_only: bool,
    /// Texts that replace files on disk (an editor's unsaved buffers), by canonical path:
    /// also those of modules read later, as context.
    pub overlays: Vec<(PathBuf, std::sync::Arc<str>)>,
}

/// `.terraform/modules/modules.json`: where `terraform init` put each module call's source.
#[derive(Debug, Clone, Default)]
pub struct ModuleManifest {
    /// The root module's directory.
    pub root: PathBuf,
    /// Module key (`vpc`, `vpc.subnets`) → directory, relative to the root module.
    pub modules: Vec<(String, PathBuf)>,
}

#[derive(serde::Deserialize)]
struct ManifestFile {
    #[serde(rename = "Modules", default)]
    modules: Vec<ManifestEntry>,
}

#[derive(serde::Deserialize)]
struct ManifestEntry {
    #[serde(rename = "Key")]
    key: String,
    #[serde(rename = "Dir")]
    dir: String,
}

/// Reads the manifest of every directory holding Terraform files, and lists the files of the
/// installed modules it names (which the walk skipped, being under `.terraform/`).
fn installed_modules(found: &[(PathBuf, bool)]) -> (Vec<ModuleManifest>, Vec<PathBuf>) {
    let mut dirs: Vec<&Path> = found.iter().filter_map(|(p, _)| p.parent()).collect();
    dirs.sort();
    dirs.dedup();
    let mut manifests = Vec::new();
    let mut files = Vec::new();
    for dir in dirs {
        let Ok(text) = std::fs::read_to_string(dir.join(".terraform/modules/modules.json")) else {
            continue;
        };
        let Ok(manifest) = serde_json::from_str::<ManifestFile>(&text) else {
            continue;
        };
        let modules: Vec<(String, PathBuf)> = manifest
            .modules
            .into_iter()
            .filter(|m| !m.key.is_empty())
            .map(|m| (m.key, PathBuf::from(m.dir)))
            .collect();
        for (_, module_dir) in &modules {
            let installed = dir.join(module_dir);
            if installed.starts_with(dir.join(".terraform")) {
                files.extend(module_inputs_in(&installed));
            }
        }
        manifests.push(ModuleManifest {
            root: dir.to_path_buf(),
            modules,
        });
    }
    (manifests, files)
}

impl Sources {
    /// Reads the Terraform files of `dirs`: the local modules the scanned configuration calls,
    /// whose findings are `reported` or only give context. Files already here are skipped;
    /// each directory's `terraform init` manifest is read. A called directory does not become
    /// a root: file functions in a module outside the scanned paths read nothing, so a
    /// `source = "../../.."` cannot open the rest of the machine to them. Returns the index of
    /// the first new file.
    pub fn add_context_dirs(&mut self, dirs: &[PathBuf], reported: bool) -> usize {
        let first = self.files.len();
        if dirs.is_empty() {
            return first;
        }
        let mut known: HashSet<PathBuf> = self
            .files
            .iter()
            .filter_map(|f| std::fs::canonicalize(&f.path).ok())
            .collect();
        let mut new: Vec<(PathBuf, bool)> = Vec::new();
        for dir in dirs {
            new.extend(
                module_inputs_in(dir)
                    .into_iter()
                    .filter(|p| std::fs::canonicalize(p).is_ok_and(|c| known.insert(c)))
                    .map(|p| (p, reported)),
            );
        }
        let (manifests, installed) = installed_modules(&new);
        new.extend(
            installed
                .into_iter()
                .filter(|p| std::fs::canonicalize(p).is_ok_and(|c| known.insert(c)))
                .map(|p| (p, reported)),
        );
        self.manifests.extend(manifests);
        let read = read_all(new);
        self.files.extend(read.files);
        self.unreadable.extend(read.unreadable);
        self.overlay_context(first, dirs, &mut known, reported);
        first
    }

    /// Puts `text` in place of the file at `path` (an editor's unsaved buffer), now or when
    /// its module is read as context. A file not on disk yet is added: as a requested file
    /// when it is in a scanned directory, else when its module is read.
    pub fn overlay(&mut self, path: &Path, text: std::sync::Arc<str>) {
        let canonical = canonical_path(path);
        self.unreadable
            .retain(|e| canonical_path(&e.path) != canonical);
        // By canonical path, as context files are: a link names the same file.
        let same = |f: &SourceFile| f.path == path || canonical_path(&f.path) == canonical;
        match self.files.iter_mut().find(|f| same(f)) {
            Some(file) => file.text = text.clone(),
            None if canonical
                .parent()
                .is_some_and(|dir| self.roots.iter().any(|r| r == dir)) =>
            {
                self.files.push(SourceFile {
                    path: path.to_path_buf(),
                    text: text.clone(),
                    requested: true,
                });
            }
            None => {}
        }
        self.overlays.push((canonical, text));
    }

    /// Applies the overlays to files just read from `dirs`, and adds the overlaid files of
    /// those directories that are not on disk.
    fn overlay_context(
        &mut self,
        first: usize,
        dirs: &[PathBuf],
        known: &mut HashSet<PathBuf>,
        reported: bool,
    ) {
        if self.overlays.is_empty() {
            return;
        }
        let overlaid = |canonical: &Path| {
            let found = self.overlays.iter().find(|(path, _)| path == canonical);
            found.map(|(_, text)| text.clone())
        };
        for file in &mut self.files[first..] {
            if let Some(text) = overlaid(&canonical_path(&file.path)) {
                file.text = text;
            }
        }
        for dir in dirs {
            let Ok(canonical_dir) = std::fs::canonicalize(dir) else {
                continue;
            };
            for (path, text) in &self.overlays {
                if path.parent() == Some(&canonical_dir) && known.insert(path.clone()) {
                    self.files.push(SourceFile {
                        path: dir.join(path.file_name().unwrap_or_default()),
                        text: text.clone(),
                        requested: reported,
                    });
                }
            }
        }
    }

    /// The configuration of the plans being scanned (`--config-dir`): read as context, and
    /// a root, as the user named it.
    pub fn add_config_dir(&mut self, dir: &Path) {
        // Its findings come through the plan, which locates them in these files.
        self.add_context_dirs(&[dir.to_path_buf()], false);
        if let Ok(canonical) = std::fs::canonicalize(dir)
            && !self.roots.contains(&canonical)
        {
            self.roots.push(canonical);
        }
    }
}

/// The canonical form of `path`, which need not exist yet (an unsaved buffer's file).
fn canonical_path(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        let dir = path.parent().and_then(|d| std::fs::canonicalize(d).ok());
        match (dir, path.file_name()) {
            (Some(dir), Some(name)) => dir.join(name),
            _ => path.to_path_buf(),
        }
    })
}

/// A module directory's inputs: its `.tf`/`.tf.json` files and automatic variables files.
fn module_inputs_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_input(p))
        .collect();
    files.sort();
    files
}

/// A configuration file: `.tf` or `.tf.json`.
pub fn is_terraform_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".tf") || name.ends_with(".tf.json")
}

/// The top of the git repository holding `dir` (canonical), found by the `.git` entry (a
/// directory, or a file in worktrees and submodules), else the working directory: where
/// report paths and fingerprints start, so they do not depend on how a scan names its paths.
pub fn repository_root(dir: &Path) -> PathBuf {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    canonical
        .ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf)
        .or_else(|| std::env::current_dir().ok()?.canonicalize().ok())
        .unwrap_or(canonical)
}

/// A variables file Terraform loads by itself: `terraform.tfvars(.json)`, `*.auto.tfvars(.json)`.
pub fn is_auto_var_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let stem = name.strip_suffix(".json").unwrap_or(name);
    stem == "terraform.tfvars" || stem.ends_with(".auto.tfvars")
}

/// A file Terraform reads as part of its module: configuration, or automatic variables.
pub fn is_input(path: &Path) -> bool {
    is_terraform_file(path) || is_auto_var_file(path)
}

/// Walks `paths`: directories recursively (honouring `.gitignore`, skipping hidden directories
/// and `.terraform/`), files as named. A path that does not exist is an error for the whole
/// scan, as it is a usage mistake rather than bad input.
pub fn collect(paths: &[PathBuf], excludes: &[glob::Pattern]) -> Result<Sources, SourceError> {
    collect_with(paths, excludes, false)
}

/// [`collect`], where with `whole_modules` a named file stands for its module: the other
/// files of its directory are reported too (not walked further down), as a hook that is
/// given the changed files checks the modules they belong to.
pub fn collect_with(
    paths: &[PathBuf],
    excludes: &[glob::Pattern],
    whole_modules: bool,
) -> Result<Sources, SourceError> {
    let mut found: Vec<(PathBuf, bool)> = Vec::new();
    for path in paths {
        if path.is_dir() {
            found.extend(walk(path, excludes).into_iter().map(|p| (p, true)));
        } else if path.is_file() {
            found.push((path.clone(), true));
            let siblings = module_siblings(path).into_iter();
            found.extend(siblings.map(|p| (p, whole_modules)));
        } else {
            return Err(SourceError {
                path: path.clone(),
                message: "no such file or directory".to_string(),
            });
        }
    }
    let files_only = paths.iter().all(|p| p.is_file());
    let (manifests, installed) = installed_modules(&found);
    // Installed modules are reported with the directory that installed them, not with files
    // named one by one.
    found.extend(installed.into_iter().map(|p| (p, !files_only)));
    let roots = paths
        .iter()
        .map(|p| {
            if p.is_dir() {
                p.clone()
            } else {
                p.parent().unwrap_or(Path::new(".")).to_path_buf()
            }
        })
        .filter_map(|p| {
            std::fs::canonicalize(if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                &p
            })
            .ok()
        })
        .collect();
    Ok(Sources {
        roots,
        manifests,
        files_only,
        // One path walks each file once; several may name a file twice (`. modules/db`).
        ..read_all(if paths.len() > 1 { dedup(found) } else { found })
    })
}

/// The walk runs on every core: a repository has thousands of directories.
fn walk(root: &Path, excludes: &[glob::Pattern]) -> Vec<PathBuf> {
    let excludes = excludes.to_vec();
    let found = std::sync::Mutex::new(Vec::new());
    ignore::WalkBuilder::new(root)
        .hidden(true)
        .require_git(false)
        .filter_entry(move |entry| {
            let path = entry.path();
            entry.file_name() != ".terraform" && !is_excluded(path, &excludes)
        })
        .build_parallel()
        .run(|| {
            let found = &found;
            Box::new(move |entry| {
                if let Ok(entry) = entry
                    && entry.file_type().is_some_and(|t| t.is_file())
                    && is_input(entry.path())
                {
                    found
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                        .push(entry.into_path());
                }
                ignore::WalkState::Continue
            })
        });
    let mut files = found
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    files.sort();
    files
}

/// An exclude pattern matches the path as written or any trailing part of it, so `examples/*`
/// and `**/examples/**` both work from any scan root.
pub fn is_excluded(path: &Path, excludes: &[glob::Pattern]) -> bool {
    let options = glob::MatchOptions {
        require_literal_separator: true,
        ..Default::default()
    };
    let components: Vec<_> = path.components().collect();
    excludes.iter().any(|pattern| {
        (0..components.len()).any(|start| {
            let tail: PathBuf = components[start..].iter().collect();
            pattern.matches_path_with(&tail, options)
        })
    })
}

/// The other Terraform files in the directory of a named file: they form its module.
fn module_siblings(file: &Path) -> Vec<PathBuf> {
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut siblings: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_input(p) && p.file_name() != file.file_name())
        .map(|p| match file.parent() {
            Some(parent) if parent.as_os_str().is_empty() => {
                PathBuf::from(p.file_name().unwrap_or_default())
            }
            _ => p,
        })
        .collect();
    siblings.sort();
    siblings
}

/// Keeps the first occurrence of each path; a requested mention wins over a sibling one.
fn dedup(found: Vec<(PathBuf, bool)>) -> Vec<(PathBuf, bool)> {
    let keys: Vec<PathBuf> = found
        .par_iter()
        .map(|(path, _)| std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()))
        .collect();
    let mut out: Vec<(PathBuf, bool)> = Vec::with_capacity(found.len());
    let mut index = std::collections::HashMap::new();
    for ((path, requested), key) in found.into_iter().zip(keys) {
        match index.get(&key) {
            Some(&i) => {
                let entry: &mut (PathBuf, bool) = &mut out[i];
                entry.1 |= requested;
            }
            None => {
                index.insert(key, out.len());
                out.push((path, requested));
            }
        }
    }
    out
}

fn read_all(paths: Vec<(PathBuf, bool)>) -> Sources {
    let results: Vec<_> = paths
        .into_par_iter()
        .map(|(path, requested)| match std::fs::read_to_string(&path) {
            Ok(text) => Ok(SourceFile {
                path,
                text: text.into(),
                requested,
            }),
            Err(e) => Err(SourceError {
                path,
                message: e.to_string(),
            }),
        })
        .collect();
    let mut sources = Sources::default();
    for result in results {
        match result {
            Ok(file) => sources.files.push(file),
            Err(err) => sources.unreadable.push(err),
        }
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclude_matches_any_trailing_part() {
        let pattern = vec![glob::Pattern::new("examples/*").unwrap()];
        assert!(is_excluded(Path::new("repo/examples/complete"), &pattern));
        assert!(!is_excluded(Path::new("repo/modules/complete"), &pattern));
    }
}
