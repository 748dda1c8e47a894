//! The whole pipeline, stage after stage: corpus → normalize → matcher →
//! relations → graph. The dictionary and matcher are built by the caller,
//! once, and passed in ready.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde_json::Value;

use rayon::prelude::*;

use crate::corpus;
use crate::dates::{self, DateSource};
use crate::dedup::{Dedup, DedupIndex};
use crate::dict::Dictionary;
use crate::discover::{self, Candidate, Collision, DiscoverConfig, DocDiscovery, DocSightings};
use crate::error::{Error, Problem, Result};
use crate::export::json::MentionRecord;
use crate::graph::{CorpusMeta, EntityStats, IdOrder, KnowledgeGraph, Meta, RankedEdges};
use crate::matcher::{Matcher, Mention, MentionKind};
use crate::normalize::{NormText, normalize};
use crate::overlap::Overlap;
use crate::partial::{Header, PartialReader, PartialWriter, RawLine, Shard, merge_lines, parse_lines};
use crate::relations::cooccur::{Unit, UnitCounts, Weighting};
use crate::relations::rules::{DocView, RuleSet};
use crate::relations::{CO_OCCURS, EdgeAcc, Edges, ORIGIN_DICTIONARY, cooccur, facts, rules, salience};
use crate::spill::{EdgeFileWriter, Key, Merged, Runs, SpillOptions};

/// Everything a run reads besides the corpus: entity dictionaries, and the
/// language resources (generic references, relation rules, discovery
/// vocabulary), which come from their own folders so that replacing the
/// entity dictionaries keeps the rules.
pub struct Resources {
    pub dict: Dictionary,
    pub rules: RuleSet,
    pub discover: Option<DiscoverConfig>,
}

impl Resources {
    pub fn load(
        entity_paths: &[PathBuf],
        resource_paths: &[PathBuf],
        problems: &mut Vec<Problem>,
    ) -> Result<Resources> {
        let mut dict = Dictionary::load(entity_paths, problems)?;
        dict.load_generics(resource_paths, problems)?;
        let rules = RuleSet::load(resource_paths, problems)?;
        let discover = DiscoverConfig::load(resource_paths, problems)?;
        Ok(Resources { dict, rules, discover })
    }
}

/// What a build needs, validated.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    pub inputs: Vec<PathBuf>,
    /// Folders the corpus walk does not enter (the output folder).
    pub exclude: Vec<PathBuf>,
    /// Evidence sentences kept per edge.
    pub max_evidence: usize,
    /// Document ids listed per edge (all are counted).
    pub max_docs: usize,
    /// Facts (figures read from the text) kept per entity; the latest value
    /// of each figure is found among all of them.
    pub max_facts: usize,
    /// Stop at the first bad input instead of skipping it.
    pub strict: bool,
    /// Encoding and size limits for reading files.
    pub read: corpus::ReadOptions,
    /// Where document dates come from.
    pub dates: DateSource,
    /// Keep only documents dated within these bounds (inclusive).
    pub since: Option<String>,
    pub until: Option<String>,
    /// Apply the relation rules (typed edges); off, only co-occurrence.
    pub rules: bool,
    /// Read figures (investment, capacity, area…) into node facts.
    pub figures: bool,
    /// Fold reposts (near-duplicate documents); `None` counts every copy.
    pub dedup: Option<Dedup>,
    /// What counts as together, and how counts become weights.
    pub unit: Unit,
    pub weighting: Weighting,
    /// Drop `co_occurs` edges lighter than this.
    pub min_weight: Option<f64>,
    /// Keep only each node's N heaviest `co_occurs` edges (an edge stays when
    /// either end keeps it).
    pub top_edges: Option<usize>,
    /// Spill edges to disk past a memory budget ([`crate::spill`]); `None`
    /// keeps them all in memory. The output is the same either way.
    pub spill: Option<SpillOptions>,
    /// Make each mention's record (four strings) for the caller, as
    /// mentions.jsonl and partial graphs need; off when nothing takes them.
    /// Mentions are counted either way.
    pub mention_records: bool,
    /// The confidence cut of the discovery pass, when the dictionary holds
    /// discovered names ([`discover`]); recorded in the graph's options.
    pub discover: Option<f64>,
}

impl BuildOptions {
    /// A document's date, from its metadata or path as `--date-from` says.
    pub fn date_of(&self, doc: &corpus::Document) -> Option<String> {
        let where_from = if doc.line.is_some() {
            doc.id.clone()
        } else {
            doc.path.display().to_string()
        };
        self.dates.date(doc.date.as_deref(), &where_from)
    }

    /// Whether a document of this date is kept: always without
    /// `--since`/`--until`, and then only a dated one inside them.
    pub fn in_window(&self, date: Option<&str>) -> bool {
        !self.windowed() || date.is_some_and(|d| dates::within(d, self.since.as_deref(), self.until.as_deref()))
    }

