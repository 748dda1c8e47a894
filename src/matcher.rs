//! Matcher stage: find dictionary names in normalised text.
//!
//! One Aho-Corasick automaton holds every canonical name and alias of every
//! entity, as normalised keys (see [`crate::normalize::normalize_key`]). It
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
//! Two implementations sit behind [`Matcher`], chosen with [`Engine`]; both
//! give identical matches and byte offsets for [`Matcher::find`] and
//! [`Matcher::inside`] (`engines_agree_on_random_dictionaries` below holds
//! them to it on 3,000 random dictionary/text pairs, and to a brute-force
//! reference on a fifth of them):
//!
//! - [`Engine::Daachorse`], the default: the `daachorse` crate's
//!   character-wise double-array automaton, one standard automaton for both
//!   calls. It takes one transition per
//!   character, where a byte-wise automaton takes three per CJK character,
//!   and its array layout keeps those transitions compact.
//! - [`Engine::AhoCorasick`]: the `aho-corasick` crate, as chosen by its
//!   builder (a DFA up to 100 keys, a contiguous NFA above).
//!
//! Daachorse is the default because it matched about 3× faster, built
//! 3.8–6.5× faster and held about half the memory at every dictionary size
//! measured, on 50 MB of generated text (characters drawn from the
//! frequencies of `examples/` and the held-out corpus, 16,000 documents of
//! 2–4 KB, a dictionary name or near miss every ~100 characters) with
//! generated company names (region + trade name + industry word + optional
//! legal suffix; every region a key; one company in four with a trade-name
//! alias). Release build on a shared 2-core machine, best of two runs of five
//! passes each; MB/s of haystack, one [`Matcher::find`] call per document;
//! keys of 9–11 characters on average:
//!
//! | keys | build (s) ac / daac | heap (MB) ac / daac | `find` (MB/s) ac / daac | `find` + `inside` (MB/s)    |
//! |------|---------------------|---------------------|-------------------------|-----------------------------|
//! | 10⁴  | 0.13 / 0.02         | 5 / 3               | 98 / 309                | 73 / 235                    |
//! | 10⁵  | 2.4 / 0.54          | 53 / 26             | 45 / 140                | 32 / 80                     |
//! | 10⁶  | 28.9 / 7.6          | 516 / 247           | 19 / 61                 | 14 / 49                     |
//!
//! Through [`Matcher::find`], daachorse kept 0.97–1.05× the speed of a bare
//! daachorse automaton on the same calls, and 0.84–0.88× its speed on the
//! whole 50 MB as one haystack. The bare aho-corasick contiguous NFA ran at
//! 103, 48 and 20 MB/s; its DFA, forced, ran slower still in a single run
//! (26 and 16 MB/s at 10⁴ and 10⁵ keys, holding 92 MB and 1 GB; not tried
//! at 10⁶).
//!
//! (The table predates the single daachorse automaton described below;
//! see the README for the start-up figures measured since.)
//!
//! Memory: aho-corasick holds two automata (leftmost-longest for `find`,
//! standard for `inside`); daachorse holds one standard automaton and picks
//! the leftmost-longest matches from its overlapping ones (see
//! [`Matcher::find`]), which halved its build time and memory. Neither keeps
//! the key strings. Aho-corasick also holds a 16-byte target per key;
//! daachorse packs the target into each key's `u32` value. While building,
//! the keys are held once, end to end in one string (see `Keys`), beside
//! the builder's own transient trie, which dominates: at 10⁶ names
//! daachorse's peak was about 1.7 GB above the loaded dictionary. A compiled
//! matcher ([`crate::compiled`]) skips the build.

#[cfg(test)]
use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind as DaachorseKind};

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

/// Which Aho-Corasick implementation a [`Matcher`] runs.
///
/// Both give the same matches with the same byte offsets, for
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
    #[default]
    Daachorse,
}

impl Engine {
    /// Every engine, in a stable order.
    pub const ALL: [Engine; 2] = [Engine::AhoCorasick, Engine::Daachorse];

