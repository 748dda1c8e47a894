//! Graph stage: the petgraph model of the knowledge graph, and its
//! node-link JSON form (`graph.json`).
//!
//! One node per entity, one edge per (head, relation, tail). The edge kind is
//! data (`relation`), not a type per kind, so typed relations, curated ones and
//! co-occurrence share one edge struct and every exporter handles them alike.
//! `co_occurs` is symmetric and stored once, from the smaller id to the larger.
//!
//! Nodes are added in id order and edges in (head id, tail id, relation)
//! order, so every output that walks the graph is deterministic.

use std::collections::BTreeMap;
use std::io::Read;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_json::value::RawValue;

use crate::dict::{DictFile, Dictionary};
use crate::error::{Error, Result};
use crate::overlap::Overlap;
use crate::relations::{EdgeAcc, Evidence, Years};
use crate::spill::EdgeFile;

/// Version of the `graph.json` layout; readers refuse other versions.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub label: String,
    pub aliases: Vec<String>,
    pub attributes: BTreeMap<String, Value>,
    pub mention_count: u64,
    pub doc_count: u64,
    /// Dates of the first and last document that mention it.
    #[serde(default)]
    pub first_seen: Option<String>,
    #[serde(default)]
    pub last_seen: Option<String>,
    /// Mentions per year of document date.
    #[serde(default)]
    pub years: Years,
    /// Figures read from the text (investment, capacity, area, founding
    /// year, stage), each with its evidence; sources that disagree all stay.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// The latest value of each figure (`investment_cny`, `capacity_kw`, …),
    /// for tools that want one number.
    #[serde(default)]
    pub figures: BTreeMap<String, Value>,
}

/// A figure read from the text about an entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// `investment`, `capacity`, `area`, `output`, `established`, `stage`.
    pub key: String,
    /// A number in base units (yuan, kW, km², mu), a year, or a stage word.
    pub value: Value,
    /// `cny`, `usd`, `kw`, `km2`, `mu`, `ha`, `year`, … (empty for a stage).
    pub unit: String,
    /// `exact`, `at_least`, `about`, `at_most`.
    pub bound: String,
    pub doc: String,
    /// The document's date, when known.
    pub date: Option<String>,
    /// Byte span of the figure in the original file.
    pub start: usize,
    pub end: usize,
    /// The sentence it was read from.
    pub text: String,
}

/// Serialised by hand (`Edge::serialize_fields`) so that node-link edges
/// can put `source`, `target` and `key` before the same fields without
/// `#[serde(flatten)]`, which serialises through a map, key by key.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Edge {
    pub relation: String,
    /// `cooccurrence`, `dictionary` or a rule id. (Node-link JSON reserves
    /// `source` for the edge's head, so provenance is called `origin`.)
    pub origin: String,
    pub confidence: f64,
    /// The weight used for ranking and pruning; for `co_occurs`, the count.
    pub weight: f64,
    /// Supporting sentences (1 for a curated relation).
    pub count: u64,
    /// The documents that show the edge, reposts included; the first
    /// `max_docs` of them in input order (sorted by id) when there are more.
    pub docs: Vec<std::sync::Arc<str>>,
    /// How many documents show the edge, however long `docs` is.
    #[serde(default)]
    pub doc_count: u64,
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub first_seen: Option<String>,
    #[serde(default)]
    pub last_seen: Option<String>,
    /// Supporting sentences per year of document date.
    #[serde(default)]
    pub years: Years,
}

/// How many fields [`Edge::serialize_fields`] writes.
const EDGE_FIELDS: usize = 11;

impl Serialize for Edge {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Edge", EDGE_FIELDS)?;
        self.serialize_fields(&mut s)?;
        s.end()
    }
}

/// A node-link edge: `source`, `target`, `key`, then the edge's fields, as
/// `#[serde(flatten)]` would lay them out.
pub fn serialize_link_edge<S: serde::Serializer>(
    serializer: S,
    source: &str,
    target: &str,
    key: &str,
    edge: &Edge,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let mut s = serializer.serialize_struct("LinkEdge", 3 + EDGE_FIELDS)?;
    s.serialize_field("source", source)?;
    s.serialize_field("target", target)?;
    s.serialize_field("key", key)?;
    edge.serialize_fields(&mut s)?;
    s.end()
}

