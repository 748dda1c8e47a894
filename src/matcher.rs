//! Matcher stage: find dictionary names in normalised text.
//!
//! One matcher holds every canonical name and alias of every entity, as
//! normalised keys (see [`crate::normalize::normalize_key`]). It
//! runs with leftmost-longest semantics and reports non-overlapping matches:
//! at each position the longest name that starts there wins, and a match hides
//! every name inside it. So `华能H级75万千瓦燃机项目` is one project mention,
//! not the company `华能` followed by text, and with the dictionary
//! {知识产权, 国家知识产权局} the text `国家知识产权` yields `知识产权` (a
//! standard, non-leftmost-longest automaton would commit to the unfinished
//! longer name and find nothing).
//!
//! A key claimed by two entities goes to the first one loaded; `zonegraph dict
//! check` reports such collisions.
//!
//! # Engines
//!
//! Three implementations sit behind [`Matcher`], chosen with [`Engine`]
//! (`--engine` on the command line); all give identical matches and byte
//! offsets for [`Matcher::find`] and [`Matcher::inside`]
//! (`engines_agree_on_random_dictionaries` below holds them to it on 3,000
//! random dictionary/text pairs, and to a brute-force reference on a fifth
//! of them; `trie_engine_agrees_where_most_places_are_passed_over` on
//! sparse dictionaries of 3,000 characters):
//!
//! - [`Engine::Crawdad`], the default: the `crawdad` crate's character-wise
//!   double-array trie. Leftmost-longest is found by its definition: at the
//!   first place where a key starts, the longest key there, then on from its
//!   end. A trie has no failure links or output sets to build, which is what
//!   makes daachorse's build slow and large; and most places are passed over
//!   after a test of two bit tables (`Starts`), and most of the rest after a
//!   third (`Thirds`), so the trie is walked at about one place in a hundred,
//!   nearly always where a key starts. The keys are split by first character
//!   into two tries built at once (`TRIE_PARTS`).
//! - [`Engine::Daachorse`]: the `daachorse` crate's character-wise
//!   double-array Aho-Corasick automaton, one standard automaton for both
//!   calls. It takes one transition per character, where a byte-wise
//!   automaton takes three per CJK character.
//! - [`Engine::AhoCorasick`]: the `aho-corasick` crate, as chosen by its
//!   builder (a DFA up to 100 keys, a contiguous NFA above).
//!
//! Crawdad is the default because it builds 3.6–4.7× faster than daachorse
//! (114 against 538 ms at 10⁵ names, 2.1 against 7.7 s at 10⁶, in
//! `cargo bench --bench engines`), which is serial start-up time in every
//! build, and holds a third of the memory, while matching at 0.7–0.8× the
//! speed of daachorse's own leftmost-longest automaton at 10⁴–10⁵ names
//! (0.6–0.8× before the third start test):
//! whole builds of 200 MB were faster with it at 10⁵ and 10⁶ names. The
//! README's Performance section has the figures and commands.
//!
//! Daachorse replaced aho-corasick as the default first: it matched about
//! 3× faster, built 3.8–6.5× faster and held about half the memory at every
//! dictionary size measured then (50 MB of generated text, 10⁴–10⁶ company
//! names; aho-corasick 98, 45 and 19 MB/s, daachorse 309, 140 and 61 MB/s;
//! aho-corasick's DFA, forced, was slower still and held 1 GB at 10⁵ keys).
//!
//! Memory: aho-corasick holds two automata (leftmost-longest for `find`,
//! standard for `inside`); daachorse holds one standard automaton and picks
//! the leftmost-longest matches from its overlapping ones (see
//! [`Matcher::find`]); the trie engine holds its tries, 150 KiB of bit
//! tables and a third-test table of 2 bytes a key (256 KiB at 10⁵ names).
//! None keeps the key strings. Aho-corasick also holds a 16-byte target per
//! key; daachorse and crawdad pack the target into each key's
//! `u32` value. While building, the keys are held once, end to end in one
//! string (see `Keys`), beside the builder's own transient structures: at
//! 10⁶ names daachorse's peak was about 1.7 GB above the loaded dictionary.
//! A compiled matcher ([`crate::compiled`]) skips the build.

#[cfg(test)]
use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use crawdad::Trie;
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind as DaachorseKind};
use rayon::prelude::*;

use crate::dict::Dictionary;
use crate::normalize::{NormText, normalize_key};

/// What a dictionary key stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// An entity, by index in the dictionary.
    Entity(usize),
    /// A generic reference (`开发区`), by index in `Dictionary::generics`.
    Generic(usize),
}

/// A match in normalised text: a byte range and what it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub target: Target,
}

impl Match {
    pub fn entity(&self) -> Option<usize> {
        match self.target {
            Target::Entity(i) => Some(i),
            Target::Generic(_) => None,
        }
    }
}

/// An entity mention in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the original file (or JSONL text).
    pub start: usize,
    pub end: usize,
    /// Byte range in the normalised text.
    pub norm_start: usize,
    pub norm_end: usize,
    /// Index of the entity in the dictionary.
    pub entity: usize,
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// How the mention was found.
    pub kind: MentionKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A dictionary name or alias.
    Name,
    /// A generic reference (`开发区`) resolved to the article's salient
    /// entity; the index is into `Dictionary::generics`.
    Resolved(usize),
    /// A pronoun-like reference (`全区`) resolved the same way: it anchors
    /// relations but is not a mention of its own.
    Anchor(usize),
    /// A name inside a longer mention, kept as a mention of its own (a zone
    /// at the start of an organisation's name: `[南通开发区]宣传部`).
    Nested,
}

/// Which implementation a [`Matcher`] runs.
///
/// All give the same matches with the same byte offsets, for
/// [`Matcher::find`] and [`Matcher::inside`] alike (a randomised test in this
/// module holds them to it); they differ in speed and memory only. See the
/// module docs for measurements.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Engine {
    /// The `aho-corasick` crate: a byte-wise contiguous NFA (a DFA up to 100
    /// keys), as chosen by its builder.
    AhoCorasick,
    /// The `daachorse` crate: a character-wise double-array automaton, which
    /// takes one transition per character rather than one per byte.
    Daachorse,
    /// The `crawdad` crate's character-wise double-array trie, walked from
    /// each place where a name may start (see `Starts`): no failure links
    /// to build, and most places are passed over after one bit test.
    #[default]
    Crawdad,
}

impl Engine {
    /// Every engine, in a stable order.
    pub const ALL: [Engine; 3] = [Engine::AhoCorasick, Engine::Daachorse, Engine::Crawdad];

    /// The engine of a [`name`](Engine::name), as `--engine` takes it.
    pub fn from_name(name: &str) -> Option<Engine> {
        Engine::ALL.into_iter().find(|e| e.name() == name)
    }

    /// A short lowercase name, as a command-line flag would spell it.
    pub fn name(self) -> &'static str {
        match self {
            Engine::AhoCorasick => "aho-corasick",
            Engine::Daachorse => "daachorse",
            Engine::Crawdad => "crawdad",
        }
    }
}

