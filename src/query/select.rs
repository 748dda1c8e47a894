//! Parts of a graph: filtered views and ego networks, as graphs of their
//! own that any exporter can write.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use crate::graph::{Edge, KnowledgeGraph};

/// Which nodes and edges to keep.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// Keep only edges of these relations (empty: all).
    pub relations: Vec<String>,
    /// Keep only nodes of these types (empty: all).
    pub types: Vec<String>,
    pub min_weight: Option<f64>,
    /// Keep only these nodes (from a ranking), if set.
    pub nodes: Option<BTreeSet<String>>,
    /// Keep only the largest connected component (ties: the one holding the
    /// smallest id).
    pub largest_component: bool,
}

impl Selection {
    fn keeps_edge(&self, e: &Edge) -> bool {
        (self.relations.is_empty() || self.relations.contains(&e.relation))
            && self.min_weight.is_none_or(|w| e.weight >= w)
    }
}

impl KnowledgeGraph {
    /// The graph restricted to some nodes and edges, in the same order, with
    /// the same run metadata.
    pub fn subgraph(&self, keep_node: impl Fn(NodeIndex) -> bool, keep_edge: impl Fn(&Edge) -> bool) -> KnowledgeGraph {
        let mut out = KnowledgeGraph::default();
        out.meta = self.meta.clone();
        let mut map = BTreeMap::new();
        for i in self.graph.node_indices().filter(|i| keep_node(*i)) {
            map.insert(i, out.add_node(self.graph[i].clone()));
        }
        for e in self.graph.edge_references() {
            if let (Some(&s), Some(&t)) = (map.get(&e.source()), map.get(&e.target()))
                && keep_edge(e.weight())
            {
                out.graph.add_edge(s, t, e.weight().clone());
            }
        }
        out
    }
}

/// Apply a selection. Nodes left without edges by an edge filter stay only
/// when no edge filter was given.
pub fn select(kg: &KnowledgeGraph, sel: &Selection) -> KnowledgeGraph {
    let node_ok = |i: NodeIndex| {
        let n = &kg.graph[i];
        (sel.types.is_empty() || sel.types.contains(&n.etype))
            && sel.nodes.as_ref().is_none_or(|ids| ids.contains(&n.id))
    };
    let mut out = kg.subgraph(node_ok, |e| sel.keeps_edge(e));
    if !sel.relations.is_empty() || sel.min_weight.is_some() {
        let linked: BTreeSet<NodeIndex> = out
            .graph
            .edge_references()
            .flat_map(|e| [e.source(), e.target()])
            .collect();
        out = out.subgraph(|i| linked.contains(&i), |_| true);
    }
    if sel.largest_component {
        let component = largest_component(&out);
        out = out.subgraph(|i| component.contains(&i), |_| true);
    }
    out
}

/// The nodes of the largest connected component, edges taken either way.
pub fn largest_component(kg: &KnowledgeGraph) -> BTreeSet<NodeIndex> {
    let mut seen = BTreeSet::new();
    let mut best: BTreeSet<NodeIndex> = BTreeSet::new();
    for start in kg.graph.node_indices() {
        if seen.contains(&start) {
            continue;
        }
        let mut component = BTreeSet::from([start]);
        let mut stack = vec![start];
        while let Some(i) = stack.pop() {
            for j in kg.graph.neighbors_undirected(i) {
                if component.insert(j) {
                    stack.push(j);
                }
            }
        }
        seen.extend(component.iter().copied());
        // Node order follows id order, so on a tie the first component holds the smallest id.
        if component.len() > best.len() {
            best = component;
        }
    }
    best
}

/// The ego network of a node: everything within `depth` hops (edges taken
/// either way, through the kept relations), and the edges among them.
pub fn ego(kg: &KnowledgeGraph, center: NodeIndex, depth: usize, sel: &Selection) -> KnowledgeGraph {
    let mut within = BTreeSet::from([center]);
    let mut ring = vec![center];
    for _ in 0..depth {
        let mut next = Vec::new();
        for &i in &ring {
            for e in kg
                .graph
                .edges_directed(i, petgraph::Direction::Outgoing)
                .chain(kg.graph.edges_directed(i, petgraph::Direction::Incoming))
            {
                if !sel.keeps_edge(e.weight()) {
                    continue;
                }
                let other = if e.source() == i { e.target() } else { e.source() };
                if within.insert(other) {
                    next.push(other);
                }
            }
        }
        ring = next;
    }
    let types_ok = |i: NodeIndex| i == center || sel.types.is_empty() || sel.types.contains(&kg.graph[i].etype);
    kg.subgraph(|i| within.contains(&i) && types_ok(i), |e| sel.keeps_edge(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::{edge, node};

    /// a - b - c (member_of b→c weight 1), d - e apart.
    fn graph() -> KnowledgeGraph {
        let mut kg = KnowledgeGraph::default();
        let ids: Vec<NodeIndex> = [
            ("a", "zone"),
            ("b", "company"),
            ("c", "cluster"),
            ("d", "company"),
            ("e", "company"),
        ]
        .iter()
        .map(|(id, t)| kg.add_node(node(id, t)))
        .collect();
        kg.graph.add_edge(ids[0], ids[1], edge("co_occurs", 3.0));
        kg.graph.add_edge(ids[1], ids[2], edge("member_of", 1.0));
        kg.graph.add_edge(ids[3], ids[4], edge("co_occurs", 1.0));
        kg
    }

    fn ids(kg: &KnowledgeGraph) -> Vec<String> {
        kg.graph.node_weights().map(|n| n.id.clone()).collect()
    }

    #[test]
    fn selections() {
        let kg = graph();
        let sel = |f: &dyn Fn(&mut Selection)| {
            let mut s = Selection::default();
            f(&mut s);
            ids(&select(&kg, &s))
        };
        assert_eq!(sel(&|_| {}), ["a", "b", "c", "d", "e"]);
        assert_eq!(sel(&|s| s.relations = vec!["member_of".into()]), ["b", "c"]);
        assert_eq!(sel(&|s| s.min_weight = Some(2.0)), ["a", "b"]);
        assert_eq!(sel(&|s| s.types = vec!["company".into()]), ["b", "d", "e"]);
        assert_eq!(sel(&|s| s.largest_component = true), ["a", "b", "c"]);
        let center = kg.node_index("a").unwrap();
        assert_eq!(ids(&ego(&kg, center, 1, &Selection::default())), ["a", "b"]);
        assert_eq!(ids(&ego(&kg, center, 2, &Selection::default())), ["a", "b", "c"]);
    }
}
