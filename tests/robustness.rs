//! Bad input never panics: a seeded mutation fuzzer runs the whole pipeline on damaged copies
//! of the fixtures (truncations, deletions, inserted delimiters and non-ASCII), and hostile
//! shapes are refused with an error rather than a crash.

use std::path::PathBuf;
use std::sync::Arc;
use tfcomply::check::check;
use tfcomply::report::{Format, Report};
use tfcomply::rules::Catalogue;
use tfcomply::source::{SourceFile, Sources};
use tfcomply::suppress;

/// xorshift64*: a tiny deterministic generator, so a failure can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INSERTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    "\"",
    "${",
    "%{",
    "~}",
    "<<EOF\n",
    "\n",
    "=",
    ".",
    "*",
    "[*]",
    "...",
    "?",
    ":",
    "#",
    "//",
    "/*",
    "é",
    "\u{feff}",
    "\0",
    "-1e999",
    "for x in",
    "=>",
    "\\",
    "# tfcomply:ignore ENC003[\"a\"], s3-bucket-encrypted reason=\"x\" expires=2000-01-01\n",
    "tfcomply:ignore ",
    " reason=\"",
    "[\"",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(4) {
            0 => bytes.truncate(at),
            1 => {
                let end = (at + rng.below(16)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                let insert = INSERTS[rng.below(INSERTS.len())].as_bytes();
                bytes.splice(at..at, insert.iter().copied());
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn seed_files() -> Vec<(PathBuf, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut files = Vec::new();
    for entry in ignore::WalkBuilder::new(&root).build().flatten() {
        let path = entry.into_path();
        let is_plan =
            path.starts_with(root.join("plans")) && path.extension().is_some_and(|e| e == "json");
        if tfcomply::source::is_terraform_file(&path) || is_plan {
            let text = std::fs::read_to_string(&path).unwrap();
            files.push((path, text));
        }
    }
    files.sort();
    files
}

fn scan_text(name: &str, text: String) -> tfcomply::check::ScanResult {
    let sources = Sources {
        files: vec![SourceFile {
            path: PathBuf::from(name),
            text: Arc::from(text),
            requested: true,
        }],
        ..Default::default()
    };
    check(
        sources,
        &Default::default(),
        &Catalogue::builtin().unwrap(),
        &|_| true,
    )
}

/// Every output format's length: renderers must survive whatever the scan made.
fn render_every_format(result: &tfcomply::check::ScanResult, catalogue: &Catalogue) -> usize {
    use clap::ValueEnum;
    let ran: Vec<&tfcomply::rules::Rule> = catalogue.rules.iter().collect();
    let report = Report {
        result,
        catalogue,
        ran: &ran,
        show_unknown: true,
        framework: Some("soc2"),
        source_root: std::path::Path::new("/"),
        link_base: Some("https://example.com/blob/main"),
        style: tfcomply::report::human::Style {
            color: false,
            width: 80,
        },
    };
    Format::value_variants()
        .iter()
        .map(|&format| tfcomply::report::render(format, &report).len())
        .sum()
}

#[test]
fn mutated_fixtures_never_panic() {
    let seeds = seed_files();
    assert!(!seeds.is_empty());
    let catalogue = Catalogue::builtin().unwrap();
    // TFCOMPLY_FUZZ_ROUNDS and TFCOMPLY_FUZZ_SEED run a longer or different campaign.
    let setting = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let mut rng = Rng(setting("TFCOMPLY_FUZZ_SEED", 0x5eed).max(1));
    for round in 0..setting("TFCOMPLY_FUZZ_ROUNDS", 2000) as usize {
        let (path, text) = &seeds[round % seeds.len()];
        let mutated = mutate(text, &mut rng);
        let name = if path.extension().is_some_and(|e| e == "json")
            && path.to_string_lossy().contains("testdata/plans")
        {
            "plan.json"
        } else if round % 5 == 0 {
            "main.tf.json"
        } else {
            "main.tf"
        };
        let mut files = vec![SourceFile {
            path: PathBuf::from(name),
            text: Arc::from(mutated.as_str()),
            requested: true,
        }];
        // A plan is also checked with its configuration at hand, which is evaluated with the
        // (mutated) plan's variables to locate its resources.
        if let (true, Ok(config)) = (
            name == "plan.json" && round % 2 == 0,
            std::fs::read_to_string(path.with_file_name("main.tf")),
        ) {
            files.push(SourceFile {
                path: PathBuf::from("main.tf"),
                text: Arc::from(config.as_str()),
                requested: false,
            });
        }
        let sources = Sources {
            files,
            ..Default::default()
        };
        let result = std::panic::catch_unwind(|| {
            let mut result = check(sources, &Default::default(), &catalogue, &|_| true);
            suppress::apply(
                &mut result,
                &suppress::Settings {
                    catalogue: &catalogue,
                    ran: &|_| true,
                    disables: &[],
                    baseline: None,
                    today: "2026-12-01",
                },
            );
            render_every_format(&result, &catalogue)
        });
        assert!(
            result.is_ok(),
            "panic on round {round}, mutated from {}:\n{mutated}",
            path.display()
        );
    }
}

#[test]
fn deep_nesting_is_a_parse_error_not_a_stack_overflow() {
    let deep = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    let result = scan_text("deep.tf", deep);
    assert_eq!(result.errors.len(), 1);
    assert!(
        result.errors[0].message.contains("nesting"),
        "{}",
        result.errors[0].message
    );
}

#[test]
fn huge_count_and_range_are_refused() {
    let text = r#"
resource "aws_s3_bucket" "many" {
  count  = 100000000
  bucket = "x"
}
resource "aws_s3_bucket" "each" {
  for_each = toset([for i in range(100000000) : tostring(i)])
  bucket   = each.key
}
"#;
    let result = scan_text("main.tf", text.to_string());
    assert_eq!(result.resources, 0);
}

#[test]
fn cyclic_locals_are_reported() {
    let text = "locals {\n  a = local.b\n  b = local.a\n}\n";
    let result = scan_text("main.tf", text.to_string());
    assert!(
        result.errors.iter().any(|e| e.message.contains("cycle")),
        "{:?}",
        result.errors
    );
}

#[test]
fn non_utf8_file_is_a_read_error() {
    let dir = std::env::temp_dir().join(format!("tfcomply-binary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bad.tf"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let sources = tfcomply::source::collect(std::slice::from_ref(&dir), &[]).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(sources.unreadable.len(), 1);
    assert!(sources.unreadable[0].path.ends_with("bad.tf"));
}

#[test]
fn nested_loops_over_large_ranges_stop() {
    let text = r#"
locals {
  grid = [for i in range(100000) : [for j in range(100000) : i * j]]
}
resource "aws_s3_bucket" "b" {
  bucket = length(local.grid)
}
"#;
    let started = std::time::Instant::now();
    let result = scan_text("main.tf", text.to_string());
    assert_eq!(result.resources, 1);
    // Generous: the bound is a step count, this only guards against an unbounded loop.
    assert!(started.elapsed().as_secs() < 60);
}

#[test]
fn a_long_chain_of_locals_evaluates_without_recursion() {
    let mut text = String::from("locals {\n  l0 = 1\n");
    for i in 1..5000 {
        text.push_str(&format!("  l{i} = local.l{} + 1\n", i - 1));
    }
    text.push_str("}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = local.l4999\n}\n");
    let result = scan_text("main.tf", text);
    assert!(result.errors.is_empty(), "{:?}", result.errors);
    assert_eq!(result.resources, 1);
}

#[test]
fn for_each_over_ten_million_is_refused() {
    let text = "resource \"aws_s3_bucket\" \"b\" {\n  for_each = toset([for i in range(10000000) : tostring(i)])\n  bucket   = each.key\n}\n";
    let result = scan_text("main.tf", text.to_string());
    assert_eq!(result.resources, 0);
    assert_eq!(result.unexpanded.len(), 1);
}

/// Damaged rule files and configuration files are errors with a position, never a panic; a
/// damaged rule that still loads runs against a fixture without one.
#[test]
fn mutated_rule_and_config_files_never_panic() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut seeds: Vec<(PathBuf, String)> = ignore::WalkBuilder::new(root.join("rules"))
        .add(root.join("testdata/catalogue"))
        .hidden(false)
        .build()
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "hcl" || e == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect();
    seeds.sort();
    let rounds: usize = std::env::var("TFCOMPLY_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let dir = std::env::temp_dir().join(format!("tfcomply-rule-fuzz-{}", std::process::id()));
    let sources = tfcomply::source::collect(&[root.join("testdata/examples/web-app")], &[]);
    let builtin = Catalogue::builtin().unwrap();
    let mut rng = Rng(0xfeed);
    for round in 0..rounds {
        let (path, text) = &seeds[round % seeds.len()];
        let mutated = mutate(text, &mut rng);
        let outcome = std::panic::catch_unwind(|| {
            if path.extension().is_some_and(|e| e == "toml") {
                let _ = tfcomply::config::Config::parse(path, &mutated);
                return;
            }
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("rule.hcl"), &mutated).unwrap();
            // The frameworks and groups a rule names, without the built-in rules, whose ids
            // the mutated copy still has: so the copy is what loads and runs.
            let mut catalogue = Catalogue {
                rules: Vec::new(),
                ..builtin.clone()
            };
            let errors = catalogue.add_dir(&dir);
            for error in &errors {
                assert!(!error.to_string().is_empty());
            }
            if errors.is_empty() {
                let sources = sources.as_ref().unwrap().clone();
                check(sources, &Default::default(), &catalogue, &|_| true);
            }
        });
        assert!(
            outcome.is_ok(),
            "panic on round {round}, mutated from {}:\n{mutated}",
            path.display()
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
