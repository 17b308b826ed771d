//! The editor clients of `tfcomply lsp` in `editors/`: the Neovim plugin driven end to end in
//! a headless Neovim against the real server, the VS Code extension's build and manifest
//! against its README, and the Helix configuration's structure. Each is a file users copy or
//! install as is, so a mistake in one would otherwise only show in someone's editor.

#[path = "common/tools.rs"]
mod tools;

use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs `command` to its end, killing it after `limit`: a headless Neovim that hangs would
/// otherwise hang the test run with it.
fn run_with_limit(command: &mut Command, limit: Duration) -> (Output, bool) {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    let start = Instant::now();
    let mut timed_out = false;
    while child
        .try_wait()
        .expect("the command can be waited on")
        .is_none()
    {
        if start.elapsed() > limit {
            let _ = child.kill();
            timed_out = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    (
        child.wait_with_output().expect("the output is read"),
        timed_out,
    )
}

/// Whether this build has the `lsp` subcommand: the server is developed apart from the
/// clients, and a client test must not fail for want of it.
fn server_exists() -> bool {
    let help = Command::new(env!("CARGO_BIN_EXE_tfcomply"))
        .args(["lsp", "--help"])
        .output()
        .expect("the binary runs");
    help.status.success()
}

/// Every Neovim on PATH: CI has Debian's (0.7, the plugin's fallback without
/// `vim.lsp.config`) and a current one from PyPI (0.11, `vim.lsp.config`/`vim.lsp.enable`).
#[test]
fn neovim_client_shows_the_servers_diagnostics() {
    let versions = tools::find_all("nvim");
    if versions.is_empty() {
        return;
    }
    if !server_exists() {
        // Plain stderr, as tools::find does: a skip should be seen, not captured.
        let _ = writeln!(
            std::io::stderr(),
            "skipped: this tfcomply has no `lsp` subcommand yet"
        );
        return;
    }
    for nvim in versions {
        neovim_receives_the_fixtures_diagnostics(&nvim);
    }
}

fn neovim_receives_the_fixtures_diagnostics(nvim: &Path) {
    let version = Command::new(nvim).arg("--version").output().unwrap();
    let version = String::from_utf8_lossy(&version.stdout);
    let version = version.lines().next().unwrap_or("").to_string();
    // Plain stderr, seen in the run's log: which clients were tested.
    let _ = writeln!(std::io::stderr(), "{version} ({})", nvim.display());
    let scratch = std::env::temp_dir().join(format!(
        "tfcomply-nvim-{}-{}",
        std::process::id(),
        version.replace(' ', "-")
    ));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();
    let out = scratch.join("diagnostics.json");
    let file = repo().join("testdata/editors/module/main.tf");
    let (run, timed_out) = run_with_limit(
        Command::new(nvim)
            .args(["--headless", "--clean", "-u", "NONE", "-c"])
            .arg("luafile editors/neovim/test/diagnostics.lua")
            .current_dir(repo())
            .env("TFCOMPLY_PLUGIN", repo().join("editors/neovim"))
            .env("TFCOMPLY_CMD", env!("CARGO_BIN_EXE_tfcomply"))
            .env("TFCOMPLY_FILE", &file)
            .env("TFCOMPLY_OUT", &out)
            .env("TFCOMPLY_WAIT_MS", "30000")
            // Neovim's state and the LSP log go to the scratch directory, not the user's.
            .env("XDG_STATE_HOME", scratch.join("state"))
            .env("XDG_DATA_HOME", scratch.join("data"))
            .env("XDG_CACHE_HOME", scratch.join("cache")),
        Duration::from_secs(60),
    );
    let said = format!(
        "{version}\nexit: {:?}{}\nstdout:\n{}\nstderr:\n{}\nLSP log:\n{}",
        run.status.code(),
        if timed_out {
            " (killed after 60 s)"
        } else {
            ""
        },
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr),
        std::fs::read_to_string(scratch.join("state/nvim/lsp.log")).unwrap_or_default(),
    );
    assert!(run.status.success(), "headless Neovim failed:\n{said}");
    let received: Vec<Value> = serde_json::from_str(&read(&out))
        .unwrap_or_else(|e| panic!("diagnostics.json: {e}\n{said}"));

    // The server checks the opened file's whole module, so the other file's finding comes
    // too, published for a file no buffer shows.
    let module = file.parent().unwrap();
    let mut got: Vec<(String, String, u64, String)> = received
        .iter()
        .map(|d| {
            let path = Path::new(d["file"].as_str().unwrap());
            (
                path.strip_prefix(module)
                    .unwrap_or(path)
                    .display()
                    .to_string(),
                d["code"].as_str().unwrap_or("").to_string(),
                d["line"].as_u64().unwrap(),
                d["severity"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    got.sort();
    // Printed for the run's log; shown by `cargo test -- --nocapture` or on failure.
    println!("received: {received:#?}");
    let expected = [
        ("main.tf", "ENC003", 5, "error"),
        ("network.tf", "NET001", 7, "error"),
    ]
    .map(|(f, c, l, s)| (f.to_string(), c.to_string(), l, s.to_string()));
    assert_eq!(got, expected, "all received: {received:#?}\n{said}");
    // Findings link to their rule's page (the server's other diagnostics, syntax errors and
    // suppression problems, need not; the fixture has none).
    for d in &received {
        let href = d["href"].as_str().unwrap_or("");
        let code = d["code"].as_str().unwrap_or("");
        assert!(
            href.starts_with("https://") && href.contains(code),
            "a finding without its rule's link: {d}"
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

/// The settings and commands a README documents in its tables: the first column of each row
/// whose first cell is code, e.g. "| `tfcomply.path` | `"tfcomply"` | … |", with the second.
fn documented(readme: &str, prefix: &str) -> BTreeMap<String, String> {
    readme
        .lines()
        .filter_map(|line| {
            let mut cells = line.trim().strip_prefix('|')?.split('|').map(str::trim);
            let name = cells.next()?.strip_prefix('`')?.strip_suffix('`')?;
            let second = cells.next().unwrap_or("");
            name.starts_with(prefix)
                .then(|| (name.to_string(), second.trim_matches('`').to_string()))
        })
        .collect()
}

#[test]
fn vscode_extension_is_built_and_its_readme_matches_its_manifest() {
    let Some(node) = tools::find("node") else {
        return;
    };
    let dir = repo().join("editors/vscode");
    let manifest: Value = serde_json::from_str(&read(&dir.join("package.json"))).unwrap();
    let main = dir.join(manifest["main"].as_str().expect("package.json names main"));
    if !main.is_file() {
        if std::env::var("TFCOMPLY_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
            panic!(
                "{} is missing: `npm ci --prefix editors/vscode && npm run --prefix \
                 editors/vscode compile` builds it",
                main.display()
            );
        }
        let _ = writeln!(
            std::io::stderr(),
            "skipped: the VS Code extension is not compiled (npm run --prefix editors/vscode compile)"
        );
        return;
    }
    let check = Command::new(node)
        .arg("--check")
        .arg(&main)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "node --check {}:\n{}",
        main.display(),
        String::from_utf8_lossy(&check.stderr)
    );

    let events: Vec<&str> = manifest["activationEvents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect();
    for wanted in ["onLanguage:terraform", "workspaceContains:**/*.tf"] {
        assert!(events.contains(&wanted), "activationEvents lack {wanted}");
    }

    let readme = read(&dir.join("README.md"));
    let properties = manifest["contributes"]["configuration"]["properties"]
        .as_object()
        .unwrap();
    let settings: BTreeMap<String, String> = properties
        .iter()
        .map(|(name, p)| {
            let default = match &p["default"] {
                Value::String(s) => format!("\"{s}\""),
                other => other.to_string(),
            };
            (name.clone(), default)
        })
        .collect();
    assert_eq!(
        documented(&readme, "tfcomply."),
        settings
            .iter()
            .chain(commands(&manifest).iter())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<BTreeMap<_, _>>(),
        "editors/vscode/README.md's tables (setting, default) and (command, title) against \
         package.json"
    );
}

/// The contributed commands as (id, title), as the README's command table lists them.
fn commands(manifest: &Value) -> BTreeMap<String, String> {
    manifest["contributes"]["commands"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|c| {
                    (
                        c["command"].as_str().unwrap().to_string(),
                        c["title"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn helix_configuration_adds_tfcomply_beside_terraform_ls() {
    let path = repo().join("editors/helix/languages.toml");
    let config: toml::Table = toml::from_str(&read(&path)).expect("languages.toml parses");
    let server = &config["language-server"]["tfcomply"];
    assert_eq!(server["command"].as_str(), Some("tfcomply"));
    assert_eq!(
        server["args"]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect()),
        Some(vec!["lsp"])
    );
    let languages = config["language"].as_array().expect("[[language]] entries");
    let mut named: Vec<&str> = Vec::new();
    for language in languages {
        let name = language["name"].as_str().unwrap();
        named.push(name);
        // Naming the list replaces Helix's built-in one: terraform-ls must stay in it.
        let servers: Vec<&str> = language["language-servers"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        assert_eq!(servers, ["terraform-ls", "tfcomply"], "{name}");
    }
    named.sort();
    assert_eq!(named, ["hcl", "tfvars"]);
}