    /// Whether `--since` or `--until` leaves documents out.
    fn windowed(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    /// Options with the defaults for everything but the inputs.
    pub fn new(inputs: Vec<PathBuf>) -> BuildOptions {
        BuildOptions {
            inputs,
            exclude: Vec::new(),
            max_evidence: 5,
            max_docs: 100,
            max_facts: 100,
            rules: true,
            figures: true,
            strict: false,
            read: corpus::ReadOptions::default(),
            dates: DateSource::Auto,
            since: None,
            until: None,
            dedup: Some(Dedup::default()),
            unit: Unit::Sentence,
            weighting: Weighting::Count,
            min_weight: None,
            top_edges: None,
            spill: None,
            mention_records: true,
            discover: None,
        }
    }
}

pub struct BuildOutput {
    pub graph: KnowledgeGraph,
    pub mentions: Vec<MentionRecord>,
}

/// Run the pipeline over the inputs. Bad files and lines are pushed to
/// `problems` and skipped (or, when strict, end the run).
///
/// A document that repeats an earlier one (a repost) is read like any
/// other, and its mentions and evidence are kept, but it adds nothing to
/// counts and weights: a syndicated story is counted once.
pub fn build(
    dict: &Dictionary,
    matcher: &Matcher,
    rule_set: &RuleSet,
    options: &BuildOptions,
    problems: &mut Vec<Problem>,
) -> Result<BuildOutput> {
    let mut mentions = Vec::new();
    let graph = build_with_progress(
        dict,
        matcher,
        rule_set,
        options,
        problems,
        &mut |_, _| {},
        &mut |batch| {
            mentions.extend_from_slice(batch);
            Ok(())
        },
    )?;
    Ok(BuildOutput { graph, mentions })
}

/// [`build`], calling `progress(files_done, files_total)` after each file and
/// handing the mentions to `mentions` batch by batch, in input order, instead
/// of keeping them: memory stays flat however large the corpus.
pub fn build_with_progress(
    dict: &Dictionary,
    matcher: &Matcher,
    rule_set: &RuleSet,
    options: &BuildOptions,
    problems: &mut Vec<Problem>,
    progress: &mut dyn FnMut(usize, usize),
    mentions: &mut (dyn FnMut(&[MentionRecord]) -> Result<()> + Send),
) -> Result<KnowledgeGraph> {
    let sources = walk(options, problems)?;
    let mut reducer = Reducer::new(dict, options, sorted_inputs(&options.inputs));
    Analyser {
        dict,
        matcher,
        rule_set,
        options,
    }
    .run(&sources, &mut Plan::read_all(), progress, &mut |made| {
        reducer.push(made.into_iter().map(|m| m.item), problems, mentions)
    })?;
    reducer.finish(rule_set, problems)
}

/// `zonegraph extract`: analyse one shard of the corpus into a partial graph
/// at `out` (returned unfinished: the caller renames it into place).
#[allow(clippy::too_many_arguments)]
pub fn extract(
    dict: &Dictionary,
    matcher: &Matcher,
    rule_set: &RuleSet,
    options: &BuildOptions,
    shard: Shard,
    out: &std::path::Path,
    problems: &mut Vec<Problem>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<crate::export::PendingFile> {
    let before = problems.len();
    let all = walk(options, problems)?;
    let walk_problems = problems[before..].to_vec();
    let header = Header::new(used_files(dict, rule_set), options, walk_problems, shard).with_corpus(&all);
    let sources = shard.select(all);
    let mut writer = PartialWriter::start(out, &header)?;
    let mut plan = Plan {
        fingerprint: true,
        ..Plan::read_all()
    };
    let analyser = Analyser {
        dict,
        matcher,
        rule_set,
        options,
    };
    analyser.run(&sources, &mut plan, progress, &mut |made| {
        for m in &made {
            if let Item::Source(s) = &m.item {
                if options.strict
                    && let Some(p) = s.problems.first()
                {
                    return Err(Error::Input(p.clone()));
                }
                problems.extend(s.problems.iter().cloned());
            }
        }
        writer.items(&made)
    })?;
    Ok(writer.finish())
}

/// Open partials to merge, checking that they fit together; returns them
/// with the header of their union.
pub fn open_partials(paths: &[PathBuf]) -> Result<(Vec<PartialReader>, Header)> {
    let mut readers = Vec::new();
    let mut header: Option<Header> = None;
    for path in paths {
        let reader = PartialReader::open(path)?;
        header = Some(match header {
            None => reader.header.clone(),
            Some(h) => {
                let why = h.mismatch(&reader.header).or_else(|| {
                    (h.corpus != reader.header.corpus).then(|| {
                        "extracted from another list of files (one was added, removed or changed size \
                         between the extracts): extract every shard again"
                            .to_string()
                    })
                });
                if let Some(why) = why {
                    return Err(Error::BadPartial {
                        at: crate::error::Location::line(path, 1),
                        message: format!("cannot be merged with {}: {why}", paths[0].display()),
                    });
                }
                h.union(reader.header.clone())
            }
        });
        readers.push(reader);
    }
    let header = header.ok_or_else(|| Error::BadPartial {
        at: crate::error::Location::file("-"),
        message: "no partial to merge".to_string(),
    })?;
    Ok((readers, header))
}

/// Merge partials into one partial at `out`: their lines, copied in path
/// order under the union's header.
pub fn merge_into_partial(
    readers: &mut [PartialReader],
    header: &Header,
    out: &std::path::Path,
) -> Result<crate::export::PendingFile> {
    let mut writer = PartialWriter::start(out, header)?;
    merge_lines(readers, &mut |line| writer.raw(std::iter::once(line.text.as_bytes())))?;
    Ok(writer.finish())
}

/// `zonegraph merge`: reduce partials into the graph, as a build over the
/// same files would. `options` carries the graph options (weights,
/// pruning); the analysis options come from the partials' header.
#[allow(clippy::too_many_arguments)]
pub fn reduce_partials(
    dict: &Dictionary,
    rule_set: &RuleSet,
    options: &BuildOptions,
    readers: &mut [PartialReader],
    header: &Header,
    problems: &mut Vec<Problem>,
    mentions: &mut (dyn FnMut(&[MentionRecord]) -> Result<()> + Send),
) -> Result<KnowledgeGraph> {
    if let Some(first) = readers.first() {
        header.check_dictionaries(&used_files(dict, rule_set), first.path())?;
    }
    problems.extend(header.walk_problems.iter().cloned());
    let mut reducer = Reducer::new(dict, options, header.inputs.clone());
    {
        let mut consume = |items: Vec<Item>| reducer.push(items, problems, mentions);
        let mut overlap = Overlap::new(&mut consume);
        let mut batch: Vec<RawLine> = Vec::new();
        let mut batch_bytes = 0;
        merge_lines(readers, &mut |line| {
            batch_bytes += line.text.len();
            batch.push(line);
            if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                let lines = std::mem::take(&mut batch);
                batch_bytes = 0;
                overlap.step(move || parse_lines(&lines))?;
            }
            Ok(())
        })?;
        overlap.step(move || parse_lines(&batch))?;
        overlap.finish()?;
    }
    reducer.finish(rule_set, problems)
}

/// What `build --update` did with the partial it kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateReport {
    /// Sources whose items came from the partial (unchanged files).
    pub reused: usize,
    /// Sources read and analysed (new or changed files).
    pub read: usize,
    /// Why the kept partial was not used, when it was not.
    pub ignored: Option<String>,
}

/// `build --update`: the build, reusing the items of unchanged files from
/// the partial at `kept` (a file whose size and SHA-256 match), and writing
/// the new partial at `out`. Same graph as a full build.
#[allow(clippy::too_many_arguments)]
pub fn build_update(
    dict: &Dictionary,
    matcher: &Matcher,
    rule_set: &RuleSet,
    options: &BuildOptions,
    kept: &std::path::Path,
    out: &std::path::Path,
    problems: &mut Vec<Problem>,
    progress: &mut dyn FnMut(usize, usize),
    mentions: &mut (dyn FnMut(&[MentionRecord]) -> Result<()> + Send),
) -> Result<(KnowledgeGraph, crate::export::PendingFile, UpdateReport)> {
    let before = problems.len();
    let sources = walk(options, problems)?;
    let walk_problems = problems[before..].to_vec();
    let header = Header::new(used_files(dict, rule_set), options, walk_problems, Shard::ALL);
    let mut report = UpdateReport::default();
    // The kept partial's fingerprints, when it fits this run.
    let old = match kept.exists() {
        false => None,
        true => match PartialReader::open(kept) {
            Err(e) => {
                report.ignored = Some(e.to_string());
                None
            }
            // Other inputs give the same files other document ids.
            Ok(reader) if reader.header.inputs != header.inputs => {
                report.ignored = Some(format!("{}: made from other inputs", kept.display()));
                None
            }
            Ok(reader) => match reader.header.mismatch(&header) {
                Some(why) => {
                    report.ignored = Some(format!("{}: {why}", kept.display()));
                    None
                }
                None => Some(PartialReader::fingerprints(kept)?),
            },
        },
    };
    let replay: Vec<bool> = match &old {
        None => Vec::new(),
        Some(prints) => {
            let prints: std::collections::HashMap<&std::path::Path, &Option<Fingerprint>> =
                prints.iter().map(|(p, f)| (p.as_path(), f)).collect();
            sources
                .par_iter()
                .map(|s| match prints.get(s.path.as_path()) {
                    Some(Some(old)) => {
                        std::fs::metadata(&s.path).is_ok_and(|m| m.len() == old.size)
                            && Fingerprint::of_file(&s.path).is_ok_and(|now| now == *old)
                    }
                    _ => false,
                })
                .collect()
        }
    };
    report.reused = replay.iter().filter(|r| **r).count();
    report.read = sources.len() - report.reused;
    let mut kept_reader = match old {
        Some(_) => Some(PartialReader::open(kept)?),
        None => None,
    };
    let mut plan = Plan {
        replay,
        items: Box::new(move |source: &corpus::Source| {
            let reader = kept_reader.as_mut().expect("replays only with a kept partial");
            match reader.seek_group(&source.path)? {
                Some(lines) => Ok(lines),
                None => Err(Error::BadPartial {
                    at: crate::error::Location::file(reader.path()),
                    message: format!("changed while reading: {} is gone", source.path.display()),
                }),
            }
        }),
        fingerprint: true,
    };
    let mut writer = PartialWriter::start(out, &header)?;
    let mut reducer = Reducer::new(dict, options, header.inputs.clone());
    Analyser {
        dict,
        matcher,
        rule_set,
        options,
    }
    .run(&sources, &mut plan, progress, &mut |made| {
        writer.items(&made)?;
        reducer.push(made.into_iter().map(|m| m.item), problems, mentions)
    })?;
    Ok((reducer.finish(rule_set, problems)?, writer.finish(), report))
}

