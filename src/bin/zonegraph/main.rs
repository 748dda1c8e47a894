//! The `zonegraph` command line. `main` only maps the result of a
//! subcommand to an exit code; each subcommand lives in `cmd/`.
//!
//! Exit codes: 0 success; 1 the run finished but some input was bad and
//! skipped (or `dict check` found load errors); 2 a fatal error (bad usage, a
//! missing path, an unwritable output, `--strict` on bad input). A closed
//! output pipe (`zonegraph stats | head`) counts as success.

mod args;
mod cmd;
mod output;
mod table;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: the pipeline makes and drops
/// millions of small strings (mentions, evidence, parsed partial graphs) on
/// two threads at once, and glibc's allocator spent a fifth of the run in
/// malloc and free, plus system time returning memory (see the README).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How a subcommand that ran to its end went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    /// Some input was bad and was skipped; it has been reported.
    Problems,
}

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match cmd::run(cli) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("zonegraph: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|cause| {
        // serde_json wraps the io::Error without exposing it as a source.
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(BrokenPipe))
    })
}
