//! Relations stage: edges between entities, each with its evidence.
//!
//! This stage produces [`EdgeAcc`]umulators keyed by (head, relation, tail);
//! the graph stage turns them into petgraph edges. Co-occurrence lives in
//! [`cooccur`]; curated relations come from the dictionaries.

pub mod backoff;
pub mod cooccur;
pub mod facts;
pub mod pairs;
pub mod records;
pub mod rules;
pub mod salience;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// A sentence that supports an edge: the document, the sentence's byte span
/// in the original file, and its normalised text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Shared, not copied: one sentence supports every pair of names in it,
    /// and one document many sentences.
    pub doc: Arc<str>,
    pub start: usize,
    pub end: usize,
    pub text: Arc<str>,
}

/// Where an edge comes from: `cooccurrence`, `dictionary`, or a rule id.
pub const ORIGIN_COOCCURRENCE: &str = "cooccurrence";
pub const ORIGIN_DICTIONARY: &str = "dictionary";
pub const CO_OCCURS: &str = "co_occurs";

/// An edge being built.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EdgeAcc {
    pub origin: String,
    pub confidence: f64,
    /// Number of supporting sentences (or 1 for a curated relation); a
    /// repost's sentences are not counted again.
    pub count: u64,
    /// The first documents that show the edge (at most the build's
    /// `max_docs`), in input order, and how many there are in all. A list,
    /// not a set: documents come once each, and a set's first node (about
    /// 200 bytes) cost more than the one or two ids most edges have.
    pub docs: Vec<Arc<str>>,
    pub doc_count: u64,
    pub evidence: Vec<Evidence>,
    pub seen: Seen,
    /// The weight, when it is not the count (association measures).
    pub weight: Option<f64>,
    /// The most any one repost would have added: the count of an edge that
    /// only reposts show (their text differs a little from the original).
    pub repost_count: u64,
}

impl EdgeAcc {
    /// One supporting sentence of one document. (Within a document `docs`
    /// holds that document only; [`merge`](Self::merge) applies the cap.)
    pub fn add(&mut self, evidence: Evidence, max_evidence: usize) {
        self.count += 1;
        if !self.docs.contains(&evidence.doc) {
            push_tight(&mut self.docs, evidence.doc.clone(), usize::MAX);
            self.doc_count += 1;
        }
        if self.evidence.len() < max_evidence {
            push_tight(&mut self.evidence, evidence, max_evidence);
        }
    }

    /// Fold one document's edge into the corpus edge. A repost adds its
    /// document and evidence, but not its count. Returns about how many
    /// bytes the edge grew by (see [`heap_bytes`](Self::heap_bytes)), for
    /// the reducer's memory budget: counted from what was added, so the
    /// cost does not depend on what the edge already holds.
    pub fn merge(
        &mut self,
        other: EdgeAcc,
        repost: bool,
        date: Option<&str>,
        max_evidence: usize,
        max_docs: usize,
    ) -> usize {
        let lists_before = self.list_bytes();
        let mut texts = 0;
        if repost {
            self.repost_count = self.repost_count.max(other.count);
        } else {
            self.count += other.count;
            self.seen.count(date, other.count);
        }
        self.seen.see(date);
        self.confidence = self.confidence.max(other.confidence);
        // Documents come once each, in input order (the reducer drops a
        // repeated id): count them all, list the first.
        self.doc_count += other.doc_count;
        for d in other.docs {
            if self.docs.len() >= max_docs {
                break;
            }
            debug_assert!(!self.docs.contains(&d), "document {d} folded in twice");
            push_tight(&mut self.docs, d, max_docs);
        }
        for e in other.evidence {
            if self.evidence.len() < max_evidence {
                texts += e.text.len();
                push_tight(&mut self.evidence, e, max_evidence);
            }
        }
        self.list_bytes() - lists_before + texts
    }
}

impl EdgeAcc {
    /// Fold in the same edge reduced over *later* documents, as if its
    /// documents had been folded in one by one after this edge's: counts and
    /// years add up, lists fill up to their caps in input order, the origin
    /// stays the first. This is what lets a build spill its edges to sorted
    /// runs and merge them at the end with the same result.
    pub fn append(&mut self, later: EdgeAcc, max_evidence: usize, max_docs: usize) {
        self.count += later.count;
        self.repost_count = self.repost_count.max(later.repost_count);
        self.confidence = self.confidence.max(later.confidence);
        self.seen.absorb(later.seen);
        self.doc_count += later.doc_count;
        for d in later.docs {
            if self.docs.len() >= max_docs {
                break;
            }
            push_tight(&mut self.docs, d, max_docs);
        }
        for e in later.evidence {
            if self.evidence.len() >= max_evidence {
                break;
            }
            push_tight(&mut self.evidence, e, max_evidence);
        }
    }

    /// About how many bytes the edge holds beyond its map entry: its lists
    /// and strings. Evidence text is counted whole although one sentence is
    /// shared by every pair of names in it, so the estimate errs high. The
    /// first and last dates are left to the entry's fixed share: an earlier
    /// date can be a shorter string (`2023` before `2023-05-01`), and a count
    /// that only grows cannot go below zero.
    pub fn heap_bytes(&self) -> usize {
        self.origin.capacity() + self.list_bytes() + self.evidence.iter().map(|e| e.text.len()).sum::<usize>()
    }

