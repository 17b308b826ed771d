//! The pre-commit hook as a user sets it up: pre-commit clones this repository at its HEAD,
//! builds the wheel (`language: python`), and the hook refuses a commit with a finding.
//!
//! pre-commit reads the hook and builds from the committed HEAD: changes not yet committed
//! are not what this test runs.

#[path = "common/tools.rs"]
mod tools;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// ENC003 (ebs-volume-encrypted) fails on it.
const UNENCRYPTED: &str = r#"resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false
}
"#;

const ENCRYPTED: &str = r#"resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}
"#;

#[test]
fn hook_refuses_a_commit_with_a_finding_and_takes_the_fix() {
    let Some(pre_commit) = tools::find("pre-commit") else {
        return;
    };
    let this_repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let head = run(Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(this_repo))
    .stdout;
    let user = UserRepo::new();
    std::fs::write(
        user.dir.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {}\n    hooks:\n      - id: tfcomply\n",
            this_repo.display(),
            text_of(&head).trim()
        ),
    )
    .unwrap();
    run(user.command(pre_commit.as_os_str()).arg("install"));

    std::fs::create_dir_all(user.dir.join("infra")).unwrap();
    std::fs::write(user.dir.join("infra/main.tf"), UNENCRYPTED).unwrap();
    run(user.git().args(["add", "-A"]));
    let refused = user.commit("add a volume");
    let said = format!("{}{}", text_of(&refused.stdout), text_of(&refused.stderr));
    assert!(
        !refused.status.success(),
        "the commit went through:\n{said}"
    );
    assert!(
        said.contains("ENC003") && said.contains("ebs-volume-encrypted"),
        "the hook's output does not name the rule:\n{said}"
    );
    assert!(
        !user
            .git()
            .args(["rev-parse", "--verify", "-q", "HEAD"])
            .status()
            .unwrap()
            .success(),
        "a commit was made"
    );

    std::fs::write(user.dir.join("infra/main.tf"), ENCRYPTED).unwrap();
    run(user.git().args(["add", "-A"]));
    let taken = user.commit("add an encrypted volume");
    assert!(
        taken.status.success(),
        "the fixed commit was refused:\n{}{}",
        text_of(&taken.stdout),
        text_of(&taken.stderr)
    );
}

/// A throwaway git repository whose git and pre-commit see no configuration of the machine's
/// or its user's, and whose hook environments persist in the target directory across runs.
struct UserRepo {
    /// Holds the repository (`repo/`) and its HOME (`home/`).
    root: PathBuf,
    dir: PathBuf,
}

impl UserRepo {
    fn new() -> UserRepo {
        let root = std::env::temp_dir().join(format!("tfcomply-pre-commit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let dir = root.join("repo");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::create_dir_all(root.join("home")).unwrap();
        let repo = UserRepo { root, dir };
        run(repo.git().args(["init", "-q", "-b", "main"]));
        repo
    }

    fn command(&self, program: &std::ffi::OsStr) -> Command {
        let target = target_dir();
        let mut command = Command::new(program);
        command
            .current_dir(&self.dir)
            .env("HOME", self.root.join("home"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            // A test run from a git hook would otherwise act on that hook's repository.
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .env_remove("GIT_CONFIG_GLOBAL")
            .env_remove("XDG_CONFIG_HOME")
            // rustup and cargo find the toolchain and the crate cache under HOME by default.
            .env("CARGO_HOME", home_dir_var("CARGO_HOME", ".cargo"))
            .env("RUSTUP_HOME", home_dir_var("RUSTUP_HOME", ".rustup"))
            // The hook environment is built once per revision of this repository, and its
            // cargo build keeps the compiled dependencies for the next revision's.
            .env("PRE_COMMIT_HOME", target.join("pre-commit-home"))
            .env("CARGO_TARGET_DIR", target.join("pre-commit-cargo"))
            // The wheel is built with the release profile, whose whole-program optimisation
            // and full optimisation of every dependency would add minutes to the first build
            // for a speed this test does not measure.
            .env("CARGO_PROFILE_RELEASE_LTO", "off")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
            .env("CARGO_PROFILE_RELEASE_DEBUG", "false");
        command
    }

    fn git(&self) -> Command {
        self.command("git".as_ref())
    }

    fn commit(&self, message: &str) -> Output {
        self.git()
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
            .args(["commit", "-q", "-m", message])
            .output()
            .unwrap()
    }
}

impl Drop for UserRepo {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// The target directory this test was built into (`<target>/<profile>/tfcomply`).
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_tfcomply"))
        .ancestors()
        .nth(2)
        .expect("the binary is in <target>/<profile>/")
        .to_path_buf()
}

/// `$NAME` as set, else `~/default` of the real HOME.
fn home_dir_var(name: &str, default: &str) -> OsString {
    std::env::var_os(name).unwrap_or_else(|| {
        Path::new(&std::env::var_os("HOME").expect("HOME is set"))
            .join(default)
            .into_os_string()
    })
}

/// Runs a command that must succeed.
fn run(command: &mut Command) -> Output {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}{}",
        text_of(&output.stdout),
        text_of(&output.stderr)
    );
    output
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