/// The automata of one engine.
///
/// Neither engine keeps the key strings, which live only while the automata
/// are built. Aho-corasick holds two automata, a leftmost-longest one for
/// [`Matcher::find`] and a standard (overlapping) one for
/// [`Matcher::inside`], keeps each pattern's length and needs a table from
/// pattern index to target. Daachorse holds one standard automaton for both
/// (see [`Matcher::find`] for how the leftmost-longest matches are picked
/// from its overlapping ones) and keeps an output record (value, length,
/// parent) per pattern, whose `u32` value is the target itself (see
/// [`pack`]), so it needs no table and no lookup per match.
enum Automata {
    AhoCorasick {
        leftmost: AhoCorasick,
        overlapping: AhoCorasick,
        /// What pattern `i` stands for.
        target_of: Vec<Target>,
    },
    /// Boxed: a daachorse automaton is 128 bytes inline, an `AhoCorasick` 24.
    Daachorse {
        overlapping: Box<CharwiseDoubleArrayAhoCorasick<u32>>,
    },
    /// One trie per part of the keys (see [`TRIE_PARTS`]), `None` for a
    /// part without keys, which crawdad cannot build. The tries' values are
    /// [`pack`]ed targets, as daachorse's are.
    Crawdad {
        tries: Vec<Option<Trie>>,
        starts: Box<Starts>,
    },
}

impl Automata {
    /// The trie engine over `keys`, split into `parts` tries built at once,
    /// with the start test built beside them.
    fn crawdad(keys: &Keys, parts: usize) -> Automata {
        let mut split: Vec<Vec<(&str, u32)>> = vec![Vec::new(); parts];
        for (key, value) in keys.iter() {
            let first = key.chars().next().expect("keys are not empty");
            split[trie_part(first, parts)].push((key, value));
        }
        let (tries, starts) = rayon::join(
            || {
                split
                    .into_par_iter()
                    .map(|part| {
                        (!part.is_empty()).then(|| {
                            Trie::from_records(part)
                                .expect("a trie over unique, non-empty keys with 31-bit values builds")
                        })
                    })
                    .collect()
            },
            || Starts::of(keys.iter().map(|(key, _)| key)),
        );
        Automata::Crawdad {
            tries,
            starts: Box::new(starts),
        }
    }
}

/// How many tries the trie engine splits its keys into, by their first
/// character (see [`trie_part`]), built at once on two cores.
///
/// Crawdad builds a trie on one thread, and that was the longest serial
/// stretch of a start-up: at 10⁶ names about 0.85 s of 3.6 s with the other
/// core idle. Two tries over the two halves of the keys built in 0.57–0.89 s
/// together, against 0.84–0.97 s for one (three rounds). A walk starts at a place whose first character is known, so it
/// only needs that character's trie; the results are the same. Each trie
/// carries its own character table (for Chinese keys about 160 KiB), which is
/// why there are not more parts than this machine has cores.
const TRIE_PARTS: usize = 2;

/// Which of `parts` tries holds the keys that start with `a`: Fibonacci
/// hashing of its code point, so that neighbouring characters spread.
#[inline]
fn trie_part(a: char, parts: usize) -> usize {
    ((u64::from(u32::from(a).wrapping_mul(0x9E37_79B1)) * parts as u64) >> 32) as usize
}

/// What a compiled trie engine starts with when it holds the third test
/// ([`Thirds`]); files written before it start with [`PAIR_BITS`].
const WITH_THIRDS: u32 = PAIR_BITS | 1 << 8;

/// Bits in [`Starts::pairs`]: 2²⁰ bits, 128 KiB, which stays in cache while
/// a document is scanned. At 10⁵ names (about 125,000 keys) some 3% of the
/// places in generated news text passed the test, a third of them real
/// starts; fewer bits let more false starts through to the trie walk.
const PAIR_BITS: u32 = 20;

/// Which places in a text may start a key, for the trie engine, tested
/// before the trie is walked there: first whether any key starts with the
/// character (a bit per character, its code point modulo 2¹⁶: 8 KiB), then
/// whether any key starts with the pair of characters there (a bit per
/// hashed pair) or is that one character. A clear bit proves that no key
/// starts there; a set bit may be another character's or pair's (a false
/// start, which the walk then rejects).
///
/// Walking the trie from every place ran at half the speed of daachorse's
/// automaton. In generated news text at 10⁵ names, a fifth of the places
/// passed the first test and 2% the second, so the walk runs at a few
/// places in a hundred, and the larger pair table is read at a fifth.
/// Places that pass both then take a third test ([`Thirds`]).
///
/// The tables are arrays of a fixed size, so that indexing them needs no
/// bounds check. Three other ways of testing were measured and were no
/// faster (session 20, 4 MB of generated text, in one process against this
/// one): reading the bytes at a place instead of decoding characters,
/// stepping three bytes at a time through Chinese text; reading both bits
/// at every place and combining them without a branch; and gathering the
/// places that pass the first test a block at a time before testing them
/// further.
struct Starts {
    firsts: Box<CharBits>,
    pairs: Box<PairBits>,
    /// Only when some key is a single character.
    singles: Option<Box<CharBits>>,
    /// The third test, for places that pass the first two.
    /// `None` in a compiled file written before it, where every place that
    /// passes the first two is walked.
    thirds: Option<Thirds>,
}

/// The third test of [`Starts`]: whether any key starts with the three
/// characters at a place (a bit per hashed triple), or is the two there (a
/// bit per hashed pair).
///
/// At 10⁵ names 43% of the places that passed the first two tests in
/// generated news text were no key's start (25,480 walks for 14,385
/// matches), and a walk costs tens of nanoseconds, mostly waiting on the
/// trie's memory; with this test every walk in that text found a match
/// (14,385). It is read at those few places only, so its table can be
/// large: 16 bits a key, so that at most one bit in 16 is set.
struct Thirds {
    bits: u32,
    triples: Box<[u64]>,
    whole_pairs: Box<CharBits>,
}

impl Thirds {
    /// Bits in the triple table for `keys` keys: 16 a key, within
    /// [`TRIPLE_BITS`].
    fn bits_for(keys: usize) -> u32 {
        (keys.max(1) * 16)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(*TRIPLE_BITS.start(), *TRIPLE_BITS.end())
    }

    fn triple_bit(&self, a: char, b: char, c: char) -> usize {
        let h = (u64::from(u32::from(a)) << 42) ^ (u64::from(u32::from(b)) << 21) ^ u64::from(u32::from(c));
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - self.bits)) as usize
    }

    /// A pair's bit in [`Thirds::whole_pairs`].
    fn whole_pair_bit(a: char, b: char) -> usize {
        Starts::pair_bit(a, b) >> (PAIR_BITS - 16)
    }

    /// Whether a key may start with `a`, `b`, then the characters of
    /// `after`.
    fn may_start(&self, a: char, b: char, after: &std::str::CharIndices) -> bool {
        let c = after.clone().nth(1).map_or('\0', |(_, c)| c);
        bit_set(&self.triples, self.triple_bit(a, b, c))
            || bit_set(self.whole_pairs.as_slice(), Thirds::whole_pair_bit(a, b))
    }
}

/// How many bits (as a power of two) a triple table may have: at least 2¹⁶,
/// at most 2²⁶ (8 MiB, reached at about 4 million keys).
const TRIPLE_BITS: std::ops::RangeInclusive<u32> = 16..=26;

/// 2¹⁶ bits: [`Starts::firsts`] and [`Starts::singles`], a bit per
/// character, and [`Thirds::whole_pairs`], a bit per hashed pair.
type CharBits = [u64; 1 << 10];

/// [`Starts::pairs`]: a bit per hashed pair of characters.
type PairBits = [u64; 1 << (PAIR_BITS - 6)];

