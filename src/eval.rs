//! Scoring against a gold annotation (`zonegraph eval --gold DIR`).
//!
//! The gold folder has the layout of `shared/eval/seeds` (documented in the
//! README): `entities.tsv` (id, type, canonical, aliases), `mentions.tsv`
//! (file, type, entity_id, surface, byte_offset, byte_end) and optionally
//! `uncertain.tsv` (kind, file, surface_or_evidence, byte_offset): spans of
//! kind `mention` or `entity` there are left out of the score.
//!
//! A predicted mention is correct when its document, byte span and type equal
//! a gold mention's (strict). It is also *linked* correctly when the two
//! entities share a name: ids differ between users, so gold and predicted
//! entities are compared by canonical name and aliases.
//!
//! Relations come from `relations.tsv` (head, relation, tail, file): a
//! predicted edge counts once per document it was found in, and is correct
//! when a gold row of that file has the same relation and ends that share a
//! name with the predicted ends (`partners_with` in either order). Predicted
//! edges that match a `relation` row of `uncertain.tsv` are left out, and so
//! are curated (`origin = dictionary`) edges unless asked for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::export::json::MentionRecord;
use crate::graph::KnowledgeGraph;
use crate::normalize::normalize_key;

/// A TSV file read by header name, with each row's line number.
fn read_tsv(path: &Path) -> Result<Vec<(usize, BTreeMap<String, String>)>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .flexible(true)
        .from_reader(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes));
    let headers = reader.headers().map_err(|e| gold_error(path, e.to_string()))?.clone();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| gold_error(path, e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let row = headers
            .iter()
            .zip(record.iter())
            .map(|(h, v)| (h.to_string(), v.to_string()))
            .collect();
        rows.push((line, row));
    }
    Ok(rows)
}

fn gold_error(path: &Path, message: String) -> Error {
    Error::Gold {
        path: path.to_path_buf(),
        message,
    }
}

fn field<'a>(row: &'a BTreeMap<String, String>, name: &str, path: &Path, line: usize) -> Result<&'a str> {
    row.get(name)
        .map(String::as_str)
        .ok_or_else(|| gold_error(path, format!("line {line}: missing column {name:?}")))
}

