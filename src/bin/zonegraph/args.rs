//! clap definitions shared by the subcommands. Flags only describe; each
//! subcommand validates them once into its own config.

use std::path::{Path, PathBuf};

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use zonegraph::cache::GraphCache;
use zonegraph::error::Error;
use zonegraph::graph::KnowledgeGraph;
use zonegraph::matcher::Engine;

use crate::cmd;

/// Build a knowledge graph of development zones, companies, industry
/// clusters and investment projects from Chinese regional-economy news.
#[derive(Parser, Debug)]
#[command(name = "zonegraph", version, propagate_version = true)]
pub struct Cli {
    /// Rename outputs into place without waiting for them to reach the disk
    /// (fsync). They are still written whole to a temporary file first, so a
    /// failed or killed run leaves none half-written; only a crash of the
    /// machine itself could. Worth it when outputs are large: in a 200 MB
    /// build the wait for 975 MB was a quarter of the run.
    #[arg(long, global = true)]
    pub no_sync: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    // Boxed: build has many more options than the other commands.
    Build(Box<cmd::build::BuildArgs>),
    Discover(cmd::discover::DiscoverArgs),
    Neighbors(cmd::neighbors::NeighborsArgs),
    Stats(cmd::stats::StatsArgs),
    Dict(cmd::dict::DictArgs),
    Eval(cmd::eval::EvalArgs),
    Export(cmd::export::ExportArgs),
    Extract(Box<cmd::extract::ExtractArgs>),
    Merge(Box<cmd::merge::MergeArgs>),
    Subgraph(cmd::subgraph::SubgraphArgs),
    Render(cmd::render::RenderArgs),
    Top(cmd::analytics::TopArgs),
    Communities(cmd::analytics::CommunitiesArgs),
    Path(cmd::analytics::PathArgs),
}

/// Which dictionaries to load.
#[derive(Args, Debug, Clone)]
pub struct DictSelection {
    /// Dictionary folder or TSV file, instead of the bundled `dictionaries/`
    /// (repeatable).
    #[arg(long = "dict", value_name = "DIR")]
    pub dict: Vec<PathBuf>,
    /// Dictionary folder or TSV file to load in addition to the bundled ones
    /// (repeatable).
    #[arg(long = "also-dict", value_name = "DIR")]
    pub also_dict: Vec<PathBuf>,
    /// Folder of language resources: relation rules (*.toml), generic
    /// references (generic*.tsv) and discover.toml, instead of the bundled
    /// `dictionaries/` (repeatable). Such files inside --dict folders are read too.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Compiled matcher to load instead of building the automaton (default:
    /// compiled.zgm in the first dictionary folder, when there is one). Used
    /// only if compiled from exactly the files loaded; otherwise a warning
    /// and a build from the sources. See `zonegraph dict compile`.
    #[arg(long = "compiled", value_name = "FILE")]
    pub compiled: Option<PathBuf>,
    /// Build the automaton from the sources even when a compiled matcher is there.
    #[arg(long = "no-compiled", conflicts_with = "compiled")]
    pub no_compiled: bool,
    /// Matching engine: crawdad (a double-array trie walked where a name may
    /// start; several times faster to build, which makes whole builds
    /// faster), daachorse (an Aho-Corasick automaton; faster at matching
    /// itself) or aho-corasick. All find the same names. A compiled matcher
    /// is used only if it holds this engine.
    #[arg(long, value_name = "ENGINE", default_value = "crawdad",
          value_parser = engine_parser(&[Engine::Crawdad, Engine::Daachorse, Engine::AhoCorasick]))]
    pub engine: Engine,
}

/// `--engine`: one of `engines`, by name (clap lists them in the help and
/// in its error for any other value).
pub fn engine_parser(engines: &'static [Engine]) -> impl TypedValueParser<Value = Engine> {
    PossibleValuesParser::new(engines.iter().map(|e| e.name()))
        .map(|name: String| Engine::from_name(&name).expect("a listed engine"))
}

impl DictSelection {
    /// The folders to load: `--dict` or the bundled ones, then `--also-dict`.
    pub fn paths(&self) -> Vec<PathBuf> {
        let mut paths = if self.dict.is_empty() {
            vec![bundled("dictionaries")]
        } else {
            self.dict.clone()
        };
        paths.extend(self.also_dict.iter().cloned());
        paths
    }

    /// The compiled matcher file this run may use: `--compiled`, else
    /// compiled.zgm in the first dictionary folder; none with `--no-compiled`.
    pub fn compiled_path(&self) -> Option<PathBuf> {
        if self.no_compiled {
            None
        } else {
            self.compiled
                .clone()
                .or_else(|| zonegraph::compiled::default_path(&self.paths()))
        }
    }

