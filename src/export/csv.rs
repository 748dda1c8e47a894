//! Neo4j CSV: `nodes.csv` and `relationships.csv` in the header format of
//! `neo4j-admin database import full`, and a `LOAD CSV` script for users
//! without admin rights.
//!
//! # Format
//!
//! `nodes.csv`:
//!
//! ```text
//! id:ID,:LABEL,name,type,aliases:string[],mention_count:long,doc_count:long,first_seen,last_seen,<attributes>,<figures>
//! ```
//!
//! - `:LABEL` is `Entity` plus the entity type in UpperCamelCase (`zone` →
//!   `Zone`, `industrial_park` → `IndustrialPark`);
//! - dictionary attributes follow, sorted by name, typed `long`, `double` or
//!   `boolean` when every value of them is one (else strings); a name that
//!   is a built-in column or a figure becomes `attr_<name>`, and characters
//!   other than letters, digits and `_` become `_`;
//! - then figures (`investment_cny:double`, `stage`, …), numeric ones as `double`;
//! - dates stay strings: they can be partial (`2021-05`, `2021`), which
//!   Neo4j's `date` type rejects.
//!
//! `relationships.csv`:
//!
//! ```text
//! :START_ID,:END_ID,:TYPE,relation,origin,confidence:double,weight:double,count:long,docs:string[],doc_count:long,evidence:string[],first_seen,last_seen
//! ```
//!
//! `:TYPE` is the relation in UPPER_SNAKE_CASE (`member_of` → `MEMBER_OF`,
//! `co_occurs` → `CO_OCCURS`); `relation` keeps it as written. Each
//! evidence item is `doc [start-end] sentence`.
//!
//! # Array delimiter
//!
//! Evidence sentences contain `;` (neo4j-admin's default array delimiter;
//! normalisation turns `；` into `;`) and can contain `|` or `,`, so list
//! values are joined with U+001F (ASCII "unit separator",
//! [`ARRAY_DELIMITER`]), which no text in the graph needs: it is removed from
//! every value, with the other control characters, and line breaks and tabs
//! become spaces, so no field spans lines (neo4j-admin needs no
//! `--multiline-fields`). neo4j-admin splits the `:LABEL` column on the same
//! delimiter, so the labels are `Entity` U+001F `Zone`, not `Entity;Zone`.
//! Quotes are written as `""` inside a quoted field, the RFC 4180 quoting
//! both neo4j-admin and `LOAD CSV` read. Shell tools take the delimiter as
//! `$'\x1f'` (bash), e.g. `validate_neo4j_csv.py … --array-delimiter $'\x1f'`.
//!
//! # Import with neo4j-admin
//!
//! With the database stopped, and both files in Neo4j's `import` folder:
//!
//! ```text
//! bin/neo4j-admin database import full neo4j \
//!     --nodes=import/nodes.csv \
//!     --relationships=import/relationships.csv \
//!     --array-delimiter="U+001F" \
//!     --overwrite-destination
//! ```
//!
//! # Load with Cypher
//!
//! Without admin rights, put both files in the `import` folder and run the
//! script [`Neo4jCsvExporter::cypher_script`] returns (its text is in that
//! method's docs).

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::Write;

use super::shared::{Column, Kind, any_byte, evidence_line, node_columns, number, unique};
use crate::graph::KnowledgeGraph;

/// The separator of list elements and of labels (`--array-delimiter`).
pub const ARRAY_DELIMITER: char = '\u{1F}';
/// The file names the Cypher script reads.
pub const NODES_FILE: &str = "nodes.csv";
pub const RELATIONSHIPS_FILE: &str = "relationships.csv";

/// The part of the `LOAD CSV` script that sets every non-empty column of `row`
/// but the `$ids` ones on `$var`, typed by the header: the same for nodes and
/// relationships.
macro_rules! set_columns {
    ($var:literal, $ids:literal) => {
        concat!(
            "FOREACH (column IN [k IN keys(row) WHERE NOT k IN [",
            $ids,
            "] AND coalesce(row[k], '') <> ''] |\n  SET ",
            $var,
            r#"[split(column, ':')[0]] = CASE
    WHEN column ENDS WITH '[]' THEN split(row[column], '\u001F')
    WHEN column ENDS WITH ':long' THEN toInteger(row[column])
    WHEN column ENDS WITH ':double' THEN toFloat(row[column])
    WHEN column ENDS WITH ':boolean' THEN row[column] = 'true'
    ELSE row[column]
  END);
"#
        )
    };
}

