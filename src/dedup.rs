//! Near-duplicate detection: syndicated copies of one story, counted once.
//!
//! News is syndicated. One story appears on several sites, each time with its
//! own header (`【转载】`, a source line, `原标题`), footer (a reprint notice,
//! editors, `相关阅读`) or dateline. Counting every copy would inflate edge
//! weights, so the pipeline groups near-duplicates: a group counts once in the
//! weights, and every copy stays as evidence.
//!
//! How a document becomes comparable:
//!
//! 1. **Shingles.** Its text is reduced to letters and digits (full-width
//!    folded with [`fold_char`], ASCII lowercased; punctuation, symbols and
//!    whitespace dropped), and cut into overlapping windows of 5 characters.
//!    Characters, not words, because Chinese has no spaces; no punctuation, so
//!    that `，` against `,`, a line break inside a name or an extra space change
//!    nothing.
//! 2. **MinHash, one permutation.** Each distinct shingle is hashed once; the
//!    hash's high bits pick one of 128 bins and its low bits compete for that
//!    bin's minimum. An empty bin (a short text leaves some) borrows the value
//!    of the first filled bin on a probe sequence fixed per bin ("optimal
//!    densification", Shrivastava 2017), so two texts with the same shingles
//!    fill the same way. The share of positions where two [`Signature`]s agree
//!    estimates the Jaccard similarity `|A ∩ B| / |A ∪ B|` of the two shingle
//!    sets ([`estimated_jaccard`]), with about the error of 128 independent
//!    hash functions, `√(J(1−J)/128)` ≈ 0.035 at J = 0.8, for one hash per
//!    shingle instead of 128.
//! 3. **LSH banding.** [`Dedup::groups`] cuts the 128 values into 32 bands of
//!    4 rows. Documents that agree on a whole band share a bucket and become a
//!    candidate pair, so only pairs that are likely to be similar are ever
//!    compared, never all n² pairs. A pair with Jaccard `s` becomes a
//!    candidate with probability `1 − (1 − s⁴)³²`: 0.9998 at s = 0.7, above
//!    0.99999 at 0.8, 0.23 at 0.3.
//! 4. **Confirm and join.** A candidate pair is a duplicate when its estimated
//!    Jaccard is at least the threshold (0.7). A union-find joins duplicates,
//!    so groups are transitive: A ~ B and B ~ C put A, B and C in one group even
//!    when A and C alone fall below the threshold. A group's representative is
//!    its first document in input order.
//!
//! **Why Jaccard 0.7.** Text found on one side only caps the similarity of
//! even a perfect copy: a repost whose header and footer make up 20% of it
//! scores at most 1/1.25 = 0.8 against the original, and less when the
//! original has its own dateline or footer. The bundled pair
//! `examples/2024-03-15_gangzha_signing.txt` and `2024-11-02_repost.txt`
//! (header and footer about 16% of the repost) has an exact Jaccard of 0.805
//! and an estimated one of 0.80 (0.77 with 128 independent hashes), so at
//! 0.8 it would be grouped or not depending on the hash family. At 0.7 such pairs clear the threshold by about
//! three standard errors. Different stories stay far below: the other bundled
//! articles score at most 0.04 against each other, and two stories about one
//! zone that share an intro sentence and a source line (40% of each) score
//! about 0.23.
//!
//! **Short documents are never grouped.** A document with fewer than 20
//! distinct shingles (about 24 letters and digits, one or two sentences) is
//! always its own group, even when it is identical to another one. Briefs
//! such as `港闸经济开发区召开安全生产会议。` recur with different facts
//! behind them, and a handful of shingles gives MinHash too little to tell
//! them apart; folding them together would lose real events. See
//! [`Dedup::with_min_shingles`].
//!
//! **Same input, same groups.** The hash family is fixed: FNV-1a over the
//! shingle's code points, then a splitmix64 finaliser; the probe sequences
//! are splitmix64 streams from per-bin seeds drawn with a constant start.
//! Buckets are found by sorting, not with a hash map, so neither the run nor
//! the platform changes the result.
//!
//! **Cost.** [`Dedup::signature`] hashes each shingle once, counts the
//! distinct hashes in an open-addressing set, then fills the empty bins; documents
//! are independent, so this parallelises. A signature holds `hashes` 32-bit
//! values, 512 bytes at the default plus 24 bytes of header,
//! so 10⁶ signatures take about 540 MB. [`Dedup::groups`] sorts `n` (bucket
//! key, index) pairs once per band, `O(bands · n log n)`, with 16 bytes per
//! document of scratch, 12 for the union-find and 8 for the result; 10⁶
//! signatures group in under two seconds. A bucket compares each document
//! with at most [`MAX_BUCKET_REPS`] earlier documents, so a bucket of
//! thousands of copies of one story stays linear.
//!
//! ```
//! use zonegraph::dedup::{Dedup, estimated_jaccard};
//!
//! let dedup = Dedup::default();
//! let story = "4月9日，临江开发区举行风电装备产业推进会，六家整机和零部件企业与园区签订合作协议，\
//!              合计投资约46亿元。园区负责人介绍，近三年来风电装备产值年均增长两成以上。";
//! let repost = format!("【转载】{story}");
//! let other = "临江开发区今年将新建两座污水处理厂，日处理能力合计八万吨，预计明年汛期前投入运行，\
//!              届时园区企业的工业废水可以全部接管处理。";
//! let sigs: Vec<_> = [story, repost.as_str(), other].iter().map(|t| dedup.signature(t)).collect();
//! assert!(estimated_jaccard(&sigs[0], &sigs[1]) > 0.8);
//! assert_eq!(dedup.groups(&sigs), vec![0, 0, 2]);
//! ```