    /// The lists' allocations, which only grow: a few reads, however long
    /// the lists are.
    fn list_bytes(&self) -> usize {
        self.docs.capacity() * std::mem::size_of::<Arc<str>>()
            + self.evidence.capacity() * std::mem::size_of::<Evidence>()
            + self.seen.years.0.capacity() * std::mem::size_of::<([u8; 4], u64)>()
    }
}

/// Push, growing by a quarter instead of doubling and never past `cap`.
/// Every edge holds a few short lists and there are millions of edges: with
/// doubling, spare capacity (room for 4 after the first push) was most of
/// their memory.
fn push_tight<T>(list: &mut Vec<T>, item: T, cap: usize) {
    make_room(list, cap);
    list.push(item);
}

/// Room for one more item, grown as [`push_tight`] grows.
fn make_room<T>(list: &mut Vec<T>, cap: usize) {
    if list.len() == list.capacity() {
        let room = cap.saturating_sub(list.len()).max(1);
        list.reserve_exact((list.len() / 4 + 1).min(room));
    }
}

/// When something was seen: first and last document date, and counts per year.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub first: Option<String>,
    pub last: Option<String>,
    pub years: Years,
}

/// Counts per year (the first four bytes of a date), in year order.
///
/// Every edge has one, so it is a short sorted list rather than a map: a
/// `BTreeMap<String, u64>` allocated a node for 11 entries and a string per
/// year, about 400 bytes for an edge seen in a year or two. It reads and
/// writes as the same JSON object (`{"2023": 4}`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Years(pub(crate) Vec<([u8; 4], u64)>);

impl Years {
    /// Add `n` to `year`'s count (`year` must be 4 bytes).
    fn add(&mut self, year: &[u8], n: u64) {
        let Ok(key) = <[u8; 4]>::try_from(year) else { return };
        match self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => self.0[i].1 += n,
            Err(i) => {
                make_room(&mut self.0, usize::MAX);
                self.0.insert(i, (key, n));
            }
        }
    }

    /// (year, count) in year order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u64)> {
        self.0.iter().map(|(k, n)| (year_str(k), *n))
    }
}

/// Counts from (year, count) pairs; a key that is not 4 bytes is skipped,
/// as a date too short to have a year is.
impl<K: AsRef<str>> FromIterator<(K, u64)> for Years {
    fn from_iter<I: IntoIterator<Item = (K, u64)>>(pairs: I) -> Years {
        let mut years = Years::default();
        for (year, n) in pairs {
            years.add(year.as_ref().as_bytes(), n);
        }
        years
    }
}

/// A year key as text: it was cut from a `&str` at a character boundary.
fn year_str(key: &[u8; 4]) -> &str {
    std::str::from_utf8(key).expect("a year is cut from text at a character boundary")
}

impl Serialize for Years {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, n)| (year_str(k), n)))
    }
}

impl<'de> Deserialize<'de> for Years {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Years, D::Error> {
        let map = BTreeMap::<String, u64>::deserialize(d)?;
        let mut years = Years::default();
        for (year, n) in map {
            if year.len() != 4 {
                return Err(serde::de::Error::custom(format!(
                    "years key {year:?} is not a 4-byte year"
                )));
            }
            years.add(year.as_bytes(), n);
        }
        Ok(years)
    }
}

impl Seen {
    /// Take in what was seen later (or elsewhere): dates widen, years add up.
    pub fn absorb(&mut self, other: Seen) {
        if let Some(first) = other.first {
            self.see(Some(&first));
        }
        if let Some(last) = other.last {
            self.see(Some(&last));
        }
        for (year, n) in other.years.0 {
            self.years.add(&year, n);
        }
    }

    pub fn see(&mut self, date: Option<&str>) {
        let Some(date) = date else { return };
        if self.first.as_deref().is_none_or(|f| date < f) {
            self.first = Some(date.to_string());
        }
        if self.last.as_deref().is_none_or(|l| date > l) {
            self.last = Some(date.to_string());
        }
    }

    pub fn count(&mut self, date: Option<&str>, n: u64) {
        let Some(year) = date.and_then(|d| d.get(..4)) else {
            return;
        };
        // Called for every mention and edge of every document: no allocation
        // for a year already counted.
        self.years.add(year.as_bytes(), n);
    }
}

/// Edges keyed by (head entity index, relation, tail entity index).
pub type Edges = BTreeMap<(usize, String, usize), EdgeAcc>;

