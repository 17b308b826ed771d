//! `tfcomply lsp` driven as an editor drives it: the real binary, JSON-RPC over its stdio.
//! Every wait has a deadline, so a server that hangs or never publishes fails the test.

use lsp_server::{Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(60);

const MAIN_TF: &str = r#"resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

module "db" {
  source = "./modules/db"
}

variable "encrypted" {
  default = false
}
"#;

const STORAGE_TF: &str = r#"resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = var.encrypted
}
"#;

const DB_TF: &str = r#"resource "aws_db_instance" "db" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = false
}
"#;

/// A module of two files that calls a local module, in a directory of its own.
fn workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tfcomply-lsp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("modules/db")).unwrap();
    std::fs::write(dir.join("main.tf"), MAIN_TF).unwrap();
    std::fs::write(dir.join("storage.tf"), STORAGE_TF).unwrap();
    std::fs::write(dir.join("modules/db/main.tf"), DB_TF).unwrap();
    dir
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Message>,
    next_id: i32,
    /// The last diagnostics published for each URI, and how many times each was published.
    latest: HashMap<String, Vec<Value>>,
    publishes: HashMap<String, usize>,
    /// The params of the server's `client/registerCapability` requests.
    registrations: Vec<Value>,
    /// The messages of the server's `window/showMessage` notifications.
    shown: Vec<String>,
}

impl Client {
    fn start(root: &Path, encodings: &[&str]) -> Client {
        Client::start_with(root, encodings, json!({}))
    }

    /// Starts the server with these initialization options.
    fn start_with(root: &Path, encodings: &[&str], options: Value) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tfcomply"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let (sender, messages) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(Some(message)) = Message::read(&mut stdout) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            messages,
            next_id: 0,
            latest: HashMap::new(),
            publishes: HashMap::new(),
            registrations: Vec::new(),
            shown: Vec::new(),
        };
        let result = client.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": null,
                "capabilities": {
                    "general": {"positionEncodings": encodings},
                    "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}
                },
                "workspaceFolders": [{"uri": uri(root), "name": "test"}],
                "initializationOptions": options
            }),
        );
        let expected = encodings.first().copied().unwrap_or("utf-16");
        let negotiated = &result["capabilities"]["positionEncoding"];
        assert_eq!(
            negotiated,
            if expected == "utf-8" {
                "utf-8"
            } else {
                "utf-16"
            }
        );
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: Message) {
        message.write(&mut self.stdin).expect("the server reads");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(Notification::new(method.to_string(), params).into());
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.send(Request::new(id.clone(), method.to_string(), params).into());
        loop {
            match self.next() {
                Message::Response(r) if r.id == id => {
                    return r
                        .response_result
                        .unwrap_or_else(|e| panic!("{method}: {e:?}"));
                }
                _ => {}
            }
        }
    }

    /// The next message, recorded.
    fn next(&mut self) -> Message {
        let message = match self.messages.recv_timeout(DEADLINE) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => panic!("no message from the server in time"),
            Err(RecvTimeoutError::Disconnected) => panic!("the server closed its output"),
        };
        self.record(&message);
        message
    }

    /// Reads until the diagnostics of `path` satisfy `wanted`; returns them.
    fn wait_for(&mut self, path: &Path, wanted: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let key = uri(path);
        let start = Instant::now();
        loop {
            if let Some(list) = self.latest.get(&key).filter(|l| wanted(l)) {
                return list.clone();
            }
            assert!(
                start.elapsed() < DEADLINE,
                "diagnostics of {key}: {:?}",
                self.latest.get(&key)
            );
            self.next();
        }
    }

    /// Reads whatever arrives within `quiet`.
    fn drain(&mut self, quiet: Duration) {
        while let Ok(message) = self.messages.recv_timeout(quiet) {
            self.record(&message);
        }
    }

    /// Keeps published diagnostics and answers the server's requests (its watcher
    /// registration).
    fn record(&mut self, message: &Message) {
        match message {
            Message::Notification(n) if n.method == "textDocument/publishDiagnostics" => {
                let uri = n.params["uri"].as_str().unwrap().to_string();
                let list = n.params["diagnostics"].as_array().unwrap().clone();
                *self.publishes.entry(uri.clone()).or_default() += 1;
                self.latest.insert(uri, list);
            }
            Message::Notification(n) if n.method == "window/showMessage" => {
                self.shown
                    .push(n.params["message"].as_str().unwrap().to_string());
            }
            Message::Request(r) => {
                if r.method == "client/registerCapability" {
                    self.registrations.push(r.params.clone());
                }
                let answer = Response::new_ok(r.id.clone(), Value::Null);
                self.send(answer.into());
            }
            _ => {}
        }
    }

    fn open(&mut self, path: &Path, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri(path), "languageId": "terraform", "version": 1, "text": text}}),
        );
    }

    /// A watcher event: 1 created, 2 changed, 3 deleted.
    fn changed_on_disk(&mut self, path: &Path, kind: u8) {
        self.notify(
            "workspace/didChangeWatchedFiles",
            json!({"changes": [{"uri": uri(path), "type": kind}]}),
        );
    }

    fn change(&mut self, path: &Path, range: Value, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri(path), "version": 2},
                "contentChanges": [{"range": range, "text": text}]
            }),
        );
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn codes(list: &[Value]) -> Vec<&str> {
    list.iter().filter_map(|d| d["code"].as_str()).collect()
}

