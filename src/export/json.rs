//! `graph.json` (node-link) and `mentions.jsonl`.

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::ops::Range;

use serde::{Deserialize, Serialize, Serializer};

use crate::graph::{Edge, JsonIndex, KnowledgeGraph, Meta, Node};

/// Node-link JSON that `networkx.node_link_graph(data, edges="edges")` reads,
/// and that every zonegraph query command loads.
pub struct JsonExporter;

impl JsonExporter {
    pub fn to_writer(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<()> {
        self.to_writer_indexed(kg, w).map(|_| ())
    }

    /// Write as [`to_writer`](JsonExporter::to_writer) does (the same
    /// bytes), and say where each node and edge object landed, for the query
    /// cache.
    pub fn to_writer_indexed(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<JsonIndex> {
        let at = Cell::new(0u64);
        let spans = RefCell::new(Vec::new());
        let graph = &kg.graph;
        let doc = NodeLinkRef {
            directed: true,
            multigraph: true,
            graph: Spanned {
                at: &at,
                spans: &spans,
                value: &kg.meta,
            },
            nodes: graph
                .node_weights()
                .map(|value| Spanned {
                    at: &at,
                    spans: &spans,
                    value,
                })
                .collect(),
            edges: graph
                .edge_indices()
                .map(|e| {
                    let (s, t) = graph.edge_endpoints(e).expect("edge exists");
                    let edge = &graph[e];
                    Spanned {
                        at: &at,
                        spans: &spans,
                        value: LinkEdgeRef {
                            source: &graph[s].id,
                            target: &graph[t].id,
                            key: &edge.relation,
                            edge,
                        },
                    }
                })
                .collect(),
        };
        let mut counting = Counting { inner: w, at: &at };
        let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
        let mut ser = serde_json::Serializer::with_formatter(&mut counting, formatter);
        doc.serialize(&mut ser)?;
        counting.write_all(b"\n")?;
        // Spans were recorded in writing order: the graph data, the nodes, the edges.
        let mut spans = spans.into_inner().into_iter();
        let graph_span = spans.next().unwrap_or_default();
        let nodes = spans.by_ref().take(graph.node_count()).collect();
        Ok(JsonIndex {
            graph: graph_span,
            nodes,
            edges: spans.collect(),
        })
    }
}

/// The node-link document, borrowing from the graph (the same fields, in the
/// same order, as [`crate::graph::NodeLink`]).
#[derive(Serialize)]
struct NodeLinkRef<'a> {
    directed: bool,
    multigraph: bool,
    graph: Spanned<'a, &'a Meta>,
    nodes: Vec<Spanned<'a, &'a Node>>,
    edges: Vec<Spanned<'a, LinkEdgeRef<'a>>>,
}

/// [`crate::graph::LinkEdge`], borrowed.
#[derive(Serialize)]
struct LinkEdgeRef<'a> {
    source: &'a str,
    target: &'a str,
    key: &'a str,
    #[serde(flatten)]
    edge: &'a Edge,
}

/// A value that records the byte range it was written to. serde_json writes
/// straight to its writer, so the count before and after `serialize` is
/// exactly where the value's text starts and ends.
struct Spanned<'a, T> {
    at: &'a Cell<u64>,
    spans: &'a RefCell<Vec<Range<u64>>>,
    value: T,
}

impl<T: Serialize> Serialize for Spanned<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let start = self.at.get();
        let ok = self.value.serialize(serializer)?;
        self.spans.borrow_mut().push(start..self.at.get());
        Ok(ok)
    }
}

/// A writer that counts the bytes through it.
struct Counting<'a, 'w> {
    inner: &'w mut dyn Write,
    at: &'a Cell<u64>,
}

impl Write for Counting<'_, '_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.at.set(self.at.get() + n as u64);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
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
    fn exact_output_on_two_nodes() {
        let got = render(|w| JsonExporter.to_writer(&tiny_graph(), w));
        insta::assert_snapshot!(got);
    }

    #[test]
    fn index_points_at_each_part() {
        let kg = tiny_graph();
        let mut buf = Vec::new();
        let index = JsonExporter.to_writer_indexed(&kg, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        let part = |r: &Range<u64>| -> serde_json::Value {
            serde_json::from_str(&text[r.start as usize..r.end as usize]).unwrap()
        };
        assert_eq!(part(&index.graph)["tool"], "zonegraph");
        let nodes: Vec<_> = index.nodes.iter().map(|r| part(r)["id"].clone()).collect();
        assert_eq!(nodes, ["company:yunfan", "zone:linjiang"]);
        assert_eq!(index.edges.len(), 1);
        assert_eq!(part(&index.edges[0])["target"], "zone:linjiang");
        // Loading finds the same ranges.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        std::fs::write(&path, &text).unwrap();
        let (loaded, found, stamp) = KnowledgeGraph::load_indexed(&path).unwrap();
        assert_eq!(found, index);
        assert_eq!(stamp.len, text.len() as u64);
        assert_eq!(loaded.to_node_link(), kg.to_node_link());
    }
}
