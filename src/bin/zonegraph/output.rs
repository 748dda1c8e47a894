//! Writing a graph in a chosen format, to a file or to stdout: shared by
//! `export`, `subgraph` and `render`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, ValueEnum};
use zonegraph::export::AtomicFiles;
use zonegraph::export::csv::{NODES_FILE, Neo4jCsvExporter, RELATIONSHIPS_FILE};
use zonegraph::export::dot::{DEFAULT_FONT, DotExporter};
use zonegraph::export::gexf::GexfExporter;
use zonegraph::export::graphml::GraphmlExporter;
use zonegraph::export::json::JsonExporter;
use zonegraph::export::render::{Engine, render};
use zonegraph::graph::KnowledgeGraph;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Graphml,
    Gexf,
    Dot,
    Json,
    /// Neo4j bulk-import files (nodes.csv, relationships.csv, load.cypher) in the --out folder.
    Csv,
    Svg,
    Png,
}

/// Where and how to write.
#[derive(Args, Debug, Clone)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Output file; standard output when not given.
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Graphviz layout for svg/png: auto (dot up to 300 edges, sfdp above), dot, sfdp, neato.
    #[arg(long, value_name = "ENGINE", default_value = "auto")]
    pub engine: String,
    /// CJK font named in DOT and pictures.
    #[arg(long, value_name = "NAME", default_value = DEFAULT_FONT)]
    pub font: String,
}

impl OutputArgs {
    /// The format: given, or from the output file's extension, or `fallback`.
    pub fn format(&self, fallback: Format) -> anyhow::Result<Format> {
        if let Some(f) = self.format {
            return Ok(f);
        }
        let ext = self.out.as_deref().and_then(Path::extension).and_then(|e| e.to_str());
        Ok(match ext {
            None => fallback,
            Some(ext) => Format::from_str(&ext.to_ascii_lowercase(), true)
                .map_err(|_| anyhow::anyhow!("cannot tell the format from .{ext}; give --format"))?,
        })
    }

    /// Write the graph.
    pub fn write(&self, kg: &KnowledgeGraph, fallback: Format) -> anyhow::Result<()> {
        let format = self.format(fallback)?;
        let engine: Engine = self.engine.parse().map_err(|e: String| anyhow::anyhow!(e))?;
        let dot = DotExporter {
            fontname: self.font.clone(),
        };
        if format == Format::Csv {
            return write_neo4j(kg, self.out.as_deref());
        }
        let bytes = match format {
            Format::Csv => unreachable!("written above"),
            Format::Gexf => to_bytes(|w| GexfExporter::default().to_writer(kg, w))?,
            Format::Graphml => to_bytes(|w| GraphmlExporter.to_writer(kg, w))?,
            Format::Dot => to_bytes(|w| dot.to_writer(kg, w))?,
            Format::Json => to_bytes(|w| JsonExporter.to_writer(kg, w))?,
            Format::Svg | Format::Png => {
                let source = to_bytes(|w| dot.to_writer(kg, w))?;
                let name = if format == Format::Svg { "svg" } else { "png" };
                render(&source, name, engine, kg.graph.edge_count())?
            }
        };
        match &self.out {
            None => {
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(&bytes)?;
                stdout.flush()?;
            }
            Some(path) => {
                let _held = zonegraph::export::OutLock::share_for(path)?;
                let mut files = AtomicFiles::default();
                files.write(path, |w| w.write_all(&bytes))?;
                files.commit().with_context(|| format!("writing {}", path.display()))?;
            }
        }
        Ok(())
    }
}

/// The Neo4j files go to a folder: nodes.csv, relationships.csv and the
/// LOAD CSV script, written together.
pub fn write_neo4j(kg: &KnowledgeGraph, dir: Option<&Path>) -> anyhow::Result<()> {
    let Some(dir) = dir else {
        anyhow::bail!("--format csv writes three files: give --out FOLDER");
    };
    let _held = zonegraph::export::OutLock::share_for(&dir.join(NODES_FILE))?;
    let mut files = AtomicFiles::default();
    files.write(&dir.join(NODES_FILE), |w| Neo4jCsvExporter.nodes_to_writer(kg, w))?;
    files.write(&dir.join(RELATIONSHIPS_FILE), |w| {
        Neo4jCsvExporter.relationships_to_writer(kg, w)
    })?;
    files.write(&dir.join("load.cypher"), |w| {
        w.write_all(Neo4jCsvExporter.cypher_script().as_bytes())
    })?;
    files.commit()?;
    Ok(())
}

fn to_bytes(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    write(&mut buf)?;
    Ok(buf)
}
