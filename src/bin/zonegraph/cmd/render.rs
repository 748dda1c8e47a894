//! `zonegraph render`: a picture of the graph, through Graphviz.

use clap::Args;
use zonegraph::graph::KnowledgeGraph;
use zonegraph::query::select::select;

use super::export::FilterArgs;
use crate::Outcome;
use crate::args::GraphArg;
use crate::output::{Format, OutputArgs};

/// Draw the graph (or a filtered part) as SVG or PNG with Graphviz: `dot`
/// up to 300 edges, `sfdp` above, with a CJK font. Graphviz must be
/// installed; if it is not, the message says how to install it.
///
/// Examples:
///   zonegraph render --out graph.svg
///   zonegraph render --relation member_of --relation focuses_on --out typed.png
///   zonegraph render --component largest --min-weight 2 --engine sfdp --out core.svg
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct RenderArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn run(args: RenderArgs) -> anyhow::Result<Outcome> {
    let kg = KnowledgeGraph::load(&args.graph.graph)?;
    let part = select(&kg, &args.filter.selection(&kg)?);
    let format = args.output.format(Format::Svg)?;
    if !matches!(format, Format::Svg | Format::Png) {
        anyhow::bail!("render draws svg or png; use `zonegraph export` for other formats");
    }
    args.output.write(&part, format)?;
    Ok(Outcome::Clean)
}