    /// A short lowercase name, as a command-line flag would spell it.
    pub fn name(self) -> &'static str {
        match self {
            Engine::AhoCorasick => "aho-corasick",
            Engine::Daachorse => "daachorse",
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
}

/// A [`Target`] as a daachorse value: the index shifted left by one, the low
/// bit set for a generic reference.
fn pack(target: Target) -> u32 {
    let (index, generic) = match target {
        Target::Entity(i) => (i, 0),
        Target::Generic(i) => (i, 1),
    };
    let index = u32::try_from(index)
        .ok()
        .filter(|&i| i < 1 << 31)
        .expect("fewer than 2^31 entities and generic references");
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
        };
        Matcher { automata }
    }

    /// The engine this matcher runs.
    pub fn engine(&self) -> Engine {
        match self.automata {
            Automata::AhoCorasick { .. } => Engine::AhoCorasick,
            Automata::Daachorse { .. } => Engine::Daachorse,
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
        }
    }

    /// The daachorse automaton in daachorse's own serialised form, for a
    /// compiled matcher file (see [`crate::compiled`]); `None` for the
    /// aho-corasick engine, which has no stable serialised form.
    pub fn to_compiled(&self) -> Option<Vec<u8>> {
        match &self.automata {
            Automata::AhoCorasick { .. } => None,
            Automata::Daachorse { overlapping } => Some(overlapping.serialize()),
        }
    }

    /// A daachorse matcher from the bytes [`Matcher::to_compiled`] wrote.
    ///
    /// Uses daachorse's checked `deserialize`, which bounds every state,
    /// failure link and output index, so no input can make matching read out
    /// of bounds; it does not prove the automaton is the one that was
    /// written (a forged one could loop or report wrong ranges), which is
    /// why [`crate::compiled`] verifies a SHA-256 of these bytes first. The
    /// automaton must be a standard (overlapping) one taking all the bytes.
    pub fn from_compiled(bytes: &[u8]) -> Result<Matcher, BadAutomaton> {
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

impl Keys {
    /// The keys of every entity form, then of every generic reference. When
    /// two claim one key, the first keeps it (as `dict check` reports).
    fn of(dict: &Dictionary) -> Keys {
        let mut keys = Keys {
            text: String::new(),
            keys: Vec::new(),
        };
        for (i, entity) in dict.entities.iter().enumerate() {
            for form in entity.forms() {
                keys.push(&normalize_key(form), Target::Entity(i));
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

    /// Sort by key and keep the first of equal keys: the sort is stable, so
    /// that is the one pushed first.
    fn finish(&mut self) {
        let mut keys = std::mem::take(&mut self.keys);
        keys.sort_by(|&a, &b| self.key(a).cmp(self.key(b)));
        keys.dedup_by(|later, first| self.key(*later) == self.key(*first));
        keys.shrink_to_fit();
        self.keys = keys;
    }

    /// (key, packed target) in key order.
    fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
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

    /// Both engines give identical `find` and `inside` results on random
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
            let [ac, daac] = Engine::ALL.map(|engine| Matcher::from_keys(&Keys::from_map(&keys), engine));
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
                if reference {
                    assert_eq!(naive_find(&keys, &hay, longest), found, "reference find, {}", context());
                    referenced += 1;
                }
                matches += found.len();
                // A one-character match has nothing shorter inside it.
                for m in found.iter().filter(|m| hay[m.start..m.end].chars().nth(1).is_some()) {
                    let inside = ac.inside(&hay, m.start, m.end);
                    assert_eq!(daac.inside(&hay, m.start, m.end), inside, "inside {m:?}, {}", context());
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

    #[test]
    fn empty_dictionary_matches_nothing() {
        for engine in Engine::ALL {
            let m = Matcher::with_engine(&dict(&[]), engine);
            assert_eq!(m.find("国家知识产权局"), [], "{engine:?}");
            assert_eq!(m.inside("国家知识产权局", 3, 12), [], "{engine:?}");
            assert_eq!(m.find(""), [], "{engine:?}");
        }
    }

    #[test]
    fn targets_pack_into_daachorse_values() {
        for target in [
            Target::Entity(0),
            Target::Generic(0),
            Target::Entity(7),
            Target::Generic(7),
            Target::Entity((1 << 31) - 1),
            Target::Generic((1 << 31) - 1),
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
