//! Two firms taken up again by a pair word: `A与B…。两家企业去年签订了五年期
//! 配套协议` makes A and B partners.
//!
//! News names the two firms of a deal, then goes on with `双方`, `两家企业` or
//! `两家` as the subject of the signing. The rule language binds one mention
//! to a slot, and a pair word stands for two names, so this is a pass of its
//! own: a pair word that opens a clause, followed by a verb of signing and an
//! agreement, relates the last two firms named before it in its sentence or
//! the one before (in the same paragraph). A quote's `我们` counts as its
//! speaker's firm (see `salience`), so `“我们从B采购…，两家去年续签了…协议。”A
//! 总经理说` relates A and B.

use super::rules::DocView;
use super::{Edges, Evidence};
use crate::dict::Dictionary;
use crate::matcher::{Mention, MentionKind};

/// Words for the pair, longest first so that `两家企业` wins over `两家`.
const PAIR_WORDS: [&str; 6] = ["两家企业", "两家公司", "两家", "双方", "二者", "两者"];
/// The first characters of [`PAIR_WORDS`].
const PAIR_FIRST_CHARS: [char; 3] = ['两', '双', '二'];
/// Verbs of signing, within [`SIGN_WINDOW_CHARS`] after the pair word.
const SIGN_VERBS: [&str; 6] = ["签订", "签署", "签了", "续签", "订立", "达成"];
/// What is signed, within [`DEAL_WINDOW_CHARS`] after the verb.
const DEALS: [&str; 3] = ["协议", "合同", "合作"];
const SIGN_WINDOW_CHARS: usize = 8;
const DEAL_WINDOW_CHARS: usize = 20;
/// As sure as a sentence rule that reaches into the clause before.
const CONFIDENCE: f64 = 0.7;

/// Add `partners_with` for every pair word that takes up two firms.
pub fn apply(dict: &Dictionary, doc: &DocView<'_>, max_evidence: usize, edges: &mut Edges) {
    let text = &doc.norm.text;
    let doc_arc: std::sync::Arc<str> = doc.doc_id.into();
    // Every pair word begins with one of these characters: jump from one to
    // the next instead of trying each word at every character.
    for (at, _) in text.match_indices(PAIR_FIRST_CHARS) {
        let Some(word) = PAIR_WORDS.iter().find(|w| text[at..].starts_with(*w)) else {
            continue;
        };
        let si = doc.sentences.partition_point(|s| s.end <= at);
        let Some(s) = doc
            .sentences
            .get(si)
            .filter(|s| s.start <= at && at + word.len() <= s.end)
        else {
            continue;
        };
        if !opens_clause(&text[s.start..at]) || !signs(&text[at + word.len()..s.end]) {
            continue;
        }
        // The firms named before it: in this sentence, and in the one
        // before when it is in the same paragraph.
        let from = si
            .checked_sub(1)
            .map(|p| doc.sentences[p].start)
            .filter(|&f| !text[f..at].contains('\n'))
            .unwrap_or(s.start);
        let Some((first, a, b)) = last_two_firms(dict, doc.mentions, from, at) else {
            continue;
        };
        let (a, b) = if dict.entities[b].id < dict.entities[a].id {
            (b, a)
        } else {
            (a, b)
        };
        let (o_start, o_end) = doc.norm.to_original(first, s.end);
        super::add_typed(
            edges,
            (a, "partners_with".to_string(), b),
            || "partners_with.pair".to_string(),
            CONFIDENCE,
            Evidence {
                doc: doc_arc.clone(),
                start: o_start,
                end: o_end,
                text: text[first..s.end].into(),
            },
            max_evidence,
        );
    }
}

/// Whether a clause starts right here: at the sentence's start, after a
/// clause mark, or after an opening quote.
fn opens_clause(before: &str) -> bool {
    before.trim_end().is_empty() || before.ends_with([',', ';', ':', '“'])
}

/// Whether a verb of signing follows soon, and an agreement after it.
fn signs(after: &str) -> bool {
    let head: String = after.chars().take(SIGN_WINDOW_CHARS + 2).collect();
    SIGN_VERBS.iter().any(|v| {
        head.find(v).is_some_and(|i| {
            let rest: String = after[i + v.len()..]
                .chars()
                .take(DEAL_WINDOW_CHARS)
                .take_while(|&c| c != '。')
                .collect();
            DEALS.iter().any(|d| rest.contains(d))
        })
    })
}

/// The last two distinct firms named in `from..to`, and where the first of
/// them starts.
fn last_two_firms(dict: &Dictionary, mentions: &[Mention], from: usize, to: usize) -> Option<(usize, usize, usize)> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // Mentions are sorted by start: look only at those starting in range.
    let lo = mentions.partition_point(|m| m.norm_start < from);
    let hi = mentions.partition_point(|m| m.norm_start < to);
    for m in mentions[lo..hi].iter().rev() {
        if m.norm_end > to || m.kind == MentionKind::Nested {
            continue;
        }
        if dict.entities[m.entity].etype != "company" || found.iter().any(|&(e, _)| e == m.entity) {
            continue;
        }
        found.push((m.entity, m.norm_start));
        if found.len() == 2 {
            break;
        }
    }
    match found.as_slice() {
        [(b, _), (a, start)] => Some((*start, *a, *b)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signing_follows_the_pair_word() {
        // (what follows the pair word, whether it signs an agreement)
        let cases = [
            ("去年签订了五年期配套协议。", true),
            ("去年续签了五年期的长期采购协议。”宜锂总经理说", true),
            ("已签署战略合作框架协议", true),
            ("去年产值均增长两成。", false),
            // the agreement must come before the sentence ends
            ("去年签了字。协议明年生效", false),
            // the verb must come soon after the pair word
            ("在过去十多年的发展过程中逐步签订了协议", false),
        ];
        for (after, want) in cases {
            assert_eq!(signs(after), want, "{after}");
        }
    }

    #[test]
    fn a_pair_word_opens_a_clause() {
        let cases = [
            ("", true),
            ("2019年,", true),
            ("“", true),
            ("新引进", false),
            ("这", false),
        ];
        for (before, want) in cases {
            assert_eq!(opens_clause(before), want, "{before:?}");
        }
    }
}
