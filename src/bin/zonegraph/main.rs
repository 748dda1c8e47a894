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

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e` of the
/// bundled mimalloc 3, which libmimalloc-sys names no constant for; a test
/// checks it by its default).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keep freed memory for the process instead of handing it back to the
/// system after a delay: a build frees and makes again hundreds of
/// megabytes (documents, evidence, output buffers), and every page handed
/// back came again as a fresh page the kernel had to clear, 15% of a 200 MB
/// build's time. Without purging, the same build ran 9% faster for a 3%
/// higher peak (README, "Speed"). The memory goes back at exit; no command
/// runs for long.
fn keep_freed_memory() {
    // SAFETY: sets an option of the allocator, which mimalloc allows at any
    // time; the value is a plain integer (-1: never purge).
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

/// How a subcommand that ran to its end went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    /// Some input was bad and was skipped; it has been reported.
    Problems,
}

fn main() -> ExitCode {
    keep_freed_memory();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The option set is the purge delay: mimalloc 3's default for it is
    /// 1000 ms, and its legacy name `reset_delay` maps to the same place.
    #[test]
    fn purge_delay_is_the_option_set() {
        // SAFETY: reads and sets allocator options, allowed at any time.
        unsafe {
            // Set by no one in this test binary, so it has its default.
            assert_eq!(libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY), 1000);
            keep_freed_memory();
            assert_eq!(libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY), -1);
        }
    }
}
