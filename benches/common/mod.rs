//! What the benches share: generated inputs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Write a dictionary of `names` names and a corpus of `corpus_mb` MB drawn
/// from it (seed 1, 10 names per 1000 characters) into `dir` with
/// `zonegraph-gen`, as `dict-NAMES` and `corpus-NAMES`; their paths.
pub fn generate(dir: &Path, names: &str, corpus_mb: &str) -> (PathBuf, PathBuf) {
    let dict = dir.join(format!("dict-{names}"));
    let corpus = dir.join(format!("corpus-{names}"));
    let run = |args: &[&str]| {
        let status = Command::new(env!("CARGO_BIN_EXE_zonegraph-gen"))
            .args(args)
            .status()
            .expect("zonegraph-gen runs");
        assert!(status.success(), "zonegraph-gen {args:?} failed");
    };
    let dict_s = dict.to_str().expect("a UTF-8 temporary path");
    let corpus_s = corpus.to_str().expect("a UTF-8 temporary path");
    run(&["dict", "--names", names, "--seed", "1", "--out", dict_s]);
    run(&[
        "corpus",
        "--size-mb",
        corpus_mb,
        "--names-from",
        dict_s,
        "--density",
        "10",
        "--seed",
        "1",
        "--out",
        corpus_s,
    ]);
    (dict, corpus)
}
