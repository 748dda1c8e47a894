//! Fixtures for the CLI tests: a temporary folder that holds a tiny corpus
//! and dictionary of its own, the binary run inside it, and readers for what
//! the binary wrote.
//!
//! Commands run with the fixture folder as their current directory, so paths
//! in arguments and in messages are short and predictable (`corpus/a.txt`).

use std::io::BufRead;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// A lock on a folder, held by another process (util-linux `flock`) as a
/// running zonegraph holds it; dropped, that process is told to exit and
/// waited for, so the lock is free when the drop returns.
///
/// Not held in the test process itself: a child that another test thread is
/// starting holds copies of this process's open files until its exec closes
/// them, so a lock released here could still be held a moment later. A test
/// failed once that way; a probe (one thread starting `true` in a loop,
/// another locking, closing and relocking a folder) saw 3,134 of 20,000
/// relocks refused; and making every release wait until no spawn was under
/// way still left 180 of 13,153 refused in CI, as if the parent went on a
/// moment before the child's copies were closed.
#[allow(dead_code)] // the shards tests hold folder locks; the CLI tests do not
pub struct FolderLock {
    holder: std::process::Child,
}

#[allow(dead_code)]
impl FolderLock {
    pub fn hold(dir: &Path, exclusive: bool) -> FolderLock {
        let mut holder = std::process::Command::new("flock")
            .arg(if exclusive { "--exclusive" } else { "--shared" })
            .arg(dir)
            .args(["-c", "echo held; read _"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("flock, from util-linux");
        let mut line = String::new();
        let stdout = holder.stdout.as_mut().expect("flock's stdout is piped");
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read from flock");
        assert_eq!(line, "held\n", "flock did not take the lock on {}", dir.display());
        FolderLock { holder }
    }
}

impl Drop for FolderLock {
    fn drop(&mut self) {
        drop(self.holder.stdin.take());
        let _ = self.holder.wait();
    }
}

/// The files a build writes.
pub const OUTPUTS: [&str; 9] = [
    "graph.json",
    "graph.json.zgc",
    "mentions.jsonl",
    "graph.graphml",
    "graph.dot",
    "graph.gexf",
    "nodes.csv",
    "relationships.csv",
    "load.cypher",
];

/// A small dictionary of invented names.
pub const ENTITIES_TSV: &str = "\
# 临江测试词典：园区、企业、产业与项目
id\ttype\tname\taliases\tattributes
zone:linjiang-edz\tzone\t临江经济开发区\t临开|临江开发区\tlevel=provincial; established=2003
company:yunfan\tcompany\t江苏云帆重工有限公司\t云帆重工\tzone=zone:linjiang-edz
company:beichen\tcompany\t北辰新材料科技有限公司\t北辰新材\t
cluster:biomed\tcluster\t生物医药\t生物医药产业\t
project:yunfan-h\tproject\t云帆H级燃机项目\t\towner=company:yunfan; investment_cny=4000000000
";

/// One curated relation between the entities above.
pub const RELATIONS_TSV: &str = "\
head\trelation\ttail\tnote
company:yunfan\towns\tproject:yunfan-h\t自建项目
";

/// Exit code, stdout and stderr of one run.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from_output(out: std::process::Output) -> Run {
        Run {
            code: out.status.code().expect("the process exited with a code"),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        }
    }
}

pub struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// An empty folder.
    pub fn new() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A folder with the dictionary above in `dict/`.
    pub fn with_dict() -> Fixture {
        let fx = Fixture::new();
        fx.write("dict/entities.tsv", ENTITIES_TSV);
        fx.write("dict/relations.tsv", RELATIONS_TSV);
        fx
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    /// Write a file, creating its folders.
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().expect("a parent folder")).expect("mkdir");
        std::fs::write(&path, contents).expect("write fixture");
        path
    }

    pub fn read(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.path(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
    }

    pub fn read_string(&self, rel: &str) -> String {
        String::from_utf8(self.read(rel)).expect("UTF-8")
    }

    /// Every output of two builds, byte for byte (`why` says what differs
    /// between them).
    pub fn assert_same_outputs(&self, a: &str, b: &str, why: &str) {
        for file in OUTPUTS {
            let (x, y) = (self.read(&format!("{a}/{file}")), self.read(&format!("{b}/{file}")));
            assert!(!x.is_empty(), "{a}/{file} is empty");
            assert!(x == y, "{file} differs {why}");
        }
    }

    /// Run `zonegraph ARGS` in the fixture folder.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, "")
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let out = Command::cargo_bin("zonegraph")
            .expect("the zonegraph binary")
            .current_dir(self.root())
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("run zonegraph");
        Run::from_output(out)
    }

    /// `zonegraph build INPUTS --dict dict --rules dict --out OUT -q EXTRA`:
    /// the fixture's own dictionary and rules only.
    pub fn build(&self, inputs: &[&str], out: &str, extra: &[&str]) -> Run {
        let mut args = vec!["build"];
        args.extend_from_slice(inputs);
        args.extend_from_slice(&["--dict", "dict", "--rules", "dict", "--out", out, "-q"]);
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// A build that must succeed without warnings.
    pub fn build_ok(&self, inputs: &[&str], out: &str) {
        let run = self.build(inputs, out, &[]);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    }

    pub fn graph(&self, out: &str) -> Value {
        let text = self.read_string(&format!("{out}/graph.json"));
        serde_json::from_str(&text).expect("graph.json is JSON")
    }

    pub fn mentions(&self, out: &str) -> Vec<Value> {
        self.read_string(&format!("{out}/mentions.jsonl"))
            .lines()
            .map(|line| serde_json::from_str(line).expect("a mention record is JSON"))
            .collect()
    }

    /// Names in a folder that look like leftover temporary outputs.
    pub fn temp_files(&self, rel: &str) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.path(rel)) else {
            return Vec::new();
        };
        entries
            .map(|e| e.expect("dir entry").file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with(".zonegraph-") && name.ends_with(".tmp"))
            .collect()
    }

    /// Every entry in a folder (empty when it does not exist).
    pub fn entries(&self, rel: &str) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.path(rel)) else {
            return Vec::new();
        };
        let mut names: Vec<String> = entries
            .map(|e| e.expect("dir entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

/// Node ids of a graph.json value, in file order.
pub fn node_ids(graph: &Value) -> Vec<String> {
    graph["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["id"].as_str().expect("node id").to_string())
        .collect()
}

/// The edge with these ends and relation.
pub fn edge<'a>(graph: &'a Value, source: &str, relation: &str, target: &str) -> Option<&'a Value> {
    graph["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .find(|e| e["source"] == source && e["target"] == target && e["relation"] == relation)
}

/// `(source, relation, target, weight)` of every edge, in file order.
pub fn edge_list(graph: &Value) -> Vec<(String, String, String, f64)> {
    graph["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| {
            (
                e["source"].as_str().expect("source").to_string(),
                e["relation"].as_str().expect("relation").to_string(),
                e["target"].as_str().expect("target").to_string(),
                e["weight"].as_f64().expect("weight"),
            )
        })
        .collect()
}