fn has(code: &'static str) -> impl Fn(&[Value]) -> bool {
    move |list| codes(list).contains(&code)
}

fn range(line: u32, start: u32, end_line: u32, end: u32) -> Value {
    json!({"start": {"line": line, "character": start}, "end": {"line": end_line, "character": end}})
}

#[test]
fn opening_a_file_reports_every_file_of_its_module() {
    let root = workspace("open");
    let mut client = Client::start(&root, &[]);
    client.open(&root.join("main.tf"), MAIN_TF);
    let main = client.wait_for(&root.join("main.tf"), has("NET001"));
    let storage = client.wait_for(&root.join("storage.tf"), has("ENC003"));
    let net = &main[0];
    assert_eq!(net["source"], "tfcomply");
    assert_eq!(net["severity"], 1, "high is an error");
    assert_eq!(
        net["range"],
        range(2, 2, 2, 9),
        "the ingress block's header"
    );
    assert!(
        net["message"]
            .as_str()
            .unwrap()
            .ends_with("(SOC 2 CC6.6; SOX ITGC-AC)")
    );
    assert!(
        net["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("/docs/rules/NET001.md")
    );
    assert_eq!(storage[0]["range"], range(3, 2, 3, 35));
    // The value comes from the variable's default in main.tf.
    let related = &storage[0]["relatedInformation"][0]["location"];
    assert_eq!(related["uri"], uri(&root.join("main.tf")));
    // The called module gives context only: its findings belong to its own directory.
    assert!(
        !client
            .latest
            .contains_key(&uri(&root.join("modules/db/main.tf")))
    );
}

/// The editor shows what `tfcomply scan` reports: the same rules, files and lines.
#[test]
fn diagnostics_match_the_scan_of_the_same_module() {
    for example in ["web-app", "legacy-types"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("testdata/examples")
            .join(example);
        let files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "tf"))
            .collect();
        let mut client = Client::start(&dir, &[]);
        client.open(&files[0], &std::fs::read_to_string(&files[0]).unwrap());
        let mut shown = Vec::new();
        for file in &files {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            for d in client.wait_for(file, |_| true) {
                let line = d["range"]["start"]["line"].as_u64().unwrap() + 1;
                shown.push((name.clone(), d["code"].as_str().unwrap().to_string(), line));
            }
        }
        let scan = Command::new(env!("CARGO_BIN_EXE_tfcomply"))
            .args(["scan", "--format", "json"])
            .arg(&dir)
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&scan.stdout).unwrap();
        // Findings by rule id, errors (a deprecated form, a bad reference) by kind.
        let findings = report["findings"].as_array().unwrap().iter();
        let errors = report["errors"].as_array().unwrap().iter();
        let mut scanned: Vec<(String, String, u64)> = findings
            .map(|f| (f, &f["rule_id"]))
            .chain(errors.map(|e| (e, &e["kind"])))
            .map(|(f, code)| {
                let file = Path::new(f["file"].as_str().unwrap()).file_name().unwrap();
                let code = code.as_str().unwrap().to_string();
                (
                    file.to_string_lossy().to_string(),
                    code,
                    f["line"].as_u64().unwrap(),
                )
            })
            .collect();
        shown.sort();
        scanned.sort();
        assert!(!scanned.is_empty(), "{example}");
        assert_eq!(shown, scanned, "{example}");
    }
}

