//! Back-off placement: a firm or project named in a sentence with exactly
//! one zone, and placed by no rule of its document, is placed in that zone
//! at low confidence.
//!
//! The placement rules each know one way of saying "A is in Z" (`A落户Z`,
//! `位于Z的A`, `Z引进了A`…), and news has more ways than any list. Measured on
//! the test halves of the eval sets (articles whose errors were never read),
//! the rules found a third of the gold placements, with 0.7–0.86 precision,
//! while two thirds of the gold placements name the firm and its zone in one
//! sentence. This pass takes that sentence as the evidence, at a confidence
//! below every rule's, when nothing better placed the firm. It stays out
//! where the sentence itself says why it would be wrong:
//!
//! - two zones named: which one is unknown;
//! - a negation or a plan (`不在`, `拟`, `洽谈`…): gold treats these as no
//!   placement or as uncertain;
//! - the firm is a parent or owner in the document (`A投资建设的B落户Z`
//!   places B, and A's head office is often elsewhere);
//! - the firm modifies a later name through `的` (`A与B合资设立的C落户Z`);
//! - the firm is the object of a preposition (`与A合作`, `向A供货`): a
//!   partner or customer, not the subject that is in the zone.
//!
//! A rule file turns it on and tunes it with a `[same_sentence]` table.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::rules::DocView;
use super::{Edges, Evidence};
use crate::dict::Dictionary;
use crate::matcher::{Mention, MentionKind};

/// The relation this pass adds.
const RELATION: &str = "located_in";
/// Characters that make the next name a preposition's object.
const PREPOSITIONS: [char; 9] = ['与', '和', '同', '向', '从', '为', '给', '跟', '及'];
/// How far after a name a `的` makes it a modifier when no other name
/// comes first (`B(总部位于成都)的全资子公司`, `A的新厂房`).
const OWN_PHRASE_CHARS: usize = 12;
/// Marks that end a clause (the text is normalised to half-width).
const CLAUSE_MARKS: [char; 3] = [',', ';', ':'];

/// The `[same_sentence]` table of a rule file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSameSentence {
    /// The origin written on the edges it adds.
    pub id: String,
    pub confidence: f64,
    /// Words of a sentence that keep it out (plans, hearsay); the file's
    /// `[not_inside] located_in` words are added to them.
    #[serde(default)]
    pub not_inside: Vec<String>,
    /// A name found by discovery is placed only when discovery was at least
    /// this sure of it: a back-off on a doubtful name doubles the doubt.
    #[serde(default)]
    pub min_discovered_confidence: f64,
}

/// The back-off as loaded: on when a rule file has the table.
#[derive(Clone, Debug, PartialEq)]
pub struct SameSentence {
    pub id: String,
    pub confidence: f64,
    pub not_inside: Vec<String>,
    pub min_discovered_confidence: f64,
}

impl SameSentence {
    /// Check a table; `negations` are its file's `[not_inside] located_in`.
    pub fn new(raw: RawSameSentence, negations: &[String]) -> Result<SameSentence, String> {
        if raw.id.trim().is_empty() {
            return Err("id is empty".to_string());
        }
        for (key, value) in [
            ("confidence", raw.confidence),
            ("min_discovered_confidence", raw.min_discovered_confidence),
        ] {
            if !(0.0..=1.0).contains(&value) {
                return Err(format!("{key} {value} is outside 0..=1"));
            }
        }
        let mut not_inside: Vec<String> = raw.not_inside.into_iter().chain(negations.iter().cloned()).collect();
        not_inside.retain(|w| !w.is_empty());
        not_inside.sort();
        not_inside.dedup();
        Ok(SameSentence {
            id: raw.id,
            confidence: raw.confidence,
            not_inside,
            min_discovered_confidence: raw.min_discovered_confidence,
        })
    }
}