/// A zeroed table, made on the heap (on the stack the pair table would take
/// 128 KiB of it first).
fn zeroed<const N: usize>() -> Box<[u64; N]> {
    vec![0; N].into_boxed_slice().try_into().expect("N words")
}

fn bit_set(words: &[u64], bit: usize) -> bool {
    (words[bit >> 6] >> (bit & 63)) & 1 != 0
}

fn set_bit(words: &mut [u64], bit: usize) {
    words[bit >> 6] |= 1 << (bit & 63);
}

impl Starts {
    /// A character's bit in [`Starts::firsts`] and [`Starts::singles`].
    #[inline]
    fn char_bit(a: char) -> usize {
        u32::from(a) as usize & 0xFFFF
    }

    /// A pair's bit: Fibonacci hashing of both code points together.
    #[inline]
    fn pair_bit(a: char, b: char) -> usize {
        ((u32::from(a) << 11) ^ u32::from(b)).wrapping_mul(0x9E37_79B1) as usize >> (32 - PAIR_BITS)
    }

    fn of<'k>(keys: impl ExactSizeIterator<Item = &'k str>) -> Starts {
        let bits = Thirds::bits_for(keys.len());
        let mut thirds = Thirds {
            bits,
            triples: vec![0; 1 << (bits - 6)].into_boxed_slice(),
            whole_pairs: zeroed(),
        };
        let mut starts = Starts {
            firsts: zeroed(),
            pairs: zeroed(),
            singles: None,
            thirds: None,
        };
        for key in keys {
            let mut chars = key.chars();
            let Some(a) = chars.next() else { continue };
            set_bit(starts.firsts.as_mut_slice(), Starts::char_bit(a));
            let Some(b) = chars.next() else {
                set_bit(
                    starts.singles.get_or_insert_with(zeroed).as_mut_slice(),
                    Starts::char_bit(a),
                );
                continue;
            };
            set_bit(starts.pairs.as_mut_slice(), Starts::pair_bit(a, b));
            match chars.next() {
                Some(c) => {
                    let bit = thirds.triple_bit(a, b, c);
                    set_bit(&mut thirds.triples, bit);
                }
                None => set_bit(thirds.whole_pairs.as_mut_slice(), Thirds::whole_pair_bit(a, b)),
            }
        }
        starts.thirds = Some(thirds);
        starts
    }

    /// Whether a key may start with the character `a`, followed by the
    /// characters of `after`. The character after `a` is read only if `a`
    /// passes.
    #[inline(always)]
    fn may_start(&self, a: char, after: &std::str::CharIndices) -> bool {
        if !bit_set(self.firsts.as_slice(), Starts::char_bit(a)) {
            return false;
        }
        let b = after.clone().next().map_or('\0', |(_, b)| b);
        (bit_set(self.pairs.as_slice(), Starts::pair_bit(a, b))
            && self.thirds.as_ref().is_none_or(|t| t.may_start(a, b, after)))
            || self.singles.as_deref().is_some_and(|s| bit_set(s, Starts::char_bit(a)))
    }
}

/// A [`Target`] as a daachorse value: the index shifted left by one, the low
/// bit set for a generic reference.
fn pack(target: Target) -> u32 {
    let (index, generic) = match target {
        Target::Entity(i) => (i, 0),
        Target::Generic(i) => (i, 1),
    };
    // crawdad keeps the top bit of a value for itself.
    let index = u32::try_from(index)
        .ok()
        .filter(|&i| i < 1 << 30)
        .expect("fewer than 2^30 entities and generic references");
    index << 1 | generic
}

fn unpack(value: u32) -> Target {
    let index = (value >> 1) as usize;
    if value & 1 == 0 {
        Target::Entity(index)
    } else {
        Target::Generic(index)
    }
}

pub struct Matcher {
    automata: Automata,
}

/// What [`Matcher::from_compiled`] found wrong with a serialised automaton.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadAutomaton(pub String);

impl Matcher {
    /// Build the automaton over every entity name and alias, and every
    /// generic reference, with the default [`Engine`]. Generic forms sit in
    /// the same automaton so that leftmost-longest keeps `开发区` from firing
    /// inside `港闸经济开发区`.
    pub fn new(dict: &Dictionary) -> Matcher {
        Matcher::with_engine(dict, Engine::default())
    }

    /// [`Matcher::new`] with a chosen engine.
    pub fn with_engine(dict: &Dictionary, engine: Engine) -> Matcher {
        Matcher::from_keys(&Keys::of(dict), engine)
    }

    /// Build from the unique keys of a dictionary.
    fn from_keys(keys: &Keys, engine: Engine) -> Matcher {
        let automata = match engine {
            Engine::AhoCorasick => {
                let patterns: Vec<&str> = keys.iter().map(|(key, _)| key).collect();
                let build = |kind| {
                    AhoCorasickBuilder::new()
                        .match_kind(kind)
                        .build(&patterns)
                        .expect("an automaton over non-empty patterns builds")
                };
                Automata::AhoCorasick {
                    leftmost: build(MatchKind::LeftmostLongest),
                    overlapping: build(MatchKind::Standard),
                    target_of: keys.iter().map(|(_, value)| unpack(value)).collect(),
                }
            }
            Engine::Daachorse => {
                let automaton = CharwiseDoubleArrayAhoCorasickBuilder::new()
                    .match_kind(DaachorseKind::Standard)
                    .build_with_values(keys.iter())
                    .expect("a double-array automaton over unique, non-empty patterns builds");
                Automata::Daachorse {
                    overlapping: Box::new(automaton),
                }
            }
            Engine::Crawdad => Automata::crawdad(keys, TRIE_PARTS),
        };
        Matcher { automata }
    }

    /// The engine this matcher runs.
    pub fn engine(&self) -> Engine {
        match self.automata {
            Automata::AhoCorasick { .. } => Engine::AhoCorasick,
            Automata::Daachorse { .. } => Engine::Daachorse,
            Automata::Crawdad { .. } => Engine::Crawdad,
        }
    }

    /// Heap bytes held by the automata (and aho-corasick's target table).
    pub fn heap_bytes(&self) -> usize {
        match &self.automata {
            Automata::AhoCorasick {
                leftmost,
                overlapping,
                target_of,
            } => {
                leftmost.memory_usage()
                    + overlapping.memory_usage()
                    + target_of.capacity() * std::mem::size_of::<Target>()
            }
            Automata::Daachorse { overlapping } => overlapping.heap_bytes(),
            Automata::Crawdad { tries, starts } => {
                tries.iter().flatten().map(Trie::heap_bytes).sum::<usize>()
                    + std::mem::size_of::<CharBits>() * (1 + usize::from(starts.singles.is_some()))
                    + std::mem::size_of::<PairBits>()
                    + starts.thirds.as_ref().map_or(0, |t| {
                        std::mem::size_of_val::<[u64]>(&t.triples) + std::mem::size_of::<CharBits>()
                    })
            }
        }
    }

