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

pub struct Matcher {
    automaton: AhoCorasick,
    /// Every key again, for finding names inside a match.
    overlapping: AhoCorasick,
    /// What each pattern stands for.
    target_of: Vec<Target>,
}

impl Matcher {
    /// Build the automaton over every entity name and alias, and every
    /// generic reference. Generic forms sit in the same automaton so that
    /// leftmost-longest keeps `开发区` from firing inside `港闸经济开发区`.
    pub fn new(dict: &Dictionary) -> Matcher {
        // BTreeMap: the first entity to claim a key keeps it.
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
        let (patterns, target_of): (Vec<String>, Vec<Target>) = keys.into_iter().unzip();
        let build = |kind| {
            AhoCorasickBuilder::new()
                .match_kind(kind)
                .build(&patterns)
                .expect("an automaton over non-empty patterns builds")
        };
        Matcher {
            automaton: build(MatchKind::LeftmostLongest),
            overlapping: build(MatchKind::Standard),
            target_of,
        }
    }

    fn to_match(&self, m: aho_corasick::Match) -> Match {
        Match {
            start: m.start(),
            end: m.end(),
            target: self.target_of[m.pattern().as_usize()],
        }
    }

    /// Matches in a haystack that is already normalised and ASCII-lowercased.
    pub fn find(&self, haystack: &str) -> Vec<Match> {
        self.automaton.find_iter(haystack).map(|m| self.to_match(m)).collect()
    }

    /// Names lying inside `haystack[start..end]` (a match found by
    /// [`Matcher::find`]) that are shorter than the match itself.
    /// Leftmost-longest hides them; relations such as "a project named after
    /// its owner" need them.
    pub fn inside(&self, haystack: &str, start: usize, end: usize) -> Vec<Match> {
        self.overlapping
            .find_overlapping_iter(&haystack[start..end])
            .map(|m| self.to_match(m))
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
        for (names, text, want) in cases {
            let d = dict(names);
            let m = Matcher::new(&d);
            let hay = text.to_ascii_lowercase();
            let got: Vec<&str> = m.find(&hay).iter().map(|x| &hay[x.start..x.end]).collect();
            assert_eq!(got, *want, "dict {names:?} text {text:?}");
        }
    }
}
