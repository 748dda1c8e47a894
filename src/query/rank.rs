//! Rankings of entities (degree, weighted degree, PageRank, betweenness,
//! eigenvector centrality), and the weighted undirected view of the graph that
//! every analytic in [`rank`](self), [`community`](super::community) and
//! [`path`](super::path) works on.
//!
//! # The view
//!
//! Analytics ask "who is connected to whom, and how strongly", so they ignore
//! edge direction and edge kind. [`undirected_view`] turns the knowledge graph
//! into a simple undirected graph:
//!
//! - every stored edge that the [`Filter`] keeps and whose weight is positive
//!   counts (relation in `relations`, or any relation when it is empty; weight
//!   at least `min_weight`, compared edge by edge, as `neighbors` does);
//! - all kept edges between the same pair, whatever their relation and
//!   direction, become **one** edge whose weight is the **sum** of theirs
//!   (`co_occurs` 3 plus `invests_in` 2 is a tie of strength 5; choose
//!   relations with the filter to avoid counting one sentence twice);
//! - self-loops are dropped: they say nothing about ties to others;
//! - every node is kept, also one the filter leaves without edges, and node
//!   `i` of the view is node `i` of the knowledge graph, so scores indexed by
//!   view node are indexed by graph node.
//!
//! # Example
//!
//! ```
//! use zonegraph::graph::{Edge, KnowledgeGraph, Node};
//! use zonegraph::query::rank::{Filter, Measure, rank};
//!
//! let node = |id: &str| Node {
//!     id: id.into(), etype: "company".into(), label: id.into(), aliases: vec![],
//!     attributes: Default::default(), mention_count: 1, doc_count: 1, first_seen: None,
//!     last_seen: None, years: Default::default(), facts: vec![], figures: Default::default(),
//! };
//! let edge = |weight: f64| Edge {
//!     relation: "co_occurs".into(), origin: "cooccurrence".into(), confidence: 1.0, weight,
//!     count: weight as u64, docs: vec![], doc_count: 0, evidence: vec![], first_seen: None, last_seen: None,
//!     years: Default::default(),
//! };
//! let mut kg = KnowledgeGraph::default();
//! let (a, b, c) = (kg.add_node(node("a")), kg.add_node(node("b")), kg.add_node(node("c")));
//! kg.graph.add_edge(a, b, edge(1.0));
//! kg.graph.add_edge(b, c, edge(4.0));
//!
//! let top = rank(&kg, Measure::WeightedDegree, &Filter::default()).unwrap();
//! let ids: Vec<(&str, f64)> = top.iter().map(|r| (r.id.as_str(), r.score)).collect();
//! assert_eq!(ids, [("b", 5.0), ("c", 4.0), ("a", 1.0)]);
//! ```

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::fmt;

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::graph::{Edge, KnowledgeGraph};

/// Which stored edges analytics look at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Only edges of these relations (empty: all).
    pub relations: Vec<String>,
    /// Only edges at least this heavy, compared edge by edge before merging.
    pub min_weight: f64,
}

impl Filter {
    /// Whether a stored edge counts in the view. Edges of zero, negative,
    /// infinite or NaN weight never count: a tie of no strength is no tie,
    /// and the others have no meaning as strengths.
    pub fn keeps(&self, edge: &Edge) -> bool {
        edge.weight > 0.0
            && edge.weight.is_finite()
            && edge.weight >= self.min_weight
            && (self.relations.is_empty() || self.relations.contains(&edge.relation))
    }
}

/// The weighted undirected view of `kg` described in the [module docs](self).
///
/// Node weights are the knowledge graph's own indices (equal to the view's),
/// edge weights the summed strength of the pair. Edges are added in
/// (smaller index, larger index) order, so the view is the same on every run.
///
/// For a graph whose edges are in memory (every graph read from a file); a
/// build that spilled its edges uses [`undirected_view_of`].
pub fn undirected_view(kg: &KnowledgeGraph, filter: &Filter) -> UnGraph<NodeIndex, f64> {
    assert!(
        !kg.is_spilled(),
        "a spilled graph's view is read with undirected_view_of"
    );
    undirected_view_of(kg, filter).expect("edges in memory are read without I/O")
}

