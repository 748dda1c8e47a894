//! `zonegraph build`: corpus in, graph files out.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use zonegraph::dates::{DateSource, normalize_date};
use zonegraph::dedup::Dedup;
use zonegraph::dict::Dictionary;
use zonegraph::export::csv::{NODES_FILE, Neo4jCsvExporter, RELATIONSHIPS_FILE};
use zonegraph::export::dot::{DEFAULT_FONT, DotExporter};
use zonegraph::export::gexf::GexfExporter;
use zonegraph::export::graphml::GraphmlExporter;
use zonegraph::export::json::MentionsExporter;
use zonegraph::export::{AtomicFiles, Content};
use zonegraph::matcher::Matcher;
use zonegraph::pipeline::{self, BuildOptions, Resources};
use zonegraph::relations::rules::RuleSet;

use super::report;
use crate::Outcome;
use crate::args::{DictSelection, bundled};

/// Read a corpus, find entities, and write the graph.
///
/// Reads files and folders (walked recursively, in sorted order): .txt, .md
/// with front matter, .html/.htm, and .jsonl (one {"id", "text", "title"?,
/// "date"?, "url"?} per line; `-` reads JSONL from stdin). Writes graph.json
/// (node-link), mentions.jsonl, graph.graphml, graph.dot, graph.gexf and the
/// Neo4j files into --out (--formats chooses), all or none of them.
///
/// Examples:
///   zonegraph build                              # bundled examples/ and dictionaries/
///   zonegraph build ../shared/seeds --out out/
///   zonegraph build news.jsonl --also-dict my_dicts/ --strict
///   cat news.jsonl | zonegraph build - --out out/
///   zonegraph build archive/ --formats graphml -q   # graph.json and graph.graphml only
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct BuildArgs {
    /// Files or folders to read; the bundled `examples/` when none is given.
    #[arg(value_name = "PATH")]
    pub inputs: Vec<PathBuf>,
    /// Output folder (created if missing).
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    #[command(flatten)]
    pub dicts: DictSelection,
    /// Evidence sentences kept per edge.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_evidence: usize,
    /// Document ids listed per edge (the first N in input order); every
    /// document is still counted in `doc_count`.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max_docs: usize,
    /// Facts (figures read from the text, with their sentences) kept per
    /// entity, the first N in input order; `figures` holds the latest value of
    /// each over all of them.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max_facts: usize,
    /// Font named in graph.dot; it must have CJK glyphs.
    #[arg(long, value_name = "NAME", default_value = DEFAULT_FONT)]
    pub font: String,
    /// Add entities that no dictionary lists, found by `zonegraph discover`,
    /// as nodes marked source=discovered with their confidence.
    #[arg(long)]
    pub discover: bool,
    /// With --discover: keep candidates at least this confident.
    #[arg(long, value_name = "C", default_value_t = 0.6, requires = "discover")]
    pub discover_min_confidence: f64,
    /// Where document dates come from: auto (metadata, then a date in the
    /// path), meta, path, or a regular expression over the path with named
    /// groups year, month, day.
    #[arg(long, value_name = "SOURCE", default_value = "auto")]
    pub date_from: String,
    /// Keep only documents dated on or after this date (undated ones are left out).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Keep only documents dated on or before this date (undated ones are left out).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// What counts as together for co_occurs edges: sentence, paragraph,
    /// document, or window:K (mentions at most K characters apart).
    #[arg(long, value_name = "UNIT", default_value = "sentence")]
    pub unit: String,
    /// Weight of co_occurs edges: count, jaccard, dice, pmi, npmi or
    /// association (strength); the raw count is always kept as `count`.
    #[arg(long, value_name = "MEASURE", default_value = "count")]
    pub weight: String,
    /// Drop co_occurs edges lighter than this.
    #[arg(long, value_name = "W", allow_negative_numbers = true)]
    pub min_weight: Option<f64>,
    /// Keep only each node's N heaviest co_occurs edges.
    #[arg(long, value_name = "N")]
    pub top_edges: Option<usize>,
    /// Community detection stored on every node (attribute `community`):
    /// louvain, label-propagation or none.
    #[arg(long, value_name = "ALGORITHM", default_value = "louvain")]
    pub communities: String,
    /// Count reposts (near-duplicate documents) again instead of folding them.
    #[arg(long)]
    pub no_fold_reposts: bool,
    /// Leave out the relation rules: co-occurrence (and curated) edges only.
    #[arg(long)]
    pub no_rules: bool,
    /// Leave out figures (investment, capacity, area…) and node facts.
    #[arg(long)]
    pub no_figures: bool,
    /// Stop at the first bad file, line or dictionary row instead of skipping it.
    #[arg(long)]
    pub strict: bool,
    /// Decode every file with this encoding (gbk, gb18030, utf-16le, big5…)
    /// instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Skip documents larger than this (a file, or one JSONL text), with a message.
    #[arg(long, value_name = "BYTES", default_value_t = 256 << 20)]
    pub max_doc_bytes: usize,
    /// Worker threads (default: one per core); the output is the same bytes whatever the number.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Files to write besides graph.json (which every query reads): a comma
    /// list of cache (graph.json.zgc, the query index; a query writes it when
    /// missing), mentions (mentions.jsonl), graphml, dot, gexf, csv (Neo4j
    /// nodes.csv, relationships.csv and load.cypher), or all, or none. The
    /// graph formats can be written later with `zonegraph export`.
    #[arg(long, value_name = "LIST", default_value = "all")]
    pub formats: String,
    /// Print nothing but warnings and errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// The files a build writes besides graph.json.
#[derive(Clone, Copy, Debug, Default)]
struct Formats {
    /// graph.json.zgc, the index that makes queries on a large graph fast.
    cache: bool,
    mentions: bool,
    graphml: bool,
    dot: bool,
    gexf: bool,
    csv: bool,
}

impl std::str::FromStr for Formats {
    type Err = anyhow::Error;

    fn from_str(list: &str) -> anyhow::Result<Formats> {
        let mut f = Formats::default();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "all" => {
                    f = Formats {
                        cache: true,
                        mentions: true,
                        graphml: true,
                        dot: true,
                        gexf: true,
                        csv: true,
                    }
                }
                "none" | "json" => {}
                "cache" => f.cache = true,
                "mentions" => f.mentions = true,
                "graphml" => f.graphml = true,
                "dot" => f.dot = true,
                "gexf" => f.gexf = true,
                "csv" => f.csv = true,
                other => anyhow::bail!(
                    "--formats: {other:?} is not one of cache, mentions, graphml, dot, gexf, csv, json, all, none"
                ),
            }
        }
        Ok(f)
    }
}