impl Edge {
    /// Every field, in declaration order, under its own name. The pattern
    /// names every field, so a field added to `Edge` does not compile until
    /// it is written here too.
    fn serialize_fields<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        let Edge {
            relation,
            origin,
            confidence,
            weight,
            count,
            docs,
            doc_count,
            evidence,
            first_seen,
            last_seen,
            years,
        } = self;
        s.serialize_field("relation", relation)?;
        s.serialize_field("origin", origin)?;
        s.serialize_field("confidence", confidence)?;
        s.serialize_field("weight", weight)?;
        s.serialize_field("count", count)?;
        s.serialize_field("docs", docs)?;
        s.serialize_field("doc_count", doc_count)?;
        s.serialize_field("evidence", evidence)?;
        s.serialize_field("first_seen", first_seen)?;
        s.serialize_field("last_seen", last_seen)?;
        s.serialize_field("years", years)?;
        Ok(())
    }

    /// The finished edge of a reduced one.
    pub fn of_acc(relation: String, acc: EdgeAcc) -> Edge {
        Edge {
            relation,
            origin: acc.origin,
            confidence: acc.confidence,
            weight: acc.weight.unwrap_or(acc.count as f64),
            count: acc.count,
            docs: {
                // Listed in id order, as the set before them was.
                let mut docs = acc.docs;
                docs.sort_unstable();
                docs
            },
            doc_count: acc.doc_count,
            evidence: acc.evidence,
            first_seen: acc.seen.first,
            last_seen: acc.seen.last,
            years: acc.seen.years,
        }
    }
}

/// An edge with its head and tail, as exporters read it.
pub type EdgeEnds<'a> = (NodeIndex, NodeIndex, &'a Edge);

/// What is handed each batch of edges, in order.
pub type EdgeBatches<'f> = dyn FnMut(&[EdgeEnds<'_>]) -> std::io::Result<()> + 'f;

/// What the corpus was.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CorpusMeta {
    pub inputs: Vec<String>,
    pub files: u64,
    pub documents: u64,
    pub bytes: u64,
    /// Documents found to be reposts of an earlier one: their sentences are
    /// evidence but are not counted again in weights.
    #[serde(default)]
    pub reposts_folded: u64,
    /// Documents left out by --since/--until (undated ones included).
    #[serde(default)]
    pub outside_dates: u64,
    /// Files that were not UTF-8, and the encoding they were decoded from.
    #[serde(default)]
    pub decoded: BTreeMap<String, String>,
}

/// Run metadata, kept in the graph-level data of every export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub tool: String,
    pub version: String,
    pub format_version: u32,
    pub dictionaries: Vec<DictFile>,
    pub corpus: CorpusMeta,
    pub options: BTreeMap<String, Value>,
    pub mentions: u64,
    pub problems: u64,
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            tool: "zonegraph".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            format_version: FORMAT_VERSION,
            dictionaries: Vec::new(),
            corpus: CorpusMeta::default(),
            options: BTreeMap::new(),
            mentions: 0,
            problems: 0,
        }
    }
}

/// What the corpus says of one entity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityStats {
    pub mentions: u64,
    pub docs: u64,
    pub seen: crate::relations::Seen,
    /// The first facts read, in input order (at most the build's `max_facts`).
    pub facts: Vec<Fact>,
    /// The latest value of each figure over all facts, capped or not: by
    /// date, then by order of reading; with the date it was read at.
    pub latest: BTreeMap<String, (Option<String>, Value)>,
}

