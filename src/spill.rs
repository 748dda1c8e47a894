//! Spilling: how a build keeps its memory bounded when the graph outgrows it.
//!
//! The reduce stage folds every document's edges into one map, keyed in
//! output order. On a large corpus that map is most of the memory. Past a
//! budget, the reducer writes the map to a **run** (a temporary file of its
//! entries in key order) and starts an empty one. At the end the runs are
//! merged ([`Merged`]): entries with one key come out once, the earlier
//! run's first, folded with [`EdgeAcc::append`], which gives the edge the
//! one map would have held. The finished edges then go to an [`EdgeFile`]
//! that the exporters read back in order, a batch at a time, so no stage
//! holds every edge at once.
//!
//! Files are a plain binary encoding of our own (little-endian integers,
//! length-prefixed strings): they live for one run, in the output folder,
//! and are removed when it ends, whether it succeeds or fails. A killed
//! process leaves them, as hidden `.zonegraph-*.tmp` files; the next run
//! into the folder removes them ([`crate::export::OutLock`]).

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use petgraph::graph::NodeIndex;
use tempfile::TempPath;

use crate::error::{Error, Result};
use crate::graph::{Edge, EdgeBatches, EdgeEnds, RankedEdges};
use crate::relations::{EdgeAcc, Evidence, Seen, Years};

/// An edge's key while it is reduced: (head rank, tail rank, relation).
pub type Key = (u32, u32, String);

/// Where spilled files go, and how much the edge map may hold before it is
/// spilled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpillOptions {
    /// The folder for the temporary files (the output folder: it has room
    /// for the output, and `/tmp` may be memory).
    pub dir: PathBuf,
    /// Estimated bytes of edges held in memory before they are spilled.
    pub budget: usize,
}

/// A budget like `2G`, `500M`, `64K` or a number of bytes.
pub fn parse_size(s: &str) -> std::result::Result<usize, String> {
    let t = s.trim();
    let (digits, unit) = match t.find(|c: char| !c.is_ascii_digit() && c != '.') {
        Some(i) => t.split_at(i),
        None => (t, ""),
    };
    let scale: f64 = match unit
        .trim()
        .to_ascii_lowercase()
        .trim_end_matches("ib")
        .trim_end_matches('b')
    {
        "" => 1.0,
        "k" => 1024.0,
        "m" => 1024.0 * 1024.0,
        "g" => 1024.0 * 1024.0 * 1024.0,
        "t" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return Err(format!("{s:?} is not a size like 2G, 500M or 65536")),
    };
    match digits.parse::<f64>() {
        Ok(n) if n.is_finite() && n >= 0.0 => Ok((n * scale) as usize),
        _ => Err(format!("{s:?} is not a size like 2G, 500M or 65536")),
    }
}

/// A temporary file in `dir`, removed when its path is dropped.
fn temp_file(dir: &Path, what: &str) -> Result<(BufWriter<File>, TempPath)> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".zonegraph-{what}-"))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    let (file, path) = tmp.into_parts();
    Ok((BufWriter::with_capacity(1 << 20, file), path))
}

/// Write the map, in key order, to a run in `dir`; the map is emptied as it
/// is written, so its memory goes back as the run grows.
fn write_run(dir: &Path, edges: &mut RankedEdges) -> Result<TempPath> {
    let map = std::mem::take(edges);
    let mut entries = map.into_iter().map(Ok);
    write_entries(dir, &mut entries)
}

/// Runs merged into one at a time as they pile up: each open run costs a
/// file and a read buffer.
pub const FAN_IN: usize = 64;

/// The runs of a build, oldest first, each with its level: 0 for a spill,
/// one more for a merge of [`FAN_IN`] runs of one level. Levels only fall
/// from the oldest run to the newest, so the runs merged are always the
/// newest ones, in order, and an edge is rewritten about log₆₄ of the
/// number of spills times, not once per [`FAN_IN`] spills.
#[derive(Debug, Default)]
pub struct Runs {
    runs: Vec<TempPath>,
    levels: Vec<u32>,
    spills: usize,
}

impl Runs {
    /// Write the map as the newest run (emptying it), then merge runs that
    /// have piled up.
    pub fn spill(&mut self, dir: &Path, edges: &mut RankedEdges, max_evidence: usize, max_docs: usize) -> Result<()> {
        self.runs.push(write_run(dir, edges)?);
        self.levels.push(0);
        self.spills += 1;
        while let Some(level) = self.full_level() {
            let from = self.runs.len() - FAN_IN;
            let newest = self.runs.split_off(from);
            self.levels.truncate(from);
            let one = merge_runs(dir, &newest, max_evidence, max_docs)?;
            // Dropping the paths removes the files.
            drop(newest);
            self.runs.push(one);
            self.levels.push(level + 1);
        }
        Ok(())
    }