#[test]
fn an_edit_that_fixes_a_finding_empties_the_file() {
    let root = workspace("fix");
    let storage = root.join("storage.tf");
    let mut client = Client::start(&root, &[]);
    client.open(&storage, STORAGE_TF);
    client.wait_for(&storage, has("ENC003"));
    client.change(&storage, range(3, 22, 3, 35), "true");
    client.wait_for(&storage, |list| list.is_empty());
    assert!(has("NET001")(&client.latest[&uri(&root.join("main.tf"))]));
}

#[test]
fn an_unsaved_edit_in_a_called_module_is_checked_in_its_callers() {
    let root = workspace("called");
    let main = root.join("main.tf");
    let outputs = root.join("modules/settings/outputs.tf");
    let main_tf = "module \"settings\" {\n  source = \"./modules/settings\"\n}\n\n\
        resource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"us-east-1a\"\n  \
        size = 10\n  encrypted = module.settings.encrypted\n}\n";
    let outputs_tf = "output \"encrypted\" {\n  value = true\n}\n";
    std::fs::remove_file(root.join("storage.tf")).unwrap();
    std::fs::write(&main, main_tf).unwrap();
    std::fs::create_dir_all(outputs.parent().unwrap()).unwrap();
    std::fs::write(&outputs, outputs_tf).unwrap();
    let mut client = Client::start(&root, &[]);
    client.open(&main, main_tf);
    client.wait_for(&main, |list| list.is_empty());
    // The module's output, unsaved, decides the caller's finding.
    client.open(&outputs, outputs_tf);
    client.wait_for(&outputs, |list| list.is_empty());
    client.change(&outputs, range(1, 10, 1, 14), "false");
    let found = client.wait_for(&main, has("ENC003"));
    assert_eq!(found[0]["range"], range(7, 2, 7, 39));
    // A module not yet on disk, only in a buffer, is read too.
    let extra = root.join("modules/settings/extra.tf");
    client.change(&outputs, range(0, 0, 3, 0), "");
    client.open(&extra, "output \"encrypted\" {\n  value = true\n}\n");
    client.wait_for(&main, |list| list.is_empty());
}

#[test]
fn a_file_that_does_not_parse_reports_its_syntax_error_only() {
    let root = workspace("broken");
    let (main, storage) = (root.join("main.tf"), root.join("storage.tf"));
    let mut client = Client::start(&root, &[]);
    client.open(&main, MAIN_TF);
    client.wait_for(&storage, has("ENC003"));
    client.drain(Duration::from_millis(300));
    // storage.tf reads main.tf's variable: a check without main.tf would change its findings.
    let storage_publishes = client.publishes[&uri(&storage)];
    client.change(&main, range(1, 0, 1, 0), "  name = {{{\n");
    let errors = client.wait_for(&main, has("parse-error"));
    assert_eq!(codes(&errors), ["parse-error"]);
    assert_eq!(errors[0]["severity"], 1);
    client.drain(Duration::from_millis(300));
    assert_eq!(client.publishes[&uri(&storage)], storage_publishes);
    assert!(has("ENC003")(&client.latest[&uri(&storage)]));
}

