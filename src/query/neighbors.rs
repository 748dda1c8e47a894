//! Neighbours of an entity, up to a depth, with the edges that lead there.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::Direction;
use petgraph::graph::{EdgeReference, NodeIndex};
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::graph::{Edge, KnowledgeGraph};
use crate::relations::Evidence;

#[derive(Clone, Debug, Default)]
pub struct NeighborQuery {
    pub depth: usize,
    /// Only list neighbours of these types (empty: all). Traversal still
    /// passes through nodes of other types.
    pub types: Vec<String>,
    /// Only follow edges of these relations (empty: all).
    pub relations: Vec<String>,
    pub min_weight: f64,
}

/// An edge on the way to a neighbour, in its stored direction.
#[derive(Clone, Debug, Serialize)]
pub struct Hop {
    pub source: String,
    pub target: String,
    pub relation: String,
    pub weight: f64,
    pub count: u64,
    pub origin: String,
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
}

impl Hop {
    /// The hop along a stored edge of `kg`.
    pub(crate) fn from_edge(kg: &KnowledgeGraph, e: EdgeReference<'_, Edge>) -> Hop {
        let edge = e.weight();
        Hop {
            source: kg.graph[e.source()].id.clone(),
            target: kg.graph[e.target()].id.clone(),
            relation: edge.relation.clone(),
            weight: edge.weight,
            count: edge.count,
            origin: edge.origin.clone(),
            confidence: edge.confidence,
            evidence: edge.evidence.clone(),
        }
    }

    /// Sort hops by (source, target, relation).
    pub(crate) fn sort(hops: &mut [Hop]) {
        hops.sort_by(|a, b| (&a.source, &a.target, &a.relation).cmp(&(&b.source, &b.target, &b.relation)));
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Neighbor {
    pub id: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub label: String,
    pub depth: usize,
    /// The edges linking it to the previous ring (or to the start).
    pub via: Vec<Hop>,
}

pub fn neighbors(kg: &KnowledgeGraph, start: NodeIndex, q: &NeighborQuery) -> Vec<Neighbor> {
    let g = &kg.graph;
    let mut depth_of: BTreeMap<NodeIndex, usize> = BTreeMap::from([(start, 0)]);
    let mut ring = vec![start];
    let mut found: Vec<(NodeIndex, usize, Vec<Hop>)> = Vec::new();
    for depth in 1..=q.depth {
        let mut via: BTreeMap<NodeIndex, Vec<Hop>> = BTreeMap::new();
        for &from in &ring {
            for dir in [Direction::Outgoing, Direction::Incoming] {
                for e in g.edges_directed(from, dir) {
                    let edge = e.weight();
                    if edge.weight < q.min_weight || (!q.relations.is_empty() && !q.relations.contains(&edge.relation))
                    {
                        continue;
                    }
                    let other = if dir == Direction::Outgoing {
                        e.target()
                    } else {
                        e.source()
                    };
                    if depth_of.get(&other).is_some_and(|&d| d < depth) {
                        continue;
                    }
                    via.entry(other).or_default().push(Hop::from_edge(kg, e));
                }
            }
        }
        ring = via.keys().copied().collect();
        for (node, mut hops) in via {
            depth_of.insert(node, depth);
            Hop::sort(&mut hops);
            found.push((node, depth, hops));
        }
        if ring.is_empty() {
            break;
        }
    }
    let types: BTreeSet<&str> = q.types.iter().map(String::as_str).collect();
    let mut out: Vec<Neighbor> = found
        .into_iter()
        .filter(|(n, _, _)| types.is_empty() || types.contains(g[*n].etype.as_str()))
        .map(|(n, depth, via)| Neighbor {
            id: g[n].id.clone(),
            etype: g[n].etype.clone(),
            label: g[n].label.clone(),
            depth,
            via,
        })
        .collect();
    // Nearest first, then strongest, then by id.
    out.sort_by(|a, b| {
        let strength = |n: &Neighbor| n.via.iter().map(|h| h.weight).fold(0.0, f64::max);
        a.depth
            .cmp(&b.depth)
            .then(strength(b).total_cmp(&strength(a)))
            .then(a.id.cmp(&b.id))
    });
    out
}
