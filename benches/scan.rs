//! Scan speed on the shared corpus of real modules (`../shared/corpus`, or `TFCOMPLY_CORPUS`),
//! and on a large plan made of the parity fixtures' plans repeated in module instances: a full
//! check against parsing alone, measured in the same run so the ratio is meaningful.
//! `TFCOMPLY_WRITE_PLAN=FILE` also writes the large plan out, to time the command line on it.

use criterion::{BatchSize, Bencher, Criterion, criterion_group, criterion_main};

// As in the binary: evaluation allocates many small values on every core.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use rayon::prelude::*;
use std::path::PathBuf;
use tfcomply::check::check;
use tfcomply::parse::parse_config;
use tfcomply::rules::{Catalogue, Rule, Selection};
use tfcomply::source::{SourceFile, Sources, collect};

fn corpus() -> Option<Sources> {
    let dir = std::env::var_os("TFCOMPLY_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if !dir.is_dir() {
        eprintln!("no corpus at {}; set TFCOMPLY_CORPUS", dir.display());
        return None;
    }
    collect(&[dir], &[]).ok()
}

/// Every stage, with the rules `selected` keeps, as `tfcomply scan` runs them. The result is
/// freed after each run, outside the measurement, as the command line exits without freeing it.
fn full_check(
    b: &mut Bencher,
    sources: &Sources,
    catalogue: &Catalogue,
    selected: &(dyn Fn(&Rule) -> bool + Sync),
) {
    b.iter_batched(
        || sources.clone(),
        |sources| check(sources, &Default::default(), catalogue, selected),
        BatchSize::PerIteration,
    );
}

fn scan(c: &mut Criterion) {
    let Some(sources) = corpus() else { return };
    let catalogue = Catalogue::builtin().unwrap();
    let recommended = Selection::default();
    let mut group = c.benchmark_group("corpus");
    group.sample_size(20);
    group.bench_function("read", |b| b.iter(|| corpus().map(|s| s.files.len())));
    group.bench_function("parse", |b| {
        b.iter(|| {
            sources
                .files
                .par_iter()
                .filter(|f| parse_config(&f.path.display().to_string(), &f.text).is_ok())
                .count()
        })
    });
    // The default preset, as `tfcomply scan` runs, and every rule (`--preset all` and the
    // account baseline).
    group.bench_function("check", |b| {
        full_check(b, &sources, &catalogue, &|r| recommended.includes(r))
    });
    group.bench_function("check-all-rules", |b| {
        full_check(b, &sources, &catalogue, &|_| true)
    });
    group.finish();
}

/// Copies of every parity fixture's plan (real `terraform show -json` output), each copy in
/// its own instance of a `copy` module so addresses stay distinct and references resolve.
fn large_plan(copies: usize) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/plans/parity");
    let mut resources = Vec::new();
    let mut changes = Vec::new();
    let mut configured = Vec::new();
    for family in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
        let Ok(text) = std::fs::read_to_string(family.path().join("plan.json")) else {
            continue;
        };
        let plan: serde_json::Value = serde_json::from_str(&text).unwrap();
        let root = &plan["planned_values"]["root_module"];
        resources.extend(root["resources"].as_array().cloned().unwrap_or_default());
        changes.extend(
            plan["resource_changes"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|c| c.get("module_address").is_none())
                .cloned(),
        );
        let config = &plan["configuration"]["root_module"]["resources"];
        configured.extend(config.as_array().cloned().unwrap_or_default());
    }
    let prefixed = |value: &serde_json::Value, module: &str| {
        let mut value = value.clone();
        let address = format!("{module}.{}", value["address"].as_str().unwrap());
        value["address"] = address.into();
        value
    };
    let mut child_modules = Vec::new();
    let mut all_changes = Vec::new();
    for i in 0..copies {
        let module = format!("module.copy[\"{i}\"]");
        child_modules.push(serde_json::json!({
            "address": module,
            "resources": resources.iter().map(|r| prefixed(r, &module)).collect::<Vec<_>>(),
        }));
        all_changes.extend(changes.iter().map(|c| {
            let mut change = prefixed(c, &module);
            change["module_address"] = module.clone().into();
            change
        }));
    }
    serde_json::json!({
        "format_version": "1.2",
        "planned_values": {"root_module": {"child_modules": child_modules}},
        "resource_changes": all_changes,
        "configuration": {"root_module": {"module_calls": {"copy": {
            "source": "./copy",
            "module": {"resources": configured},
        }}}},
    })
    .to_string()
}

fn plan(c: &mut Criterion) {
    let text = large_plan(100);
    if let Some(path) = std::env::var_os("TFCOMPLY_WRITE_PLAN") {
        std::fs::write(path, &text).unwrap();
    }
    let sources = Sources {
        files: vec![SourceFile {
            path: PathBuf::from("large/plan.json"),
            text: text.as_str().into(),
            requested: true,
        }],
        ..Sources::default()
    };
    let catalogue = Catalogue::builtin().unwrap();
    let mut group = c.benchmark_group("large-plan");
    group.sample_size(10);
    group.bench_function("parse", |b| {
        b.iter(|| tfcomply::parse::plan::parse(&text).map(|p| p.resources.len()))
    });
    group.bench_function("check", |b| full_check(b, &sources, &catalogue, &|_| true));
    group.finish();
}

criterion_group!(benches, scan, plan);
criterion_main!(benches);
