//! `zonegraph subgraph`: the ego network of an entity.

use clap::Args;
use zonegraph::graph::KnowledgeGraph;
use zonegraph::query::resolve;
use zonegraph::query::select::ego;

use super::export::FilterArgs;
use crate::Outcome;
use crate::args::GraphArg;
use crate::output::{Format, OutputArgs};

/// Write the ego network of an entity: everything within --depth hops, and
/// the edges among them, in any format.
///
/// Examples:
///   zonegraph subgraph 港开 --depth 2 --out gangkai.graphml
///   zonegraph subgraph 中集集团 --relation member_of --format dot
///   zonegraph subgraph 海门开发区 --out haimen.svg
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct SubgraphArgs {
    /// Canonical name, alias or id.
    pub name: String,
    /// How many hops to go.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn run(args: SubgraphArgs) -> anyhow::Result<Outcome> {
    let kg = KnowledgeGraph::load(&args.graph.graph)?;
    let center = resolve(&kg, &args.name)?;
    let part = ego(&kg, center, args.depth, &args.filter.selection(&kg)?);
    args.output.write(&part, Format::Json)?;
    Ok(Outcome::Clean)
}
