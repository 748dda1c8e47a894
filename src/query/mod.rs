//! Query stage: answer questions about a built graph (`graph.json`).
//!
//! Names are resolved by id, canonical name or alias, also after the same
//! normalisation the matcher uses; an unknown name is an error that lists the
//! closest known names.

pub mod community;
pub mod neighbors;
pub mod path;
pub mod rank;
pub mod select;
pub mod stats;

use petgraph::graph::NodeIndex;

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use crate::normalize::normalize_key;

/// Find the node a user means by `query`.
pub fn resolve(kg: &KnowledgeGraph, query: &str) -> Result<NodeIndex> {
    if let Some(idx) = kg.node_index(query) {
        return Ok(idx);
    }
    let key = normalize_key(query);
    let nodes: Vec<NodeIndex> = kg.graph.node_indices().collect();
    // Canonical names before aliases, exact before normalised.
    let passes: [&dyn Fn(NodeIndex) -> bool; 4] = [
        &|i| kg.graph[i].label == query,
        &|i| kg.graph[i].aliases.iter().any(|a| a == query),
        &|i| normalize_key(&kg.graph[i].label) == key,
        &|i| kg.graph[i].aliases.iter().any(|a| normalize_key(a) == key),
    ];
    for pass in passes {
        if let Some(&idx) = nodes.iter().find(|&&i| pass(i)) {
            return Ok(idx);
        }
    }
    Err(Error::UnknownEntity {
        query: query.to_string(),
        suggestions: suggestions(kg, query, 5),
    })
}

/// The `n` known names closest to `query`: names that contain it or that it
/// contains first, then by normalised edit distance.
pub fn suggestions(kg: &KnowledgeGraph, query: &str, n: usize) -> Vec<String> {
    let names: Vec<(&str, Vec<&str>, &str)> = kg
        .graph
        .node_weights()
        .map(|node| {
            let aliases = node.aliases.iter().map(String::as_str).collect();
            (node.label.as_str(), aliases, node.id.as_str())
        })
        .collect();
    suggestions_among(names.iter().map(|(l, a, id)| (*l, a.as_slice(), *id)), query, n)
}

/// [`suggestions`] among `(label, aliases, id)` of every node, in node order.
pub fn suggestions_among<'a>(
    nodes: impl Iterator<Item = (&'a str, &'a [&'a str], &'a str)>,
    query: &str,
    n: usize,
) -> Vec<String> {
    let key = normalize_key(query);
    let mut scored: Vec<(u8, i64, String)> = Vec::new();
    for (label, aliases, id) in nodes {
        let best = std::iter::once(&label)
            .chain(aliases.iter())
            .chain(std::iter::once(&id))
            .map(|name| {
                let k = normalize_key(name);
                let contains = !key.is_empty() && (k.contains(&key) || key.contains(&k));
                let sim = strsim::normalized_levenshtein(&k, &key);
                (u8::from(!contains), -(sim * 1000.0) as i64)
            })
            .min()
            .unwrap_or((1, 0));
        if best.0 == 0 || best.1 <= -300 {
            scored.push((best.0, best.1, format!("{label} ({id})")));
        }
    }
    scored.sort();
    scored.into_iter().take(n).map(|(_, _, s)| s).collect()
}

/// Small graphs for the query modules' tests.
#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;

    use crate::graph::{Edge, KnowledgeGraph, Node};
    use crate::query::rank::Filter;

    /// A node labelled with its id in capitals.
    pub(crate) fn node(id: &str, etype: &str) -> Node {
        Node {
            id: id.into(),
            etype: etype.into(),
            label: id.to_uppercase(),
            aliases: vec![],
            attributes: BTreeMap::new(),
            mention_count: 1,
            doc_count: 1,
            first_seen: None,
            last_seen: None,
            years: Default::default(),
            facts: vec![],
            figures: BTreeMap::new(),
        }
    }

    /// An edge seen `weight` times (rounded down), from co-occurrence or,
    /// for any other relation, from a rule.
    pub(crate) fn edge(relation: &str, weight: f64) -> Edge {
        Edge {
            relation: relation.into(),
            origin: if relation == "co_occurs" {
                "cooccurrence".into()
            } else {
                "rule:test".into()
            },
            confidence: 1.0,
            weight,
            count: weight as u64,
            docs: vec![],
            doc_count: 0,
            evidence: vec![],
            first_seen: None,
            last_seen: None,
            years: Default::default(),
        }
    }

    /// Company nodes named by `ids` (in that order), edges `(head, relation, tail, weight)`.
    pub(crate) fn graph(ids: &[&str], edges: &[(&str, &str, &str, f64)]) -> KnowledgeGraph {
        let mut kg = KnowledgeGraph::default();
        for id in ids {
            kg.add_node(node(id, "company"));
        }
        for &(h, r, t, w) in edges {
            let (h, t) = (kg.node_index(h).unwrap(), kg.node_index(t).unwrap());
            kg.graph.add_edge(h, t, edge(r, w));
        }
        kg
    }

    /// A filter that keeps only edges of `relations`.
    pub(crate) fn only(relations: &[&str]) -> Filter {
        Filter {
            relations: relations.iter().map(|r| r.to_string()).collect(),
            min_weight: 0.0,
        }
    }

    /// A filter that keeps only edges at least `min_weight` heavy.
    pub(crate) fn heavier(min_weight: f64) -> Filter {
        Filter {
            relations: vec![],
            min_weight,
        }
    }
}
