//! Graphviz DOT, written with dot-writer.
//!
//! Choices Graphviz users depend on:
//!
//! - a CJK-capable `fontname` on graph, nodes and edges: without one,
//!   Graphviz draws Chinese labels as boxes and says nothing;
//! - colour and shape by entity type, and a colour per relation;
//! - Graphviz's own `weight` must be an integer, so it is the edge's count,
//!   and the knowledge-graph weight goes in `kg_weight`;
//! - `co_occurs` edges are drawn without arrowheads;
//! - discovered nodes (`source=discovered`) have a dashed outline.
//!
//! dot-writer writes ids and values as given, so every id and quoted value
//! passes through `quote`, the one escaping adaptor.

use std::io::Write;

use dot_writer::{Attributes, DotWriter};

use crate::graph::KnowledgeGraph;
use crate::relations::CO_OCCURS;

/// Fonts with CJK glyphs, in the order Graphviz (through fontconfig) tries
/// them; fonts-noto-cjk on Debian provides the first.
pub const DEFAULT_FONT: &str = "Noto Sans CJK SC";

pub struct DotExporter {
    pub fontname: String,
}

impl Default for DotExporter {
    fn default() -> Self {
        DotExporter {
            fontname: DEFAULT_FONT.into(),
        }
    }
}

/// (fill colour, shape) for an entity type.
pub fn type_style(etype: &str) -> (&'static str, &'static str) {
    match etype {
        "zone" => ("#a6cee3", "box"),
        "company" => ("#fdbf6f", "ellipse"),
        "cluster" => ("#b2df8a", "hexagon"),
        "project" => ("#fb9a99", "diamond"),
        "region" => ("#cab2d6", "tab"),
        "organization" => ("#e0d0b0", "note"),
        _ => ("#dddddd", "oval"),
    }
}

/// Line colour for a relation.
pub fn relation_color(relation: &str) -> &'static str {
    match relation {
        CO_OCCURS => "#999999",
        "member_of" => "#33a02c",
        "owns" => "#e31a1c",
        "located_in" => "#1f78b4",
        "focuses_on" => "#6a3d9a",
        "subsidiary_of" => "#ff7f00",
        "partners_with" => "#b15928",
        _ => "#444444",
    }
}

/// A DOT double-quoted string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl DotExporter {
    pub fn to_writer(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<()> {
        // dot-writer panics on I/O errors, so it writes through a latch that
        // keeps the first error and swallows the rest, checked at the end:
        // streamed, not built in memory (a large graph's DOT is gigabytes).
        let mut latch = Latch { inner: w, error: None };
        {
            let mut writer = DotWriter::from(&mut latch);
            writer.set_pretty_print(true);
            let mut g = writer.digraph();
            let font = quote(&self.fontname);
            g.graph_attributes()
                .set("fontname", &font, false)
                .set("overlap", "false", false)
                .set("outputorder", "edgesfirst", false);
            g.node_attributes()
                .set("fontname", &font, false)
                .set("style", "filled", false);
            g.edge_attributes()
                .set("fontname", &font, false)
                .set("fontsize", "9", false);
            for node in kg.graph.node_weights() {
                let (fill, shape) = type_style(&node.etype);
                let discovered = node.attributes.get("source").and_then(|v| v.as_str()) == Some("discovered");
                let mut n = g.node_named(quote(&node.id));
                n.set("label", &quote(&node.label), false)
                    .set("shape", shape, false)
                    .set("fillcolor", &quote(fill), false)
                    .set("tooltip", &quote(&format!("{} ({})", node.id, node.etype)), false);
                // Discovered nodes (not in any dictionary) have a dashed outline.
                if discovered {
                    n.set("style", &quote("filled,dashed"), false);
                }
            }
            kg.for_each_edge_batch(1 << 14, &mut |batch| {
                for &(s, t, edge) in batch {
                    let mut attrs = g.edge(quote(&kg.graph[s].id), quote(&kg.graph[t].id)).attributes();
                    attrs
                        .set("relation", &quote(&edge.relation), false)
                        .set("kg_weight", &format!("{:?}", edge.weight), false)
                        .set("weight", &edge.count.max(1).to_string(), false)
                        .set("color", &quote(relation_color(&edge.relation)), false);
                    if edge.relation == CO_OCCURS {
                        attrs.set("dir", "none", false);
                    } else {
                        attrs.set("label", &quote(&edge.relation), false);
                    }
                }
                Ok(())
            })?;
        }
        match latch.error {
            Some(e) => Err(e),
            None => latch.inner.flush(),
        }
    }
}

/// A writer that never fails: the first error is kept (and later writes
/// dropped) for the caller to return.
struct Latch<'w> {
    inner: &'w mut dyn Write,
    error: Option<std::io::Error>,
}

impl Write for Latch<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.error.is_none()
            && let Err(e) = self.inner.write_all(buf)
        {
            self.error = Some(e);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{render, tiny_graph};

    #[test]
    fn exact_output_on_two_nodes() {
        let got = render(|w| DotExporter::default().to_writer(&tiny_graph(), w));
        insta::assert_snapshot!(got);
    }
}
