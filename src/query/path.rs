//! Shortest paths between two entities: how is A connected to B?
//!
//! Paths run on the undirected view of the graph ([`undirected_view`]): any
//! kept edge links its two ends whatever its direction, and a path's length
//! is its number of steps (weights are strengths, not lengths). Each step
//! lists every kept edge between its two entities, so an analyst sees both
//! the co-occurrence and the typed relation, with their evidence.

use std::collections::VecDeque;

use petgraph::graph::{NodeIndex, UnGraph};
use serde::Serialize;

use super::neighbors::Hop;
use super::rank::{Filter, undirected_view};
use crate::graph::KnowledgeGraph;

/// One step of a path.
#[derive(Clone, Debug, Serialize)]
pub struct Step {
    /// The entity the step leaves (path order, not edge direction).
    pub from: String,
    /// The entity the step reaches.
    pub to: String,
    /// Every kept edge between the two, each in its stored direction, by
    /// (source, target, relation).
    pub edges: Vec<Hop>,
}

/// All shortest paths from `from` to `to` (nodes of `kg`), at most
/// `max_paths` of them, each a list of steps.
///
/// Paths come in order of their sequence of node ids, so the first
/// `max_paths` are the same on every run; they are found one by one, so a
/// small `max_paths` stays cheap when there are very many. No path: an empty
/// list. `from == to`: one path of no steps.
///
/// # Panics
///
/// If `from` or `to` is not a node of `kg`.
pub fn shortest_paths(
    kg: &KnowledgeGraph,
    from: NodeIndex,
    to: NodeIndex,
    filter: &Filter,
    max_paths: usize,
) -> Vec<Vec<Step>> {
    if max_paths == 0 {
        return Vec::new();
    }
    let view = undirected_view(kg, filter);
    let from_start = hops_from(&view, from);
    let to_end = hops_from(&view, to);
    let Some(length) = from_start[to.index()] else {
        return Vec::new();
    };
    // A node is on a shortest path iff its distances from both ends add up
    // to the length; stepping from ring d to ring d + 1 among such nodes
    // always reaches `to`, so the search never backtracks in vain.
    let on_path = |n: NodeIndex, d: usize| {
        from_start[n.index()] == Some(d) && d <= length && to_end[n.index()] == Some(length - d)
    };
    let mut nodes_of_paths: Vec<Vec<NodeIndex>> = Vec::new();
    let mut current = vec![from];
    let mut next: Vec<Vec<NodeIndex>> = Vec::new();
    // The next nodes after `n`, at `d` steps from `from`.
    let successors = |n: NodeIndex, d: usize| {
        if d == length {
            return Vec::new();
        }
        let mut s: Vec<NodeIndex> = view.neighbors(n).filter(|&m| on_path(m, d + 1)).collect();
        // Reverse id order: popped from the back, the smallest id goes first.
        s.sort_by(|a, b| kg.graph[*b].id.cmp(&kg.graph[*a].id));
        s
    };
    next.push(successors(from, 0));
    while let Some(top) = next.last_mut() {
        if current.len() == length + 1 {
            nodes_of_paths.push(current.clone());
            if nodes_of_paths.len() == max_paths {
                break;
            }
            next.pop();
            current.pop();
            continue;
        }
        match top.pop() {
            Some(n) => {
                current.push(n);
                next.push(successors(n, current.len() - 1));
            }
            None => {
                next.pop();
                current.pop();
            }
        }
    }
    nodes_of_paths
        .into_iter()
        .map(|nodes| {
            nodes
                .windows(2)
                .map(|pair| step(kg, filter, pair[0], pair[1]))
                .collect()
        })
        .collect()
}

/// Hop count from `start` to every node of the view (`None`: unreachable).
fn hops_from(view: &UnGraph<NodeIndex, f64>, start: NodeIndex) -> Vec<Option<usize>> {
    let mut dist = vec![None; view.node_count()];
    dist[start.index()] = Some(0);
    let mut queue = VecDeque::from([(start, 0)]);
    while let Some((n, d)) = queue.pop_front() {
        for m in view.neighbors(n) {
            if dist[m.index()].is_none() {
                dist[m.index()] = Some(d + 1);
                queue.push_back((m, d + 1));
            }
        }
    }
    dist
}