/// The dictionary and rule files of a run, as graph.json lists them.
pub fn used_files(dict: &Dictionary, rule_set: &RuleSet) -> Vec<crate::dict::DictFile> {
    dict.files.iter().chain(&rule_set.files).cloned().collect()
}

/// The corpus walk: the sources in input order, walk problems (a symlink
/// loop, an unreadable folder) pushed to `problems`.
pub fn walk(options: &BuildOptions, problems: &mut Vec<Problem>) -> Result<Vec<corpus::Source>> {
    let sources = corpus::sources(&options.inputs, &options.exclude, problems)?;
    match (options.strict, problems.first()) {
        (true, Some(p)) => Err(Error::Input(p.clone())),
        _ => Ok(sources),
    }
}

/// The inputs as run metadata lists them: sorted, like the corpus walk, so
/// that the order they are given in does not show.
pub fn sorted_inputs(inputs: &[PathBuf]) -> Vec<String> {
    let mut inputs: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    inputs.sort();
    inputs.dedup();
    inputs
}

/// What the map stage hands to the reduce stage, in input order: each source
/// (file), then its documents. Everything in an item was computed from that
/// file alone, so items can be made on many machines and reduced on one.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Source(SourceItem),
    Doc(DocItem),
}

/// A file as read: the problems met reading it, and whether it was read.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct SourceItem {
    pub path: std::sync::Arc<std::path::Path>,
    pub problems: Vec<Problem>,
    /// Read and decoded (possibly into no documents).
    pub read: bool,
    /// The encoding its documents were decoded from.
    pub encoding: Option<String>,
    /// Size and SHA-256 of the file, when the run keeps a partial graph
    /// (they tell `build --update` whether the file changed).
    pub fingerprint: Option<Fingerprint>,
}

/// Size and SHA-256 (hex) of a file's bytes.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fingerprint {
    pub size: u64,
    pub sha256: String,
}

impl Fingerprint {
    pub fn of_file(path: &std::path::Path) -> Result<Fingerprint> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Ok(Fingerprint::of_bytes(&bytes))
    }

    pub fn of_bytes(bytes: &[u8]) -> Fingerprint {
        use sha2::Digest;
        Fingerprint {
            size: bytes.len() as u64,
            sha256: crate::dict::hex(&sha2::Sha256::digest(bytes)),
        }
    }
}

/// One document of the source before it: its id and JSONL line, and its
/// analysis (`None` when its date is outside `--since`/`--until`).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct DocItem {
    pub id: String,
    pub line: Option<usize>,
    pub result: Option<DocResult>,
}

/// The kept lines of one source, for replay.
pub type ReplaySource<'a> = dyn FnMut(&corpus::Source) -> Result<Vec<RawLine>> + 'a;

/// For each source, whether to read it or to replay items kept from an
/// earlier run (`build --update`), and where the replayed items come from.
pub struct Plan<'a> {
    /// `true`: replay; `false` (or past the end): read.
    pub replay: Vec<bool>,
    pub items: Box<ReplaySource<'a>>,
    /// Fingerprint every file read (a partial graph is being kept).
    pub fingerprint: bool,
}

impl Plan<'_> {
    /// Read every source.
    pub fn read_all() -> Plan<'static> {
        Plan {
            replay: Vec::new(),
            items: Box::new(|_| Ok(Vec::new())),
            fingerprint: false,
        }
    }

    fn replays(&self, i: usize) -> bool {
        self.replay.get(i).copied().unwrap_or(false)
    }
}

/// The map stage: read sources and analyse their documents on every core,
/// handing the items on in input order, a batch at a time.
pub struct Analyser<'a> {
    pub dict: &'a Dictionary,
    pub matcher: &'a Matcher,
    pub rule_set: &'a RuleSet,
    pub options: &'a BuildOptions,
}

/// An item as the map stage hands it on, with the partial-graph line it was
/// read from when it was replayed (written again as it is).
pub struct Made {
    pub item: Item,
    pub line: Option<String>,
}

/// A source read: its documents (`None`: unreadable), problems, fingerprint.
type ReadSource = (Option<Vec<corpus::Document>>, Vec<Problem>, Option<Fingerprint>);

/// A batch entry: an item ready, or a document to analyse.
enum Pending {
    Ready(Item),
    /// An item kept from an earlier run, to parse.
    Replay(RawLine),
    Analyse {
        doc: Box<corpus::Document>,
        date: Option<String>,
    },
}