    /// The matcher in a form [`Matcher::from_compiled`] reads back, for a
    /// compiled matcher file (see [`crate::compiled`]); `None` for the
    /// aho-corasick engine, which has no stable serialised form.
    ///
    /// Daachorse's is its own serialised automaton. The trie engine's is:
    /// `PAIR_BITS | 1 << 8` (`u32`), the first-character bits (2¹⁰ words),
    /// the pair bits, a byte saying whether the one-character bits follow
    /// (then 2¹⁰ words), the third start test (its triple bits as a
    /// `u32`, the triple table, then the whole-pair bits, 2¹⁰ words), then
    /// the tries: a byte with their number n (2 or more), and for each a
    /// byte saying whether it follows (a part without keys has none), then
    /// crawdad's own serialised trie. Little-endian throughout.
    ///
    /// Older files are still read, and a matcher read from one writes it
    /// so. Files written before the third test start with `PAIR_BITS` alone
    /// and have no third test. Files written before the keys were split hold
    /// one trie: where the number would be, a byte saying whether it follows
    /// (0 or 1), then the trie.
    pub fn to_compiled(&self) -> Option<(Engine, Vec<u8>)> {
        match &self.automata {
            Automata::AhoCorasick { .. } => None,
            Automata::Daachorse { overlapping } => Some((Engine::Daachorse, overlapping.serialize())),
            Automata::Crawdad { tries, starts } => {
                let mut out = Vec::new();
                let layout = if starts.thirds.is_some() {
                    WITH_THIRDS
                } else {
                    PAIR_BITS
                };
                out.extend_from_slice(&layout.to_le_bytes());
                let words = |out: &mut Vec<u8>, words: &[u64]| {
                    for w in words {
                        out.extend_from_slice(&w.to_le_bytes());
                    }
                };
                words(&mut out, starts.firsts.as_slice());
                words(&mut out, starts.pairs.as_slice());
                out.push(u8::from(starts.singles.is_some()));
                if let Some(singles) = &starts.singles {
                    words(&mut out, singles.as_slice());
                }
                if let Some(thirds) = &starts.thirds {
                    out.extend_from_slice(&thirds.bits.to_le_bytes());
                    words(&mut out, &thirds.triples);
                    words(&mut out, thirds.whole_pairs.as_slice());
                }
                let trie = |out: &mut Vec<u8>, trie: &Option<Trie>| {
                    out.push(u8::from(trie.is_some()));
                    if let Some(trie) = trie {
                        out.extend_from_slice(&trie.serialize_to_vec());
                    }
                };
                match tries.as_slice() {
                    [one] => trie(&mut out, one),
                    parts => {
                        out.push(u8::try_from(parts.len()).expect("fewer than 256 tries"));
                        for part in parts {
                            trie(&mut out, part);
                        }
                    }
                }
                Some((Engine::Crawdad, out))
            }
        }
    }

    /// A matcher from the bytes [`Matcher::to_compiled`] wrote.
    ///
    /// Daachorse's checked `deserialize` bounds every state, failure link
    /// and output index. Crawdad's reader trusts its input, so every length
    /// in the trie engine's bytes is checked here first; no input makes
    /// loading panic, and matching indexes only with bounds checks. Neither
    /// proves the automaton is the one that was written (a forged one could
    /// report wrong ranges, or make matching panic), which is why
    /// [`crate::compiled`] verifies a SHA-256 of these bytes first. A
    /// daachorse automaton must be a standard (overlapping) one, and either
    /// must take all the bytes.
    pub fn from_compiled(engine: Engine, bytes: &[u8]) -> Result<Matcher, BadAutomaton> {
        match engine {
            Engine::AhoCorasick => Err(BadAutomaton("the aho-corasick engine cannot be compiled".into())),
            Engine::Daachorse => {
                let (automaton, rest) = CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(bytes)
                    .map_err(|e| BadAutomaton(format!("automaton does not load: {e}")))?;
                if !rest.is_empty() {
                    return Err(BadAutomaton(format!("{} bytes after the automaton", rest.len())));
                }
                if automaton.match_kind() != DaachorseKind::Standard {
                    return Err(BadAutomaton(format!(
                        "automaton has match kind {:?}, not Standard",
                        automaton.match_kind()
                    )));
                }
                Ok(Matcher {
                    automata: Automata::Daachorse {
                        overlapping: Box::new(automaton),
                    },
                })
            }
            Engine::Crawdad => {
                let mut r = Bytes(bytes);
                let layout = r.u32()?;
                if layout != PAIR_BITS && layout != WITH_THIRDS {
                    return Err(BadAutomaton(format!("start tables of layout {layout:#x}")));
                }
                let firsts = r.table()?;
                let pairs = r.table()?;
                let singles = if r.flag()? { Some(r.table()?) } else { None };
                let thirds = if layout == WITH_THIRDS {
                    let bits = r.u32()?;
                    if !TRIPLE_BITS.contains(&bits) {
                        return Err(BadAutomaton(format!("{bits} triple bits")));
                    }
                    let triples = r.words(1 << (bits - 6))?;
                    Some(Thirds {
                        bits,
                        triples,
                        whole_pairs: r.table()?,
                    })
                } else {
                    None
                };
                let tries = match r.take(1)?[0] {
                    0 => vec![None],
                    1 => vec![Some(r.trie()?)],
                    n => (0..n)
                        .map(|_| if r.flag()? { r.trie().map(Some) } else { Ok(None) })
                        .collect::<Result<_, _>>()?,
                };
                if !r.0.is_empty() {
                    return Err(BadAutomaton(format!("{} bytes after the trie", r.0.len())));
                }
                Ok(Matcher {
                    automata: Automata::Crawdad {
                        tries,
                        starts: Box::new(Starts {
                            firsts,
                            pairs,
                            singles,
                            thirds,
                        }),
                    },
                })
            }
        }
    }

    /// Matches in a haystack that is already normalised and ASCII-lowercased.
    ///
    /// Daachorse finds every (overlapping) match with its one standard
    /// automaton and picks the leftmost-longest ones here: sorted by start,
    /// longest first, each match is kept when it starts at or after the end
    /// of the last one kept. That is the definition of leftmost-longest, and
    /// it spares building a second automaton over the same keys, which
    /// halves the build time, the memory and a compiled file.
    pub fn find(&self, haystack: &str) -> Vec<Match> {
        match &self.automata {
            Automata::AhoCorasick {
                leftmost, target_of, ..
            } => leftmost
                .find_iter(haystack)
                .map(|m| Match {
                    start: m.start(),
                    end: m.end(),
                    target: target_of[m.pattern().as_usize()],
                })
                .collect(),
            Automata::Daachorse { overlapping } => {
                let mut all: Vec<(usize, usize, u32)> = overlapping
                    .find_overlapping_iter(haystack)
                    .map(|m| (m.start(), m.end(), m.value()))
                    .collect();
                // Keys are unique, so no two matches share start and end.
                all.sort_unstable_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
                let mut kept = Vec::new();
                let mut from = 0;
                for (start, end, value) in all {
                    if start >= from {
                        kept.push(Match {
                            start,
                            end,
                            target: unpack(value),
                        });
                        from = end;
                    }
                }
                kept
            }
            Automata::Crawdad { tries, starts } => {
                let mut kept = Vec::new();
                let mut from = 0;
                while let Some(m) = first_longest(tries, starts, haystack, from) {
                    from = m.end;
                    kept.push(m);
                }
                kept
            }
        }
    }

