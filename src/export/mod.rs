//! Export stage: write the graph in the formats users open it with.
//!
//! Each format is a small wrapper type with a `to_writer` method, so it can
//! write to a file, to stdout, or to a `Vec<u8>` in a test. Files are written
//! atomically: every output goes to a temporary file in the output folder, and
//! only when all of them are complete are they renamed into place, so a
//! failed run never leaves a half-written file.

pub mod dot;
pub mod graphml;
pub mod json;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Files written together: all of them appear, or none.
#[derive(Default)]
pub struct AtomicFiles {
    pending: Vec<(tempfile::NamedTempFile, PathBuf)>,
}

impl AtomicFiles {
    /// Write one file's content to a temporary file beside its final path.
    pub fn write(
        &mut self,
        path: &Path,
        content: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut tmp = tempfile::Builder::new()
            .prefix(".zonegraph-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?;
        {
            let mut w = BufWriter::new(tmp.as_file_mut());
            content(&mut w).map_err(|e| Error::io(path, e))?;
            w.flush().map_err(|e| Error::io(path, e))?;
        }
        tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
        self.pending.push((tmp, path.to_path_buf()));
        Ok(())
    }

    /// Rename every file into place.
    pub fn commit(self) -> Result<Vec<PathBuf>> {
        let mut done = Vec::new();
        for (tmp, path) in self.pending {
            tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
            done.push(path);
        }
        Ok(done)
    }
}

/// Flatten a list for formats whose values must be scalar.
pub(crate) fn join_evidence(evidence: &[crate::relations::Evidence]) -> String {
    evidence
        .iter()
        .map(|e| format!("{} [{}-{}] {}", e.doc, e.start, e.end, e.text))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A two-node graph with values that need escaping, shared by the
/// exporters' exact-output tests.
#[cfg(test)]
pub(crate) fn tiny_graph() -> crate::graph::KnowledgeGraph {
    use crate::graph::{KnowledgeGraph, Meta, Node};
    use crate::relations::Evidence;
    let mut kg = KnowledgeGraph::default();
    kg.meta = Meta {
        version: "0.0.0".into(),
        ..Meta::default()
    };
    let a = kg.add_node(Node {
        id: "company:yunfan".into(),
        etype: "company".into(),
        label: "云帆\"重工\"".into(),
        aliases: vec!["云帆".into()],
        attributes: [("founded".to_string(), serde_json::Value::from(2001))].into(),
        mention_count: 2,
        doc_count: 1,
    });
    let b = kg.add_node(Node {
        id: "zone:linjiang".into(),
        etype: "zone".into(),
        label: "临江开发区".into(),
        aliases: vec![],
        attributes: [("area_km2".to_string(), serde_json::Value::from(12.5))].into(),
        mention_count: 1,
        doc_count: 1,
    });
    kg.graph.add_edge(
        a,
        b,
        crate::graph::Edge {
            relation: "co_occurs".into(),
            origin: "cooccurrence".into(),
            confidence: 1.0,
            weight: 2.0,
            count: 2,
            docs: vec!["a.txt".into()],
            evidence: vec![Evidence {
                doc: "a.txt".into(),
                start: 0,
                end: 30,
                text: "云帆落户临江开发区;A&B<C>".into(),
            }],
        },
    );
    kg
}

#[cfg(test)]
pub(crate) fn render(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> String {
    let mut buf = Vec::new();
    write(&mut buf).expect("writing to memory");
    String::from_utf8(buf).expect("exporters write UTF-8")
}
