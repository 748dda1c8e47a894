//! Scale-out from the CLI: `extract` shards and `merge` them, and
//! `build --update`, each checked against a single full build, byte for byte.
//! Neither discovers names (discovery reads the whole corpus first), so the
//! single builds they are held to run with `--no-discover`.

#[allow(dead_code)] // helpers the CLI tests use
mod common;

use common::{Fixture, OUTPUTS, Run};

/// A corpus with what makes the reduce order matter: the bundled examples
/// (a repost, rules, figures), JSONL files that repeat a document id across
/// files, a bad JSONL line, a GBK file and a binary file.
fn corpus(fx: &Fixture) {
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for entry in std::fs::read_dir(&examples).expect("examples/") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            let name = path.file_name().expect("name").to_string_lossy().into_owned();
            fx.write(&format!("corpus/a/{name}"), std::fs::read(&path).expect("read example"));
        }
    }
    fx.write(
        "corpus/b/one.jsonl",
        "{\"id\": \"x1\", \"text\": \"云帆重工落户临江开发区。\"}\n{broken\n{\"id\": \"x2\", \"text\": \"北辰新材在临开建设新项目。\"}\n",
    );
    fx.write(
        "corpus/c/two.jsonl",
        "{\"id\": \"x1\", \"text\": \"同一编号的另一篇：临开与云帆重工签约。\"}\n{\"id\": \"x3\", \"text\": \"临江开发区与北辰新材合作。\"}\n",
    );
    let (gbk, _, _) = encoding_rs::GBK.encode("临江开发区招商引资，云帆重工签约落户。");
    fx.write("corpus/d/gbk.txt", gbk);
    fx.write("corpus/d/image.txt", [0u8, 159, 146, 150, 0, 1, 2, 3]);
}

fn ok(run: &Run) {
    assert!(run.code == 0 || run.code == 1, "{run:?}");
}

/// Every output of two folders is the same bytes.
fn same_outputs(fx: &Fixture, a: &str, b: &str) {
    for file in OUTPUTS {
        assert!(
            fx.read(&format!("{a}/{file}")) == fx.read(&format!("{b}/{file}")),
            "{file} differs between {a} and {b}"
        );
    }
}

fn extract(fx: &Fixture, shard: &str, out: &str, extra: &[&str]) -> Run {
    let mut args = vec!["extract", "corpus", "--shard", shard, "--out", out, "-q"];
    args.extend_from_slice(extra);
    fx.run(&args)
}

#[test]
fn sharded_extract_and_merge_equal_a_single_build() {
    let fx = Fixture::new();
    corpus(&fx);
    let single = fx.run(&["build", "corpus", "--out", "single", "-q", "--no-discover"]);
    assert_eq!(
        single.code, 1,
        "the bad line and the binary file are problems: {single:?}"
    );
    for n in [1, 2, 3, 5] {
        let mut parts = Vec::new();
        for k in 1..=n {
            let part = format!("parts{n}/{k}.zgp");
            ok(&extract(&fx, &format!("{k}/{n}"), &part, &[]));
            parts.push(part);
        }
        // Merged in reverse order: the order of the partials does not matter.
        parts.reverse();
        let out = format!("merged{n}");
        let mut args = vec!["merge"];
        args.extend(parts.iter().map(String::as_str));
        args.extend(["--out", out.as_str(), "-q"]);
        let merged = fx.run(&args);
        assert_eq!(merged.code, single.code, "{merged:?}");
        // The same problems, in the same order, as the single run reports.
        assert_eq!(merged.stderr, single.stderr);
        same_outputs(&fx, "single", &out);
    }
}