#[test]
fn a_file_that_cannot_be_read_gets_its_error() {
    let root = workspace("unreadable");
    let latin1 = root.join("latin1.tf");
    std::fs::write(&latin1, b"# caf\xe9\n").unwrap();
    // One in a called module is that module's: the caller's check does not publish it.
    let called = root.join("modules/db/latin1.tf");
    std::fs::write(&called, b"# caf\xe9\n").unwrap();
    let mut client = Client::start(&root, &[]);
    client.open(&root.join("main.tf"), MAIN_TF);
    let list = client.wait_for(&latin1, has("read-error"));
    assert_eq!(list[0]["severity"], 1);
    assert_eq!(list[0]["range"], range(0, 0, 0, 0));
    client.drain(Duration::from_millis(300));
    assert!(!client.latest.contains_key(&uri(&called)));
    client.open(&root.join("modules/db/main.tf"), DB_TF);
    client.wait_for(&called, has("read-error"));
}

#[test]
fn closing_a_buffer_reports_the_file_on_disk() {
    let root = workspace("close");
    let storage = root.join("storage.tf");
    let mut client = Client::start(&root, &[]);
    client.open(&storage, STORAGE_TF);
    client.wait_for(&storage, has("ENC003"));
    client.change(&storage, range(3, 22, 3, 35), "true");
    client.wait_for(&storage, |list| list.is_empty());
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri(&storage)}}),
    );
    client.wait_for(&storage, has("ENC003"));
}

#[test]
fn the_rules_fix_is_a_preferred_quick_fix_that_clears_the_finding() {
    let root = workspace("fix-action");
    // A literal `storage_encrypted = false`: a value from a variable gets no fix.
    let storage = root.join("modules/db/main.tf");
    let mut client = Client::start(&root, &[]);
    client.open(&storage, DB_TF);
    let found = client.wait_for(&storage, has("ENC002"));
    let flagged = found.iter().find(|d| d["code"] == "ENC002").unwrap();
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri(&storage)},
            "range": flagged["range"],
            "context": {"diagnostics": [flagged]}
        }),
    );
    let fix = &actions[0];
    assert_eq!(fix["isPreferred"], true, "{actions:#}");
    assert!(
        fix["title"].as_str().unwrap().starts_with("ENC002: "),
        "{fix:#}"
    );
    let edits = fix["edit"]["changes"][uri(&storage)].as_array().unwrap();
    assert!(!edits.is_empty());
    // Each range is in the text before any edit: applied from the last, none moves another.
    for edit in edits.iter().rev() {
        client.change(
            &storage,
            edit["range"].clone(),
            edit["newText"].as_str().unwrap(),
        );
    }
    client.wait_for(&storage, |list| !list.iter().any(|d| d["code"] == "ENC002"));
}

#[test]
fn fix_all_applies_every_fix_of_the_file_at_once() {
    let root = workspace("fix-all");
    let db = root.join("modules/db/main.tf");
    let mut client = Client::start(&root, &[]);
    client.open(&db, DB_TF);
    let before = client.wait_for(&db, has("ENC002"));
    let whole_file = range(0, 0, 5, 0);
    let ask = |only: &[&str]| {
        json!({
            "textDocument": {"uri": uri(&db)},
            "range": whole_file,
            "context": {"diagnostics": [], "only": only}
        })
    };
    let quick_fixes = client.request("textDocument/codeAction", ask(&["quickfix"]));
    let kinds: Vec<&str> = quick_fixes
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.iter().all(|k| *k == "quickfix"), "{kinds:?}");
    let actions = client.request("textDocument/codeAction", ask(&["source.fixAll"]));
    let [fix_all] = actions.as_array().unwrap().as_slice() else {
        panic!("one fix-all action: {actions:#}");
    };
    assert_eq!(fix_all["kind"], "source.fixAll.tfcomply");
    let fixable = quick_fixes
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["isPreferred"] == true)
        .count();
    assert!(fixable >= 2, "{quick_fixes:#}");
    assert_eq!(
        fix_all["title"],
        format!("Fix {fixable} tfcomply findings in this file")
    );
    // One notification, from the last edit to the first: no range moves another.
    let edits = fix_all["edit"]["changes"][uri(&db)].as_array().unwrap();
    let changes: Vec<Value> = edits
        .iter()
        .rev()
        .map(|e| json!({"range": e["range"], "text": e["newText"]}))
        .collect();
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&db), "version": 2}, "contentChanges": changes}),
    );
    let after = client.wait_for(&db, |list| !has("ENC002")(list));
    assert_eq!(before.len() - after.len(), fixable, "{after:#?}");
}