/// The `LOAD CSV` script, as a macro so that its text is also in the docs of
/// [`Neo4jCsvExporter::cypher_script`].
macro_rules! load_script {
    () => {
        concat!(
            r#"// Load zonegraph's nodes.csv and relationships.csv (Neo4j 5.26 or later).
// Put both files in the database's import folder, then run this script,
// e.g. cypher-shell -u neo4j -f zonegraph.cypher
// Column types come from the neo4j-admin header: name:long, name:double,
// name:boolean, name:string[] (a list split on U+001F); no type is a string.
CREATE CONSTRAINT zonegraph_entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (n:Entity {id: row.`id:ID`})
SET n:$(split(row.`:LABEL`, '\u001F'))
"#,
            set_columns!("n", "'id:ID', ':LABEL'"),
            r#"
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:$(row.`:TYPE`)]->(b)
"#,
            set_columns!("r", "':START_ID', ':END_ID', ':TYPE'"),
        )
    };
}

/// Writer of the two CSV files and of the Cypher script that loads them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Neo4jCsvExporter;

/// A property column: its header name (without the type), and the column of
/// dictionary attributes or figures it holds.
struct Property {
    header: String,
    column: Column,
}

const NODE_HEADER: [&str; 9] = [
    "id:ID",
    ":LABEL",
    "name",
    "type",
    "aliases:string[]",
    "mention_count:long",
    "doc_count:long",
    "first_seen",
    "last_seen",
];
const RELATIONSHIP_HEADER: [&str; 13] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "relation",
    "origin",
    "confidence:double",
    "weight:double",
    "count:long",
    "docs:string[]",
    "doc_count:long",
    "evidence:string[]",
    "first_seen",
    "last_seen",
];

