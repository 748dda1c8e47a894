//! Figures about entities: what a project is worth, how big it is, when a
//! zone was founded, what stage a project reached.
//!
//! [`crate::figures`] reads the numbers; this stage decides whom each one is
//! about. A figure goes to the nearest mention of the entity types it can
//! describe, in its clause, else in its sentence: investment, capacity and
//! output to a project (else a firm: news often calls a firm's plant by the
//! firm's name), an area in km² to a zone (in mu or hectares to a project), a
//! founding year to a zone (else a firm). On a tie the mention after the
//! figure wins (`总投资50亿元的X项目`). A stage word (`签约`, `开工`, `竣工`,
//! `投产`) in a clause is a stage fact of each project there.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use serde_json::Value;

use crate::dict::Dictionary;
use crate::figures::{FigureKind, Unit, find_figures};
use crate::graph::Fact;
use crate::matcher::{Mention, MentionKind};
use crate::normalize::{NormText, Sentence};

const STAGES: &[&str] = &["签约", "开工", "竣工", "投产", "开业", "封顶", "达产", "落地"];

/// Every stage word of a sentence found in one pass, not one substring
/// search per word. No stage word can overlap itself, so the overlapping
/// matches of each word are exactly its `match_indices`.
static STAGE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| AhoCorasick::new(STAGES).expect("fixed words build"));
const CLAUSE_ENDS: &[char] = &[',', ';', ':'];

/// Whether the text after a figure counts projects (`重大项目10个`,
/// `项目24个`): the figure is then a size class or a total, not one project's.
fn is_aggregate(after: &str) -> bool {
    let head: String = after.chars().take(8).collect();
    head.find("项目").is_some_and(|i| {
        let rest = &head[i + "项目".len()..];
        rest.chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两多数".contains(c))
    })
}

/// The mentions of `named` (sorted by start) lying wholly in `a..b`, in
/// order. A binary search finds the first, so a figure costs the mentions
/// near it, not every mention of the document. No mention is empty, so none
/// starting at `b` or later can end by `b`.
fn within<'m, 'a>(named: &'m [&'a Mention], a: usize, b: usize) -> impl Iterator<Item = &'m &'a Mention> {
    let from = named.partition_point(|m| m.norm_start < a);
    named[from..]
        .iter()
        .take_while(move |m| m.norm_start < b)
        .filter(move |m| m.norm_end <= b)
}

fn clause_of(text: &str, s: &Sentence, at: usize) -> (usize, usize) {
    let start = text[s.start..at]
        .rfind(CLAUSE_ENDS)
        .map_or(s.start, |i| s.start + i + 1);
    let end = text[at..s.end].find(CLAUSE_ENDS).map_or(s.end, |i| at + i);
    (start, end)
}

