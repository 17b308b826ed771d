//! `tfcomply lsp`: a Language Server Protocol 3.17 server over stdio. Editors get the scan's
//! findings as diagnostics while typing, a code action to accept a finding with a reason, and
//! each rule's documentation on hover. The settings are the `.tfcomply.toml` of each module.

mod actions;
mod diagnostics;
mod hover;
mod position;
mod server;
mod worker;
mod workspace;

use lsp_server::{Connection, Message, Request, RequestId};
use lsp_types::request::{RegisterCapability, Request as _};
use lsp_types::{
    ClientCapabilities, CodeActionKind, CodeActionOptions, CodeActionProviderCapability,
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern,
    HoverProviderCapability, InitializeParams, InitializeResult, OneOf, PositionEncodingKind,
    Registration, RegistrationParams, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, WatchKind, WorkspaceFoldersServerCapabilities,
    WorkspaceServerCapabilities,
};
use position::Encoding;
use std::path::{Path, PathBuf};
use workspace::{Workspace, path_of};

/// The files whose change on disk changes a check's result.
const WATCHED: [&str; 5] = [
    "**/*.tf",
    "**/*.tf.json",
    "**/*.tfvars",
    "**/*.tfvars.json",
    "**/.tfcomply.toml",
];

/// Runs the server on stdin/stdout until the client says `exit`.
pub fn run() -> Result<(), String> {
    let (connection, io_threads) = Connection::stdio();
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: InitializeParams = serde_json::from_value(params).map_err(|e| e.to_string())?;
    let encoding = negotiate(&params.capabilities);
    let result = InitializeResult {
        capabilities: capabilities(encoding),
        server_info: Some(ServerInfo {
            name: "tfcomply".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        }),
    };
    let result = serde_json::to_value(result).map_err(|e| e.to_string())?;
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    let folders = workspace_folders(&params);
    let config_file = config_file(params.initialization_options.as_ref(), &folders);
    if can_register_watchers(&params.capabilities) {
        register_watchers(&connection, config_file.as_deref());
    }
    let mut workspace = Workspace::new(encoding, folders);
    workspace.config_file = config_file;
    server::serve(&connection, workspace)?;
    drop(connection);
    io_threads.join().map_err(|e| e.to_string())
}

/// The workspace folders, or the root of a client that predates them.
fn workspace_folders(params: &InitializeParams) -> Vec<PathBuf> {
    let folders = params.workspace_folders.iter().flatten().map(|f| &f.uri);
    #[allow(deprecated)]
    let root = params.root_uri.as_ref();
    let mut paths: Vec<PathBuf> = folders.filter_map(path_of).collect();
    if paths.is_empty() {
        paths.extend(root.and_then(path_of));
    }
    paths
}

/// The `configFile` initialization option: one `.tfcomply.toml` for every module instead of
/// each module's own. A relative path is taken from the first workspace folder.
fn config_file(options: Option<&serde_json::Value>, folders: &[PathBuf]) -> Option<PathBuf> {
    let named = options?
        .get("configFile")?
        .as_str()
        .filter(|s| !s.is_empty())?;
    let path = PathBuf::from(named);
    match folders.first() {
        Some(folder) if path.is_relative() => Some(folder.join(path)),
        _ => Some(path),
    }
}

/// UTF-8 when the client can count in it (no conversion of the scan's byte offsets), else
/// UTF-16, which every client must support.
fn negotiate(capabilities: &ClientCapabilities) -> Encoding {
    let offered = capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    if offered.is_some_and(|kinds| kinds.contains(&PositionEncodingKind::UTF8)) {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    }
}

fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(match encoding {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(
            TextDocumentSyncKind::INCREMENTAL,
        )),
        // The kinds tell an editor it can ask for `source.fixAll.tfcomply` on save.
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::new(actions::FIX_ALL),
            ]),
            ..CodeActionOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..ServerCapabilities::default()
    }
}

fn can_register_watchers(capabilities: &ClientCapabilities) -> bool {
    capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|w| w.dynamic_registration)
        .unwrap_or(false)
}

/// Asks the client to report changes to Terraform files and the configuration made outside
/// the editor (a `git checkout`, a generator): they change what the open modules find.
/// A configuration file named otherwise than `.tfcomply.toml` is watched by its name. Deletions
/// of anything are watched too: a client reports a deleted directory as one event for the
/// directory, which no file pattern matches.
fn register_watchers(connection: &Connection, config_file: Option<&Path>) {
    let config_name = config_file
        .and_then(Path::file_name)
        .map(|name| format!("**/{}", name.to_string_lossy()));
    let watchers = WATCHED
        .iter()
        .map(|glob| glob.to_string())
        .chain(config_name.filter(|glob| !WATCHED.contains(&glob.as_str())))
        .map(|glob| FileSystemWatcher {
            glob_pattern: GlobPattern::String(glob),
            kind: None,
        })
        .chain([FileSystemWatcher {
            glob_pattern: GlobPattern::String("**/*".to_string()),
            kind: Some(WatchKind::Delete),
        }])
        .collect();
    let options = DidChangeWatchedFilesRegistrationOptions { watchers };
    let params = RegistrationParams {
        registrations: vec![Registration {
            id: "tfcomply-watched-files".to_string(),
            method: "workspace/didChangeWatchedFiles".to_string(),
            register_options: serde_json::to_value(options).ok(),
        }],
    };
    let request = Request::new(
        RequestId::from("tfcomply-register-watchers".to_string()),
        RegisterCapability::METHOD.to_string(),
        params,
    );
    // A client that has gone is noticed by the message loop.
    let _ = connection.sender.send(Message::Request(request));
}
