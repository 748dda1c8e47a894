//! `zonegraph merge`: partial graphs in, the graph out (the reduce step of a
//! sharded run), or one partial graph holding them all.

use std::path::PathBuf;

use clap::Args;
use zonegraph::export::AtomicFiles;
use zonegraph::pipeline::{self, BuildOptions};

use anyhow::Context;
use zonegraph::pipeline::Resources;

use super::build::{GraphArgs, check_out_dir, hold_out_dir, start_threads, write_mentions, write_outputs};
use super::report;
use crate::Outcome;
use crate::args::DictSelection;

/// Merge partial graphs (from `zonegraph extract`) into the graph.
///
/// The partials must hold different files and come from the same
/// dictionaries, rules and analysis options; give the same --dict/--rules as
/// the extract. Merging all shards of a corpus writes what `build` would
/// have written for it, byte for byte. With --partial, partials are merged
/// into one partial instead (in any grouping or order: the result is the same
/// bytes), for a reduce in several steps.
///
/// Examples:
///   zonegraph merge parts/*.zgp --out out/
///   zonegraph merge parts/1.zgp parts/2.zgp --partial parts/1-2.zgp
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct MergeArgs {
    /// Partial graphs (.zgp) to merge.
    #[arg(value_name = "PARTIAL", required = true)]
    pub partials: Vec<PathBuf>,
    /// Output folder for the graph files (created if missing).
    #[arg(long, short, value_name = "DIR", default_value = "out", conflicts_with = "partial")]
    pub out: PathBuf,
    /// Write one partial graph holding all of them to this file, instead of
    /// the graph; shards may be missing.
    #[arg(long, value_name = "FILE")]
    pub partial: Option<PathBuf>,
    #[command(flatten)]
    pub dicts: DictSelection,
    #[command(flatten)]
    pub graph: GraphArgs,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Print nothing but warnings and errors.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: MergeArgs) -> anyhow::Result<Outcome> {
    start_threads(args.threads)?;
    let (mut readers, header) = pipeline::open_partials(&args.partials)?;
    if let Some(out) = &args.partial {
        let file = pipeline::merge_into_partial(&mut readers, &header, out)?;
        let mut files = AtomicFiles::default();
        files.finish(file)?;
        for path in files.commit()? {
            if !args.quiet {
                eprintln!("zonegraph: wrote {}", path.display());
            }
        }
        return Ok(crate::Outcome::Clean);
    }
    let missing = header.missing_shards();
    if !missing.is_empty() {
        anyhow::bail!(
            "{} {} missing: a graph needs every shard (merge --partial merges an incomplete set)",
            if missing.len() == 1 { "shard" } else { "shards" },
            missing.join(", ") + if missing.len() == 1 { " is" } else { " are" }
        );
    }
    let graph = args.graph.config()?;
    check_out_dir(&args.out)?;
    let mut problems = Vec::new();
    // No matcher: the partials hold the mentions already.
    let Resources { dict, rules, .. } =
        Resources::load(&args.dicts.paths(), &args.dicts.resource_paths(), &mut problems)
            .context("loading dictionaries and rules")?;
    header.check_dictionaries(&pipeline::used_files(&dict, &rules), &args.partials[0])?;
    let mut options = BuildOptions::new(Vec::new());
    header
        .options
        .apply(&mut options)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.partials[0].display()))?;
    graph.apply(&mut options, &args.out);
    let _held = hold_out_dir(&args.out)?;
    let mut mentions_file = graph.mentions_file(&args.out)?;
    let kg = pipeline::reduce_partials(
        &dict,
        &rules,
        &options,
        &mut readers,
        &header,
        &mut problems,
        &mut write_mentions(&mut mentions_file),
    )?;
    write_outputs(kg, &graph, &args.out, mentions_file, Vec::new(), args.quiet)?;
    Ok(report(&problems))
}
