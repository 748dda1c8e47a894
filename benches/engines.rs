//! The matching engines side by side, and against the fastest bare
//! Aho-Corasick engine, on generated dictionaries and text.
//!
//! For each dictionary size (10⁴ and 10⁵ names by default; set
//! `ZG_ENGINE_NAMES=10000,100000,1000000` for others), `zonegraph-gen`
//! writes a dictionary and a 4 MB corpus drawn from it (seed 1, 10 names per
//! 1000 characters). The corpus is normalised and lower-cased as a build
//! does, outside the timing. Then:
//!
//! | bench | what is timed |
//! |---|---|
//! | `engines/build/ENGINE/N` | building a [`Matcher`] with that engine |
//! | `engines/find/ENGINE/N` | [`Matcher::find`] over every document (MB/s of normalised text) |
//! | `engines/build/bare-daachorse/N`, `engines/find/bare-daachorse/N` | daachorse used directly: a leftmost-longest charwise automaton over the same keys, `leftmost_find_iter` over the same documents, matches counted |
//!
//! ENGINE is `aho-corasick`, `daachorse` or `crawdad`. Aho-corasick builds
//! are left out above 10⁵ names (about 30 s each at 10⁶). Every engine's
//! match count is checked against the bare engine's before timing.
//!
//! Run with `cargo bench --bench engines` (a few minutes).

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use zonegraph::corpus;
use zonegraph::dict::Dictionary;
use zonegraph::matcher::{Engine, Matcher};
use zonegraph::normalize::{normalize, normalize_key};

const CORPUS_MB: &str = "4";

/// The dictionary and the normalised, lower-cased documents of one size.
fn inputs(dir: &Path, names: &str) -> (Dictionary, Vec<String>) {
    let (dict_dir, corpus_dir) = common::generate(dir, names, CORPUS_MB);
    let mut problems = Vec::new();
    let dict = Dictionary::load(&[dict_dir], &mut problems).expect("the dictionary loads");
    let sources = corpus::sources(&[corpus_dir], &[], &mut problems).expect("the corpus is readable");
    let docs = sources
        .iter()
        .flat_map(|s| corpus::read_source(s, &corpus::ReadOptions::default(), &mut problems).unwrap_or_default())
        .map(|d| normalize(&d.pieces).text.to_ascii_lowercase())
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    (dict, docs)
}

/// The keys a matcher is built from, unique and sorted (first claim wins,
/// as in the matcher), for the bare engine.
fn keys(dict: &Dictionary) -> Vec<(String, u32)> {
    let mut keys: Vec<(String, u32)> = dict
        .entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.forms().map(move |f| (normalize_key(f), i as u32)))
        .chain(
            dict.generics
                .iter()
                .enumerate()
                .map(|(i, g)| (normalize_key(&g.form), i as u32)),
        )
        .filter(|(k, _)| !k.is_empty())
        .collect();
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    keys.dedup_by(|later, first| later.0 == first.0);
    keys
}

fn bare(keys: &[(String, u32)]) -> CharwiseDoubleArrayAhoCorasick<u32> {
    CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build_with_values(keys.iter().map(|(k, v)| (k.as_str(), *v)))
        .expect("the bare automaton builds")
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let sizes = std::env::var("ZG_ENGINE_NAMES").unwrap_or_else(|_| "10000,100000".into());
    for names in sizes.split(',') {
        let (dict, docs) = inputs(dir.path(), names);
        let keys = keys(&dict);
        let bytes: u64 = docs.iter().map(|d| d.len() as u64).sum();
        let n: usize = names.parse().expect("a number of names");
        let automaton = bare(&keys);
        let bare_count: usize = docs.iter().map(|d| automaton.leftmost_find_iter(d).count()).sum();
        let engines: Vec<Engine> = Engine::ALL
            .into_iter()
            .filter(|&e| e != Engine::AhoCorasick || n <= 100_000)
            .collect();
        let matchers: Vec<(Engine, Matcher)> = engines.iter().map(|&e| (e, Matcher::with_engine(&dict, e))).collect();
        for (engine, m) in &matchers {
            let count: usize = docs.iter().map(|d| m.find(d).len()).sum();
            assert_eq!(count, bare_count, "{} finds what the bare engine finds", engine.name());
        }

        let mut g = c.benchmark_group("engines/build");
        g.sample_size(10);
        g.measurement_time(Duration::from_secs(if n > 100_000 { 60 } else { 15 }));
        for &engine in &engines {
            g.bench_function(BenchmarkId::new(engine.name(), names), |b| {
                b.iter(|| black_box(Matcher::with_engine(&dict, engine)))
            });
        }
        g.bench_function(BenchmarkId::new("bare-daachorse", names), |b| {
            b.iter(|| black_box(bare(&keys)))
        });
        g.finish();

        let mut g = c.benchmark_group("engines/find");
        g.sample_size(20);
        g.throughput(Throughput::Bytes(bytes));
        for (engine, m) in &matchers {
            g.bench_function(BenchmarkId::new(engine.name(), names), |b| {
                b.iter(|| docs.iter().map(|d| m.find(black_box(d)).len()).sum::<usize>())
            });
        }
        g.bench_function(BenchmarkId::new("bare-daachorse", names), |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| automaton.leftmost_find_iter(black_box(d)).count())
                    .sum::<usize>()
            })
        });
        g.finish();
    }
}

criterion_group!(engine_benches, benches);
criterion_main!(engine_benches);