/// [`undirected_view`] of any graph, its edges read in order wherever they
/// are (a spilled build's are on disk, hence the I/O error).
pub fn undirected_view_of(kg: &KnowledgeGraph, filter: &Filter) -> std::io::Result<UnGraph<NodeIndex, f64>> {
    let g = &kg.graph;
    let mut pairs: BTreeMap<(NodeIndex, NodeIndex), f64> = BTreeMap::new();
    kg.for_each_edge_batch(1 << 14, &mut |batch| {
        for &(s, t, edge) in batch {
            if s == t || !filter.keeps(edge) {
                continue;
            }
            *pairs.entry((s.min(t), s.max(t))).or_insert(0.0) += edge.weight;
        }
        Ok(())
    })?;
    let mut view = UnGraph::with_capacity(g.node_count(), pairs.len());
    for i in g.node_indices() {
        view.add_node(i);
    }
    for ((a, b), w) in pairs {
        view.add_edge(a, b, w);
    }
    Ok(view)
}

/// How to score an entity's place in the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// Number of distinct neighbours.
    Degree,
    /// Sum of the weights of the node's ties (its strength).
    WeightedDegree,
    /// Weighted PageRank with damping 0.85, as networkx's
    /// `pagerank(G, alpha=0.85, weight="weight")`: a walker leaves a node
    /// along a tie with probability proportional to its weight, a node
    /// without ties sends its walker anywhere uniformly, and scores sum to 1.
    #[serde(rename = "pagerank")]
    PageRank,
    /// Share of shortest paths through the node, counted in **hops** (weights
    /// are strengths, not lengths, so they are ignored), normalised by
    /// `(n-1)(n-2)/2` pairs for `n` nodes, as networkx's
    /// `betweenness_centrality(G, weight=None, normalized=True)`.
    Betweenness,
    /// Weighted eigenvector centrality with unit Euclidean norm, as networkx's
    /// `eigenvector_centrality(G, weight="weight")`. On a disconnected view
    /// the component with the largest eigenvalue takes (nearly) all of it.
    /// The only measure that can fail ([`NotConverged`]).
    Eigenvector,
}

impl Measure {
    pub const ALL: [Measure; 5] = [
        Measure::Degree,
        Measure::WeightedDegree,
        Measure::PageRank,
        Measure::Betweenness,
        Measure::Eigenvector,
    ];

    /// The name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Measure::Degree => "degree",
            Measure::WeightedDegree => "weighted-degree",
            Measure::PageRank => "pagerank",
            Measure::Betweenness => "betweenness",
            Measure::Eigenvector => "eigenvector",
        }
    }

    /// The measure called `name` (see [`Measure::name`]).
    pub fn from_name(name: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.name() == name)
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The power iteration of eigenvector centrality did not settle.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("eigenvector centrality did not converge in {iterations} iterations")]
pub struct NotConverged {
    pub iterations: usize,
}

/// One entity and its score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranked {
    pub id: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub label: String,
    pub score: f64,
}

/// Damping factor of PageRank (networkx's `alpha`).
pub const DAMPING: f64 = 0.85;
/// Power iterations stop when the L1 change of the score vector is below
/// this times the number of nodes (networkx's `tol`). Both are tighter than
/// networkx's 1e-6 default, so that scores agree to about nine digits.
/// PageRank contracts by `DAMPING` each round and always gets there
/// cheaply; eigenvector centrality can be slow on a view whose two largest
/// eigenvalues are close, hence its looser bound.
const PAGE_RANK_TOLERANCE: f64 = 1e-12;
const EIGENVECTOR_TOLERANCE: f64 = 1e-10;
const MAX_ITERATIONS: usize = 10_000;