#[test]
fn no_action_is_offered_on_text_not_yet_checked() {
    let root = workspace("stale-actions");
    let (db, storage) = (root.join("modules/db/main.tf"), root.join("storage.tf"));
    let mut client = Client::start(&root, &[]);
    client.open(&db, DB_TF);
    client.wait_for(&db, has("ENC002"));
    let ask = |client: &mut Client| {
        client.request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri(&db)},
                "range": range(0, 0, 5, 0),
                "context": {"diagnostics": []}
            }),
        )
    };
    assert!(!ask(&mut client).as_array().unwrap().is_empty());
    // Asked at once after an edit, before its check: the findings' ranges are of the old
    // text, so nothing is offered rather than edits in the wrong place.
    client.change(&db, range(0, 0, 0, 0), "\n\n\n");
    assert_eq!(ask(&mut client), Value::Null);
    client.wait_for(&db, |list| {
        list.iter()
            .any(|d| d["code"] == "ENC002" && d["range"]["start"]["line"] == 6)
    });
    assert!(!ask(&mut client).as_array().unwrap().is_empty());
    // Hover still reads a rule id in a comment of the new text.
    let commented = format!("# tfcomply:ignore ENC003 reason=\"x\"\n{STORAGE_TF}");
    client.open(&storage, &commented);
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri(&storage)}, "position": {"line": 0, "character": 20}}),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .starts_with("# ENC003")
    );
}

#[test]
fn a_fix_does_not_add_a_resource_another_file_of_the_module_has() {
    let root = workspace("sibling-fix");
    let dir = root.join("buckets");
    std::fs::create_dir_all(&dir).unwrap();
    let bucket_tf = "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n";
    std::fs::write(dir.join("bucket.tf"), bucket_tf).unwrap();
    std::fs::write(
        dir.join("access.tf"),
        "resource \"aws_s3_bucket_public_access_block\" \"logs\" {\n  \
         bucket                  = aws_s3_bucket.logs.id\n  block_public_acls       = false\n  \
         block_public_policy     = true\n  ignore_public_acls      = true\n  \
         restrict_public_buckets = true\n}\n",
    )
    .unwrap();
    let mut client = Client::start(&root, &[]);
    let bucket = dir.join("bucket.tf");
    client.open(&bucket, bucket_tf);
    // The access block in the other file leaves ACLs open: the bucket is flagged.
    client.wait_for(&bucket, has("NET004"));
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri(&bucket)},
            "range": range(0, 0, 3, 0),
            "context": {"diagnostics": []}
        }),
    );
    let adds_block = actions.as_array().unwrap().iter().any(|a| {
        a["edit"]
            .to_string()
            .contains("resource \\\"aws_s3_bucket_public_access_block\\\"")
    });
    assert!(!adds_block, "{actions:#}");
    // As `scan --fix` decides.
    let scan = Command::new(env!("CARGO_BIN_EXE_tfcomply"))
        .args(["scan", "--fix", "--diff"])
        .arg(&dir)
        .output()
        .unwrap();
    let diff = String::from_utf8_lossy(&scan.stdout);
    assert!(
        !diff.contains("+resource \"aws_s3_bucket_public_access_block\""),
        "{diff}"
    );
}

