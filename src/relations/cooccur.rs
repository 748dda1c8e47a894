//! Co-occurrence: two entities named in one unit of text.
//!
//! The unit is a sentence (the default), a paragraph, a whole document, or a
//! window of k characters. The raw count of a `co_occurs` edge is the number
//! of units that name both ends (for windows: the number of mention pairs at
//! most k characters apart); an entity named twice in a unit counts once.
//! The edge keeps every document and the first `max_evidence` units in
//! corpus order (which is sorted, so evidence is deterministic).
//!
//! The weight is the count, or an association measure computed from the
//! count `n_ab`, the number of units naming each end (`n_a`, `n_b`) and the
//! number of units `N` (see [`Weighting`]). The raw count always stays beside it.

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use super::{CO_OCCURS, EdgeAcc, Edges, Evidence, ORIGIN_COOCCURRENCE};
use crate::dict::Dictionary;
use crate::matcher::Mention;
use crate::normalize::{NormText, Sentence};

/// What counts as "together".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unit {
    #[default]
    Sentence,
    Paragraph,
    Document,
    /// Mentions at most this many characters apart.
    Window(usize),
}

impl FromStr for Unit {
    type Err = String;
    fn from_str(s: &str) -> Result<Unit, String> {
        match s {
            "sentence" => Ok(Unit::Sentence),
            "paragraph" => Ok(Unit::Paragraph),
            "document" => Ok(Unit::Document),
            other => match other.strip_prefix("window:").map(str::parse::<usize>) {
                Some(Ok(k)) if k > 0 => Ok(Unit::Window(k)),
                _ => Err(format!(
                    "unit {other:?}: sentence, paragraph, document or window:K (K characters)"
                )),
            },
        }
    }
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unit::Sentence => write!(f, "sentence"),
            Unit::Paragraph => write!(f, "paragraph"),
            Unit::Document => write!(f, "document"),
            Unit::Window(k) => write!(f, "window:{k}"),
        }
    }
}

/// How a co-occurrence count becomes a weight.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Weighting {
    /// `n_ab`.
    #[default]
    Count,
    /// `n_ab / (n_a + n_b - n_ab)`.
    Jaccard,
    /// `2 n_ab / (n_a + n_b)`.
    Dice,
    /// `log2(n_ab N / (n_a n_b))`.
    Pmi,
    /// PMI divided by `-log2(n_ab / N)`, in [-1, 1].
    Npmi,
    /// Association strength (van Eck & Waltman): `n_ab N / (n_a n_b)`,
    /// observed over expected co-occurrences.
    Association,
}

impl FromStr for Weighting {
    type Err = String;
    fn from_str(s: &str) -> Result<Weighting, String> {
        Ok(match s {
            "count" => Weighting::Count,
            "jaccard" => Weighting::Jaccard,
            "dice" => Weighting::Dice,
            "pmi" => Weighting::Pmi,
            "npmi" => Weighting::Npmi,
            "association" => Weighting::Association,
            other => {
                return Err(format!(
                    "weight {other:?}: count, jaccard, dice, pmi, npmi or association"
                ));
            }
        })
    }
}

impl std::fmt::Display for Weighting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Weighting::Count => "count",
            Weighting::Jaccard => "jaccard",
            Weighting::Dice => "dice",
            Weighting::Pmi => "pmi",
            Weighting::Npmi => "npmi",
            Weighting::Association => "association",
        };
        f.write_str(name)
    }
}

impl Weighting {
    /// The weight of a pair seen together `n_ab` times, each end in `n_a`
    /// and `n_b` units, out of `n` units. Rounded to 6 decimals so that
    /// outputs do not depend on the last bit of a floating-point sum.
    pub fn weight(self, n_ab: u64, n_a: u64, n_b: u64, n: u64) -> f64 {
        let (ab, a, b, n) = (n_ab as f64, n_a.max(1) as f64, n_b.max(1) as f64, n.max(1) as f64);
        let w = match self {
            Weighting::Count => ab,
            Weighting::Jaccard => ab / (a + b - ab).max(1.0),
            Weighting::Dice => 2.0 * ab / (a + b),
            Weighting::Pmi => (ab * n / (a * b)).log2(),
            Weighting::Npmi => {
                let p = ab / n;
                // Window counts are not strict probabilities: keep NPMI in range.
                if p >= 1.0 {
                    1.0
                } else {
                    ((ab * n / (a * b)).log2() / -p.log2()).clamp(-1.0, 1.0)
                }
            }
            Weighting::Association => ab * n / (a * b),
        };
        (w * 1e6).round() / 1e6
    }
}

/// How many units name each entity, and how many units there are.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct UnitCounts {
    pub per_entity: BTreeMap<usize, u64>,
    pub total: u64,
}