/// Add one piece of evidence for a typed edge found by a rule or a record:
/// the first finder names the edge's origin, and the edge is as sure as the
/// surest finder.
pub(crate) fn add_typed(
    edges: &mut Edges,
    key: (usize, String, usize),
    origin: impl FnOnce() -> String,
    confidence: f64,
    evidence: Evidence,
    max_evidence: usize,
) {
    let acc = edges.entry(key).or_insert_with(|| EdgeAcc {
        origin: origin(),
        confidence,
        ..EdgeAcc::default()
    });
    acc.confidence = acc.confidence.max(confidence);
    acc.add(evidence, max_evidence);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lists grow by a quarter and stop at their cap: a full list of 100
    /// documents or 5 sentences has no spare room.
    #[test]
    fn lists_grow_tightly_up_to_their_cap() {
        for (cap, pushes, want_capacity) in [(100, 100, 100), (5, 5, 5), (5, 1, 1), (100, 10, 11), (usize::MAX, 1, 1)] {
            let mut list = Vec::new();
            for i in 0..pushes {
                push_tight(&mut list, i, cap);
            }
            assert_eq!(
                (list.len(), list.capacity()),
                (pushes, want_capacity),
                "cap {cap}, {pushes} pushes"
            );
        }
    }

    #[test]
    fn years_count_and_read_as_a_map() {
        let mut seen = Seen::default();
        for (date, n) in [
            (Some("2024-03-01"), 2),
            (Some("2019-12-31"), 1),
            (None, 5),
            (Some("2024-11-02"), 3),
            (Some("20"), 7),       // too short to have a year
            (Some("２０２４"), 1), // 4 bytes would cut a character
        ] {
            seen.count(date, n);
        }
        let want = BTreeMap::from([("2019".to_string(), 1), ("2024".to_string(), 5)]);
        // The same JSON as the map it replaced, and back.
        let json = serde_json::to_string(&seen.years).unwrap();
        assert_eq!(json, serde_json::to_string(&want).unwrap());
        assert_eq!(serde_json::from_str::<Years>(&json).unwrap(), seen.years);
        let listed: Vec<(&str, u64)> = seen.years.iter().collect();
        assert_eq!(listed, [("2019", 1), ("2024", 5)]);
        assert_eq!(want.iter().map(|(k, n)| (k, *n)).collect::<Years>(), seen.years);
    }

    /// One document's edge: `n` sentences of document `doc`.
    fn doc_edge(doc: &str, n: u64, confidence: f64) -> EdgeAcc {
        let mut acc = EdgeAcc {
            origin: format!("from {doc}"),
            confidence,
            ..EdgeAcc::default()
        };
        for i in 0..n as usize {
            let text: Arc<str> = format!("{doc} sentence {i}").into();
            acc.add(
                Evidence {
                    doc: doc.into(),
                    start: i * 10,
                    end: i * 10 + 9,
                    text,
                },
                usize::MAX,
            );
        }
        acc
    }

    /// Folding documents one by one, or folding two spans apart and
    /// appending the later to the earlier, gives the same edge: what spilled
    /// runs rely on. Every split point, with and without caps that bite.
    #[test]
    fn appending_a_later_span_equals_folding_it_in() {
        // (document, sentences, confidence, repost, date)
        let docs = [
            ("d1", 2, 0.5, false, Some("2023-05-01")),
            ("d2", 1, 0.9, true, Some("2021-01-09")),
            ("d3", 3, 0.7, false, None),
            ("d4", 1, 0.6, false, Some("2024-02-02")),
            ("d5", 4, 0.8, true, Some("2023-12-30")),
            ("d6", 2, 0.4, false, Some("2021-07-07")),
            // Earlier, and a shorter string than the first date so far: the
            // byte count must not go below zero (a debug build panicked).
            ("d7", 1, 0.3, false, Some("2021")),
        ];
        let fold = |span: &[(&str, u64, f64, bool, Option<&str>)], max_ev: usize, max_docs: usize| {
            let mut corpus: Option<EdgeAcc> = None;
            for &(doc, n, confidence, repost, date) in span {
                let mut one = doc_edge(doc, n, confidence);
                let acc = corpus.get_or_insert_with(|| EdgeAcc {
                    origin: std::mem::take(&mut one.origin),
                    confidence: one.confidence,
                    ..EdgeAcc::default()
                });
                let before = acc.heap_bytes();
                let grown = acc.merge(one, repost, date, max_ev, max_docs);
                // What the reducer's budget counts is what the edge grew by.
                assert_eq!(acc.heap_bytes() - before, grown, "{doc}");
            }
            corpus.expect("a span has documents")
        };
        for (max_ev, max_docs) in [(100, 100), (2, 3), (0, 1), (5, 0)] {
            let whole = format!("{:?}", fold(&docs, max_ev, max_docs));
            for cut in 1..docs.len() {
                let mut early = fold(&docs[..cut], max_ev, max_docs);
                early.append(fold(&docs[cut..], max_ev, max_docs), max_ev, max_docs);
                assert_eq!(format!("{early:?}"), whole, "caps {max_ev}/{max_docs}, cut after {cut}");
            }
        }
    }

    #[test]
    fn years_refuse_a_key_that_is_not_a_year() {
        for bad in [r#"{"202":1}"#, r#"{"20245":1}"#, r#"{"2024":-1}"#] {
            assert!(serde_json::from_str::<Years>(bad).is_err(), "{bad}");
        }
    }
}