    /// The level of the newest [`FAN_IN`] runs, when they share one.
    fn full_level(&self) -> Option<u32> {
        let newest = self.levels.get(self.levels.len().checked_sub(FAN_IN)?..)?;
        newest.iter().all(|&l| l == newest[0]).then_some(newest[0])
    }

    /// The runs, oldest first.
    pub fn paths(&self) -> &[TempPath] {
        &self.runs
    }

    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// How many times the map was spilled.
    pub fn spills(&self) -> usize {
        self.spills
    }
}

/// Merge `runs` (oldest first) into one run that holds what they held.
fn merge_runs(dir: &Path, runs: &[TempPath], max_evidence: usize, max_docs: usize) -> Result<TempPath> {
    let mut merged = Merged::open(runs, max_evidence, max_docs)?;
    let mut entries = std::iter::from_fn(|| merged.next_edge().transpose());
    write_entries(dir, &mut entries)
}

/// A run of entries, given in key order.
fn write_entries(dir: &Path, entries: &mut dyn Iterator<Item = Result<(Key, EdgeAcc)>>) -> Result<TempPath> {
    let (mut w, path) = temp_file(dir, "run")?;
    for entry in entries {
        let (key, acc) = entry?;
        put_entry(&mut w, &key, &acc).map_err(|e| Error::io(&path, e))?;
    }
    w.flush().map_err(|e| Error::io(&path, e))?;
    Ok(path)
}

/// One run read back in key order.
struct RunReader {
    r: BufReader<File>,
    path: PathBuf,
}

impl RunReader {
    fn open(path: &Path) -> Result<RunReader> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        Ok(RunReader {
            r: BufReader::with_capacity(1 << 16, file),
            path: path.to_path_buf(),
        })
    }

    fn next(&mut self) -> Result<Option<(Key, EdgeAcc)>> {
        let r = &mut self.r;
        let read: std::io::Result<Option<(Key, EdgeAcc)>> = (|| {
            if r.fill_buf()?.is_empty() {
                return Ok(None);
            }
            get_entry(r).map(Some)
        })();
        read.map_err(|e| Error::io(&self.path, e))
    }
}

/// Runs merged into one stream in key order; one key's entries, from the
/// runs in the order they were written, folded into one edge.
pub struct Merged {
    runs: Vec<RunReader>,
    /// The next entry of each run, and the heap of their keys.
    heads: Vec<Option<EdgeAcc>>,
    heap: BinaryHeap<Reverse<(Key, usize)>>,
    max_evidence: usize,
    max_docs: usize,
}

impl Merged {
    /// Open the runs, in the order they were written. (They can be merged
    /// again: the files stay until their paths are dropped.)
    pub fn open(runs: &[TempPath], max_evidence: usize, max_docs: usize) -> Result<Merged> {
        let mut merged = Merged {
            runs: Vec::with_capacity(runs.len()),
            heads: Vec::with_capacity(runs.len()),
            heap: BinaryHeap::with_capacity(runs.len()),
            max_evidence,
            max_docs,
        };
        for (i, path) in runs.iter().enumerate() {
            let mut reader = RunReader::open(path)?;
            let first = reader.next()?;
            merged.runs.push(reader);
            match first {
                Some((key, acc)) => {
                    merged.heads.push(Some(acc));
                    merged.heap.push(Reverse((key, i)));
                }
                None => merged.heads.push(None),
            }
        }
        Ok(merged)
    }

    /// The next edge in key order, or `None` at the end.
    pub fn next_edge(&mut self) -> Result<Option<(Key, EdgeAcc)>> {
        let Some(Reverse((key, i))) = self.heap.pop() else {
            return Ok(None);
        };
        let mut acc = self.advance(i)?;
        // Ties pop in run order, which is input order.
        while let Some(Reverse((k, _))) = self.heap.peek()
            && *k == key
        {
            let Some(Reverse((_, j))) = self.heap.pop() else { break };
            let later = self.advance(j)?;
            acc.append(later, self.max_evidence, self.max_docs);
        }
        Ok(Some((key, acc)))
    }