    /// Names lying inside `haystack[start..end]` (a match found by
    /// [`Matcher::find`]) that are shorter than the match itself.
    /// Leftmost-longest hides them; relations such as "a project named after
    /// its owner" need them. They come by end, and at one end longest first.
    pub fn inside(&self, haystack: &str, start: usize, end: usize) -> Vec<Match> {
        let span = &haystack[start..end];
        // Shift a match in `span` back into `haystack`, keeping it if shorter.
        let shorter = |m_start: usize, m_end: usize, target: Target| {
            (m_end - m_start < span.len()).then_some(Match {
                start: start + m_start,
                end: start + m_end,
                target,
            })
        };
        match &self.automata {
            Automata::AhoCorasick {
                overlapping, target_of, ..
            } => overlapping
                .find_overlapping_iter(span)
                .filter_map(|m| shorter(m.start(), m.end(), target_of[m.pattern().as_usize()]))
                .collect(),
            Automata::Daachorse { overlapping } => overlapping
                .find_overlapping_iter(span)
                .filter_map(|m| shorter(m.start(), m.end(), unpack(m.value())))
                .collect(),
            Automata::Crawdad { tries, starts } => {
                let mut all = Vec::new();
                let mut places = span.char_indices();
                while let Some((at, a)) = places.next() {
                    // A key of two characters or more starting at the span's
                    // last one would end outside it, so the test sees the
                    // span only.
                    if !starts.may_start(a, &places) {
                        continue;
                    }
                    let Some(trie) = &tries[trie_part(a, tries.len())] else {
                        continue;
                    };
                    let tail = &span[at..];
                    for (value, count) in trie.common_prefix_search(tail.chars()) {
                        all.extend(shorter(at, at + char_bytes(tail, count), unpack(value)));
                    }
                }
                // The automata's order: by end, and at one end longest first.
                all.sort_unstable_by_key(|m| (m.end, m.start));
                all
            }
        }
    }

    /// Mentions of dictionary names in a normalised document, with original
    /// offsets and sentences. Generic references are left out; see
    /// [`crate::relations::salience`] for those.
    pub fn mentions(&self, norm: &NormText, sentences: &[crate::normalize::Sentence]) -> Vec<Mention> {
        let haystack = norm.text.to_ascii_lowercase();
        self.find(&haystack)
            .into_iter()
            .filter_map(|m| Some(mention(norm, sentences, m.start, m.end, m.entity()?, MentionKind::Name)))
            .collect()
    }
}

/// The leftmost-longest key in `haystack[from..]`, for the trie engine: the
/// first place where a key starts, and the longest key there.
fn first_longest(tries: &[Option<Trie>], starts: &Starts, haystack: &str, from: usize) -> Option<Match> {
    let mut places = haystack[from..].char_indices();
    while let Some((i, a)) = places.next() {
        let at = from + i;
        if !starts.may_start(a, &places) {
            continue;
        }
        let Some(trie) = &tries[trie_part(a, tries.len())] else {
            continue;
        };
        let tail = &haystack[at..];
        if let Some((value, count)) = trie.common_prefix_search(tail.chars()).last() {
            return Some(Match {
                start: at,
                end: at + char_bytes(tail, count),
                target: unpack(value),
            });
        }
    }
    None
}

/// The bytes of the first `count` characters of `text` (crawdad counts a
/// match in characters).
fn char_bytes(text: &str, count: usize) -> usize {
    text.chars().take(count).map(char::len_utf8).sum()
}

/// Reads [`Matcher::to_compiled`]'s trie-engine bytes; every read checks
/// that the bytes are there.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], BadAutomaton> {
        if n > self.0.len() {
            return Err(BadAutomaton(format!(
                "trie truncated: {n} bytes wanted, {} left",
                self.0.len()
            )));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u32(&mut self) -> Result<u32, BadAutomaton> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }

    fn flag(&mut self) -> Result<bool, BadAutomaton> {
        match self.take(1)?[0] {
            0 => Ok(false),
            1 => Ok(true),
            b => Err(BadAutomaton(format!("flag byte {b}, not 0 or 1"))),
        }
    }

    fn words(&mut self, n: usize) -> Result<Box<[u64]>, BadAutomaton> {
        Ok(self
            .take(n * 8)?
            .chunks_exact(8)
            .map(|w| u64::from_le_bytes(w.try_into().expect("8 bytes")))
            .collect())
    }

    /// A bit table of `N` words.
    fn table<const N: usize>(&mut self) -> Result<Box<[u64; N]>, BadAutomaton> {
        Ok(self.words(N)?.try_into().expect("N words were taken"))
    }

    /// Crawdad's trie: a code table (`u32` length, then `u32`s), the
    /// alphabet size, a node count and 8 bytes a node. The lengths are
    /// checked against the bytes before crawdad, which slices without
    /// checking, reads them.
    fn trie(&mut self) -> Result<Trie, BadAutomaton> {
        let all = self.0;
        let table = self.u32()? as usize;
        self.take(
            table
                .checked_mul(4)
                .ok_or_else(|| BadAutomaton("code table too large".into()))?,
        )?;
        self.u32()?;
        let nodes = self.u32()? as usize;
        self.take(
            nodes
                .checked_mul(8)
                .ok_or_else(|| BadAutomaton("trie too large".into()))?,
        )?;
        let used = all.len() - self.0.len();
        let (trie, rest) = Trie::deserialize_from_slice(&all[..used]);
        debug_assert!(rest.is_empty());
        Ok(trie)
    }
}

/// Every normalised key of a dictionary and what it stands for, unique and
/// sorted, so patterns come in a stable order.
///
/// The keys sit end to end in one string, each found by its start and
/// length: at 10⁶ entities that is about 1.1 million keys, and one
/// allocation each (a `BTreeMap<String, Target>` before) cost more in
/// `malloc` and key comparisons than the sort below.
struct Keys {
    text: String,
    /// (start in `text`, length, [`pack`]ed target).
    keys: Vec<(usize, u32, u32)>,
}

/// Entities whose keys are normalised together (see [`Keys::of`]): enough
/// to share among the cores, few enough that their keys are not held twice.
const KEY_SLICE: usize = 1 << 16;

impl Keys {
    /// The keys of every entity form, then of every generic reference. When
    /// two claim one key, the first keeps it (as `dict check` reports).
    ///
    /// Keys are normalised on every core, a slice of entities at a time
    /// (normalising them one by one was 4% of a build's start-up at 10⁶
    /// names), and pushed in entity order.
    fn of(dict: &Dictionary) -> Keys {
        let mut keys = Keys {
            text: String::new(),
            keys: Vec::new(),
        };
        for (first, slice) in (0..).step_by(KEY_SLICE).zip(dict.entities.chunks(KEY_SLICE)) {
            let normalised: Vec<Vec<String>> = slice
                .par_iter()
                .map(|entity| entity.forms().map(normalize_key).collect())
                .collect();
            for (i, forms) in (first..).zip(normalised) {
                for form in forms {
                    keys.push(&form, Target::Entity(i));
                }
            }
        }
        // After every listed form, so that a listed form of another entity
        // keeps its key (the first pushed wins a tie).
        for (i, entity) in dict.entities.iter().enumerate().filter(|(_, e)| e.etype == "cluster") {
            for form in entity.forms() {
                for attached in attached_forms(form) {
                    keys.push(&normalize_key(&attached), Target::Entity(i));
                }
            }
        }
        for (i, generic) in dict.generics.iter().enumerate() {
            keys.push(&normalize_key(&generic.form), Target::Generic(i));
        }
        keys.finish();
        keys
    }

    fn push(&mut self, key: &str, target: Target) {
        if key.is_empty() {
            return;
        }
        let len = u32::try_from(key.len()).expect("a key shorter than 4 GB");
        self.keys.push((self.text.len(), len, pack(target)));
        self.text.push_str(key);
    }

    fn key(&self, (start, len, _): (usize, u32, u32)) -> &str {
        &self.text[start..start + len as usize]
    }

