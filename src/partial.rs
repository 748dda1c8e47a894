//! Partial graphs: the map stage's output kept in a file, so that shards of a
//! corpus can be analysed apart (`zonegraph extract`, one process or machine
//! per shard) and reduced into one graph (`zonegraph merge`), and so that
//! `build --update` reads only the files that are new or changed.
//!
//! A partial is JSON Lines, one object per line, so that text-only engines
//! (Hadoop streaming, Spark's `RDD.pipe`) can carry it:
//!
//! 1. a header: format version, the dictionaries' hashes, the analysis
//!    options, the inputs, walk problems, and which shards it holds;
//! 2. for each source (file), in the corpus walk's order (path order): a
//!    `{"source": …}` line, then one `{"doc": …}` line per document with
//!    its whole analysis.
//!
//! Everything on a source's lines comes from that file alone. The order
//! dependent part of a build (the first of two documents with one id wins,
//! a repost is a copy of an earlier document, evidence is capped at the first
//! sentences) happens only when items are reduced, in path order. So partials
//! with disjoint sources merge into the partial of their union whatever the
//! grouping or order (associative and commutative), and reducing it gives
//! the same bytes as a single build over the same files.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::corpus::Source;
use crate::dedup::Dedup;
use crate::dict::DictFile;
use crate::error::{Error, Location, Problem, Result};
use crate::pipeline::{BuildOptions, Item, Made};

/// Version of the partial format; another version is refused.
pub const FORMAT: u32 = 2;

/// The file name `build --update` keeps beside graph.json.
pub const UPDATE_FILE: &str = "graph.zgp";

/// One shard of a corpus: the K-th (1-based) of N.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Shard {
    pub k: u32,
    pub n: u32,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Shard, String> {
        let bad = || format!("shard {s:?} is not K/N with 1 ≤ K ≤ N (e.g. 2/8)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n): (u32, u32) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if k == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.k, self.n)
    }
}

impl Shard {
    /// The whole corpus.
    pub const ALL: Shard = Shard { k: 1, n: 1 };

    /// The sources of this shard: a contiguous run in walk order, cut so that
    /// shards hold about the same number of bytes. Every machine that walks
    /// the same files cuts them the same way.
    pub fn select(self, sources: Vec<Source>) -> Vec<Source> {
        let sizes: Vec<u64> = sources
            .iter()
            .map(|s| std::fs::metadata(&s.path).map_or(0, |m| m.len()).max(1))
            .collect();
        let total: u64 = sizes.iter().sum();
        let (k, n) = (u128::from(self.k), u128::from(self.n));
        let mut before = 0u64;
        let mut out = Vec::new();
        for (source, size) in sources.into_iter().zip(sizes) {
            // A source belongs to the shard its first byte falls in.
            let shard = u128::from(before) * n / u128::from(total.max(1)) + 1;
            if shard == k {
                out.push(source);
            }
            before += size;
        }
        out
    }
}

/// The analysis options, which every partial to be merged must share: they
/// decide what the items hold. (Weights, pruning and communities come after
/// the reduce and are chosen when merging.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalysisOptions {
    pub max_evidence: usize,
    pub max_docs: usize,
    pub max_facts: usize,
    pub rules: bool,
    pub figures: bool,
    /// The repost detector's parameters; `None`: reposts are not folded.
    pub fold_reposts: Option<String>,
    pub unit: String,
    pub dates: String,
    pub since: Option<String>,
    pub until: Option<String>,
    pub encoding: Option<String>,
    pub max_doc_bytes: Option<usize>,
}

impl AnalysisOptions {
    pub fn of(options: &BuildOptions) -> AnalysisOptions {
        AnalysisOptions {
            max_evidence: options.max_evidence,
            max_docs: options.max_docs,
            max_facts: options.max_facts,
            rules: options.rules,
            figures: options.figures,
            fold_reposts: options.dedup.as_ref().map(|d| format!("{d:?}")),
            unit: options.unit.to_string(),
            dates: options.dates.to_string(),
            since: options.since.clone(),
            until: options.until.clone(),
            encoding: options.read.encoding.map(|e| e.name().to_string()),
            max_doc_bytes: options.read.max_doc_bytes,
        }
    }