    /// Take run `i`'s head and read its next entry.
    fn advance(&mut self, i: usize) -> Result<EdgeAcc> {
        let acc = self.heads[i].take().expect("a run on the heap has a head");
        if let Some((key, next)) = self.runs[i].next()? {
            self.heads[i] = Some(next);
            self.heap.push(Reverse((key, i)));
        }
        Ok(acc)
    }
}

/// The finished edges of a spilled build, in output order, on disk.
#[derive(Debug)]
pub struct EdgeFile {
    path: TempPath,
    count: usize,
    /// The node index of each entity rank (`u32::MAX`: not a node).
    node_of_rank: Vec<u32>,
    /// How many times the reducer spilled.
    spills: usize,
}

/// Writes an [`EdgeFile`].
pub struct EdgeFileWriter {
    w: BufWriter<File>,
    path: TempPath,
    count: usize,
}

impl EdgeFileWriter {
    pub fn create(dir: &Path) -> Result<EdgeFileWriter> {
        let (w, path) = temp_file(dir, "edges")?;
        Ok(EdgeFileWriter { w, path, count: 0 })
    }

    /// Add the next edge, finished (weighed), as a run entry: it becomes
    /// an [`Edge`] when it is read.
    pub fn push(&mut self, key: &Key, acc: &EdgeAcc) -> Result<()> {
        put_entry(&mut self.w, key, acc).map_err(|e| Error::io(&self.path, e))?;
        self.count += 1;
        Ok(())
    }

    /// Done: `node_of_rank` maps entity ranks to node indices; the build
    /// spilled `spills` times.
    pub fn finish(mut self, node_of_rank: Vec<u32>, spills: usize) -> Result<EdgeFile> {
        self.w.flush().map_err(|e| Error::io(&self.path, e))?;
        Ok(EdgeFile {
            path: self.path,
            count: self.count,
            node_of_rank,
            spills,
        })
    }
}

impl EdgeFile {
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// How many times the build spilled its edges.
    pub fn spills(&self) -> usize {
        self.spills
    }

    /// Read the edges in order, `batch` at a time, each with its ends. An
    /// error reading the file names it; `f`'s own errors pass unchanged.
    pub fn for_each_batch(&self, batch: usize, f: &mut EdgeBatches<'_>) -> std::io::Result<()> {
        let named = |e: std::io::Error| std::io::Error::new(e.kind(), format!("{}: {e}", self.path.display()));
        let mut r = BufReader::with_capacity(1 << 20, File::open(&self.path).map_err(named)?);
        let node = |rank: u32| -> std::io::Result<NodeIndex> {
            match self.node_of_rank.get(rank as usize) {
                Some(&n) if n != u32::MAX => Ok(NodeIndex::new(n as usize)),
                _ => Err(invalid("an edge's end is not a node")),
            }
        };
        let batch = batch.clamp(1, self.count.max(1));
        let mut owned: Vec<(NodeIndex, NodeIndex, Edge)> = Vec::with_capacity(batch);
        let mut left = self.count;
        while left > 0 {
            owned.clear();
            while owned.len() < batch && left > 0 {
                let ((head, tail, relation), acc) = get_entry(&mut r).map_err(named)?;
                owned.push((
                    node(head).map_err(named)?,
                    node(tail).map_err(named)?,
                    Edge::of_acc(relation, acc),
                ));
                left -= 1;
            }
            let refs: Vec<EdgeEnds> = owned.iter().map(|(h, t, e)| (*h, *t, e)).collect();
            f(&refs)?;
        }
        Ok(())
    }
}

// The encoding. Every read checks its length against what is left, so a
// damaged file gives an error, not a huge allocation.

fn invalid(message: &str) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        format!("damaged spill file: {message}"),
    )
}

fn put_u32(w: &mut impl Write, n: u32) -> std::io::Result<()> {
    w.write_all(&n.to_le_bytes())
}

fn put_u64(w: &mut impl Write, n: u64) -> std::io::Result<()> {
    w.write_all(&n.to_le_bytes())
}

fn put_f64(w: &mut impl Write, x: f64) -> std::io::Result<()> {
    put_u64(w, x.to_bits())
}

fn put_str(w: &mut impl Write, s: &str) -> std::io::Result<()> {
    put_u64(w, s.len() as u64)?;
    w.write_all(s.as_bytes())
}

fn put_opt_str(w: &mut impl Write, s: Option<&str>) -> std::io::Result<()> {
    match s {
        None => w.write_all(&[0]),
        Some(s) => {
            w.write_all(&[1])?;
            put_str(w, s)
        }
    }
}

