//! Per-stage benchmarks of the pipeline, through the public library API.
//!
//! At start, `zonegraph-gen` writes a 10^4-name dictionary and a 1 MB corpus
//! (seed 1, 10 names per 1000 characters) into a temporary folder; the
//! bundled relation rules and generic references are used as in a real
//! build. Each stage is then timed on its own, with the stages before it
//! done once outside the timing:
//!
//! | group | what is timed |
//! |---|---|
//! | `dict` | loading the entity TSV (`Dictionary::load`) |
//! | `matcher/build` | building the automata (`Matcher::new`) |
//! | `normalize` | normalising every document, and splitting it into sentences (MB/s of original text) |
//! | `matcher/find` | leftmost-longest matching over every normalised document (MB/s) |
//! | `dedup/signature` | the MinHash signature that repost detection computes for every document |
//! | `relations/cooccur`, `relations/facts`, `relations/rules` | co-occurrence, figures (总投资50亿元) and typed-relation rules over every document |
//! | `pipeline/build` | the whole `pipeline::build` (read, normalise, match, relations, graph), MB/s |
//! | `pipeline/discover` | the discovery pass (`pipeline::discover`: read, normalise, match, find and rank candidates), MB/s |
//! | `graph/build` | `KnowledgeGraph::build` from the relation stage's edges |
//! | `export/*` | each exporter writing the built graph to memory (MB/s of output) |
//!
//! Run with `cargo bench --bench pipeline` (a few minutes); `cargo bench
//! --bench pipeline -- export` runs one group.

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod common;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use zonegraph::corpus::{self, Document};
use zonegraph::dedup::Dedup;
use zonegraph::dict::Dictionary;
use zonegraph::export::csv::Neo4jCsvExporter;
use zonegraph::export::dot::DotExporter;
use zonegraph::export::gexf::GexfExporter;
use zonegraph::export::graphml::GraphmlExporter;
use zonegraph::export::json::JsonExporter;
use zonegraph::graph::{EntityStats, IdOrder, KnowledgeGraph, Meta, RankedEdges};
use zonegraph::matcher::{Matcher, Mention};
use zonegraph::normalize::{NormText, Sentence, normalize};
use zonegraph::pipeline::{self, BuildOptions, Mentioned, Resources};
use zonegraph::relations::cooccur::{self, UnitCounts};
use zonegraph::relations::rules::{self, DocView, RuleSet};
use zonegraph::relations::{Edges, facts, salience};

const NAMES: &str = "10000";
const CORPUS_MB: &str = "1";
const MAX_EVIDENCE: usize = 5;

/// The generated inputs, kept alive for the whole run.
struct Inputs {
    _dir: tempfile::TempDir,
    dict: PathBuf,
    corpus: PathBuf,
}

fn generate() -> Inputs {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (dict, corpus) = common::generate(dir.path(), NAMES, CORPUS_MB);
    Inputs {
        _dir: dir,
        dict,
        corpus,
    }
}

fn bundled_rules() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries")
}

/// One document after the normalise and match stages.
struct Prepared {
    id: String,
    norm: NormText,
    haystack: String,
    sentences: Vec<Sentence>,
    /// Every mention, anchors included (what the rules see).
    all: Vec<Mention>,
    /// Mentions without anchors (what co-occurrence sees).
    mentions: Vec<Mention>,
    salient: salience::Salient,
}

fn read_documents(corpus_dir: &Path) -> Vec<Document> {
    let mut problems = Vec::new();
    let sources = corpus::sources(&[corpus_dir.to_path_buf()], &[], &mut problems).expect("the corpus is readable");
    let docs: Vec<Document> = sources
        .iter()
        .flat_map(|s| corpus::read_source(s, &corpus::ReadOptions::default(), &mut problems).unwrap_or_default())
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    docs
}

fn prepare(dict: &Dictionary, matcher: &Matcher, rule_set: &RuleSet, docs: &[Document]) -> Vec<Prepared> {
    docs.iter()
        .map(|doc| {
            let m = Mentioned::read(dict, matcher, rule_set, doc);
            Prepared {
                id: doc.id.clone(),
                mentions: Mentioned::mentions_of(&m.all),
                norm: m.norm,
                haystack: m.haystack,
                sentences: m.sentences,
                all: m.all,
                salient: m.salient,
            }
        })
        .collect()
}