use crate::normalize::{BmpSet, fold_char};

/// At most this many documents of one bucket are kept as comparison targets
/// for the later documents of that bucket.
///
/// A bucket holds documents that agree on four MinHash values; nearly always
/// they are copies of one story and the first one absorbs the rest. The cap
/// keeps a bucket of many mutually different documents (which would take a
/// deliberate collision) from costing quadratic time; a document it skips
/// can still be joined through another band.
pub const MAX_BUCKET_REPS: usize = 16;

/// The MinHash signature of one document's text.
///
/// It remembers how many distinct shingles the text had, so that
/// [`Dedup::groups`] can leave short documents alone. Signatures are only
/// comparable when they come from the same [`Dedup`] parameters.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Signature {
    /// Per hash function, the low 32 bits of the smallest 64-bit hash over the
    /// shingles: they name the minimal shingle, and two different shingles
    /// give the same value with probability 2⁻³². All `u32::MAX` when the text
    /// has no shingle.
    mins: Box<[u32]>,
    /// Number of distinct shingles, counted up to the detector's
    /// [`min_shingles`](Dedup::min_shingles): past it, the number decides
    /// nothing.
    shingles: u32,
}

impl Signature {
    /// The MinHash values, one per hash function.
    pub fn values(&self) -> &[u32] {
        &self.mins
    }

    /// Number of distinct shingles in the text, up to the detector's
    /// [`min_shingles`](Dedup::min_shingles).
    pub fn shingles(&self) -> usize {
        self.shingles as usize
    }
}

/// Near-duplicate detector: shingle size, hash family, LSH bands and the
/// similarity threshold. See the [module docs](self) for what each does.
#[derive(Clone, Debug)]
pub struct Dedup {
    shingle_chars: usize,
    bands: usize,
    rows: usize,
    threshold: f64,
    min_shingles: usize,
    /// One seed per hash function.
    seeds: Box<[u64]>,
}

impl Default for Dedup {
    /// Character 5-shingles, 128 hashes in 32 bands of 4 rows, Jaccard 0.7
    /// (see the [module docs](self) for why not 0.8), documents with fewer
    /// than 20 distinct shingles never grouped.
    fn default() -> Dedup {
        Dedup::new(5, 128, 32, 0.7)
    }
}

impl Dedup {
    /// A detector with `shingle_chars`-character shingles, `hashes` MinHash
    /// functions cut into `bands` LSH bands of `hashes / bands` rows, and
    /// duplicates at estimated Jaccard `threshold` or above.
    ///
    /// More rows per band make candidates rarer below the threshold and
    /// slightly rarer above it; hashes left over by the division are still used
    /// for the estimate.
    ///
    /// # Panics
    ///
    /// When `shingle_chars` or `hashes` is 0, `bands` is not in `1..=hashes`,
    /// or `threshold` is not in `(0, 1]`. These are programming errors, not
    /// input errors.
    pub fn new(shingle_chars: usize, hashes: usize, bands: usize, threshold: f64) -> Dedup {
        assert!(shingle_chars > 0, "shingle size must be at least one character");
        assert!(hashes > 0, "need at least one hash function");
        assert!(
            (1..=hashes).contains(&bands),
            "bands must be between 1 and the number of hashes"
        );
        assert!(threshold > 0.0 && threshold <= 1.0, "threshold must be in (0, 1]");
        let mut state = SEED_START;
        let seeds = (0..hashes).map(|_| splitmix64(&mut state)).collect();
        Dedup {
            shingle_chars,
            bands,
            rows: hashes / bands,
            threshold,
            min_shingles: 20,
            seeds,
        }
    }

    /// Documents with fewer than `min` distinct shingles are never grouped
    /// (default 20). Use at least 1: a text without shingles has nothing to
    /// compare.
    pub fn with_min_shingles(mut self, min: usize) -> Dedup {
        self.min_shingles = min;
        self
    }

    pub fn shingle_chars(&self) -> usize {
        self.shingle_chars
    }

    pub fn hashes(&self) -> usize {
        self.seeds.len()
    }

