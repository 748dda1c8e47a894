//! `graph.json` (node-link) and `mentions.jsonl`.

use std::io::Write;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::export::shared::{any_byte, push_int};
use crate::graph::{Edge, JsonIndex, KnowledgeGraph, Node};
use crate::relations::Evidence;

/// Node-link JSON that `networkx.node_link_graph(data, edges="edges")` reads,
/// and that every zonegraph query command loads.
pub struct JsonExporter;

impl JsonExporter {
    /// The same bytes as serde_json's pretty printer (one-space indent) gives
    /// for `kg.to_node_link()`, but written piece by piece: nodes and edges
    /// are serialised on every core, a window at a time, and nothing is
    /// copied from the graph.
    pub fn to_writer(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<()> {
        self.write(kg, w, false).map(|_| ())
    }

    /// Write as [`to_writer`](JsonExporter::to_writer) does (the same
    /// bytes), and say where each node and edge object landed, for the query
    /// cache.
    pub fn to_writer_indexed(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<JsonIndex> {
        self.write(kg, w, true)
    }

    /// The file; the spans of its items when `indexed` (otherwise empty, so
    /// that writing without a cache keeps nothing per edge).
    fn write(&self, kg: &KnowledgeGraph, w: &mut dyn Write, indexed: bool) -> std::io::Result<JsonIndex> {
        let g = &kg.graph;
        let mut w = Counting { inner: w, at: 0 };
        w.write_all(b"{\n \"directed\": true,\n \"multigraph\": true,\n \"graph\": ")?;
        let mut meta = Vec::new();
        pretty(&kg.meta, 1, &mut meta)?;
        let graph_span = w.at..w.at + meta.len() as u64;
        w.write_all(&meta)?;
        w.write_all(b",\n \"nodes\": ")?;
        let nodes: Vec<&Node> = g.node_weights().collect();
        let mut node_spans = Vec::new();
        let mut array = Array::start(&mut w, indexed.then_some(&mut node_spans));
        array.items(&nodes, |n, out| pretty(n, 2, out))?;
        array.end()?;
        w.write_all(b",\n \"edges\": ")?;
        let mut edge_spans = Vec::new();
        let mut array = Array::start(&mut w, indexed.then_some(&mut edge_spans));
        kg.for_each_edge_batch(WINDOW, &mut |batch| {
            array.items(batch, |&(s, t, edge), out| {
                link_edge(out, &g[s].id, &g[t].id, edge);
                Ok(())
            })
        })?;
        array.end()?;
        w.write_all(b"\n}\n")?;
        Ok(JsonIndex {
            graph: graph_span,
            nodes: node_spans,
            edges: edge_spans,
        })
    }
}

/// A writer that counts the bytes through it.
struct Counting<'w> {
    inner: &'w mut dyn Write,
    at: u64,
}

impl Write for Counting<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.at += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Items serialised per window, in parallel: enough to use every core, few
/// enough that the window's bytes stay small.
const WINDOW: usize = 16_384;

/// Items one task serialises into one buffer, each after its separator. The
/// buffer (about 150 KB of edges) goes to the file in one write, past the
/// file's own buffer: the items are neither allocated nor copied one by one.
const PART: usize = 256;

/// What comes before every item of an array: `,\n  `, or `[\n  ` before the
/// first. Both are this long, so a part is made before it is known whether
/// it holds the first item.
const SEPARATOR: usize = 4;

/// A JSON array at depth 1 of the document, as the pretty printer lays it
/// out, written a window of items at a time; the byte range of each item
/// goes to `spans` when there is one.
struct Array<'a, 'w> {
    w: &'a mut Counting<'w>,
    spans: Option<&'a mut Vec<Range<u64>>>,
    empty: bool,
}

impl<'a, 'w> Array<'a, 'w> {
    fn start(w: &'a mut Counting<'w>, spans: Option<&'a mut Vec<Range<u64>>>) -> Array<'a, 'w> {
        Array { w, spans, empty: true }
    }