/// Everything the build needs, checked and ready.
struct BuildConfig {
    options: BuildOptions,
    out: PathBuf,
    dict: Dictionary,
    rules: RuleSet,
    matcher: Matcher,
    dot: DotExporter,
    communities: Option<zonegraph::query::community::Algorithm>,
    formats: Formats,
    quiet: bool,
}

impl BuildConfig {
    fn from_args(args: BuildArgs, problems: &mut Vec<zonegraph::Problem>) -> anyhow::Result<BuildConfig> {
        let inputs = if args.inputs.is_empty() {
            vec![bundled("examples")]
        } else {
            args.inputs
        };
        // Fail before the work, not after it.
        let formats: Formats = args.formats.parse()?;
        if args.out.exists() && !args.out.is_dir() {
            anyhow::bail!("--out {} is not a folder", args.out.display());
        }
        let Resources { dict, rules, discover } =
            Resources::load(&args.dicts.paths(), &args.dicts.resource_paths(), problems)
                .context("loading dictionaries and rules")?;
        if args.strict
            && let Some(p) = problems.first()
        {
            anyhow::bail!("{p}");
        }
        let mut dict = dict;
        let mut matcher = args.dicts.matcher(&dict)?;
        let dates = DateSource::parse(&args.date_from).map_err(|e| anyhow::anyhow!(e))?;
        let date_arg = |flag: &str, value: &Option<String>| -> anyhow::Result<Option<String>> {
            value
                .as_deref()
                .map(|v| normalize_date(v).ok_or_else(|| anyhow::anyhow!("{flag} {v:?} is not a date like 2024-03-15")))
                .transpose()
        };
        let options = BuildOptions {
            exclude: vec![args.out.clone()],
            max_evidence: args.max_evidence,
            max_docs: args.max_docs,
            max_facts: args.max_facts,
            strict: args.strict,
            read: zonegraph::corpus::ReadOptions {
                encoding: match &args.encoding {
                    None => None,
                    Some(label) => Some(
                        zonegraph::corpus::encoding::by_label(label)
                            .ok_or_else(|| anyhow::anyhow!("--encoding {label:?} is not an encoding name"))?,
                    ),
                },
                max_doc_bytes: Some(args.max_doc_bytes),
            },
            dates,
            since: date_arg("--since", &args.since)?,
            until: date_arg("--until", &args.until)?,
            dedup: (!args.no_fold_reposts).then(Dedup::default),
            rules: !args.no_rules,
            figures: !args.no_figures,
            unit: args.unit.parse().map_err(|e: String| anyhow::anyhow!(e))?,
            weighting: args.weight.parse().map_err(|e: String| anyhow::anyhow!(e))?,
            min_weight: args.min_weight,
            top_edges: args.top_edges,
            ..BuildOptions::new(inputs)
        };
        if args.discover {
            let Some(cfg) = &discover else {
                anyhow::bail!("--discover needs a discover.toml in the rules or dictionary folders");
            };
            let (mut found, _) = pipeline::discover(&dict, &matcher, &rules, cfg, &options, problems)?;
            found.retain(|c| c.confidence >= args.discover_min_confidence);
            dict.add_discovered(&found);
            matcher = Matcher::new(&dict);
        }
        Ok(BuildConfig {
            options,
            out: args.out,
            dict,
            rules,
            matcher,
            dot: DotExporter { fontname: args.font },
            communities: match args.communities.as_str() {
                "none" => None,
                name => Some(
                    zonegraph::query::community::Algorithm::from_name(name)
                        .ok_or_else(|| anyhow::anyhow!("--communities {name:?}: louvain, label-propagation or none"))?,
                ),
            },
            formats,
            quiet: args.quiet,
        })
    }
}

