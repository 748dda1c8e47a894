//! `zonegraph export`: the graph, or a filtered part of it, in any format.

use clap::Args;
use zonegraph::graph::KnowledgeGraph;
use zonegraph::query::select::{Selection, select};

use crate::Outcome;
use crate::args::GraphArg;
use crate::output::{Format, OutputArgs};

/// Write the graph (from graph.json) in another format, filtered.
///
/// Examples:
///   zonegraph export --format graphml --out kg.graphml
///   zonegraph export --format dot --relation member_of --relation focuses_on > typed.dot
///   zonegraph export --min-weight 2 --component largest --out core.json
///   zonegraph export --type zone --type cluster --format svg --out zones.svg
///   zonegraph export --top 50 --by pagerank --format gexf --out top50.gexf
///   zonegraph export --format csv --out neo4j/        # nodes.csv, relationships.csv, load.cypher
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExportArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub graph: GraphArg,
}

/// Which part of the graph to keep.
#[derive(Args, Debug, Clone)]
pub struct FilterArgs {
    /// Keep only edges of this relation (repeatable).
    #[arg(long = "relation", value_name = "RELATION")]
    pub relations: Vec<String>,
    /// Keep only nodes of this type (repeatable).
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// Keep only edges at least this heavy.
    #[arg(long, value_name = "W", allow_negative_numbers = true)]
    pub min_weight: Option<f64>,
    /// Keep only the largest connected component.
    #[arg(long, value_name = "WHICH", value_parser = ["largest"])]
    pub component: Option<String>,
    /// Keep only the N top nodes by --by.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Ranking for --top: degree, weighted-degree, pagerank, betweenness, eigenvector.
    #[arg(long, value_name = "MEASURE", default_value = "degree", value_parser = super::analytics::parse_measure)]
    pub by: zonegraph::query::rank::Measure,
}

impl FilterArgs {
    /// The selection; `--top` ranks the graph first (over the kept relations).
    pub fn selection(&self, kg: &zonegraph::graph::KnowledgeGraph) -> anyhow::Result<Selection> {
        let nodes = match self.top {
            None => None,
            Some(n) => {
                let filter = zonegraph::query::rank::Filter {
                    relations: self.relations.clone(),
                    min_weight: self.min_weight.unwrap_or(0.0),
                };
                let mut ranked = zonegraph::query::rank::rank(kg, self.by, &filter)?;
                ranked.retain(|r| self.types.is_empty() || self.types.contains(&r.etype));
                Some(ranked.into_iter().take(n).map(|r| r.id).collect())
            }
        };
        Ok(Selection {
            relations: self.relations.clone(),
            types: self.types.clone(),
            min_weight: self.min_weight,
            nodes,
            largest_component: self.component.is_some(),
        })
    }
}

pub fn run(args: ExportArgs) -> anyhow::Result<Outcome> {
    let kg = KnowledgeGraph::load(&args.graph.graph)?;
    let part = select(&kg, &args.filter.selection(&kg)?);
    args.output.write(&part, Format::Json)?;
    Ok(Outcome::Clean)
}
