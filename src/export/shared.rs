//! What the GraphML, GEXF and Neo4j CSV exporters have in common: the type
//! of an attribute column, decided per name across all nodes; unique column
//! ids; values flattened to strings; and the characters XML 1.0 can carry.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use quick_xml::escape::escape;
use serde_json::Value;

use crate::graph::{KnowledgeGraph, Node};
use crate::relations::Evidence;

/// The type of an attribute column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Long,
    Double,
    Boolean,
    String,
}

impl Kind {
    /// The type's name in GraphML, GEXF and neo4j-admin headers.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::Long => "long",
            Kind::Double => "double",
            Kind::Boolean => "boolean",
            Kind::String => "string",
        }
    }

    /// The type of one value; `None` for null, which says nothing about the column.
    pub(crate) fn of(value: &Value) -> Option<Kind> {
        match value {
            Value::Null => None,
            Value::Number(n) if n.is_i64() => Some(Kind::Long),
            Value::Number(_) => Some(Kind::Double),
            Value::Bool(_) => Some(Kind::Boolean),
            _ => Some(Kind::String),
        }
    }

    /// The type of a column holding values of both types: integers and
    /// doubles make doubles, any other mix strings.
    pub(crate) fn merge(self, other: Kind) -> Kind {
        match (self, other) {
            (a, b) if a == b => a,
            (Kind::Long | Kind::Double, Kind::Long | Kind::Double) => Kind::Double,
            _ => Kind::String,
        }
    }
}

/// The type of every name in the maps (dictionary attributes, or figures),
/// merged over all of its values; `of` gives the type of one value (`None`:
/// the value does not count).
pub(crate) fn column_kinds<'a>(
    maps: impl Iterator<Item = &'a BTreeMap<String, Value>>,
    of: impl Fn(&Value) -> Option<Kind>,
) -> BTreeMap<String, Kind> {
    let mut kinds: BTreeMap<String, Kind> = BTreeMap::new();
    for map in maps {
        for (name, value) in map {
            if let Some(k) = of(value) {
                let merged = kinds.get(name).map_or(k, |old| old.merge(k));
                kinds.insert(name.clone(), merged);
            }
        }
    }
    kinds
}

/// A typed column taken from a map of the node: the dictionary attribute or
/// the figure named `key`.
pub(crate) struct Column {
    pub(crate) key: String,
    pub(crate) figure: bool,
    pub(crate) kind: Kind,
}

impl Column {
    /// The node's value in this column, written as the column's type; `None`
    /// when the node has none (or null).
    pub(crate) fn value(&self, node: &Node) -> Option<String> {
        let map = if self.figure { &node.figures } else { &node.attributes };
        map.get(&self.key).and_then(|v| typed(v, self.kind))
    }
}

/// Dictionary attributes, then figures, as typed columns, each sorted by
/// name: a column is `long`, `double` or `boolean` when every value of it is
/// one (nulls aside), else `string`; numeric figures are always `double`.
pub(crate) fn node_columns(kg: &KnowledgeGraph) -> Vec<Column> {
    let attrs = column_kinds(kg.graph.node_weights().map(|n| &n.attributes), Kind::of);
    let figures = column_kinds(kg.graph.node_weights().map(|n| &n.figures), Kind::of);
    let attrs = attrs.into_iter().map(|(key, kind)| Column {
        key,
        figure: false,
        kind,
    });
    let figures = figures.into_iter().map(|(key, kind)| Column {
        key,
        figure: true,
        kind: if kind == Kind::Long { Kind::Double } else { kind },
    });
    attrs.chain(figures).collect()
}

/// `base`, or else the first of `base_2`, `base_3`, … that is not in `used`;
/// the name returned joins `used`.
pub(crate) fn unique(used: &mut BTreeSet<String>, base: String) -> String {
    let mut name = base.clone();
    let mut n = 2;
    while !used.insert(name.clone()) {
        name = format!("{base}_{n}");
        n += 1;
    }
    name
}

/// An XML attribute id for `name`: `prefix`, then `name` with characters other
/// than letters, digits, `_`, `-` and `.` as `_`; made [`unique`] in `used`.
pub(crate) fn unique_xml_id(used: &mut BTreeSet<String>, prefix: &str, name: &str) -> String {
    let base: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '_' | '-' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    unique(used, format!("{prefix}{base}"))
}

/// A value as a string: a string as it is, anything else as JSON.
pub(crate) fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A value written as its column's type (a number in a `double` column as a
/// double); `None` for null.
pub(crate) fn typed(value: &Value, kind: Kind) -> Option<String> {
    match (value, kind) {
        (Value::Null, _) => None,
        (Value::Number(n), Kind::Double) => Some(number(n.as_f64().unwrap_or(0.0))),
        (other, _) => Some(scalar(other)),
    }
}

