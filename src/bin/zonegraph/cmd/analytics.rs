//! Analytics commands: `top`, `communities`, `path`.
//!
//! They see the graph as undirected and weighted ("who is connected to
//! whom"), optionally through some relations only.

use std::io::Write;

use clap::{Args, ValueEnum};
use zonegraph::export::AtomicFiles;
use zonegraph::graph::KnowledgeGraph;
use zonegraph::query::community::{Algorithm, communities, members, modularity};
use zonegraph::query::path::shortest_paths;
use zonegraph::query::rank::{Filter, Measure, rank};
use zonegraph::query::resolve;

use crate::Outcome;
use crate::args::GraphArg;
use crate::table::{write_table, write_tsv};

/// Which edges the analytics walk.
#[derive(Args, Debug, Clone)]
pub struct AnalyticsFilter {
    /// Only edges of this relation (repeatable).
    #[arg(long = "relation", value_name = "RELATION")]
    pub relations: Vec<String>,
    /// Only edges at least this heavy.
    #[arg(long, value_name = "W", default_value_t = 0.0)]
    pub min_weight: f64,
}

impl AnalyticsFilter {
    pub fn filter(&self) -> Filter {
        Filter {
            relations: self.relations.clone(),
            min_weight: self.min_weight,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Table,
    Json,
    Tsv,
}

/// Output format flags shared by the query commands.
#[derive(Args, Debug, Clone)]
pub struct QueryFormat {
    /// Print JSON for scripts.
    #[arg(long, conflicts_with = "tsv")]
    pub json: bool,
    /// Print tab-separated values with a header row.
    #[arg(long)]
    pub tsv: bool,
}

impl QueryFormat {
    pub fn format(&self) -> TableFormat {
        match (self.json, self.tsv) {
            (true, _) => TableFormat::Json,
            (_, true) => TableFormat::Tsv,
            _ => TableFormat::Table,
        }
    }
}

fn print_rows(
    format: TableFormat,
    headers: &[&str],
    rows: &[Vec<String>],
    json: serde_json::Value,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        TableFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &json)?;
            writeln!(out)?;
        }
        TableFormat::Tsv => write_tsv(&mut out, headers, rows)?,
        TableFormat::Table => write_table(&mut out, headers, rows)?,
    }
    Ok(())
}

/// Rank entities by degree, weighted degree, PageRank, betweenness or
/// eigenvector centrality (over the undirected, weighted graph).
///
/// Examples:
///   zonegraph top --by pagerank --n 20
///   zonegraph top --by betweenness --type company
///   zonegraph top --by weighted-degree --relation co_occurs --tsv
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct TopArgs {
    /// degree, weighted-degree, pagerank, betweenness or eigenvector.
    #[arg(long, value_name = "MEASURE", default_value = "degree", value_parser = parse_measure)]
    pub by: Measure,
    /// Only list entities of this type (repeatable); the ranking is over the whole graph.
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// How many to list.
    #[arg(long, short, value_name = "N", default_value_t = 20)]
    pub n: usize,
    #[command(flatten)]
    pub filter: AnalyticsFilter,
    #[command(flatten)]
    pub format: QueryFormat,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn parse_measure(s: &str) -> Result<Measure, String> {
    Measure::from_name(s).ok_or_else(|| format!("{s:?}: degree, weighted-degree, pagerank, betweenness or eigenvector"))
}

pub fn top(args: TopArgs) -> anyhow::Result<Outcome> {
    let kg = KnowledgeGraph::load(&args.graph.graph)?;
    let mut ranked = rank(&kg, args.by, &args.filter.filter())?;
    ranked.retain(|r| args.types.is_empty() || args.types.contains(&r.etype));
    ranked.truncate(args.n);
    let rows: Vec<Vec<String>> = ranked
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                (i + 1).to_string(),
                format!("{:.6}", r.score),
                r.etype.clone(),
                r.label.clone(),
                r.id.clone(),
            ]
        })
        .collect();
    let json = serde_json::json!({ "measure": args.by.name(), "ranking": ranked });
    print_rows(
        args.format.format(),
        &["rank", args.by.name(), "type", "name", "id"],
        &rows,
        json,
    )?;
    Ok(Outcome::Clean)
}

