//! `zonegraph dict check` (dictionary QA) and `zonegraph dict compile`
//! (a saved automaton for faster start-up).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Subcommand};
use zonegraph::corpus;
use zonegraph::dict::check::{Finding, check};
use zonegraph::matcher::{Engine, Matcher};
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
    Compile(CompileArgs),
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

/// Save the dictionaries' automaton, so that later runs load it instead of
/// building it.
///
/// Loads the dictionaries as `build --dict DIR...` would (with the same
/// --also-dict and --rules), builds the matcher and writes it with the SHA-256
/// of every file it came from. Runs with the same dictionaries find
/// DIR/compiled.zgm on their own (or take --compiled FILE) and use it only if
/// every file is unchanged; otherwise they warn and build from the files, with
/// the same result. Compile again after editing a dictionary.
///
/// Examples:
///   zonegraph dict compile my_dicts/
///   zonegraph dict compile my_dicts/ --out /tmp/my_dicts.zgm
///   zonegraph build news/ --dict my_dicts/
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct CompileArgs {
    /// Dictionary folders or TSV files, as with --dict (default: the bundled dictionaries/).
    #[arg(value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Dictionary folder or TSV file loaded after DIR, as with build --also-dict (repeatable).
    #[arg(long = "also-dict", value_name = "DIR")]
    pub also_dict: Vec<PathBuf>,
    /// Folder of language resources (generic references are part of the automaton), as with build --rules.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Where to write (default: compiled.zgm in the first DIR, where runs look for it).
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Matching engine to compile, as with build --engine (aho-corasick cannot be compiled).
    #[arg(long, value_name = "ENGINE", default_value = "crawdad",
          value_parser = crate::args::engine_parser(&[Engine::Crawdad, Engine::Daachorse]))]
    pub engine: Engine,
}

pub fn run(args: DictArgs) -> anyhow::Result<Outcome> {
    match args.command {
        DictCommand::Check(args) => run_check(args),
        DictCommand::Compile(args) => run_compile(args),
    }
}

fn run_compile(args: CompileArgs) -> anyhow::Result<Outcome> {
    let dicts = DictSelection {
        dict: args.dirs,
        also_dict: args.also_dict,
        rules: args.rules,
        compiled: None,
        no_compiled: true,
        engine: args.engine,
    };
    let out = match args.out {
        Some(out) => out,
        None => zonegraph::compiled::default_path(&dicts.paths()).ok_or_else(|| {
            anyhow::anyhow!("the first dictionary is not a folder: say where to write with --out FILE")
        })?,
    };
    let mut problems = Vec::new();
    let started = std::time::Instant::now();
    let dict = zonegraph::pipeline::Resources::load(&dicts.paths(), &dicts.resource_paths(), &mut problems)
        .context("loading dictionaries")?
        .dict;
    let matcher = Matcher::with_engine(&dict, dicts.engine);
    let bytes = zonegraph::compiled::write(&out, &dict, &matcher).context("writing the compiled matcher")?;
    eprintln!(
        "zonegraph: compiled {} entities from {} files into {} ({:.1} MB) in {:.1} s",
        dict.entities.len(),
        dict.files.len(),
        out.display(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(report(&problems))
}

fn run_check(args: CheckArgs) -> anyhow::Result<Outcome> {
    let mut problems = Vec::new();
    let zonegraph::pipeline::Resources { dict, rules, .. } =
        zonegraph::pipeline::Resources::load(&args.dicts.paths(), &args.dicts.resource_paths(), &mut problems)?;
    let matched = if args.corpus.is_empty() {
        None
    } else {
        let matcher = args.dicts.matcher(&dict)?;
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
                "rules": rules.rules().len(),
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
            rules.rules().len(),
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