impl EntityStats {
    /// Read one fact: it updates the latest figures, and is kept while fewer
    /// than `max_facts` are.
    pub fn add_fact(&mut self, fact: Fact, max_facts: usize) {
        let name = if fact.unit.is_empty() {
            fact.key.clone()
        } else {
            format!("{}_{}", fact.key, fact.unit)
        };
        match self.latest.get(&name) {
            Some((date, _)) if fact.date < *date => {}
            _ => {
                self.latest.insert(name, (fact.date.clone(), fact.value.clone()));
            }
        }
        if self.facts.len() < max_facts {
            self.facts.push(fact);
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct KnowledgeGraph {
    pub graph: DiGraph<Node, Edge>,
    pub meta: Meta,
    index: BTreeMap<String, NodeIndex>,
    /// The edges of a build that spilled them ([`crate::spill`]); `graph`
    /// then has no edges.
    spilled: Option<Arc<EdgeFile>>,
}

/// A dictionary attribute as a typed value: integers and decimals become
/// numbers, everything else stays a string (`2013-01` is a string).
pub fn attribute_value(s: &str) -> Value {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let plain_int =
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'));
    if plain_int && let Ok(i) = s.parse::<i64>() {
        return Value::from(i);
    }
    let decimal = digits.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && (a.bytes().chain(b.bytes())).all(|c| c.is_ascii_digit())
    });
    if decimal && let Ok(f) = s.parse::<f64>() {
        return Value::from(f);
    }
    Value::from(s)
}

/// Entities in id order, the order nodes and edges are written in: each
/// entity's rank, and the entity at each rank. Stable, so two entries that
/// share an id keep dictionary order.
pub struct IdOrder {
    rank: Vec<u32>,
    by_rank: Vec<usize>,
}

impl IdOrder {
    pub fn new(dict: &Dictionary) -> IdOrder {
        let mut by_rank: Vec<usize> = (0..dict.entities.len()).collect();
        by_rank.par_sort_by(|a, b| dict.entities[*a].id.cmp(&dict.entities[*b].id));
        let mut rank = vec![0; by_rank.len()];
        for (r, &i) in by_rank.iter().enumerate() {
            rank[i] = u32::try_from(r).expect("fewer than 2^32 entities");
        }
        IdOrder { rank, by_rank }
    }

    /// The entity's place in id order.
    pub fn rank(&self, entity: usize) -> u32 {
        self.rank[entity]
    }

    /// The entity (its index in the dictionary) at a place in id order.
    pub fn entity(&self, rank: u32) -> usize {
        self.by_rank[rank as usize]
    }
}

/// The corpus's edges keyed by (head rank, tail rank, relation) in
/// [`IdOrder`]: the map's order is the order edges are written in, so the
/// graph is built by taking them from it, never sorting a copy.
pub type RankedEdges = BTreeMap<(u32, u32, String), EdgeAcc>;

/// Edges made at once while the graph is assembled (see [`KnowledgeGraph::build`]).
const ASSEMBLY_SLICE: usize = 1 << 16;

impl KnowledgeGraph {
    /// Assemble the graph: a node for every entity that was mentioned or
    /// that an edge touches, and the edges.
    pub fn build(
        dict: &Dictionary,
        stats: Vec<EntityStats>,
        edges: RankedEdges,
        ids: &IdOrder,
        meta: Meta,
    ) -> KnowledgeGraph {
        KnowledgeGraph::build_in_slices(dict, stats, edges, ids, meta, ASSEMBLY_SLICE)
    }

    /// [`build`](Self::build), making `slice` edges at a time (tests use
    /// small slices to go through many).
    fn build_in_slices(
        dict: &Dictionary,
        stats: Vec<EntityStats>,
        edges: RankedEdges,
        ids: &IdOrder,
        meta: Meta,
        slice: usize,
    ) -> KnowledgeGraph {
        let mut wanted = KnowledgeGraph::mentioned(dict, &stats);
        for (head, tail, _) in edges.keys() {
            wanted[ids.entity(*head)] = true;
            wanted[ids.entity(*tail)] = true;
        }
        let (mut kg, of_entity) = KnowledgeGraph::with_nodes(dict, stats, ids, &wanted, meta);
        kg.graph.reserve_exact_edges(edges.len());
        // The map's own order is the output order, and taking edges from it
        // frees it as the graph fills: no sorted copy.
        // Made a slice at a time: made all at once, every edge would exist
        // twice at the peak, about 200 bytes an edge more. Adding edges to
        // the graph is one thread's work (and most of it the kernel clearing
        // the pages of the edge list), so the next slice is taken from the
        // map and made on the other cores meanwhile.
        let slices = edges.len().div_ceil(slice);
        let mut pending = edges.into_iter();
        let make = |pending: &mut std::collections::btree_map::IntoIter<_, _>| {
            let taken: Vec<_> = pending.by_ref().take(slice).collect();
            taken
                .into_par_iter()
                .map(|((head, tail, relation), acc)| {
                    let edge = Edge::of_acc(relation, acc);
                    (of_entity[ids.entity(head)], of_entity[ids.entity(tail)], edge)
                })
                .collect::<Vec<(NodeIndex, NodeIndex, Edge)>>()
        };
        let graph = &mut kg.graph;
        let mut add = |made: Vec<(NodeIndex, NodeIndex, Edge)>| {
            for (head, tail, edge) in made {
                graph.add_edge(head, tail, edge);
            }
            Ok(())
        };
        let mut overlap = Overlap::new(&mut add);
        for _ in 0..slices {
            overlap
                .step(|| Ok(make(&mut pending)))
                .expect("adding edges cannot fail");
        }
        overlap.finish().expect("adding edges cannot fail");
        kg
    }