impl Neo4jCsvExporter {
    /// `nodes.csv`: one row per entity.
    pub fn nodes_to_writer(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<()> {
        let properties = node_properties(kg);
        let mut csv = csv::Writer::from_writer(w);
        let mut header: Vec<String> = NODE_HEADER.iter().map(|h| h.to_string()).collect();
        header.extend(
            properties
                .iter()
                .map(|p| format!("{}{}", p.header, type_suffix(p.column.kind))),
        );
        csv.write_record(&header)?;
        for node in kg.graph.node_weights() {
            let mut row: Vec<Cow<str>> = vec![
                clean(&node.id),
                labels(&node.etype).into(),
                clean(&node.label),
                clean(&node.etype),
                array(&node.aliases).into(),
                node.mention_count.to_string().into(),
                node.doc_count.to_string().into(),
                clean(node.first_seen.as_deref().unwrap_or("")),
                clean(node.last_seen.as_deref().unwrap_or("")),
            ];
            for p in &properties {
                row.push(
                    p.column
                        .value(node)
                        .map_or(Cow::Borrowed(""), |v| Cow::Owned(clean(&v).into_owned())),
                );
            }
            csv.write_record(row.iter().map(|v| v.as_bytes()))?;
        }
        csv.flush()
    }

    /// `relationships.csv`: one row per edge.
    pub fn relationships_to_writer(&self, kg: &KnowledgeGraph, w: &mut dyn Write) -> std::io::Result<()> {
        self.relationships_windowed(kg, w, EDGE_WINDOW)
    }

    /// Rows are made a window of edges at a time on every core, each window
    /// by its own CSV writer, and copied in order: a CSV writer keeps no
    /// state from one record to the next, so the bytes are the same.
    fn relationships_windowed(&self, kg: &KnowledgeGraph, w: &mut dyn Write, window: usize) -> std::io::Result<()> {
        let mut csv = csv::Writer::from_writer(w);
        csv.write_record(RELATIONSHIP_HEADER)?;
        let w = csv.into_inner().map_err(|e| e.into_error())?;
        super::write_edge_windows(kg, w, window, |edges, _| relationship_rows(kg, edges))?;
        w.flush()
    }

    /// A Cypher script that loads [`NODES_FILE`] and [`RELATIONSHIPS_FILE`]
    /// from the import folder with `LOAD CSV`, for users who cannot run
    /// neo4j-admin. It needs Neo4j 5.26 or later, because it sets labels,
    /// relationship types and property keys dynamically: it reads the column
    /// types from the header, so the same script fits every graph. Loading
    /// twice updates the same nodes and relationships (`MERGE`).
    ///
    #[doc = concat!("```cypher\n", load_script!(), "```")]
    pub fn cypher_script(&self) -> String {
        load_script!().to_string()
    }
}

/// Dictionary attributes and figures as typed properties (see
/// [`node_columns`]). A dictionary attribute whose name is a built-in column
/// or a figure becomes `attr_<name>`.
fn node_properties(kg: &KnowledgeGraph) -> Vec<Property> {
    let columns = node_columns(kg);
    let builtin = |name: &str| NODE_HEADER.iter().any(|h| h.split(':').next() == Some(name)) || name == "id";
    let mut used: BTreeSet<String> = NODE_HEADER
        .iter()
        .filter_map(|h| h.split(':').next())
        .map(String::from)
        .collect();
    let figure_names: Vec<String> = columns
        .iter()
        .filter(|c| c.figure)
        .map(|c| property_name(&c.key))
        .collect();
    columns
        .into_iter()
        .map(|column| {
            let mut header = property_name(&column.key);
            if !column.figure && (builtin(&header) || figure_names.contains(&header)) {
                header = format!("attr_{header}");
            }
            Property {
                header: unique(&mut used, header),
                column,
            }
        })
        .collect()
}

/// The header suffix of a column type; none for strings, neo4j-admin's default.
fn type_suffix(kind: Kind) -> String {
    match kind {
        Kind::String => String::new(),
        other => format!(":{}", other.name()),
    }
}

/// A property name the header parser reads as one name: letters, digits, `_`.
fn property_name(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' })
        .collect();
    if s.is_empty() { "_".into() } else { s }
}

/// `Entity` and the entity type in UpperCamelCase, joined with the array delimiter.
fn labels(etype: &str) -> String {
    let camel: String = etype
        .split(|c: char| !c.is_alphanumeric())
        .flat_map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars))
        })
        .flatten()
        .collect();
    if camel.is_empty() || camel == "Entity" {
        "Entity".into()
    } else {
        format!("Entity{ARRAY_DELIMITER}{camel}")
    }
}

