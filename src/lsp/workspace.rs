//! What the server knows between messages: the open buffers (which override the files on
//! disk), the workspace folders, the settings of each module, and the findings last published
//! for each file (which code actions and hover answer from).

use super::position::Encoding;
use crate::config::Config;
use crate::findings::Finding;
use crate::rules::{Catalogue, Selection};
use crate::source;
use lsp_types::Uri;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The name of the configuration file each module may have.
const CONFIG_FILE: &str = ".tfcomply.toml";

/// The rules and settings a module is checked with: its `.tfcomply.toml`, loaded once and
/// again only when that file changes.
pub struct Settings {
    pub config: Config,
    pub catalogue: Catalogue,
    pub selection: Selection,
    /// The configuration's `exclude` globs.
    excludes: Vec<glob::Pattern>,
}

impl Settings {
    /// The settings `tfcomply scan DIR` would use: the nearest `.tfcomply.toml` above `dir`,
    /// or the file named, as with `--config`.
    pub fn load(dir: &Path, config_file: Option<&Path>) -> Result<Settings, String> {
        let config = Config::load(config_file, &[dir.to_path_buf()])?;
        let (catalogue, errors) = config.catalogue(&[])?;
        for error in errors {
            // The other rules still run; the editor's log says why these do not.
            eprintln!("tfcomply lsp: {error}");
        }
        let selection = config.selection(Selection::default(), &catalogue)?;
        let excludes = config
            .exclude
            .iter()
            .map(|g| glob::Pattern::new(g).map_err(|e| format!("exclude {g}: {e}")))
            .collect::<Result<_, _>>()?;
        Ok(Settings {
            config,
            catalogue,
            selection,
            excludes,
        })
    }

    /// Whether the configuration's `exclude` leaves `path` out, as a scan of the
    /// configuration file's directory would: the path or a directory on its way there
    /// matches, the directories above the configuration file not counted.
    pub fn excludes(&self, path: &Path) -> bool {
        let base = self.config.path.as_deref().and_then(Path::parent);
        let Some(relative) = base.and_then(|base| path.strip_prefix(base).ok()) else {
            return false;
        };
        relative
            .ancestors()
            .filter(|p| !p.as_os_str().is_empty())
            .any(|p| source::is_excluded(p, &self.excludes))
    }
}

/// Which configuration file a module's settings came from, and its modification time and size.
type Stamp = (
    Option<PathBuf>,
    Option<(Option<std::time::SystemTime>, u64)>,
);

/// A module's settings as loaded, or why they did not load.
struct Loaded {
    settings: Result<Arc<Settings>, String>,
    stamp: Stamp,
}

/// What was last published for a file.
#[derive(Default)]
pub struct Published {
    /// The text the findings' spans are offsets into.
    pub text: Arc<str>,
    pub findings: Vec<Finding>,
    pub diagnostics: Vec<lsp_types::Diagnostic>,
}

pub struct Workspace {
    pub encoding: Encoding,
    /// Open buffers by path.
    pub documents: HashMap<PathBuf, String>,
    pub folders: Vec<PathBuf>,
    /// The one configuration file for every module, when the client names one.
    pub config_file: Option<PathBuf>,
    settings: HashMap<PathBuf, Loaded>,
    /// Settings that failed to load since the server last said so.
    new_errors: Vec<String>,
    /// The settings errors already told, until settings load again.
    told: HashSet<String>,
    /// A configuration was found changed by its modification time, not by an event.
    unannounced: bool,
    /// Per module directory: the latest check asked for; older results are dropped.
    generations: HashMap<PathBuf, u64>,
    /// Per module directory: the files diagnostics were published for.
    pub module_files: HashMap<PathBuf, HashSet<PathBuf>>,
    /// Per module directory: the directories of the modules its last check read.
    pub calls: HashMap<PathBuf, Vec<PathBuf>>,
    pub published: HashMap<PathBuf, Published>,
}

impl Workspace {
    pub fn new(encoding: Encoding, folders: Vec<PathBuf>) -> Self {
        Workspace {
            encoding,
            documents: HashMap::new(),
            folders,
            config_file: None,
            settings: HashMap::new(),
            new_errors: Vec::new(),
            told: HashSet::new(),
            unannounced: false,
            generations: HashMap::new(),
            module_files: HashMap::new(),
            calls: HashMap::new(),
            published: HashMap::new(),
        }
    }

    /// The module's settings, loaded on first use and again when the configuration file that
    /// applies is another or has changed (a client without file watchers says nothing of an
    /// edit made elsewhere: [`Workspace::config_changed_unannounced`] then says so). A file
    /// that does not load is an error until it changes; each error is told once
    /// ([`Workspace::take_new_errors`]), not on every keystroke nor for every module.
    pub fn settings(&mut self, dir: &Path) -> Result<Arc<Settings>, String> {
        let stamp = self.config_stamp(dir);
        match self.settings.get(dir) {
            Some(loaded) if loaded.stamp == stamp => return loaded.settings.clone(),
            Some(_) => self.unannounced = true,
            None => {}
        }
        let settings = Settings::load(dir, self.config_file.as_deref()).map(Arc::new);
        match &settings {
            // Once mended, the same mistake made again is told again.
            Ok(_) => self.told.clear(),
            Err(error) if self.told.insert(error.clone()) => self.new_errors.push(error.clone()),
            Err(_) => {}
        }
        let loaded = Loaded {
            settings: settings.clone(),
            stamp,
        };
        self.settings.insert(dir.to_path_buf(), loaded);
        settings
    }