    pub fn bands(&self) -> usize {
        self.bands
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    pub fn min_shingles(&self) -> usize {
        self.min_shingles
    }

    /// The signature of a document's text.
    ///
    /// Normalised text is expected, but raw text gives the same signature:
    /// punctuation, symbols and whitespace are dropped and full-width forms
    /// folded here as well.
    pub fn signature(&self, text: &str) -> Signature {
        // About one kept character per three bytes of Chinese text: the
        // vector is not regrown (and copied) a dozen times per article.
        let mut chars: Vec<u32> = Vec::with_capacity(text.len() / 3 + 8);
        let kept = Kept::table();
        for c in text.chars().map(fold_char) {
            if kept.has(c) {
                chars.push(u32::from(c.to_ascii_lowercase()));
            }
        }
        // One permutation: each shingle's hash picks a bin (high bits) and
        // competes for that bin's minimum (low bits). A repeated shingle
        // changes no minimum; it is only not counted twice.
        let k = self.seeds.len();
        let mut mins = vec![u32::MAX; k];
        let mut filled = vec![false; k];
        // Grouping asks only whether a text has `min_shingles` distinct
        // shingles (and whether it has any), so they are counted that far:
        // a table of a few dozen slots, not one of twice the text's length
        // (256 KB to clear for a 35 KB article), looked up for every shingle.
        let enough = self.min_shingles.max(1);
        let mut distinct = HashCount::for_at_most(enough.min(chars.len()));
        for h in chars.windows(self.shingle_chars).map(shingle_hash) {
            if distinct.count < enough {
                distinct.insert(h);
            }
            let bin = bin_of(h, k);
            mins[bin] = mins[bin].min(h as u32);
            filled[bin] = true;
        }
        // Optimal densification: an empty bin borrows the value of the first
        // filled bin on its own fixed probe sequence, the same for every
        // document, so two documents with the same filled bins borrow alike.
        if distinct.count > 0 {
            let dense: Vec<u32> = (0..k)
                .map(|bin| {
                    if filled[bin] {
                        return mins[bin];
                    }
                    let mut state = self.seeds[bin];
                    loop {
                        let probe = bin_of(splitmix64(&mut state), k);
                        if filled[probe] {
                            return mins[probe];
                        }
                    }
                })
                .collect();
            mins = dense;
        }
        Signature {
            mins: mins.into_boxed_slice(),
            shingles: u32::try_from(distinct.count).unwrap_or(u32::MAX),
        }
    }

    /// Whether two documents are near-duplicates: both have at least
    /// [`min_shingles`](Self::min_shingles) shingles and their estimated
    /// Jaccard reaches the threshold. This is the check [`groups`](Self::groups)
    /// applies to candidate pairs.
    ///
    /// # Panics
    ///
    /// When the signatures have different lengths.
    pub fn similar(&self, a: &Signature, b: &Signature) -> bool {
        self.eligible(a) && self.eligible(b) && estimated_jaccard(a, b) >= self.threshold
    }

    fn eligible(&self, s: &Signature) -> bool {
        s.shingles() >= self.min_shingles.max(1)
    }

    /// Group documents: for each document, the index of its group's
    /// representative, which is the first document of the group in input
    /// order. So `out[i] == i` for an original (or a document with no
    /// duplicate), and `out[i] < i` for a later copy.
    ///
    /// Groups are the connected components of the "near-duplicate" relation
    /// among LSH candidates (see the [module docs](self)). The result depends
    /// only on the signatures and their order.
    ///
    /// # Panics
    ///
    /// When a signature was made with a different number of hashes than this
    /// detector uses, or there are more than `u32::MAX` documents.
    pub fn groups(&self, signatures: &[Signature]) -> Vec<usize> {
        let n = signatures.len();
        assert!(u32::try_from(n).is_ok(), "at most u32::MAX documents");
        for s in signatures {
            assert_eq!(
                s.mins.len(),
                self.hashes(),
                "signature made with a different number of hashes"
            );
        }
        let mut sets = UnionFind::new(n);
        let mut keys: Vec<(u64, u32)> = Vec::with_capacity(n);
        let mut reps: Vec<u32> = Vec::with_capacity(MAX_BUCKET_REPS);
        for band in 0..self.bands {
            let rows = band * self.rows..(band + 1) * self.rows;
            keys.clear();
            keys.extend(
                signatures
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| self.eligible(s))
                    .map(|(i, s)| (band_key(&s.mins[rows.clone()]), i as u32)),
            );
            // Sorting by (key, index) puts each bucket together, in input order.
            keys.sort_unstable();
            for bucket in keys.chunk_by(|a, b| a.0 == b.0).filter(|b| b.len() > 1) {
                reps.clear();
                for &(_, doc) in bucket {
                    let mut joined = false;
                    for &rep in &reps {
                        if sets.find(rep) == sets.find(doc) {
                            joined = true;
                        } else if self.similar(&signatures[rep as usize], &signatures[doc as usize]) {
                            sets.union(rep, doc);
                            joined = true;
                        }
                    }
                    if !joined && reps.len() < MAX_BUCKET_REPS {
                        reps.push(doc);
                    }
                }
            }
        }
        // Documents come in input order, so the first one seen of a set is its
        // smallest index.
        let mut first = vec![u32::MAX; n];
        (0..n as u32)
            .map(|i| {
                let root = sets.find(i) as usize;
                if first[root] == u32::MAX {
                    first[root] = i;
                }
                first[root] as usize
            })
            .collect()
    }
}