#[test]
fn merging_partials_is_associative_and_commutative() {
    let fx = Fixture::new();
    corpus(&fx);
    let parts: Vec<String> = (1..=4).map(|k| format!("p{k}.zgp")).collect();
    for (k, part) in parts.iter().enumerate() {
        ok(&extract(&fx, &format!("{}/4", k + 1), part, &[]));
    }
    let merge = |inputs: &[&str], out: &str| {
        let mut args = vec!["merge"];
        args.extend_from_slice(inputs);
        args.extend(["--partial", out, "-q"]);
        let run = fx.run(&args);
        assert_eq!(run.code, 0, "{run:?}");
        fx.read(out)
    };
    let all = merge(&["p1.zgp", "p2.zgp", "p3.zgp", "p4.zgp"], "all.zgp");
    // Every order of the four, folded left; and two groupings.
    let mut orders = vec![vec![0, 1, 2, 3]];
    for _ in 0..23 {
        let mut next = orders.last().expect("an order").clone();
        // Next permutation in lexicographic order.
        let i = (0..3).rev().find(|&i| next[i] < next[i + 1]).expect("not the last");
        let j = (i + 1..4).rev().find(|&j| next[j] > next[i]).expect("a larger one");
        next.swap(i, j);
        next[i + 1..].reverse();
        orders.push(next);
    }
    for order in &orders {
        let mut acc = parts[order[0]].clone();
        for (step, &p) in order.iter().enumerate().skip(1) {
            let out = format!("fold{step}.zgp");
            merge(&[acc.as_str(), parts[p].as_str()], &out);
            acc = out;
        }
        assert!(fx.read(&acc) == all, "order {order:?} differs");
    }
    let left = merge(&["p1.zgp", "p2.zgp"], "l.zgp");
    let right = merge(&["p3.zgp", "p4.zgp"], "r.zgp");
    assert!(!left.is_empty() && !right.is_empty());
    assert!(merge(&["r.zgp", "l.zgp"], "lr.zgp") == all);
    // The merged partial makes the same graph as a build.
    ok(&fx.run(&["build", "corpus", "--out", "single", "-q", "--no-discover"]));
    ok(&fx.run(&["merge", "all.zgp", "--out", "merged", "-q"]));
    same_outputs(&fx, "single", "merged");
}

