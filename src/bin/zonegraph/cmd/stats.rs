//! `zonegraph stats`: what the graph holds.

use std::io::Write;

use clap::Args;
use zonegraph::graph::KnowledgeGraph;
use zonegraph::query::stats::stats;

use crate::Outcome;
use crate::args::GraphArg;
use crate::table::{write_table, write_tsv};

/// Count nodes by type and edges by relation, and list the entities with
/// the most distinct neighbours.
///
/// Examples:
///   zonegraph stats
///   zonegraph stats --top 20 --json
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct StatsArgs {
    /// How many top entities to list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
    /// Print JSON for scripts.
    #[arg(long, conflicts_with = "tsv")]
    pub json: bool,
    /// Print tab-separated rows `section, key, value` (and the top entities).
    #[arg(long)]
    pub tsv: bool,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn run(args: StatsArgs) -> anyhow::Result<Outcome> {
    let kg = KnowledgeGraph::load(&args.graph.graph)?;
    let s = stats(&kg, args.top);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &s)?;
        writeln!(out)?;
        return Ok(Outcome::Clean);
    }
    if args.tsv {
        let mut rows = vec![
            vec!["total".into(), "nodes".into(), s.nodes.to_string()],
            vec!["total".into(), "edges".into(), s.edges.to_string()],
            vec!["total".into(), "documents".into(), s.documents.to_string()],
            vec!["total".into(), "mentions".into(), s.mentions.to_string()],
        ];
        rows.extend(
            s.node_types
                .iter()
                .map(|(t, n)| vec!["type".into(), t.clone(), n.to_string()]),
        );
        rows.extend(
            s.relations
                .iter()
                .map(|(r, c)| vec!["relation".into(), r.clone(), c.edges.to_string()]),
        );
        rows.extend(
            s.top
                .iter()
                .map(|r| vec!["degree".into(), r.id.clone(), r.degree.to_string()]),
        );
        write_tsv(&mut out, &["section", "key", "value"], &rows)?;
        return Ok(Outcome::Clean);
    }
    writeln!(
        out,
        "{} nodes, {} edges, from {} documents and {} mentions\n",
        s.nodes, s.edges, s.documents, s.mentions
    )?;
    let rows: Vec<Vec<String>> = s
        .node_types
        .iter()
        .map(|(t, n)| vec![t.clone(), n.to_string()])
        .collect();
    write_table(&mut out, &["type", "nodes"], &rows)?;
    writeln!(out)?;
    let rows: Vec<Vec<String>> = s
        .relations
        .iter()
        .map(|(r, c)| vec![r.clone(), c.edges.to_string(), format!("{}", c.total_weight)])
        .collect();
    write_table(&mut out, &["relation", "edges", "total weight"], &rows)?;
    writeln!(out)?;
    let rows: Vec<Vec<String>> = s
        .top
        .iter()
        .map(|r| {
            vec![
                r.degree.to_string(),
                r.mention_count.to_string(),
                r.etype.clone(),
                r.label.clone(),
                r.id.clone(),
            ]
        })
        .collect();
    write_table(&mut out, &["degree", "mentions", "type", "name", "id"], &rows)?;
    Ok(Outcome::Clean)
}