/// Streaming grouping: documents arrive in input order, and each one is a
/// copy of the earliest earlier document it is similar to, or an original.
/// Same answer as [`Dedup::groups`] for the usual case of copies that all
/// resemble their original, without holding the corpus or reading it twice.
///
/// Memory is what a long corpus pays per document, so the index is kept
/// compact: a short document (never grouped) costs 4 bytes, an eligible one
/// its 128 values (512 bytes) and one map entry per band (32 × 16 bytes)
/// for the bucket's first document; only buckets that fill up keep a list.
/// The earlier layout, one `Vec` per (band, key) and a boxed signature per
/// document, cost about 2.6 KB per document.
pub struct DedupIndex<'a> {
    dedup: &'a Dedup,
    /// Per band: band key → the first earlier document in that bucket.
    first: Vec<std::collections::HashMap<u64, u32>>,
    /// (band, band key) → the bucket's later documents, capped so that the
    /// bucket holds at most [`MAX_BUCKET_REPS`].
    more: std::collections::HashMap<(u32, u64), Vec<u32>>,
    /// The MinHash values of the eligible documents, one after another.
    values: Vec<u32>,
    /// Per document: its place among the eligible ones, or `u32::MAX`.
    slot: Vec<u32>,
    representative: Vec<u32>,
}

impl<'a> DedupIndex<'a> {
    pub fn new(dedup: &'a Dedup) -> DedupIndex<'a> {
        DedupIndex {
            dedup,
            first: vec![std::collections::HashMap::new(); dedup.bands],
            more: std::collections::HashMap::new(),
            values: Vec::new(),
            slot: Vec::new(),
            representative: Vec::new(),
        }
    }

    /// Add the next document; returns the index of its group's
    /// representative (its own index for an original).
    pub fn insert(&mut self, signature: Signature) -> usize {
        let d = self.dedup;
        let me = u32::try_from(self.slot.len()).expect("at most u32::MAX documents");
        let mut rep = me;
        if !d.eligible(&signature) {
            self.slot.push(u32::MAX);
            self.representative.push(rep);
            return rep as usize;
        }
        let h = d.hashes();
        let mut keys = Vec::with_capacity(d.bands);
        for band in 0..d.bands {
            let key = band_key(&signature.mins[band * d.rows..(band + 1) * d.rows]);
            let first = self.first[band].get(&key).copied();
            let rest = first.and_then(|_| self.more.get(&(band as u32, key)));
            for other in first.into_iter().chain(rest.into_iter().flatten().copied()) {
                let other_rep = self.representative[other as usize];
                // Only eligible documents are in buckets.
                let at = self.slot[other as usize] as usize * h;
                if other_rep < rep && agreement(&self.values[at..at + h], &signature.mins) >= d.threshold {
                    rep = other_rep;
                }
            }
            keys.push(key);
        }
        for (band, key) in keys.into_iter().enumerate() {
            match self.first[band].entry(key) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(me);
                }
                std::collections::hash_map::Entry::Occupied(_) => {
                    let rest = self.more.entry((band as u32, key)).or_default();
                    if rest.len() + 1 < MAX_BUCKET_REPS {
                        rest.push(me);
                    }
                }
            }
        }
        let slot = u32::try_from(self.values.len() / h).expect("at most u32::MAX documents");
        self.values.extend_from_slice(&signature.mins);
        self.slot.push(slot);
        self.representative.push(rep);
        rep as usize
    }
}

/// Estimated Jaccard similarity of the two documents' shingle sets: the share
/// of hash functions whose minimum agrees. 0 when either text has no
/// shingle.
///
/// # Panics
///
/// When the signatures have different lengths (they come from detectors with
/// different numbers of hashes).
pub fn estimated_jaccard(a: &Signature, b: &Signature) -> f64 {
    assert_eq!(
        a.mins.len(),
        b.mins.len(),
        "signatures made with different numbers of hashes"
    );
    if a.shingles == 0 || b.shingles == 0 {
        return 0.0;
    }
    agreement(&a.mins, b.mins.as_ref())
}

/// The share of positions where two signatures' values agree.
fn agreement(a: &[u32], b: &[u32]) -> f64 {
    let equal = a.iter().zip(b).filter(|(x, y)| x == y).count();
    equal as f64 / a.len() as f64
}

/// Start of the seed sequence. Changing it changes every signature.
const SEED_START: u64 = 0x7a6f_6e65_6772_6170; // "zonegrap"