/// Add one document's co-occurrences to `edges`, and its units to `counts`.
#[allow(clippy::too_many_arguments)]
pub fn add_document(
    dict: &Dictionary,
    unit: Unit,
    doc_id: &str,
    norm: &NormText,
    sentences: &[Sentence],
    mentions: &[Mention],
    max_evidence: usize,
    edges: &mut Edges,
    counts: &mut UnitCounts,
) {
    let text = &norm.text;
    let sentence_of = |m: &Mention| sentences.get(m.sentence).copied();
    // The evidence for a pair: its sentence, or the two sentences joined;
    // made once per sentence (pair) and shared by every edge it supports.
    let doc: std::sync::Arc<str> = doc_id.into();
    let made = std::cell::RefCell::new(BTreeMap::<(usize, usize), Evidence>::new());
    let evidence = |a: &Mention, b: &Mention| -> Option<Evidence> {
        let (sa, sb) = (sentence_of(a)?, sentence_of(b)?);
        let key = (a.sentence.min(b.sentence), a.sentence.max(b.sentence));
        if let Some(ev) = made.borrow().get(&key) {
            return Some(ev.clone());
        }
        let (first, last) = if sa.start <= sb.start { (sa, sb) } else { (sb, sa) };
        let (start, _) = norm.to_original(first.start, first.end);
        let (_, end) = norm.to_original(last.start, last.end);
        let text = if first == last {
            text[first.start..first.end].into()
        } else {
            format!("{} … {}", &text[first.start..first.end], &text[last.start..last.end]).into()
        };
        let ev = Evidence {
            doc: doc.clone(),
            start,
            end,
            text,
        };
        made.borrow_mut().insert(key, ev.clone());
        Some(ev)
    };
    let add_pair = |a: &Mention, b: &Mention, edges: &mut Edges| {
        let (x, y) = if dict.entities[a.entity].id <= dict.entities[b.entity].id {
            (a, b)
        } else {
            (b, a)
        };
        let Some(ev) = evidence(x, y) else { return };
        edges
            .entry((x.entity, CO_OCCURS.to_string(), y.entity))
            .or_insert_with(|| EdgeAcc {
                origin: ORIGIN_COOCCURRENCE.to_string(),
                confidence: 1.0,
                ..EdgeAcc::default()
            })
            .add(ev, max_evidence);
    };
    if let Unit::Window(k) = unit {
        for (i, a) in mentions.iter().enumerate() {
            counts.total += 1;
            *counts.per_entity.entry(a.entity).or_insert(0) += 1;
            let mut partners = BTreeSet::new();
            for b in &mentions[i + 1..] {
                if text[a.norm_start..b.norm_start.max(a.norm_start)].chars().count() > k {
                    break;
                }
                if b.entity != a.entity && partners.insert(b.entity) {
                    add_pair(a, b, edges);
                }
            }
        }
        return;
    }
    // The unit each mention falls in, as a number that grows through the text.
    let unit_of = |m: &Mention| -> usize {
        match unit {
            Unit::Sentence => m.sentence,
            Unit::Paragraph => text[..m.norm_start].matches('\n').count(),
            _ => 0,
        }
    };
    let mut i = 0;
    while i < mentions.len() {
        let u = unit_of(&mentions[i]);
        let mut first: BTreeMap<usize, &Mention> = BTreeMap::new();
        let mut j = i;
        while j < mentions.len() && unit_of(&mentions[j]) == u {
            first.entry(mentions[j].entity).or_insert(&mentions[j]);
            j += 1;
        }
        i = j;
        counts.total += 1;
        for e in first.keys() {
            *counts.per_entity.entry(*e).or_insert(0) += 1;
        }
        let group: Vec<&Mention> = first.into_values().collect();
        for (k, a) in group.iter().enumerate() {
            for b in &group[k + 1..] {
                add_pair(a, b, edges);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights() {
        // (weighting, n_ab, n_a, n_b, N, expected)
        let cases: &[(Weighting, u64, u64, u64, u64, f64)] = &[
            (Weighting::Count, 3, 5, 4, 100, 3.0),
            (Weighting::Jaccard, 3, 5, 4, 100, 0.5),
            (Weighting::Dice, 3, 5, 4, 100, 0.666667),
            (Weighting::Pmi, 3, 5, 4, 100, 3.906891),
            (Weighting::Npmi, 3, 5, 4, 100, 0.772282),
            (Weighting::Association, 3, 5, 4, 100, 15.0),
            (Weighting::Npmi, 4, 4, 4, 4, 1.0),
        ];
        for &(w, ab, a, b, n, want) in cases {
            assert_eq!(w.weight(ab, a, b, n), want, "{w} {ab} {a} {b} {n}");
        }
    }

    #[test]
    fn parse_units_and_weights() {
        assert_eq!("window:40".parse::<Unit>(), Ok(Unit::Window(40)));
        assert!("window:0".parse::<Unit>().is_err());
        assert!("page".parse::<Unit>().is_err());
        assert_eq!("npmi".parse::<Weighting>(), Ok(Weighting::Npmi));
        for u in [Unit::Sentence, Unit::Paragraph, Unit::Document, Unit::Window(9)] {
            assert_eq!(u.to_string().parse::<Unit>(), Ok(u));
        }
    }
}