pub fn run(args: BuildArgs) -> anyhow::Result<Outcome> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting worker threads")?;
    }
    let mut problems = Vec::new();
    let config = BuildConfig::from_args(args, &mut problems)?;
    // A progress bar on a terminal only: indicatif draws nothing when
    // stderr is a pipe or a file, and --quiet hides it everywhere.
    let bar = if config.quiet {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(0).with_style(
            indicatif::ProgressStyle::with_template("{spinner} {wide_bar} {pos}/{len} files {elapsed}")
                .expect("valid progress template"),
        )
    };
    // mentions.jsonl is written as the documents are analysed, not kept.
    let mut mentions_file = match config.formats.mentions {
        true => Some(AtomicFiles::start(&config.out.join("mentions.jsonl"))?),
        false => None,
    };
    let graph = pipeline::build_with_progress(
        &config.dict,
        &config.matcher,
        &config.rules,
        &config.options,
        &mut problems,
        &mut |done, total| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        },
        &mut |batch| match &mut mentions_file {
            Some(file) => {
                let path = file.path().to_path_buf();
                MentionsExporter
                    .to_writer(batch, file.writer())
                    .map_err(|e| zonegraph::Error::io(&path, e))
            }
            None => Ok(()),
        },
    )?;
    bar.finish_and_clear();
    let mut graph = graph;
    if let Some(algorithm) = config.communities {
        let filter = zonegraph::query::rank::Filter::default();
        let membership = zonegraph::query::community::communities(&graph, &filter, algorithm, 0);
        let g = &mut graph.graph;
        for (i, c) in g.node_indices().collect::<Vec<_>>().into_iter().zip(membership) {
            g[i].attributes.insert("community".into(), serde_json::Value::from(c));
        }
        graph
            .meta
            .options
            .insert("communities".into(), serde_json::Value::from(algorithm.name()));
    }
    let kg = &graph;
    let mut files = AtomicFiles::default();
    let out = &config.out;
    let f = config.formats;
    let dot = &config.dot;
    let mut jobs: Vec<(PathBuf, Content)> = Vec::new();
    if f.graphml {
        jobs.push((
            out.join("graph.graphml"),
            Box::new(|w| GraphmlExporter.to_writer(kg, w)),
        ));
    }
    if f.dot {
        jobs.push((out.join("graph.dot"), Box::new(|w| dot.to_writer(kg, w))));
    }
    if f.gexf {
        jobs.push((
            out.join("graph.gexf"),
            Box::new(|w| GexfExporter::default().to_writer(kg, w)),
        ));
    }
    if f.csv {
        jobs.push((
            out.join(NODES_FILE),
            Box::new(|w| Neo4jCsvExporter.nodes_to_writer(kg, w)),
        ));
        jobs.push((
            out.join(RELATIONSHIPS_FILE),
            Box::new(|w| Neo4jCsvExporter.relationships_to_writer(kg, w)),
        ));
        jobs.push((
            out.join("load.cypher"),
            Box::new(|w| w.write_all(Neo4jCsvExporter.cypher_script().as_bytes())),
        ));
    }
    let mut streamed = AtomicFiles::default();
    if let Some(file) = mentions_file {
        streamed.finish(file)?;
    }
    // graph.json (itself serialised on every core) with its query cache, which
    // indexes the bytes just written, beside the other formats, one per core.
    let mut others = AtomicFiles::default();
    let (graph_done, others_done) = rayon::join(
        || zonegraph::cache::write_graph(&mut files, &out.join("graph.json"), kg, f.cache),
        || others.write_parallel(jobs),
    );
    graph_done?;
    others_done?;
    // Reported (and renamed into place) in this order: graph, mentions, the rest.
    files.absorb(streamed);
    files.absorb(others);
    let written = files.commit()?;
    if !config.quiet {
        let m = &kg.meta;
        eprintln!(
            "zonegraph: {} documents ({} files, {} bytes) → {} mentions, {} nodes, {} edges",
            m.corpus.documents,
            m.corpus.files,
            m.corpus.bytes,
            m.mentions,
            kg.graph.node_count(),
            kg.graph.edge_count()
        );
        for (file, encoding) in &m.corpus.decoded {
            eprintln!("zonegraph: {file}: decoded from {encoding}");
        }
        if m.corpus.reposts_folded > 0 {
            eprintln!(
                "zonegraph: {} reposts folded (counted once, kept as evidence)",
                m.corpus.reposts_folded
            );
        }
        if m.corpus.outside_dates > 0 {
            eprintln!(
                "zonegraph: {} documents outside --since/--until left out",
                m.corpus.outside_dates
            );
        }
        for path in written {
            eprintln!("zonegraph: wrote {}", path.display());
        }
    }
    Ok(report(&problems))
}