#[test]
fn the_suppress_action_silences_the_finding() {
    let root = workspace("suppress");
    let storage = root.join("storage.tf");
    let mut client = Client::start(&root, &[]);
    client.open(&storage, STORAGE_TF);
    let found = client.wait_for(&storage, has("ENC003"));
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri(&storage)},
            "range": found[0]["range"],
            "context": {"diagnostics": found}
        }),
    );
    let action = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Suppress ENC003 with a reason")
        .unwrap_or_else(|| panic!("no suppress action in {actions:#}"));
    let edit = &action["edit"]["changes"][uri(&storage)][0];
    assert_eq!(edit["range"], range(3, 0, 3, 0));
    let text = edit["newText"].as_str().unwrap();
    assert!(
        text.starts_with(
            "  # tfcomply:ignore ENC003 reason=\"TODO: why this is accepted\" expires=2"
        )
    );
    client.change(&storage, edit["range"].clone(), text);
    client.wait_for(&storage, |list| list.is_empty());
}

#[test]
fn hover_on_a_rule_id_in_a_comment_shows_the_rule() {
    let root = workspace("hover");
    let storage = root.join("storage.tf");
    let text = STORAGE_TF.replace(
        "  encrypted",
        "  # tfcomply:ignore ENC003 reason=\"tested\"\n  encrypted",
    );
    let mut client = Client::start(&root, &[]);
    client.open(&storage, &text);
    client.wait_for(&storage, |list| list.is_empty());
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri(&storage)}, "position": {"line": 3, "character": 22}}),
    );
    assert_eq!(hover["contents"]["kind"], "markdown");
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(
        value.starts_with("# ENC003 ebs-volume-encrypted"),
        "{value}"
    );
    let elsewhere = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri(&storage)}, "position": {"line": 1, "character": 4}}),
    );
    assert_eq!(elsewhere, Value::Null);
}

#[test]
fn a_file_changed_on_disk_is_checked_again() {
    let root = workspace("watched");
    let (main, storage) = (root.join("main.tf"), root.join("storage.tf"));
    let mut client = Client::start(&root, &[]);
    client.open(&main, MAIN_TF);
    client.wait_for(&storage, has("ENC003"));
    let registration = &client.registrations[0]["registrations"][0];
    assert_eq!(registration["method"], "workspace/didChangeWatchedFiles");
    let globs: Vec<(&str, &Value)> = registration["registerOptions"]["watchers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["globPattern"].as_str().unwrap(), &w["kind"]))
        .collect();
    let every_change = &Value::Null;
    assert_eq!(
        globs,
        [
            ("**/*.tf", every_change),
            ("**/*.tf.json", every_change),
            ("**/*.tfvars", every_change),
            ("**/*.tfvars.json", every_change),
            ("**/.tfcomply.toml", every_change),
            // Deletions only (4): a deleted directory is one event no file pattern matches.
            ("**/*", &json!(4)),
        ]
    );
    std::fs::write(&storage, STORAGE_TF.replace("var.encrypted", "true")).unwrap();
    client.changed_on_disk(&storage, 2);
    client.wait_for(&storage, |list| list.is_empty());
}

/// A trailing suppression that matches nothing is reported at its comment, which starts after
/// a non-ASCII value: its column counts bytes in UTF-8 and code units in UTF-16.
#[test]
fn a_deleted_module_directory_loses_its_diagnostics() {
    let root = workspace("deleted-dir");
    let db = root.join("modules/db/main.tf");
    let mut client = Client::start(&root, &[]);
    client.open(&db, DB_TF);
    client.wait_for(&db, has("ENC002"));
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri(&db)}}),
    );
    // The check that closing asks for reads the files still on disk.
    client.drain(Duration::from_millis(500));
    assert!(has("ENC002")(&client.latest[&uri(&db)]));
    std::fs::remove_dir_all(root.join("modules")).unwrap();
    client.changed_on_disk(&root.join("modules"), 3);
    client.wait_for(&db, |list| list.is_empty());
}