    /// Set what the reduce stage reads from these options.
    pub fn apply(&self, options: &mut BuildOptions) -> std::result::Result<(), String> {
        options.max_evidence = self.max_evidence;
        options.max_docs = self.max_docs;
        options.max_facts = self.max_facts;
        options.rules = self.rules;
        options.figures = self.figures;
        options.dedup = match &self.fold_reposts {
            None => None,
            Some(d) if *d == format!("{:?}", Dedup::default()) => Some(Dedup::default()),
            Some(d) => return Err(format!("repost detector {d} is not this version's")),
        };
        options.unit = self.unit.parse()?;
        options.since = self.since.clone();
        options.until = self.until.clone();
        Ok(())
    }
}

/// The first line of a partial.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// The format version; the key also marks the file as a partial.
    pub zonegraph_partial: u32,
    /// The zonegraph that analysed it.
    pub version: String,
    /// Entity dictionaries and rule files, as graph.json lists them.
    pub dictionaries: Vec<DictFile>,
    pub options: AnalysisOptions,
    /// The inputs walked, sorted.
    pub inputs: Vec<String>,
    /// Problems met walking the inputs (not tied to one source).
    pub walk_problems: Vec<Problem>,
    /// The shards it holds, sorted.
    pub shards: Vec<Shard>,
    /// SHA-256 of the walked file list (paths and sizes) the shards were cut
    /// from: shards cut from different lists may miss files.
    pub corpus: String,
}

impl Header {
    pub fn new(
        dictionaries: Vec<DictFile>,
        options: &BuildOptions,
        walk_problems: Vec<Problem>,
        shard: Shard,
    ) -> Header {
        Header {
            zonegraph_partial: FORMAT,
            version: env!("CARGO_PKG_VERSION").to_string(),
            dictionaries,
            options: AnalysisOptions::of(options),
            inputs: crate::pipeline::sorted_inputs(&options.inputs),
            walk_problems,
            shards: vec![shard],
            corpus: String::new(),
        }
    }

    /// Record the file list the shards are cut from.
    pub fn with_corpus(mut self, sources: &[Source]) -> Header {
        use sha2::Digest;
        let mut hash = sha2::Sha256::new();
        for s in sources {
            let size = std::fs::metadata(&s.path).map_or(0, |m| m.len());
            hash.update(s.path.as_os_str().as_encoded_bytes());
            hash.update([0]);
            hash.update(size.to_le_bytes());
        }
        self.corpus = crate::dict::hex(&hash.finalize());
        self
    }

    /// Why two partials cannot be merged, if they cannot.
    pub fn mismatch(&self, other: &Header) -> Option<String> {
        if self.version != other.version {
            Some(format!("made by zonegraph {} and {}", self.version, other.version))
        } else if !same_dictionaries(&self.dictionaries, &other.dictionaries) {
            Some("made with different dictionaries or rules".to_string())
        } else if self.options != other.options {
            Some(format!(
                "made with different options: {} and {}",
                serde_json::to_string(&self.options).unwrap_or_default(),
                serde_json::to_string(&other.options).unwrap_or_default()
            ))
        } else {
            None
        }
    }

    /// The header of the union: inputs, walk problems and shards joined,
    /// sorted and without repeats, so that the order of merging never shows.
    pub fn union(mut self, other: Header) -> Header {
        self.inputs.extend(other.inputs);
        self.inputs.sort();
        self.inputs.dedup();
        self.walk_problems.extend(other.walk_problems);
        self.walk_problems.sort();
        self.walk_problems.dedup();
        self.shards.extend(other.shards);
        self.shards.sort();
        self.shards.dedup();
        self
    }

    /// The shards missing for a whole corpus, as `K/N`.
    pub fn missing_shards(&self) -> Vec<String> {
        let mut missing = Vec::new();
        let mut ns: Vec<u32> = self.shards.iter().map(|s| s.n).collect();
        ns.dedup();
        for n in ns {
            for k in 1..=n {
                if !self.shards.contains(&Shard { k, n }) {
                    missing.push(Shard { k, n }.to_string());
                }
            }
        }
        missing
    }

