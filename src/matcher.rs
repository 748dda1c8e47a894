//! Matcher stage: find dictionary names in normalised text.
//!
//! One Aho-Corasick automaton holds every canonical name and alias of every
//! entity, as normalised keys (see [`crate::normalize::normalize_key`]). It
//! runs with [`MatchKind::LeftmostLongest`] and reports non-overlapping
//! matches: at each position the longest name that starts there wins, and a
//! match hides every name inside it. So `华能H级75万千瓦燃机项目` is one
//! project mention, not the company `华能` followed by text, and with the
//! dictionary {知识产权, 国家知识产权局} the text `国家知识产权` yields
//! `知识产权` (a standard, non-leftmost-longest automaton would commit to the
//! unfinished longer name and find nothing).
//!
//! A key claimed by two entities goes to the first one loaded; `zonegraph dict
//! check` reports such collisions.

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
    /// The `aho-corasick` crate: a byte-wise contiguous NFA (a DFA below a few
    /// hundred keys), as chosen by its builder.
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

/// The two automata of one engine, over the same patterns in the same order:
/// pattern `i` stands for `Matcher::target_of[i]`.
///
/// Neither keeps the key strings: aho-corasick keeps each pattern's length,
/// daachorse an output record (value, length, parent) per pattern. The keys
/// themselves live only while the automata are built.
enum Automata {
    AhoCorasick {
        /// Leftmost-longest, for [`Matcher::find`].
        leftmost: AhoCorasick,
        /// Standard (overlapping), for [`Matcher::inside`].
        overlapping: AhoCorasick,
    },
    Daachorse {
        /// Leftmost-longest, for [`Matcher::find`]. Values are pattern indices.
        leftmost: CharwiseDoubleArrayAhoCorasick<u32>,
        /// Standard (overlapping), for [`Matcher::inside`].
        overlapping: CharwiseDoubleArrayAhoCorasick<u32>,
    },
}