fn put_docs(w: &mut impl Write, docs: &[Arc<str>]) -> std::io::Result<()> {
    put_u64(w, docs.len() as u64)?;
    docs.iter().try_for_each(|d| put_str(w, d))
}

fn put_evidence(w: &mut impl Write, evidence: &[Evidence]) -> std::io::Result<()> {
    put_u64(w, evidence.len() as u64)?;
    for e in evidence {
        put_str(w, &e.doc)?;
        put_u64(w, e.start as u64)?;
        put_u64(w, e.end as u64)?;
        put_str(w, &e.text)?;
    }
    Ok(())
}

fn put_years(w: &mut impl Write, years: &Years) -> std::io::Result<()> {
    put_u64(w, years.0.len() as u64)?;
    for (year, n) in &years.0 {
        w.write_all(year)?;
        put_u64(w, *n)?;
    }
    Ok(())
}

/// One entry of a run or edge file: the key, then the edge.
fn put_entry(w: &mut impl Write, (head, tail, relation): &Key, acc: &EdgeAcc) -> std::io::Result<()> {
    put_u32(w, *head)?;
    put_u32(w, *tail)?;
    put_str(w, relation)?;
    put_acc(w, acc)
}

fn get_entry(r: &mut impl Read) -> std::io::Result<(Key, EdgeAcc)> {
    let key = (get_u32(r)?, get_u32(r)?, get_string(r)?);
    Ok((key, get_acc(r)?))
}

fn put_acc(w: &mut impl Write, acc: &EdgeAcc) -> std::io::Result<()> {
    put_str(w, &acc.origin)?;
    put_f64(w, acc.confidence)?;
    put_u64(w, acc.count)?;
    put_docs(w, &acc.docs)?;
    put_u64(w, acc.doc_count)?;
    put_evidence(w, &acc.evidence)?;
    put_opt_str(w, acc.seen.first.as_deref())?;
    put_opt_str(w, acc.seen.last.as_deref())?;
    put_years(w, &acc.seen.years)?;
    match acc.weight {
        None => w.write_all(&[0])?,
        Some(x) => {
            w.write_all(&[1])?;
            put_f64(w, x)?;
        }
    }
    put_u64(w, acc.repost_count)
}

fn get_array<const N: usize>(r: &mut impl Read) -> std::io::Result<[u8; N]> {
    let mut b = [0; N];
    r.read_exact(&mut b)?;
    Ok(b)
}

fn get_u32(r: &mut impl Read) -> std::io::Result<u32> {
    Ok(u32::from_le_bytes(get_array(r)?))
}

fn get_u64(r: &mut impl Read) -> std::io::Result<u64> {
    Ok(u64::from_le_bytes(get_array(r)?))
}

fn get_f64(r: &mut impl Read) -> std::io::Result<f64> {
    Ok(f64::from_bits(get_u64(r)?))
}

fn get_flag(r: &mut impl Read) -> std::io::Result<bool> {
    match get_array::<1>(r)? {
        [0] => Ok(false),
        [1] => Ok(true),
        _ => Err(invalid("a flag is neither 0 nor 1")),
    }
}

/// A length no bigger than the file could hold.
fn get_len(r: &mut impl Read) -> std::io::Result<usize> {
    let n = get_u64(r)?;
    usize::try_from(n)
        .ok()
        .filter(|&n| n <= 1 << 40)
        .ok_or_else(|| invalid("a length is too large"))
}