    /// The configuration file that applies to `dir`, and its modification time and size.
    fn config_stamp(&self, dir: &Path) -> Stamp {
        let path = match &self.config_file {
            Some(path) => Some(path.clone()),
            None => crate::config::discover(dir),
        };
        let metadata = path.as_deref().and_then(|p| std::fs::metadata(p).ok());
        let changed = metadata.map(|m| (m.modified().ok(), m.len()));
        (path, changed)
    }

    /// Whether a module's configuration was found changed with no event saying so, since
    /// this was last asked: the other modules using it are stale too.
    pub fn config_changed_unannounced(&mut self) -> bool {
        std::mem::take(&mut self.unannounced)
    }

    /// The settings errors not yet told to the user.
    pub fn take_new_errors(&mut self) -> Vec<String> {
        std::mem::take(&mut self.new_errors)
    }

    /// Forgets every module's settings: a `.tfcomply.toml` changed.
    pub fn reload_settings(&mut self) {
        self.settings.clear();
    }

    /// A new check of `dir` is due: results of earlier ones are stale from now on.
    pub fn next_generation(&mut self, dir: &Path) -> u64 {
        let generation = self.generations.entry(dir.to_path_buf()).or_default();
        *generation += 1;
        *generation
    }

    pub fn is_current(&self, dir: &Path, generation: u64) -> bool {
        self.generations.get(dir) == Some(&generation)
    }

    /// A change to `path` changes the settings: it is a `.tfcomply.toml`, or the file named.
    pub fn is_config_file(&self, path: &Path) -> bool {
        path.file_name() == Some(CONFIG_FILE.as_ref()) || self.config_file.as_deref() == Some(path)
    }

    /// The open buffers that Terraform reads as part of a module (a `prod.tfvars` is only
    /// read when named, so it is not): those of the module checked, and of the modules it
    /// calls, read as context.
    pub fn overlays(&self) -> Vec<(PathBuf, Arc<str>)> {
        self.documents
            .iter()
            .filter(|(path, _)| source::is_input(path))
            .map(|(path, text)| (path.clone(), Arc::from(text.as_str())))
            .collect()
    }

    /// What was last published for `path`, when it was found in the text the editor has
    /// now: a finding's span in an older text would put an edit or a hover in the wrong place.
    pub fn current(&self, path: &Path) -> Option<&Published> {
        let published = self.published.get(path)?;
        match self.documents.get(path) {
            Some(text) if text.as_str() != &*published.text => None,
            _ => Some(published),
        }
    }

    /// The texts last checked of the other files of `path`'s module.
    pub fn sibling_texts(&self, path: &Path) -> Vec<Arc<str>> {
        self.published
            .iter()
            .filter(|(other, _)| *other != path && other.parent() == path.parent())
            .map(|(_, published)| published.text.clone())
            .collect()
    }

    /// The modules diagnostics were published for that are in `path` or below it.
    pub fn known_modules_under(&self, path: &Path) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = self
            .module_files
            .keys()
            .filter(|dir| dir.starts_with(path))
            .cloned()
            .collect();
        dirs.sort();
        dirs
    }

    /// The modules whose last check read the module in `dir`: they call it.
    pub fn callers_of(&self, dir: &Path) -> Vec<PathBuf> {
        let mut callers: Vec<PathBuf> = self
            .calls
            .iter()
            .filter(|(_, called)| called.iter().any(|c| c == dir))
            .map(|(caller, _)| caller.clone())
            .collect();
        callers.sort();
        callers
    }

    /// The module directories with an open buffer.
    pub fn open_modules(&self) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = self
            .documents
            .keys()
            .filter_map(|p| p.parent().map(Path::to_path_buf))
            .collect();
        dirs.sort();
        dirs.dedup();
        dirs
    }

    /// The workspace folder holding `dir`: file functions may read anywhere in it.
    pub fn folder_of(&self, dir: &Path) -> Option<PathBuf> {
        self.folders
            .iter()
            .filter(|f| dir.starts_with(f))
            .max_by_key(|f| f.as_os_str().len())
            .cloned()
    }
}

/// The local path a `file:` URI names.
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file:///p` has an empty authority; `file://localhost/p` names this machine too.
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    percent_decode(path).map(PathBuf::from)
}

pub fn uri_of(path: &Path) -> Uri {
    let encoded = crate::report::uri_path(&path.to_string_lossy());
    format!("file://{encoded}")
        .parse()
        .unwrap_or_else(|_| unreachable!("a percent-encoded path is a valid URI"))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_round_trip() {
        let path = Path::new("/tmp/a dir/é/main.tf");
        let uri = uri_of(path);
        assert_eq!(uri.as_str(), "file:///tmp/a%20dir/%C3%A9/main.tf");
        assert_eq!(path_of(&uri).as_deref(), Some(path));
    }
}