#[test]
fn positions_follow_the_negotiated_encoding() {
    let line = "  availability_zone = \"é😀\" # tfcomply:ignore NET001 reason=\"x\"";
    let text = STORAGE_TF.replace("  availability_zone = \"us-east-1a\"", line);
    let hash = line.find('#').unwrap() as u64;
    let utf16 = line[..hash as usize].encode_utf16().count() as u64;
    for (encodings, column) in [(vec!["utf-8", "utf-16"], hash), (vec!["utf-16"], utf16)] {
        let root = workspace(&format!("encoding-{column}"));
        let storage = root.join("storage.tf");
        let mut client = Client::start(&root, &encodings);
        client.open(&storage, &text);
        let list = client.wait_for(&storage, has("unused-suppression"));
        let note = list
            .iter()
            .find(|d| d["code"] == "unused-suppression")
            .unwrap();
        assert_eq!(
            note["range"]["start"],
            json!({"line": 1, "character": column})
        );
        // Shown faded, as unused code is: 1 = Unnecessary.
        assert_eq!(note["tags"], json!([1]));
    }
}

#[test]
fn a_changed_configuration_reloads_the_settings() {
    let root = workspace("config");
    let (main, storage) = (root.join("main.tf"), root.join("storage.tf"));
    let mut client = Client::start(&root, &[]);
    client.open(&main, MAIN_TF);
    client.wait_for(&storage, has("ENC003"));
    let config = root.join(".tfcomply.toml");
    std::fs::write(&config, "ignore = [\"ENC003\"]\n").unwrap();
    client.changed_on_disk(&config, 1);
    client.wait_for(&storage, |list| list.is_empty());
    assert!(has("NET001")(&client.latest[&uri(&main)]));
}

#[test]
fn a_configuration_changed_unannounced_is_read_at_the_next_edit_and_a_bad_one_told_once() {
    let root = workspace("config-unannounced");
    let (main, storage) = (root.join("main.tf"), root.join("storage.tf"));
    let db = root.join("modules/db/main.tf");
    let mut client = Client::start(&root, &[]);
    client.open(&storage, STORAGE_TF);
    client.wait_for(&storage, has("ENC003"));
    client.open(&db, DB_TF);
    client.wait_for(&db, has("ENC002"));
    // Written by another program, with no watcher event (as clients without watchers do).
    let config = root.join(".tfcomply.toml");
    std::fs::write(&config, "ignore = [\"ENC003\"]\n").unwrap();
    client.change(&storage, range(0, 0, 0, 0), "\n");
    client.wait_for(&storage, |list| list.is_empty());
    // The other module with that configuration is checked again too.
    std::fs::write(&config, "ignore = [\"ENC003\", \"ENC002\"]\n").unwrap();
    client.change(&storage, range(0, 0, 0, 0), "\n");
    client.wait_for(&db, |list| !has("ENC002")(list));
    // A file that does not load is told once, for both modules and every edit.
    std::fs::write(&config, "ignore = [\n").unwrap();
    for _ in 0..5 {
        client.change(&storage, range(0, 0, 0, 0), "\n");
    }
    client.drain(Duration::from_millis(500));
    let errors: Vec<&String> = client
        .shown
        .iter()
        .filter(|m| m.contains(".tfcomply.toml"))
        .collect();
    assert_eq!(errors.len(), 1, "{:?}", client.shown);
    // Saving the mended file in the editor reloads it at once.
    std::fs::write(&config, "ignore = [\"NET001\"]\n").unwrap();
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri(&config)}}),
    );
    client.open(&main, MAIN_TF);
    client.wait_for(&storage, has("ENC003"));
    client.wait_for(&main, |list| !has("NET001")(list));
}