    /// Sort by key and keep the first of equal keys: ties go by where the
    /// key sits in `text`, so the first is the one pushed first.
    ///
    /// The sort runs on every core: on one it was 12% of a build's start-up
    /// at 10⁶ names. Rayon's stable sort merged so slowly at 10⁷ keys that
    /// it cost more than it saved; with the tie broken by position, the
    /// unstable sort gives the same order.
    fn finish(&mut self) {
        let mut keys = std::mem::take(&mut self.keys);
        keys.par_sort_unstable_by(|&a, &b| self.key(a).cmp(self.key(b)).then(a.0.cmp(&b.0)));
        keys.dedup_by(|later, first| self.key(*later) == self.key(*first));
        keys.shrink_to_fit();
        self.keys = keys;
    }

    /// (key, packed target) in key order.
    fn iter(&self) -> impl ExactSizeIterator<Item = (&str, u32)> {
        self.keys.iter().map(|&k| (self.key(k), k.2))
    }

    /// Keys given as a map, for tests.
    #[cfg(test)]
    fn from_map(map: &BTreeMap<String, Target>) -> Keys {
        let mut keys = Keys {
            text: String::new(),
            keys: Vec::new(),
        };
        for (key, &target) in map {
            keys.push(key, target);
        }
        keys.finish();
        keys
    }
}

/// The revision of the rules that turn a dictionary into keys
/// (normalisation and generated forms such as [`attached_forms`]). A compiled
/// matcher written under another revision is not used. Revision 2 added the
/// attached forms.
pub const KEYS_REVISION: u32 = 2;

/// The attached-suffix forms of an industry's name that its dictionary row
/// may not list: `电子信息` → `电子信息产业`, `…产业集群`, `…产业链`,
/// `…集群`; `稀土产业` → `稀土产业集群`, `稀土产业链`. Written together, the
/// suffix is part of the mention (the gold sets' convention, and what a
/// reader sees: `风电装备产业链` is one term), and a suffixed form is an
/// industry wherever it stands, so `bare=in_context` never gates it. A form
/// that already ends in a suffix, or in `业` (`装备制造业`), gets none.
pub fn attached_forms(form: &str) -> Vec<String> {
    const ENDS: [&str; 3] = ["集群", "链", "业"];
    if form.ends_with("产业") {
        vec![format!("{form}集群"), format!("{form}链")]
    } else if ENDS.iter().any(|end| form.ends_with(end)) {
        Vec::new()
    } else {
        ["产业", "产业集群", "产业链", "集群"]
            .iter()
            .map(|s| format!("{form}{s}"))
            .collect()
    }
}

