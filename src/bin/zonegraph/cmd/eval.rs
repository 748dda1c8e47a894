//! `zonegraph eval`: score a build against a gold annotation.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use zonegraph::eval::{
    EvalOptions, Gold, Miss, RelationMiss, Score, check_figures, score_entities, score_mentions, score_relations,
};
use zonegraph::export::json::MentionRecord;
use zonegraph::graph::KnowledgeGraph;

use crate::Outcome;
use crate::args::GraphArg;
use crate::table::write_table;

/// Score the mentions of a build against a gold folder (the layout of
/// shared/eval/seeds; see the README). Mentions count when document, byte
/// span and type match (strict); "linked" also needs the entity to share a
/// canonical name or alias with the gold entity.
///
/// Examples:
///   zonegraph build ../shared/seeds && zonegraph eval --gold ../shared/eval/seeds
///   zonegraph eval --gold gold/ --ignore-surface 开发区 --errors
///   zonegraph eval --gold gold/ --json
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct EvalArgs {
    /// Gold folder with entities.tsv and mentions.tsv (uncertain.tsv optional).
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Mentions to score; by default mentions.jsonl beside --graph.
    #[arg(long, value_name = "PATH")]
    pub mentions: Option<PathBuf>,
    /// Leave gold mentions and predictions with this exact surface out (repeatable).
    #[arg(long, value_name = "TEXT")]
    pub ignore_surface: Vec<String>,
    /// List missed and spurious mentions and relations.
    #[arg(long)]
    pub errors: bool,
    /// Also score curated relations from the dictionaries (origin = dictionary).
    #[arg(long)]
    pub with_dictionary: bool,
    /// Score only discovered nodes in the entity table (after `build --discover`).
    #[arg(long)]
    pub discovered_only: bool,
    /// Print JSON for scripts.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub graph: GraphArg,
}

pub fn run(args: EvalArgs) -> anyhow::Result<Outcome> {
    let gold = Gold::load(&args.gold)?;
    let kg = KnowledgeGraph::load(&args.graph.graph)?;
    let mentions_path = args
        .mentions
        .unwrap_or_else(|| args.graph.graph.with_file_name("mentions.jsonl"));
    let text =
        std::fs::read_to_string(&mentions_path).with_context(|| format!("reading {}", mentions_path.display()))?;
    let mut predicted = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let m: MentionRecord = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a mention record", mentions_path.display(), i + 1))?;
        predicted.push(m);
    }
    let options = EvalOptions {
        ignore_surfaces: args.ignore_surface,
        with_dictionary: args.with_dictionary,
    };
    let report = score_mentions(&gold, &predicted, &kg, &options);
    let relations = score_relations(&gold, &kg, &options);
    let entities = score_entities(&gold, &kg, args.discovered_only);
    let figures = check_figures(&gold, &kg);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({ "mentions": report, "relations": relations, "entities": entities, "figures": figures }),
        )?;
        writeln!(out)?;
        return Ok(Outcome::Clean);
    }
    let row = |name: &str, kind: &str, s: &Score| {
        vec![
            name.to_string(),
            kind.to_string(),
            s.gold.to_string(),
            s.predicted.to_string(),
            s.correct.to_string(),
            format!("{:.3}", s.precision),
            format!("{:.3}", s.recall),
            format!("{:.3}", s.f1),
        ]
    };
    let mut rows = Vec::new();
    for (t, s) in &report.span_type {
        rows.push(row(t, "span+type", s));
        rows.push(row(t, "linked", &report.linked[t]));
    }
    let header = |first: &'static str| [first, "match", "gold", "predicted", "correct", "P", "R", "F1"];
    writeln!(out, "mentions")?;
    write_table(&mut out, &header("type"), &rows)?;
    let rows: Vec<Vec<String>> = relations.scores.iter().map(|(r, s)| row(r, "triple", s)).collect();
    writeln!(out, "\nrelations")?;
    write_table(&mut out, &header("relation"), &rows)?;
    let rows: Vec<Vec<String>> = entities.scores.iter().map(|(t, s)| row(t, "name", s)).collect();
    writeln!(
        out,
        "\nentities{}",
        if args.discovered_only {
            " (discovered nodes only)"
        } else {
            ""
        }
    )?;
    write_table(&mut out, &header("type"), &rows)?;
    if !figures.is_empty() {
        let found = figures.iter().filter(|f| f.found).count();
        writeln!(
            out,
            "\nfigures: {found} of {} gold investments read with the right value and unit",
            figures.len()
        )?;
        for f in figures.iter().filter(|f| !f.found) {
            writeln!(out, "  missed {} {} ({} = {})", f.entity, f.gold, f.key, f.value)?;
        }
    }
    if args.errors {
        list(&mut out, "missed entities", entities.missed.iter().cloned())?;
        list(&mut out, "spurious entities", entities.spurious.iter().cloned())?;
        let relation_line = |m: &RelationMiss| {
            format!(
                "{} {} -[{}]-> {}{}",
                m.file,
                m.head,
                m.relation,
                m.tail,
                origin_note(&m.origin)
            )
        };
        let mention_line = |m: &Miss| {
            format!(
                "{}:{}-{} {} {} ({})",
                m.file, m.start, m.end, m.etype, m.surface, m.entity
            )
        };
        list(&mut out, "missed relations", relations.missed.iter().map(relation_line))?;
        list(
            &mut out,
            "spurious relations",
            relations.spurious.iter().map(relation_line),
        )?;
        list(&mut out, "missed", report.missed.iter().map(mention_line))?;
        list(&mut out, "spurious", report.spurious.iter().map(mention_line))?;
    }
    Ok(Outcome::Clean)
}

fn origin_note(origin: &str) -> String {
    if origin.is_empty() {
        String::new()
    } else {
        format!("  ({origin})")
    }
}

/// A titled list with its length: "\nmissed (3)" then one indented line each.
fn list(out: &mut dyn Write, title: &str, lines: impl ExactSizeIterator<Item = String>) -> std::io::Result<()> {
    writeln!(out, "\n{title} ({})", lines.len())?;
    for line in lines {
        writeln!(out, "  {line}")?;
    }
    Ok(())
}
