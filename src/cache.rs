//! Query cache: a compact index beside `graph.json` (`graph.json.zgc`), so
//! that a query reads only the part of the graph it needs.
//!
//! Parsing the whole of a large `graph.json` takes seconds (at 10^6 edges
//! most of it is evidence sentences), while `neighbors` needs a handful of
//! nodes and edges. The cache holds what finding them takes, and no more:
//!
//! - every node's id, label and aliases, with the node numbers sorted by id,
//!   by label and by alias, so a name is found by binary search;
//! - every edge's ends, relation and weight, and each node's outgoing and
//!   incoming edges (offset tables), so a neighbourhood is walked without
//!   reading the graph;
//! - for every node and edge, the byte range of its object in `graph.json`:
//!   what a query returns is parsed from there, so the answer is made of the
//!   very same values the full load would give.
//!
//! A cache is only used for the `graph.json` it was made from: it records
//! that file's [`FileStamp`] (its length and a hash of samples of its
//! content) and the `graph.json` format version; any difference makes it
//! *stale* ([`Error::StaleCache`]). The stamp depends on content only, not on
//! modification times, so a build writes the same cache bytes every time and
//! a copied folder keeps its cache. Its body carries a SHA-256 checked on
//! opening, all reads are bounds-checked, and every object read back from
//! `graph.json` must carry the id, label and type (for an edge, the ends,
//! relation and weight) the cache expects, and the name that found it;
//! anything else is [`Error::BadCache`]. Either way the caller reads
//! `graph.json` instead: a cache can make a query fast, never wrong.
//!
//! The layout (little-endian): a header (magic, cache version, graph format
//! version, the stamp of `graph.json`, counts, the body's SHA-256), a table of
//! section offsets and lengths, then the sections (fixed-size records and
//! string lists: `u64` offsets into a byte heap).

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Seek, SeekFrom, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use petgraph::graph::NodeIndex;
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::export::AtomicFiles;
use crate::export::json::JsonExporter;
use crate::graph::{Edge, FORMAT_VERSION, FileStamp, JsonIndex, KnowledgeGraph, LinkEdge, Meta, Node};
use crate::normalize::normalize_key;

/// Version of the cache layout; another version is stale, not an error.
pub const CACHE_VERSION: u32 = 1;

const MAGIC: &[u8; 8] = b"ZGCACHE\0";

/// The cache that belongs to a graph file: the same name with `.zgc` added
/// (`out/graph.json` → `out/graph.json.zgc`).
pub fn cache_path(graph: &Path) -> PathBuf {
    let mut name = graph.as_os_str().to_owned();
    name.push(".zgc");
    PathBuf::from(name)
}

/// The sections, in file order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Sec {
    /// The byte range of the graph-level data in graph.json: 2 × u64.
    Meta,
    /// Per node: the byte range of its object: 2 × u64.
    NodeJson,
    IdOffsets,
    IdBytes,
    LabelOffsets,
    LabelBytes,
    /// Per node: its type, a number into the type strings: u32.
    NodeType,
    TypeOffsets,
    TypeBytes,
    /// Per node, the first of its aliases (N + 1 entries): u64.
    AliasFirst,
    AliasOffsets,
    AliasBytes,
    /// Node numbers sorted by id: u32.
    ById,
    /// Node numbers sorted by (label, number): u32.
    ByLabel,
    /// Alias numbers sorted by (alias, number): u32.
    ByAlias,
    RelationOffsets,
    RelationBytes,
    /// Per edge: source u32, target u32, relation u32, 0u32, weight f64,
    /// byte range of its object 2 × u64.
    Edges,
    /// Per node, the first of its outgoing edges (N + 1 entries): u64.
    OutFirst,
    /// Outgoing edge numbers, node by node: u32.
    Out,
    InFirst,
    In,
}

const SECTIONS: usize = Sec::In as usize + 1;
const EDGE_RECORD: usize = 40;
/// magic, versions, stamp (len, sample hash), counts, SHA-256 of the body.
const HEADER: usize = 8 + 4 + 4 + 8 + 32 + 8 * 5 + 32;

/// One edge as the cache knows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EdgeRecord {
    pub source: u32,
    pub target: u32,
    pub relation: u32,
    pub weight: f64,
    json: (u64, u64),
}

/// What [`GraphCache::neighbourhood`] reads.
#[derive(Clone, Debug, Default)]
pub struct Reach {
    /// How many hops from the start.
    pub depth: usize,
    /// Which edges the walk follows (and the part keeps).
    pub filter: EdgeFilter,
    /// Keep the edges between two nodes at exactly `depth` hops:
    /// [`crate::query::select::ego`] keeps them, while
    /// [`crate::query::neighbors::neighbors`] never walks them.
    pub outer: bool,
    /// Read each edge's `docs` and `evidence`; without, they are left empty
    /// (and not parsed), for answers that do not show them.
    pub evidence: bool,
}

/// An edge object of graph.json read without its `docs` and `evidence`.
type BareLinkEdge = crate::graph::FlatLinkEdge<serde::de::IgnoredAny, serde::de::IgnoredAny>;

/// Which edges a walk follows: those of these relations (empty: all) at
/// least this heavy.
#[derive(Clone, Debug)]
pub struct EdgeFilter {
    pub relations: Vec<String>,
    pub min_weight: f64,
}

impl Default for EdgeFilter {
    fn default() -> Self {
        EdgeFilter {
            relations: Vec::new(),
            min_weight: f64::NEG_INFINITY,
        }
    }
}