fn step(kg: &KnowledgeGraph, filter: &Filter, a: NodeIndex, b: NodeIndex) -> Step {
    let g = &kg.graph;
    let mut edges: Vec<Hop> = g
        .edges_connecting(a, b)
        .chain(g.edges_connecting(b, a))
        .filter(|e| filter.keeps(e.weight()))
        .map(|e| Hop::from_edge(kg, e))
        .collect();
    Hop::sort(&mut edges);
    Step {
        from: g[a].id.clone(),
        to: g[b].id.clone(),
        edges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::rank::tests::reference_graph;
    use crate::query::tests::{graph, heavier, only};

    /// Each path as its node ids joined by `-`.
    fn spelled(paths: &[Vec<Step>], start: &str) -> Vec<String> {
        paths
            .iter()
            .map(|p| {
                let mut s = start.to_string();
                for step in p {
                    s.push('-');
                    s.push_str(&step.to);
                }
                s
            })
            .collect()
    }

    #[test]
    fn paths_table() {
        // A diamond s-{a,b}-t plus a detour s-c-d-t, an isolate z, and a
        // typed edge stored against the walking direction (t -> b).
        let kg = graph(
            &["a", "b", "c", "d", "s", "t", "z"],
            &[
                ("s", "co_occurs", "a", 1.0),
                ("s", "co_occurs", "b", 1.0),
                ("a", "co_occurs", "t", 1.0),
                ("t", "supplies", "b", 3.0),
                ("c", "co_occurs", "s", 1.0),
                ("c", "co_occurs", "d", 1.0),
                ("d", "co_occurs", "t", 5.0),
            ],
        );
        let all = Filter::default();
        let co = only(&["co_occurs"]);
        let heavy = heavier(2.0);
        // (case, from, to, filter, max_paths, paths spelled as ids)
        type Case<'a> = (&'a str, &'a str, &'a str, &'a Filter, usize, &'a [&'a str]);
        let cases: &[Case] = &[
            ("two shortest, id order", "s", "t", &all, 10, &["s-a-t", "s-b-t"]),
            ("capped", "s", "t", &all, 1, &["s-a-t"]),
            ("none asked", "s", "t", &all, 0, &[]),
            ("backwards", "t", "s", &all, 10, &["t-a-s", "t-b-s"]),
            ("filter removes the typed edge", "s", "t", &co, 10, &["s-a-t"]),
            ("heavy edges only: no path", "s", "t", &heavy, 10, &[]),
            ("unreachable", "s", "z", &all, 10, &[]),
            ("to itself", "s", "s", &all, 10, &["s"]),
            ("one step", "c", "d", &all, 10, &["c-d"]),
            ("longer", "a", "d", &all, 10, &["a-t-d"]),
            ("two steps", "c", "b", &all, 10, &["c-s-b"]),
        ];
        for (name, from, to, filter, max, want) in cases {
            let (f, t) = (kg.node_index(from).unwrap(), kg.node_index(to).unwrap());
            let got = shortest_paths(&kg, f, t, filter, *max);
            assert_eq!(spelled(&got, from), *want, "{name}");
        }
    }

    #[test]
    fn steps_carry_every_edge_between_the_pair() {
        let kg = reference_graph();
        let (a, e) = (kg.node_index("a").unwrap(), kg.node_index("e").unwrap());
        let paths = shortest_paths(&kg, a, e, &Filter::default(), 10);
        assert_eq!(spelled(&paths, "a"), ["a-c-d-e"]);
        let edges: Vec<Vec<(&str, &str, &str, f64)>> = paths[0]
            .iter()
            .map(|s| {
                s.edges
                    .iter()
                    .map(|h| (h.source.as_str(), h.relation.as_str(), h.target.as_str(), h.weight))
                    .collect()
            })
            .collect();
        assert_eq!(
            edges,
            [
                vec![("a", "co_occurs", "c", 1.0)],
                vec![("c", "co_occurs", "d", 4.0)],
                vec![("d", "co_occurs", "e", 1.0), ("e", "located_in", "d", 1.0)],
            ]
        );
    }

    #[test]
    fn many_paths_come_in_id_order() {
        // A ladder of 4 rungs with 2 choices each: 16 shortest paths.
        let mut ids = vec!["s".to_string(), "t".to_string()];
        let mut edges = Vec::new();
        for r in 0..4 {
            for side in ["x", "y"] {
                ids.push(format!("{r}{side}"));
            }
        }
        for r in 0..4 {
            for side in ["x", "y"] {
                let here = format!("{r}{side}");
                if r == 0 {
                    edges.push(("s".to_string(), here.clone()));
                } else {
                    for prev in ["x", "y"] {
                        edges.push((format!("{}{prev}", r - 1), here.clone()));
                    }
                }
                if r == 3 {
                    edges.push((here, "t".to_string()));
                }
            }
        }
        let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let edge_refs: Vec<(&str, &str, &str, f64)> = edges
            .iter()
            .map(|(a, b)| (a.as_str(), "co_occurs", b.as_str(), 1.0))
            .collect();
        let kg = graph(&id_refs, &edge_refs);
        let (s, t) = (kg.node_index("s").unwrap(), kg.node_index("t").unwrap());
        let all = shortest_paths(&kg, s, t, &Filter::default(), usize::MAX);
        assert_eq!(all.len(), 16);
        let spelled_all = spelled(&all, "s");
        let mut sorted = spelled_all.clone();
        sorted.sort();
        assert_eq!(spelled_all, sorted);
        assert_eq!(spelled_all[0], "s-0x-1x-2x-3x-t");
        assert_eq!(
            spelled(&shortest_paths(&kg, s, t, &Filter::default(), 3), "s"),
            spelled_all[..3]
        );
    }
}