    /// Check that the dictionaries loaded for the reduce are those the items
    /// were made with (entity numbers in items index them).
    pub fn check_dictionaries(&self, loaded: &[DictFile], path: &Path) -> Result<()> {
        if same_dictionaries(loaded, &self.dictionaries) {
            return Ok(());
        }
        Err(Error::BadPartial {
            at: Location::line(path, 1),
            message: "made with other dictionaries or rules than those loaded now; \
                      merge with the --dict/--rules of the extract"
                .to_string(),
        })
    }
}

/// The same dictionary and rule contents, in the same order (entity numbers
/// in items follow it); paths may differ between machines.
fn same_dictionaries(a: &[DictFile], b: &[DictFile]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.sha256 == y.sha256)
}

/// A partial being written: lines go to a temporary file that becomes the
/// partial only when the run succeeds.
pub struct PartialWriter {
    file: crate::export::PendingFile,
}

impl PartialWriter {
    pub fn start(path: &Path, header: &Header) -> Result<PartialWriter> {
        let mut file = crate::export::AtomicFiles::start(path)?;
        let mut line = serde_json::to_vec(header).expect("a header serialises");
        line.push(b'\n');
        file.writer().write_all(&line).map_err(|e| Error::io(path, e))?;
        Ok(PartialWriter { file })
    }

    /// Add items in order, each serialised on a worker; an item replayed
    /// from a partial is written as the line it was read from.
    pub fn items(&mut self, items: &[Made]) -> Result<()> {
        let lines: Vec<std::borrow::Cow<[u8]>> = items
            .par_iter()
            .map(|made| match &made.line {
                Some(line) => std::borrow::Cow::Borrowed(line.as_bytes()),
                None => {
                    let mut line = serde_json::to_vec(&made.item).expect("an item serialises");
                    line.push(b'\n');
                    std::borrow::Cow::Owned(line)
                }
            })
            .collect();
        self.raw(lines.iter().map(|l| l.as_ref()))
    }

    /// Add lines as they are (each with its newline).
    pub fn raw<'l>(&mut self, lines: impl Iterator<Item = &'l [u8]>) -> Result<()> {
        for line in lines {
            if let Err(e) = self.file.writer().write_all(line) {
                return Err(Error::io(self.file.path(), e));
            }
        }
        Ok(())
    }

    /// The finished file, ready to be renamed into place with the others.
    pub fn finish(self) -> crate::export::PendingFile {
        self.file
    }
}

/// A partial being read, one source group at a time.
pub struct PartialReader {
    path: PathBuf,
    lines: BufReader<File>,
    line_no: usize,
    pub header: Header,
    /// The next line, read ahead: its number and text (newline kept).
    next: Option<(usize, String)>,
    /// The path of the source line at `next`, if it is one.
    head: Option<PathBuf>,
    /// The last source path seen, to check the order.
    last: Option<PathBuf>,
}

/// Just the path of a source line.
#[derive(Deserialize)]
struct SourceProbe {
    source: PathProbe,
}

#[derive(Deserialize)]
struct PathProbe {
    path: PathBuf,
}

impl PartialReader {
    pub fn open(path: &Path) -> Result<PartialReader> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        let mut reader = PartialReader {
            path: path.to_path_buf(),
            lines: BufReader::with_capacity(1 << 20, file),
            line_no: 0,
            header: Header::new(Vec::new(), &BuildOptions::new(Vec::new()), Vec::new(), Shard::ALL),
            next: None,
            head: None,
            last: None,
        };
        let Some((_, first)) = reader.read_line()? else {
            return Err(reader.bad(1, "empty file, not a zonegraph partial"));
        };
        #[derive(Deserialize)]
        struct Probe {
            zonegraph_partial: u32,
        }
        match serde_json::from_str::<Probe>(&first) {
            Ok(p) if p.zonegraph_partial != FORMAT => {
                return Err(reader.bad(
                    1,
                    &format!(
                        "partial format {} is not supported (this zonegraph reads format {FORMAT})",
                        p.zonegraph_partial
                    ),
                ));
            }
            Ok(_) => {}
            Err(_) => return Err(reader.bad(1, "not a zonegraph partial (no header line)")),
        }
        reader.header = serde_json::from_str(&first).map_err(|e| reader.bad(1, &format!("bad header: {e}")))?;
        reader.advance()?;
        Ok(reader)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn bad(&self, line: usize, message: &str) -> Error {
        Error::BadPartial {
            at: Location::line(&self.path, line),
            message: message.to_string(),
        }
    }

