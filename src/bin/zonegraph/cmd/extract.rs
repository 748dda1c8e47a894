//! `zonegraph extract`: one shard of a corpus in, a partial graph out (the
//! map step of a sharded run; `zonegraph merge` is the reduce).

use std::path::PathBuf;

use clap::Args;
use zonegraph::export::AtomicFiles;
use zonegraph::partial::Shard;
use zonegraph::pipeline;

use super::build::{AnalysisArgs, load_resources, progress_bar, start_threads};
use super::report;
use crate::Outcome;
use crate::args::DictSelection;

/// Analyse one shard of a corpus into a partial graph, to merge later.
///
/// The corpus is walked as `build` walks it (sorted), and cut into N shards
/// of about equal bytes, each a run of whole files; this process analyses
/// shard K. Every shard of one corpus must be extracted with the same
/// inputs, dictionaries and options; `zonegraph merge` checks that, and gives
/// the graph a single `build` would give, byte for byte.
///
/// Examples:
///   zonegraph extract archive/ --shard 3/8 --out parts/3.zgp
///   seq 1 8 | parallel zonegraph extract archive/ --shard {}/8 --out parts/{}.zgp -q
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExtractArgs {
    /// Files or folders to read (not standard input).
    #[arg(value_name = "PATH", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Which shard, K/N: the K-th of N (1 ≤ K ≤ N).
    #[arg(long, value_name = "K/N", default_value = "1/1")]
    pub shard: Shard,
    /// The partial graph to write (a .zgp file, JSON Lines).
    #[arg(long, short, value_name = "FILE")]
    pub out: PathBuf,
    #[command(flatten)]
    pub dicts: DictSelection,
    #[command(flatten)]
    pub analysis: AnalysisArgs,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Print nothing but warnings and errors.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<Outcome> {
    start_threads(args.threads)?;
    if args.inputs.iter().any(|p| p.as_os_str() == "-") {
        anyhow::bail!("extract reads files, not standard input: shards are cut from the sorted list of files");
    }
    if args.out.is_dir() {
        anyhow::bail!("--out {} is a folder; give the partial's file name", args.out.display());
    }
    let mut problems = Vec::new();
    let (dict, rules, _, matcher) = load_resources(&args.dicts, args.analysis.strict, &mut problems)?;
    let options = args.analysis.options(args.inputs)?;
    let bar = progress_bar(args.quiet);
    let _held = zonegraph::export::OutLock::share_for(&args.out)?;
    let partial = pipeline::extract(
        &dict,
        &matcher,
        &rules,
        &options,
        args.shard,
        &args.out,
        &mut problems,
        &mut |done, total| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        },
    )?;
    bar.finish_and_clear();
    let mut files = AtomicFiles::default();
    files.finish(partial)?;
    for path in files.commit()? {
        if !args.quiet {
            eprintln!("zonegraph: shard {}: wrote {}", args.shard, path.display());
        }
    }
    Ok(report(&problems))
}