/// Facts read from one document, as (entity index, fact).
pub fn document_facts(
    dict: &Dictionary,
    doc_id: &str,
    date: Option<&str>,
    norm: &NormText,
    sentences: &[Sentence],
    mentions: &[Mention],
) -> Vec<(usize, Fact)> {
    let text = &norm.text;
    // Pronouns for the article's zone (全区) take no figures (全区完成投资…
    // is a total); those for the name just given (该项目) do.
    let named: Vec<&Mention> = mentions
        .iter()
        .filter(|m| !matches!(m.kind, MentionKind::Anchor(g) if !dict.generics[g].resolves.is_local()))
        .collect();
    debug_assert!(named.is_sorted_by_key(|m| m.norm_start));
    let fact = |key: &str, value: Value, unit: &str, bound: &str, span: (usize, usize), s: &Sentence| {
        let (start, end) = norm.to_original(span.0, span.1);
        Fact {
            key: key.to_string(),
            value,
            unit: unit.to_string(),
            bound: bound.to_string(),
            doc: doc_id.to_string(),
            date: date.map(String::from),
            start,
            end,
            text: text[s.start..s.end].to_string(),
        }
    };
    let mut out = Vec::new();
    for f in find_figures(text) {
        // Sentences are in text order and do not overlap.
        let Some(s) = sentences
            .get(sentences.partition_point(|s| s.end <= f.start))
            .filter(|s| s.start <= f.start)
        else {
            continue;
        };
        // A figure written across a paragraph break (29.94⏎⏎平方公里) belongs
        // to the sentence it starts in.
        let f_end = f.end.min(s.end);
        let (key, targets): (&str, &[&str]) = match (f.kind, f.unit) {
            (FigureKind::Investment, _) => ("investment", &["project", "company"]),
            (FigureKind::Capacity, _) => ("capacity", &["project", "company"]),
            (FigureKind::Output, _) => ("output", &["project", "company"]),
            (FigureKind::Established, _) => ("established", &["zone", "company"]),
            (FigureKind::Area, Unit::SquareKm) => ("area", &["zone", "project"]),
            (FigureKind::Area, _) => ("area", &["project", "zone"]),
            _ => continue,
        };
        // 超10亿元重大项目10个: a figure about a count of projects is an aggregate.
        if is_aggregate(&text[f_end..s.end]) {
            continue;
        }
        let (a, b) = clause_of(text, s, f.start);
        let fitting = |a: usize, b: usize, t: &str| -> Vec<&&Mention> {
            within(&named, a, b)
                .filter(|m| dict.entities[m.entity].etype == t)
                .collect()
        };
        let distance = |m: &&&Mention| {
            if m.norm_start >= f_end {
                (text[f_end..m.norm_start].chars().count(), 0)
            } else {
                (text[m.norm_end.min(f.start)..f.start].chars().count(), 1)
            }
        };
        // The nearest fitting mention in the clause; failing that, the only
        // fitting mention of the sentence (with two, the figure is ambiguous).
        let in_clause = targets
            .iter()
            .find_map(|t| fitting(a, b, t).into_iter().min_by_key(distance));
        let in_sentence = || {
            targets
                .iter()
                .find_map(|t| match fitting(s.start, s.end, t).as_slice() {
                    [only] => Some(*only),
                    _ => None,
                })
        };
        let Some(m) = in_clause.or_else(in_sentence) else {
            continue;
        };
        let value = if f.unit == Unit::Year {
            Value::from(f.value as i64)
        } else {
            Value::from(f.value)
        };
        out.push((
            m.entity,
            fact(key, value, f.unit.as_str(), f.bound.as_str(), (f.start, f_end), s),
        ));
    }
    let mut here: Vec<(usize, usize)> = Vec::new();
    for s in sentences {
        // A stage is a fact of a project only: a sentence that names none
        // is not searched (most sentences in news name none).
        let names_a_project = within(&named, s.start, s.end).any(|m| dict.entities[m.entity].etype == "project");
        if !names_a_project {
            continue;
        }
        // This sentence's words, word by word in list order, each left to right.
        here.clear();
        here.extend(
            STAGE_WORDS
                .find_overlapping_iter(aho_corasick::Input::new(text.as_str()).span(s.start..s.end))
                .map(|m| (m.pattern().as_usize(), m.start())),
        );
        here.sort_unstable();
        for &(w, at) in &here {
            let stage = STAGES[w];
            let (a, b) = clause_of(text, s, at);
            for m in within(&named, a, b) {
                if dict.entities[m.entity].etype == "project" {
                    out.push((
                        m.entity,
                        fact("stage", Value::from(stage), "", "exact", (at, at + stage.len()), s),
                    ));
                }
            }
        }
    }
    // Text order, so facts read the way the article does.
    out.sort_by_key(|(e, f)| (f.start, *e, f.key.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass stage search relies on it (see [`STAGE_WORDS`]).
    #[test]
    fn no_stage_word_overlaps_itself() {
        for w in STAGES {
            let cuts = w.char_indices().map(|(i, _)| i).skip(1);
            for i in cuts {
                assert!(!w.starts_with(&w[i..]), "{w} overlaps itself");
            }
        }
    }

    /// A stage word is a fact of each project in its clause; sentences that
    /// name no project are not searched, and do not shift the words of the
    /// sentences after them.
    #[test]
    fn stage_words_go_to_the_projects_of_their_clause() {
        let tsv = "id\ttype\tname\taliases\tattributes\n\
                   p1\tproject\t星河电池项目\t\t\n\
                   p2\tproject\t远帆材料项目\t\t\n\
                   c1\tcompany\t星河科技\t\t\n";
        let dict = crate::testing::dict(tsv);
        let text = "今年已签约开工。星河科技开工建设。星河电池项目签约并开工,远帆材料项目投产。开工仪式举行。";
        let (norm, sentences, mentions) = crate::testing::analyse(&dict, text);
        let got: Vec<(String, String, usize)> = document_facts(&dict, "d", None, &norm, &sentences, &mentions)
            .into_iter()
            .filter(|(_, f)| f.key == "stage")
            .map(|(e, f)| {
                (
                    dict.entities[e].id.clone(),
                    f.value.as_str().unwrap_or("").to_string(),
                    f.start,
                )
            })
            .collect();
        let at = |w: &str, from: usize| from + text[from..].find(w).unwrap();
        let third = text.find("星河电池").unwrap();
        let want = vec![
            ("p1".to_string(), "签约".to_string(), at("签约", third)),
            ("p1".to_string(), "开工".to_string(), at("开工", third)),
            ("p2".to_string(), "投产".to_string(), at("投产", third)),
        ];
        assert_eq!(got, want);
    }

    /// Regression: a figure split by a blank line spans two sentences, which
    /// once sliced past the sentence's end and panicked.
    #[test]
    fn figure_across_a_paragraph_break() {
        let dict = crate::testing::dict("id\ttype\tname\taliases\tattributes\nz1\tzone\t临江开发区\t\t\n");
        let (norm, sentences, mentions) = crate::testing::analyse(&dict, "临江开发区规划面积29.94\n\n平方公里。");
        let facts = document_facts(&dict, "d", None, &norm, &sentences, &mentions);
        assert_eq!(facts.len(), 1);
        assert_eq!(facts[0].1.key, "area");
    }

    #[test]
    fn figures_go_to_the_nearest_fitting_mention() {
        let tsv = "id\ttype\tname\taliases\tattributes\n\
                   p1\tproject\t星河电池项目\t\t\n\
                   p2\tproject\t远帆材料项目\t\t\n\
                   c1\tcompany\t星河科技\t\t\n\
                   z1\tzone\t临江开发区\t\t\n";
        let dict = crate::testing::dict(tsv);
        let text = "临江开发区成立于2003年,面积30平方公里。包括总投资100亿元的星河电池项目、总投资20亿元的远帆材料项目等,均已开工。星河科技投资5亿元。";
        let (norm, sentences, mentions) = crate::testing::analyse(&dict, text);
        let got: Vec<(String, String, String)> =
            document_facts(&dict, "d", Some("2024-01-02"), &norm, &sentences, &mentions)
                .into_iter()
                .map(|(e, f)| {
                    (
                        dict.entities[e].id.clone(),
                        format!("{}_{}", f.key, f.unit),
                        f.value.to_string(),
                    )
                })
                .collect();
        let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(
            got,
            vec![
                t("z1", "established_year", "2003"),
                t("z1", "area_km2", "30.0"),
                t("p1", "investment_cny", "10000000000.0"),
                t("p2", "investment_cny", "2000000000.0"),
                t("c1", "investment_cny", "500000000.0"),
            ]
        );
    }

    /// A pronoun for the project just named (`该项目`) carries the figure of
    /// its clause to that project; one for the article's zone (`全区`) does not.
    #[test]
    fn figures_through_pronouns() {
        let dict = crate::testing::dict_with_generics(
            "id\ttype\tname\taliases\tattributes\n\
             p1\tproject\t星河电池项目\t\t\n\
             c1\tcompany\t远景材料\t\t\n\
             z1\tzone\t临江开发区\t\t\n",
            "form\trefers_to\tmention\tnot_after\tnot_before\tnote\tonly_for\tonly_after\tresolves\n\
             该项目\tproject\tno\t\t\tx\t\t\tprevious\n\
             全区\tzone\tno\t\t\tx\t\t\t\n",
        );
        let text = "临江开发区动态\n\n星河电池项目签约。该项目由远景材料投资50亿元建设。全区规划面积30平方公里。";
        let (norm, sentences, mentions) = crate::testing::analyse_resolved(&dict, text);
        let got: Vec<(String, String)> = document_facts(&dict, "d", None, &norm, &sentences, &mentions)
            .into_iter()
            .map(|(e, f)| (dict.entities[e].id.clone(), format!("{}={}", f.key, f.value)))
            .collect();
        let want = [("p1", "stage=\"签约\""), ("p1", "investment=5000000000.0")];
        assert_eq!(got, want.map(|(e, f)| (e.to_string(), f.to_string())));
    }
}
