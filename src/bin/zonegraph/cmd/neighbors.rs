//! `zonegraph neighbors`: who is connected to an entity, and why.

use std::io::Write;

use clap::Args;
use petgraph::graph::NodeIndex;
use zonegraph::cache::{EdgeFilter, Reach};
use zonegraph::graph::KnowledgeGraph;
use zonegraph::query::neighbors::{NeighborQuery, neighbors};
use zonegraph::query::resolve;

use crate::Outcome;
use crate::args::GraphArg;
use crate::table::{write_table, write_tsv};

/// List the neighbours of an entity given by name, alias or id.
///
/// Examples:
///   zonegraph neighbors 港开
///   zonegraph neighbors 中集集团 --depth 2 --evidence
///   zonegraph neighbors 海门经济技术开发区 --type company --json
///   zonegraph neighbors zone:gangzha-edz --relation co_occurs --min-weight 2
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct NeighborsArgs {
    /// Canonical name, alias or id.
    pub name: String,
    /// How many hops to go.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Only list neighbours of this type (repeatable).
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// Only follow edges of this relation (repeatable).
    #[arg(long = "relation", value_name = "RELATION")]
    pub relations: Vec<String>,
    /// Only follow edges at least this heavy.
    #[arg(long, value_name = "W", default_value_t = 0.0)]
    pub min_weight: f64,
    /// Print the evidence sentences with document and byte offsets.
    #[arg(long)]
    pub evidence: bool,
    /// Print JSON for scripts instead of a table.
    #[arg(long, conflicts_with = "tsv")]
    pub json: bool,
    /// Print tab-separated values with a header row.
    #[arg(long, conflicts_with = "evidence")]
    pub tsv: bool,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn run(args: NeighborsArgs) -> anyhow::Result<Outcome> {
    let query = NeighborQuery {
        depth: args.depth.max(1),
        types: args.types,
        relations: args.relations,
        min_weight: args.min_weight,
    };
    // The table does not show evidence, so through the cache it is not read.
    let evidence = args.evidence || args.json;
    let (kg, start) = neighbourhood(&args.graph, &args.name, &query, evidence)?;
    let found = neighbors(&kg, start, &query);
    // Buffered: a hub's table is tens of thousands of lines, and a line-
    // buffered stdout made a write call for each (a fifth of the hub query).
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let shape = Shape {
        json: args.json,
        tsv: args.tsv,
        evidence: args.evidence,
    };
    write_answer(&mut out, shape, &kg, start, &found)?;
    out.flush()?;
    Ok(Outcome::Clean)
}

/// How the answer is printed.
#[derive(Clone, Copy)]
struct Shape {
    json: bool,
    tsv: bool,
    evidence: bool,
}

/// The answer as a table, TSV, evidence listing or JSON.
fn write_answer(
    out: &mut impl Write,
    args: Shape,
    kg: &KnowledgeGraph,
    start: NodeIndex,
    found: &[zonegraph::query::neighbors::Neighbor],
) -> anyhow::Result<()> {
    let node = &kg.graph[start];
    if args.json {
        let value = serde_json::json!({
            "entity": {"id": node.id, "type": node.etype, "label": node.label},
            "neighbors": found,
        });
        serde_json::to_writer_pretty(&mut *out, &value)?;
        writeln!(out)?;
        return Ok(());
    }
    if !args.tsv {
        writeln!(
            out,
            "{} ({}, {}): {} neighbour{}",
            node.label,
            node.id,
            node.etype,
            found.len(),
            if found.len() == 1 { "" } else { "s" }
        )?;
        if found.is_empty() {
            return Ok(());
        }
        writeln!(out)?;
    }
    if !args.evidence {
        let rows: Vec<Vec<String>> = found
            .iter()
            .map(|n| {
                let join = |f: &dyn Fn(&zonegraph::query::neighbors::Hop) -> String| {
                    let mut v: Vec<String> = n.via.iter().map(f).collect();
                    v.dedup();
                    v.join(",")
                };
                let weight = n.via.iter().map(|h| h.weight).fold(0.0, f64::max);
                vec![
                    n.depth.to_string(),
                    n.etype.clone(),
                    n.label.clone(),
                    join(&|h| h.relation.clone()),
                    format!("{weight}"),
                    join(&|h| h.origin.clone()),
                    n.id.clone(),
                ]
            })
            .collect();
        let headers = ["depth", "type", "name", "relation", "weight", "source", "id"];
        if args.tsv {
            write_tsv(out, &headers, &rows)?;
        } else {
            write_table(out, &headers, &rows)?;
        }
        return Ok(());
    }
    for n in found {
        writeln!(out, "● {} ({}, {}) depth {}", n.label, n.id, n.etype, n.depth)?;
        for hop in &n.via {
            writeln!(
                out,
                "  {} -[{} w={} conf={} {}]-> {}",
                hop.source, hop.relation, hop.weight, hop.confidence, hop.origin, hop.target
            )?;
            for e in &hop.evidence {
                writeln!(out, "    {}:{}-{}  {}", e.doc, e.start, e.end, e.text)?;
            }
        }
    }
    Ok(())
}

/// The part of the graph the query walks, and where it starts: read through
/// the query cache when there is a fresh one, otherwise from graph.json.
fn neighbourhood(
    graph: &GraphArg,
    name: &str,
    query: &NeighborQuery,
    evidence: bool,
) -> anyhow::Result<(KnowledgeGraph, NodeIndex)> {
    if let Some(cache) = graph.cache() {
        let reach = Reach {
            depth: query.depth,
            filter: EdgeFilter {
                relations: query.relations.clone(),
                min_weight: query.min_weight,
            },
            outer: false,
            evidence,
        };
        let found = cache.resolve(name).and_then(|start| cache.neighbourhood(start, &reach));
        if let Some(found) = graph.through_cache(&cache, found) {
            return found;
        }
    }
    let kg = graph.load_and_cache()?;
    let start = resolve(&kg, name)?;
    Ok((kg, start))
}
