//! GraphML, for Gephi, yEd, networkx and igraph.
//!
//! Written with quick-xml, which escapes every value. Choices that readers
//! depend on:
//!
//! - key ids are descriptive (`node_label`, `edge_weight`), never `d0, d1…`:
//!   Gephi reads some numbered ids (`d3` on nodes) as the label;
//! - attributes are typed: counts are `long`, weights `double`, and a
//!   dictionary attribute is numeric when every value of it is a number;
//! - values are scalar: lists (aliases, documents, evidence) are flattened to
//!   strings, and characters XML 1.0 forbids are dropped;
//! - run metadata is graph-level data.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use serde_json::Value;

use super::shared::{
    Kind, column_kinds, push_attr, push_int, push_number, scalar, unique_xml_id, write_evidence, xml_chars, xml_text,
};
use crate::graph::{KnowledgeGraph, Node};
use crate::relations::Years;

pub struct GraphmlExporter;

/// A declared key: its id, what it is for, its name and type.
struct Key {
    id: String,
    domain: &'static str,
    name: String,
    ty: &'static str,
}

/// Nodes or edges one window holds, made in parallel with the other windows
/// of a batch.
const EDGE_WINDOW: usize = 256;

impl GraphmlExporter {
    pub fn to_writer(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<()> {
        self.to_writer_windowed(kg, w, EDGE_WINDOW)
    }

    fn to_writer_windowed(&self, kg: &KnowledgeGraph, w: &mut dyn Write, window: usize) -> std::io::Result<()> {
        let mut xml = Writer::new_with_indent(w, b' ', 1);
        xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        let attr_keys = typed_keys(kg.graph.node_weights().map(|n| &n.attributes), "node_attr_");
        let figure_keys = typed_keys(kg.graph.node_weights().map(|n| &n.figures), "node_fig_");
        let mut keys: Vec<Key> = Vec::new();
        let mut key = |id: &str, domain: &'static str, name: &str, ty: &'static str| {
            keys.push(Key {
                id: id.into(),
                domain,
                name: name.into(),
                ty,
            })
        };
        for (name, ty) in GRAPH_KEYS {
            key(&format!("graph_{name}"), "graph", name, ty);
        }
        for (name, ty) in NODE_KEYS {
            key(&format!("node_{name}"), "node", name, ty);
        }
        for (name, (id, ty)) in &attr_keys {
            // A dictionary attribute must not shadow a built-in node key.
            let shadows = name == "id" || NODE_KEYS.iter().any(|(n, _)| n == name) || figure_keys.contains_key(name);
            let name = if shadows { format!("attr_{name}") } else { name.clone() };
            key(id, "node", &name, ty);
        }
        for (name, (id, ty)) in &figure_keys {
            key(id, "node", name, ty);
        }
        for (name, ty) in EDGE_KEYS {
            key(&format!("edge_{name}"), "edge", name, ty);
        }
        let m = &kg.meta;
        let graph_values: [String; 9] = [
            m.tool.clone(),
            m.version.clone(),
            m.format_version.to_string(),
            m.dictionaries
                .iter()
                .map(|d| format!("{} sha256:{}", d.path, d.sha256))
                .collect::<Vec<_>>()
                .join("\n"),
            m.corpus.inputs.join("\n"),
            m.corpus.documents.to_string(),
            m.corpus.bytes.to_string(),
            m.mentions.to_string(),
            serde_json::to_string(&m.options).unwrap_or_default(),
        ];
        xml.create_element("graphml")
            .with_attributes([
                ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                (
                    "xsi:schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
                ),
            ])
            .write_inner_content(|xml| {
                for k in &keys {
                    xml.create_element("key")
                        .with_attributes([
                            ("id", k.id.as_str()),
                            ("for", k.domain),
                            ("attr.name", k.name.as_str()),
                            ("attr.type", k.ty),
                        ])
                        .write_empty()?;
                }
                xml.create_element("graph")
                    .with_attributes([("id", "zonegraph"), ("edgedefault", "directed")])
                    .write_inner_content(|xml| {
                        for ((name, _), value) in GRAPH_KEYS.iter().zip(&graph_values) {
                            data(xml, &format!("graph_{name}"), value)?;
                        }
                        // Nodes and edges, the bulk of the file, are written a
                        // window at a time on every core, each window by hand
                        // nested two levels deep like the elements here, so
                        // that the bytes are the ones this writer would give.
                        let nodes: Vec<&Node> = kg.graph.node_weights().collect();
                        super::write_windows(&nodes, xml.get_mut(), window, |nodes, _| {
                            Ok(nodes_xml(nodes, &attr_keys, &figure_keys))
                        })?;
                        super::write_edge_windows(kg, xml.get_mut(), window, |edges, first| {
                            Ok(edges_xml(kg, edges, first))
                        })
                    })?;
                Ok(())
            })?;
        xml.get_mut().write_all(b"\n")
    }
}

const GRAPH_KEYS: [(&str, &str); 9] = [
    ("tool", "string"),
    ("version", "string"),
    ("format_version", "int"),
    ("dictionaries", "string"),
    ("inputs", "string"),
    ("documents", "long"),
    ("bytes", "long"),
    ("mentions", "long"),
    ("options", "string"),
];
const NODE_KEYS: [(&str, &str); 9] = [
    ("type", "string"),
    ("label", "string"),
    ("aliases", "string"),
    ("mention_count", "long"),
    ("doc_count", "long"),
    ("first_seen", "string"),
    ("last_seen", "string"),
    ("years", "string"),
    ("facts", "string"),
];
const EDGE_KEYS: [(&str, &str); 11] = [
    ("relation", "string"),
    ("origin", "string"),
    ("confidence", "double"),
    ("weight", "double"),
    ("count", "long"),
    ("docs", "string"),
    ("doc_count", "long"),
    ("evidence", "string"),
    ("first_seen", "string"),
    ("last_seen", "string"),
    ("years", "string"),
];

/// GraphML keys by attribute name: (key id, `attr.type`).
type Keys = BTreeMap<String, (String, &'static str)>;

/// One key per name in the maps (dictionary attributes, or figures), with
/// its id and type: numeric when every value of it is a number.
fn typed_keys<'a>(maps: impl Iterator<Item = &'a BTreeMap<String, Value>>, prefix: &str) -> Keys {
    // Null and boolean values make string keys.
    let kind = |value: &Value| match Kind::of(value) {
        Some(k @ (Kind::Long | Kind::Double)) => Some(k),
        _ => Some(Kind::String),
    };
    let mut used = BTreeSet::new();
    column_kinds(maps, kind)
        .into_iter()
        .map(|(name, kind)| {
            let id = unique_xml_id(&mut used, prefix, &name);
            (name, (id, kind.name()))
        })
        .collect()
}

/// `2021:3|2022:1`, written into one string (it runs for every edge).
/// Counts by year as `2023:4|2024:1`, at the end of `out`, escaped as
/// [`xml_text`] escapes text (the separators and counts need no escaping).
fn push_years(out: &mut Vec<u8>, years: &Years) {
    for (i, (year, n)) in years.iter().enumerate() {
        if i > 0 {
            out.push(b'|');
        }
        out.extend_from_slice(xml_text(year).as_bytes());
        out.push(b':');
        push_int(out, n);
    }
}

/// Facts as lines `key=value unit (bound) doc [start-end] date`.
fn join_facts(facts: &[crate::graph::Fact]) -> String {
    facts
        .iter()
        .map(|f| {
            format!(
                "{}={} {} ({}) {} [{}-{}] {}",
                f.key,
                scalar(&f.value),
                f.unit,
                f.bound,
                f.doc,
                f.start,
                f.end,
                f.date.as_deref().unwrap_or("undated")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The XML of some edges, numbered from `first`, exactly as they appear
/// inside `<graph>`: each opens on a new line indented two levels.
///
/// Written by hand rather than through quick-xml's element writer, which
/// builds each of the eleven `<data>` elements of every edge as events: that
/// was nearly two thirds of this exporter's time (criterion `export/graphml`,
/// 17.8 → 6.5 ms). The bytes are the ones that writer gave, values escaped
/// with quick-xml's own `escape`, and the tests hold them to it.
///
/// The lists (documents, evidence) are written a piece at a time, each piece
/// escaped on its own, rather than joined into one string first: escaping
/// maps each character alone, so the bytes are the same, and the evidence
/// sentences, most of the file, are copied once instead of twice.
fn edges_xml(kg: &KnowledgeGraph, edges: &[crate::graph::EdgeEnds<'_>], first: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(edges.len() * 640);
    for (i, &(s, t, edge)) in edges.iter().enumerate() {
        out.extend_from_slice(b"\n  <edge id=\"e");
        push_int(&mut out, first + i);
        out.extend_from_slice(b"\" source=\"");
        push_attr(&mut out, &kg.graph[s].id);
        out.extend_from_slice(b"\" target=\"");
        push_attr(&mut out, &kg.graph[t].id);
        out.extend_from_slice(b"\">");
        data_xml(&mut out, "edge_relation", &edge.relation);
        data_xml(&mut out, "edge_origin", &edge.origin);
        data_with(&mut out, "edge_confidence", |out| push_number(out, edge.confidence));
        data_with(&mut out, "edge_weight", |out| push_number(out, edge.weight));
        data_with(&mut out, "edge_count", |out| push_int(out, edge.count));
        data_with(&mut out, "edge_docs", |out| {
            for (k, doc) in edge.docs.iter().enumerate() {
                if k > 0 {
                    out.push(b'|');
                }
                out.extend_from_slice(xml_text(doc).as_bytes());
            }
        });
        data_with(&mut out, "edge_doc_count", |out| push_int(out, edge.doc_count));
        data_with(&mut out, "edge_evidence", |out| evidence_xml(out, &edge.evidence));
        data_xml(&mut out, "edge_first_seen", edge.first_seen.as_deref().unwrap_or(""));
        data_xml(&mut out, "edge_last_seen", edge.last_seen.as_deref().unwrap_or(""));
        data_with(&mut out, "edge_years", |out| push_years(out, &edge.years));
        out.extend_from_slice(b"\n  </edge>");
    }
    out
}

/// The XML of some nodes, exactly as they appear inside `<graph>` (see
/// [`edges_xml`]): each opens on a new line indented two levels.
fn nodes_xml(nodes: &[&Node], attr_keys: &Keys, figure_keys: &Keys) -> Vec<u8> {
    let mut out = Vec::with_capacity(nodes.len() * 512);
    for node in nodes {
        out.extend_from_slice(b"\n  <node id=\"");
        push_attr(&mut out, &node.id);
        out.extend_from_slice(b"\">");
        data_xml(&mut out, "node_type", &node.etype);
        data_xml(&mut out, "node_label", &node.label);
        data_xml(&mut out, "node_aliases", &node.aliases.join("|"));
        data_with(&mut out, "node_mention_count", |out| push_int(out, node.mention_count));
        data_with(&mut out, "node_doc_count", |out| push_int(out, node.doc_count));
        data_xml(&mut out, "node_first_seen", node.first_seen.as_deref().unwrap_or(""));
        data_xml(&mut out, "node_last_seen", node.last_seen.as_deref().unwrap_or(""));
        data_with(&mut out, "node_years", |out| push_years(out, &node.years));
        data_xml(&mut out, "node_facts", &join_facts(&node.facts));
        for (name, value) in &node.attributes {
            data_xml(&mut out, &attr_keys[name].0, &scalar(value));
        }
        for (name, value) in &node.figures {
            data_xml(&mut out, &figure_keys[name].0, &scalar(value));
        }
        out.extend_from_slice(b"\n  </node>");
    }
    out
}

/// One `<data>` element of a node or an edge, on a new line indented three
/// levels, its value escaped as quick-xml's writer escapes text.
fn data_xml(out: &mut Vec<u8>, key: &str, value: &str) {
    data_with(out, key, |out| out.extend_from_slice(xml_text(value).as_bytes()));
}

/// Evidence as `join_evidence` lays it out, escaped as [`xml_text`] escapes
/// it.
fn evidence_xml(out: &mut Vec<u8>, evidence: &[crate::relations::Evidence]) {
    write_evidence(out, evidence, |out, s| out.extend_from_slice(xml_text(s).as_bytes()));
}

/// [`data_xml`] whose value `value` writes, already escaped.
fn data_with(out: &mut Vec<u8>, key: &str, value: impl FnOnce(&mut Vec<u8>)) {
    out.extend_from_slice(b"\n   <data key=\"");
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\">");
    value(out);
    out.extend_from_slice(b"</data>");
}

fn data<W: Write>(xml: &mut Writer<W>, key: &str, value: &str) -> std::io::Result<()> {
    xml.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&xml_chars(value)))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{render, tiny_graph};

    #[test]
    fn windows_do_not_change_the_bytes() {
        crate::export::assert_windows_do_not_change_the_bytes("<edge id=\"e600\"", |kg, w, window| {
            GraphmlExporter.to_writer_windowed(kg, w, window)
        });
    }

    /// Evidence escaped a piece at a time is the joined string escaped, for
    /// pieces with what XML escapes or drops.
    #[test]
    fn evidence_pieces_escape_as_the_whole() {
        use crate::export::shared::join_evidence;
        use crate::relations::Evidence;
        let pieces = [
            "",
            "临江<开发区>",
            "a&b",
            "\"q\" 'a'",
            "\r\t\n",
            "\u{1}x\u{FFFE}",
            "2024/a.txt",
        ];
        let mut pick = crate::dedup::picker(7);
        for _ in 0..500 {
            let evidence: Vec<Evidence> = (0..pick(4))
                .map(|_| Evidence {
                    doc: pieces[pick(pieces.len())].into(),
                    start: pick(1000),
                    end: pick(100_000),
                    text: pieces[pick(pieces.len())].into(),
                })
                .collect();
            let mut want = Vec::new();
            data_xml(&mut want, "k", &join_evidence(&evidence));
            let mut got = Vec::new();
            data_with(&mut got, "k", |out| evidence_xml(out, &evidence));
            assert_eq!(String::from_utf8(got).unwrap(), String::from_utf8(want).unwrap());
        }
    }

    #[test]
    fn exact_output_on_two_nodes() {
        let got = render(|w| GraphmlExporter.to_writer(&tiny_graph(), w));
        insta::assert_snapshot!(got);
    }
}
