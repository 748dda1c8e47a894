//! `zonegraph dict check`: dictionary QA.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use zonegraph::corpus;
use zonegraph::dict::check::{Finding, check};
use zonegraph::matcher::Matcher;
use zonegraph::normalize::normalize;

use super::report;
use crate::Outcome;
use crate::args::DictSelection;

/// Work with dictionaries.
#[derive(Args, Debug)]
pub struct DictArgs {
    #[command(subcommand)]
    pub command: DictCommand,
}

#[derive(Subcommand, Debug)]
pub enum DictCommand {
    Check(CheckArgs),
}

/// Load the dictionaries and report what will not match as intended.
///
/// Load errors (bad header, duplicate id, empty name, malformed attribute,
/// unknown id in a relation) are warnings with file and line and make the exit
/// code 1. Findings are printed one per line and do not change the exit code:
///   shared     a written form claimed by two entities (the first wins)
///   redundant  forms of one entity that normalise to the same key
///   hidden     a form inside a longer form of another entity
///   unmatched  an entity that never matches the --corpus
///
/// Examples:
///   zonegraph dict check
///   zonegraph dict check --dict my_dicts/ --corpus news/ --json
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct CheckArgs {
    #[command(flatten)]
    pub dicts: DictSelection,
    /// Also list entities that never match this corpus.
    #[arg(long, value_name = "PATH")]
    pub corpus: Vec<PathBuf>,
    /// Print JSON for scripts.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: DictArgs) -> anyhow::Result<Outcome> {
    let DictCommand::Check(args) = args.command;
    let mut problems = Vec::new();
    let zonegraph::pipeline::Resources { dict, rules, .. } =
        zonegraph::pipeline::Resources::load(&args.dicts.paths(), &args.dicts.resource_paths(), &mut problems)?;
    let matched = if args.corpus.is_empty() {
        None
    } else {
        let matcher = Matcher::new(&dict);
        let mut seen = BTreeSet::new();
        for source in corpus::sources(&args.corpus, &[], &mut problems)? {
            for doc in corpus::read_source(&source, &corpus::ReadOptions::default(), &mut problems).unwrap_or_default()
            {
                let norm = normalize(&doc.pieces);
                seen.extend(
                    matcher
                        .find(&norm.text.to_ascii_lowercase())
                        .iter()
                        .filter_map(|m| m.entity()),
                );
            }
        }
        Some(seen)
    };
    let findings = check(&dict, matched.as_ref());
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({
                "entities": dict.entities.len(),
                "relations": dict.relations.len(),
                "rules": rules.rules.len(),
                "files": dict.files,
                "problems": problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
                "findings": findings,
            }),
        )?;
        writeln!(out)?;
    } else {
        for f in &findings {
            writeln!(out, "{f}")?;
        }
        let count = |kind: fn(&Finding) -> bool| findings.iter().filter(|f| kind(f)).count();
        writeln!(
            out,
            "{} entities, {} relations, {} rules in {} files: {} shared, {} redundant, {} hidden, {} unmatched, {} load problems",
            dict.entities.len(),
            dict.relations.len(),
            rules.rules.len(),
            dict.files.len() + rules.files.len(),
            count(|f| matches!(f, Finding::SharedKey { .. })),
            count(|f| matches!(f, Finding::RedundantForms { .. })),
            count(|f| matches!(f, Finding::Hidden { .. })),
            count(|f| matches!(f, Finding::NeverMatched { .. })),
            problems.len()
        )?;
    }
    Ok(report(&problems))
}
