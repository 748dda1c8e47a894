//! Co-occurrence: two entities named in one sentence.
//!
//! The weight of a `co_occurs` edge is the number of sentences that name both
//! ends; the edge keeps every document and the first `max_evidence`
//! sentences in corpus order (which is sorted, so evidence is deterministic).
//! An entity named twice in a sentence counts once.

use std::collections::BTreeSet;

use super::{CO_OCCURS, EdgeAcc, Edges, Evidence, ORIGIN_COOCCURRENCE};
use crate::dict::Dictionary;
use crate::matcher::Mention;
use crate::normalize::{NormText, Sentence};

/// Add one document's co-occurrences to `edges`.
pub fn add_document(
    dict: &Dictionary,
    doc_id: &str,
    norm: &NormText,
    sentences: &[Sentence],
    mentions: &[Mention],
    max_evidence: usize,
    edges: &mut Edges,
) {
    let mut i = 0;
    while i < mentions.len() {
        let sentence = mentions[i].sentence;
        let mut j = i;
        let mut entities = BTreeSet::new();
        while j < mentions.len() && mentions[j].sentence == sentence {
            entities.insert(mentions[j].entity);
            j += 1;
        }
        i = j;
        if entities.len() < 2 {
            continue;
        }
        let Some(s) = sentences.get(sentence) else {
            continue;
        };
        let (start, end) = norm.to_original(s.start, s.end);
        let evidence = Evidence {
            doc: doc_id.to_string(),
            start,
            end,
            text: norm.text[s.start..s.end].to_string(),
        };
        // Order each pair by entity id so an undirected edge has one key.
        let mut by_id: Vec<usize> = entities.into_iter().collect();
        by_id.sort_by(|a, b| dict.entities[*a].id.cmp(&dict.entities[*b].id));
        for (k, &a) in by_id.iter().enumerate() {
            for &b in &by_id[k + 1..] {
                edges
                    .entry((a, CO_OCCURS.to_string(), b))
                    .or_insert_with(|| EdgeAcc {
                        origin: ORIGIN_COOCCURRENCE.to_string(),
                        confidence: 1.0,
                        ..EdgeAcc::default()
                    })
                    .add(evidence.clone(), max_evidence);
            }
        }
    }
}