impl Analyser<'_> {
    /// Run over `sources`, calling `consume` with each batch of items in
    /// order. While the workers analyse one batch, `consume` takes the one
    /// before: it is in input order, so it cannot be split, but it can
    /// overlap the analysis.
    pub fn run(
        &self,
        sources: &[corpus::Source],
        plan: &mut Plan,
        progress: &mut dyn FnMut(usize, usize),
        consume: &mut (dyn FnMut(Vec<Made>) -> Result<()> + Send),
    ) -> Result<()> {
        let options = self.options;
        let mut batch: Vec<Pending> = Vec::new();
        let mut batch_bytes = 0;
        let mut overlap = Overlap::new(consume);
        let step = |batch: &mut Vec<Pending>, overlap: &mut Overlap<Vec<Made>>| -> Result<()> {
            let todo = std::mem::take(batch);
            overlap.step(|| self.analyse_batch(todo))
        };
        // Files are read (and decoded, and parsed) on every core, a few at a
        // time, then taken in order; their problems keep that order too.
        let mut read: Vec<ReadSource> = Vec::new();
        for (done, source) in sources.iter().enumerate() {
            progress(done, sources.len());
            if plan.replays(done) {
                // Parsed on the workers with the batch.
                let lines = (plan.items)(source)?;
                batch.extend(lines.into_iter().map(Pending::Replay));
                if batch.len() >= BATCH_DOCS {
                    step(&mut batch, &mut overlap)?;
                    batch_bytes = 0;
                }
                continue;
            }
            if read.is_empty() {
                let chunk: Vec<&corpus::Source> = read_chunk(sources, done, |i| !plan.replays(i));
                let fingerprint = plan.fingerprint;
                read = chunk
                    .par_iter()
                    .map(|source| match corpus::read_raw(source) {
                        Err(problem) => (None, vec![problem], None),
                        Ok(raw) => {
                            // Fingerprinted from the bytes just read, not a second read.
                            let print = fingerprint.then(|| Fingerprint::of_bytes(&raw));
                            let mut found = Vec::new();
                            let docs = corpus::read_bytes(source, &raw, &options.read, &mut found);
                            (docs, found, print)
                        }
                    })
                    .collect::<Vec<_>>();
                read.reverse();
            }
            let (docs, found, fingerprint) = read.pop().expect("a chunk read for every source");
            let path: std::sync::Arc<std::path::Path> = source.path.as_path().into();
            batch.push(Pending::Ready(Item::Source(SourceItem {
                path,
                problems: found,
                read: docs.is_some(),
                encoding: docs.as_ref().and_then(|d| d.first()).map(|d| d.encoding.to_string()),
                fingerprint,
            })));
            for doc in docs.into_iter().flatten() {
                let date = options.date_of(&doc);
                if !options.in_window(date.as_deref()) {
                    batch.push(Pending::Ready(Item::Doc(DocItem {
                        id: doc.id,
                        line: doc.line,
                        result: None,
                    })));
                    continue;
                }
                batch_bytes += doc.bytes;
                batch.push(Pending::Analyse {
                    doc: Box::new(doc),
                    date,
                });
                if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                    step(&mut batch, &mut overlap)?;
                    batch_bytes = 0;
                }
            }
            if batch.len() >= BATCH_DOCS {
                step(&mut batch, &mut overlap)?;
                batch_bytes = 0;
            }
        }
        step(&mut batch, &mut overlap)?;
        overlap.finish()?;
        progress(sources.len(), sources.len());
        Ok(())
    }

    fn analyse_batch(&self, batch: Vec<Pending>) -> Result<Vec<Made>> {
        batch
            .into_par_iter()
            .map(|p| match p {
                Pending::Ready(item) => Ok(Made { item, line: None }),
                Pending::Replay(line) => Ok(Made {
                    item: line.parse()?,
                    line: Some(line.text),
                }),
                Pending::Analyse { doc, date } => {
                    let result = analyse(
                        self.dict,
                        self.matcher,
                        self.rule_set,
                        self.options,
                        &doc,
                        date.as_deref(),
                    );
                    let item = Item::Doc(DocItem {
                        id: doc.id,
                        line: doc.line,
                        result: Some(result),
                    });
                    Ok(Made { item, line: None })
                }
            })
            .collect()
    }
}

/// The reduce stage: items folded in input order into entity statistics and
/// edges, then the graph. Order matters (the first of two documents with one
/// id wins, a repost is a copy of an earlier document, evidence is capped at
/// the first sentences), which is why it is one sequential fold.
pub struct Reducer<'a> {
    dict: &'a Dictionary,
    options: &'a BuildOptions,
    stats: Vec<EntityStats>,
    /// Entities in output order; edges are keyed by it.
    ids: IdOrder,
    edges: RankedEdges,
    mention_count: u64,
    seen_docs: std::collections::HashSet<String>,
    corpus_meta: CorpusMeta,
    reposts: Option<DedupIndex<'a>>,
    unit_counts: UnitCounts,
    /// The source whose documents come next.
    source: std::sync::Arc<std::path::Path>,
    /// Estimated bytes held by `edges`.
    edge_bytes: usize,
    /// Edges spilled so far.
    runs: Runs,
}

/// Bytes a map entry takes besides its lists: measured with heaptrack on a
/// 0.5 GB corpus, the B-tree nodes came to about 335 bytes an edge; and 32
/// for its first and last dates.
const ENTRY_BYTES: usize = 336 + 32;

