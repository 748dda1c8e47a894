//! `zonegraph build`: corpus in, graph files out.

use std::path::{Path, PathBuf};

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
use zonegraph::export::{AtomicFiles, Content, PendingFile};
use zonegraph::graph::KnowledgeGraph;
use zonegraph::matcher::Matcher;
use zonegraph::partial::UPDATE_FILE;
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
    #[command(flatten)]
    pub analysis: AnalysisArgs,
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Add entities that no dictionary lists, found as `zonegraph discover`
    /// finds them, as nodes marked source=discovered with their confidence.
    /// On by default with the bundled dictionaries (no --dict): they cannot
    /// list the firms and projects of every region. With --dict, only when
    /// asked for. Never with --update.
    #[arg(long, conflicts_with_all = ["update", "no_discover"])]
    pub discover: bool,
    /// Do not discover, even with the bundled dictionaries: only what the
    /// dictionaries list becomes a node.
    #[arg(long)]
    pub no_discover: bool,
    /// Keep discovered candidates at least this confident [default: 0.6].
    #[arg(long, value_name = "C")]
    pub discover_min_confidence: Option<f64>,
    /// Keep the analysis of every file in OUT/graph.zgp, and on the next run
    /// analyse only files that are new or changed (size or SHA-256); the
    /// graph is the same as a full rebuild without discovery (an update never
    /// discovers: see --discover). Without graph.zgp (or after the
    /// dictionaries or analysis options changed) it is a full build that
    /// starts one.
    #[arg(long)]
    pub update: bool,
    /// Worker threads (default: one per core); the output is the same bytes whatever the number.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Print nothing but warnings and errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// What each document's analysis depends on: shared by `build` and
/// `extract`, and recorded in partial graphs, which must agree on them.
#[derive(Args, Debug, Clone)]
pub struct AnalysisArgs {
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
}

/// What is done with the reduced graph: weights, pruning, communities and
/// the files written. Shared by `build` and `merge`.
#[derive(Args, Debug, Clone)]
pub struct GraphArgs {
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
    /// Font named in graph.dot; it must have CJK glyphs.
    #[arg(long, value_name = "NAME", default_value = DEFAULT_FONT)]
    pub font: String,
    /// Files to write besides graph.json (which every query reads): a comma
    /// list of cache (graph.json.zgc, the query index; a query writes it when
    /// missing), mentions (mentions.jsonl), graphml, dot, gexf, csv (Neo4j
    /// nodes.csv, relationships.csv and load.cypher), or all, or none. The
    /// graph formats can be written later with `zonegraph export`.
    #[arg(long, value_name = "LIST", default_value = "all")]
    pub formats: String,
    /// Memory for the edges being reduced, e.g. 2G or 500M (estimated).
    /// Past it, edges are written to sorted files in --out and merged at the
    /// end, and every format is written from disk, so memory no longer grows
    /// with the graph; the output is the same bytes. `none` keeps every edge
    /// in memory.
    #[arg(long, value_name = "SIZE", default_value = "1G")]
    pub memory: String,
}

impl AnalysisArgs {
    /// The build options these flags give, for `inputs`, with the graph
    /// options at their defaults.
    pub fn options(&self, inputs: Vec<PathBuf>) -> anyhow::Result<BuildOptions> {
        let dates = DateSource::parse(&self.date_from).map_err(|e| anyhow::anyhow!(e))?;
        let date_arg = |flag: &str, value: &Option<String>| -> anyhow::Result<Option<String>> {
            value
                .as_deref()
                .map(|v| normalize_date(v).ok_or_else(|| anyhow::anyhow!("{flag} {v:?} is not a date like 2024-03-15")))
                .transpose()
        };
        Ok(BuildOptions {
            max_evidence: self.max_evidence,
            max_docs: self.max_docs,
            max_facts: self.max_facts,
            strict: self.strict,
            read: zonegraph::corpus::ReadOptions {
                encoding: match &self.encoding {
                    None => None,
                    Some(label) => Some(
                        zonegraph::corpus::encoding::by_label(label)
                            .ok_or_else(|| anyhow::anyhow!("--encoding {label:?} is not an encoding name"))?,
                    ),
                },
                max_doc_bytes: Some(self.max_doc_bytes),
            },
            dates,
            since: date_arg("--since", &self.since)?,
            until: date_arg("--until", &self.until)?,
            dedup: (!self.no_fold_reposts).then(Dedup::default),
            rules: !self.no_rules,
            figures: !self.no_figures,
            unit: self.unit.parse().map_err(|e: String| anyhow::anyhow!(e))?,
            ..BuildOptions::new(inputs)
        })
    }
}