/// Find communities (Louvain by default, or label propagation) and list
/// them; `--write` stores each node's community in the graph file, so that
/// every export carries it.
///
/// Examples:
///   zonegraph communities
///   zonegraph communities --algorithm label-propagation --seed 7 --json
///   zonegraph communities --relation co_occurs --write && zonegraph export --format gexf --out kg.gexf
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct CommunitiesArgs {
    /// louvain or label-propagation.
    #[arg(long, value_name = "ALGORITHM", default_value = "louvain", value_parser = parse_algorithm)]
    pub algorithm: Algorithm,
    /// Seed for the visiting order (0: id order); the same seed gives the same communities.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Store the community of each node in the graph file (attribute `community`).
    #[arg(long)]
    pub write: bool,
    #[command(flatten)]
    pub filter: AnalyticsFilter,
    #[command(flatten)]
    pub format: QueryFormat,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn parse_algorithm(s: &str) -> Result<Algorithm, String> {
    Algorithm::from_name(s).ok_or_else(|| format!("{s:?}: louvain or label-propagation"))
}

pub fn run_communities(args: CommunitiesArgs) -> anyhow::Result<Outcome> {
    let mut kg = KnowledgeGraph::load(&args.graph.graph)?;
    let filter = args.filter.filter();
    let membership = communities(&kg, &filter, args.algorithm, args.seed);
    let q = modularity(&kg, &filter, &membership);
    let groups = members(&kg, &membership);
    let rows: Vec<Vec<String>> = groups
        .iter()
        .enumerate()
        .map(|(c, nodes)| {
            let labels: Vec<&str> = nodes.iter().take(8).map(|&i| kg.graph[i].label.as_str()).collect();
            let more = if nodes.len() > 8 {
                format!(" … (+{})", nodes.len() - 8)
            } else {
                String::new()
            };
            vec![
                c.to_string(),
                nodes.len().to_string(),
                format!("{}{more}", labels.join("、")),
            ]
        })
        .collect();
    let json = serde_json::json!({
        "algorithm": args.algorithm.name(),
        "seed": args.seed,
        "modularity": q,
        "communities": groups.iter().map(|nodes| nodes.iter().map(|&i| kg.graph[i].id.clone()).collect::<Vec<_>>()).collect::<Vec<_>>(),
    });
    if args.format.format() == TableFormat::Table {
        println!(
            "{} communities, modularity {q:.4} ({}, seed {})\n",
            groups.len(),
            args.algorithm.name(),
            args.seed
        );
    }
    print_rows(args.format.format(), &["community", "size", "members"], &rows, json)?;
    if args.write {
        for (i, c) in kg.graph.node_indices().zip(&membership) {
            kg.graph[i]
                .attributes
                .insert("community".into(), serde_json::Value::from(*c));
        }
        let _held = zonegraph::export::OutLock::share_for(&args.graph.graph)?;
        let mut files = AtomicFiles::default();
        zonegraph::cache::write_graph(&mut files, &args.graph.graph, &kg, !args.graph.no_cache)?;
        files.commit()?;
        eprintln!("zonegraph: wrote communities into {}", args.graph.graph.display());
    }
    Ok(Outcome::Clean)
}

/// Shortest paths (by hops) between two entities, with the evidence for
/// each hop.
///
/// Examples:
///   zonegraph path 中集集团 港开
///   zonegraph path 华能 新材料 --relation member_of --relation focuses_on --relation owns
///   zonegraph path zone:haimen-etdz cluster:biomedicine --json
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct PathArgs {
    /// Start: name, alias or id.
    pub from: String,
    /// End: name, alias or id.
    pub to: String,
    /// At most this many paths of the shortest length.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_paths: usize,
    #[command(flatten)]
    pub filter: AnalyticsFilter,
    /// Print JSON for scripts.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn path(args: PathArgs) -> anyhow::Result<Outcome> {
    let kg = KnowledgeGraph::load(&args.graph.graph)?;
    let (from, to) = (resolve(&kg, &args.from)?, resolve(&kg, &args.to)?);
    let paths = shortest_paths(&kg, from, to, &args.filter.filter(), args.max_paths);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({ "from": kg.graph[from].id, "to": kg.graph[to].id, "paths": paths }),
        )?;
        writeln!(out)?;
        return Ok(Outcome::Clean);
    }
    let label = |id: &str| kg.node_index(id).map_or(id.to_string(), |i| kg.graph[i].label.clone());
    if paths.is_empty() {
        writeln!(out, "no path from {} to {}", kg.graph[from].label, kg.graph[to].label)?;
        return Ok(Outcome::Clean);
    }
    for (n, steps) in paths.iter().enumerate() {
        writeln!(out, "path {} ({} hops)", n + 1, steps.len())?;
        for step in steps {
            writeln!(out, "  {} → {}", label(&step.from), label(&step.to))?;
            for hop in &step.edges {
                writeln!(
                    out,
                    "    {} -[{} w={} {}]-> {}",
                    hop.source, hop.relation, hop.weight, hop.origin, hop.target
                )?;
                if let Some(e) = hop.evidence.first() {
                    writeln!(out, "      {}:{}-{}  {}", e.doc, e.start, e.end, e.text)?;
                }
            }
        }
    }
    Ok(Outcome::Clean)
}