pub struct Matcher {
    automata: Automata,
    /// What each pattern stands for.
    target_of: Vec<Target>,
}

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
        Matcher::from_keys(keys(dict), engine)
    }

    /// Build from normalised, lowercased, non-empty keys.
    fn from_keys(keys: BTreeMap<String, Target>, engine: Engine) -> Matcher {
        let (patterns, target_of): (Vec<String>, Vec<Target>) = keys.into_iter().unzip();
        let automata = match engine {
            Engine::AhoCorasick => {
                let build = |kind| {
                    AhoCorasickBuilder::new()
                        .match_kind(kind)
                        .build(&patterns)
                        .expect("an automaton over non-empty patterns builds")
                };
                Automata::AhoCorasick {
                    leftmost: build(MatchKind::LeftmostLongest),
                    overlapping: build(MatchKind::Standard),
                }
            }
            Engine::Daachorse => {
                // Pattern i gets the value i; patterns are unique and non-empty.
                let build = |kind| {
                    CharwiseDoubleArrayAhoCorasickBuilder::new()
                        .match_kind(kind)
                        .build(&patterns)
                        .expect("a double-array automaton over unique patterns builds")
                };
                Automata::Daachorse {
                    leftmost: build(DaachorseKind::LeftmostLongest),
                    overlapping: build(DaachorseKind::Standard),
                }
            }
        };
        Matcher { automata, target_of }
    }

    /// The engine this matcher runs.
    pub fn engine(&self) -> Engine {
        match self.automata {
            Automata::AhoCorasick { .. } => Engine::AhoCorasick,
            Automata::Daachorse { .. } => Engine::Daachorse,
        }
    }

    /// Heap bytes held by the automata and the pattern-to-target table.
    pub fn heap_bytes(&self) -> usize {
        let automata = match &self.automata {
            Automata::AhoCorasick { leftmost, overlapping } => leftmost.memory_usage() + overlapping.memory_usage(),
            Automata::Daachorse { leftmost, overlapping } => leftmost.heap_bytes() + overlapping.heap_bytes(),
        };
        automata + self.target_of.capacity() * std::mem::size_of::<Target>()
    }

    fn to_match(&self, start: usize, end: usize, pattern: usize) -> Match {
        Match {
            start,
            end,
            target: self.target_of[pattern],
        }
    }

    /// Matches in a haystack that is already normalised and ASCII-lowercased.
    pub fn find(&self, haystack: &str) -> Vec<Match> {
        match &self.automata {
            Automata::AhoCorasick { leftmost, .. } => leftmost
                .find_iter(haystack)
                .map(|m| self.to_match(m.start(), m.end(), m.pattern().as_usize()))
                .collect(),
            Automata::Daachorse { leftmost, .. } => leftmost
                .leftmost_find_iter(haystack)
                .map(|m| self.to_match(m.start(), m.end(), m.value() as usize))
                .collect(),
        }
    }

    /// Names lying inside `haystack[start..end]` (a match found by
    /// [`Matcher::find`]) that are shorter than the match itself.
    /// Leftmost-longest hides them; relations such as "a project named after
    /// its owner" need them. They come by end, and at one end longest first.
    pub fn inside(&self, haystack: &str, start: usize, end: usize) -> Vec<Match> {
        let span = &haystack[start..end];
        let all: Vec<Match> = match &self.automata {
            Automata::AhoCorasick { overlapping, .. } => overlapping
                .find_overlapping_iter(span)
                .map(|m| self.to_match(m.start(), m.end(), m.pattern().as_usize()))
                .collect(),
            Automata::Daachorse { overlapping, .. } => overlapping
                .find_overlapping_iter(span)
                .map(|m| self.to_match(m.start(), m.end(), m.value() as usize))
                .collect(),
        };
        all.into_iter()
            .filter(|m| m.end - m.start < end - start)
            .map(|m| Match {
                start: start + m.start,
                end: start + m.end,
                ..m
            })
            .collect()
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

/// Every normalised key of the dictionary and what it stands for. A
/// `BTreeMap`, so the first entity to claim a key keeps it and patterns come
/// in a stable order.
fn keys(dict: &Dictionary) -> BTreeMap<String, Target> {
    let mut keys: BTreeMap<String, Target> = BTreeMap::new();
    for (i, entity) in dict.entities.iter().enumerate() {
        for form in entity.forms() {
            let key = normalize_key(form);
            if !key.is_empty() {
                keys.entry(key).or_insert(Target::Entity(i));
            }
        }
    }
    for (i, generic) in dict.generics.iter().enumerate() {
        let key = normalize_key(&generic.form);
        if !key.is_empty() {
            keys.entry(key).or_insert(Target::Generic(i));
        }
    }
    keys
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
            // A narrow alphabet makes dense, deeply nested dictionaries; a
            // wide one sparse ones.
            let letters = &ALPHABET[..rng.range(3, ALPHABET.len())];
            let mut letter = |rng: &mut Rng| letters[rng.range(0, letters.len() - 1)];
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
            let [ac, daac] = Engine::ALL.map(|engine| Matcher::from_keys(keys.clone(), engine));
            for text in 0..TEXTS_PER_DICTIONARY {
                let text: String = (0..rng.range(150, 750))
                    .map(|_| {
                        let c = letter(&mut rng);
                        if rng.next() % 2 == 0 { c.to_ascii_uppercase() } else { c }
                    })
                    .collect();
                let hay = text.to_ascii_lowercase();
                let context = || format!("dictionary {dictionary}: keys {keys:?} text {hay:?}");
                let reference = text.len() % 5 == 0;

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
    fn known_case_through_from_keys() {
        let keys: BTreeMap<String, Target> = [("知识产权", Target::Entity(0)), ("国家知识产权局", Target::Entity(1))]
            .map(|(k, t)| (k.to_string(), t))
            .into();
        for engine in Engine::ALL {
            let m = Matcher::from_keys(keys.clone(), engine);
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