/// The reduced graph's options and outputs, checked.
pub struct GraphConfig {
    weighting: zonegraph::relations::cooccur::Weighting,
    min_weight: Option<f64>,
    top_edges: Option<usize>,
    dot: DotExporter,
    communities: Option<zonegraph::query::community::Algorithm>,
    formats: Formats,
    /// Spill edges past this many bytes (`None`: never).
    memory: Option<usize>,
}

impl GraphArgs {
    pub fn config(self) -> anyhow::Result<GraphConfig> {
        Ok(GraphConfig {
            weighting: self.weight.parse().map_err(|e: String| anyhow::anyhow!(e))?,
            min_weight: self.min_weight,
            top_edges: self.top_edges,
            dot: DotExporter { fontname: self.font },
            communities: match self.communities.as_str() {
                "none" => None,
                name => Some(
                    zonegraph::query::community::Algorithm::from_name(name)
                        .ok_or_else(|| anyhow::anyhow!("--communities {name:?}: louvain, label-propagation or none"))?,
                ),
            },
            formats: self.formats.parse()?,
            memory: match self.memory.as_str() {
                "none" => None,
                size => Some(zonegraph::spill::parse_size(size).map_err(|e| anyhow::anyhow!("--memory {e}"))?),
            },
        })
    }
}

impl GraphConfig {
    /// Set the graph options (weights, pruning, memory) on build options;
    /// spilled edges go to `out`.
    pub fn apply(&self, options: &mut BuildOptions, out: &Path) {
        options.weighting = self.weighting;
        options.min_weight = self.min_weight;
        options.top_edges = self.top_edges;
        options.spill = self.memory.map(|budget| zonegraph::spill::SpillOptions {
            dir: out.to_path_buf(),
            budget,
        });
    }

    /// mentions.jsonl, started when it is to be written.
    pub fn mentions_file(&self, out: &Path) -> anyhow::Result<Option<PendingFile>> {
        Ok(match self.formats.mentions {
            true => Some(AtomicFiles::start(&out.join("mentions.jsonl"))?),
            false => None,
        })
    }
}

/// A mentions sink writing to mentions.jsonl when there is one.
pub fn write_mentions(
    file: &mut Option<PendingFile>,
) -> impl FnMut(&[zonegraph::export::json::MentionRecord]) -> zonegraph::Result<()> + Send + '_ {
    move |batch| match file {
        Some(file) => {
            let path = file.path().to_path_buf();
            MentionsExporter
                .to_writer(batch, file.writer())
                .map_err(|e| zonegraph::Error::io(&path, e))
        }
        None => Ok(()),
    }
}

/// A progress bar on a terminal only: indicatif draws nothing when stderr is
/// a pipe or a file, and --quiet hides it everywhere.
pub fn progress_bar(quiet: bool) -> indicatif::ProgressBar {
    if quiet {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(0).with_style(
            indicatif::ProgressStyle::with_template("{spinner} {wide_bar} {pos}/{len} files {elapsed}")
                .expect("valid progress template"),
        )
    }
}

/// Start the worker pool with `threads` workers (default: one per core).
pub fn start_threads(threads: Option<usize>) -> anyhow::Result<()> {
    if let Some(n) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting worker threads")?;
    }
    Ok(())
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

/// Discovered candidates less confident than this are left out: weak clues
/// alone (a bare `项目`, a short industry word) start below it.
const DISCOVER_MIN_CONFIDENCE: f64 = 0.6;

/// Everything the build needs, checked and ready.
struct BuildConfig {
    options: BuildOptions,
    out: PathBuf,
    dict: Dictionary,
    rules: RuleSet,
    matcher: Matcher,
    graph: GraphConfig,
    update: bool,
    quiet: bool,
}