    /// Which entities are nodes whatever the edges: those mentioned (one
    /// flag per dictionary entity; the edges' ends are added to it).
    pub fn mentioned(dict: &Dictionary, stats: &[EntityStats]) -> Vec<bool> {
        let mut wanted: Vec<bool> = stats.iter().map(|s| s.mentions > 0).collect();
        wanted.resize(dict.entities.len(), false);
        wanted
    }

    /// A graph without edges yet: a node for every `wanted` entity, in id
    /// order, and the node index of each entity (`NodeIndex::end()` for the
    /// others).
    pub fn with_nodes(
        dict: &Dictionary,
        mut stats: Vec<EntityStats>,
        ids: &IdOrder,
        wanted: &[bool],
        meta: Meta,
    ) -> (KnowledgeGraph, Vec<NodeIndex>) {
        let n = dict.entities.len();
        stats.resize_with(n, EntityStats::default);
        let order: Vec<usize> = ids.by_rank.iter().copied().filter(|&i| wanted[i]).collect();
        // Each entity's statistics are moved into its node, not copied: they
        // hold its facts, and are not needed afterwards. Nodes are made on
        // every core, then added in order.
        let taken: Vec<(usize, EntityStats)> = order.iter().map(|&i| (i, std::mem::take(&mut stats[i]))).collect();
        drop(stats);
        let nodes: Vec<Node> = taken
            .into_par_iter()
            .map(|(i, s)| {
                let e = &dict.entities[i];
                Node {
                    id: e.id.clone(),
                    etype: e.etype.clone(),
                    label: e.name.clone(),
                    aliases: e.aliases.clone(),
                    attributes: e
                        .attributes
                        .iter()
                        .map(|(k, v)| (k.to_string(), attribute_value(v)))
                        .collect(),
                    mention_count: s.mentions,
                    doc_count: s.docs,
                    first_seen: s.seen.first,
                    last_seen: s.seen.last,
                    years: s.seen.years,
                    figures: s.latest.into_iter().map(|(k, (_, v))| (k, v)).collect(),
                    facts: s.facts,
                }
            })
            .collect();
        let mut kg = KnowledgeGraph {
            meta,
            ..KnowledgeGraph::default()
        };
        kg.graph.reserve_exact_nodes(nodes.len());
        let mut of_entity = vec![NodeIndex::end(); n];
        let mut index = Vec::with_capacity(nodes.len());
        for (node, &i) in nodes.into_iter().zip(&order) {
            index.push((node.id.clone(), kg.graph.node_count()));
            of_entity[i] = kg.graph.add_node(node);
        }
        // Nodes come in id order, so the index is built from a sorted list
        // in one pass rather than searched for every node; when two nodes
        // share an id the later one is found, as with `add_node`.
        kg.index = index.into_iter().map(|(id, i)| (id, NodeIndex::new(i))).collect();
        (kg, of_entity)
    }

    /// Give a graph made by [`with_nodes`](Self::with_nodes) the edges of
    /// a spilled build, which stay on disk and are read in order by
    /// [`for_each_edge_batch`](Self::for_each_edge_batch).
    pub fn with_spilled_edges(mut self, edges: EdgeFile) -> KnowledgeGraph {
        self.spilled = Some(Arc::new(edges));
        self
    }

    /// Remove a spilled build's edge file now (it goes when the graph is
    /// dropped, but a command may end without dropping a large graph).
    pub fn remove_spilled(&mut self) {
        self.spilled = None;
    }

    /// Whether the edges are on disk (a spilled build) rather than in
    /// [`graph`](Self::graph), which then holds the nodes only.
    pub fn is_spilled(&self) -> bool {
        self.spilled.is_some()
    }

    /// How many times the build spilled its edges (0: it did not).
    pub fn spills(&self) -> usize {
        self.spilled.as_ref().map_or(0, |f| f.spills())
    }

    /// Number of edges, wherever they are.
    pub fn edge_count(&self) -> usize {
        match &self.spilled {
            Some(file) => file.len(),
            None => self.graph.edge_count(),
        }
    }