#[test]
fn the_config_file_option_replaces_each_modules_configuration() {
    let root = workspace("config-file");
    let (main, storage) = (root.join("main.tf"), root.join("storage.tf"));
    // The module's own file is set aside for the one named.
    std::fs::write(root.join(".tfcomply.toml"), "ignore = [\"NET001\"]\n").unwrap();
    let team = root.join("team.toml");
    std::fs::write(&team, "ignore = [\"ENC003\"]\n").unwrap();
    let mut client = Client::start_with(&root, &[], json!({"configFile": "team.toml"}));
    client.open(&main, MAIN_TF);
    client.wait_for(&main, has("NET001"));
    client.wait_for(&storage, |list| list.is_empty());
    let watched = client.registrations[0]["registrations"][0]["registerOptions"]["watchers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["globPattern"] == "**/team.toml");
    assert!(watched, "{:?}", client.registrations);
    std::fs::write(&team, "ignore = []\n").unwrap();
    client.changed_on_disk(&team, 2);
    client.wait_for(&storage, has("ENC003"));
}

#[test]
fn random_edits_and_requests_never_bring_the_server_down() {
    let root = workspace("random");
    let storage = root.join("storage.tf");
    let mut client = Client::start(&root, &[]);
    client.open(&storage, STORAGE_TF);
    client.wait_for(&storage, has("ENC003"));
    // xorshift: deterministic, so a failure replays.
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let mut next = move |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    let pieces = [
        "",
        "{",
        "}",
        "\"",
        "${",
        "é😀",
        "\n",
        "resource \"x\" {",
        "#",
        "= [",
    ];
    let position =
        |next: &mut dyn FnMut(u64) -> u64| json!({"line": next(8), "character": next(50)});
    for version in 2..300 {
        let range = json!({"start": position(&mut next), "end": position(&mut next)});
        let text = pieces[next(pieces.len() as u64) as usize];
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri(&storage), "version": version},
                "contentChanges": [{"range": range, "text": text}]
            }),
        );
        if version % 50 == 0 {
            let at =
                json!({"textDocument": {"uri": uri(&storage)}, "position": position(&mut next)});
            client.request("textDocument/hover", at.clone());
            let mut actions = at;
            actions["range"] = json!({"start": position(&mut next), "end": position(&mut next)});
            actions["context"] = json!({"diagnostics": []});
            client.request("textDocument/codeAction", actions);
        }
    }
    // The whole text replaced: the server still checks, and from the right text.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri(&storage), "version": 300},
            "contentChanges": [{"text": STORAGE_TF.replace("var.encrypted", "true")}]
        }),
    );
    client.wait_for(&storage, |list| list.is_empty());
}

#[test]
fn excluded_paths_get_no_diagnostics() {
    let root = workspace("exclude");
    let (main, storage, db) = (
        root.join("main.tf"),
        root.join("storage.tf"),
        root.join("modules/db/main.tf"),
    );
    let mut client = Client::start(&root, &[]);
    client.open(&db, DB_TF);
    client.wait_for(&db, |list| !list.is_empty());
    let config = root.join(".tfcomply.toml");
    std::fs::write(&config, "exclude = [\"modules\", \"storage.tf\"]\n").unwrap();
    client.changed_on_disk(&config, 1);
    // The excluded module's list is emptied; a file excluded by name is not published.
    client.wait_for(&db, |list| list.is_empty());
    client.open(&main, MAIN_TF);
    client.wait_for(&main, has("NET001"));
    client.drain(Duration::from_millis(300));
    assert!(
        !client.latest.contains_key(&uri(&storage)),
        "{:?}",
        client.latest
    );
}

#[test]
fn shutdown_then_exit_ends_the_server() {
    let root = workspace("exit");
    let mut client = Client::start(&root, &[]);
    assert_eq!(client.request("shutdown", Value::Null), Value::Null);
    client.notify("exit", Value::Null);
    let start = Instant::now();
    let status = loop {
        if let Some(status) = client.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < DEADLINE, "the server did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
}