impl BuildConfig {
    fn from_args(args: BuildArgs, problems: &mut Vec<zonegraph::Problem>) -> anyhow::Result<BuildConfig> {
        let inputs = if args.inputs.is_empty() {
            vec![bundled("examples")]
        } else {
            args.inputs
        };
        if args.update && inputs.iter().any(|p| p.as_os_str() == "-") {
            anyhow::bail!("--update reads files, not standard input: it keeps each file's analysis");
        }
        // Fail before the work, not after it.
        let graph = args.graph.config()?;
        check_out_dir(&args.out)?;
        let (dict, rules, discover, matcher) = load_resources(&args.dicts, args.analysis.strict, problems)?;
        let mut dict = dict;
        let mut matcher = matcher;
        let mut options = args.analysis.options(inputs)?;
        options.exclude = vec![args.out.clone()];
        graph.apply(&mut options, &args.out);
        // An update keeps every document's analysis, records included.
        options.mention_records = graph.formats.mentions || args.update;
        let discovering = args.discover || (args.dicts.dict.is_empty() && !args.no_discover && !args.update);
        if let Some(c) = args.discover_min_confidence {
            if !discovering {
                anyhow::bail!(
                    "--discover-min-confidence: nothing is discovered in this run (with --dict, add --discover)"
                );
            }
            if !(0.0..=1.0).contains(&c) {
                anyhow::bail!("--discover-min-confidence {c}: a confidence is between 0 and 1");
            }
        }
        // With the bundled dictionaries, a run whose rules folder has no
        // discover.toml simply does not discover; asked for, it is an error.
        if discovering && (args.discover || discover.is_some()) {
            let Some(cfg) = &discover else {
                anyhow::bail!("--discover needs a discover.toml in the rules or dictionary folders");
            };
            let min_confidence = args.discover_min_confidence.unwrap_or(DISCOVER_MIN_CONFIDENCE);
            options.discover = Some(min_confidence);
            // Standard input is read by both passes; the build pass reports
            // the input's problems, so the discovery pass's copies are dropped.
            zonegraph::corpus::keep_stdin();
            let (mut found, _) = pipeline::discover(&dict, &matcher, &rules, cfg, &options, &mut Vec::new())?;
            found.retain(|c| c.confidence >= min_confidence);
            dict.add_discovered(&found);
            matcher = Matcher::with_engine(&dict, matcher.engine());
        }
        Ok(BuildConfig {
            options,
            out: args.out,
            dict,
            rules,
            matcher,
            graph,
            update: args.update,
            quiet: args.quiet,
        })
    }
}

/// `--out` must be a folder (or not exist yet).
pub fn check_out_dir(out: &Path) -> anyhow::Result<()> {
    if out.exists() && !out.is_dir() {
        anyhow::bail!("--out {} is not a folder", out.display());
    }
    Ok(())
}

/// Hold the output folder for this run, before any file is started in it,
/// and say what an interrupted run had left there (now removed).
pub fn hold_out_dir(out: &Path) -> anyhow::Result<zonegraph::export::OutLock> {
    let (lock, removed) = zonegraph::export::OutLock::take(out)?;
    if removed > 0 {
        eprintln!(
            "zonegraph: note: removed {removed} temporary {} that an interrupted run left in {}",
            if removed == 1 { "file" } else { "files" },
            out.display()
        );
    }
    Ok(lock)
}

/// Dictionaries, rules and the matcher; under `strict`, a bad row stops.
pub fn load_resources(
    dicts: &DictSelection,
    strict: bool,
    problems: &mut Vec<zonegraph::Problem>,
) -> anyhow::Result<(
    Dictionary,
    RuleSet,
    Option<zonegraph::discover::DiscoverConfig>,
    Matcher,
)> {
    let Resources { dict, rules, discover } =
        Resources::load(&dicts.paths(), &dicts.resource_paths(), problems).context("loading dictionaries and rules")?;
    if strict && let Some(p) = problems.first() {
        anyhow::bail!("{p}");
    }
    let matcher = dicts.matcher(&dict)?;
    Ok((dict, rules, discover, matcher))
}

