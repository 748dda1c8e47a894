//! What an article is about, and what its generic references mean.
//!
//! In an article about one zone, a bare `开发区` or `全区` means that zone.
//! The *salient* entity of a type is the one the title names (the metadata
//! title, or a short first paragraph), or else the one mentioned most often,
//! if it is mentioned at least twice and more often than any other. An
//! article about a district names no zone, so it has no salient zone and its
//! generic references stay unresolved: nothing is invented.
//!
//! A generic reference is a class use, and stays unresolved, when a word of
//! its `not_after` list stands right before it (`国家级开发区`), a word of its
//! `not_before` list right after it (`开发区之一`), or when it sits inside a
//! document title in `《》`.

use std::collections::BTreeMap;

use crate::dict::Dictionary;
use crate::matcher::{Match, Matcher, Mention, MentionKind, Target, mention};
use crate::normalize::{NormText, Sentence};

/// The longest first paragraph that still counts as a title, in characters.
const TITLE_MAX_CHARS: usize = 80;

/// The salient entity of each type that has one.
pub type Salient = BTreeMap<String, usize>;

/// Pick the salient entity of each type.
pub fn salient(dict: &Dictionary, matches: &[Match], title_entities: &[usize]) -> Salient {
    let mut counts: BTreeMap<&str, BTreeMap<usize, usize>> = BTreeMap::new();
    for m in matches {
        if let Some(e) = m.entity() {
            *counts.entry(&dict.entities[e].etype).or_default().entry(e).or_default() += 1;
        }
    }
    let mut out = Salient::new();
    for (etype, by_entity) in counts {
        let count = |e: &usize| by_entity.get(e).copied().unwrap_or(0);
        // A title entity wins; among several, the most mentioned (then the first).
        let in_title = title_entities
            .iter()
            .filter(|e| dict.entities[**e].etype == etype)
            .fold(None::<usize>, |best, &e| match best {
                Some(b) if count(&b) >= count(&e) => Some(b),
                _ => Some(e),
            });
        let chosen = in_title.or_else(|| {
            let mut ranked: Vec<(usize, usize)> = by_entity.iter().map(|(e, n)| (*n, *e)).collect();
            ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            match ranked.as_slice() {
                [(n, e)] if *n >= 2 => Some(*e),
                [(n, e), (m, _), ..] if *n >= 2 && n > m => Some(*e),
                _ => None,
            }
        });
        if let Some(e) = chosen {
            out.insert(etype.to_string(), e);
        }
    }
    out
}

/// Entities named in the title: the metadata title when there is one,
/// otherwise the first paragraph when it is short enough to be a title.
pub fn title_entities(matcher: &Matcher, norm: &NormText, title: Option<&str>) -> Vec<usize> {
    let (text, limit) = match title {
        Some(t) => (crate::normalize::normalize_key(t), usize::MAX),
        None => {
            let first = norm.text.split('\n').next().unwrap_or("");
            if first.chars().count() > TITLE_MAX_CHARS {
                return Vec::new();
            }
            (first.to_ascii_lowercase(), first.len())
        }
    };
    matcher
        .find(&text)
        .iter()
        .filter(|m| m.end <= limit)
        .filter_map(Match::entity)
        .collect()
}

/// Turn the matches of one document into mentions: names as they are,
/// generic references resolved to the salient entity of their type (or
/// dropped), and zones at the start of organisation names added as nested
/// mentions. Sorted by position.
pub fn resolve(
    dict: &Dictionary,
    matcher: &Matcher,
    norm: &NormText,
    sentences: &[Sentence],
    matches: &[Match],
    salient: &Salient,
    nested: &[(String, String)],
) -> Vec<Mention> {
    let haystack = norm.text.to_ascii_lowercase();
    let mut out = Vec::new();
    for m in matches {
        match m.target {
            Target::Entity(e) => {
                out.push(mention(norm, sentences, m.start, m.end, e, MentionKind::Name));
                let outer_type = &dict.entities[e].etype;
                for (outer, inner) in nested {
                    if outer != outer_type {
                        continue;
                    }
                    let prefix = matcher
                        .inside(&haystack, m.start, m.end)
                        .into_iter()
                        .filter(|x| x.start == m.start)
                        .filter_map(|x| Some((x.entity()?, x.end)))
                        .filter(|(i, _)| &dict.entities[*i].etype == inner)
                        .max_by_key(|(_, end)| *end);
                    if let Some((i, end)) = prefix {
                        out.push(mention(norm, sentences, m.start, end, i, MentionKind::Nested));
                    }
                }
            }
            Target::Generic(g) => {
                let generic = &dict.generics[g];
                let Some(&e) = salient.get(&generic.refers_to) else {
                    continue;
                };
                if is_class_use(&norm.text, m.start, m.end, &generic.not_after, &generic.not_before) {
                    continue;
                }
                let kind = if generic.mention {
                    MentionKind::Resolved(g)
                } else {
                    MentionKind::Anchor(g)
                };
                out.push(mention(norm, sentences, m.start, m.end, e, kind));
            }
        }
    }
    out.sort_by_key(|m| (m.norm_start, std::cmp::Reverse(m.norm_end)));
    out
}

fn is_class_use(text: &str, start: usize, end: usize, not_after: &[String], not_before: &[String]) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    if not_after.iter().any(|w| before.ends_with(w.as_str()))
        || not_before.iter().any(|w| after.starts_with(w.as_str()))
    {
        return true;
    }
    // Inside a document title: an unclosed 《 before it in the same paragraph.
    let paragraph = before.rsplit('\n').next().unwrap_or(before);
    matches!((paragraph.rfind('《'), paragraph.rfind('》')), (Some(open), close) if close.is_none_or(|c| c < open))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_uses() {
        let after = vec!["级".to_string(), "先进".to_string()];
        let before = vec!["之一".to_string()];
        let cases: &[(&str, bool)] = &[
            ("开发区抢抓机遇", false),
            ("国家级开发区全国40强", true),
            ("江苏省先进开发区", true),
            ("首批开发区之一", true),
            ("出台《开发区招商办法》", true),
            ("《办法》出台后开发区", false),
        ];
        for (text, want) in cases {
            let start = text.find("开发区").unwrap();
            let got = is_class_use(text, start, start + "开发区".len(), &after, &before);
            assert_eq!(got, *want, "{text}");
        }
    }
}