    /// The matcher for the loaded dictionary: from the compiled file when it
    /// fits, else built. A compiled file that is stale or damaged gets one
    /// warning (the result is the same, only slower to start), and does not
    /// change the exit code. `--compiled FILE` that does not exist is an error.
    pub fn matcher(&self, dict: &zonegraph::dict::Dictionary) -> anyhow::Result<zonegraph::matcher::Matcher> {
        if let Some(path) = &self.compiled
            && !path.exists()
        {
            anyhow::bail!("--compiled {}: no such file", path.display());
        }
        let (matcher, unused) = zonegraph::compiled::load_or_build(self.compiled_path().as_deref(), dict, self.engine);
        if let Some(why) = unused {
            eprintln!(
                "zonegraph: warning: {why}; building the matcher from the dictionaries instead (run `zonegraph dict compile` to refresh it)"
            );
        }
        Ok(matcher)
    }

    /// Where rules, generic references and the discovery vocabulary come
    /// from: `--rules` or the bundled folder, then the dictionary folders.
    /// Replacing the entity dictionaries keeps the bundled language rules;
    /// `--rules` replaces them even when the bundled entity dictionaries
    /// stay, so the bundled folder then lends no language files.
    pub fn resource_paths(&self) -> Vec<PathBuf> {
        let bundled = bundled("dictionaries");
        let mut paths = if self.rules.is_empty() {
            vec![bundled.clone()]
        } else {
            self.rules.clone()
        };
        let replaced = |p: &PathBuf| *p == bundled && !self.rules.is_empty();
        for p in self.paths() {
            if !paths.contains(&p) && !replaced(&p) {
                paths.push(p);
            }
        }
        paths
    }
}

/// Which graph a query reads.
#[derive(Args, Debug, Clone)]
pub struct GraphArg {
    /// The graph to query, as written by `zonegraph build`.
    #[arg(long, value_name = "PATH", default_value = "out/graph.json")]
    pub graph: PathBuf,
    /// Read graph.json only: neither use nor write its query cache
    /// (graph.json.zgc).
    #[arg(long)]
    pub no_cache: bool,
}

impl GraphArg {
    /// The whole graph, from graph.json.
    pub fn load(&self) -> anyhow::Result<KnowledgeGraph> {
        Ok(KnowledgeGraph::load(&self.graph)?)
    }

    /// The graph's query cache, when it is there and fresh. A stale or
    /// damaged cache is reported on stderr; the caller then reads graph.json
    /// with [`load_and_cache`](GraphArg::load_and_cache), which rewrites it.
    pub fn cache(&self) -> Option<GraphCache> {
        if self.no_cache {
            return None;
        }
        match GraphCache::open(&self.graph) {
            Ok(cache) => Some(cache),
            Err(Error::NotFound(_)) => None,
            Err(e @ Error::StaleCache { .. }) => {
                eprintln!("zonegraph: note: {e}; reading {} instead", self.graph.display());
                None
            }
            Err(e) => {
                eprintln!("zonegraph: warning: {e}; reading {} instead", self.graph.display());
                None
            }
        }
    }

    /// What a query through the cache found: `None` (after a warning) when
    /// the cache turned out to be damaged, so the caller reads graph.json.
    pub fn through_cache<T>(
        &self,
        cache: &GraphCache,
        found: zonegraph::error::Result<T>,
    ) -> Option<anyhow::Result<T>> {
        match found {
            Ok(v) => Some(Ok(v)),
            Err(e @ Error::UnknownEntity { .. }) => Some(Err(e.into())),
            Err(e) => {
                eprintln!(
                    "zonegraph: warning: {}: {e}; reading {} instead",
                    cache.path().display(),
                    self.graph.display()
                );
                None
            }
        }
    }

    /// The whole graph, from graph.json, and (unless `--no-cache`) its query
    /// cache written beside it for the next query.
    pub fn load_and_cache(&self) -> anyhow::Result<KnowledgeGraph> {
        if self.no_cache {
            return self.load();
        }
        let (kg, index, stamp) = KnowledgeGraph::load_indexed(&self.graph)?;
        let written = zonegraph::export::OutLock::share_for(&self.graph)
            .and_then(|_held| zonegraph::cache::write_beside(&self.graph, &kg, &index, stamp));
        if let Err(e) = written {
            eprintln!("zonegraph: note: could not write the query cache: {e}");
        }
        Ok(kg)
    }
}

/// A bundled folder: `./NAME` when it exists (running from a checkout),
/// otherwise the one in the source tree this binary was built from.
pub fn bundled(name: &str) -> PathBuf {
    let local = Path::new(name);
    if local.exists() {
        local.to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