fn number(s: &str, path: &Path, line: usize) -> Result<usize> {
    s.trim()
        .parse()
        .map_err(|_| gold_error(path, format!("line {line}: {s:?} is not a byte offset")))
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Span {
    file: String,
    start: usize,
    end: usize,
}

#[derive(Clone, Debug)]
struct GoldMention {
    span: Span,
    etype: String,
    entity: String,
    surface: String,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct GoldRelation {
    head: String,
    relation: String,
    tail: String,
    file: String,
}

/// A figure the gold states for an entity (`investment=50亿元`).
#[derive(Clone, Debug)]
struct GoldFigure {
    entity: String,
    text: String,
    figure: crate::figures::Figure,
}

pub struct Gold {
    figures: Vec<GoldFigure>,
    mentions: Vec<GoldMention>,
    relations: Vec<GoldRelation>,
    uncertain_relations: Vec<GoldRelation>,
    /// Entity id → normalised names.
    names: BTreeMap<String, BTreeSet<String>>,
    uncertain: Vec<Span>,
}

impl Gold {
    pub fn load(dir: &Path) -> Result<Gold> {
        let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut figures = Vec::new();
        let path = dir.join("entities.tsv");
        for (line, row) in read_tsv(&path)? {
            let id = field(&row, "id", &path, line)?.to_string();
            // Investment attributes (`investment=50亿元`, `project_investment=…`)
            // are read with the same reader as the text, after the cue 总投资.
            for part in row.get("attributes").map_or("", String::as_str).split(';') {
                let Some((key, value)) = part.split_once('=') else {
                    continue;
                };
                if key.trim().ends_with("investment") {
                    let text = format!("总投资{}", value.trim());
                    if let Some(figure) = crate::figures::find_figures(&text).into_iter().next() {
                        figures.push(GoldFigure {
                            entity: id.clone(),
                            text: value.trim().to_string(),
                            figure,
                        });
                    }
                }
            }
            let set = names.entry(id).or_default();
            set.insert(normalize_key(field(&row, "canonical", &path, line)?));
            for alias in row.get("aliases").map_or("", String::as_str).split('|') {
                if !alias.trim().is_empty() {
                    set.insert(normalize_key(alias));
                }
            }
        }
        let path = dir.join("mentions.tsv");
        let mut mentions = Vec::new();
        for (line, row) in read_tsv(&path)? {
            mentions.push(GoldMention {
                span: Span {
                    file: field(&row, "file", &path, line)?.to_string(),
                    start: number(field(&row, "byte_offset", &path, line)?, &path, line)?,
                    end: number(field(&row, "byte_end", &path, line)?, &path, line)?,
                },
                etype: field(&row, "type", &path, line)?.to_string(),
                entity: field(&row, "entity_id", &path, line)?.to_string(),
                surface: field(&row, "surface", &path, line)?.to_string(),
            });
        }
        let relation_of = |row: &BTreeMap<String, String>, path: &Path, line: usize| -> Result<GoldRelation> {
            Ok(GoldRelation {
                head: field(row, "head", path, line)?.to_string(),
                relation: field(row, "relation", path, line)?.to_string(),
                tail: field(row, "tail", path, line)?.to_string(),
                file: field(row, "file", path, line)?.to_string(),
            })
        };
        let path = dir.join("relations.tsv");
        let mut relations = Vec::new();
        if path.exists() {
            for (line, row) in read_tsv(&path)? {
                relations.push(relation_of(&row, &path, line)?);
            }
        }
        let path = dir.join("uncertain.tsv");
        let mut uncertain = Vec::new();
        let mut uncertain_relations = Vec::new();
        if path.exists() {
            for (line, row) in read_tsv(&path)? {
                let kind = field(&row, "kind", &path, line)?;
                if kind == "relation" {
                    uncertain_relations.push(relation_of(&row, &path, line)?);
                    continue;
                }
                if kind != "mention" && kind != "entity" {
                    continue;
                }
                let surface = field(&row, "surface_or_evidence", &path, line)?;
                let Ok(start) = number(field(&row, "byte_offset", &path, line)?, &path, line) else {
                    continue;
                };
                uncertain.push(Span {
                    file: field(&row, "file", &path, line)?.to_string(),
                    start,
                    end: start + surface.len(),
                });
            }
        }
        Ok(Gold {
            figures,
            mentions,
            relations,
            uncertain_relations,
            names,
            uncertain,
        })
    }
}

/// Precision, recall and F1 for one row of the table.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Counts per row: gold, predicted, correct predictions, and a fourth that
/// each scorer defines; the `all` row sums them.
fn add_total(counts: &mut BTreeMap<String, [usize; 4]>) {
    let total = counts.values().fold([0; 4], |mut acc, c| {
        for k in 0..4 {
            acc[k] += c[k];
        }
        acc
    });
    counts.insert("all".into(), total);
}

impl Score {
    fn new(gold: usize, predicted: usize, correct: usize) -> Score {
        Score::with_found(gold, predicted, correct, correct)
    }

    /// From `[gold, predicted, correct predictions, gold rows found]`: when
    /// several predictions may fit one gold row, recall counts rows found.
    fn found(c: [usize; 4]) -> Score {
        Score::with_found(c[0], c[1], c[2], c[3])
    }

    fn with_found(gold: usize, predicted: usize, correct: usize, found: usize) -> Score {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(correct, predicted);
        let recall = ratio(found, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Score {
            gold,
            predicted,
            correct,
            precision,
            recall,
            f1,
        }
    }
}

/// A mention that did not score, for the error listing.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Miss {
    pub file: String,
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub etype: String,
    pub surface: String,
    pub entity: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct MentionReport {
    /// Span and type, per type and `all`.
    pub span_type: BTreeMap<String, Score>,
    /// Span, type and linked entity.
    pub linked: BTreeMap<String, Score>,
    pub missed: Vec<Miss>,
    pub spurious: Vec<Miss>,
}

pub struct EvalOptions {
    /// Gold mentions and predictions with these surfaces are left out.
    pub ignore_surfaces: Vec<String>,
    /// Score curated (`origin = dictionary`) edges too.
    pub with_dictionary: bool,
}

/// A relation that did not score, for the error listing.
#[derive(Clone, Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct RelationMiss {
    pub file: String,
    pub head: String,
    pub relation: String,
    pub tail: String,
    /// The rule that found it (predictions only).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub origin: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RelationReport {
    /// Per relation and `all`.
    pub scores: BTreeMap<String, Score>,
    pub missed: Vec<RelationMiss>,
    pub spurious: Vec<RelationMiss>,
}

/// Symmetric relations are scored without regard to order.
const SYMMETRIC: &[&str] = &["partners_with"];

pub fn score_relations(gold: &Gold, kg: &KnowledgeGraph, options: &EvalOptions) -> RelationReport {
    let types: BTreeSet<&str> = gold.relations.iter().map(|r| r.relation.as_str()).collect();
    let files: BTreeSet<&str> = gold
        .relations
        .iter()
        .map(|r| r.file.as_str())
        .chain(gold.mentions.iter().map(|m| m.span.file.as_str()))
        .collect();
    // Gold entity ids that share a name with a predicted node.
    let gold_ids_of = |node: &crate::graph::Node| -> BTreeSet<&str> {
        let names: BTreeSet<String> = std::iter::once(&node.label)
            .chain(&node.aliases)
            .map(|s| normalize_key(s))
            .collect();
        gold.names
            .iter()
            .filter(|(_, gold_names)| !gold_names.is_disjoint(&names))
            .map(|(id, _)| id.as_str())
            .collect()
    };
    struct Predicted<'a> {
        heads: BTreeSet<&'a str>,
        tails: BTreeSet<&'a str>,
        relation: String,
        file: String,
        miss: RelationMiss,
    }
    let fits = |p: &Predicted<'_>, g: &GoldRelation| {
        let direct = p.heads.contains(g.head.as_str()) && p.tails.contains(g.tail.as_str());
        let swapped = SYMMETRIC.contains(&g.relation.as_str())
            && p.heads.contains(g.tail.as_str())
            && p.tails.contains(g.head.as_str());
        p.relation == g.relation && p.file == g.file && (direct || swapped)
    };
    let mut predicted = Vec::new();
    for e in kg.graph.edge_indices() {
        let edge = &kg.graph[e];
        if !types.contains(edge.relation.as_str())
            || (!options.with_dictionary && edge.origin == crate::relations::ORIGIN_DICTIONARY)
        {
            continue;
        }
        let (s, t) = kg.graph.edge_endpoints(e).expect("edge exists");
        for doc in &edge.docs {
            let Some(file) = files.iter().find(|f| doc_matches(doc, f)) else {
                continue;
            };
            let p = Predicted {
                heads: gold_ids_of(&kg.graph[s]),
                tails: gold_ids_of(&kg.graph[t]),
                relation: edge.relation.clone(),
                file: file.to_string(),
                miss: RelationMiss {
                    file: file.to_string(),
                    head: kg.graph[s].label.clone(),
                    relation: edge.relation.clone(),
                    tail: kg.graph[t].label.clone(),
                    origin: edge.origin.clone(),
                },
            };
            // Uncertain rows are left out, unless the gold also holds the triple.
            let uncertain = gold.uncertain_relations.iter().any(|u| fits(&p, u));
            if !uncertain || gold.relations.iter().any(|g| fits(&p, g)) {
                predicted.push(p);
            }
        }
    }
    let mut counts: BTreeMap<String, [usize; 4]> = BTreeMap::new(); // gold, predicted, correct predictions, found gold
    let mut spurious = Vec::new();
    for p in &predicted {
        let c = counts.entry(p.relation.clone()).or_default();
        c[1] += 1;
        if gold.relations.iter().any(|g| fits(p, g)) {
            c[2] += 1;
        } else {
            spurious.push(p.miss.clone());
        }
    }
    let mut missed = Vec::new();
    for g in &gold.relations {
        let c = counts.entry(g.relation.clone()).or_default();
        c[0] += 1;
        if predicted.iter().any(|p| fits(p, g)) {
            c[3] += 1;
        } else {
            missed.push(RelationMiss {
                file: g.file.clone(),
                head: g.head.clone(),
                relation: g.relation.clone(),
                tail: g.tail.clone(),
                origin: String::new(),
            });
        }
    }
    add_total(&mut counts);
    let scores = counts.into_iter().map(|(r, c)| (r, Score::found(c))).collect();
    spurious.sort();
    RelationReport {
        scores,
        missed,
        spurious,
    }
}