/// Write the cache of a graph whose `graph.json` has the given index and
/// stamp.
pub fn write_cache(kg: &KnowledgeGraph, index: &JsonIndex, stamp: FileStamp, w: &mut dyn Write) -> std::io::Result<()> {
    let g = &kg.graph;
    let n = g.node_count();
    let e = kg.edge_count();
    if index.nodes.len() != n || index.edges.len() != e {
        return Err(std::io::Error::other("the graph.json index does not match the graph"));
    }
    let mut secs: Vec<Vec<u8>> = vec![Vec::new(); SECTIONS];
    let put_range = |buf: &mut Vec<u8>, r: &Range<u64>| {
        buf.extend_from_slice(&r.start.to_le_bytes());
        buf.extend_from_slice(&r.end.to_le_bytes());
    };
    put_range(&mut secs[Sec::Meta as usize], &index.graph);
    for r in &index.nodes {
        put_range(&mut secs[Sec::NodeJson as usize], r);
    }
    let nodes: Vec<&Node> = g.node_weights().collect();
    let ids: Vec<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    let labels: Vec<&str> = nodes.iter().map(|n| n.label.as_str()).collect();
    let aliases: Vec<&str> = nodes
        .iter()
        .flat_map(|n| n.aliases.iter().map(String::as_str))
        .collect();
    string_list(&mut secs, Sec::IdOffsets, &ids);
    string_list(&mut secs, Sec::LabelOffsets, &labels);
    string_list(&mut secs, Sec::AliasOffsets, &aliases);
    let types: BTreeSet<&str> = nodes.iter().map(|n| n.etype.as_str()).collect();
    let types: Vec<&str> = types.into_iter().collect();
    for node in &nodes {
        let t = types.binary_search(&node.etype.as_str()).unwrap_or(0) as u32;
        secs[Sec::NodeType as usize].extend_from_slice(&t.to_le_bytes());
    }
    string_list(&mut secs, Sec::TypeOffsets, &types);
    let mut first = 0u64;
    for node in &nodes {
        secs[Sec::AliasFirst as usize].extend_from_slice(&first.to_le_bytes());
        first += node.aliases.len() as u64;
    }
    secs[Sec::AliasFirst as usize].extend_from_slice(&first.to_le_bytes());
    let sorted = |names: &[&str]| {
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        order.sort_by(|&a, &b| (names[a as usize], a).cmp(&(names[b as usize], b)));
        order.iter().flat_map(|i| i.to_le_bytes()).collect::<Vec<u8>>()
    };
    secs[Sec::ById as usize] = sorted(&ids);
    secs[Sec::ByLabel as usize] = sorted(&labels);
    secs[Sec::ByAlias as usize] = sorted(&aliases);
    // One pass over the edges, which may be read back from a spilled build's
    // file: the records, with each relation numbered as first seen, renumbered
    // in name order once all are known. What this holds per edge (the record,
    // then its place in two lists) is what `INDEX_BYTES_PER_EDGE` counts.
    let mut seen: Vec<String> = Vec::new();
    let mut records = Vec::with_capacity(e * EDGE_RECORD);
    let mut spans = index.edges.iter();
    kg.for_each_edge_batch(1 << 16, &mut |batch| {
        for &(s, t, edge) in batch {
            let rel = match seen.iter().position(|r| *r == edge.relation) {
                Some(r) => r,
                None => {
                    seen.push(edge.relation.clone());
                    seen.len() - 1
                }
            };
            for v in [s.index() as u32, t.index() as u32, rel as u32, 0] {
                records.extend_from_slice(&v.to_le_bytes());
            }
            records.extend_from_slice(&edge.weight.to_le_bytes());
            let span = spans
                .next()
                .ok_or_else(|| std::io::Error::other("the graph.json index does not match the graph"))?;
            put_range(&mut records, span);
        }
        Ok(())
    })?;
    let mut relations: Vec<&str> = seen.iter().map(String::as_str).collect();
    relations.sort_unstable();
    let renumbered: Vec<u32> = seen
        .iter()
        .map(|r| relations.binary_search(&r.as_str()).unwrap_or(0) as u32)
        .collect();
    for record in records.chunks_exact_mut(EDGE_RECORD) {
        let rel = renumbered[u32_at(record, 8) as usize];
        record[8..12].copy_from_slice(&rel.to_le_bytes());
    }
    string_list(&mut secs, Sec::RelationOffsets, &relations);
    // Each node's outgoing and incoming edges, in edge order: a counting sort
    // on the ends stored in the records.
    for (end, first_sec) in [(0, Sec::OutFirst), (4, Sec::InFirst)] {
        let node_of = |record: &[u8]| u32_at(record, end) as usize;
        let mut starts = vec![0u64; n + 1];
        for record in records.chunks_exact(EDGE_RECORD) {
            starts[node_of(record) + 1] += 1;
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut all = vec![0u8; e * 4];
        for (i, record) in records.chunks_exact(EDGE_RECORD).enumerate() {
            let at = &mut next[node_of(record)];
            let k = *at as usize * 4;
            all[k..k + 4].copy_from_slice(&(i as u32).to_le_bytes());
            *at += 1;
        }
        secs[first_sec as usize] = starts.iter().flat_map(|f| f.to_le_bytes()).collect();
        secs[first_sec as usize + 1] = all;
    }
    secs[Sec::Edges as usize] = records;

    let table_len = SECTIONS * 16;
    let mut table = Vec::with_capacity(table_len);
    let mut at = (HEADER + table_len) as u64;
    for s in &secs {
        table.extend_from_slice(&at.to_le_bytes());
        table.extend_from_slice(&(s.len() as u64).to_le_bytes());
        at += s.len() as u64;
    }
    let mut hash = Sha256::new();
    hash.update(&table);
    for s in &secs {
        hash.update(s);
    }
    let mut header = Vec::with_capacity(HEADER);
    header.extend_from_slice(MAGIC);
    header.extend_from_slice(&CACHE_VERSION.to_le_bytes());
    header.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    header.extend_from_slice(&stamp.len.to_le_bytes());
    header.extend_from_slice(&stamp.sample);
    for count in [n, e, aliases.len(), relations.len(), types.len()] {
        header.extend_from_slice(&(count as u64).to_le_bytes());
    }
    header.extend_from_slice(&hash.finalize());
    debug_assert_eq!(header.len(), HEADER);
    w.write_all(&header)?;
    w.write_all(&table)?;
    for s in &secs {
        w.write_all(s)?;
    }
    Ok(())
}

/// The little-endian `u32` at `at` in a record.
fn u32_at(record: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(record[at..at + 4].try_into().expect("four bytes"))
}

/// Append a string list: offsets (one more than strings) and the bytes.
fn string_list(secs: &mut [Vec<u8>], offsets: Sec, strings: &[&str]) {
    let mut at = 0u64;
    let mut offs = Vec::with_capacity((strings.len() + 1) * 8);
    let mut bytes = Vec::new();
    for s in strings {
        offs.extend_from_slice(&at.to_le_bytes());
        bytes.extend_from_slice(s.as_bytes());
        at += s.len() as u64;
    }
    offs.extend_from_slice(&at.to_le_bytes());
    secs[offsets as usize] = offs;
    secs[offsets as usize + 1] = bytes;
}

/// Add `graph.json` (at `path`) and, with `cache`, its query cache to a set
/// of files written together, so that they appear, or are replaced, as one.
///
/// Making the cache holds about [`INDEX_BYTES_PER_EDGE`] per edge; a spilled
/// build's edges are read back from disk once more for it.
pub fn write_graph(files: &mut AtomicFiles, path: &Path, kg: &KnowledgeGraph, cache: bool) -> Result<()> {
    if !cache {
        files.write(path, |w| JsonExporter.to_writer(kg, w))?;
        return Ok(());
    }
    let mut index = None;
    let mut written = files.write(path, |w| {
        index = Some(JsonExporter.to_writer_indexed(kg, w)?);
        Ok(())
    })?;
    if let Some(index) = index {
        let stamp = FileStamp::of_file(&mut written).map_err(|e| Error::io(path, e))?;
        files.write(&cache_path(path), |w| write_cache(kg, &index, stamp, w))?;
    }
    Ok(())
}

/// What making a cache holds in memory per edge, at most: the byte range of
/// its object in graph.json (16), its record (40) and its places in the
/// outgoing and incoming lists (8). A build whose edges spilled past its
/// memory budget writes the cache only when this many bytes an edge fit in
/// the budget.
pub const INDEX_BYTES_PER_EDGE: usize = 64;

/// Whether the cache of a graph with `edges` edges can be made within
/// `budget` bytes (`None`: no budget).
pub fn index_fits(edges: usize, budget: Option<usize>) -> bool {
    budget.is_none_or(|b| edges.saturating_mul(INDEX_BYTES_PER_EDGE) <= b)
}

/// Write the cache of `graph` (read with [`KnowledgeGraph::load_indexed`])
/// beside it, atomically.
pub fn write_beside(graph: &Path, kg: &KnowledgeGraph, index: &JsonIndex, stamp: FileStamp) -> Result<PathBuf> {
    let path = cache_path(graph);
    let mut files = AtomicFiles::default();
    files.write(&path, |w| write_cache(kg, index, stamp, w))?;
    files.commit()?;
    Ok(path)
}

/// An open cache, and the `graph.json` it indexes.
pub struct GraphCache {
    path: PathBuf,
    graph_path: PathBuf,
    bytes: Vec<u8>,
    sections: Vec<Range<usize>>,
    json: std::sync::Mutex<std::fs::File>,
    json_len: u64,
    nodes: usize,
    edges: usize,
    aliases: usize,
    relations: usize,
    types: usize,
}

impl GraphCache {
    /// Open the cache of `graph`. [`Error::NotFound`] when there is none,
    /// [`Error::StaleCache`] when it was made from another `graph.json` (or
    /// by another cache version), [`Error::BadCache`] when it is damaged.
    pub fn open(graph: &Path) -> Result<GraphCache> {
        let path = cache_path(graph);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let mut json = std::fs::File::open(graph).map_err(|e| Error::io(graph, e))?;
        let stamp = FileStamp::of_file(&mut json).map_err(|e| Error::io(graph, e))?;
        let stale = |reason: &str| Error::StaleCache {
            path: path.clone(),
            reason: reason.to_string(),
        };
        let bad = |message: &str| Error::BadCache {
            path: path.clone(),
            message: message.to_string(),
        };
        if bytes.len() < HEADER || &bytes[..8] != MAGIC {
            return Err(bad("not a zonegraph query cache"));
        }
        let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
        let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
        if u32_at(8) != CACHE_VERSION {
            return Err(stale("made by another version of zonegraph"));
        }
        if u32_at(12) != FORMAT_VERSION {
            return Err(stale("made for another graph format version"));
        }
        let cached = FileStamp {
            len: u64_at(16),
            sample: bytes[24..56].try_into().expect("32 bytes"),
        };
        if cached != stamp {
            return Err(stale(&format!(
                "{} changed since the cache was made",
                graph.file_name().unwrap_or_default().to_string_lossy()
            )));
        }
        let count = |i: usize| usize::try_from(u64_at(56 + 8 * i)).unwrap_or(usize::MAX);
        let (nodes, edges, aliases, relations, types) = (count(0), count(1), count(2), count(3), count(4));
        let table_end = HEADER + SECTIONS * 16;
        if bytes.len() < table_end {
            return Err(bad("truncated"));
        }
        let digest = Sha256::digest(&bytes[HEADER..]);
        if digest.as_slice() != &bytes[HEADER - 32..HEADER] {
            return Err(bad("checksum mismatch"));
        }
        let mut sections = Vec::with_capacity(SECTIONS);
        for i in 0..SECTIONS {
            let start = u64_at(HEADER + 16 * i);
            let len = u64_at(HEADER + 16 * i + 8);
            let end = start.checked_add(len).ok_or_else(|| bad("bad section table"))?;
            if start < table_end as u64 || end > bytes.len() as u64 {
                return Err(bad("bad section table"));
            }
            sections.push(start as usize..end as usize);
        }
        let cache = GraphCache {
            path: path.clone(),
            graph_path: graph.to_path_buf(),
            bytes,
            sections,
            json: std::sync::Mutex::new(json),
            json_len: stamp.len,
            nodes,
            edges,
            aliases,
            relations,
            types,
        };
        cache.check_sizes()?;
        Ok(cache)
    }

    /// Every fixed-size section must hold exactly its count of records.
    fn check_sizes(&self) -> Result<()> {
        let (n, e, a) = (self.nodes as u128, self.edges as u128, self.aliases as u128);
        let (r, t) = (self.relations as u128, self.types as u128);
        let want: [(Sec, u128); 17] = [
            (Sec::Meta, 16),
            (Sec::NodeJson, 16 * n),
            (Sec::IdOffsets, 8 * (n + 1)),
            (Sec::LabelOffsets, 8 * (n + 1)),
            (Sec::NodeType, 4 * n),
            (Sec::TypeOffsets, 8 * (t + 1)),
            (Sec::AliasFirst, 8 * (n + 1)),
            (Sec::AliasOffsets, 8 * (a + 1)),
            (Sec::ById, 4 * n),
            (Sec::ByLabel, 4 * n),
            (Sec::ByAlias, 4 * a),
            (Sec::RelationOffsets, 8 * (r + 1)),
            (Sec::Edges, EDGE_RECORD as u128 * e),
            (Sec::OutFirst, 8 * (n + 1)),
            (Sec::Out, 4 * e),
            (Sec::InFirst, 8 * (n + 1)),
            (Sec::In, 4 * e),
        ];
        for (sec, len) in want {
            if self.sections[sec as usize].len() as u128 != len {
                return Err(self.bad(&format!("section {sec:?} has the wrong size")));
            }
        }
        if n > u32::MAX as u128 || e > u32::MAX as u128 || a > u32::MAX as u128 {
            return Err(self.bad("too many records"));
        }
        Ok(())
    }

    fn bad(&self, message: &str) -> Error {
        Error::BadCache {
            path: self.path.clone(),
            message: message.to_string(),
        }
    }

    /// The cache file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn node_count(&self) -> usize {
        self.nodes
    }

    pub fn edge_count(&self) -> usize {
        self.edges
    }

    fn section(&self, sec: Sec) -> &[u8] {
        let r = &self.sections[sec as usize];
        self.bytes.get(r.clone()).unwrap_or_default()
    }

    fn u32_in(&self, sec: Sec, i: usize) -> Result<u32> {
        let at = i.checked_mul(4).ok_or_else(|| self.bad("index out of range"))?;
        self.section(sec)
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")))
            .ok_or_else(|| self.bad(&format!("{sec:?}: index out of range")))
    }

    fn u64_in(&self, sec: Sec, i: usize) -> Result<u64> {
        let at = i.checked_mul(8).ok_or_else(|| self.bad("index out of range"))?;
        self.section(sec)
            .get(at..at + 8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes")))
            .ok_or_else(|| self.bad(&format!("{sec:?}: index out of range")))
    }

    /// Entries `[first[i], first[i + 1])` of a per-node table.
    fn span(&self, first: Sec, i: usize) -> Result<Range<usize>> {
        let (a, b) = (self.u64_in(first, i)?, self.u64_in(first, i + 1)?);
        if a > b {
            return Err(self.bad(&format!("{first:?}: offsets go backwards")));
        }
        Ok(a as usize..b as usize)
    }

    /// String `i` of a string list (its offsets section; the bytes follow).
    fn string(&self, offsets: Sec, i: usize) -> Result<&str> {
        let bytes_sec = match offsets {
            Sec::IdOffsets => Sec::IdBytes,
            Sec::LabelOffsets => Sec::LabelBytes,
            Sec::AliasOffsets => Sec::AliasBytes,
            Sec::RelationOffsets => Sec::RelationBytes,
            _ => Sec::TypeBytes,
        };
        let r = self.span(offsets, i)?;
        let bytes = self
            .section(bytes_sec)
            .get(r)
            .ok_or_else(|| self.bad(&format!("{offsets:?}: string out of range")))?;
        std::str::from_utf8(bytes).map_err(|_| self.bad(&format!("{offsets:?}: not UTF-8")))
    }

    fn id(&self, node: u32) -> Result<&str> {
        self.string(Sec::IdOffsets, node as usize)
    }

    fn label(&self, node: u32) -> Result<&str> {
        self.string(Sec::LabelOffsets, node as usize)
    }

    fn aliases(&self, node: u32) -> Result<Vec<&str>> {
        self.span(Sec::AliasFirst, node as usize)?
            .map(|a| self.string(Sec::AliasOffsets, a))
            .collect()
    }

    /// The type of a node.
    pub fn node_type(&self, node: u32) -> Result<&str> {
        let t = self.u32_in(Sec::NodeType, node as usize)?;
        self.string(Sec::TypeOffsets, t as usize)
    }

    fn relation(&self, r: u32) -> Result<&str> {
        self.string(Sec::RelationOffsets, r as usize)
    }

    /// Edge `i`: its ends, relation and weight.
    pub fn edge(&self, i: u32) -> Result<EdgeRecord> {
        let at = i as usize * EDGE_RECORD;
        let rec = self
            .section(Sec::Edges)
            .get(at..at + EDGE_RECORD)
            .ok_or_else(|| self.bad("edge out of range"))?;
        let u32_at = |o: usize| u32::from_le_bytes(rec[o..o + 4].try_into().expect("4 bytes"));
        let u64_at = |o: usize| u64::from_le_bytes(rec[o..o + 8].try_into().expect("8 bytes"));
        let edge = EdgeRecord {
            source: u32_at(0),
            target: u32_at(4),
            relation: u32_at(8),
            weight: f64::from_le_bytes(rec[16..24].try_into().expect("8 bytes")),
            json: (u64_at(24), u64_at(32)),
        };
        if edge.source as usize >= self.nodes || edge.target as usize >= self.nodes {
            return Err(self.bad("edge end out of range"));
        }
        if edge.relation as usize >= self.relations {
            return Err(self.bad("edge relation out of range"));
        }
        Ok(edge)
    }

    /// The edges of a node, outgoing then incoming, each with the node at
    /// its other end.
    fn incident(&self, node: u32) -> Result<Vec<(u32, u32)>> {
        let mut found = Vec::new();
        for (first, list, outgoing) in [(Sec::OutFirst, Sec::Out, true), (Sec::InFirst, Sec::In, false)] {
            for k in self.span(first, node as usize)? {
                let i = self.u32_in(list, k)?;
                let e = self.edge(i)?;
                let (near, far) = if outgoing {
                    (e.source, e.target)
                } else {
                    (e.target, e.source)
                };
                if near != node {
                    return Err(self.bad("adjacency lists an edge of another node"));
                }
                found.push((i, far));
            }
        }
        Ok(found)
    }

    fn keeps(&self, e: &EdgeRecord, filter: &EdgeFilter) -> Result<bool> {
        if e.weight < filter.min_weight {
            return Ok(false);
        }
        if filter.relations.is_empty() {
            return Ok(true);
        }
        let relation = self.relation(e.relation)?;
        Ok(filter.relations.iter().any(|r| r == relation))
    }

    /// First node (by number) whose entry in a sorted order equals `name`.
    fn lookup(&self, order: Sec, strings: Sec, count: usize, name: &str) -> Result<Option<u32>> {
        let (mut lo, mut hi) = (0usize, count);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let s = self.string(strings, self.u32_in(order, mid)? as usize)?;
            if s < name {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo < count {
            let i = self.u32_in(order, lo)?;
            if self.string(strings, i as usize)? == name {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// The node that owns alias number `a`.
    fn alias_owner(&self, a: u32) -> Result<u32> {
        let (mut lo, mut hi) = (0usize, self.nodes);
        // The last node whose first alias is at or before `a`, among those that have any.
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.u64_in(Sec::AliasFirst, mid + 1)? <= a as u64 {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo >= self.nodes || !self.span(Sec::AliasFirst, lo)?.contains(&(a as usize)) {
            return Err(self.bad("alias without a node"));
        }
        Ok(lo as u32)
    }

    /// Find the node a user means, as [`crate::query::resolve`] does on the
    /// loaded graph: id, then canonical name, then alias, then the same after
    /// normalisation; an unknown name lists the closest known names.
    pub fn resolve(&self, query: &str) -> Result<u32> {
        let found = self.find(query)?;
        if let Some(i) = found {
            // The node as graph.json has it must answer to the name.
            let node = self.node(i)?;
            let key = normalize_key(query);
            let mut names = std::iter::once(&node.label).chain(&node.aliases);
            if node.id != query && !names.clone().any(|n| n == query) && !names.any(|n| normalize_key(n) == key) {
                return Err(self.bad("the node found does not have the name"));
            }
            return Ok(i);
        }
        let mut names = Vec::with_capacity(self.nodes);
        for i in 0..self.nodes as u32 {
            names.push((self.label(i)?, self.aliases(i)?, self.id(i)?));
        }
        Err(Error::UnknownEntity {
            query: query.to_string(),
            suggestions: crate::query::suggestions_among(
                names.iter().map(|(l, a, id)| (*l, a.as_slice(), *id)),
                query,
                5,
            ),
        })
    }

    fn find(&self, query: &str) -> Result<Option<u32>> {
        if let Some(i) = self.lookup(Sec::ById, Sec::IdOffsets, self.nodes, query)? {
            return Ok(Some(i));
        }
        if let Some(i) = self.lookup(Sec::ByLabel, Sec::LabelOffsets, self.nodes, query)? {
            return Ok(Some(i));
        }
        if let Some(a) = self.lookup(Sec::ByAlias, Sec::AliasOffsets, self.aliases, query)? {
            return self.alias_owner(a).map(Some);
        }
        let key = normalize_key(query);
        for i in 0..self.nodes as u32 {
            if normalize_key(self.label(i)?) == key {
                return Ok(Some(i));
            }
        }
        for i in 0..self.nodes as u32 {
            if self.aliases(i)?.iter().any(|a| normalize_key(a) == key) {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// Read `range` of graph.json.
    fn json(&self, range: (u64, u64)) -> Result<Vec<u8>> {
        Ok(self.json_many(&[range])?.0.pop().unwrap_or_default())
    }

    /// Read byte ranges of graph.json (in increasing order), ranges close to
    /// one another in one read: the edges of a node sit together in the file.
    /// Returns the buffers read and, per range, (buffer, start, end) in it.
    #[allow(clippy::type_complexity)]
    fn json_many(&self, ranges: &[(u64, u64)]) -> Result<(Vec<Vec<u8>>, Vec<(usize, usize, usize)>)> {
        const GAP: u64 = 4096;
        let mut bufs = Vec::new();
        let mut out = Vec::with_capacity(ranges.len());
        let mut file = self.json.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut k = 0;
        while k < ranges.len() {
            let first = ranges[k];
            let mut last = k;
            while last + 1 < ranges.len()
                && ranges[last + 1].0 >= ranges[last].1
                && ranges[last + 1].0 - ranges[last].1 <= GAP
            {
                last += 1;
            }
            let (start, end) = (first.0, ranges[last].1);
            for &(s, e) in &ranges[k..=last] {
                if s > e || e > self.json_len {
                    return Err(self.bad("byte range outside the graph"));
                }
            }
            let mut buf = vec![0; (end - start) as usize];
            file.seek(SeekFrom::Start(start))
                .and_then(|_| file.read_exact(&mut buf))
                .map_err(|e| match e.kind() {
                    std::io::ErrorKind::UnexpectedEof => self.bad("byte range past the end of the graph"),
                    _ => Error::io(&self.graph_path, e),
                })?;
            for &(s, e) in &ranges[k..=last] {
                out.push((bufs.len(), (s - start) as usize, (e - start) as usize));
            }
            bufs.push(buf);
            k = last + 1;
        }
        Ok((bufs, out))
    }

    fn parse<T: serde::de::DeserializeOwned>(&self, bytes: &[u8], at: u64, what: &str) -> Result<T> {
        serde_json::from_slice(bytes)
            .map_err(|e| self.bad(&format!("{what} at byte {at} of the graph does not parse: {e}")))
    }

    fn node_range(&self, i: u32) -> Result<(u64, u64)> {
        Ok((
            self.u64_in(Sec::NodeJson, 2 * i as usize)?,
            self.u64_in(Sec::NodeJson, 2 * i as usize + 1)?,
        ))
    }

    /// Nodes (in increasing order), read from graph.json and checked
    /// against the cache.
    fn nodes_of(&self, ids: &[u32]) -> Result<Vec<Node>> {
        let ranges: Vec<(u64, u64)> = ids.iter().map(|&i| self.node_range(i)).collect::<Result<_>>()?;
        let (bufs, parts) = self.json_many(&ranges)?;
        ids.par_iter()
            .zip(&ranges)
            .zip(&parts)
            .map(|((&i, range), &(b, s, e))| {
                let node: Node = self.parse(&bufs[b][s..e], range.0, "node")?;
                if node.id != self.id(i)? || node.label != self.label(i)? || node.etype != self.node_type(i)? {
                    return Err(self.bad("a node in the graph is not the one the cache names"));
                }
                Ok(node)
            })
            .collect()
    }

    fn node(&self, i: u32) -> Result<Node> {
        self.nodes_of(&[i])?.pop().ok_or_else(|| self.bad("node not read"))
    }

    /// Edges (in increasing order), read from graph.json and checked against
    /// the cache.
    fn edges_of(&self, ids: &[u32], evidence: bool) -> Result<Vec<Edge>> {
        let recs: Vec<EdgeRecord> = ids.iter().map(|&i| self.edge(i)).collect::<Result<_>>()?;
        let ranges: Vec<(u64, u64)> = recs.iter().map(|r| r.json).collect();
        let (bufs, parts) = self.json_many(&ranges)?;
        recs.par_iter()
            .zip(&parts)
            .map(|(rec, &(b, s, e))| {
                let text = &bufs[b][s..e];
                let link: LinkEdge = if evidence {
                    self.parse(text, rec.json.0, "edge")?
                } else {
                    self.parse::<BareLinkEdge>(text, rec.json.0, "edge")?.into()
                };
                let same = link.source == self.id(rec.source)?
                    && link.target == self.id(rec.target)?
                    && link.edge.relation == self.relation(rec.relation)?
                    && link.edge.weight.to_bits() == rec.weight.to_bits();
                if !same {
                    return Err(self.bad("an edge in the graph is not the one the cache names"));
                }
                Ok(link.edge)
            })
            .collect()
    }

    /// The run metadata of the graph.
    pub fn meta(&self) -> Result<Meta> {
        let range = (self.u64_in(Sec::Meta, 0)?, self.u64_in(Sec::Meta, 1)?);
        self.parse(&self.json(range)?, range.0, "graph data")
    }

    /// The part of the graph within `reach.depth` hops of `start` (edges
    /// taken either way, through the edges `reach.filter` keeps), as a graph
    /// of its own: those nodes and the kept edges between them, in the full
    /// graph's order and with its metadata, and where `start` is in it.
    pub fn neighbourhood(&self, start: u32, reach: &Reach) -> Result<(KnowledgeGraph, NodeIndex)> {
        let (depth, filter, outer) = (reach.depth, &reach.filter, reach.outer);
        if start as usize >= self.nodes {
            return Err(self.bad("node out of range"));
        }
        let mut hops: BTreeMap<u32, usize> = BTreeMap::from([(start, 0)]);
        let mut edges: BTreeSet<u32> = BTreeSet::new();
        let mut ring = vec![start];
        for d in 0..=depth {
            if d == depth && !outer {
                break;
            }
            let mut next = Vec::new();
            for &node in &ring {
                for (i, other) in self.incident(node)? {
                    if !self.keeps(&self.edge(i)?, filter)? {
                        continue;
                    }
                    if d < depth {
                        edges.insert(i);
                        if let std::collections::btree_map::Entry::Vacant(v) = hops.entry(other) {
                            v.insert(d + 1);
                            next.push(other);
                        }
                    } else if outer && hops.contains_key(&other) {
                        edges.insert(i);
                    }
                }
            }
            ring = next;
        }
        let mut kg = KnowledgeGraph::default();
        kg.meta = self.meta()?;
        let node_ids: Vec<u32> = hops.keys().copied().collect();
        let mut map = BTreeMap::new();
        for (&i, node) in node_ids.iter().zip(self.nodes_of(&node_ids)?) {
            map.insert(i, kg.add_node(node));
        }
        let edge_ids: Vec<u32> = edges.into_iter().collect();
        for (&i, edge) in edge_ids.iter().zip(self.edges_of(&edge_ids, reach.evidence)?) {
            let rec = self.edge(i)?;
            kg.graph.add_edge(map[&rec.source], map[&rec.target], edge);
        }
        Ok((kg, map[&start]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::neighbors::{NeighborQuery, neighbors};
    use crate::query::select::{Selection, ego};

    /// A small graph with aliases, types, parallel edges and a self-loop,
    /// written to graph.json with its cache.
    fn fixture() -> (tempfile::TempDir, PathBuf, KnowledgeGraph) {
        let mut kg = crate::export::tiny_graph();
        let mut add = |id: &str, etype: &str, label: &str, aliases: &[&str]| {
            let mut n = crate::query::tests::node(id, etype);
            n.label = label.into();
            n.aliases = aliases.iter().map(|a| a.to_string()).collect();
            kg.add_node(n)
        };
        let c = add("cluster:biomed", "cluster", "生物医药", &["生物医药产业", "云帆"]);
        let d = add("company:beichen", "company", "北辰新材", &["ＢＣ新材"]);
        let e = add("zone:far", "zone", "远方园区", &[]);
        let a = kg.node_index("company:yunfan").unwrap();
        let b = kg.node_index("zone:linjiang").unwrap();
        use crate::query::tests::edge;
        kg.graph.add_edge(a, c, edge("member_of", 1.0));
        kg.graph.add_edge(d, c, edge("member_of", 2.0));
        kg.graph.add_edge(d, b, edge("co_occurs", 3.0));
        kg.graph.add_edge(d, b, edge("located_in", 1.0));
        kg.graph.add_edge(c, e, edge("co_occurs", 1.0));
        kg.graph.add_edge(d, d, edge("co_occurs", 1.0));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        let mut files = crate::export::AtomicFiles::default();
        files.write(&path, |w| JsonExporter.to_writer(&kg, w)).unwrap();
        files.commit().unwrap();
        let (loaded, index, stamp) = KnowledgeGraph::load_indexed(&path).unwrap();
        write_beside(&path, &loaded, &index, stamp).unwrap();
        (dir, path, loaded)
    }

    fn answer(kg: &KnowledgeGraph, start: NodeIndex, q: &NeighborQuery) -> String {
        serde_json::to_string(&neighbors(kg, start, q)).unwrap()
    }

    #[test]
    fn cached_answers_are_the_full_answers() {
        let (_dir, path, kg) = fixture();
        let cache = GraphCache::open(&path).unwrap();
        assert_eq!((cache.node_count(), cache.edge_count()), (5, 7));
        let queries = [
            "company:beichen",
            "北辰新材",
            "生物医药产业",
            "云帆",
            "bc新材",
            "云帆\"重工\"",
            "临江开发区",
        ];
        for name in queries {
            let want = crate::query::resolve(&kg, name).unwrap();
            let got = cache.resolve(name).unwrap();
            assert_eq!(got as usize, want.index(), "{name}");
            for depth in 1..=3 {
                for (relations, min_weight) in [(vec![], 0.0), (vec!["member_of".to_string()], 0.0), (vec![], 2.0)] {
                    let q = NeighborQuery {
                        depth,
                        types: vec![],
                        relations: relations.clone(),
                        min_weight,
                    };
                    let filter = EdgeFilter {
                        relations: relations.clone(),
                        min_weight,
                    };
                    let reach = Reach {
                        depth,
                        filter: filter.clone(),
                        outer: false,
                        evidence: true,
                    };
                    let (part, start) = cache.neighbourhood(got, &reach).unwrap();
                    assert_eq!(answer(&part, start, &q), answer(&kg, want, &q), "{name} {depth}");
                    // Without evidence: the same answer, less the evidence.
                    let bare = Reach {
                        evidence: false,
                        ..reach.clone()
                    };
                    let (part, start) = cache.neighbourhood(got, &bare).unwrap();
                    let mut full = neighbors(&kg, want, &q);
                    for hop in full.iter_mut().flat_map(|n| n.via.iter_mut()) {
                        hop.evidence.clear();
                    }
                    assert_eq!(answer(&part, start, &q), serde_json::to_string(&full).unwrap());
                    let sel = Selection {
                        relations,
                        min_weight: Some(min_weight),
                        ..Selection::default()
                    };
                    let reach = Reach { outer: true, ..reach };
                    let (part, start) = cache.neighbourhood(got, &reach).unwrap();
                    assert_eq!(
                        ego(&part, start, depth, &sel).to_node_link(),
                        ego(&kg, want, depth, &sel).to_node_link(),
                        "{name} {depth}"
                    );
                }
            }
        }
        let unknown = |r: Result<_>| match r {
            Err(Error::UnknownEntity { suggestions, .. }) => suggestions,
            other => panic!("{:?}", other.map(|_: NodeIndex| ())),
        };
        let full = unknown(crate::query::resolve(&kg, "北辰"));
        let cached = unknown(cache.resolve("北辰").map(|i| NodeIndex::new(i as usize)));
        assert_eq!(cached, full);
        assert!(!cached.is_empty());
    }

    #[test]
    fn a_changed_graph_makes_the_cache_stale() {
        let (_dir, path, _) = fixture();
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push('\n');
        std::fs::write(&path, text).unwrap();
        assert!(matches!(GraphCache::open(&path), Err(Error::StaleCache { .. })));
        // The same length, one name changed.
        let (_dir2, path2, _) = fixture();
        let text = std::fs::read_to_string(&path2).unwrap().replace("远方园区", "近处园区");
        std::fs::write(&path2, text).unwrap();
        assert!(matches!(GraphCache::open(&path2), Err(Error::StaleCache { .. })));
        // The same bytes with a new modification time (a copy): still fresh.
        let (_dir3, path3, _) = fixture();
        let f = std::fs::File::options().write(true).open(&path3).unwrap();
        f.set_modified(std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1))
            .unwrap();
        assert!(GraphCache::open(&path3).is_ok());
    }

    #[test]
    fn a_damaged_cache_is_refused_without_panicking() {
        let (_dir, path, _) = fixture();
        let cache = cache_path(&path);
        let good = std::fs::read(&cache).unwrap();
        let mut cases: Vec<Vec<u8>> = vec![
            Vec::new(),
            b"ZGCACHE\0".to_vec(),
            good[..good.len() / 2].to_vec(),
            b"{\"not\": \"a cache\"}".to_vec(),
        ];
        for at in [
            9,
            20,
            HEADER - 1,
            HEADER + 3,
            HEADER + 40,
            good.len() / 2,
            good.len() - 1,
        ] {
            let mut flipped = good.clone();
            flipped[at] ^= 0x55;
            cases.push(flipped);
        }
        for (k, bytes) in cases.iter().enumerate() {
            std::fs::write(&cache, bytes).unwrap();
            match GraphCache::open(&path) {
                Err(Error::BadCache { .. } | Error::StaleCache { .. }) => {}
                Err(other) => panic!("case {k}: {other}"),
                Ok(_) => panic!("case {k}: a damaged cache was accepted"),
            }
        }
        std::fs::remove_file(&cache).unwrap();
        assert!(matches!(GraphCache::open(&path), Err(Error::NotFound(_))));
    }

    #[test]
    fn damage_behind_a_good_checksum_is_caught_on_reading() {
        // Sections rewritten with a recomputed checksum: every read is
        // checked, so the cache says it is bad rather than answer wrongly.
        let (_dir, path, _) = fixture();
        let cache = cache_path(&path);
        let good = std::fs::read(&cache).unwrap();
        let table = |bytes: &[u8], sec: Sec| {
            let at = HEADER + 16 * sec as usize;
            let u = |o: usize| u64::from_le_bytes(bytes[o..o + 8].try_into().unwrap()) as usize;
            u(at)..u(at) + u(at + 8)
        };
        let reseal = |bytes: &mut Vec<u8>| {
            let digest = Sha256::digest(&bytes[HEADER..]);
            bytes[HEADER - 32..HEADER].copy_from_slice(&digest);
        };
        for sec in [
            Sec::Edges,
            Sec::Out,
            Sec::In,
            Sec::NodeJson,
            Sec::OutFirst,
            Sec::IdBytes,
        ] {
            for fill in [0x00u8, 0xff, 0x07] {
                let mut bytes = good.clone();
                let r = table(&bytes, sec);
                for b in &mut bytes[r] {
                    *b = fill;
                }
                reseal(&mut bytes);
                std::fs::write(&cache, &bytes).unwrap();
                let Ok(c) = GraphCache::open(&path) else { continue };
                let outcome = c.resolve("company:beichen").and_then(|s| {
                    let reach = Reach {
                        depth: 2,
                        outer: true,
                        evidence: true,
                        ..Reach::default()
                    };
                    c.neighbourhood(s, &reach)
                });
                match outcome {
                    Err(Error::BadCache { .. } | Error::UnknownEntity { .. }) => {}
                    Err(other) => panic!("{sec:?} {fill}: {other}"),
                    Ok((part, _)) => {
                        // Whatever was read is what the graph holds.
                        let full = KnowledgeGraph::load(&path).unwrap();
                        for n in part.graph.node_weights() {
                            let i = full.node_index(&n.id).unwrap();
                            assert_eq!(&full.graph[i], n, "{sec:?} {fill}");
                        }
                    }
                }
            }
        }
    }
}
