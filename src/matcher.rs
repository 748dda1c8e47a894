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

/// A match in normalised text: a byte range and the entity index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
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
}

pub struct Matcher {
    automaton: AhoCorasick,
    /// Entity index of each pattern.
    entity_of: Vec<usize>,
}

impl Matcher {
    pub fn new(dict: &Dictionary) -> Matcher {
        // BTreeMap: the first entity to claim a key keeps it.
        let mut keys: BTreeMap<String, usize> = BTreeMap::new();
        for (i, entity) in dict.entities.iter().enumerate() {
            for form in entity.forms() {
                let key = normalize_key(form);
                if !key.is_empty() {
                    keys.entry(key).or_insert(i);
                }
            }
        }
        let (patterns, entity_of): (Vec<String>, Vec<usize>) = keys.into_iter().unzip();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("a leftmost-longest automaton over non-empty patterns builds");
        Matcher {
            automaton,
            entity_of,
        }
    }

    /// Matches in a haystack that is already normalised and ASCII-lowercased.
    pub fn find(&self, haystack: &str) -> Vec<Match> {
        self.automaton
            .find_iter(haystack)
            .map(|m| Match {
                start: m.start(),
                end: m.end(),
                entity: self.entity_of[m.pattern().as_usize()],
            })
            .collect()
    }

    /// Mentions in a normalised document, with original offsets and sentences.
    pub fn mentions(
        &self,
        norm: &NormText,
        sentences: &[crate::normalize::Sentence],
    ) -> Vec<Mention> {
        let haystack = norm.text.to_ascii_lowercase();
        self.find(&haystack)
            .into_iter()
            .map(|m| {
                let (start, end) = norm.to_original(m.start, m.end);
                let sentence = sentences.partition_point(|s| s.end <= m.start);
                Mention {
                    start,
                    end,
                    norm_start: m.start,
                    norm_end: m.end,
                    entity: m.entity,
                    sentence,
                }
            })
            .collect()
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
            (
                &["知识产权", "国家知识产权局"],
                "国家知识产权",
                &["知识产权"],
            ),
            (
                &["知识产权", "国家知识产权局"],
                "国家知识产权局",
                &["国家知识产权局"],
            ),
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