/// Doubles as XML Schema and Java read them: integral values keep a `.0`,
/// and a value that is not finite is written `0.0`.
pub(crate) fn number(x: f64) -> String {
    let mut out = Vec::new();
    push_number(&mut out, x);
    String::from_utf8(out).expect("a number is ASCII")
}

/// [`number`], written at the end of `out`. Most weights and confidences
/// are whole (counts, 1.0): `{:?}` writes a whole number below 10¹⁶ as the
/// integer and `.0`, which itoa writes without the float formatter; the
/// rest go through `{:?}`.
pub(crate) fn push_number(out: &mut Vec<u8>, x: f64) {
    use std::io::Write as _;
    if x.fract() == 0.0 && x.abs() < 1e16 && !(x == 0.0 && x.is_sign_negative()) {
        push_int(out, x as i64);
        out.extend_from_slice(b".0");
    } else if x.is_finite() {
        write!(out, "{x:?}").expect("writing to memory cannot fail");
    } else {
        out.extend_from_slice(b"0.0");
    }
}

/// An integer in decimal at the end of `out`, as `{}` writes it.
pub(crate) fn push_int(out: &mut Vec<u8>, n: impl itoa::Integer) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// `s` escaped as quick-xml escapes an attribute value. Ids rarely hold
/// any of the five characters, and one scan says so without quick-xml's
/// escape, which reads a byte at a time.
pub(crate) fn push_attr(out: &mut Vec<u8>, s: &str) {
    if any_byte(s, |b| matches!(b, b'<' | b'>' | b'&' | b'\'' | b'"')) {
        out.extend_from_slice(escape(s).as_bytes());
    } else {
        out.extend_from_slice(s.as_bytes());
    }
}

/// One evidence item as `doc [start-end] sentence`.
pub(crate) fn evidence_line(e: &Evidence) -> String {
    join_evidence(std::slice::from_ref(e))
}

/// Evidence as one string, an item a line, for formats whose values must be
/// scalar. Made in one string, not a string an item joined: GEXF makes it
/// for every edge.
pub(crate) fn join_evidence(evidence: &[Evidence]) -> String {
    let mut out = Vec::with_capacity(evidence.iter().map(|e| e.doc.len() + e.text.len() + 25).sum());
    write_evidence(&mut out, evidence, |out, s| out.extend_from_slice(s.as_bytes()));
    String::from_utf8(out).expect("evidence is made of whole strings and ASCII")
}

/// Evidence laid out as [`join_evidence`] gives it, appended to `out`, each
/// document and sentence through `text`. An escaper there writes the value
/// escaped without joining it first (GraphML): escaping maps each character
/// alone, and the rest of the layout is ASCII that needs none.
pub(crate) fn write_evidence(out: &mut Vec<u8>, evidence: &[Evidence], text: impl Fn(&mut Vec<u8>, &str)) {
    use std::io::Write as _;
    for (i, e) in evidence.iter().enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        text(out, &e.doc);
        write!(out, " [{}-{}] ", e.start, e.end).expect("writing to memory cannot fail");
        text(out, &e.text);
    }
}

/// Drop the characters XML 1.0 cannot carry (most C0 controls, U+FFFE/FFFF).
pub(crate) fn xml_chars(s: &str) -> Cow<'_, str> {
    let ok =
        |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    // A byte scan first: only C0 controls and characters from U+F000 up
    // (lead byte 0xEF, where U+FFFE and U+FFFF live) can be outside XML.
    let suspicious = any_byte(s, |b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0xEF);
    if !suspicious || s.chars().all(ok) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| ok(c)).collect())
    }
}

/// [`xml_chars`], then escaped as quick-xml's writer escapes text. Most
/// values (names, sentences) need neither, and one byte scan that tests for
/// both says so without calling quick-xml's escape, which reads a byte at a
/// time.
pub(crate) fn xml_text(s: &str) -> Cow<'_, str> {
    let clean = !any_byte(s, |b| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n')) || matches!(b, 0xEF | b'<' | b'>' | b'&' | b'\'' | b'"')
    });
    if clean { Cow::Borrowed(s) } else { escape(xml_chars(s)) }
}