    fn read_line(&mut self) -> Result<Option<(usize, String)>> {
        let mut line = String::new();
        let n = self.lines.read_line(&mut line).map_err(|e| Error::io(&self.path, e))?;
        if n == 0 {
            return Ok(None);
        }
        self.line_no += 1;
        if !line.ends_with('\n') {
            // Every line a writer writes ends with one: a file cut short.
            return Err(self.bad(self.line_no, "truncated (last line has no newline)"));
        }
        Ok(Some((self.line_no, line)))
    }

    /// Read the next line ahead, noting the source path it opens.
    fn advance(&mut self) -> Result<()> {
        self.next = self.read_line()?;
        self.head = None;
        if let Some((no, line)) = &self.next
            && line.starts_with("{\"source\"")
        {
            let probe: SourceProbe =
                serde_json::from_str(line).map_err(|e| self.bad(*no, &format!("bad source line: {e}")))?;
            let path = probe.source.path;
            if self.last.as_ref().is_some_and(|last| *last >= path) {
                return Err(self.bad(*no, "sources out of order (a partial lists them in path order)"));
            }
            self.last = Some(path.clone());
            self.head = Some(path);
        } else if let Some((no, line)) = &self.next
            && !line.starts_with("{\"doc\"")
        {
            return Err(self.bad(*no, "neither a source nor a document line"));
        }
        Ok(())
    }

    /// The path of the source whose group comes next; `None` at the end.
    pub fn head(&self) -> Result<Option<&Path>> {
        match (&self.next, &self.head) {
            (None, _) => Ok(None),
            (Some(_), Some(path)) => Ok(Some(path)),
            (Some((no, _)), None) => Err(self.bad(*no, "a document line before any source line")),
        }
    }

    /// The next line of the current group (the source line first, then its
    /// documents); `None` where the next group begins. `first` takes the
    /// source line itself.
    pub fn group_line(&mut self, first: bool) -> Result<Option<RawLine>> {
        match &self.next {
            None => return Ok(None),
            Some(_) if self.head.is_some() && !first => return Ok(None),
            Some(_) => {}
        }
        let (no, text) = self.next.take().expect("checked above");
        self.advance()?;
        Ok(Some(RawLine {
            at: Location::line(&self.path, no),
            text,
        }))
    }

    /// Skip the group at the head.
    pub fn skip_group(&mut self) -> Result<()> {
        let mut first = true;
        while self.group_line(first)?.is_some() {
            first = false;
        }
        Ok(())
    }

    /// The lines of the group at the head.
    pub fn take_group(&mut self) -> Result<Vec<RawLine>> {
        let mut lines = Vec::new();
        while let Some(line) = self.group_line(lines.is_empty())? {
            lines.push(line);
        }
        Ok(lines)
    }

    /// Move on to the group of `path` if the partial has it (groups before it
    /// are skipped), and return its lines; `None` when it has not.
    pub fn seek_group(&mut self, path: &Path) -> Result<Option<Vec<RawLine>>> {
        while let Some(head) = self.head()? {
            match head.cmp(path) {
                std::cmp::Ordering::Less => self.skip_group()?,
                std::cmp::Ordering::Equal => return self.take_group().map(Some),
                std::cmp::Ordering::Greater => return Ok(None),
            }
        }
        Ok(None)
    }

    /// Every source in the partial with its fingerprint, reading the file
    /// once (document lines are skipped unparsed).
    pub fn fingerprints(path: &Path) -> Result<Vec<(PathBuf, Option<crate::pipeline::Fingerprint>)>> {
        let mut reader = PartialReader::open(path)?;
        let mut out = Vec::new();
        while reader.head()?.is_some() {
            let source = reader.group_line(true)?.expect("a group at the head");
            match source.parse()? {
                Item::Source(s) => out.push((s.path.to_path_buf(), s.fingerprint)),
                Item::Doc(_) => unreachable!("a group opens with its source line"),
            }
            while reader.group_line(false)?.is_some() {}
        }
        Ok(out)
    }
}