    /// Every edge in order with its ends, `batch` at a time: the edges of
    /// [`graph`](Self::graph), or those of a spilled build read back from
    /// disk. What every exporter reads edges through.
    pub fn for_each_edge_batch(&self, batch: usize, f: &mut EdgeBatches<'_>) -> std::io::Result<()> {
        if let Some(file) = &self.spilled {
            return file.for_each_batch(batch, f);
        }
        // Edge indices are 0..edge_count: batches are ranges of them.
        let g = &self.graph;
        let (n, batch) = (g.edge_count(), batch.max(1));
        for first in (0..n).step_by(batch) {
            let refs: Vec<EdgeEnds> = (first..n.min(first.saturating_add(batch)))
                .map(|i| {
                    let e = EdgeIndex::new(i);
                    let (s, t) = g.edge_endpoints(e).expect("edge exists");
                    (s, t, &g[e])
                })
                .collect();
            f(&refs)?;
        }
        Ok(())
    }

    pub fn add_node(&mut self, node: Node) -> NodeIndex {
        let id = node.id.clone();
        let idx = self.graph.add_node(node);
        self.index.insert(id, idx);
        idx
    }

    pub fn node_index(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// The node-link form, as networkx's `node_link_graph(data, edges="edges")` reads it.
    pub fn to_node_link(&self) -> NodeLink {
        assert!(!self.is_spilled(), "a spilled graph is written with the exporters");
        NodeLink {
            directed: true,
            multigraph: true,
            graph: self.meta.clone(),
            nodes: self.graph.node_weights().cloned().collect(),
            edges: self
                .graph
                .edge_indices()
                .map(|e| {
                    let (s, t) = self.graph.edge_endpoints(e).expect("edge exists");
                    let edge = self.graph[e].clone();
                    LinkEdge {
                        source: self.graph[s].id.clone(),
                        target: self.graph[t].id.clone(),
                        key: edge.relation.clone(),
                        edge,
                    }
                })
                .collect(),
        }
    }

    pub fn from_node_link(data: NodeLink, path: &Path) -> Result<KnowledgeGraph> {
        let mut kg = KnowledgeGraph {
            meta: data.graph,
            ..KnowledgeGraph::default()
        };
        for node in data.nodes {
            if kg.index.contains_key(&node.id) {
                return Err(bad_graph(path, format!("duplicate node id {:?}", node.id)));
            }
            kg.add_node(node);
        }
        for link in data.edges {
            let ends = (kg.node_index(&link.source), kg.node_index(&link.target));
            let (Some(s), Some(t)) = ends else {
                return Err(bad_graph(
                    path,
                    format!("edge {} -> {} names an unknown node", link.source, link.target),
                ));
            };
            let mut edge = link.edge;
            // A graph.json from before `doc_count` lists every document.
            if edge.doc_count == 0 {
                edge.doc_count = edge.docs.len() as u64;
            }
            kg.graph.add_edge(s, t, edge);
        }
        Ok(kg)
    }

    /// Read `graph.json`, refusing other tools' files and other format versions.
    pub fn load(path: &Path) -> Result<KnowledgeGraph> {
        Ok(KnowledgeGraph::load_indexed(path)?.0)
    }

    /// Read `graph.json` as [`load`](KnowledgeGraph::load) does, and say
    /// where each part sits in the file and which file it was (for the query
    /// cache).
    ///
    /// The whole file is read into memory and parsed from the slice (much
    /// faster than from a reader); the top level is split into raw nodes and
    /// edges first, which are then parsed on every core.
    pub fn load_indexed(path: &Path) -> Result<(KnowledgeGraph, JsonIndex, FileStamp)> {
        let mut file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let len = file.metadata().map_or(0, |m| m.len());
        let mut bytes = Vec::with_capacity(len as usize);
        file.read_to_end(&mut bytes).map_err(|e| Error::io(path, e))?;
        let stamp = FileStamp::of_bytes(&bytes);
        let raw: RawNodeLink = match serde_json::from_slice(&bytes) {
            Ok(raw) => raw,
            Err(e) => {
                // Say "other version" or "not ours" rather than which field is missing.
                if let Ok(value) = serde_json::from_slice::<Value>(&bytes) {
                    check_version(path, value.pointer("/graph/format_version"))?;
                }
                return Err(bad_graph(path, e.to_string()));
            }
        };
        let probe: VersionProbe = serde_json::from_str(raw.graph.get()).map_err(|e| bad_graph(path, e.to_string()))?;
        check_version(path, probe.format_version.as_ref())?;
        let at = |r: &RawValue| {
            let start = r.get().as_ptr() as u64 - bytes.as_ptr() as u64;
            start..start + r.get().len() as u64
        };
        let meta: Meta = serde_json::from_str(raw.graph.get()).map_err(|e| bad_graph(path, format!("graph: {e}")))?;
        let nodes: Vec<Node> = raw
            .nodes
            .par_iter()
            .map(|r| parse_part(path, "node", at(r).start, r))
            .collect::<Result<_>>()?;
        let edges: Vec<LinkEdge> = raw
            .edges
            .par_iter()
            .map(|r| parse_part(path, "edge", at(r).start, r))
            .collect::<Result<_>>()?;
        let index = JsonIndex {
            graph: at(raw.graph),
            nodes: raw.nodes.iter().map(|r| at(r)).collect(),
            edges: raw.edges.iter().map(|r| at(r)).collect(),
        };
        let data = NodeLink {
            directed: raw.directed,
            multigraph: raw.multigraph,
            graph: meta,
            nodes,
            edges,
        };
        // Everything is parsed: the file's bytes can go before the graph is built.
        drop(raw);
        drop(bytes);
        Ok((KnowledgeGraph::from_node_link(data, path)?, index, stamp))
    }
}

/// Refuse a graph without a format version or with another one.
fn check_version(path: &Path, version: Option<&Value>) -> Result<()> {
    match version {
        Some(Value::Number(n)) if n.as_u64() == Some(FORMAT_VERSION as u64) => Ok(()),
        Some(other) => Err(Error::GraphVersion {
            path: path.to_path_buf(),
            found: other.to_string(),
            expected: FORMAT_VERSION,
        }),
        None => Err(bad_graph(path, "no graph.format_version".into())),
    }
}

/// One node or edge object of `graph.json`, parsed on its own; errors say
/// where it starts.
fn parse_part<'a, T: Deserialize<'a>>(path: &Path, what: &str, start: u64, raw: &'a RawValue) -> Result<T> {
    serde_json::from_str(raw.get()).map_err(|e| bad_graph(path, format!("{what} at byte {start}: {e}")))
}

/// The top level of `graph.json`, its nodes and edges left unparsed.
#[derive(Deserialize)]
struct RawNodeLink<'a> {
    directed: bool,
    multigraph: bool,
    #[serde(borrow)]
    graph: &'a RawValue,
    #[serde(borrow)]
    nodes: Vec<&'a RawValue>,
    #[serde(borrow)]
    edges: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
struct VersionProbe {
    format_version: Option<Value>,
}

/// Byte ranges of the parts of a `graph.json`: the graph-level data (run
/// metadata), and every node and edge object, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonIndex {
    pub graph: Range<u64>,
    pub nodes: Vec<Range<u64>>,
    pub edges: Vec<Range<u64>>,
}

/// Which version of a file was read: its length and a SHA-256 of samples of
/// its content (the first and last 64 KiB and 62 blocks of 4 KiB spread
/// evenly between), so a changed file is told from the one a cache was made
/// from in about a millisecond, whatever its size. It depends on the content
/// only, so copying a graph with its cache keeps the cache usable, and the
/// same build writes the same bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileStamp {
    pub len: u64,
    pub sample: [u8; 32],
}

