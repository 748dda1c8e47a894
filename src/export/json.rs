//! `graph.json` (node-link) and `mentions.jsonl`.

use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::graph::{Edge, KnowledgeGraph, Meta, Node};

/// Node-link JSON that `networkx.node_link_graph(data, edges="edges")` reads,
/// and that every zonegraph query command loads.
pub struct JsonExporter;

impl JsonExporter {
    pub fn to_writer(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<()> {
        let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
        let mut ser = serde_json::Serializer::with_formatter(&mut *w, formatter);
        // Borrowed, not a copy of the graph: the same JSON as
        // `kg.to_node_link()` serialises, without doubling memory.
        let g = &kg.graph;
        NodeLinkRef {
            directed: true,
            multigraph: true,
            graph: &kg.meta,
            nodes: g.node_weights().collect(),
            edges: g
                .edge_indices()
                .map(|e| {
                    let (s, t) = g.edge_endpoints(e).expect("edge exists");
                    LinkEdgeRef {
                        source: &g[s].id,
                        target: &g[t].id,
                        key: &g[e].relation,
                        edge: &g[e],
                    }
                })
                .collect(),
        }
        .serialize(&mut ser)?;
        w.write_all(b"\n")
    }
}

/// [`crate::graph::NodeLink`], borrowed from the graph.
#[derive(Serialize)]
struct NodeLinkRef<'a> {
    directed: bool,
    multigraph: bool,
    graph: &'a Meta,
    nodes: Vec<&'a Node>,
    edges: Vec<LinkEdgeRef<'a>>,
}

/// [`crate::graph::LinkEdge`], borrowed from the graph.
#[derive(Serialize)]
struct LinkEdgeRef<'a> {
    source: &'a str,
    target: &'a str,
    key: &'a str,
    #[serde(flatten)]
    edge: &'a Edge,
}

/// One line of `mentions.jsonl`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionRecord {
    pub doc: String,
    /// Byte offsets into the original file (or JSONL `text`).
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub entity: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub sentence: usize,
    /// A generic reference (`开发区`) resolved to the article's zone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub resolved: bool,
    /// A name inside a longer mention (`[南通开发区]宣传部`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nested: bool,
}

pub struct MentionsExporter;

impl MentionsExporter {
    pub fn to_writer(&self, mentions: &[MentionRecord], w: &mut dyn Write) -> std::io::Result<()> {
        for m in mentions {
            serde_json::to_writer(&mut *w, m)?;
            w.write_all(b"\n")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{render, tiny_graph};

    #[test]
    fn borrowed_output_is_the_node_link_form() {
        let kg = tiny_graph();
        let got = render(|w| JsonExporter.to_writer(&kg, w));
        let want = render(|w| {
            let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
            let mut ser = serde_json::Serializer::with_formatter(&mut *w, formatter);
            kg.to_node_link().serialize(&mut ser)?;
            w.write_all(b"\n")
        });
        assert_eq!(got, want);
    }

    #[test]
    fn exact_output_on_two_nodes() {
        let got = render(|w| JsonExporter.to_writer(&tiny_graph(), w));
        insta::assert_snapshot!(got);
    }
}