/// Add the back-off placements of one document, after its rules ran.
pub fn apply(cfg: &SameSentence, dict: &Dictionary, doc: &DocView<'_>, max_evidence: usize, edges: &mut Edges) {
    // What the rules said about this document's entities.
    let mut placed = BTreeSet::new();
    let mut holders = BTreeSet::new();
    for (h, relation, t) in edges.keys() {
        match relation.as_str() {
            RELATION => {
                placed.insert(*h);
            }
            "owns" => {
                holders.insert(*h);
            }
            "subsidiary_of" => {
                holders.insert(*t);
            }
            _ => {}
        }
    }
    let text = &doc.norm.text;
    let doc_arc: std::sync::Arc<str> = doc.doc_id.into();
    for s in doc.sentences {
        let lo = doc.mentions.partition_point(|m| m.norm_start < s.start);
        let hi = doc.mentions.partition_point(|m| m.norm_start < s.end);
        let here: Vec<&Mention> = doc.mentions[lo..hi]
            .iter()
            .filter(|m| m.norm_end <= s.end && matches!(m.kind, MentionKind::Name | MentionKind::Resolved(_)))
            .collect();
        let zones: BTreeSet<usize> = here
            .iter()
            .filter(|m| etype(dict, m) == "zone")
            .map(|m| m.entity)
            .collect();
        let [zone] = zones.into_iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        let sentence = &text[s.start..s.end];
        if cfg.not_inside.iter().any(|w| sentence.contains(w.as_str())) {
            continue;
        }
        let mut evidence = None;
        // One piece of evidence per firm and sentence, however often named.
        let mut done = BTreeSet::new();
        for (i, m) in here.iter().enumerate() {
            let kind = etype(dict, m);
            if !matches!(kind, "company" | "project")
                || placed.contains(&m.entity)
                || done.contains(&m.entity)
                || doubtful(cfg, dict, m)
            {
                continue;
            }
            if kind == "company" && holders.contains(&m.entity) {
                continue;
            }
            if text[s.start..m.norm_start].ends_with(PREPOSITIONS)
                || modifies_next(dict, &text[..s.end], m, &here[i + 1..])
                || !near_zone(dict, text, i, &here)
            {
                continue;
            }
            done.insert(m.entity);
            let evidence = evidence
                .get_or_insert_with(|| {
                    let (start, end) = doc.norm.to_original(s.start, s.end);
                    Evidence {
                        doc: doc_arc.clone(),
                        start,
                        end,
                        text: sentence.into(),
                    }
                })
                .clone();
            super::add_typed(
                edges,
                (m.entity, RELATION.to_string(), zone),
                || cfg.id.clone(),
                cfg.confidence,
                evidence,
                max_evidence,
            );
        }
    }
}

/// Whether a name modifies what a later name of its clause places, through
/// `的`: `A投资建设的B`, both A and B in `A与B合资设立的C`, and A in
/// `由A投资建设的新材料项目落户Z` (the unnamed project is placed, not A).
/// `text` ends with the name's sentence.
fn modifies_next(dict: &Dictionary, text: &str, m: &Mention, after: &[&Mention]) -> bool {
    // Up to the next name (or the clause's end): `B(总部位于成都)的全资子公司`.
    let next = after
        .iter()
        .find(|n| n.norm_start >= m.norm_end)
        .map_or(text.len(), |n| n.norm_start);
    let own: String = text[m.norm_end..next]
        .chars()
        .take_while(|c| !CLAUSE_MARKS.contains(c))
        .take(OWN_PHRASE_CHARS)
        .collect();
    own.contains('的')
        || after
            .iter()
            .filter(|n| n.norm_start >= m.norm_end && matches!(etype(dict, n), "company" | "project" | "zone"))
            .map(|n| &text[m.norm_end..n.norm_start])
            .take_while(|between| !between.contains(CLAUSE_MARKS))
            .any(|between| between.contains('的'))
}

/// Whether the name at `i` shares a clause with a mention of the zone, or
/// the zone's clause names no firm or project of its own between them: in
/// `A由B控股,C落户Z` the placement is C's, and in `A是B旗下企业,已在Z生产十年`
/// it is A's.
fn near_zone(dict: &Dictionary, text: &str, i: usize, here: &[&Mention]) -> bool {
    let same_clause = |a: &Mention, b: &Mention| {
        let (from, to) = if b.norm_start >= a.norm_end {
            (a.norm_end, b.norm_start)
        } else {
            (b.norm_end, a.norm_start)
        };
        !text[from..to].contains(CLAUSE_MARKS)
    };
    let m = here[i];
    here.iter()
        .enumerate()
        .filter(|(_, z)| etype(dict, z) == "zone")
        .any(|(j, z)| {
            let between = if j > i { &here[i + 1..j] } else { &here[j + 1..i] };
            same_clause(m, z)
                || !between
                    .iter()
                    .any(|n| matches!(etype(dict, n), "company" | "project") && same_clause(n, z))
        })
}

/// Whether discovery found this name and was less sure of it than asked.
fn doubtful(cfg: &SameSentence, dict: &Dictionary, m: &Mention) -> bool {
    let attributes = &dict.entities[m.entity].attributes;
    attributes.get("source") == Some("discovered")
        && attributes
            .get("confidence")
            .and_then(|c| c.parse::<f64>().ok())
            .is_some_and(|c| c < cfg.min_discovered_confidence)
}

fn etype<'d>(dict: &'d Dictionary, m: &Mention) -> &'d str {
    dict.entities[m.entity].etype.as_str()
}