    /// The next items, serialised on every core: `item` appends one to the
    /// buffer it is given.
    fn items<T: Sync>(
        &mut self,
        items: &[T],
        item: impl Fn(&T, &mut Vec<u8>) -> std::io::Result<()> + Sync,
    ) -> std::io::Result<()> {
        use rayon::prelude::*;
        for window in items.chunks(WINDOW) {
            // Each part: its bytes, and where each of its items ends in them.
            let parts: Vec<(Vec<u8>, Vec<usize>)> = window
                .par_chunks(PART)
                .map(|chunk| {
                    // An edge without evidence takes about 600 bytes.
                    let mut out = Vec::with_capacity(chunk.len() * 640);
                    let mut ends = Vec::with_capacity(chunk.len());
                    for it in chunk {
                        out.extend_from_slice(b",\n  ");
                        item(it, &mut out)?;
                        ends.push(out.len());
                    }
                    Ok((out, ends))
                })
                .collect::<std::io::Result<_>>()?;
            for (mut out, ends) in parts {
                if self.empty {
                    out[0] = b'[';
                    self.empty = false;
                }
                if let Some(spans) = self.spans.as_deref_mut() {
                    let mut start = 0;
                    for end in ends {
                        spans.push(self.w.at + (start + SEPARATOR) as u64..self.w.at + end as u64);
                        start = end;
                    }
                }
                self.w.write_all(&out)?;
            }
        }
        Ok(())
    }

    fn end(self) -> std::io::Result<()> {
        self.w.write_all(if self.empty { b"[]" } else { b"\n ]" })
    }
}

/// One value pretty-printed as it appears `depth` levels deep (every line
/// after the first indented by `depth` more spaces), appended to `out`.
fn pretty<T: Serialize + ?Sized>(value: &T, depth: usize, out: &mut Vec<u8>) -> std::io::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(out, Nested::at(depth)))?;
    Ok(())
}

/// serde_json's `PrettyFormatter` with a one-space indent, started `depth`
/// levels deep. Printing at depth 0 and indenting every line afterwards gives
/// the same bytes, but passes over them twice; graph.json is the largest
/// file a build writes.
struct Nested {
    indent: usize,
    has_value: bool,
}

impl Nested {
    fn at(depth: usize) -> Nested {
        Nested {
            indent: depth,
            has_value: false,
        }
    }

