//! GEXF 1.3, for Gephi (and networkx's `read_gexf`).
//!
//! Written with quick-xml, which escapes every value (line breaks in an
//! attribute value become `&#10;`, so flattened evidence keeps its lines).
//! Choices that Gephi users depend on:
//!
//! - attributes are typed: counts are `integer`, confidence `double`, a
//!   dictionary attribute is `long`/`double`/`boolean` when every value of it
//!   is one, and figures (`investment_cny`, `capacity_kw`, …) are `double`
//!   when numeric. Dates are `string`: GEXF has no date attribute type;
//! - the edge kind is the `relation` attribute and the edge's `kind`, never
//!   its `type`: Gephi rejects a `type` other than directed/undirected/mutual.
//!   `kind` = relation also keeps parallel edges legal, since GEXF 1.3 needs
//!   (source, target, kind) to be unique, and the graph has at most one edge
//!   per (head, relation, tail);
//! - the knowledge-graph weight is the edge's own `weight`, not an attribute:
//!   `weight` is a reserved attribute title in GEXF (dynamic weight), in
//!   Gephi and in networkx;
//! - lists (aliases, documents, evidence) are flattened to strings, as in the
//!   GraphML export, and characters XML 1.0 forbids are dropped;
//! - colour by entity type (the palette of [`type_style`]), colour of an
//!   edge by relation ([`relation_color`]), and node size
//!   `5 + 3·√mention_count` (5 for an unmentioned node, about 14.5 for 10
//!   mentions, 35 for 100), rounded to two decimals;
//! - run metadata goes in `<meta>`, with no date, so the same graph gives the
//!   same bytes.
//!
//! # Timeline
//!
//! When any node or edge has a first/last-seen date, the graph is
//! `mode="dynamic" timeformat="date"` and each dated item gets a spell
//! `start`/`end` in `YYYY-MM-DD`, so Gephi's timeline plays the graph. A
//! partial date covers its whole period: `start` is the first day of the
//! first-seen date's period and `end` the last day of the last-seen date's
//! (first seen `2021-05`, last seen `2022` → `start="2021-05-01"`
//! `end="2022-12-31"`), so an item is visible during every month or year
//! that mentions it. Undated items have no spell and are always visible;
//! with no dated item at all the graph is `mode="static"`.

use std::collections::BTreeSet;
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::dot::{relation_color, type_style};
use super::shared::{Column, join_evidence, node_columns, number, unique_xml_id, xml_chars};
use crate::graph::{KnowledgeGraph, Meta, Node};

/// GEXF 1.3 writer.
#[derive(Clone, Debug)]
pub struct GexfExporter {
    /// Write the first/last-seen spells (a dynamic graph). When false, or when
    /// nothing is dated, the graph is static and the dates are only attributes.
    pub spells: bool,
}

impl Default for GexfExporter {
    fn default() -> Self {
        GexfExporter { spells: true }
    }
}

/// A declared node attribute: its id and title, and the column of
/// dictionary attributes or figures it shows.
struct Attribute {
    id: String,
    title: String,
    column: Column,
}

/// Built-in node attributes: (id = title, GEXF type).
const NODE_ATTRS: [(&str, &str); 6] = [
    ("type", "string"),
    ("aliases", "string"),
    ("mention_count", "integer"),
    ("doc_count", "integer"),
    ("first_seen", "string"),
    ("last_seen", "string"),
];
/// Built-in edge attributes: (id = title, GEXF type).
const EDGE_ATTRS: [(&str, &str); 9] = [
    ("relation", "string"),
    ("origin", "string"),
    ("confidence", "double"),
    ("count", "integer"),
    ("docs", "string"),
    ("doc_count", "integer"),
    ("evidence", "string"),
    ("first_seen", "string"),
    ("last_seen", "string"),
];

/// Edges read at a time.
const EDGE_BATCH: usize = 1 << 14;

/// Nodes or edges one writer makes, in parallel with the other windows of a
/// batch.
const EDGE_WINDOW: usize = 1 << 10;

/// How deep `<node>` and `<edge>` elements sit: under `gexf`, `graph` and
/// `nodes` (or `edges`).
const ITEM_DEPTH: usize = 3;

