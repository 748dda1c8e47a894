//! One file per subcommand; `run` dispatches.

pub mod analytics;
pub mod build;
pub mod dict;
pub mod discover;
pub mod eval;
pub mod export;
pub mod extract;
pub mod merge;
pub mod neighbors;
pub mod render;
pub mod stats;
pub mod subgraph;

use std::io::Write;

use zonegraph::Problem;

use crate::Outcome;
use crate::args::{Cli, Command};

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    zonegraph::export::sync_outputs(!cli.no_sync);
    match cli.command {
        Command::Build(args) => build::run(*args),
        Command::Discover(args) => discover::run(args),
        Command::Neighbors(args) => neighbors::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Dict(args) => dict::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Export(args) => export::run(args),
        Command::Extract(args) => extract::run(*args),
        Command::Merge(args) => merge::run(*args),
        Command::Subgraph(args) => subgraph::run(args),
        Command::Render(args) => render::run(args),
        Command::Top(args) => analytics::top(args),
        Command::Communities(args) => analytics::run_communities(args),
        Command::Path(args) => analytics::path(args),
    }
}

/// Report each problem once, on stderr, and say whether there were any.
pub fn report(problems: &[Problem]) -> Outcome {
    let mut err = std::io::stderr().lock();
    for p in problems {
        let _ = writeln!(err, "zonegraph: warning: {p}");
    }
    if problems.is_empty() {
        Outcome::Clean
    } else {
        let _ = writeln!(
            err,
            "zonegraph: {} problem{} in the input; the rest was processed",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
        Outcome::Problems
    }
}