/// Every node of `kg` with its score, best first; equal scores (to 10
/// significant digits, so rounding noise does not split ties) by id.
///
/// Only eigenvector centrality can fail, on a view whose power iteration
/// does not settle in 10 000 rounds.
pub fn rank(kg: &KnowledgeGraph, measure: Measure, filter: &Filter) -> Result<Vec<Ranked>, NotConverged> {
    let view = undirected_view(kg, filter);
    let scores = scores(&view, measure)?;
    let mut out: Vec<Ranked> = kg
        .graph
        .node_indices()
        .map(|i| {
            let n = &kg.graph[i];
            Ranked {
                id: n.id.clone(),
                etype: n.etype.clone(),
                label: n.label.clone(),
                score: scores[i.index()],
            }
        })
        .collect();
    out.sort_by(|a, b| {
        tie_key(b.score)
            .total_cmp(&tie_key(a.score))
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(out)
}

/// The score of every node of a view (see [`undirected_view`]), indexed by node.
pub fn scores(view: &UnGraph<NodeIndex, f64>, measure: Measure) -> Result<Vec<f64>, NotConverged> {
    let n = view.node_count();
    Ok(match measure {
        Measure::Degree => view.node_indices().map(|i| view.neighbors(i).count() as f64).collect(),
        Measure::WeightedDegree => strengths(view),
        Measure::PageRank => page_rank(view),
        Measure::Betweenness => {
            // Single-threaded (threshold above any size): in parallel, the
            // order of float additions, and so the last bits, would vary.
            rustworkx_core::centrality::betweenness_centrality(view, false, true, usize::MAX)
                .into_iter()
                .map(|s| s.unwrap_or(0.0))
                .collect()
        }
        Measure::Eigenvector if n == 0 => Vec::new(),
        Measure::Eigenvector => rustworkx_core::centrality::eigenvector_centrality(
            view,
            |e| Ok::<f64, Infallible>(*e.weight()),
            Some(MAX_ITERATIONS),
            Some(EIGENVECTOR_TOLERANCE),
        )
        .unwrap_or_else(|never| match never {})
        .ok_or(NotConverged {
            iterations: MAX_ITERATIONS,
        })?,
    })
}

/// Sum of the weights of each node's ties.
fn strengths(view: &UnGraph<NodeIndex, f64>) -> Vec<f64> {
    let mut s = vec![0.0; view.node_count()];
    for e in view.edge_references() {
        s[e.source().index()] += *e.weight();
        s[e.target().index()] += *e.weight();
    }
    s
}

/// Weighted PageRank by power iteration, the same iteration as networkx's
/// `_pagerank_scipy`: `x ← α (x P + (Σ dangling x) / n) + (1 − α) / n`.
///
/// petgraph's `page_rank` is not used: it ignores weights and its
/// teleport term differs from the usual definition, so it matches neither
/// networkx nor igraph. The iteration is a contraction by `α` in L1, so it
/// converges in a few hundred rounds at most; the cap is only a guard.
fn page_rank(view: &UnGraph<NodeIndex, f64>) -> Vec<f64> {
    let n = view.node_count();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let strength = strengths(view);
    let mut x = vec![1.0 / nf; n];
    for _ in 0..MAX_ITERATIONS {
        let dangling: f64 = (0..n).filter(|&i| strength[i] == 0.0).map(|i| x[i]).sum();
        let mut next = vec![DAMPING * dangling / nf + (1.0 - DAMPING) / nf; n];
        for e in view.edge_references() {
            let (s, t, w) = (e.source().index(), e.target().index(), *e.weight());
            next[t] += DAMPING * x[s] * w / strength[s];
            next[s] += DAMPING * x[t] * w / strength[t];
        }
        let change: f64 = x.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        x = next;
        if change < nf * PAGE_RANK_TOLERANCE {
            break;
        }
    }
    x
}

/// `x` rounded to 10 significant digits, for ordering only.
fn tie_key(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(9 - x.abs().log10().floor() as i32);
    let rounded = (x * scale).round() / scale;
    if rounded.is_finite() { rounded } else { x }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::query::tests::{graph, heavier, only};

    /// The reference graph of the networkx comparison: nine nodes, a
    /// co-occurrence and a typed relation on a–b (merged weight 5), a typed
    /// relation stored e → d against the co-occurrence d → e (merged 2), and
    /// an isolated node i.
    pub(crate) fn reference_graph() -> KnowledgeGraph {
        graph(
            &["a", "b", "c", "d", "e", "f", "g", "h", "i"],
            &[
                ("a", "co_occurs", "b", 3.0),
                ("a", "invests_in", "b", 2.0),
                ("a", "co_occurs", "c", 1.0),
                ("b", "co_occurs", "c", 2.0),
                ("c", "co_occurs", "d", 4.0),
                ("d", "co_occurs", "e", 1.0),
                ("e", "located_in", "d", 1.0),
                ("e", "co_occurs", "f", 3.0),
                ("e", "co_occurs", "g", 1.0),
                ("f", "co_occurs", "g", 2.0),
                ("g", "co_occurs", "h", 1.0),
            ],
        )
    }

    fn score_map(kg: &KnowledgeGraph, measure: Measure, filter: &Filter) -> BTreeMap<String, f64> {
        rank(kg, measure, filter)
            .unwrap()
            .into_iter()
            .map(|r| (r.id, r.score))
            .collect()
    }

    /// Reference values from networkx 3.6.1 (tight tolerances, so that the
    /// comparison checks definitions, not stopping rules):
    ///
    /// ```python
    /// import networkx as nx
    /// G = nx.Graph()
    /// G.add_nodes_from("abcdefghi")
    /// G.add_weighted_edges_from([("a","b",5),("a","c",1),("b","c",2),("c","d",4),("d","e",2),
    ///                            ("e","f",3),("e","g",1),("f","g",2),("g","h",1)])
    /// pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)
    /// bc = nx.betweenness_centrality(G, weight=None, normalized=True)   # hops, unweighted
    /// ev = nx.eigenvector_centrality(G, weight="weight", tol=1e-12, max_iter=1000)
    /// for name, d in [("pagerank", pr), ("betweenness", bc), ("eigenvector", ev)]:
    ///     print(name, [(n, d[n]) for n in sorted(d)])
    /// ```
    #[test]
    fn rankings_match_networkx() {
        #[rustfmt::skip]
        let cases: &[(Measure, [f64; 9])] = &[
            (Measure::PageRank, [
                0.11904188622820974, 0.13729041315624646, 0.14232304925047032, 0.1300798527868588,
                0.150164493896834, 0.13466934314078138, 0.12339888296035043, 0.0446271706047887,
                0.018404907975460127,
            ]),
            (Measure::Betweenness, [
                0.0, 0.0, 0.3571428571428571, 0.42857142857142855, 0.42857142857142855, 0.0,
                0.21428571428571427, 0.0, 0.0,
            ]),
            (Measure::Eigenvector, [
                0.5213604360957687, 0.5643054821135087, 0.4872750102136644, 0.36062715565450554,
                0.169806093895408, 0.0989959147392225, 0.059428545537749775, 0.009364020113223228,
                6.769356263802408e-80,
            ]),
            // networkx: dict(G.degree()) and dict(G.degree(weight="weight"))
            (Measure::Degree, [2.0, 2.0, 3.0, 2.0, 3.0, 2.0, 3.0, 1.0, 0.0]),
            (Measure::WeightedDegree, [6.0, 7.0, 7.0, 6.0, 6.0, 5.0, 4.0, 1.0, 0.0]),
        ];
        let kg = reference_graph();
        for (measure, want) in cases {
            let got = score_map(&kg, *measure, &Filter::default());
            for (id, want) in ["a", "b", "c", "d", "e", "f", "g", "h", "i"].iter().zip(want) {
                let got = got[*id];
                assert!(
                    (got - want).abs() < 1e-9,
                    "{measure} of {id}: got {got}, networkx {want}"
                );
            }
        }
    }

    #[test]
    fn ranking_order_is_score_then_id() {
        let kg = reference_graph();
        let cases: &[(Measure, &[&str])] = &[
            (Measure::Degree, &["c", "e", "g", "a", "b", "d", "f", "h", "i"]),
            (Measure::WeightedDegree, &["b", "c", "a", "d", "e", "f", "g", "h", "i"]),
            (Measure::PageRank, &["e", "c", "b", "f", "d", "g", "a", "h", "i"]),
            (Measure::Betweenness, &["d", "e", "c", "g", "a", "b", "f", "h", "i"]),
            (Measure::Eigenvector, &["b", "a", "c", "d", "e", "f", "g", "h", "i"]),
        ];
        for (measure, want) in cases {
            let got: Vec<String> = rank(&kg, *measure, &Filter::default())
                .unwrap()
                .into_iter()
                .map(|r| r.id)
                .collect();
            assert_eq!(&got, want, "{measure}");
        }
    }

    #[test]
    fn view_merges_pairs_and_applies_filter() {
        let kg = graph(
            &["a", "b", "c"],
            &[
                ("a", "co_occurs", "b", 3.0),
                ("b", "invests_in", "a", 2.0),
                ("a", "located_in", "a", 9.0),
                ("b", "co_occurs", "c", 1.0),
                ("a", "co_occurs", "c", 0.0),
            ],
        );
        let all = Filter::default();
        let co = only(&["co_occurs"]);
        let heavy = heavier(2.0);
        let typed = only(&["invests_in"]);
        // (case, filter, view edges as (id, id, weight))
        type Case<'a> = (&'a str, &'a Filter, &'a [(&'a str, &'a str, f64)]);
        let cases: &[Case] = &[
            (
                "all relations, summed, no self-loop, no zero edge",
                &all,
                &[("a", "b", 5.0), ("b", "c", 1.0)],
            ),
            ("only co_occurs", &co, &[("a", "b", 3.0), ("b", "c", 1.0)]),
            ("min weight per stored edge", &heavy, &[("a", "b", 5.0)]),
            ("a typed relation, direction ignored", &typed, &[("a", "b", 2.0)]),
        ];
        for (name, filter, want) in cases {
            let view = undirected_view(&kg, filter);
            assert_eq!(view.node_count(), 3, "{name}");
            let got: Vec<(&str, &str, f64)> = view
                .edge_references()
                .map(|e| {
                    (
                        kg.graph[e.source()].id.as_str(),
                        kg.graph[e.target()].id.as_str(),
                        *e.weight(),
                    )
                })
                .collect();
            assert_eq!(&got, want, "{name}");
        }
    }

    #[test]
    fn filter_changes_scores() {
        let kg = reference_graph();
        let got = score_map(&kg, Measure::WeightedDegree, &only(&["co_occurs"]));
        assert_eq!((got["a"], got["b"], got["d"], got["e"]), (4.0, 5.0, 5.0, 5.0));
        let got = score_map(&kg, Measure::Degree, &heavier(3.0));
        assert_eq!((got["a"], got["c"], got["e"], got["h"]), (1.0, 1.0, 1.0, 0.0));
    }

    #[test]
    fn degenerate_graphs() {
        let empty = KnowledgeGraph::default();
        let lone = graph(&["x", "y"], &[]);
        for measure in Measure::ALL {
            assert!(
                rank(&empty, measure, &Filter::default()).unwrap().is_empty(),
                "{measure}"
            );
            let got = score_map(&lone, measure, &Filter::default());
            let want = match measure {
                Measure::Degree | Measure::WeightedDegree | Measure::Betweenness => 0.0,
                Measure::PageRank => 0.5,
                Measure::Eigenvector => 0.5f64.sqrt(),
            };
            for id in ["x", "y"] {
                assert!((got[id] - want).abs() < 1e-12, "{measure} of {id}: {}", got[id]);
            }
        }
    }

    #[test]
    fn measure_names_round_trip() {
        for m in Measure::ALL {
            assert_eq!(Measure::from_name(m.name()), Some(m));
            assert_eq!(serde_json::to_value(m).unwrap(), m.name());
        }
        assert_eq!(Measure::from_name("closeness"), None);
    }
}