/// The XML of some nodes, exactly as the document's writer would lay them
/// out at [`ITEM_DEPTH`] (see [`at_item_depth`]).
fn nodes_xml(nodes: &[(&Node, &Spell)], columns: &[Attribute]) -> std::io::Result<Vec<u8>> {
    let mut xml = Writer::new_with_indent(Vec::with_capacity(nodes.len() * 1024), b' ', 1);
    for &(node, spell) in nodes {
        let id = xml_chars(&node.id);
        // GEXF readers show the id when the label is empty.
        let label = if node.label.trim().is_empty() {
            &node.id
        } else {
            &node.label
        };
        let label = xml_chars(label);
        let mut attrs = vec![("id", id.as_ref()), ("label", label.as_ref())];
        spell.push_to(&mut attrs);
        xml.create_element("node")
            .with_attributes(attrs)
            .write_inner_content(|xml| {
                xml.create_element("attvalues").write_inner_content(|xml| {
                    attvalue(xml, "type", &node.etype)?;
                    if !node.aliases.is_empty() {
                        attvalue(xml, "aliases", &node.aliases.join("|"))?;
                    }
                    attvalue(xml, "mention_count", &node.mention_count.to_string())?;
                    attvalue(xml, "doc_count", &node.doc_count.to_string())?;
                    if let Some(d) = &node.first_seen {
                        attvalue(xml, "first_seen", d)?;
                    }
                    if let Some(d) = &node.last_seen {
                        attvalue(xml, "last_seen", d)?;
                    }
                    for c in columns {
                        if let Some(v) = c.column.value(node) {
                            attvalue(xml, &c.id, &v)?;
                        }
                    }
                    Ok(())
                })?;
                color(xml, type_style(&node.etype).0)?;
                xml.create_element("viz:size")
                    .with_attribute(("value", node_size(node.mention_count).as_str()))
                    .write_empty()?;
                Ok(())
            })?;
    }
    Ok(at_item_depth(xml.into_inner()))
}

