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
use crate::graph::{CorpusMeta, EntityStats, KnowledgeGraph, Meta};
use crate::matcher::{Matcher, Mention, MentionKind};
use crate::normalize::{NormText, normalize};
use crate::relations::cooccur::{Unit, UnitCounts, Weighting};
use crate::relations::rules::{DocView, RuleSet};
use crate::relations::{CO_OCCURS, EdgeAcc, Edges, ORIGIN_DICTIONARY, cooccur, facts, rules, salience};

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
}

impl BuildOptions {
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
    let strict_check = |problems: &Vec<Problem>| match (options.strict, problems.first()) {
        (true, Some(p)) => Err(Error::Input(p.clone())),
        _ => Ok(()),
    };
    let sources = corpus::sources(&options.inputs, &options.exclude, problems)?;
    strict_check(problems)?;
    let mut stats = vec![EntityStats::default(); dict.entities.len()];
    let mut edges = Edges::new();
    let mut mention_count: u64 = 0;
    let mut seen_docs = BTreeSet::new();
    let mut corpus_meta = CorpusMeta {
        // Sorted, like the corpus walk, so that input order does not show.
        inputs: {
            let mut inputs: Vec<String> = options.inputs.iter().map(|p| p.display().to_string()).collect();
            inputs.sort();
            inputs.dedup();
            inputs
        },
        ..CorpusMeta::default()
    };
    let mut reposts = options.dedup.as_ref().map(DedupIndex::new);
    let mut unit_counts = UnitCounts::default();
    let filtering = options.since.is_some() || options.until.is_some();
    // Documents are read in order, analysed in parallel batches (rayon keeps
    // their order), and merged in order, so the output is the same bytes
    // whatever the number of threads.
    let mut batch: Vec<(corpus::Document, Option<String>)> = Vec::new();
    let mut batch_bytes = 0;
    let analyse_batch = |batch: &[(corpus::Document, Option<String>)]| -> Vec<DocResult> {
        batch
            .par_iter()
            .map(|(doc, date)| analyse(dict, matcher, rule_set, options, doc, date.as_deref()))
            .collect()
    };
    let mut merge = |results: Vec<DocResult>, corpus_meta: &mut CorpusMeta| -> Result<()> {
        for r in results {
            corpus_meta.documents += 1;
            corpus_meta.bytes += r.bytes as u64;
            let repost = match (&mut reposts, r.signature) {
                (Some(index), Some(signature)) => index.insert(signature) != corpus_meta.documents as usize - 1,
                _ => false,
            };
            corpus_meta.reposts_folded += u64::from(repost);
            let date = r.date.as_deref();
            let mut in_doc = BTreeSet::new();
            for &e in &r.entities {
                let s = &mut stats[e];
                s.seen.see(date);
                if !repost {
                    s.mentions += 1;
                    s.seen.count(date, 1);
                    if in_doc.insert(e) {
                        s.docs += 1;
                    }
                }
            }
            mention_count += r.mentions.len() as u64;
            mentions(&r.mentions)?;
            if !repost {
                for (entity, fact) in r.facts {
                    stats[entity].add_fact(fact, options.max_facts);
                }
                unit_counts.total += r.units.total;
                for (e, n) in r.units.per_entity {
                    *unit_counts.per_entity.entry(e).or_insert(0) += n;
                }
            }
            for (key, acc) in r.edges {
                let template = EdgeAcc {
                    origin: acc.origin.clone(),
                    confidence: acc.confidence,
                    ..EdgeAcc::default()
                };
                edges
                    .entry(key)
                    .or_insert(template)
                    .merge(acc, repost, date, options.max_evidence, options.max_docs);
            }
        }
        Ok(())
    };
    // While the workers analyse one batch, the calling thread merges the one
    // before: merging is in input order, so it cannot be split, but it can
    // overlap the analysis.
    let mut analysed: Option<Vec<DocResult>> = None;
    let mut step = |batch: &mut Vec<(corpus::Document, Option<String>)>,
                    analysed: &mut Option<Vec<DocResult>>,
                    corpus_meta: &mut CorpusMeta|
     -> Result<()> {
        let results = match analysed.take() {
            Some(previous) => {
                let (results, merged) = rayon::join(|| analyse_batch(batch), || merge(previous, corpus_meta));
                merged?;
                results
            }
            None => analyse_batch(batch),
        };
        batch.clear();
        *analysed = Some(results);
        Ok(())
    };
    // Files are read (and decoded, and parsed) on every core, a few at a
    // time, then taken in order; their problems keep that order too.
    let mut read = Vec::new();
    for (done, source) in sources.iter().enumerate() {
        if read.is_empty() {
            let chunk = read_chunk(&sources[done..]);
            read = chunk
                .par_iter()
                .map(|source| {
                    let mut found = Vec::new();
                    let docs = corpus::read_source(source, &options.read, &mut found);
                    (docs, found)
                })
                .collect::<Vec<_>>();
            read.reverse();
        }
        let (docs, found) = read.pop().expect("a chunk read for every source");
        progress(done, sources.len());
        problems.extend(found);
        strict_check(problems)?;
        let Some(docs) = docs else { continue };
        corpus_meta.files += 1;
        if let Some(d) = docs.first()
            && d.encoding != "UTF-8"
        {
            corpus_meta
                .decoded
                .insert(source.path.display().to_string(), d.encoding.to_string());
        }
        for doc in docs {
            if !seen_docs.insert(doc.id.clone()) {
                let at = crate::error::Location {
                    path: doc.path.as_path().into(),
                    line: doc.line,
                    byte: None,
                };
                problems.push(Problem::new(
                    at,
                    format!("duplicate document id {:?}; document skipped", doc.id),
                ));
                strict_check(problems)?;
                continue;
            }
            let where_from = if doc.line.is_some() {
                doc.id.clone()
            } else {
                doc.path.display().to_string()
            };
            let date = options.dates.date(doc.date.as_deref(), &where_from);
            if filtering
                && !date
                    .as_deref()
                    .is_some_and(|d| dates::within(d, options.since.as_deref(), options.until.as_deref()))
            {
                corpus_meta.outside_dates += 1;
                continue;
            }
            batch_bytes += doc.bytes;
            batch.push((doc, date));
            if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                step(&mut batch, &mut analysed, &mut corpus_meta)?;
                batch_bytes = 0;
            }
        }
    }
    step(&mut batch, &mut analysed, &mut corpus_meta)?;
    if let Some(last) = analysed.take() {
        merge(last, &mut corpus_meta)?;
    }
    progress(sources.len(), sources.len());
    weigh_and_prune(dict, &mut edges, &unit_counts, options);
    add_declared(dict, &stats, &mut edges);
    let mut meta = Meta {
        dictionaries: dict.files.iter().chain(&rule_set.files).cloned().collect(),
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
    Ok(KnowledgeGraph::build(dict, &stats, edges, meta))
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

/// The next files to read together: up to 64, or 32 MB, whichever comes
/// first (at least one file).
fn read_chunk(sources: &[corpus::Source]) -> &[corpus::Source] {
    let mut bytes = 0;
    let mut n = 0;
    while n < sources.len() && n < 64 && (n == 0 || bytes < BATCH_BYTES) {
        bytes += std::fs::metadata(&sources[n].path).map_or(0, |m| m.len() as usize);
        n += 1;
    }
    &sources[..n]
}

/// How many documents, or bytes, are analysed together: enough to keep both
/// cores busy, little enough to keep memory flat.
const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 32 << 20;

/// What one document contributes, computed independently of the others.
struct DocResult {
    bytes: usize,
    date: Option<String>,
    /// MinHash signature, when reposts are folded.
    signature: Option<crate::dedup::Signature>,
    /// The entity of each mention (anchors aside), in text order.
    entities: Vec<usize>,
    mentions: Vec<MentionRecord>,
    facts: Vec<(usize, crate::graph::Fact)>,
    edges: Edges,
    units: UnitCounts,
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
    let records = mentions
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
        .collect();
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
fn weigh_and_prune(dict: &Dictionary, edges: &mut Edges, units: &UnitCounts, options: &BuildOptions) {
    // An edge that only reposts show counts once, as the heaviest copy has it.
    for acc in edges.values_mut() {
        if acc.count == 0 {
            acc.count = acc.repost_count;
        }
    }
    let n_of = |e: &usize| units.per_entity.get(e).copied().unwrap_or(0);
    for ((h, rel, t), acc) in edges.iter_mut() {
        if rel == CO_OCCURS {
            acc.weight = Some(options.weighting.weight(acc.count, n_of(h), n_of(t), units.total));
        }
    }
    let weight = |acc: &EdgeAcc| acc.weight.unwrap_or(acc.count as f64);
    if let Some(min) = options.min_weight {
        edges.retain(|(_, rel, _), acc| rel != CO_OCCURS || weight(acc) >= min);
    }
    let Some(top) = options.top_edges else { return };
    // Each node's co_occurs edges, heaviest first (ties: count, then ids):
    // (weight, count, head id, tail id, (head, tail)).
    type Ranked<'a> = (f64, u64, &'a str, &'a str, (usize, usize));
    let mut by_node: BTreeMap<usize, Vec<Ranked>> = BTreeMap::new();
    for ((h, rel, t), acc) in edges.iter() {
        if rel != CO_OCCURS {
            continue;
        }
        let item = (
            weight(acc),
            acc.count,
            dict.entities[*h].id.as_str(),
            dict.entities[*t].id.as_str(),
            (*h, *t),
        );
        by_node.entry(*h).or_default().push(item);
        by_node.entry(*t).or_default().push(item);
    }
    let mut keep = BTreeSet::new();
    for list in by_node.values_mut() {
        list.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(b.1.cmp(&a.1))
                .then(a.2.cmp(b.2))
                .then(a.3.cmp(b.3))
        });
        keep.extend(list.iter().take(top).map(|x| x.4));
    }
    edges.retain(|(h, rel, t), _| rel != CO_OCCURS || keep.contains(&(*h, *t)));
}

