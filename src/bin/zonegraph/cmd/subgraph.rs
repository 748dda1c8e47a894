//! `zonegraph subgraph`: the ego network of an entity.

use clap::Args;
use zonegraph::cache::{EdgeFilter, Reach};
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
    // --top ranks the whole graph, so only without it can the cache serve.
    let cache = if args.filter.top.is_none() {
        args.graph.cache()
    } else {
        None
    };
    if let Some(cache) = cache {
        let reach = Reach {
            depth: args.depth,
            filter: EdgeFilter {
                relations: args.filter.relations.clone(),
                min_weight: args.filter.min_weight.unwrap_or(f64::NEG_INFINITY),
            },
            outer: true,
            evidence: true,
        };
        let found = cache
            .resolve(&args.name)
            .and_then(|start| cache.neighbourhood(start, &reach));
        if let Some(found) = args.graph.through_cache(&cache, found) {
            let (near, center) = found?;
            let part = ego(&near, center, args.depth, &args.filter.selection(&near)?);
            args.output.write(&part, Format::Json)?;
            return Ok(Outcome::Clean);
        }
    }
    let kg = if args.filter.top.is_none() {
        args.graph.load_and_cache()?
    } else {
        args.graph.load()?
    };
    let center = resolve(&kg, &args.name)?;
    let part = ego(&kg, center, args.depth, &args.filter.selection(&kg)?);
    args.output.write(&part, Format::Json)?;
    Ok(Outcome::Clean)
}
