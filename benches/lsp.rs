//! Edit-to-diagnostics latency of `tfcomply lsp` on a 1,000-resource module: the server is
//! started as an editor starts it, one file is opened, then each of 100 edits is timed from
//! its `didChange` until the file's `publishDiagnostics` arrives. Prints p50 and p95.
//! The debounce delay is part of what is measured, as an editor sees it; the check alone (the
//! same module through `check::check` in this process) is timed too, to tell them apart.

use lsp_server::{Message, Notification, Request, RequestId};
use serde_json::json;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

// As in the binary, so that the check timed here costs what the server's does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FILES: usize = 10;
const RESOURCES_PER_FILE: usize = 100;
const EDITS: usize = 100;

/// One resource of a kind chosen by `i`: encrypted and unencrypted volumes, open and closed
/// security groups, buckets and instances, so some rules fire and most pass.
fn resource(i: usize) -> String {
    match i % 4 {
        0 => format!(
            "resource \"aws_ebs_volume\" \"v{i}\" {{\n  availability_zone = \"us-east-1a\"\n  size = 10\n  encrypted = {}\n}}\n",
            i.is_multiple_of(8)
        ),
        1 => format!(
            "resource \"aws_security_group\" \"sg{i}\" {{\n  name = \"sg{i}\"\n  ingress {{\n    from_port = 443\n    to_port = 443\n    protocol = \"tcp\"\n    cidr_blocks = [\"{}\"]\n  }}\n}}\n",
            if i % 40 == 1 {
                "0.0.0.0/0"
            } else {
                "10.0.0.0/8"
            }
        ),
        2 => format!(
            "resource \"aws_s3_bucket\" \"b{i}\" {{\n  bucket = \"bucket-{i}\"\n  tags = {{ Name = local.name }}\n}}\n"
        ),
        _ => format!(
            "resource \"aws_instance\" \"i{i}\" {{\n  ami = \"ami-123\"\n  instance_type = var.size\n  tags = {{ Name = \"${{local.name}}-{i}\" }}\n}}\n"
        ),
    }
}

fn module() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tfcomply-lsp-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let variables =
        "variable \"size\" {\n  default = \"t3.micro\"\n}\n\nlocals {\n  name = \"bench\"\n}\n";
    std::fs::write(dir.join("variables.tf"), variables).unwrap();
    for f in 0..FILES {
        let text: String = (0..RESOURCES_PER_FILE)
            .map(|r| resource(f * RESOURCES_PER_FILE + r))
            .collect();
        std::fs::write(dir.join(format!("r{f}.tf")), text).unwrap();
    }
    dir
}

fn send(stdin: &mut impl std::io::Write, message: Message) {
    message.write(stdin).expect("the server reads");
}

/// Waits for the next diagnostics published for `uri`.
fn published(messages: &Receiver<Message>, uri: &str) -> usize {
    loop {
        let message = messages
            .recv_timeout(Duration::from_secs(120))
            .expect("the server publishes in time");
        if let Message::Notification(n) = message
            && n.method == "textDocument/publishDiagnostics"
            && n.params["uri"] == uri
        {
            return n.params["diagnostics"].as_array().map_or(0, Vec::len);
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// The median time of the scan the server runs for each edit, without the protocol and the
/// debounce: collect the module, parse, evaluate, run the rules.
fn check_alone(dir: &Path) -> Duration {
    let catalogue = tfcomply::rules::Catalogue::builtin().unwrap();
    let selection = tfcomply::rules::Selection::default();
    let file = dir.join("r0.tf");
    let mut times: Vec<Duration> = (0..21)
        .map(|_| {
            let started = Instant::now();
            let sources = tfcomply::source::collect_with(std::slice::from_ref(&file), &[], true);
            let result = tfcomply::check::check(
                sources.unwrap(),
                &Default::default(),
                &catalogue,
                &|rule| selection.includes(rule),
            );
            let elapsed = started.elapsed();
            drop(result);
            elapsed
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let dir = module();
    println!("check alone: median {:?}", check_alone(&dir));
    let path: &Path = &dir.join("r0.tf");
    let uri = format!("file://{}", path.display());
    let mut text = std::fs::read_to_string(path).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tfcomply"))
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the server starts");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let (sender, messages) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        while let Ok(Some(message)) = Message::read(&mut stdout) {
            let _ = sender.send(message);
        }
    });
    let initialize = json!({"processId": null, "capabilities": {}, "rootUri": null});
    send(
        &mut stdin,
        Request::new(RequestId::from(1), "initialize".into(), initialize).into(),
    );
    let _ = messages
        .recv_timeout(Duration::from_secs(30))
        .expect("initialized");
    send(
        &mut stdin,
        Notification::new("initialized".into(), json!({})).into(),
    );
    let open = json!({"textDocument": {"uri": uri, "languageId": "terraform", "version": 1, "text": text}});
    let started = Instant::now();
    send(
        &mut stdin,
        Notification::new("textDocument/didOpen".into(), open).into(),
    );
    let found = published(&messages, &uri);
    println!("open: {found} diagnostics in {:?}", started.elapsed());
    let mut times = Vec::with_capacity(EDITS);
    for edit in 0..EDITS {
        // Toggles the first volume's encryption: the finding comes and goes.
        let (old, new) = if edit % 2 == 0 {
            ("true", "false")
        } else {
            ("false", "true")
        };
        let at = text.find(&format!("encrypted = {old}")).unwrap() + "encrypted = ".len();
        let line = text[..at].matches('\n').count();
        let column = at - text[..at].rfind('\n').map_or(0, |i| i + 1);
        text.replace_range(at..at + old.len(), new);
        let range = json!({"start": {"line": line, "character": column}, "end": {"line": line, "character": column + old.len()}});
        let change = json!({"textDocument": {"uri": uri, "version": edit + 2}, "contentChanges": [{"range": range, "text": new}]});
        let started = Instant::now();
        send(
            &mut stdin,
            Notification::new("textDocument/didChange".into(), change).into(),
        );
        published(&messages, &uri);
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "{EDITS} edits of a {}-resource module: p50 {:?}, p95 {:?}, max {:?}",
        FILES * RESOURCES_PER_FILE,
        percentile(&times, 0.50),
        percentile(&times, 0.95),
        times[times.len() - 1]
    );
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
}