    fn newline<W: ?Sized + Write>(&self, w: &mut W, comma: bool) -> std::io::Result<()> {
        const SPACES: &[u8; 64] = &[b' '; 64];
        w.write_all(if comma { b",\n" } else { b"\n" })?;
        let mut left = self.indent;
        while left > 0 {
            let n = left.min(SPACES.len());
            w.write_all(&SPACES[..n])?;
            left -= n;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        self.indent += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        self.indent -= 1;
        if self.has_value {
            self.newline(w, false)?;
        }
        w.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.newline(w, !first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.newline(w, !first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// One node-link edge (its key is its relation), appended to `out` with the
/// bytes `pretty(&LinkEdgeRef { .. }, 2, out)` gives. Written by hand: most
/// of graph.json is edges, and serde_json reads every byte of every string
/// through its escape table, which was 6% of a 200 MB build's samples (perf,
/// cc555a4) with evidence sentences in Chinese. Here a string is tested 32
/// bytes at a time and copied whole unless it needs escaping; the few that do
/// go through serde_json, as do floats; integers are written by itoa, as
/// serde_json writes them. So all are its own bytes; the tests hold the
/// whole to the serde form.
fn link_edge(out: &mut Vec<u8>, source: &str, target: &str, edge: &Edge) {
    let Edge {
        relation,
        origin,
        confidence,
        weight,
        count,
        docs,
        doc_count,
        evidence,
        first_seen,
        last_seen,
        years,
    } = edge;
    // `"name": value,` on a line three levels deep (every field but the
    // last, `years`).
    let field = |out: &mut Vec<u8>, name: &str, value: &dyn Fn(&mut Vec<u8>)| {
        out.extend_from_slice(b"\n   \"");
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\": ");
        value(out);
        out.push(b',');
    };
    out.push(b'{');
    for (name, value) in [
        ("source", source),
        ("target", target),
        ("key", relation),
        ("relation", relation),
        ("origin", origin),
    ] {
        field(out, name, &|out| string(out, value));
    }
    field(out, "confidence", &|out| number(out, confidence));
    field(out, "weight", &|out| number(out, weight));
    field(out, "count", &|out| push_int(out, *count));
    field(out, "docs", &|out| {
        list(out, docs, |out, doc| {
            out.extend_from_slice(b"    ");
            string(out, doc);
        })
    });
    field(out, "doc_count", &|out| push_int(out, *doc_count));
    field(out, "evidence", &|out| {
        list(out, evidence, |out, e| {
            let Evidence { doc, start, end, text } = e;
            out.extend_from_slice(b"    {\n     \"doc\": ");
            string(out, doc);
            out.extend_from_slice(b",\n     \"start\": ");
            push_int(out, *start);
            out.extend_from_slice(b",\n     \"end\": ");
            push_int(out, *end);
            out.extend_from_slice(b",\n     \"text\": ");
            string(out, text);
            out.extend_from_slice(b"\n    }");
        })
    });
    for (name, date) in [("first_seen", first_seen), ("last_seen", last_seen)] {
        field(out, name, &|out| match date {
            Some(d) => string(out, d),
            None => out.extend_from_slice(b"null"),
        });
    }
    out.extend_from_slice(b"\n   \"years\": ");
    if years.0.is_empty() {
        out.extend_from_slice(b"{}");
    } else {
        out.push(b'{');
        for (i, (year, n)) in years.iter().enumerate() {
            out.extend_from_slice(if i == 0 { b"\n    " } else { b",\n    " });
            string(out, year);
            out.extend_from_slice(b": ");
            push_int(out, n);
        }
        out.extend_from_slice(b"\n   }");
    }
    out.extend_from_slice(b"\n  }");
}

/// A JSON array of an edge's field (three levels deep): `[]`, or each item
/// on its own line (`item` writes its indent) and the bracket on the next.
fn list<T>(out: &mut Vec<u8>, items: &[T], item: impl Fn(&mut Vec<u8>, &T)) {
    if items.is_empty() {
        out.extend_from_slice(b"[]");
        return;
    }
    out.push(b'[');
    for (i, it) in items.iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        item(out, it);
    }
    out.extend_from_slice(b"\n   ]");
}

/// A JSON string: copied between quotes when no byte needs escaping, else
/// escaped by serde_json.
fn string(out: &mut Vec<u8>, s: &str) {
    if any_byte(s, |b| b < 0x20 || b == b'"' || b == b'\\') {
        serde_json::to_writer(&mut *out, s).expect("writing to memory cannot fail");
    } else {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
}

/// A number as serde_json writes it (a float that is not finite is `null`).
fn number<T: Serialize + ?Sized>(out: &mut Vec<u8>, n: &T) {
    serde_json::to_writer(&mut *out, n).expect("writing to memory cannot fail");
}

/// [`crate::graph::LinkEdge`], borrowed from the graph: the serde form that
/// [`link_edge`] is tested against.
#[cfg(test)]
struct LinkEdgeRef<'a> {
    source: &'a str,
    target: &'a str,
    key: &'a str,
    edge: &'a Edge,
}

#[cfg(test)]
impl Serialize for LinkEdgeRef<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::graph::serialize_link_edge(serializer, self.source, self.target, self.key, self.edge)
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

    /// The tiny graph with `n` more copies of its edge, the `i`-th counting
    /// `i` (from 1).
    fn with_copies(n: usize) -> KnowledgeGraph {
        let mut kg = tiny_graph();
        let (a, b) = (
            kg.graph.node_indices().next().expect("a"),
            kg.graph.node_indices().nth(1).expect("b"),
        );
        let edge = kg.graph.edge_weights().next().expect("edge").clone();
        for i in 1..=n {
            let mut e = edge.clone();
            e.count = i as u64;
            kg.graph.add_edge(a, b, e);
        }
        kg
    }

    #[test]
    fn piecewise_output_is_the_node_link_form() {
        // Empty, tiny, and more edges than one window holds.
        let big = with_copies(WINDOW + 3);
        for kg in [crate::graph::KnowledgeGraph::default(), tiny_graph(), big] {
            let got = render(|w| JsonExporter.to_writer(&kg, w));
            let want = render(|w| {
                let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
                let mut ser = serde_json::Serializer::with_formatter(&mut *w, formatter);
                kg.to_node_link().serialize(&mut ser)?;
                w.write_all(b"\n")
            });
            assert!(
                got == want,
                "{} nodes, {} edges",
                kg.graph.node_count(),
                kg.graph.edge_count()
            );
        }
    }

    /// Spans stay right across parts and windows: each edge's range parses
    /// to that edge, with nothing of its separator.
    #[test]
    fn index_spans_every_part() {
        let kg = with_copies(WINDOW + PART + 2);
        let first = kg.graph.edge_weights().next().expect("edge").count;
        let mut buf = Vec::new();
        let index = JsonExporter.to_writer_indexed(&kg, &mut buf).unwrap();
        assert_eq!(buf, render(|w| JsonExporter.to_writer(&kg, w)).into_bytes());
        assert_eq!(index.edges.len(), WINDOW + PART + 3);
        for (i, r) in index.edges.iter().enumerate() {
            let bytes = &buf[r.start as usize..r.end as usize];
            assert_eq!((bytes[0], bytes[bytes.len() - 1]), (b'{', b'}'), "edge {i}");
            let part: serde_json::Value = serde_json::from_slice(bytes).unwrap();
            let want = if i == 0 { first } else { i as u64 };
            assert_eq!(part["count"], want, "edge {i}");
        }
    }

    /// The hand-written edge is the serde form, byte for byte, over edges
    /// made at random from values that do and do not need escaping, floats
    /// that are not finite, and empty and full lists and dates.
    #[test]
    fn link_edges_are_the_serde_form() {
        let mut pick = crate::dedup::picker(6);
        let texts = [
            "",
            "a",
            "临江开发区签约。",
            "say \"hi\"",
            "back\\slash",
            "tab\tline\nfeed\r",
            "\u{1}\u{8}\u{c}\u{1f}\u{7f}",
            "2024/a.txt",
            "é\u{FFFE}😀",
            &"长".repeat(40),
            &"x\"".repeat(20),
        ];
        let floats = [
            0.0,
            1.0,
            -2.5,
            0.1,
            1e300,
            123456.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        let text = |pick: &mut dyn FnMut(usize) -> usize| texts[pick(texts.len())].to_string();
        let mut escaped = 0;
        for _ in 0..2000 {
            let evidence = (0..pick(4))
                .map(|_| Evidence {
                    doc: text(&mut pick).into(),
                    start: pick(1 << 20),
                    end: pick(usize::MAX),
                    text: text(&mut pick).into(),
                })
                .collect();
            let date = |pick: &mut dyn FnMut(usize) -> usize| (pick(3) > 0).then(|| text(pick));
            let edge = Edge {
                relation: text(&mut pick),
                origin: text(&mut pick),
                confidence: floats[pick(floats.len())],
                weight: floats[pick(floats.len())],
                count: pick(usize::MAX) as u64,
                docs: (0..pick(3)).map(|_| text(&mut pick).into()).collect(),
                doc_count: pick(1000) as u64,
                evidence,
                first_seen: date(&mut pick),
                last_seen: date(&mut pick),
                years: ["2019", "2020", "2024", "\"\\\n."][..pick(5)]
                    .iter()
                    .map(|y| (*y, pick(100) as u64))
                    .collect(),
            };
            let (source, target) = (text(&mut pick), text(&mut pick));
            let mut want = Vec::new();
            let link = LinkEdgeRef {
                source: &source,
                target: &target,
                key: &edge.relation,
                edge: &edge,
            };
            pretty(&link, 2, &mut want).unwrap();
            let mut got = Vec::new();
            link_edge(&mut got, &source, &target, &edge);
            assert!(
                got == want,
                "{}\n---\n{}",
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want)
            );
            escaped += usize::from(want.contains(&b'\\'));
        }
        // Both paths of `string` were taken.
        assert!(escaped > 500, "{escaped}");
    }

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