fn cooccurrences(dict: &Dictionary, prepared: &[Prepared]) -> Edges {
    let mut edges = Edges::new();
    let mut units = UnitCounts::default();
    for p in prepared {
        cooccur::add_document(
            dict,
            cooccur::Unit::Sentence,
            &p.id,
            &p.norm,
            &p.sentences,
            &p.mentions,
            MAX_EVIDENCE,
            &mut edges,
            &mut units,
        );
    }
    edges
}

fn typed_relations(dict: &Dictionary, matcher: &Matcher, rule_set: &RuleSet, prepared: &[Prepared], edges: &mut Edges) {
    for p in prepared {
        let view = DocView {
            doc_id: &p.id,
            norm: &p.norm,
            haystack: &p.haystack,
            sentences: &p.sentences,
            mentions: &p.all,
            salient: &p.salient,
        };
        rules::apply(rule_set, dict, matcher, &view, MAX_EVIDENCE, edges);
    }
}

fn benches(c: &mut Criterion) {
    let inputs = generate();
    let rules_dir = bundled_rules();
    let mut problems = Vec::new();
    let resources = Resources::load(
        std::slice::from_ref(&inputs.dict),
        &[rules_dir.clone(), inputs.dict.clone()],
        &mut problems,
    )
    .expect("the generated dictionary and the bundled rules load");
    assert!(problems.is_empty(), "{problems:?}");
    let Resources {
        dict,
        rules: rule_set,
        discover,
    } = resources;
    let discover = discover.expect("the bundled rules folder has discover.toml");
    let matcher = Matcher::new(&dict);
    let docs = read_documents(&inputs.corpus);
    let corpus_bytes: u64 = docs.iter().map(|d| d.bytes as u64).sum();
    let prepared = prepare(&dict, &matcher, &rule_set, &docs);
    let haystack_bytes: u64 = prepared.iter().map(|p| p.haystack.len() as u64).sum();

    // Dictionary and automaton.
    {
        let mut g = c.benchmark_group("dict");
        g.bench_function("load_10k_names", |b| {
            b.iter(|| {
                let mut problems = Vec::new();
                black_box(Dictionary::load(std::slice::from_ref(&inputs.dict), &mut problems).expect("loads"))
            })
        });
        g.finish();
        let mut g = c.benchmark_group("matcher");
        g.bench_function("build_10k_names", |b| b.iter(|| black_box(Matcher::new(&dict))));
        g.throughput(Throughput::Bytes(haystack_bytes));
        g.bench_function("find_1mb", |b| {
            b.iter(|| {
                prepared
                    .iter()
                    .map(|p| matcher.find(black_box(&p.haystack)).len())
                    .sum::<usize>()
            })
        });
        g.finish();
    }

    {
        let mut g = c.benchmark_group("normalize");
        g.throughput(Throughput::Bytes(corpus_bytes));
        g.bench_function("normalize_1mb", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| normalize(black_box(&d.pieces)).text.len())
                    .sum::<usize>()
            })
        });
        let normalized: Vec<NormText> = docs.iter().map(|d| normalize(&d.pieces)).collect();
        g.bench_function("sentences_1mb", |b| {
            b.iter(|| normalized.iter().map(|n| black_box(n).sentences().len()).sum::<usize>())
        });
        g.finish();
    }

    // Repost detection: one MinHash signature per document.
    {
        let dedup = Dedup::default();
        let mut g = c.benchmark_group("dedup");
        g.throughput(Throughput::Bytes(corpus_bytes));
        g.bench_function("signature_1mb", |b| {
            b.iter(|| {
                prepared
                    .iter()
                    .map(|p| dedup.signature(black_box(&p.norm.text)).shingles())
                    .sum::<usize>()
            })
        });
        g.finish();
    }

    // Relations, each kind on its own.
    {
        let mut g = c.benchmark_group("relations");
        g.sample_size(20);
        g.throughput(Throughput::Bytes(corpus_bytes));
        g.bench_function("cooccur_1mb", |b| b.iter(|| black_box(cooccurrences(&dict, &prepared))));
        g.bench_function("facts_1mb", |b| {
            b.iter(|| {
                prepared
                    .iter()
                    .map(|p| facts::document_facts(&dict, &p.id, None, &p.norm, &p.sentences, &p.all).len())
                    .sum::<usize>()
            })
        });
        g.bench_function("rules_1mb", |b| {
            b.iter(|| {
                let mut edges = Edges::new();
                typed_relations(&dict, &matcher, &rule_set, &prepared, &mut edges);
                black_box(edges)
            })
        });
        g.finish();
    }

    // The whole build over the small corpus.
    let options = BuildOptions::new(vec![inputs.corpus.clone()]);
    {
        let mut g = c.benchmark_group("pipeline");
        g.sample_size(10);
        g.measurement_time(Duration::from_secs(10));
        g.throughput(Throughput::Bytes(corpus_bytes));
        g.bench_function("build_1mb", |b| {
            b.iter(|| {
                let mut problems = Vec::new();
                black_box(pipeline::build(&dict, &matcher, &rule_set, &options, &mut problems).expect("builds"))
            })
        });
        // The pass `build` adds with the bundled dictionaries: it reads and
        // analyses the corpus once more.
        g.bench_function("discover_1mb", |b| {
            b.iter(|| {
                let mut problems = Vec::new();
                black_box(
                    pipeline::discover(&dict, &matcher, &rule_set, &discover, &options, &mut problems)
                        .expect("discovers"),
                )
            })
        });
        g.finish();
    }

    // The graph stage, from the relation stage's edges.
    {
        let mut edges = cooccurrences(&dict, &prepared);
        typed_relations(&dict, &matcher, &rule_set, &prepared, &mut edges);
        let mut stats = vec![EntityStats::default(); dict.entities.len()];
        for p in &prepared {
            let mut in_doc = BTreeSet::new();
            for m in &p.mentions {
                stats[m.entity].mentions += 1;
                if in_doc.insert(m.entity) {
                    stats[m.entity].docs += 1;
                }
            }
        }
        // Keyed in id order, as the reducer keys them.
        let ids = IdOrder::new(&dict);
        let edges: RankedEdges = edges
            .into_iter()
            .map(|((h, relation, t), acc)| ((ids.rank(h), ids.rank(t), relation), acc))
            .collect();
        let mut g = c.benchmark_group("graph");
        g.sample_size(20);
        g.bench_function("build_from_edges", |b| {
            b.iter_batched(
                || (stats.clone(), edges.clone()),
                |(stats, edges)| KnowledgeGraph::build(&dict, stats, edges, &ids, Meta::default()),
                BatchSize::LargeInput,
            )
        });
        g.finish();
    }

    // Exporters, on the graph the whole build produced.
    let mut problems = Vec::new();
    let built = pipeline::build(&dict, &matcher, &rule_set, &options, &mut problems).expect("builds");
    let kg = &built.graph;
    eprintln!(
        "bench inputs: {} names, {} documents, {} bytes → {} nodes, {} edges",
        dict.entities.len(),
        docs.len(),
        corpus_bytes,
        kg.graph.node_count(),
        kg.graph.edge_count()
    );
    let dot = DotExporter::default();
    let gexf = GexfExporter::default();
    type Write<'a> = dyn Fn(&KnowledgeGraph, &mut dyn std::io::Write) -> std::io::Result<()> + 'a;
    let exporters: [(&str, Box<Write>); 5] = [
        ("json", Box::new(|kg, w| JsonExporter.to_writer(kg, w))),
        ("graphml", Box::new(|kg, w| GraphmlExporter.to_writer(kg, w))),
        ("gexf", Box::new(|kg, w| gexf.to_writer(kg, w))),
        ("dot", Box::new(|kg, w| dot.to_writer(kg, w))),
        (
            "neo4j_csv",
            Box::new(|kg, w| {
                Neo4jCsvExporter.nodes_to_writer(kg, w)?;
                Neo4jCsvExporter.relationships_to_writer(kg, w)
            }),
        ),
    ];
    let mut g = c.benchmark_group("export");
    g.sample_size(20);
    for (name, write) in &exporters {
        let mut out = Vec::new();
        write(kg, &mut out).expect("writes to memory");
        g.throughput(Throughput::Bytes(out.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| {
                out.clear();
                write(kg, &mut out).expect("writes to memory");
                black_box(out.len())
            })
        });
    }
    g.finish();
}

criterion_group!(pipeline_benches, benches);
criterion_main!(pipeline_benches);