pub fn run(args: BuildArgs) -> anyhow::Result<Outcome> {
    start_threads(args.threads)?;
    let mut problems = Vec::new();
    let config = BuildConfig::from_args(args, &mut problems)?;
    let bar = progress_bar(config.quiet);
    let mut progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let _held = hold_out_dir(&config.out)?;
    // mentions.jsonl is written as the documents are analysed, not kept.
    let mut mentions_file = config.graph.mentions_file(&config.out)?;
    let mut extra = Vec::new();
    let graph = if config.update {
        let kept = config.out.join(UPDATE_FILE);
        let (graph, partial, update) = pipeline::build_update(
            &config.dict,
            &config.matcher,
            &config.rules,
            &config.options,
            &kept,
            &kept,
            &mut problems,
            &mut progress,
            &mut write_mentions(&mut mentions_file),
        )?;
        bar.finish_and_clear();
        if let Some(why) = &update.ignored {
            eprintln!("zonegraph: note: kept analysis not used ({why}); every file was read");
        }
        if !config.quiet {
            eprintln!(
                "zonegraph: update: {} files unchanged (analysis reused), {} new or changed (read)",
                update.reused, update.read
            );
        }
        extra.push(partial);
        graph
    } else {
        pipeline::build_with_progress(
            &config.dict,
            &config.matcher,
            &config.rules,
            &config.options,
            &mut problems,
            &mut progress,
            &mut write_mentions(&mut mentions_file),
        )?
    };
    bar.finish_and_clear();
    write_outputs(graph, &config.graph, &config.out, mentions_file, extra, config.quiet)?;
    Ok(report(&problems))
}

/// Communities, then every output file at once, renamed into place
/// together; then the summary. `streamed` are files already written (a
/// partial graph).
pub fn write_outputs(
    mut graph: KnowledgeGraph,
    config: &GraphConfig,
    out: &Path,
    mentions_file: Option<PendingFile>,
    streamed_files: Vec<PendingFile>,
    quiet: bool,
) -> anyhow::Result<()> {
    if let Some(algorithm) = config.communities {
        let filter = zonegraph::query::rank::Filter::default();
        let view = zonegraph::query::rank::undirected_view_of(&graph, &filter).context("reading spilled edges")?;
        let membership = zonegraph::query::community::communities_in(&graph, &view, algorithm, 0);
        drop(view);
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
    let f = config.formats;
    // A spilled build makes the query cache only within its memory budget;
    // otherwise the first query makes it.
    let cache_over_budget = f.cache && kg.is_spilled() && !zonegraph::cache::index_fits(kg.edge_count(), config.memory);
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
    for file in mentions_file.into_iter().chain(streamed_files) {
        streamed.finish(file)?;
    }
    // graph.json (itself serialised on every core) with its query cache, which
    // indexes the bytes just written, beside the other formats, one per core.
    let mut others = AtomicFiles::default();
    let (graph_done, others_done) = rayon::join(
        || zonegraph::cache::write_graph(&mut files, &out.join("graph.json"), kg, f.cache && !cache_over_budget),
        || others.write_parallel(jobs),
    );
    graph_done?;
    others_done?;
    // Reported (and renamed into place) in this order: graph, mentions, the rest.
    files.absorb(streamed);
    files.absorb(others);
    let written = files.commit()?;
    if !quiet {
        let m = &kg.meta;
        eprintln!(
            "zonegraph: {} documents ({} files, {} bytes) → {} mentions, {} nodes, {} edges",
            m.corpus.documents,
            m.corpus.files,
            m.corpus.bytes,
            m.mentions,
            kg.graph.node_count(),
            kg.edge_count()
        );
        if kg.is_spilled() {
            eprintln!(
                "zonegraph: edges outgrew --memory: spilled {} to sorted runs in {} and merged",
                match kg.spills() {
                    1 => "once".to_string(),
                    n => format!("{n} times"),
                },
                out.display()
            );
        }
        if cache_over_budget {
            eprintln!(
                "zonegraph: no query cache written: indexing {} edges takes about {} bytes, over --memory; the first query makes it",
                kg.edge_count(),
                kg.edge_count().saturating_mul(zonegraph::cache::INDEX_BYTES_PER_EDGE)
            );
        }
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
    // The command ends here, and the process with it: freeing a graph of 10^6
    // edges piece by piece took a second of wall time (10^5 names × 200 MB),
    // which the operating system does at exit for nothing.
    graph.remove_spilled();
    std::mem::forget(graph);
    Ok(())
}