#[test]
fn merge_refuses_what_would_not_be_a_single_build() {
    let fx = Fixture::new();
    corpus(&fx);
    ok(&extract(&fx, "1/2", "p1.zgp", &[]));
    ok(&extract(&fx, "2/2", "p2.zgp", &[]));
    ok(&extract(&fx, "2/2", "p2-lean.zgp", &["--max-evidence", "1"]));
    let cases: &[(&[&str], &str)] = &[
        (&["merge", "p1.zgp", "--out", "o"], "shard 2/2 is missing"),
        (
            &["merge", "p1.zgp", "p1.zgp", "--partial", "x.zgp"],
            "is also in p1.zgp",
        ),
        (&["merge", "p1.zgp", "p2-lean.zgp", "--out", "o"], "different options"),
        (
            &["merge", "p1.zgp", "p2.zgp", "--dict", "other", "--out", "o"],
            "other dictionaries",
        ),
        (
            &["merge", "corpus/a/news.jsonl", "--out", "o"],
            "not a zonegraph partial",
        ),
        (&["merge", "p1.zgp", "cut.zgp", "--out", "o"], "cut.zgp:"),
        (&["extract", "-", "--out", "x.zgp"], "not standard input"),
        (&["extract", "corpus", "--shard", "3/2", "--out", "x.zgp"], "K/N"),
    ];
    fx.write(
        "other/entities.tsv",
        "id\ttype\tname\taliases\nzone:q\tzone\t某某园区\t\n",
    );
    // A partial cut short in the middle of a line.
    let whole = fx.read("p2.zgp");
    fx.write("cut.zgp", &whole[..whole.len() / 2]);
    for (args, message) in cases {
        let run = fx.run(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
        let left = std::fs::read_dir(fx.path("o")).map_or(0, |d| d.count());
        assert_eq!(left, 0, "{args:?} left files in the output folder");
        assert!(!fx.path("x.zgp").exists(), "{args:?} left a partial");
    }
}

#[test]
fn build_update_equals_a_full_rebuild() {
    let fx = Fixture::new();
    corpus(&fx);
    let first = fx.run(&["build", "corpus", "--update", "--out", "up"]);
    ok(&first);
    assert!(first.stderr.contains("0 files unchanged"), "{}", first.stderr);
    assert!(fx.path("up/graph.zgp").exists());
    // New, changed and deleted files.
    fx.write(
        "corpus/b/three.jsonl",
        "{\"id\": \"x9\", \"text\": \"北辰新材落户临江开发区。\"}\n",
    );
    let mut changed = fx.read("corpus/c/two.jsonl");
    changed.extend_from_slice("{\"id\": \"x4\", \"text\": \"云帆重工扩建项目开工。\"}\n".as_bytes());
    fx.write("corpus/c/two.jsonl", changed);
    std::fs::remove_file(fx.path("corpus/d/gbk.txt")).expect("remove");
    let second = fx.run(&["build", "corpus", "--update", "--out", "up"]);
    ok(&second);
    assert!(second.stderr.contains("2 new or changed (read)"), "{}", second.stderr);
    ok(&fx.run(&["build", "corpus", "--out", "full", "-q", "--no-discover"]));
    same_outputs(&fx, "full", "up");
    // Other analysis options: the kept analysis is not used, and says so.
    let lean = fx.run(&["build", "corpus", "--update", "--out", "up", "--max-evidence", "1"]);
    assert!(lean.stderr.contains("kept analysis not used"), "{}", lean.stderr);
    ok(&fx.run(&[
        "build",
        "corpus",
        "--out",
        "full-lean",
        "-q",
        "--no-discover",
        "--max-evidence",
        "1",
    ]));
    same_outputs(&fx, "full-lean", "up");
}

#[test]
fn shards_cut_from_different_file_lists_are_refused() {
    // Shard boundaries come from the whole file list: a file added between
    // two extracts could fall in neither shard.
    let fx = Fixture::new();
    corpus(&fx);
    ok(&extract(&fx, "1/2", "p1.zgp", &[]));
    fx.write(
        "corpus/b/late.jsonl",
        "{\"id\": \"late\", \"text\": \"云帆重工落户临江开发区。\"}\n",
    );
    ok(&extract(&fx, "2/2", "p2.zgp", &[]));
    let run = fx.run(&["merge", "p1.zgp", "p2.zgp", "--out", "o"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("another list of files"), "{}", run.stderr);
}

#[test]
fn update_from_other_inputs_reads_everything_again() {
    // Regression: the same file under another input has another document id
    // (`x.txt` from corpus/a, `a/x.txt` from corpus), so its kept analysis
    // cannot be replayed.
    let fx = Fixture::new();
    corpus(&fx);
    ok(&fx.run(&["build", "corpus/a", "--update", "--out", "up", "-q"]));
    let run = fx.run(&["build", "corpus", "--update", "--out", "up"]);
    ok(&run);
    assert!(run.stderr.contains("made from other inputs"), "{}", run.stderr);
    ok(&fx.run(&["build", "corpus", "--out", "full", "-q", "--no-discover"]));
    same_outputs(&fx, "full", "up");
}

/// Every output but the query cache is the same bytes; a spilled build
/// writes no cache and leaves no temporary file.
/// Every output of a spilled build is the same bytes as the single one's;
/// the query cache is there only when `cached` (it fit in the budget).
fn same_outputs_spilled(fx: &Fixture, single: &str, spilled: &str, cached: bool) {
    for file in OUTPUTS.iter().filter(|f| cached || **f != "graph.json.zgc") {
        assert!(
            fx.read(&format!("{single}/{file}")) == fx.read(&format!("{spilled}/{file}")),
            "{file} differs between {single} and {spilled}"
        );
    }
    assert_eq!(fx.path(&format!("{spilled}/graph.json.zgc")).exists(), cached);
    assert_eq!(fx.temp_files(spilled), Vec::<String>::new());
}

#[test]
fn spilling_edges_past_the_memory_budget_changes_no_byte() {
    let fx = Fixture::new();
    corpus(&fx);
    // A budget of one byte spills after every document: the most runs, and
    // every edge merged across them.
    for extra in [
        &[][..],
        &["--top-edges", "1", "--min-weight", "1", "--weight", "pmi"][..],
        &[
            "--max-docs",
            "1",
            "--max-evidence",
            "1",
            "--communities",
            "label-propagation",
        ][..],
        &["--no-fold-reposts", "--communities", "none"][..],
    ] {
        let mut args = vec!["build", "corpus", "--out", "single", "-q", "--memory", "none"];
        args.extend_from_slice(extra);
        let single = fx.run(&args);
        ok(&single);
        let mut args = vec!["build", "corpus", "--out", "spilled", "--memory", "1"];
        args.extend_from_slice(extra);
        let spilled = fx.run(&args);
        assert_eq!(spilled.code, single.code, "{extra:?}: {spilled:?}");
        assert!(
            spilled.stderr.contains("edges outgrew --memory: spilled")
                && spilled.stderr.contains("no query cache written"),
            "{extra:?}: {}",
            spilled.stderr
        );
        same_outputs_spilled(&fx, "single", "spilled", false);
        let _ = std::fs::remove_dir_all(fx.path("spilled"));
    }
    // Shards merged under the same budget.
    fx.run(&["build", "corpus", "--out", "single", "-q", "--no-discover"]);
    for k in 1..=3 {
        ok(&extract(&fx, &format!("{k}/3"), &format!("parts/{k}.zgp"), &[]));
    }
    let merged = fx.run(&[
        "merge",
        "parts/1.zgp",
        "parts/2.zgp",
        "parts/3.zgp",
        "--out",
        "merged",
        "-q",
        "--memory",
        "1",
    ]);
    ok(&merged);
    same_outputs_spilled(&fx, "single", "merged", false);
    // And `build --update`, first run and second.
    for _ in 0..2 {
        ok(&fx.run(&["build", "corpus", "--update", "--out", "upd", "-q", "--memory", "1"]));
        same_outputs_spilled(&fx, "single", "upd", false);
    }
    // Queries read the spilled build's graph, and make its cache.
    let single = fx.run(&["neighbors", "cluster:biomedicine", "--graph", "single/graph.json"]);
    let spilled = fx.run(&["neighbors", "cluster:biomedicine", "--graph", "merged/graph.json"]);
    assert_eq!(spilled.code, 0, "{spilled:?}");
    assert_eq!(spilled.stdout, single.stdout);
}

#[test]
fn a_spilled_build_writes_the_query_cache_when_it_fits_the_budget() {
    let fx = Fixture::new();
    corpus(&fx);
    ok(&fx.run(&["build", "corpus", "--out", "single", "-q", "--memory", "none"]));
    let graph: serde_json::Value = serde_json::from_slice(&fx.read("single/graph.json")).expect("graph.json");
    let edges = graph["edges"].as_array().expect("edges").len();
    assert!(edges > 100, "a corpus with edges to spill: {edges}");
    // The cache's index (64 bytes an edge) just fits; the reducer's edges,
    // several hundred bytes each, do not, so the build spills.
    let budget = (edges * 64).to_string();
    let spilled = fx.run(&["build", "corpus", "--out", "spilled", "--memory", &budget]);
    ok(&spilled);
    assert!(
        spilled.stderr.contains("edges outgrew --memory: spilled") && !spilled.stderr.contains("no query cache"),
        "{}",
        spilled.stderr
    );
    same_outputs_spilled(&fx, "single", "spilled", true);
    // One byte less, and the cache is left to the first query.
    let budget = (edges * 64 - 1).to_string();
    let over = fx.run(&["build", "corpus", "--out", "over", "--memory", &budget]);
    ok(&over);
    assert!(over.stderr.contains("no query cache written"), "{}", over.stderr);
    same_outputs_spilled(&fx, "single", "over", false);
    // The query reads through the cache, and answers as the single build does.
    for graph in ["single", "spilled", "over"] {
        let answer = fx.run(&[
            "neighbors",
            "cluster:biomedicine",
            "--graph",
            &format!("{graph}/graph.json"),
        ]);
        assert_eq!(answer.code, 0, "{answer:?}");
        assert_eq!(
            answer.stdout,
            fx.run(&["neighbors", "cluster:biomedicine", "--graph", "single/graph.json"])
                .stdout
        );
    }
    assert!(fx.read("over/graph.json.zgc") == fx.read("single/graph.json.zgc"));
}

#[test]
fn the_next_run_removes_what_a_killed_run_left() {
    let fx = Fixture::new();
    corpus(&fx);
    ok(&fx.run(&["build", "corpus", "--out", "clean", "-q"]));
    // What a run killed while spilling and writing leaves: runs, the edge
    // file, a file being written. Other hidden files are not ours to remove,
    // nor is an old output a run killed while renaming had moved aside.
    for name in [
        ".zonegraph-run-a1b2c3.tmp",
        ".zonegraph-edges-d4e5f6.tmp",
        ".zonegraph-Xy12Z9.tmp",
        ".zonegraph-old-Q1w2E3/graph.json",
        ".keep",
    ] {
        fx.write(&format!("out/{name}"), "left behind");
    }
    let run = fx.run(&["build", "corpus", "--out", "out", "-q"]);
    ok(&run);
    assert!(
        run.stderr
            .contains("removed 3 temporary files that an interrupted run left in"),
        "{}",
        run.stderr
    );
    assert_eq!(fx.temp_files("out"), Vec::<String>::new());
    assert!(fx.path("out/.zonegraph-old-Q1w2E3/graph.json").exists() && fx.path("out/.keep").exists());
    same_outputs(&fx, "clean", "out");
    // Nothing left, nothing said.
    let again = fx.run(&["build", "corpus", "--out", "out", "-q"]);
    assert!(!again.stderr.contains("removed"), "{}", again.stderr);
}

#[test]
fn a_folder_another_run_is_writing_to_is_refused() {
    let fx = Fixture::new();
    corpus(&fx);
    std::fs::create_dir_all(fx.path("out")).expect("out/");
    // The lock a running build holds: an exclusive flock on the folder.
    let held = common::FolderLock::hold(&fx.path("out"), true);
    for args in [
        &["build", "corpus", "--out", "out", "-q"][..],
        &["build", "corpus", "--out", "out", "--memory", "1"][..],
    ] {
        let run = fx.run(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(
            run.stderr.contains("another zonegraph run is writing to this folder"),
            "{}",
            run.stderr
        );
        assert!(fx.entries("out").is_empty(), "{args:?}: {:?}", fx.entries("out"));
    }
    drop(held);
    ok(&fx.run(&["build", "corpus", "--out", "out", "-q"]));
    assert!(fx.path("out/graph.json").exists());
}

#[test]
fn writers_of_a_file_share_a_folder_but_not_with_a_build() {
    let fx = Fixture::new();
    corpus(&fx);
    ok(&fx.run(&["build", "corpus", "--out", "out", "-q"]));
    let export = |to: &str| {
        fx.run(&[
            "export",
            "--graph",
            "out/graph.json",
            "--format",
            "graphml",
            "--out",
            &format!("out/{to}"),
        ])
    };
    // A shared hold, as a running export or extract has: others share it,
    // a build does not.
    let shared = common::FolderLock::hold(&fx.path("out"), false);
    assert_eq!(export("copy.graphml").code, 0);
    ok(&extract(&fx, "1/2", "out/1.zgp", &[]));
    let build = fx.run(&["build", "corpus", "--out", "out", "-q"]);
    assert_eq!(build.code, 2, "{build:?}");
    assert!(build.stderr.contains("another zonegraph run"), "{}", build.stderr);
    drop(shared);
    // An exclusive hold, as a running build has: no one writes beside it.
    let _held = common::FolderLock::hold(&fx.path("out"), true);
    for run in [export("other.graphml"), extract(&fx, "2/2", "out/2.zgp", &[])] {
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains("another zonegraph run"), "{}", run.stderr);
    }
    assert!(!fx.path("out/other.graphml").exists() && !fx.path("out/2.zgp").exists());
    // A query still answers; it only leaves its cache for later.
    std::fs::remove_file(fx.path("out/graph.json.zgc")).expect("remove cache");
    let query = fx.run(&["neighbors", "cluster:biomedicine", "--graph", "out/graph.json"]);
    assert_eq!(query.code, 0, "{query:?}");
    assert!(
        query.stderr.contains("could not write the query cache"),
        "{}",
        query.stderr
    );
    assert!(!fx.path("out/graph.json.zgc").exists());
}

#[test]
fn a_memory_budget_that_is_not_a_size_is_refused() {
    let fx = Fixture::new();
    corpus(&fx);
    for bad in ["lots", "2X", "1.5.3G"] {
        let run = fx.run(&["build", "corpus", "--out", "o", "--memory", bad]);
        assert_eq!(run.code, 2, "{bad}: {run:?}");
        assert!(run.stderr.contains("--memory"), "{bad}: {}", run.stderr);
        assert!(fx.entries("o").is_empty(), "{bad}: nothing written");
    }
}

/// Regression: a folder lock held and released by the test process itself
/// could stay held a moment after its release while another thread started
/// a child (see [`common::FolderLock`]); one test failed so. A lock held by
/// another process is free once that process is gone, whatever this one is
/// starting meanwhile.
#[test]
fn a_released_folder_lock_is_free_at_once_while_children_start() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let fx = Fixture::new();
    std::fs::create_dir_all(fx.path("out")).expect("create out/");
    let stop = AtomicBool::new(false);
    let refused = std::thread::scope(|s| {
        s.spawn(|| {
            while !stop.load(Ordering::Relaxed) {
                fx.run(&["--version"]);
            }
        });
        let mut refused = Vec::new();
        for round in 0..30 {
            drop(common::FolderLock::hold(&fx.path("out"), true));
            let probe = std::fs::File::open(fx.path("out")).expect("open out/");
            if probe.try_lock().is_err() {
                refused.push(round);
            }
        }
        stop.store(true, Ordering::Relaxed);
        refused
    });
    assert_eq!(
        refused,
        Vec::<usize>::new(),
        "rounds whose released lock was still held"
    );
}