impl FileStamp {
    const EDGE: u64 = 64 * 1024;
    const BLOCK: u64 = 4096;
    const BLOCKS: u64 = 62;

    /// The stamp of `len` bytes read through `read_at(offset, buffer)`.
    fn sampled(len: u64, mut read_at: impl FnMut(u64, &mut [u8]) -> std::io::Result<()>) -> std::io::Result<FileStamp> {
        use sha2::Digest;
        let mut hash = sha2::Sha256::new();
        hash.update(len.to_le_bytes());
        let mut buf = Vec::new();
        let mut take = |start: u64, size: u64| -> std::io::Result<()> {
            let size = size.min(len - start.min(len));
            buf.resize(size as usize, 0);
            read_at(start, &mut buf)?;
            hash.update(&buf);
            Ok(())
        };
        take(0, Self::EDGE)?;
        for k in 1..=Self::BLOCKS {
            take(len / (Self::BLOCKS + 1) * k, Self::BLOCK)?;
        }
        take(len.saturating_sub(Self::EDGE), Self::EDGE)?;
        Ok(FileStamp {
            len,
            sample: hash.finalize().into(),
        })
    }

    /// The stamp of a file's content in memory.
    pub fn of_bytes(bytes: &[u8]) -> FileStamp {
        FileStamp::sampled(bytes.len() as u64, |at, buf| {
            buf.copy_from_slice(&bytes[at as usize..at as usize + buf.len()]);
            Ok(())
        })
        .expect("reading from memory")
    }

