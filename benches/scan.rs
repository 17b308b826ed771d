//! Scan speed on the shared corpus of real modules (`../shared/corpus`, or `TFCOMPLY_CORPUS`):
//! a full check against parsing alone, measured in the same run so the ratio is meaningful.

use criterion::{Criterion, criterion_group, criterion_main};
use rayon::prelude::*;
use std::path::PathBuf;
use tfcomply::check::check;
use tfcomply::parse::parse_config;
use tfcomply::rules::Catalogue;
use tfcomply::source::{Sources, collect};

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

fn scan(c: &mut Criterion) {
    let Some(sources) = corpus() else { return };
    let catalogue = Catalogue::builtin().unwrap();
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
    group.bench_function("check", |b| {
        b.iter(|| {
            check(sources.clone(), &Default::default(), &catalogue, &|_| true)
                .findings
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, scan);
criterion_main!(benches);