/// The gold file a predicted document id stands for: ids are paths relative
/// to the input, gold names files.
fn doc_matches(doc: &str, file: &str) -> bool {
    doc == file || doc.ends_with(&format!("/{file}"))
}

pub fn score_mentions(
    gold: &Gold,
    predicted: &[MentionRecord],
    kg: &KnowledgeGraph,
    options: &EvalOptions,
) -> MentionReport {
    let types: BTreeSet<&str> = gold.mentions.iter().map(|m| m.etype.as_str()).collect();
    let files: BTreeSet<&str> = gold.mentions.iter().map(|m| m.span.file.as_str()).collect();
    let ignored = |surface: &str| options.ignore_surfaces.iter().any(|s| s == surface);
    let overlaps = |a: &Span, b: &Span| a.file == b.file && a.start < b.end && b.start < a.end;

    let gold_ms: Vec<&GoldMention> = gold.mentions.iter().filter(|m| !ignored(&m.surface)).collect();
    let mut preds: Vec<(Span, &MentionRecord)> = Vec::new();
    for p in predicted {
        let Some(file) = files.iter().find(|f| doc_matches(&p.doc, f)) else {
            continue;
        };
        let span = Span {
            file: file.to_string(),
            start: p.start,
            end: p.end,
        };
        if !types.contains(p.etype.as_str()) || ignored(&p.surface) || gold.uncertain.iter().any(|u| overlaps(u, &span))
        {
            continue;
        }
        preds.push((span, p));
    }
    let pred_names = |entity: &str| -> BTreeSet<String> {
        kg.node_index(entity)
            .map(|i| {
                let n = &kg.graph[i];
                std::iter::once(&n.label)
                    .chain(&n.aliases)
                    .map(|s| normalize_key(s))
                    .collect()
            })
            .unwrap_or_default()
    };
    let gold_by_key: BTreeMap<(&Span, &str), &GoldMention> =
        gold_ms.iter().map(|g| ((&g.span, g.etype.as_str()), *g)).collect();
    let mut counts: BTreeMap<String, [usize; 4]> = BTreeMap::new(); // gold, pred, span-type ok, linked ok
    for g in &gold_ms {
        counts.entry(g.etype.clone()).or_default()[0] += 1;
    }
    let mut matched_gold = BTreeSet::new();
    let mut spurious = Vec::new();
    for (span, p) in &preds {
        let c = counts.entry(p.etype.clone()).or_default();
        c[1] += 1;
        match gold_by_key.get(&(span, p.etype.as_str())) {
            Some(g) => {
                c[2] += 1;
                matched_gold.insert((span.clone(), g.etype.clone()));
                let gold_names = gold.names.get(&g.entity).cloned().unwrap_or_default();
                if !gold_names.is_disjoint(&pred_names(&p.entity)) {
                    c[3] += 1;
                }
            }
            None => spurious.push(Miss {
                file: span.file.clone(),
                start: span.start,
                end: span.end,
                etype: p.etype.clone(),
                surface: p.surface.clone(),
                entity: p.entity.clone(),
            }),
        }
    }
    let missed: Vec<Miss> = gold_ms
        .iter()
        .filter(|g| !matched_gold.contains(&(g.span.clone(), g.etype.clone())))
        .map(|g| Miss {
            file: g.span.file.clone(),
            start: g.span.start,
            end: g.span.end,
            etype: g.etype.clone(),
            surface: g.surface.clone(),
            entity: g.entity.clone(),
        })
        .collect();
    add_total(&mut counts);
    MentionReport {
        span_type: counts
            .iter()
            .map(|(t, c)| (t.clone(), Score::new(c[0], c[1], c[2])))
            .collect(),
        linked: counts
            .iter()
            .map(|(t, c)| (t.clone(), Score::new(c[0], c[1], c[3])))
            .collect(),
        missed,
        spurious,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores() {
        let cases = [
            ((10, 8, 8), (1.0, 0.8)),
            ((0, 0, 0), (0.0, 0.0)),
            ((4, 8, 2), (0.25, 0.5)),
        ];
        for ((g, p, c), (precision, recall)) in cases {
            let s = Score::new(g, p, c);
            assert_eq!((s.precision, s.recall), (precision, recall));
        }
    }

    #[test]
    fn doc_ids_match_gold_files() {
        assert!(doc_matches("000.txt", "000.txt"));
        assert!(doc_matches("seeds/000.txt", "000.txt"));
        assert!(!doc_matches("x000.txt", "000.txt"));
    }
}

/// Entity-level scores: which gold entities the graph has as nodes.
#[derive(Clone, Debug, Serialize)]
pub struct EntityReport {
    /// Per type, and `company+project` (either type counts for either).
    pub scores: BTreeMap<String, Score>,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

/// Score the graph's mentioned nodes against the gold entities that have
/// gold mentions, by shared name. With `discovered_only`, only nodes marked
/// `source = discovered` are predictions (the measure of `build --discover`
/// with the dictionary's firms and projects taken out).
pub fn score_entities(gold: &Gold, kg: &KnowledgeGraph, discovered_only: bool) -> EntityReport {
    let gold_types: BTreeMap<&str, &str> = gold
        .mentions
        .iter()
        .map(|m| (m.entity.as_str(), m.etype.as_str()))
        .collect();
    let nodes: Vec<(&crate::graph::Node, BTreeSet<String>)> = kg
        .graph
        .node_weights()
        .filter(|n| n.mention_count > 0)
        .filter(|n| !discovered_only || n.attributes.get("source").and_then(|v| v.as_str()) == Some("discovered"))
        .map(|n| {
            (
                n,
                std::iter::once(&n.label)
                    .chain(&n.aliases)
                    .map(|s| normalize_key(s))
                    .collect(),
            )
        })
        .collect();
    let group = |t: &str| {
        if t == "company" || t == "project" {
            "company+project"
        } else {
            ""
        }
    };
    let mut counts: BTreeMap<String, [usize; 4]> = BTreeMap::new(); // gold, predicted, correct, found
    let mut missed = Vec::new();
    let mut spurious = Vec::new();
    let fits = |node_type: &str, gold_type: &str, combined: bool| {
        node_type == gold_type || (combined && !group(node_type).is_empty() && group(node_type) == group(gold_type))
    };
    for combined in [false, true] {
        for (id, gt) in &gold_types {
            let row = if combined { group(gt) } else { gt };
            if row.is_empty() {
                continue;
            }
            let names = gold.names.get(*id).cloned().unwrap_or_default();
            let c = counts.entry(row.to_string()).or_default();
            c[0] += 1;
            if nodes
                .iter()
                .any(|(n, ns)| fits(&n.etype, gt, combined) && !ns.is_disjoint(&names))
            {
                c[3] += 1;
            } else if combined {
                missed.push(format!("{id} ({gt})"));
            }
        }
        for (n, ns) in &nodes {
            let row = if combined { group(&n.etype) } else { n.etype.as_str() };
            if row.is_empty() || !gold_types.values().any(|t| fits(&n.etype, t, combined)) {
                continue;
            }
            let c = counts.entry(row.to_string()).or_default();
            c[1] += 1;
            let hit = gold_types.iter().any(|(id, gt)| {
                fits(&n.etype, gt, combined) && gold.names.get(*id).is_some_and(|g| !g.is_disjoint(ns))
            });
            if hit {
                c[2] += 1;
            } else if combined {
                spurious.push(format!("{} {} ({})", n.id, n.label, n.etype));
            }
        }
    }
    let scores = counts.into_iter().map(|(row, c)| (row, Score::found(c))).collect();
    EntityReport {
        scores,
        missed,
        spurious,
    }
}

/// One gold figure and whether the graph read it.
#[derive(Clone, Debug, Serialize)]
pub struct FigureCheck {
    pub entity: String,
    pub gold: String,
    /// `investment_cny` and the like.
    pub key: String,
    pub value: f64,
    pub found: bool,
}

/// Check that every investment the gold states is among the facts of a node
/// sharing a name with the gold entity, with the same value and unit.
pub fn check_figures(gold: &Gold, kg: &KnowledgeGraph) -> Vec<FigureCheck> {
    gold.figures
        .iter()
        .map(|g| {
            let names = gold.names.get(&g.entity).cloned().unwrap_or_default();
            let unit = g.figure.unit.as_str();
            let found = kg.graph.node_weights().any(|n| {
                let node_names: BTreeSet<String> = std::iter::once(&n.label)
                    .chain(&n.aliases)
                    .map(|s| normalize_key(s))
                    .collect();
                !node_names.is_disjoint(&names)
                    && n.facts.iter().any(|f| {
                        f.key == "investment"
                            && f.unit == unit
                            && f.value.as_f64().is_some_and(|v| (v - g.figure.value).abs() < 0.5)
                    })
            });
            FigureCheck {
                entity: g.entity.clone(),
                gold: g.text.clone(),
                key: format!("investment_{unit}"),
                value: g.figure.value,
                found,
            }
        })
        .collect()
}