impl<'a> Reducer<'a> {
    pub fn new(dict: &'a Dictionary, options: &'a BuildOptions, inputs: Vec<String>) -> Reducer<'a> {
        Reducer {
            dict,
            options,
            stats: vec![EntityStats::default(); dict.entities.len()],
            ids: IdOrder::new(dict),
            edges: RankedEdges::new(),
            mention_count: 0,
            seen_docs: std::collections::HashSet::new(),
            corpus_meta: CorpusMeta {
                inputs,
                ..CorpusMeta::default()
            },
            reposts: options.dedup.as_ref().map(DedupIndex::new),
            unit_counts: UnitCounts::default(),
            source: std::path::Path::new("-").into(),
            edge_bytes: 0,
            runs: Runs::default(),
        }
    }

    /// Fold in the next items; problems met go to `problems` (and end the
    /// run when strict), mentions to `mentions`.
    pub fn push(
        &mut self,
        items: impl IntoIterator<Item = Item>,
        problems: &mut Vec<Problem>,
        mentions: &mut dyn FnMut(&[MentionRecord]) -> Result<()>,
    ) -> Result<()> {
        let strict = self.options.strict;
        let problem = |problems: &mut Vec<Problem>, p: Problem| match strict {
            true => Err(Error::Input(p)),
            false => {
                problems.push(p);
                Ok(())
            }
        };
        for item in items {
            match item {
                Item::Source(s) => {
                    for p in s.problems {
                        problem(problems, p)?;
                    }
                    self.corpus_meta.files += u64::from(s.read);
                    if let Some(encoding) = s.encoding.filter(|e| e != "UTF-8") {
                        self.corpus_meta.decoded.insert(s.path.display().to_string(), encoding);
                    }
                    self.source = s.path;
                }
                Item::Doc(d) => {
                    if !self.seen_docs.insert(d.id.clone()) {
                        let at = crate::error::Location {
                            path: self.source.clone(),
                            line: d.line,
                            byte: None,
                        };
                        let message = format!("duplicate document id {:?}; document skipped", d.id);
                        problem(problems, Problem::new(at, message))?;
                        continue;
                    }
                    match d.result {
                        Some(r) => self.document(r, mentions)?,
                        None => self.corpus_meta.outside_dates += 1,
                    }
                }
            }
        }
        Ok(())
    }

    fn document(&mut self, r: DocResult, mentions: &mut dyn FnMut(&[MentionRecord]) -> Result<()>) -> Result<()> {
        let options = self.options;
        let corpus_meta = &mut self.corpus_meta;
        corpus_meta.documents += 1;
        corpus_meta.bytes += r.bytes as u64;
        let repost = match (&mut self.reposts, r.signature) {
            (Some(index), Some(signature)) => index.insert(signature) != corpus_meta.documents as usize - 1,
            _ => false,
        };
        corpus_meta.reposts_folded += u64::from(repost);
        let date = r.date.as_deref();
        let mut in_doc = BTreeSet::new();
        for &e in &r.entities {
            let s = &mut self.stats[e];
            s.seen.see(date);
            if !repost {
                s.mentions += 1;
                s.seen.count(date, 1);
                if in_doc.insert(e) {
                    s.docs += 1;
                }
            }
        }
        // One entity per mention, whether or not their records were made.
        self.mention_count += r.entities.len() as u64;
        mentions(&r.mentions)?;
        if !repost {
            for (entity, fact) in r.facts {
                self.stats[entity].add_fact(fact, options.max_facts);
            }
            self.unit_counts.total += r.units.total;
            for (e, n) in r.units.per_entity {
                *self.unit_counts.per_entity.entry(e).or_insert(0) += n;
            }
        }
        for ((head, relation, tail), mut acc) in r.edges {
            use std::collections::btree_map::Entry;
            let key = (self.ids.rank(head), self.ids.rank(tail), relation);
            let edge = match self.edges.entry(key) {
                // A new edge takes its origin from the first document's edge
                // (the fold does not read it): no string made for one already there.
                Entry::Vacant(v) => {
                    self.edge_bytes += ENTRY_BYTES + v.key().2.capacity() + acc.origin.capacity();
                    v.insert(EdgeAcc {
                        origin: std::mem::take(&mut acc.origin),
                        confidence: acc.confidence,
                        ..EdgeAcc::default()
                    })
                }
                Entry::Occupied(o) => o.into_mut(),
            };
            self.edge_bytes += edge.merge(acc, repost, date, options.max_evidence, options.max_docs);
        }
        if let Some(spill) = &options.spill
            && self.edge_bytes > spill.budget
        {
            self.runs
                .spill(&spill.dir, &mut self.edges, options.max_evidence, options.max_docs)?;
            self.edge_bytes = 0;
        }
        Ok(())
    }

    /// Weigh, prune and add curated relations: the graph. When edges were
    /// spilled, the graph's edges stay on disk (see [`crate::spill`]).
    pub fn finish(self, rule_set: &RuleSet, problems: &[Problem]) -> Result<KnowledgeGraph> {
        let Reducer {
            dict,
            options,
            stats,
            ids,
            mut edges,
            mention_count,
            corpus_meta,
            unit_counts,
            mut runs,
            ..
        } = self;
        let meta = Reducer::meta(dict, options, rule_set, problems, corpus_meta, mention_count);
        if let (Some(spill), false) = (&options.spill, runs.is_empty()) {
            // What is left joins the runs; it is not counted as a spill.
            let spills = runs.spills();
            if !edges.is_empty() {
                runs.spill(&spill.dir, &mut edges, options.max_evidence, options.max_docs)?;
            }
            let spilled = Spilled {
                runs: runs.paths(),
                spills,
            };
            return finish_spilled(dict, options, spill, stats, &ids, spilled, &unit_counts, meta);
        }
        weigh_and_prune(dict, &ids, &mut edges, &unit_counts, options);
        add_declared(dict, &ids, &stats, &mut edges);
        Ok(KnowledgeGraph::build(dict, stats, edges, &ids, meta))
    }

    /// What the graph says of how it was made.
    fn meta(
        dict: &Dictionary,
        options: &BuildOptions,
        rule_set: &RuleSet,
        problems: &[Problem],
        corpus_meta: CorpusMeta,
        mention_count: u64,
    ) -> Meta {
        let mut meta = Meta {
            dictionaries: used_files(dict, rule_set),
            corpus: corpus_meta,
            mentions: mention_count,
            problems: problems.len() as u64,
            ..Meta::default()
        };
        meta.options = BTreeMap::from([
            ("cooccurrence_unit".to_string(), Value::from(options.unit.to_string())),
            ("weight".to_string(), Value::from(options.weighting.to_string())),
            (
                "min_weight".to_string(),
                options.min_weight.map_or(Value::Null, Value::from),
            ),
            (
                "top_edges".to_string(),
                options.top_edges.map_or(Value::Null, Value::from),
            ),
            ("max_evidence".to_string(), Value::from(options.max_evidence)),
            ("max_docs".to_string(), Value::from(options.max_docs)),
            ("max_facts".to_string(), Value::from(options.max_facts)),
            ("fold_reposts".to_string(), Value::from(options.dedup.is_some())),
            ("rules".to_string(), Value::from(options.rules)),
            (
                "discover".to_string(),
                options.discover.map_or(Value::Null, Value::from),
            ),
            ("figures".to_string(), Value::from(options.figures)),
            (
                "since".to_string(),
                options.since.clone().map_or(Value::Null, Value::from),
            ),
            (
                "until".to_string(),
                options.until.clone().map_or(Value::Null, Value::from),
            ),
        ]);
        meta
    }
}

/// A document read up to its mentions: normalised text, sentences, the
/// matcher's haystack, the salient entities, and every mention (generic
/// references resolved, anchors included, nested ones added).
pub struct Mentioned {
    pub norm: NormText,
    pub sentences: Vec<crate::normalize::Sentence>,
    pub haystack: String,
    pub salient: salience::Salient,
    pub all: Vec<Mention>,
}

impl Mentioned {
    pub fn read(dict: &Dictionary, matcher: &Matcher, rule_set: &RuleSet, doc: &corpus::Document) -> Mentioned {
        let norm = normalize(&doc.pieces);
        let sentences = norm.sentences();
        let haystack = norm.text.to_ascii_lowercase();
        let matches = matcher.find(&haystack);
        let title = salience::title_entities(matcher, &norm, doc.title.as_deref());
        let salient = salience::salient(dict, &matches, &title);
        let all = salience::resolve(dict, matcher, &norm, &sentences, &matches, &salient, &rule_set.nested);
        Mentioned {
            norm,
            sentences,
            haystack,
            salient,
            all,
        }
    }

    /// The mentions that count as mentions: anchors (全区, 该区) only serve
    /// the relation rules.
    pub fn mentions_of(all: &[Mention]) -> Vec<Mention> {
        all.iter()
            .filter(|m| !matches!(m.kind, MentionKind::Anchor(_)))
            .cloned()
            .collect()
    }
}

/// The next files to read together, from `from` on, among those `wanted`:
/// up to 64, or 32 MB, whichever comes first (at least one file).
fn read_chunk(sources: &[corpus::Source], from: usize, wanted: impl Fn(usize) -> bool) -> Vec<&corpus::Source> {
    let mut bytes = 0;
    let mut chunk = Vec::new();
    for (i, source) in sources.iter().enumerate().skip(from) {
        if chunk.len() == 64 || (!chunk.is_empty() && bytes >= BATCH_BYTES) {
            break;
        }
        if wanted(i) {
            bytes += std::fs::metadata(&source.path).map_or(0, |m| m.len() as usize);
            chunk.push(source);
        }
    }
    chunk
}

/// How many documents, or bytes, are analysed together: enough to keep both
/// cores busy, little enough to keep memory flat.
const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 32 << 20;

/// What one document contributes, computed independently of the others.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct DocResult {
    bytes: usize,
    date: Option<String>,
    /// MinHash signature, when reposts are folded.
    signature: Option<crate::dedup::Signature>,
    /// The entity of each mention (anchors aside), in text order: what
    /// mentions are counted by.
    entities: Vec<usize>,
    /// Each mention's record, for mentions.jsonl and partial graphs; empty
    /// when the build makes none ([`BuildOptions::mention_records`]).
    mentions: Vec<MentionRecord>,
    facts: Vec<(usize, crate::graph::Fact)>,
    #[serde(with = "edge_list")]
    edges: Edges,
    units: UnitCounts,
}