/// A mention of `entity` at a range of the normalised text.
pub fn mention(
    norm: &NormText,
    sentences: &[crate::normalize::Sentence],
    norm_start: usize,
    norm_end: usize,
    entity: usize,
    kind: MentionKind,
) -> Mention {
    let (start, end) = norm.to_original(norm_start, norm_end);
    Mention {
        start,
        end,
        norm_start,
        norm_end,
        entity,
        sentence: sentences.partition_point(|s| s.end <= norm_start),
        kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn dict(names: &[&str]) -> Dictionary {
        let mut text = String::from("id\ttype\tname\taliases\tattributes\n");
        for (i, name) in names.iter().enumerate() {
            let (name, aliases) = name.split_once('=').unwrap_or((name, ""));
            text.push_str(&format!("e{i}\tcompany\t{name}\t{aliases}\t\n"));
        }
        let mut d = Dictionary::default();
        let mut problems = Vec::new();
        d.load_file(Path::new("t.tsv"), text.as_bytes(), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        d
    }

    /// When entities share a name, the first in the dictionary keeps it,
    /// with every engine, also when the keys are many enough to be sorted
    /// on several threads.
    #[test]
    fn the_first_entity_keeps_a_shared_name() {
        let names: Vec<String> = (0..6000).map(|i| format!("共名{}号公司", i % 50)).collect();
        let d = dict(&names.iter().map(String::as_str).collect::<Vec<_>>());
        for engine in Engine::ALL {
            let m = Matcher::with_engine(&d, engine);
            for k in [0, 7, 49] {
                let text = format!("甲{}乙", names[k]);
                let found: Vec<Option<usize>> = m.find(&text).iter().map(Match::entity).collect();
                assert_eq!(found, vec![Some(k)], "{engine:?}, name {k}");
            }
        }
    }

    /// An industry's name written with an attached suffix is one mention of
    /// it, though its row does not list that form; a form another entity
    /// lists keeps its own entity; other types get no attached forms.
    #[test]
    fn attached_industry_forms() {
        let rows = "id\ttype\tname\taliases\tattributes\n\
                    c1\tcluster\t风电\t风电装备\t\n\
                    c2\tcluster\t稀土\t稀土产业\t\n\
                    z1\tzone\t风电产业集群示范区\t\t\n\
                    f1\tcompany\t海衡\t\t\n";
        let mut d = Dictionary::default();
        let mut problems = Vec::new();
        d.load_file(Path::new("t.tsv"), rows.as_bytes(), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        // (text, expected (matched substring, entity index))
        let cases: &[(&str, &[(&str, usize)])] = &[
            ("打造风电装备产业链", &[("风电装备产业链", 0)]),
            ("风电集群和风电产业", &[("风电集群", 0), ("风电产业", 0)]),
            ("稀土产业链", &[("稀土产业链", 1)]),
            ("稀土产业集群", &[("稀土产业集群", 1)]),
            // Listed elsewhere: the longer listed name wins, as ever.
            ("风电产业集群示范区", &[("风电产业集群示范区", 2)]),
            ("海衡集群", &[("海衡", 3)]),
        ];
        for engine in Engine::ALL {
            let m = Matcher::with_engine(&d, engine);
            for (text, want) in cases {
                let got: Vec<(&str, usize)> = m
                    .find(text)
                    .iter()
                    .map(|x| (&text[x.start..x.end], x.entity().unwrap()))
                    .collect();
                assert_eq!(&got, want, "{engine:?}: {text}");
            }
        }
        assert_eq!(attached_forms("装备制造业"), Vec::<String>::new());
        assert_eq!(attached_forms("风电产业链"), Vec::<String>::new());
    }

    #[test]
    fn leftmost_longest_cases() {
        // (dictionary, text, expected matched substrings)
        let cases: &[(&[&str], &str, &[&str])] = &[
            // The known pyahocorasick failure.
            (&["知识产权", "国家知识产权局"], "国家知识产权", &["知识产权"]),
            (&["知识产权", "国家知识产权局"], "国家知识产权局", &["国家知识产权局"]),
            (
                &["华能", "华能H级75万千瓦燃机项目"],
                "华能H级75万千瓦燃机项目开工",
                &["华能h级75万千瓦燃机项目"],
            ),
            (
                &["华能", "华能H级75万千瓦燃机项目"],
                "华能集团和华能h级75万千瓦燃机项目",
                &["华能", "华能h级75万千瓦燃机项目"],
            ),
            (&["港闸经济开发区=港开"], "在港开创新创业", &["港开"]),
            (
                &["装备制造", "高端装备制造"],
                "高端装备制造、装备制造",
                &["高端装备制造", "装备制造"],
            ),
            (&["SK Hynix"], "sk hynix公司", &["sk hynix"]),
        ];
        for engine in Engine::ALL {
            for (names, text, want) in cases {
                let d = dict(names);
                let m = Matcher::with_engine(&d, engine);
                assert_eq!(m.engine(), engine);
                let hay = text.to_ascii_lowercase();
                let got: Vec<&str> = m.find(&hay).iter().map(|x| &hay[x.start..x.end]).collect();
                assert_eq!(got, *want, "{engine:?}: dict {names:?} text {text:?}");
            }
        }
    }

    #[test]
    fn inside_cases() {
        // (dictionary, text, expected names inside the first match, in order)
        let cases: &[(&[&str], &str, &[&str])] = &[
            (
                &["知识产权", "国家知识产权局", "国家"],
                "国家知识产权局",
                &["国家", "知识产权"],
            ),
            (
                &["华能", "华能H级75万千瓦燃机项目"],
                "华能H级75万千瓦燃机项目",
                &["华能"],
            ),
            (
                &["南通开发区", "南通开发区宣传部", "开发区", "开发"],
                "南通开发区宣传部",
                &["开发", "南通开发区", "开发区"],
            ),
            (&["知识产权"], "知识产权", &[]),
        ];
        for engine in Engine::ALL {
            for (names, text, want) in cases {
                let m = Matcher::with_engine(&dict(names), engine);
                let hay = text.to_ascii_lowercase();
                let outer = m.find(&hay)[0];
                let got: Vec<&str> = m
                    .inside(&hay, outer.start, outer.end)
                    .iter()
                    .map(|x| &hay[x.start..x.end])
                    .collect();
                assert_eq!(got, *want, "{engine:?}: dict {names:?} text {text:?}");
            }
        }
    }

    /// A tiny deterministic PRNG (SplitMix64), so the random cases below are
    /// the same on every run.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        /// A number in `lo..=hi`.
        fn range(&mut self, lo: usize, hi: usize) -> usize {
            lo + (self.next() % (hi - lo + 1) as u64) as usize
        }
    }

    /// Leftmost-longest by brute force: at each position the longest key
    /// starting there, else move one character on.
    fn naive_find(keys: &BTreeMap<String, Target>, hay: &str, longest: usize) -> Vec<Match> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < hay.len() {
            let ends = hay[pos..]
                .char_indices()
                .skip(1)
                .map(|(i, _)| pos + i)
                .chain([hay.len()]);
            let hit = ends
                .take(longest)
                .filter_map(|end| Some((end, *keys.get(&hay[pos..end])?)))
                .last();
            match hit {
                Some((end, target)) => {
                    out.push(Match {
                        start: pos,
                        end,
                        target,
                    });
                    pos = end;
                }
                None => pos += hay[pos..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    /// Every key inside `hay[start..end]` and shorter than it, by end and
    /// then longest first.
    fn naive_inside(keys: &BTreeMap<String, Target>, hay: &str, start: usize, end: usize) -> Vec<Match> {
        let bounds: Vec<usize> = hay[start..end]
            .char_indices()
            .map(|(i, _)| start + i)
            .chain([end])
            .collect();
        let mut out = Vec::new();
        for (j, &e) in bounds.iter().enumerate() {
            for &s in &bounds[..j] {
                if e - s < end - start
                    && let Some(&target) = keys.get(&hay[s..e])
                {
                    out.push(Match {
                        start: s,
                        end: e,
                        target,
                    });
                }
            }
        }
        out
    }

    /// All engines give identical `find` and `inside` results on random
    /// dictionaries over a small CJK and ASCII alphabet (so that nested and
    /// overlapping names are common) and random texts over the same alphabet
    /// with upper-case ASCII folded. Every fifth text is also checked against
    /// a brute-force reference, so the two cannot agree on a wrong answer.
    #[test]
    fn engines_agree_on_random_dictionaries() {
        const ALPHABET: [char; 14] = [
            '国', '家', '知', '识', '产', '权', '局', '开', '发', '区', 'a', 'b', 'h', '1',
        ];
        const DICTIONARIES: usize = 50;
        const TEXTS_PER_DICTIONARY: usize = 60;
        let mut rng = Rng(0x5EED_2024);
        let (mut matches, mut nested, mut referenced) = (0, 0, 0);
        for dictionary in 0..DICTIONARIES {
            // A narrow window of the alphabet makes dense, deeply nested
            // dictionaries, a wide one sparse ones; windows at the end are
            // ASCII only, elsewhere mixed or CJK only.
            let width = rng.range(3, ALPHABET.len());
            let first = rng.range(0, ALPHABET.len() - width);
            let letters = &ALPHABET[first..first + width];
            let letter = |rng: &mut Rng| letters[rng.range(0, letters.len() - 1)];
            let longest = rng.range(1, 6);
            let mut keys = BTreeMap::new();
            for i in 0..rng.range(50, 500) {
                let key: String = (0..rng.range(1, longest)).map(|_| letter(&mut rng)).collect();
                let target = if i % 7 == 0 {
                    Target::Generic(i)
                } else {
                    Target::Entity(i)
                };
                keys.entry(key).or_insert(target);
            }
            let [ac, daac, trie] = Engine::ALL.map(|engine| Matcher::from_keys(&Keys::from_map(&keys), engine));
            // Split into other numbers of tries, and read back from the bytes
            // a compiled file holds (one trie is the layout of files written
            // before the split); every other one without the third start
            // test, as files written before it.
            let parts = 1 + dictionary % 5;
            let thirds = dictionary % 2 == 0;
            let mut split = Matcher {
                automata: Automata::crawdad(&Keys::from_map(&keys), parts),
            };
            if let Automata::Crawdad { starts, .. } = &mut split.automata
                && !thirds
            {
                starts.thirds = None;
            }
            let (engine, bytes) = split.to_compiled().expect("the trie engine compiles");
            let layout = u32::from_le_bytes(bytes[..4].try_into().expect("4 bytes"));
            assert_eq!(layout, if thirds { WITH_THIRDS } else { PAIR_BITS });
            let split = Matcher::from_compiled(engine, &bytes).expect("its bytes load");
            assert_eq!(split.to_compiled().expect("it compiles again").1, bytes);
            let Automata::Crawdad { tries, starts } = &split.automata else {
                panic!("the trie engine")
            };
            assert_eq!(tries.len(), parts, "dictionary {dictionary}");
            assert_eq!(starts.thirds.is_some(), thirds, "dictionary {dictionary}");
            for _ in 0..TEXTS_PER_DICTIONARY {
                let text: String = (0..rng.range(150, 750))
                    .map(|_| {
                        let c = letter(&mut rng);
                        if rng.next().is_multiple_of(2) {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect();
                let hay = text.to_ascii_lowercase();
                let context = || format!("dictionary {dictionary}: keys {keys:?} text {hay:?}");
                let reference = text.len().is_multiple_of(5);

                let found = ac.find(&hay);
                assert_eq!(daac.find(&hay), found, "find, {}", context());
                assert_eq!(trie.find(&hay), found, "trie find, {}", context());
                assert_eq!(split.find(&hay), found, "{parts} tries find, {}", context());
                if reference {
                    assert_eq!(naive_find(&keys, &hay, longest), found, "reference find, {}", context());
                    referenced += 1;
                }
                matches += found.len();
                // A one-character match has nothing shorter inside it.
                for m in found.iter().filter(|m| hay[m.start..m.end].chars().nth(1).is_some()) {
                    let inside = ac.inside(&hay, m.start, m.end);
                    assert_eq!(daac.inside(&hay, m.start, m.end), inside, "inside {m:?}, {}", context());
                    assert_eq!(
                        trie.inside(&hay, m.start, m.end),
                        inside,
                        "trie inside {m:?}, {}",
                        context()
                    );
                    assert_eq!(
                        split.inside(&hay, m.start, m.end),
                        inside,
                        "{parts} tries inside {m:?}, {}",
                        context()
                    );
                    if reference {
                        assert_eq!(
                            naive_inside(&keys, &hay, m.start, m.end),
                            inside,
                            "reference inside {m:?}"
                        );
                    }
                    nested += inside.len();
                }
            }
        }
        // The cases must exercise what they claim to.
        let cases = DICTIONARIES * TEXTS_PER_DICTIONARY;
        assert!(
            matches > cases * 50 && nested > cases * 10 && referenced > cases / 10,
            "{matches} {nested} {referenced}"
        );
    }

    /// The trie engine against the brute-force reference where its start
    /// test matters: keys over 3,000 characters (most pairs absent, so most
    /// places are passed over), one-character keys, characters outside the
    /// Basic Multilingual Plane, and texts made of pieces of keys (near
    /// misses) and other characters. Daachorse must agree too.
    #[test]
    fn trie_engine_agrees_where_most_places_are_passed_over() {
        let mut rng = Rng(0x7E1E_0001);
        let wide = |rng: &mut Rng| match rng.range(0, 20) {
            0 => char::from_u32(0x20000 + rng.range(0, 50) as u32).expect("a CJK extension B character"),
            1 => char::from_u32(u32::from('a') + rng.range(0, 25) as u32).expect("a letter"),
            _ => char::from_u32(0x4E00 + rng.range(0, 3000) as u32).expect("a CJK character"),
        };
        let (mut matches, mut nested, mut singles) = (0, 0, 0);
        for dictionary in 0..40 {
            let mut keys = BTreeMap::new();
            for i in 0..rng.range(100, 2000) {
                let len = if i % 50 == 0 { 1 } else { rng.range(2, 8) };
                let key: String = (0..len).map(|_| wide(&mut rng)).collect();
                keys.entry(key).or_insert(Target::Entity(i));
            }
            // Keys inside other keys, so that `inside` has work.
            let some: Vec<String> = keys
                .keys()
                .filter(|k| k.chars().count() > 3)
                .take(50)
                .cloned()
                .collect();
            for (i, key) in some.iter().enumerate() {
                let inner: String = key.chars().skip(1).take(2).collect();
                keys.entry(inner).or_insert(Target::Generic(i));
            }
            let list: Vec<&String> = keys.keys().collect();
            let [daac, trie] =
                [Engine::Daachorse, Engine::Crawdad].map(|e| Matcher::from_keys(&Keys::from_map(&keys), e));
            for _ in 0..20 {
                let mut hay = String::new();
                while hay.len() < 2000 {
                    let key = list[rng.range(0, list.len() - 1)];
                    match rng.range(0, 3) {
                        0 => hay.push_str(key),
                        1 => hay.extend(key.chars().take(key.chars().count() - 1)),
                        _ => hay.extend((0..rng.range(1, 30)).map(|_| wide(&mut rng))),
                    }
                }
                let found = naive_find(&keys, &hay, 8);
                assert_eq!(trie.find(&hay), found, "trie find, dictionary {dictionary}: {hay:?}");
                assert_eq!(daac.find(&hay), found, "daachorse find, dictionary {dictionary}");
                matches += found.len();
                singles += found
                    .iter()
                    .filter(|m| hay[m.start..m.end].chars().count() == 1)
                    .count();
                for m in &found {
                    let inside = naive_inside(&keys, &hay, m.start, m.end);
                    assert_eq!(trie.inside(&hay, m.start, m.end), inside, "trie inside {m:?}");
                    assert_eq!(daac.inside(&hay, m.start, m.end), inside, "daachorse inside {m:?}");
                    nested += inside.len();
                }
            }
        }
        assert!(
            matches > 15_000 && nested > 1_000 && singles > 1_000,
            "{matches} {nested} {singles}"
        );
    }

    #[test]
    fn empty_dictionary_matches_nothing() {
        for engine in Engine::ALL {
            let m = Matcher::with_engine(&dict(&[]), engine);
            assert_eq!(m.find("国家知识产权局"), [], "{engine:?}");
            assert_eq!(m.inside("国家知识产权局", 3, 12), [], "{engine:?}");
            assert_eq!(m.find(""), [], "{engine:?}");
        }
    }

    /// The trie engine's bytes, cut anywhere or with a triple table size out
    /// of bounds, are refused, never read past or trusted.
    #[test]
    fn damaged_trie_engine_bytes_are_refused() {
        let m = Matcher::with_engine(&dict(&["国家知识产权局", "知识产权", "开发区", "区"]), Engine::Crawdad);
        let (engine, bytes) = m.to_compiled().expect("the trie engine compiles");
        // Where the third test starts: the layout word, the first-character
        // and pair tables, the flag and the one-character table (a key of
        // one character is in the dictionary).
        let thirds = 4 + size_of::<CharBits>() + size_of::<PairBits>() + 1 + size_of::<CharBits>();
        assert_eq!(
            bytes[thirds - 1 - size_of::<CharBits>()],
            1,
            "the one-character table follows"
        );
        let bits = u32::from_le_bytes(bytes[thirds..thirds + 4].try_into().expect("4 bytes"));
        assert!(TRIPLE_BITS.contains(&bits), "{bits}");
        let triples_end = thirds + 4 + (1 << (bits - 3));
        let cuts = (0..bytes.len()).step_by(1009).chain([
            thirds,
            thirds + 2,
            thirds + 4,
            triples_end - 1,
            triples_end,
            triples_end + size_of::<CharBits>(),
            bytes.len() - 1,
        ]);
        for cut in cuts {
            assert!(Matcher::from_compiled(engine, &bytes[..cut]).is_err(), "cut at {cut}");
        }
        for bad in [0, 15, 27, 64] {
            let mut forged = bytes.clone();
            forged[thirds..thirds + 4].copy_from_slice(&u32::to_le_bytes(bad));
            let Err(BadAutomaton(message)) = Matcher::from_compiled(engine, &forged) else {
                panic!("{bad} triple bits were read");
            };
            assert_eq!(message, format!("{bad} triple bits"));
        }
        let back = Matcher::from_compiled(engine, &bytes).expect("the whole bytes load");
        assert_eq!(back.find("国家知识产权局在开发区"), m.find("国家知识产权局在开发区"));
    }

    #[test]
    fn targets_pack_into_automaton_values() {
        for target in [
            Target::Entity(0),
            Target::Generic(0),
            Target::Entity(7),
            Target::Generic(7),
            Target::Entity((1 << 30) - 1),
            Target::Generic((1 << 30) - 1),
        ] {
            assert_eq!(unpack(pack(target)), target);
        }
    }

    #[test]
    fn known_case_through_from_keys() {
        let keys: BTreeMap<String, Target> = [("知识产权", Target::Entity(0)), ("国家知识产权局", Target::Entity(1))]
            .map(|(k, t)| (k.to_string(), t))
            .into();
        for engine in Engine::ALL {
            let m = Matcher::from_keys(&Keys::from_map(&keys), engine);
            let got = m.find("国家知识产权");
            assert_eq!(
                got,
                [Match {
                    start: 6,
                    end: 18,
                    target: Target::Entity(0)
                }],
                "{engine:?}"
            );
        }
    }
}
