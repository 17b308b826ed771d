//! The message loop: document notifications update the workspace and queue checks; finished
//! checks are published; code action and hover requests answer from the last results.

use super::actions::{self, Target};
use super::hover;
use super::position::{Positions, apply_changes};
use super::worker::{self, Job, Outcome};
use super::workspace::{Published, Workspace, path_of, uri_of};
use crate::source;
use crossbeam_channel::{Receiver, Sender};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionParams, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWorkspaceFoldersParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams, HoverParams, MessageType, PublishDiagnosticsParams,
    ShowMessageParams, Uri,
};
use serde::de::DeserializeOwned;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub struct Server<'c> {
    connection: &'c Connection,
    workspace: Workspace,
    jobs: Sender<Job>,
    shut_down: bool,
}

/// Serves until the client asks the server to exit.
pub fn serve(connection: &Connection, workspace: Workspace) -> Result<(), String> {
    let (outcome_sender, outcomes) = crossbeam_channel::unbounded();
    // The worker is not waited for at exit: a check still running has no one to report to.
    let jobs = worker::spawn(outcome_sender);
    let mut server = Server {
        connection,
        workspace,
        jobs,
        shut_down: false,
    };
    server.run(&outcomes)
}

impl Server<'_> {
    fn run(&mut self, outcomes: &Receiver<Outcome>) -> Result<(), String> {
        loop {
            crossbeam_channel::select! {
                recv(self.connection.receiver) -> message => match message {
                    Ok(Message::Request(request)) => self.request(request),
                    Ok(Message::Notification(notification)) if notification.method == note::Exit::METHOD => {
                        return self.exit();
                    }
                    Ok(Message::Notification(notification)) => self.notification(notification),
                    // Answers to the server's own requests (the watcher registration).
                    Ok(Message::Response(_)) => {}
                    Err(_) => return Ok(()),
                },
                recv(outcomes) -> outcome => match outcome {
                    Ok(outcome) => self.publish(outcome),
                    // Only if the worker died: a server that no longer checks should stop, so
                    // the client reports it and can start another.
                    Err(_) => return Err("the checking thread stopped".to_string()),
                }
            }
        }
    }

    fn notification(&mut self, notification: Notification) {
        let Notification { method, params } = notification;
        let handled = match method.as_str() {
            note::DidOpenTextDocument::METHOD => parse(params).map(|p| self.opened(p)),
            note::DidChangeTextDocument::METHOD => parse(params).map(|p| self.changed(p)),
            note::DidSaveTextDocument::METHOD => {
                parse(params).map(|p: DidSaveTextDocumentParams| self.touched(&p.text_document.uri))
            }
            note::DidCloseTextDocument::METHOD => parse(params).map(|p| self.closed(p)),
            note::DidChangeWatchedFiles::METHOD => parse(params).map(|p| self.watched(p)),
            note::DidChangeWorkspaceFolders::METHOD => parse(params).map(|p| self.folders(p)),
            _ => Ok(()),
        };
        if let Err(message) = handled {
            self.show(MessageType::ERROR, format!("{method}: {message}"));
        }
    }

    /// Exit status 0 after `shutdown`, else an error, as the protocol asks.
    fn exit(&self) -> Result<(), String> {
        if self.shut_down {
            Ok(())
        } else {
            Err("exit before shutdown".to_string())
        }
    }

    fn request(&mut self, request: Request) {
        let Request { id, method, params } = request;
        if self.shut_down {
            let message = "the server is shutting down".to_string();
            return self
                .send(Response::new_err(id, ErrorCode::InvalidRequest as i32, message).into());
        }
        let result = match method.as_str() {
            // Messages may still cross it (a late answer to the watcher registration): they
            // are not errors, so lsp-server's strict shutdown handshake is not used.
            req::Shutdown::METHOD => {
                self.shut_down = true;
                Ok(serde_json::Value::Null)
            }
            req::CodeActionRequest::METHOD => parse(params).map(|p| self.code_actions(p)),
            req::HoverRequest::METHOD => parse(params).map(|p| self.hover(p)),
            _ => {
                let message = format!("unknown request {method}");
                let response = Response::new_err(id, ErrorCode::MethodNotFound as i32, message);
                return self.send(response.into());
            }
        };
        let response = match result {
            Ok(value) => Response::new_ok(id, value),
            Err(message) => Response::new_err(id, ErrorCode::InvalidParams as i32, message),
        };
        self.send(response.into());
    }

    fn opened(&mut self, params: DidOpenTextDocumentParams) {
        if let Some(path) = path_of(&params.text_document.uri) {
            self.workspace
                .documents
                .insert(path.clone(), params.text_document.text);
            self.schedule_file(&path);
        }
    }

    fn changed(&mut self, params: DidChangeTextDocumentParams) {
        let encoding = self.workspace.encoding;
        let Some(path) = path_of(&params.text_document.uri) else {
            return;
        };
        if let Some(text) = self.workspace.documents.get_mut(&path) {
            apply_changes(text, params.content_changes, encoding);
            self.schedule_file(&path);
        }
    }

    /// A saved configuration file reloads the settings even when the client watches no files.
    fn touched(&mut self, uri: &Uri) {
        match path_of(uri) {
            Some(path) if self.workspace.is_config_file(&path) => self.config_changed(),
            Some(path) => self.schedule_file(&path),
            None => {}
        }
    }

    /// The buffer no longer overrides the file: its diagnostics come from disk again.
    fn closed(&mut self, params: DidCloseTextDocumentParams) {
        if let Some(path) = path_of(&params.text_document.uri) {
            self.workspace.documents.remove(&path);
            self.schedule_file(&path);
        }
    }

    fn watched(&mut self, params: DidChangeWatchedFilesParams) {
        let paths: Vec<PathBuf> = params
            .changes
            .iter()
            .filter_map(|c| path_of(&c.uri))
            .collect();
        if paths.iter().any(|p| self.workspace.is_config_file(p)) {
            return self.config_changed();
        }
        for path in paths {
            // Deletions of anything are reported; only a module's own inputs change it.
            if source::is_input(&path) {
                self.schedule_file(&path);
            }
            // A directory deleted or moved away: the modules in it are checked again, which
            // finds no files and empties their lists.
            for dir in self.workspace.known_modules_under(&path) {
                self.schedule(&dir);
            }
        }
    }

    /// Reloads the settings and checks every module known again.
    fn config_changed(&mut self) {
        self.workspace.reload_settings();
        let mut dirs = self.workspace.open_modules();
        dirs.extend(self.workspace.module_files.keys().cloned());
        dirs.sort();
        dirs.dedup();
        for dir in dirs {
            self.schedule(&dir);
        }
    }

    fn folders(&mut self, params: DidChangeWorkspaceFoldersParams) {
        let removed: HashSet<PathBuf> = params
            .event
            .removed
            .iter()
            .filter_map(|f| path_of(&f.uri))
            .collect();
        let folders = &mut self.workspace.folders;
        folders.retain(|f| !removed.contains(f));
        folders.extend(params.event.added.iter().filter_map(|f| path_of(&f.uri)));
    }

    /// Checks the file's module, and the modules that call it: their findings may depend on
    /// what it declares.
    fn schedule_file(&mut self, path: &Path) {
        if let Some(dir) = path.parent() {
            self.schedule(dir);
            for caller in self.workspace.callers_of(dir) {
                self.schedule(&caller);
            }
        }
    }

    /// Queues a check of the module in `dir`, which makes earlier ones stale.
    fn schedule(&mut self, dir: &Path) {
        let settings = self.workspace.settings(dir);
        for error in self.workspace.take_new_errors() {
            self.show(MessageType::ERROR, error);
        }
        if self.workspace.config_changed_unannounced() {
            // Every module with that configuration is stale, not only this one.
            self.config_changed();
        }
        let Ok(settings) = settings else {
            return;
        };
        let job = Job {
            dir: dir.to_path_buf(),
            queued: std::time::Instant::now(),
            generation: self.workspace.next_generation(dir),
            overlays: self.workspace.overlays(),
            settings,
            folder: self.workspace.folder_of(dir),
            encoding: self.workspace.encoding,
        };
        // The worker only stops once the server drops the sender.
        let _ = self.jobs.send(job);
    }

    /// Publishes a current check's diagnostics. While a file does not parse, only its syntax
    /// errors are published: the module's other files keep what they had, rather than
    /// findings made without the broken file.
    fn publish(&mut self, outcome: Outcome) {
        if !self.workspace.is_current(&outcome.dir, outcome.generation) {
            return;
        }
        let broken = outcome.files.iter().any(|f| f.broken);
        self.workspace
            .calls
            .insert(outcome.dir.clone(), outcome.calls);
        let checked: HashSet<PathBuf> = outcome.files.iter().map(|f| f.path.clone()).collect();
        let before = self.workspace.module_files.entry(outcome.dir).or_default();
        let gone: Vec<PathBuf> = if broken {
            before.extend(checked);
            Vec::new()
        } else {
            let gone = before.difference(&checked).cloned().collect();
            *before = checked;
            gone
        };
        for path in gone {
            self.workspace.published.remove(&path);
            self.send_diagnostics(&path, Vec::new());
        }
        for file in outcome.files.into_iter().filter(|f| !broken || f.broken) {
            // The client keeps a file's last list: an edit in one file of a large module
            // need not send the unchanged lists of all the others again.
            let unchanged = self.workspace.published.get(&file.path);
            if unchanged.is_none_or(|p| p.diagnostics != file.diagnostics) {
                self.send_diagnostics(&file.path, file.diagnostics.clone());
            }
            let published = Published {
                text: file.text,
                findings: file.findings,
                diagnostics: file.diagnostics,
            };
            self.workspace.published.insert(file.path, published);
        }
    }

    fn send_diagnostics(&self, path: &Path, diagnostics: Vec<lsp_types::Diagnostic>) {
        let params = PublishDiagnosticsParams::new(uri_of(path), diagnostics, None);
        self.send(Notification::new(note::PublishDiagnostics::METHOD.to_string(), params).into());
    }

    fn code_actions(&mut self, params: CodeActionParams) -> serde_json::Value {
        let uri = params.text_document.uri;
        let Some(path) = path_of(&uri) else {
            return serde_json::Value::Null;
        };
        // The rules' fixes come from the module's catalogue.
        let settings = path
            .parent()
            .and_then(|dir| self.workspace.settings(dir).ok());
        // Until the current text is checked, no action: its edits would land in the wrong place.
        let Some(published) = self.workspace.current(&path) else {
            return serde_json::Value::Null;
        };
        let target = Target {
            uri: &uri,
            text: &published.text,
            encoding: self.workspace.encoding,
            json: uri.as_str().ends_with(".json"),
            catalogue: settings.as_ref().map(|s| &s.catalogue),
            siblings: self.workspace.sibling_texts(&path),
        };
        let only = params.context.only.as_deref();
        let actions = actions::code_actions(&published.findings, params.range, only, &target);
        serde_json::to_value(actions).unwrap_or_default()
    }

    fn hover(&mut self, params: HoverParams) -> serde_json::Value {
        let place = params.text_document_position_params;
        let Some(path) = path_of(&place.text_document.uri) else {
            return serde_json::Value::Null;
        };
        let Some(dir) = path.parent().map(Path::to_path_buf) else {
            return serde_json::Value::Null;
        };
        let Ok(settings) = self.workspace.settings(&dir) else {
            return serde_json::Value::Null;
        };
        // Rule ids in comments are read from the text the editor has now; flagged ranges only
        // while that text is the one checked.
        let (text, findings): (&str, &[_]) = match self.workspace.current(&path) {
            Some(published) => (&published.text, &published.findings),
            None => match self.workspace.documents.get(&path) {
                Some(text) => (text, &[]),
                None => return serde_json::Value::Null,
            },
        };
        let offset = Positions::new(text, self.workspace.encoding).offset(place.position);
        let json = place.text_document.uri.as_str().ends_with(".json");
        hover::rule_at(text, offset, json, findings, &settings.catalogue)
            .map(|rule| hover::hover(rule, &settings.catalogue))
            .and_then(|h| serde_json::to_value(h).ok())
            .unwrap_or_default()
    }

    fn show(&self, typ: MessageType, message: String) {
        let params = ShowMessageParams { typ, message };
        self.send(Notification::new(note::ShowMessage::METHOD.to_string(), params).into());
    }

    fn send(&self, message: Message) {
        // A closed channel means the client has gone; the loop ends on its next read.
        let _ = self.connection.sender.send(message);
    }
}

fn parse<P: DeserializeOwned>(params: serde_json::Value) -> Result<P, String> {
    serde_json::from_value(params).map_err(|e| e.to_string())
}