impl DocResult {
    /// Each mention's record (when the build makes them).
    pub fn mention_records(&self) -> &[MentionRecord] {
        &self.mentions
    }

    pub fn edges(&self) -> &Edges {
        &self.edges
    }

    pub fn facts(&self) -> impl Iterator<Item = &crate::graph::Fact> {
        self.facts.iter().map(|(_, fact)| fact)
    }
}

/// A document's edges in a partial graph. One sentence is evidence for
/// every pair of names in it, so sentences (and document ids) are listed
/// once and edges point into the lists: a third of the size, and on reading,
/// one shared string per sentence as the build has, not one per edge.
mod edge_list {
    use std::collections::HashMap;
    use std::sync::Arc;

    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::relations::{EdgeAcc, Edges, Evidence, Seen};

    #[derive(Serialize, Deserialize)]
    struct Wire {
        docs: Vec<Arc<str>>,
        /// (document, start, end, text)
        sentences: Vec<(u32, usize, usize, Arc<str>)>,
        edges: Vec<WireEdge>,
    }

    #[derive(Serialize, Deserialize)]
    struct WireEdge {
        head: usize,
        relation: String,
        tail: usize,
        origin: String,
        confidence: f64,
        count: u64,
        docs: Vec<u32>,
        doc_count: u64,
        evidence: Vec<u32>,
        // Set only when documents are folded together, never within one:
        // left out when empty.
        #[serde(default, skip_serializing_if = "is_default")]
        seen: Seen,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        weight: Option<f64>,
        #[serde(default, skip_serializing_if = "is_default")]
        repost_count: u64,
    }

    fn is_default<T: Default + PartialEq>(v: &T) -> bool {
        *v == T::default()
    }

    /// Index of a value in a list, added at the end when new.
    struct Interner<K> {
        index: HashMap<K, u32>,
    }

    impl<K: std::hash::Hash + Eq> Interner<K> {
        fn get(&mut self, key: K, add: impl FnOnce()) -> u32 {
            let next = self.index.len() as u32;
            *self.index.entry(key).or_insert_with(|| {
                add();
                next
            })
        }
    }

    pub fn serialize<S: Serializer>(edges: &Edges, s: S) -> Result<S::Ok, S::Error> {
        let mut wire = Wire {
            docs: Vec::new(),
            sentences: Vec::new(),
            edges: Vec::with_capacity(edges.len()),
        };
        let mut docs = Interner { index: HashMap::new() };
        let mut sentences = Interner { index: HashMap::new() };
        for ((head, relation, tail), acc) in edges {
            let mut doc = |d: &Arc<str>| docs.get(d.clone(), || wire.docs.push(d.clone()));
            let doc_ids: Vec<u32> = acc.docs.iter().map(&mut doc).collect();
            let mut evidence = Vec::with_capacity(acc.evidence.len());
            for e in &acc.evidence {
                let d = doc(&e.doc);
                let key = (d, e.start, e.end);
                let text = &e.text;
                let i = sentences.get(key, || wire.sentences.push((d, e.start, e.end, text.clone())));
                if *wire.sentences[i as usize].3 != **text {
                    return Err(S::Error::custom("two texts for one sentence span"));
                }
                evidence.push(i);
            }
            wire.edges.push(WireEdge {
                head: *head,
                relation: relation.clone(),
                tail: *tail,
                origin: acc.origin.clone(),
                confidence: acc.confidence,
                count: acc.count,
                docs: doc_ids,
                doc_count: acc.doc_count,
                evidence,
                seen: acc.seen.clone(),
                weight: acc.weight,
                repost_count: acc.repost_count,
            });
        }
        wire.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Edges, D::Error> {
        let wire = Wire::deserialize(d)?;
        let doc = |i: u32| {
            wire.docs
                .get(i as usize)
                .cloned()
                .ok_or_else(|| D::Error::custom(format!("document {i} is not listed")))
        };
        let mut edges = Edges::new();
        for e in wire.edges {
            // A document's edge lists that document only: folded into the
            // corpus, each document is listed and counted once.
            if e.docs.len() > 1 {
                return Err(D::Error::custom(format!(
                    "an edge of one document lists {} documents",
                    e.docs.len()
                )));
            }
            let evidence = e
                .evidence
                .iter()
                .map(|&i| {
                    let (d, start, end, text) = wire
                        .sentences
                        .get(i as usize)
                        .ok_or_else(|| D::Error::custom(format!("sentence {i} is not listed")))?;
                    Ok(Evidence {
                        doc: doc(*d)?,
                        start: *start,
                        end: *end,
                        text: text.clone(),
                    })
                })
                .collect::<Result<Vec<_>, D::Error>>()?;
            let acc = EdgeAcc {
                origin: e.origin,
                confidence: e.confidence,
                count: e.count,
                docs: e.docs.iter().map(|&i| doc(i)).collect::<Result<_, _>>()?,
                doc_count: e.doc_count,
                evidence,
                seen: e.seen,
                weight: e.weight,
                repost_count: e.repost_count,
            };
            edges.insert((e.head, e.relation, e.tail), acc);
        }
        Ok(edges)
    }
}

/// One document through every per-document stage a build runs, and the
/// discovery pass when `prepared` is given: what the `analysis` fuzz target
/// and the robustness tests feed arbitrary text to. The build itself calls
/// the stages through its batches; this is the same code, one document at a
/// time.
pub fn analyse_one(
    resources: &Resources,
    matcher: &Matcher,
    prepared: Option<&discover::Prepared>,
    options: &BuildOptions,
    doc: &corpus::Document,
) -> (DocResult, Option<DocSightings>) {
    let date = options.date_of(doc);
    let result = analyse(
        &resources.dict,
        matcher,
        &resources.rules,
        options,
        doc,
        date.as_deref(),
    );
    let sightings = prepared
        .zip(resources.discover.as_ref())
        .and_then(|(prepared, cfg)| sightings_of(&resources.dict, matcher, &resources.rules, cfg, prepared, doc));
    (result, sightings)
}

/// The discovery pass over one document: its sightings of unlisted names,
/// if any.
fn sightings_of(
    dict: &Dictionary,
    matcher: &Matcher,
    rule_set: &RuleSet,
    cfg: &DiscoverConfig,
    prepared: &discover::Prepared,
    doc: &corpus::Document,
) -> Option<DocSightings> {
    let Mentioned {
        norm,
        sentences,
        all: mentions,
        ..
    } = Mentioned::read(dict, matcher, rule_set, doc);
    let sightings = DocDiscovery {
        cfg,
        dict,
        prepared,
        norm: &norm,
        sentences: &sentences,
        mentions: &mentions,
        record_keys: &rule_set.records,
    }
    .run();
    (!sightings.is_empty()).then(|| DocSightings::new(&doc.id, &norm, &sentences, sightings))
}

/// Analyse one document: every stage from normalisation to relations.
fn analyse(
    dict: &Dictionary,
    matcher: &Matcher,
    rule_set: &RuleSet,
    options: &BuildOptions,
    doc: &corpus::Document,
    date: Option<&str>,
) -> DocResult {
    let Mentioned {
        norm,
        sentences,
        haystack,
        salient,
        all,
    } = Mentioned::read(dict, matcher, rule_set, doc);
    let signature = options.dedup.as_ref().map(|d| d.signature(&norm.text));
    let mentions = Mentioned::mentions_of(&all);
    let records = match options.mention_records {
        true => mentions
            .iter()
            .map(|m| {
                let e = &dict.entities[m.entity];
                MentionRecord {
                    doc: doc.id.clone(),
                    start: m.start,
                    end: m.end,
                    surface: norm.text[m.norm_start..m.norm_end].to_string(),
                    entity: e.id.clone(),
                    etype: e.etype.clone(),
                    sentence: m.sentence,
                    resolved: matches!(m.kind, MentionKind::Resolved(_)),
                    nested: m.kind == MentionKind::Nested,
                }
            })
            .collect(),
        false => Vec::new(),
    };
    let facts = match options.figures {
        true => facts::document_facts(dict, &doc.id, date, &norm, &sentences, &all),
        false => Vec::new(),
    };
    let mut edges = Edges::new();
    let mut units = UnitCounts::default();
    cooccur::add_document(
        dict,
        options.unit,
        &doc.id,
        &norm,
        &sentences,
        &mentions,
        options.max_evidence,
        &mut edges,
        &mut units,
    );
    let view = DocView {
        doc_id: &doc.id,
        norm: &norm,
        haystack: &haystack,
        sentences: &sentences,
        mentions: &all,
        salient: &salient,
    };
    if options.rules {
        rules::apply(rule_set, dict, matcher, &view, options.max_evidence, &mut edges);
    }
    DocResult {
        bytes: doc.bytes,
        date: date.map(String::from),
        signature,
        entities: mentions.iter().map(|m| m.entity).collect(),
        mentions: records,
        facts,
        edges,
        units,
    }
}

/// Turn co-occurrence counts into the chosen weight, then prune: drop edges
/// below `min_weight`, and keep each node's `top_edges` heaviest. Typed
/// relations are few and each has its evidence, so pruning leaves them alone.
fn weigh_and_prune(
    dict: &Dictionary,
    ids: &IdOrder,
    edges: &mut RankedEdges,
    units: &UnitCounts,
    options: &BuildOptions,
) {
    let shaping = Shaping { ids, units, options };
    // Each edge on its own: on every core (rayon lists the map's entries
    // first, then splits the list).
    edges.par_iter_mut().for_each(|(key, acc)| shaping.weigh(key, acc));
    let keep = options.top_edges.map(|top| {
        let mut heaviest = Heaviest::new(dict, ids, top);
        for (key, acc) in edges.iter().filter(|(key, acc)| shaping.heavy_enough(key, acc)) {
            heaviest.offer(key, acc);
        }
        heaviest.keep()
    });
    if options.min_weight.is_some() || keep.is_some() {
        edges.retain(|key, acc| shaping.kept(key, acc, keep.as_ref()));
    }
}

/// Weights and the weight threshold, edge by edge: shared by the graph made
/// in memory and the one merged from spilled runs.
struct Shaping<'a> {
    ids: &'a IdOrder,
    units: &'a UnitCounts,
    options: &'a BuildOptions,
}