/// The XML of some edges, numbered from `first`, exactly as the document's
/// writer would lay them out at [`ITEM_DEPTH`] (see [`at_item_depth`]).
fn edges_xml(
    kg: &KnowledgeGraph,
    edges: &[crate::graph::EdgeEnds<'_>],
    first: usize,
    edge_spell: &(impl Fn(&crate::graph::Edge) -> Spell + Sync),
) -> std::io::Result<Vec<u8>> {
    let mut xml = Writer::new_with_indent(Vec::with_capacity(edges.len() * 1024), b' ', 1);
    for (k, &(s, t, edge)) in edges.iter().enumerate() {
        let spell = edge_spell(edge);
        let id = format!("e{}", first + k);
        let (source, target) = (xml_chars(&kg.graph[s].id), xml_chars(&kg.graph[t].id));
        let relation = xml_chars(&edge.relation);
        let weight = number(edge.weight);
        let mut attrs = vec![
            ("id", id.as_str()),
            ("source", source.as_ref()),
            ("target", target.as_ref()),
            ("kind", relation.as_ref()),
            ("label", relation.as_ref()),
            ("weight", weight.as_str()),
        ];
        spell.push_to(&mut attrs);
        xml.create_element("edge")
            .with_attributes(attrs)
            .write_inner_content(|xml| {
                xml.create_element("attvalues").write_inner_content(|xml| {
                    attvalue(xml, "relation", &edge.relation)?;
                    attvalue(xml, "origin", &edge.origin)?;
                    attvalue(xml, "confidence", &number(edge.confidence))?;
                    attvalue(xml, "count", &edge.count.to_string())?;
                    attvalue(xml, "docs", &edge.docs.join("|"))?;
                    attvalue(xml, "doc_count", &edge.doc_count.to_string())?;
                    attvalue(xml, "evidence", &join_evidence(&edge.evidence))?;
                    if let Some(d) = &edge.first_seen {
                        attvalue(xml, "first_seen", d)?;
                    }
                    if let Some(d) = &edge.last_seen {
                        attvalue(xml, "last_seen", d)?;
                    }
                    Ok(())
                })?;
                color(xml, relation_color(&edge.relation))?;
                Ok(())
            })?;
    }
    Ok(at_item_depth(xml.into_inner()))
}

/// What a writer of its own wrote at depth 0, moved to [`ITEM_DEPTH`]: each
/// element opens on a new line. That is exact because every line break such
/// a writer makes is its own indentation: attribute values escape `\n` as
/// `&#10;`, and nodes and edges have no text content. Nothing written (an
/// empty window) stays nothing.
fn at_item_depth(flat: Vec<u8>) -> Vec<u8> {
    if flat.is_empty() {
        return flat;
    }
    let indent = [b' '; ITEM_DEPTH];
    let mut out = Vec::with_capacity(flat.len() + flat.len() / 8);
    for line in flat.split(|&b| b == b'\n') {
        out.push(b'\n');
        out.extend_from_slice(&indent);
        out.extend_from_slice(line);
    }
    out
}

impl GexfExporter {
    pub fn to_writer(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<()> {
        self.to_writer_windowed(kg, w, EDGE_WINDOW)
    }

    fn to_writer_windowed(&self, kg: &KnowledgeGraph, w: &mut dyn Write, window: usize) -> std::io::Result<()> {
        let columns = node_attributes(kg);
        let node_spells: Vec<Spell> = kg
            .graph
            .node_weights()
            .map(|n| self.spell(n.first_seen.as_deref(), n.last_seen.as_deref()))
            .collect();
        let edge_spell = |e: &crate::graph::Edge| self.spell(e.first_seen.as_deref(), e.last_seen.as_deref());
        let mut dynamic = node_spells.iter().any(|s| !s.is_empty());
        if !dynamic {
            // Only curated edges lack dates when no node has them; read the
            // edges for a date all the same, once.
            kg.for_each_edge_batch(EDGE_BATCH, &mut |batch| {
                dynamic = dynamic || batch.iter().any(|(_, _, e)| !edge_spell(e).is_empty());
                Ok(())
            })?;
        }
        let mut graph_attrs = vec![("defaultedgetype", "directed")];
        if dynamic {
            graph_attrs.extend([("mode", "dynamic"), ("timeformat", "date")]);
        } else {
            graph_attrs.push(("mode", "static"));
        }

        let mut xml = Writer::new_with_indent(w, b' ', 1);
        xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        xml.create_element("gexf")
            .with_attributes([
                ("xmlns", "http://gexf.net/1.3"),
                ("xmlns:viz", "http://gexf.net/1.3/viz"),
                ("version", "1.3"),
            ])
            .write_inner_content(|xml| {
                xml.create_element("meta").write_inner_content(|xml| {
                    xml.create_element("creator")
                        .write_text_content(BytesText::new(&xml_chars(&kg.meta.tool)))?;
                    xml.create_element("description")
                        .write_text_content(BytesText::new(&xml_chars(&description(&kg.meta))))?;
                    Ok(())
                })?;
                xml.create_element("graph")
                    .with_attributes(graph_attrs)
                    .write_inner_content(|xml| {
                        xml.create_element("attributes")
                            .with_attributes([("class", "node"), ("mode", "static")])
                            .write_inner_content(|xml| {
                                for (id, ty) in NODE_ATTRS {
                                    attribute(xml, id, id, ty)?;
                                }
                                for c in &columns {
                                    attribute(xml, &c.id, &c.title, c.column.kind.name())?;
                                }
                                Ok(())
                            })?;
                        xml.create_element("attributes")
                            .with_attributes([("class", "edge"), ("mode", "static")])
                            .write_inner_content(|xml| {
                                for (id, ty) in EDGE_ATTRS {
                                    attribute(xml, id, id, ty)?;
                                }
                                Ok(())
                            })?;
                        let count = kg.graph.node_count().to_string();
                        xml.create_element("nodes")
                            .with_attribute(("count", count.as_str()))
                            .write_inner_content(|xml| {
                                // Made a window at a time on every core, like the edges.
                                let nodes: Vec<(&Node, &Spell)> = kg.graph.node_weights().zip(&node_spells).collect();
                                super::write_windows(&nodes, xml.get_mut(), window, |nodes, _| {
                                    nodes_xml(nodes, &columns)
                                })
                            })?;
                        let count = kg.edge_count().to_string();
                        xml.create_element("edges")
                            .with_attribute(("count", count.as_str()))
                            .write_inner_content(|xml| {
                                // Edges are made a window at a time on every core, each
                                // window by its own writer, and copied in order.
                                super::write_edge_windows(kg, xml.get_mut(), window, |edges, first| {
                                    edges_xml(kg, edges, first, &edge_spell)
                                })
                            })?;
                        Ok(())
                    })?;
                Ok(())
            })?;
        xml.get_mut().write_all(b"\n")
    }

    fn spell(&self, first: Option<&str>, last: Option<&str>) -> Spell {
        if !self.spells {
            return Spell::default();
        }
        let start = first.and_then(date_bounds).map(|(a, _)| a);
        let end = last.and_then(date_bounds).map(|(_, b)| b);
        match (start, end) {
            // Dates out of order (a hand-edited graph): keep the start only.
            (Some(a), Some(b)) if a > b => Spell {
                start: Some(a),
                end: None,
            },
            (start, end) => Spell { start, end },
        }
    }
}

/// A node's or edge's time interval, as `YYYY-MM-DD`.
#[derive(Default)]
struct Spell {
    start: Option<String>,
    end: Option<String>,
}

impl Spell {
    fn is_empty(&self) -> bool {
        self.start.is_none() && self.end.is_none()
    }

    fn push_to<'a>(&'a self, attrs: &mut Vec<(&'static str, &'a str)>) {
        if let Some(s) = &self.start {
            attrs.push(("start", s));
        }
        if let Some(e) = &self.end {
            attrs.push(("end", e));
        }
    }
}

/// The first and last day of the period a date names: `2021-05-07` is one
/// day, `2021-05` a month, `2021` a year. `None` for anything else.
fn date_bounds(date: &str) -> Option<(String, String)> {
    let mut parts = date.split('-');
    let num = |p: Option<&str>, len: usize| -> Option<Option<u32>> {
        match p {
            None => Some(None),
            Some(s) if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) => s.parse().ok().map(Some),
            Some(_) => None,
        }
    };
    let year = num(parts.next(), 4)??;
    let month = num(parts.next(), 2)?;
    let day = num(parts.next(), 2)?;
    if parts.next().is_some() || (month.is_none() && day.is_some()) {
        return None;
    }
    let days_in = |m: u32| match m {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let ymd = |m: u32, d: u32| format!("{year:04}-{m:02}-{d:02}");
    match (month, day) {
        (None, _) => Some((ymd(1, 1), ymd(12, 31))),
        (Some(m), _) if !(1..=12).contains(&m) => None,
        (Some(m), None) => Some((ymd(m, 1), ymd(m, days_in(m)))),
        (Some(m), Some(d)) if (1..=days_in(m)).contains(&d) => Some((ymd(m, d), ymd(m, d))),
        _ => None,
    }
}

/// Dictionary attributes and figures as typed node attributes (see
/// [`node_columns`]). A dictionary attribute whose name is a built-in
/// attribute or a figure is titled `attr_<name>`.
fn node_attributes(kg: &KnowledgeGraph) -> Vec<Attribute> {
    let columns = node_columns(kg);
    let figures: BTreeSet<String> = columns.iter().filter(|c| c.figure).map(|c| c.key.clone()).collect();
    let mut used: BTreeSet<String> = NODE_ATTRS.iter().map(|(id, _)| id.to_string()).collect();
    columns
        .into_iter()
        .map(|column| {
            let name = &column.key;
            let shadows = !column.figure
                && (matches!(name.as_str(), "id" | "label" | "weight")
                    || NODE_ATTRS.iter().any(|(n, _)| n == name)
                    || figures.contains(name));
            let prefix = if column.figure { "fig_" } else { "attr_" };
            Attribute {
                id: unique_xml_id(&mut used, prefix, name),
                title: if shadows { format!("attr_{name}") } else { name.clone() },
                column,
            }
        })
        .collect()
}

/// What the run was, for `<meta><description>`.
fn description(m: &Meta) -> String {
    let dictionaries = m
        .dictionaries
        .iter()
        .map(|d| format!("{} (sha256 {})", d.path, d.sha256))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "Knowledge graph of zones, companies, clusters and projects, built by {} {} (graph format {}) \
         from {} documents ({} bytes) in {}; {} mentions; dictionaries: {}; options: {}",
        m.tool,
        m.version,
        m.format_version,
        m.corpus.documents,
        m.corpus.bytes,
        if m.corpus.inputs.is_empty() {
            "-".to_string()
        } else {
            m.corpus.inputs.join(", ")
        },
        m.mentions,
        if dictionaries.is_empty() { "-" } else { &dictionaries },
        serde_json::to_string(&m.options).unwrap_or_default(),
    )
}