/// Curated relations join the graph when at least one end was mentioned; the
/// other end then appears as a node with no mentions, so that a subsidiary
/// named in the corpus still shows its parent.
fn add_declared(dict: &Dictionary, stats: &[EntityStats], edges: &mut Edges) {
    for r in &dict.relations {
        let (Some(h), Some(t)) = (dict.get(&r.head), dict.get(&r.tail)) else {
            continue;
        };
        if stats[h].mentions == 0 && stats[t].mentions == 0 {
            continue;
        }
        edges.entry((h, r.relation.clone(), t)).or_insert_with(|| EdgeAcc {
            origin: ORIGIN_DICTIONARY.to_string(),
            confidence: r.confidence,
            count: 1,
            ..EdgeAcc::default()
        });
    }
}

/// The discovery pass: read the corpus and propose entities that the
/// dictionary does not list, ranked, with alias collisions.
pub fn discover(
    dict: &Dictionary,
    matcher: &Matcher,
    rule_set: &RuleSet,
    cfg: &DiscoverConfig,
    options: &BuildOptions,
    problems: &mut Vec<Problem>,
) -> Result<(Vec<Candidate>, Vec<Collision>)> {
    let mut per_doc = Vec::new();
    for source in corpus::sources(&options.inputs, &options.exclude, problems)? {
        for doc in corpus::read_source(&source, &options.read, problems).unwrap_or_default() {
            let Mentioned {
                norm,
                sentences,
                all: mentions,
                ..
            } = Mentioned::read(dict, matcher, rule_set, &doc);
            let sightings = DocDiscovery {
                cfg,
                dict,
                norm: &norm,
                sentences: &sentences,
                mentions: &mentions,
            }
            .run();
            if !sightings.is_empty() {
                per_doc.push(DocSightings {
                    doc_id: doc.id,
                    norm,
                    sentences,
                    sightings,
                });
            }
        }
    }
    Ok(discover::aggregate(&per_doc, cfg, dict, 3))
}