impl Shaping<'_> {
    fn weigh(&self, (h, t, rel): &Key, acc: &mut EdgeAcc) {
        // An edge that only reposts show counts once, as the heaviest copy has it.
        if acc.count == 0 {
            acc.count = acc.repost_count;
        }
        if rel == CO_OCCURS {
            let w = self.options.weighting;
            // A count needs no unit counts: two map lookups an edge saved.
            let n_of = |rank: u32| match w {
                Weighting::Count => 0,
                _ => self.units.per_entity.get(&self.ids.entity(rank)).copied().unwrap_or(0),
            };
            acc.weight = Some(w.weight(acc.count, n_of(*h), n_of(*t), self.units.total));
        }
    }

    /// Whether a weighed edge passes `min_weight`.
    fn heavy_enough(&self, (_, _, rel): &Key, acc: &EdgeAcc) -> bool {
        match self.options.min_weight {
            Some(min) if rel == CO_OCCURS => weight(acc) >= min,
            _ => true,
        }
    }

    /// Whether a weighed edge stays: heavy enough, and among an end's
    /// heaviest when `keep` (from [`Heaviest::keep`]) is given.
    fn kept(&self, key: &Key, acc: &EdgeAcc, keep: Option<&BTreeSet<(u32, u32)>>) -> bool {
        let (h, t, rel) = key;
        self.heavy_enough(key, acc) && (rel != CO_OCCURS || keep.is_none_or(|keep| keep.contains(&(*h, *t))))
    }
}

fn weight(acc: &EdgeAcc) -> f64 {
    acc.weight.unwrap_or(acc.count as f64)
}

/// Each node's `top` heaviest `co_occurs` edges (ties: count, then ids),
/// offered in key order. A node's list is cut back to its best `top`
/// whenever it doubles, so memory follows the nodes, not the edges.
struct Heaviest<'a> {
    dict: &'a Dictionary,
    ids: &'a IdOrder,
    top: usize,
    by_node: BTreeMap<u32, Vec<Ranked<'a>>>,
}

/// (weight, count, head id, tail id, (head, tail)).
type Ranked<'a> = (f64, u64, &'a str, &'a str, (u32, u32));

impl<'a> Heaviest<'a> {
    fn new(dict: &'a Dictionary, ids: &'a IdOrder, top: usize) -> Heaviest<'a> {
        Heaviest {
            dict,
            ids,
            top,
            by_node: BTreeMap::new(),
        }
    }

    fn offer(&mut self, (h, t, rel): &Key, acc: &EdgeAcc) {
        if rel != CO_OCCURS {
            return;
        }
        let item = (
            weight(acc),
            acc.count,
            self.dict.entities[self.ids.entity(*h)].id.as_str(),
            self.dict.entities[self.ids.entity(*t)].id.as_str(),
            (*h, *t),
        );
        let limit = self.top.max(1) * 2;
        for node in [*h, *t] {
            let list = self.by_node.entry(node).or_default();
            list.push(item);
            if list.len() >= limit {
                Self::cut(list, self.top);
            }
        }
    }

    /// Heaviest first; the (head, tail) ranks break what ids do not (two
    /// entries may share an id), as key order did before.
    fn cut(list: &mut Vec<Ranked<'a>>, top: usize) {
        list.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(b.1.cmp(&a.1))
                .then(a.2.cmp(b.2))
                .then(a.3.cmp(b.3))
                .then(a.4.cmp(&b.4))
        });
        list.truncate(top);
    }

    /// The (head, tail) of every edge some end keeps.
    fn keep(mut self) -> BTreeSet<(u32, u32)> {
        let mut keep = BTreeSet::new();
        for list in self.by_node.values_mut() {
            Self::cut(list, self.top);
            keep.extend(list.iter().map(|x| x.4));
        }
        keep
    }
}

