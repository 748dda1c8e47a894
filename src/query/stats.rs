//! Counts by type and relation, and the best-connected entities.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::graph::KnowledgeGraph;

#[derive(Clone, Debug, Serialize)]
pub struct RelationCount {
    pub edges: u64,
    pub total_weight: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Ranked {
    pub id: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub label: String,
    /// Distinct neighbours, whatever the relation.
    pub degree: usize,
    pub mention_count: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Stats {
    pub nodes: usize,
    pub edges: usize,
    pub documents: u64,
    pub mentions: u64,
    pub node_types: BTreeMap<String, u64>,
    pub relations: BTreeMap<String, RelationCount>,
    pub top: Vec<Ranked>,
}

pub fn stats(kg: &KnowledgeGraph, top_n: usize) -> Stats {
    let g = &kg.graph;
    let mut node_types = BTreeMap::new();
    for n in g.node_weights() {
        *node_types.entry(n.etype.clone()).or_insert(0) += 1;
    }
    let mut relations: BTreeMap<String, RelationCount> = BTreeMap::new();
    for e in g.edge_weights() {
        let r = relations.entry(e.relation.clone()).or_insert(RelationCount {
            edges: 0,
            total_weight: 0.0,
        });
        r.edges += 1;
        r.total_weight += e.weight;
    }
    let mut top: Vec<Ranked> = g
        .node_indices()
        .map(|i| {
            let distinct: BTreeSet<_> = g.neighbors_undirected(i).filter(|&j| j != i).collect();
            let n = &g[i];
            Ranked {
                id: n.id.clone(),
                etype: n.etype.clone(),
                label: n.label.clone(),
                degree: distinct.len(),
                mention_count: n.mention_count,
            }
        })
        .collect();
    top.sort_by(|a, b| b.degree.cmp(&a.degree).then(a.id.cmp(&b.id)));
    top.truncate(top_n);
    Stats {
        nodes: g.node_count(),
        edges: g.edge_count(),
        documents: kg.meta.corpus.documents,
        mentions: kg.meta.mentions,
        node_types,
        relations,
        top,
    }
}