/// One line of a partial, not yet parsed, with where it came from.
pub struct RawLine {
    pub at: Location,
    pub text: String,
}

impl RawLine {
    pub fn parse(&self) -> Result<Item> {
        serde_json::from_str(&self.text).map_err(|e| Error::BadPartial {
            at: self.at.clone(),
            message: format!("bad line: {e}"),
        })
    }
}

/// Parse lines into items on every core, in order.
pub fn parse_lines(lines: &[RawLine]) -> Result<Vec<Item>> {
    lines.par_iter().map(RawLine::parse).collect()
}

/// K-way merge of partials in path order, calling `line` with every line of
/// every group (the source line, then its documents), streaming. Two partials
/// holding one source is an error: shards must be disjoint.
pub fn merge_lines(readers: &mut [PartialReader], line: &mut dyn FnMut(RawLine) -> Result<()>) -> Result<()> {
    loop {
        let mut best: Option<(usize, PathBuf)> = None;
        for (i, r) in readers.iter().enumerate() {
            let Some(head) = r.head()? else { continue };
            match &best {
                Some((j, b)) if b.as_path() == head => {
                    return Err(Error::BadPartial {
                        at: Location::file(r.path()),
                        message: format!(
                            "source {} is also in {}: partials to merge must hold different files",
                            head.display(),
                            readers[*j].path().display()
                        ),
                    });
                }
                Some((_, b)) if b.as_path() < head => {}
                _ => best = Some((i, head.to_path_buf())),
            }
        }
        let Some((i, _)) = best else { return Ok(()) };
        let mut first = true;
        while let Some(l) = readers[i].group_line(first)? {
            first = false;
            line(l)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_parses_k_of_n() {
        let cases = [
            ("1/1", Some((1, 1))),
            ("3/8", Some((3, 8))),
            (" 2 / 4 ", Some((2, 4))),
            ("0/4", None),
            ("5/4", None),
            ("4", None),
            ("a/b", None),
            ("-1/4", None),
        ];
        for (text, want) in cases {
            let got = text.parse::<Shard>().ok().map(|s| (s.k, s.n));
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn shards_cover_every_source_once_in_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let sources: Vec<Source> = (0..23)
            .map(|i| {
                let path = dir.path().join(format!("{i:02}.txt"));
                std::fs::write(&path, "字".repeat(1 + i * 7)).expect("write");
                Source {
                    path,
                    id: format!("{i:02}.txt"),
                    format: crate::corpus::Format::Text,
                }
            })
            .collect();
        for n in [1, 2, 3, 7, 23, 40] {
            let mut joined = Vec::new();
            for k in 1..=n {
                joined.extend(Shard { k, n }.select(sources.clone()).into_iter().map(|s| s.id));
            }
            let all: Vec<String> = sources.iter().map(|s| s.id.clone()).collect();
            assert_eq!(joined, all, "{n} shards");
        }
    }

    #[test]
    fn header_union_ignores_order_and_finds_missing_shards() {
        let header = |inputs: &[&str], shard: (u32, u32)| Header {
            inputs: inputs.iter().map(|s| s.to_string()).collect(),
            shards: vec![Shard { k: shard.0, n: shard.1 }],
            ..Header::new(Vec::new(), &BuildOptions::new(Vec::new()), Vec::new(), Shard::ALL)
        };
        let a = header(&["b"], (1, 3));
        let b = header(&["a", "b"], (3, 3));
        let ab = a.clone().union(b.clone());
        assert_eq!(ab, b.clone().union(a.clone()));
        assert_eq!(ab.inputs, ["a", "b"]);
        assert_eq!(ab.missing_shards(), ["2/3"]);
        let all = ab.union(header(&["b"], (2, 3)));
        assert!(all.missing_shards().is_empty());
        assert_eq!(a.mismatch(&b), None);
        let mut lean = b.clone();
        lean.options.max_evidence = 1;
        assert!(a.mismatch(&lean).is_some_and(|why| why.contains("options")));
    }
}