    /// The stamp of an open file (read from its start, whatever its position).
    pub fn of_file(file: &mut std::fs::File) -> std::io::Result<FileStamp> {
        use std::io::{Seek, SeekFrom};
        let len = file.metadata()?.len();
        FileStamp::sampled(len, |at, buf| {
            file.seek(SeekFrom::Start(at))?;
            file.read_exact(buf)
        })
    }
}

fn bad_graph(path: &Path, message: String) -> Error {
    Error::BadGraph {
        path: path.to_path_buf(),
        message,
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NodeLink {
    pub directed: bool,
    pub multigraph: bool,
    pub graph: Meta,
    pub nodes: Vec<Node>,
    pub edges: Vec<LinkEdge>,
}

/// Written by [`serialize_link_edge`]; read through `FlatLinkEdge`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "FlatLinkEdge")]
pub struct LinkEdge {
    pub source: String,
    pub target: String,
    /// The multigraph key: the relation, unique per (source, target).
    pub key: String,
    pub edge: Edge,
}

impl Serialize for LinkEdge {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_link_edge(serializer, &self.source, &self.target, &self.key, &self.edge)
    }
}

/// A `LinkEdge` as it is read: the same fields, without `#[serde(flatten)]`,
/// which would buffer every edge before parsing it. The query cache reads
/// edges with `D` and `E` = [`serde::de::IgnoredAny`], which skips `docs` and
/// `evidence` without building them.
#[derive(Deserialize)]
pub(crate) struct FlatLinkEdge<D = Vec<std::sync::Arc<str>>, E = Vec<Evidence>> {
    source: String,
    target: String,
    key: String,
    relation: String,
    origin: String,
    confidence: f64,
    weight: f64,
    count: u64,
    #[serde(default)]
    docs: D,
    #[serde(default)]
    doc_count: u64,
    #[serde(default)]
    evidence: E,
    #[serde(default)]
    first_seen: Option<String>,
    #[serde(default)]
    last_seen: Option<String>,
    #[serde(default)]
    years: Years,
}

/// A list read in full, or skipped (then empty).
pub(crate) trait ReadList<T> {
    fn into_list(self) -> Vec<T>;
}

impl<T> ReadList<T> for Vec<T> {
    fn into_list(self) -> Vec<T> {
        self
    }
}

impl<T> ReadList<T> for serde::de::IgnoredAny {
    fn into_list(self) -> Vec<T> {
        Vec::new()
    }
}

impl<D: ReadList<std::sync::Arc<str>>, E: ReadList<Evidence>> From<FlatLinkEdge<D, E>> for LinkEdge {
    fn from(f: FlatLinkEdge<D, E>) -> LinkEdge {
        let docs = f.docs.into_list();
        LinkEdge {
            source: f.source,
            target: f.target,
            key: f.key,
            edge: Edge {
                relation: f.relation,
                origin: f.origin,
                confidence: f.confidence,
                weight: f.weight,
                count: f.count,
                // A graph.json from before `doc_count` lists every document.
                doc_count: if f.doc_count == 0 {
                    docs.len() as u64
                } else {
                    f.doc_count
                },
                docs,
                evidence: f.evidence.into_list(),
                first_seen: f.first_seen,
                last_seen: f.last_seen,
                years: f.years,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_values_are_typed() {
        let cases: &[(&str, Value)] = &[
            ("1993", Value::from(1993)),
            ("40.83", Value::from(40.83)),
            ("-5", Value::from(-5)),
            ("2013-01", Value::from("2013-01")),
            ("007", Value::from("007")),
            ("1.", Value::from("1.")),
            ("江苏", Value::from("江苏")),
        ];
        for (input, want) in cases {
            assert_eq!(&attribute_value(input), want, "input {input:?}");
        }
    }

    /// However many edges are made at a time while the next slice is taken,
    /// the graph holds them in key order and finds every node by its id.
    #[test]
    fn edges_come_in_key_order_however_many_slices_they_are_made_in() {
        let mut tsv = String::from("id\ttype\tname\taliases\tattributes\n");
        // Dictionary order is not id order: 29, 28, ..., 0.
        for i in (0..30).rev() {
            tsv.push_str(&format!("e{i:02}\tcompany\t名{i}公司\t\t\n"));
        }
        let mut dict = Dictionary::default();
        let mut problems = Vec::new();
        dict.load_file(Path::new("t.tsv"), tsv.as_bytes(), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let ids = IdOrder::new(&dict);
        let mut edges = RankedEdges::new();
        for h in 0..30_u32 {
            for t in (0..30).filter(|&t| t != h) {
                let relation = if (h + t) % 3 == 0 { "located_in" } else { "co_occurs" };
                let acc = EdgeAcc {
                    count: u64::from(h * 100 + t),
                    ..EdgeAcc::default()
                };
                edges.insert((h, t, relation.into()), acc);
            }
        }
        let want: Vec<(String, String, String, u64)> = edges
            .iter()
            .map(|((h, t, rel), acc)| {
                let id = |rank: u32| dict.entities[ids.entity(rank)].id.clone();
                (id(*h), id(*t), rel.clone(), acc.count)
            })
            .collect();
        for slice in [1, 2, 7, 64, 870, 100_000] {
            let kg = KnowledgeGraph::build_in_slices(&dict, Vec::new(), edges.clone(), &ids, Meta::default(), slice);
            let got: Vec<(String, String, String, u64)> = kg
                .graph
                .edge_indices()
                .map(|e| {
                    let (s, t) = kg.graph.edge_endpoints(e).unwrap();
                    let edge = &kg.graph[e];
                    (
                        kg.graph[s].id.clone(),
                        kg.graph[t].id.clone(),
                        edge.relation.clone(),
                        edge.count,
                    )
                })
                .collect();
            assert_eq!(got, want, "slices of {slice}");
            for node in kg.graph.node_indices() {
                assert_eq!(kg.node_index(&kg.graph[node].id), Some(node), "slices of {slice}");
            }
        }
    }

    /// The reducer keys edges by id rank, so the graph is built in id order
    /// (head, tail, relation) without sorting; document lists, kept in input
    /// order while reading, come out in id order.
    #[test]
    fn edges_are_built_in_id_order_with_documents_sorted() {
        let tsv = "id\ttype\tname\taliases\tattributes\nc\tcompany\t丙公司\t\t\na\tcompany\t甲公司\t\t\nb\tzone\t乙园区\t\t\n";
        let mut dict = Dictionary::default();
        let mut problems = Vec::new();
        dict.load_file(Path::new("t.tsv"), tsv.as_bytes(), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let ids = IdOrder::new(&dict);
        // Entities c, a, b in dictionary order; a, b, c in id order.
        assert_eq!([0, 1, 2].map(|i| ids.rank(i)), [2, 0, 1]);
        assert_eq!([0, 1, 2].map(|r| ids.entity(r)), [1, 2, 0]);
        let acc = |docs: &[&str]| EdgeAcc {
            origin: "cooccurrence".into(),
            count: docs.len() as u64,
            docs: docs.iter().map(|d| std::sync::Arc::from(*d)).collect(),
            doc_count: docs.len() as u64,
            ..EdgeAcc::default()
        };
        let mut edges = RankedEdges::new();
        edges.insert((ids.rank(0), ids.rank(1), "co_occurs".into()), acc(&["z.txt"]));
        edges.insert(
            (ids.rank(1), ids.rank(2), "located_in".into()),
            acc(&["y.txt", "x.txt"]),
        );
        edges.insert((ids.rank(1), ids.rank(2), "co_occurs".into()), acc(&["x.txt"]));
        let kg = KnowledgeGraph::build(&dict, Vec::new(), edges, &ids, Meta::default());
        let nodes: Vec<&str> = kg.graph.node_weights().map(|n| n.id.as_str()).collect();
        assert_eq!(nodes, ["a", "b", "c"]);
        let got: Vec<(&str, &str, &str, Vec<&str>)> = kg
            .graph
            .edge_indices()
            .map(|e| {
                let (s, t) = kg.graph.edge_endpoints(e).unwrap();
                let edge = &kg.graph[e];
                let docs = edge.docs.iter().map(|d| &**d).collect();
                (
                    kg.graph[s].id.as_str(),
                    kg.graph[t].id.as_str(),
                    edge.relation.as_str(),
                    docs,
                )
            })
            .collect();
        let want = [
            ("a", "b", "co_occurs", vec!["x.txt"]),
            ("a", "b", "located_in", vec!["x.txt", "y.txt"]),
            ("c", "a", "co_occurs", vec!["z.txt"]),
        ];
        assert_eq!(got, want);
    }
}