/// `5 + 3·√mentions`, rounded to two decimals.
fn node_size(mentions: u64) -> String {
    let size = 5.0 + 3.0 * (mentions as f64).sqrt();
    number((size * 100.0).round() / 100.0)
}

fn attribute<W: Write>(xml: &mut Writer<W>, id: &str, title: &str, ty: &str) -> std::io::Result<()> {
    let (id, title) = (xml_chars(id), xml_chars(title));
    xml.create_element("attribute")
        .with_attributes([("id", id.as_ref()), ("title", title.as_ref()), ("type", ty)])
        .write_empty()?;
    Ok(())
}

fn attvalue<W: Write>(xml: &mut Writer<W>, id: &str, value: &str) -> std::io::Result<()> {
    let (id, value) = (xml_chars(id), xml_chars(value));
    xml.create_element("attvalue")
        .with_attributes([("for", id.as_ref()), ("value", value.as_ref())])
        .write_empty()?;
    Ok(())
}

/// `viz:color` from `#rrggbb`.
fn color<W: Write>(xml: &mut Writer<W>, hex: &str) -> std::io::Result<()> {
    let channel = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0x99)
            .to_string()
    };
    let (r, g, b) = (channel(1), channel(3), channel(5));
    xml.create_element("viz:color")
        .with_attributes([("r", r.as_str()), ("g", g.as_str()), ("b", b.as_str())])
        .write_empty()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{render, tiny_graph};

    #[test]
    fn exact_output_on_two_nodes() {
        let got = render(|w| GexfExporter::default().to_writer(&tiny_graph(), w));
        insta::assert_snapshot!(got);
    }

    #[test]
    fn windows_do_not_change_the_bytes() {
        crate::export::assert_windows_do_not_change_the_bytes("<edge id=\"e600\"", |kg, w, window| {
            GexfExporter::default().to_writer_windowed(kg, w, window)
        });
    }

    #[test]
    fn without_spells_the_graph_is_static() {
        let got = render(|w| GexfExporter { spells: false }.to_writer(&tiny_graph(), w));
        assert!(
            got.contains(r#"<graph defaultedgetype="directed" mode="static">"#),
            "{got}"
        );
        assert!(!got.contains("start=") && !got.contains("end="), "{got}");
    }

    #[test]
    fn partial_dates_cover_their_period() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("2021-03-02", Some(("2021-03-02", "2021-03-02"))),
            ("2021-05", Some(("2021-05-01", "2021-05-31"))),
            ("2021-04", Some(("2021-04-01", "2021-04-30"))),
            ("2024-02", Some(("2024-02-01", "2024-02-29"))),
            ("2100-02", Some(("2100-02-01", "2100-02-28"))),
            ("2000-02", Some(("2000-02-01", "2000-02-29"))),
            ("2022", Some(("2022-01-01", "2022-12-31"))),
            ("2021-02-30", None),
            ("2021-13", None),
            ("21-05", None),
            ("2021/05/01", None),
            ("", None),
        ];
        for (date, want) in cases {
            let got = date_bounds(date);
            let want = want.map(|(a, b)| (a.to_string(), b.to_string()));
            assert_eq!(got, want, "date {date:?}");
        }
    }
}