fn get_string(r: &mut impl Read) -> std::io::Result<String> {
    let n = get_len(r)?;
    let mut bytes = Vec::new();
    r.take(n as u64).read_to_end(&mut bytes)?;
    if bytes.len() != n {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    String::from_utf8(bytes).map_err(|_| invalid("a string is not UTF-8"))
}

fn get_opt_string(r: &mut impl Read) -> std::io::Result<Option<String>> {
    Ok(match get_flag(r)? {
        false => None,
        true => Some(get_string(r)?),
    })
}

/// Room for `n` items, but no more than a reasonable list holds up front: a
/// damaged length must fail on reading, not on allocating.
fn list<T>(n: usize) -> Vec<T> {
    Vec::with_capacity(n.min(1024))
}

fn get_docs(r: &mut impl Read) -> std::io::Result<Vec<Arc<str>>> {
    let n = get_len(r)?;
    let mut docs = list(n);
    for _ in 0..n {
        docs.push(get_string(r)?.into());
    }
    Ok(docs)
}

fn get_evidence(r: &mut impl Read) -> std::io::Result<Vec<Evidence>> {
    let n = get_len(r)?;
    let mut evidence = list(n);
    for _ in 0..n {
        let doc = get_string(r)?.into();
        let (start, end) = (get_u64(r)? as usize, get_u64(r)? as usize);
        evidence.push(Evidence {
            doc,
            start,
            end,
            text: get_string(r)?.into(),
        });
    }
    Ok(evidence)
}

fn get_years(r: &mut impl Read) -> std::io::Result<Years> {
    let n = get_len(r)?;
    let mut years = list(n);
    for _ in 0..n {
        let year: [u8; 4] = get_array(r)?;
        if std::str::from_utf8(&year).is_err() {
            return Err(invalid("a year is not text"));
        }
        years.push((year, get_u64(r)?));
    }
    Ok(Years(years))
}

fn get_acc(r: &mut impl Read) -> std::io::Result<EdgeAcc> {
    Ok(EdgeAcc {
        origin: get_string(r)?,
        confidence: get_f64(r)?,
        count: get_u64(r)?,
        docs: get_docs(r)?,
        doc_count: get_u64(r)?,
        evidence: get_evidence(r)?,
        seen: Seen {
            first: get_opt_string(r)?,
            last: get_opt_string(r)?,
            years: get_years(r)?,
        },
        weight: match get_flag(r)? {
            false => None,
            true => Some(get_f64(r)?),
        },
        repost_count: get_u64(r)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_like_a_user_writes_them() {
        for (text, want) in [
            ("65536", Some(65536)),
            ("64K", Some(64 << 10)),
            ("500M", Some(500 << 20)),
            ("500MB", Some(500 << 20)),
            ("2G", Some(2 << 30)),
            ("2GiB", Some(2 << 30)),
            ("1.5g", Some(3 << 29)),
            ("0", Some(0)),
            ("lots", None),
            ("2X", None),
            ("", None),
            ("1.2.3M", None),
        ] {
            assert_eq!(parse_size(text).ok(), want, "{text:?}");
        }
    }

    /// An edge with every field set, different for each `n`.
    fn acc(n: u64) -> EdgeAcc {
        let mut acc = EdgeAcc {
            origin: format!("rule-{n}"),
            confidence: 0.5 + n as f64 / 100.0,
            count: n,
            doc_count: n + 1,
            weight: n.is_multiple_of(2).then_some(n as f64 * 0.25),
            repost_count: n % 3,
            ..EdgeAcc::default()
        };
        acc.docs = (0..n % 4).map(|i| Arc::from(format!("doc-{n}-{i}"))).collect();
        acc.evidence = (0..n % 3)
            .map(|i| Evidence {
                doc: format!("doc-{n}").into(),
                start: i as usize,
                end: 100 + i as usize,
                text: format!("句子{n}，临江开发区{i}。").into(),
            })
            .collect();
        acc.seen.see(Some(&format!("202{}-01-0{}", n % 5, 1 + n % 8)));
        acc.seen.count(Some(&format!("202{}-06-01", n % 5)), n);
        acc
    }

    fn entries(items: &[(u32, u32, &str, u64)]) -> RankedEdges {
        items
            .iter()
            .map(|&(h, t, rel, n)| ((h, t, rel.to_string()), acc(n)))
            .collect()
    }

    fn read_all(runs: &[TempPath]) -> Vec<String> {
        let mut merged = Merged::open(runs, 3, 2).expect("runs open");
        let mut out = Vec::new();
        while let Some(entry) = merged.next_edge().expect("runs read") {
            out.push(format!("{entry:?}"));
        }
        out
    }

    /// Runs read back merged give what one map folded with `append` holds,
    /// in key order; compacting them first changes nothing.
    #[test]
    fn merged_runs_equal_one_map() {
        let dir = tempfile::tempdir().expect("temp dir");
        let spans = [
            entries(&[(0, 1, "co_occurs", 1), (0, 1, "owns", 2), (2, 0, "co_occurs", 3)]),
            entries(&[]),
            entries(&[(0, 1, "co_occurs", 4), (1, 2, "co_occurs", 5)]),
            entries(&[(0, 1, "co_occurs", 6), (2, 0, "co_occurs", 7), (9, 9, "x", 8)]),
        ];
        let mut want = RankedEdges::new();
        for span in spans.clone() {
            for (key, acc) in span {
                match want.get_mut(&key) {
                    Some(old) => old.append(acc, 3, 2),
                    None => {
                        want.insert(key, acc);
                    }
                }
            }
        }
        let want: Vec<String> = want.into_iter().map(|e| format!("{e:?}")).collect();
        let runs: Vec<TempPath> = spans
            .into_iter()
            .map(|mut span| write_run(dir.path(), &mut span).expect("run written"))
            .collect();
        assert_eq!(read_all(&runs), want);
        let one = [merge_runs(dir.path(), &runs, 3, 2).expect("merged")];
        assert_eq!(read_all(&one), want);
        drop(runs);
        // The merged runs' files go with their paths, the new one with its own.
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
        drop(one);
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
    }

    /// Spills pile up in levels: 130 spills leave two runs that each merged
    /// 64, and two fresh ones; what they hold is what one map would.
    #[test]
    fn runs_merge_in_levels_as_they_pile_up() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut runs = Runs::default();
        let mut want = RankedEdges::new();
        for i in 0..130u32 {
            let mut span = entries(&[(i % 7, 7, "co_occurs", u64::from(i % 5)), (i, 8, "owns", 1)]);
            for (key, acc) in span.clone() {
                match want.get_mut(&key) {
                    Some(old) => old.append(acc, 3, 2),
                    None => {
                        want.insert(key, acc);
                    }
                }
            }
            runs.spill(dir.path(), &mut span, 3, 2).expect("spilled");
            assert!(span.is_empty());
        }
        assert_eq!((runs.spills(), runs.levels.clone()), (130, vec![1, 1, 0, 0]));
        let want: Vec<String> = want.into_iter().map(|e| format!("{e:?}")).collect();
        assert_eq!(read_all(runs.paths()), want);
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 4);
    }

    #[test]
    fn a_damaged_run_is_an_error_that_names_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut map = entries(&[(0, 1, "co_occurs", 5), (1, 2, "co_occurs", 6)]);
        let run = write_run(dir.path(), &mut map).expect("run written");
        let len = std::fs::metadata(&run).expect("run").len();
        for cut in [len - 1, len / 2, 9] {
            let bytes = std::fs::read(&run).expect("run");
            let damaged = dir.path().join(format!("cut-{cut}"));
            std::fs::write(&damaged, &bytes[..cut as usize]).expect("written");
            let runs = [TempPath::try_from_path(&damaged).expect("a path")];
            let result = Merged::open(&runs, 5, 5).and_then(|mut m| while_some(&mut m));
            let err = result.expect_err("a cut run does not read");
            assert!(err.to_string().contains(&format!("cut-{cut}")), "{err}");
        }
    }

    fn while_some(merged: &mut Merged) -> Result<()> {
        while merged.next_edge()?.is_some() {}
        Ok(())
    }

    /// Edges come back in order, in batches of any size, with their ends
    /// mapped from ranks to node indices.
    #[test]
    fn an_edge_file_reads_back_in_batches() {
        let dir = tempfile::tempdir().expect("temp dir");
        let edges: Vec<(Key, EdgeAcc)> = (0..7)
            .map(|n| ((n % 3, (n + 1) % 3, format!("rel{n}")), acc(u64::from(n))))
            .collect();
        let mut w = EdgeFileWriter::create(dir.path()).expect("created");
        for (key, acc) in &edges {
            w.push(key, acc).expect("pushed");
        }
        // Ranks 0, 1, 2 are nodes 2, 0, 1.
        let file = w.finish(vec![2, 0, 1], 3).expect("finished");
        assert_eq!((file.len(), file.spills()), (7, 3));
        let want: Vec<(usize, usize, Edge)> = edges
            .into_iter()
            .map(|((h, t, rel), acc)| ([2, 0, 1][h as usize], [2, 0, 1][t as usize], Edge::of_acc(rel, acc)))
            .collect();
        for batch in [1, 3, 7, 100] {
            let mut got = Vec::new();
            let mut sizes = Vec::new();
            file.for_each_batch(batch, &mut |b| {
                sizes.push(b.len());
                got.extend(b.iter().map(|(h, t, e)| (h.index(), t.index(), (*e).clone())));
                Ok(())
            })
            .expect("read back");
            assert_eq!(got, want, "batch {batch}");
            assert!(sizes.iter().all(|&n| n <= batch), "batch {batch}: {sizes:?}");
        }
    }
}