/// A relation in UPPER_SNAKE_CASE: `member_of` → `MEMBER_OF`, `partnersWith`
/// → `PARTNERS_WITH`; `RELATED_TO` for an empty one.
fn relationship_type(relation: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in relation.chars() {
        if c.is_alphanumeric() {
            if c.is_uppercase() && prev_lower {
                out.push('_');
            }
            out.extend(c.to_uppercase());
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
        } else {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    let out = out.trim_end_matches('_');
    if out.is_empty() {
        "RELATED_TO".into()
    } else {
        out.into()
    }
}

/// Edges one CSV writer makes, in parallel with the other windows of a batch.
const EDGE_WINDOW: usize = 1 << 10;

/// The rows of some edges, as a CSV writer lays them out.
fn relationship_rows(kg: &KnowledgeGraph, edges: &[crate::graph::EdgeEnds<'_>]) -> std::io::Result<Vec<u8>> {
    let mut csv = csv::Writer::from_writer(Vec::with_capacity(edges.len() * 512));
    for &(s, t, edge) in edges {
        let evidence: Vec<String> = edge.evidence.iter().map(evidence_line).collect();
        let row: [Cow<str>; 13] = [
            clean(&kg.graph[s].id),
            clean(&kg.graph[t].id),
            relationship_type(&edge.relation).into(),
            clean(&edge.relation),
            clean(&edge.origin),
            number(edge.confidence).into(),
            number(edge.weight).into(),
            edge.count.to_string().into(),
            array(&edge.docs).into(),
            edge.doc_count.to_string().into(),
            array(&evidence).into(),
            clean(edge.first_seen.as_deref().unwrap_or("")),
            clean(edge.last_seen.as_deref().unwrap_or("")),
        ];
        csv.write_record(row.iter().map(|v| v.as_bytes()))?;
    }
    csv.into_inner().map_err(|e| e.into_error())
}

/// A value on one line with no array delimiter: line breaks and tabs become
/// spaces, other control characters are dropped.
///
/// Most values hold none of them, and are returned as they are: a byte scan
/// finds every C0 control and DEL, and the lead byte 0xC2 of the C1
/// controls (U+0080–U+009F); only a value with one of those is rebuilt.
fn clean(s: &str) -> Cow<'_, str> {
    if !any_byte(s, |b| b < 0x20 || b == 0x7F || b == 0xC2) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect(),
    )
}

fn array<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| clean(s.as_ref()))
        .collect::<Vec<_>>()
        .join(&ARRAY_DELIMITER.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{render, tiny_graph};

    /// The whole output, with the invisible array delimiter shown as `␟`.
    fn visible(csv: String) -> String {
        assert!(!csv.contains('␟'), "the output already has a ␟: {csv}");
        csv.replace(ARRAY_DELIMITER, "␟")
    }

    #[test]
    fn windows_do_not_change_the_rows() {
        crate::export::assert_windows_do_not_change_the_bytes(",599,", |kg, w, window| {
            Neo4jCsvExporter.relationships_windowed(kg, w, window)
        });
    }

    #[test]
    fn exact_nodes_on_two_nodes() {
        let got = render(|w| Neo4jCsvExporter.nodes_to_writer(&tiny_graph(), w));
        insta::assert_snapshot!(visible(got));
    }

    #[test]
    fn exact_relationships_on_two_nodes() {
        let got = render(|w| Neo4jCsvExporter.relationships_to_writer(&tiny_graph(), w));
        insta::assert_snapshot!(visible(got));
    }

    #[test]
    fn exact_cypher_script() {
        insta::assert_snapshot!(Neo4jCsvExporter.cypher_script());
    }

    #[test]
    fn names_for_neo4j() {
        let types = [
            ("co_occurs", "CO_OCCURS"),
            ("member_of", "MEMBER_OF"),
            ("partnersWith", "PARTNERS_WITH"),
            ("located-in", "LOCATED_IN"),
            ("owns", "OWNS"),
            ("", "RELATED_TO"),
        ];
        for (relation, want) in types {
            assert_eq!(relationship_type(relation), want, "relation {relation:?}");
        }
        let d = ARRAY_DELIMITER;
        let labels_cases = [
            ("zone", format!("Entity{d}Zone")),
            ("industrial_park", format!("Entity{d}IndustrialPark")),
            ("", "Entity".to_string()),
        ];
        for (etype, want) in labels_cases {
            assert_eq!(labels(etype), want, "type {etype:?}");
        }
    }

    #[test]
    fn values_stay_on_one_line_without_the_delimiter() {
        assert_eq!(clean("a\nb\r\tc\u{1F}d\u{0}e"), "a b  cde");
        // (value, cleaned, returned as it was): the byte scan lets through
        // only values with nothing to clean, and sends the others (and some
        // Latin-1 text, whose lead byte is that of the C1 controls) the long way.
        let cases: &[(&str, &str, bool)] = &[
            ("临江开发区", "临江开发区", true),
            ("café", "café", true),
            ("a\u{7F}b", "ab", false),
            ("a\u{85}b\u{9F}", "ab", false),
            ("\u{A0}x\u{BF}", "\u{A0}x\u{BF}", false),
            ("", "", true),
        ];
        for &(value, want, borrowed) in cases {
            let got = clean(value);
            assert_eq!(got, want, "{value:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{value:?}");
        }
        assert_eq!(array(&["x;y", "p\u{1F}q"]), format!("x;y{ARRAY_DELIMITER}pq"));
    }
}