/// Curated relations join the graph when at least one end was mentioned; the
/// other end then appears as a node with no mentions, so that a subsidiary
/// named in the corpus still shows its parent.
fn add_declared(dict: &Dictionary, ids: &IdOrder, stats: &[EntityStats], edges: &mut RankedEdges) {
    for (key, acc) in declared(dict, ids, stats) {
        edges.entry(key).or_insert(acc);
    }
}

/// The curated relations [`add_declared`] adds, in key order (the first of
/// two with one key).
fn declared(dict: &Dictionary, ids: &IdOrder, stats: &[EntityStats]) -> RankedEdges {
    let mut edges = RankedEdges::new();
    for r in &dict.relations {
        let (Some(h), Some(t)) = (dict.get(&r.head), dict.get(&r.tail)) else {
            continue;
        };
        if stats[h].mentions == 0 && stats[t].mentions == 0 {
            continue;
        }
        edges
            .entry((ids.rank(h), ids.rank(t), r.relation.clone()))
            .or_insert_with(|| EdgeAcc {
                origin: ORIGIN_DICTIONARY.to_string(),
                confidence: r.confidence,
                count: 1,
                ..EdgeAcc::default()
            });
    }
    edges
}

/// The runs of a build that spilled, oldest first, and how many times it
/// spilled (runs are merged as they pile up).
struct Spilled<'a> {
    runs: &'a [tempfile::TempPath],
    spills: usize,
}

/// [`Reducer::finish`] for a build that spilled: the runs are merged twice
/// at most (once to find each node's heaviest edges when `top_edges` is set,
/// once to write), and the finished edges go to a file in order, with the
/// curated relations slotted in where a key-ordered map would have them. No
/// step holds all edges: memory follows the nodes.
#[allow(clippy::too_many_arguments)]
fn finish_spilled(
    dict: &Dictionary,
    options: &BuildOptions,
    spill: &SpillOptions,
    stats: Vec<EntityStats>,
    ids: &IdOrder,
    Spilled { runs, spills }: Spilled,
    units: &UnitCounts,
    meta: Meta,
) -> Result<KnowledgeGraph> {
    let shaping = Shaping { ids, units, options };
    let merge = || Merged::open(runs, options.max_evidence, options.max_docs);
    let keep = match options.top_edges {
        None => None,
        Some(top) => {
            let mut heaviest = Heaviest::new(dict, ids, top);
            let mut merged = merge()?;
            while let Some((key, mut acc)) = merged.next_edge()? {
                shaping.weigh(&key, &mut acc);
                if shaping.heavy_enough(&key, &acc) {
                    heaviest.offer(&key, &acc);
                }
            }
            Some(heaviest.keep())
        }
    };
    let mut declared = declared(dict, ids, &stats).into_iter().peekable();
    let mut wanted = KnowledgeGraph::mentioned(dict, &stats);
    let mut out = EdgeFileWriter::create(&spill.dir)?;
    let mut emit = |key: Key, acc: EdgeAcc| {
        wanted[ids.entity(key.0)] = true;
        wanted[ids.entity(key.1)] = true;
        out.push(&key, &acc)
    };
    let mut merged = merge()?;
    while let Some((key, mut acc)) = merged.next_edge()? {
        while let Some((k, a)) = declared.next_if(|(k, _)| *k < key) {
            emit(k, a)?;
        }
        shaping.weigh(&key, &mut acc);
        let kept = shaping.kept(&key, &acc, keep.as_ref());
        let curated = declared.next_if(|(k, _)| *k == key);
        match (kept, curated) {
            (true, _) => emit(key, acc)?,
            (false, Some((k, a))) => emit(k, a)?,
            (false, None) => {}
        }
    }
    for (k, a) in declared {
        emit(k, a)?;
    }
    drop(merged);
    let (kg, of_entity) = KnowledgeGraph::with_nodes(dict, stats, ids, &wanted, meta);
    let node_of_rank = (0..dict.entities.len() as u32)
        .map(|rank| match of_entity[ids.entity(rank)] {
            n if n == petgraph::graph::NodeIndex::end() => u32::MAX,
            n => n.index() as u32,
        })
        .collect();
    Ok(kg.with_spilled_edges(out.finish(node_of_rank, spills)?))
}

/// The discovery pass: read the corpus and propose entities that the
/// dictionary does not list, ranked, with alias collisions.
///
/// Files are read and documents analysed on every core, a chunk at a time,
/// and their sightings added in input order: the candidates are the same
/// with any number of threads, and only the sightings are kept, not the
/// documents.
pub fn discover(
    dict: &Dictionary,
    matcher: &Matcher,
    rule_set: &RuleSet,
    cfg: &DiscoverConfig,
    options: &BuildOptions,
    problems: &mut Vec<Problem>,
) -> Result<(Vec<Candidate>, Vec<Collision>)> {
    let sources = corpus::sources(&options.inputs, &options.exclude, problems)?;
    let prepared = discover::Prepared::new(dict, cfg);
    let mut found = discover::Aggregate::new(3);
    let mut done = 0;
    while done < sources.len() {
        let chunk = read_chunk(&sources, done, |_| true);
        done += chunk.len();
        let read: Vec<(Option<Vec<corpus::Document>>, Vec<Problem>)> = chunk
            .par_iter()
            .map(|source| {
                let mut seen = Vec::new();
                let docs = corpus::read_source(source, &options.read, &mut seen);
                (docs, seen)
            })
            .collect();
        let mut docs = Vec::new();
        for (read, seen) in read {
            problems.extend(seen);
            // Names are discovered from the documents the build keeps.
            docs.extend(
                read.unwrap_or_default()
                    .into_iter()
                    // Dated only when a window asks (the path's date is a regex search).
                    .filter(|doc| !options.windowed() || options.in_window(options.date_of(doc).as_deref())),
            );
        }
        let sighted: Vec<Option<DocSightings>> = docs
            .par_iter()
            .map(|doc| sightings_of(dict, matcher, rule_set, cfg, &prepared, doc))
            .collect();
        for doc in sighted.into_iter().flatten() {
            found.add(doc);
        }
    }
    Ok(found.finish(cfg, dict))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partial_edge_lists_its_document_only() {
        let edges = |docs: &str| {
            format!(
                r#"{{"docs":["a.txt","b.txt"],"sentences":[],"edges":[{{"head":0,"relation":"co_occurs","tail":1,"origin":"cooccurrence","confidence":1.0,"count":1,"docs":{docs},"doc_count":1,"evidence":[]}}]}}"#
            )
        };
        let read = |json: String| {
            edge_list::deserialize(&mut serde_json::Deserializer::from_str(&json))
                .map(|e| e.len())
                .map_err(|e| e.to_string())
        };
        let cases: &[(&str, Result<usize, &str>)] = &[
            ("[0]", Ok(1)),
            ("[]", Ok(1)),
            ("[0,0]", Err("an edge of one document lists 2 documents")),
            ("[0,1]", Err("an edge of one document lists 2 documents")),
            ("[5]", Err("document 5 is not listed")),
        ];
        for (docs, want) in cases {
            let got = read(edges(docs));
            match want {
                Ok(n) => assert_eq!(got, Ok(*n), "docs {docs}"),
                Err(message) => assert!(got.as_ref().is_err_and(|e| e.contains(message)), "docs {docs}: {got:?}"),
            }
        }
    }
}