/// One of `k` bins for a hash, from its high 32 bits (multiply and shift
/// instead of a division).
fn bin_of(hash: u64, k: usize) -> usize {
    (((hash >> 32) * k as u64) >> 32) as usize
}

/// Counts distinct 64-bit hashes: an open-addressing set sized for at most
/// so many, never more than half full. The hashes are already mixed, so
/// their low bits pick the slot. With it instead of sorting the hashes,
/// `signature` took about a third less time (criterion, `dedup/signature_1mb`).
struct HashCount {
    slots: Vec<u64>,
    /// Zero marks an empty slot, so the hash 0 is remembered apart.
    zero: bool,
    count: usize,
}

impl HashCount {
    fn for_at_most(n: usize) -> HashCount {
        HashCount {
            slots: vec![0; (2 * n).next_power_of_two().max(16)],
            zero: false,
            count: 0,
        }
    }

    fn insert(&mut self, h: u64) {
        if h == 0 {
            self.count += usize::from(!self.zero);
            self.zero = true;
            return;
        }
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            match self.slots[i] {
                0 => {
                    self.slots[i] = h;
                    self.count += 1;
                    return;
                }
                seen if seen == h => return,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// FNV-1a over the code points of a shingle, then mixed.
fn shingle_hash(shingle: &[u32]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in shingle {
        h ^= u64::from(c);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix64(h)
}

/// The letters and digits (`char::is_alphanumeric`), kept for shingles.
/// One bit of a table of the Basic Multilingual Plane answers for nearly
/// every character of a Chinese text, where `is_alphanumeric` searches
/// several tables for each punctuation mark. With it, and the characters'
/// vector sized up front, `dedup/signature_1mb` took about a quarter less
/// time.
struct Kept(BmpSet);

impl Kept {
    /// The table, made once.
    fn table() -> &'static Kept {
        static TABLE: std::sync::LazyLock<Kept> = std::sync::LazyLock::new(|| {
            let mut set = BmpSet::EMPTY;
            for c in ('\0'..'\u{1_0000}').filter(|c| c.is_alphanumeric()) {
                set.insert(c);
            }
            Kept(set)
        });
        &TABLE
    }

    #[inline]
    fn has(&self, c: char) -> bool {
        if c < '\u{1_0000}' {
            self.0.contains(c)
        } else {
            c.is_alphanumeric()
        }
    }
}

/// The splitmix64 finaliser: a bijection on `u64` with good avalanche.
fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The splitmix64 generator: next value of the sequence that starts at `state`.
pub(crate) fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    mix64(*state)
}

/// For tests: a function that picks a number below its argument, from a
/// splitmix64 sequence started at `seed`, so random test inputs are the
/// same on every run.
#[cfg(test)]
pub(crate) fn picker(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| (splitmix64(&mut seed) % n as u64) as usize
}

/// Bucket key of one band of a signature.
fn band_key(values: &[u32]) -> u64 {
    values.iter().fold(0, |h, &v| mix64(h ^ u64::from(v)))
}

/// Disjoint sets over document indices, with path halving and union by size.
struct UnionFind {
    parent: Vec<u32>,
    size: Vec<u32>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n as u32).collect(),
            size: vec![1; n],
        }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grandparent = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grandparent;
            x = grandparent;
        }
        x
    }

    fn union(&mut self, a: u32, b: u32) {
        let (a, b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        let (big, small) = if self.size[a as usize] >= self.size[b as usize] {
            (a, b)
        } else {
            (b, a)
        };
        self.parent[small as usize] = big;
        self.size[big as usize] += self.size[small as usize];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGNING: &str = include_str!("../examples/2024-03-15_gangzha_signing.txt");
    const REPOST: &str = include_str!("../examples/2024-11-02_repost.txt");
    const HAIMEN: &str = include_str!("../examples/2024-05-20_haimen_clusters.md");
    const NANTONG: &str = include_str!("../examples/2024-07-01_nantong_edz.html");
    const GANGKAI: &str = include_str!("../examples/2024-09-10_gangkai_plan.txt");
    const NEWS: &str = include_str!("../examples/news.jsonl");

    // Fixtures written for these tests; the zone 临江经济开发区 is invented.
    const WIND: &str = "4月9日，临江经济开发区举行风电装备产业推进会，六家整机和零部件企业与园区签订合作协议，\
合计投资约46亿元。按照协议，一家叶片企业将在港区北侧新建两条百米级叶片生产线，预计明年二季度试产；\
另一家轴承企业计划把大兆瓦主轴承的热处理工序迁入园区，并配套建设一座检测中心。

园区管委会负责人介绍，近三年来当地风电装备产值年均增长两成以上，已经形成从塔筒、法兰到海缆的较完整链条，\
但高端轴承和变桨控制系统仍需从外地采购。今年园区将拿出两千亩储备用地，专门用于补齐这些环节，\
还与本地职业院校合作开设焊接与吊装培训班，首期招收学员三百名。

推进会上，多家企业反映码头泊位紧张、大件运输审批耗时较长。园区回应称，二期重件码头将于年内开工，\
建成后可满足十五兆瓦机组整机出运；大件运输将试行“一次申报、全程通行”，审批时间由五个工作日压缩到两个工作日。";

    /// `WIND` as another site prints it: half-width punctuation, full-width
    /// digits, spaces around numbers and a line break inside a sentence.
    const WIND_REFORMATTED: &str =
        "４月９日, 临江经济开发区举行风电装备产业推进会,六家整机和零部件企业与园区签订合作协议,\
合计投资约 46 亿元. 按照协议,一家叶片企业将在港区北侧新建两条百米级叶片生产线,预计明年二季度试产;
另一家轴承企业计划把大兆瓦主轴承的热处理工序迁入园区,并配套建设一座检测中心.
    园区管委会负责人介绍,近三年来当地风电装备产值年均增长两成以上,已经形成从塔筒/法兰到海缆的较完整链条,\
但高端轴承和变桨控制系统仍需从外地采购. 今年园区将拿出两千亩储备用地, 专门用于补齐这些环节,\
还与本地职业院校合作开设焊接与吊装培训班,首期招收学员三百名.
    推进会上,多家企业反映码头泊位紧张, 大件运输审批耗时较长. 园区回应称, 二期重件码头将于年内开工,\
建成后可满足十五兆瓦机组整机出运; 大件运输将试行\"一次申报, 全程通行\", 审批时间由五个工作日压缩到两个工作日.";

    const REPOST_HEADER: &str =
        "【转载】临江开发区风电装备产业推进会签约46亿元\n来源：海岸财经网　　2024-04-11 10:20\n\n";
    const REPOST_FOOTER: &str = "\n\n（转载自临江发布，如有侵权请联系删除）\n编辑：唐雨　校对：何川";

    /// Boilerplate that every story of the zone's news office carries.
    const INTRO: &str =
        "临江经济开发区地处长江入海口北岸，规划面积一百二十平方公里，是全省先进制造业集聚发展的重点园区。";
    const SOURCE: &str =
        "（来源：临江经济开发区融媒体中心。欢迎关注“临江发布”微信公众号，获取园区最新招商政策与项目动态。）";

    const COLD_CHAIN: &str = "5月16日，临江经济开发区冷链物流中心正式投入运营。项目由一家本地供应链企业投资建设，\
总投资约9亿元，建有低温库房八万平方米，可同时存放水产品、乳制品和疫苗等不同温区的货物。中心负责人表示，\
依托园区铁路专用线，货物从入库到装车最快只需四十分钟，下一步还将开通至西部主要城市的冷链班列。";

    const WETLAND: &str = "国庆假期，江心岛湿地公园接待游客十二万人次，同比增长三成。景区新开放的观鸟栈道全长两公里，\
沿线设置了六处观测点，志愿者现场为游客讲解候鸟迁徙知识。为缓解停车压力，景区在入口外侧增设临时停车场，\
并开通三条接驳公交线路，游客可以在市区换乘直达。";

    const BRIEF: &str = "临江开发区召开安全生产会议。";

    fn signatures(d: &Dedup, texts: &[&str]) -> Vec<Signature> {
        texts.iter().map(|t| d.signature(t)).collect()
    }

    /// The texts of a JSON Lines file.
    fn jsonl_texts(jsonl: &str) -> Vec<String> {
        jsonl
            .lines()
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).expect("json line");
                v["text"].as_str().expect("text").to_owned()
            })
            .collect()
    }

    /// Deterministic filler text: `n` CJK ideographs from a seeded generator.
    fn filler(seed: u64, n: usize) -> String {
        let mut state = seed;
        (0..n)
            .map(|_| char::from_u32(0x4E00 + (splitmix64(&mut state) % 0x5000) as u32).expect("cjk"))
            .collect()
    }

    #[test]
    fn the_kept_table_is_is_alphanumeric() {
        for c in '\0'..=char::MAX {
            assert_eq!(Kept::table().has(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn pairs() {
        let repost = format!("{REPOST_HEADER}{WIND}{REPOST_FOOTER}");
        let wind_story = format!("{INTRO}{}{SOURCE}", WIND.split("\n\n").next().expect("paragraph"));
        let cold_chain_story = format!("{INTRO}{COLD_CHAIN}{SOURCE}");
        // (case, a, b, grouped)
        let cases: &[(&str, &str, &str, bool)] = &[
            ("identical", WIND, WIND, true),
            ("punctuation, width and whitespace only", WIND, WIND_REFORMATTED, true),
            ("repost with its own header and footer", WIND, &repost, true),
            ("example story and its repost", SIGNING, REPOST, true),
            ("unrelated", WIND, WETLAND, false),
            ("same zone, shared boilerplate", &wind_story, &cold_chain_story, false),
            ("same zone, same boilerplate only", INTRO, SOURCE, false),
            ("empty", "", "", false),
            ("punctuation only", "，。！？「」……", "，。！？「」……", false),
            ("short brief", BRIEF, BRIEF, false),
        ];
        let d = Dedup::default();
        for &(case, a, b, grouped) in cases {
            let sigs = signatures(&d, &[a, b]);
            let want = if grouped { vec![0, 0] } else { vec![0, 1] };
            let j = estimated_jaccard(&sigs[0], &sigs[1]);
            assert_eq!(d.groups(&sigs), want, "{case}: estimated jaccard {j}");
            assert_eq!(d.similar(&sigs[0], &sigs[1]), grouped, "{case}");
            let swapped = [sigs[1].clone(), sigs[0].clone()];
            assert_eq!(d.groups(&swapped), want, "{case}, swapped");
        }
    }

    #[test]
    fn example_story_groups_with_its_repost_only() {
        let news = jsonl_texts(NEWS);
        let mut texts = vec![SIGNING, HAIMEN, NANTONG, REPOST, GANGKAI];
        texts.extend(news.iter().map(String::as_str));
        let d = Dedup::default();
        let sigs = signatures(&d, &texts);
        assert_eq!(d.groups(&sigs), vec![0, 1, 2, 0, 4, 5, 6, 7]);
        // The pair clears the threshold; the same-zone work plan is far away.
        assert!(estimated_jaccard(&sigs[0], &sigs[3]) >= d.threshold());
        assert!(estimated_jaccard(&sigs[0], &sigs[4]) < 0.1);
    }

    #[test]
    fn streaming_index_agrees_with_batch_groups() {
        let d = Dedup::default();
        let texts = [HAIMEN, SIGNING, NANTONG, REPOST, GANGKAI, SIGNING];
        let sigs: Vec<Signature> = texts.iter().map(|t| d.signature(t)).collect();
        let batch = d.groups(&sigs);
        let mut index = DedupIndex::new(&d);
        let streamed: Vec<usize> = sigs.into_iter().map(|s| index.insert(s)).collect();
        assert_eq!(streamed, batch);
        assert_eq!(streamed, vec![0, 1, 2, 1, 4, 1]);
    }

    #[test]
    fn streaming_index_past_a_full_bucket() {
        // More copies than a bucket keeps, with short documents (never
        // grouped, kept out of the buckets) and other stories between them:
        // every copy still finds the first one, as the batch grouping does.
        let d = Dedup::default();
        let mut texts: Vec<String> = Vec::new();
        for i in 0..(3 * MAX_BUCKET_REPS) {
            texts.push(format!("{REPOST_HEADER}{WIND}{REPOST_FOOTER}"));
            texts.push(if i % 2 == 0 {
                "港闸经济开发区召开安全生产会议。".to_string()
            } else {
                filler(i as u64, 40)
            });
        }
        texts.push(WIND.to_string());
        let sigs: Vec<Signature> = texts.iter().map(|t| d.signature(t)).collect();
        let batch = d.groups(&sigs);
        let mut index = DedupIndex::new(&d);
        let streamed: Vec<usize> = sigs.into_iter().map(|s| index.insert(s)).collect();
        assert_eq!(streamed, batch);
        assert!((0..texts.len()).step_by(2).all(|i| streamed[i] == 0));
        assert_eq!(streamed[texts.len() - 1], 0);
        assert!((1..texts.len() - 1).step_by(2).all(|i| streamed[i] == i));
    }

    #[test]
    fn representative_is_first_in_input_order() {
        let repost = format!("{REPOST_HEADER}{WIND}{REPOST_FOOTER}");
        let d = Dedup::default();
        let sigs = signatures(&d, &[WETLAND, &repost, COLD_CHAIN, WIND, WIND_REFORMATTED]);
        assert_eq!(d.groups(&sigs), vec![0, 1, 2, 1, 1]);
        assert!(d.groups(&[]).is_empty());
    }

    #[test]
    fn groups_are_transitive() {
        // A window of ten segments that moves by two: each text shares 8
        // segments with its neighbour (Jaccard 8/12 ≈ 0.67), A and C share 6
        // (6/14 ≈ 0.43). 512 hashes keep the estimates within a few hundredths.
        let segments: Vec<String> = (0..14).map(|i| filler(i, 40)).collect();
        let window = |from: usize| segments[from..from + 10].concat();
        let (a, b, c) = (window(0), window(2), window(4));
        let d = Dedup::new(5, 512, 128, 0.55);
        let sigs = signatures(&d, &[&a, &c, &b]);
        assert!(d.similar(&sigs[0], &sigs[2]), "A ~ B");
        assert!(d.similar(&sigs[2], &sigs[1]), "B ~ C");
        assert!(!d.similar(&sigs[0], &sigs[1]), "A !~ C");
        assert_eq!(d.groups(&sigs), vec![0, 0, 0]);
    }

    #[test]
    fn hash_count_counts_distinct_hashes() {
        let mut state = 7;
        let random: Vec<u64> = (0..5000).map(|_| splitmix64(&mut state)).collect();
        let repeated: Vec<u64> = random.iter().chain(&random[..2500]).copied().collect();
        // Hashes that share their low bits collide in the table and probe on.
        let colliding: Vec<u64> = (1..=40).map(|i| i << 40).chain((1..=40).map(|i| i << 40)).collect();
        let cases: &[(&str, &[u64])] = &[
            ("none", &[]),
            ("zero once", &[0]),
            ("zero thrice, and others", &[0, 5, 0, 5, 0, 6]),
            ("random", &random),
            ("random, half repeated", &repeated),
            ("colliding", &colliding),
        ];
        for (case, hashes) in cases {
            let mut count = HashCount::for_at_most(hashes.len());
            for &h in *hashes {
                count.insert(h);
            }
            let mut sorted = hashes.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(count.count, sorted.len(), "{case}");
        }
    }

    #[test]
    fn same_input_same_output() {
        let news = jsonl_texts(NEWS);
        let repost = format!("{REPOST_HEADER}{WIND}{REPOST_FOOTER}");
        let mut texts = vec![
            WIND,
            SIGNING,
            BRIEF,
            &repost,
            REPOST,
            "",
            WETLAND,
            WIND_REFORMATTED,
            GANGKAI,
        ];
        texts.extend(news.iter().map(String::as_str));
        let runs: Vec<(Vec<Signature>, Vec<usize>)> = (0..2)
            .map(|_| {
                let d = Dedup::default();
                let sigs = signatures(&d, &texts);
                let groups = d.groups(&sigs);
                (sigs, groups)
            })
            .collect();
        assert_eq!(runs[0], runs[1]);
        assert_eq!(runs[0].1, vec![0, 1, 2, 0, 1, 5, 6, 0, 8, 9, 10, 11]);
        // Pinned values: a change here changes every stored signature.
        assert_eq!(runs[0].0[0].values()[..4], PINNED);
    }
    const PINNED: [u32; 4] = [1123513967, 1178356372, 120981076, 3341205927];

    /// Distinct shingles are counted up to the detector's minimum, so that
    /// whether a text may be grouped is what counting them all would say.
    #[test]
    fn shingles_are_counted_up_to_the_minimum() {
        let repeated = "甲乙丙丁戊".repeat(40);
        for min in [1, 20, 50] {
            let d = Dedup::default().with_min_shingles(min);
            for text in [
                String::new(),
                filler(1, 4),
                filler(2, 5),
                filler(3, 23),
                filler(4, 24),
                filler(5, 60),
                filler(6, 2000),
                repeated.clone(),
            ] {
                let chars: Vec<char> = text.chars().collect();
                let all = chars.windows(5).collect::<std::collections::BTreeSet<_>>().len();
                let got = d.signature(&text).shingles();
                assert_eq!(got, all.min(min), "min {min}, {} chars", chars.len());
                assert_eq!(got >= min, all >= min);
            }
        }
    }

    #[test]
    fn short_documents_stay_alone() {
        let d = Dedup::default();
        assert_eq!(d.signature("").shingles(), 0);
        assert_eq!(d.signature("甲乙丙丁").shingles(), 0);
        assert_eq!(d.signature("甲乙丙丁戊").shingles(), 1);
        // Twenty-four letters give exactly twenty shingles: the first length
        // that may be grouped.
        let just_long_enough = filler(7, 24);
        let just_too_short = filler(8, 23);
        let texts = [
            just_long_enough.as_str(),
            &just_long_enough,
            &just_too_short,
            &just_too_short,
            "",
            "",
        ];
        assert_eq!(d.groups(&signatures(&d, &texts)), vec![0, 0, 2, 3, 4, 5]);
        assert_eq!(estimated_jaccard(&d.signature(""), &d.signature("")), 0.0);
        // The limit is a parameter.
        let d = d.with_min_shingles(1);
        assert_eq!(d.groups(&signatures(&d, &[BRIEF, BRIEF])), vec![0, 0]);
    }

    #[test]
    fn many_copies_of_one_story() {
        let d = Dedup::default();
        let sigs: Vec<Signature> = (0..500)
            .map(|i| d.signature(&format!("{REPOST_HEADER}{WIND}（第{i}次转载）")))
            .collect();
        assert!(d.groups(&sigs).iter().all(|&g| g == 0));
    }

    #[test]
    #[should_panic(expected = "different number of hashes")]
    fn signatures_from_another_detector_are_refused() {
        let sig = Dedup::new(5, 64, 16, 0.7).signature(WIND);
        Dedup::default().groups(&[sig]);
    }

    #[test]
    #[should_panic(expected = "bands")]
    fn more_bands_than_hashes_is_refused() {
        Dedup::new(5, 16, 32, 0.7);
    }
}