/// Whether some byte of `s` is a `hit`. The bytes are tested 32 at a time
/// with no early exit inside a block, a loop the compiler turns into vector
/// compares; a byte-at-a-time `any` is not. In a throwaway program over
/// GraphML-like values (sentences, dates, names) it took 0.17 ns a byte
/// against 1.05.
pub(crate) fn any_byte(s: &str, hit: impl Fn(u8) -> bool) -> bool {
    s.as_bytes()
        .chunks(32)
        .any(|block| block.iter().fold(0_u8, |seen, &b| seen | u8::from(hit(b))) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Evidence flattened for GraphML, GEXF and CSV: `doc [start-end] text`,
    /// the items a line each.
    #[test]
    fn evidence_is_one_line_an_item() {
        let item = |doc: &str, start, end, text: &str| Evidence {
            doc: doc.into(),
            start,
            end,
            text: text.into(),
        };
        let a = item("2024/a.txt", 0, 42, "临江开发区签约。");
        let b = item("b.jsonl#7", 1234567, 1234600, "");
        let cases: &[(&[Evidence], &str)] = &[
            (&[], ""),
            (std::slice::from_ref(&a), "2024/a.txt [0-42] 临江开发区签约。"),
            (
                &[a.clone(), b.clone()],
                "2024/a.txt [0-42] 临江开发区签约。\nb.jsonl#7 [1234567-1234600] ",
            ),
        ];
        for (evidence, want) in cases {
            assert_eq!(join_evidence(evidence), *want);
            let lines: Vec<String> = evidence.iter().map(evidence_line).collect();
            assert_eq!(lines.join("\n"), *want);
        }
    }

    /// One scan gives what the two it replaces give, with the odd byte at
    /// every offset of strings longer than a block, and at none.
    #[test]
    fn xml_text_is_xml_chars_then_escape() {
        let odd = [
            "<", ">", "&", "'", "\"", "\r", "\u{1}", "\u{FFFE}", "\u{F900}", "\t", "\n", "区",
        ];
        for len in [0, 1, 31, 32, 33, 64, 70] {
            for at in 0..=len {
                for o in odd {
                    let s: String = (0..len).map(|i| if i == at { o } else { "a" }).collect();
                    let want = escape(xml_chars(&s));
                    assert_eq!(xml_text(&s), want, "{s:?}");
                    let plain = s.bytes().any(|b| b < 0x20 || b == b'<');
                    assert_eq!(any_byte(&s, |b| b < 0x20 || b == b'<'), plain, "{s:?}");
                }
            }
        }
        assert!(matches!(xml_text("临江开发区 a\tb\nc"), Cow::Borrowed(_)));
        assert_eq!(xml_text("a<b\u{1}&\r"), "a&lt;b&amp;&#13;");
    }

    /// The fast ways write what the slow ones they stand in for write.
    #[test]
    fn pushed_numbers_and_attributes_are_the_formatters_own() {
        let floats = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            204.0,
            0.5,
            1e-7,
            0.0001,
            123456.789,
            1e15,
            -1e15,
            9_999_999_999_999_998.0,
            1e16,
            1e300,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        let mut rng = 0x9E37_79B9_7F4A_7C15_u64;
        let random = (0..2000).map(|i| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            match i % 3 {
                0 => f64::from_bits(rng),
                1 => (rng % 1_000_000) as f64,
                _ => (rng % 1_000_000) as f64 / 8.0,
            }
        });
        for x in floats.into_iter().chain(random) {
            let want = if x.is_finite() { format!("{x:?}") } else { "0.0".into() };
            assert_eq!(number(x), want, "{x:e}");
        }
        for n in [0_u64, 7, 10, 99, 12345, u64::MAX] {
            let mut out = b"x".to_vec();
            push_int(&mut out, n);
            assert_eq!(out, format!("x{n}").into_bytes());
        }
        for s in ["company:g0", "", "a<b", "a&b>c", "it's", "say \"hi\"", "开发区&"] {
            let mut out = Vec::new();
            push_attr(&mut out, s);
            assert_eq!(out, escape(s).as_bytes(), "{s:?}");
        }
    }

    #[test]
    fn xml_chars_drops_only_what_xml_cannot_carry() {
        let cases: &[(&str, &str, bool)] = &[
            ("临江开发区", "临江开发区", true),
            ("a\tb\nc\rd", "a\tb\nc\rd", true),
            ("a\u{1}b\u{1F}", "ab", false),
            ("全角，逗号\u{F900}", "全角，逗号\u{F900}", true),
            ("x\u{FFFE}y\u{FFFF}", "xy", false),
            ("\u{10000}", "\u{10000}", true),
        ];
        for &(input, want, borrowed) in cases {
            let got = xml_chars(input);
            assert_eq!(got, want, "{input:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{input:?}");
        }
    }
}
