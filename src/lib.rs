//! # zonegraph
//!
//! Turns Chinese regional-economy news into a knowledge graph of development
//! zones, companies, industry clusters and investment projects.
//!
//! The pipeline has one module per stage:
//!
//! 1. [`corpus`] finds files and reads `.txt`, `.md` (front matter), `.html`
//!    and `.jsonl` into documents whose text keeps a link to the original bytes;
//! 2. [`normalize`] folds full-width forms and line breaks inside names, and
//!    splits sentences, keeping an offset map;
//! 3. [`dict`] loads the curated TSV dictionaries;
//! 4. [`matcher`] finds every name, leftmost-longest, with a double-array
//!    trie (the default) or an Aho-Corasick automaton;
//! 5. [`relations`] turns mentions into edges with evidence;
//! 6. [`graph`] holds the result in petgraph;
//! 7. [`export`] writes JSON, GraphML and DOT; [`query`] and [`eval`] read it back.
//!
//! [`pipeline`] runs the stages; [`partial`] keeps what the per-file stages
//! found, so that shards can be analysed apart and merged (`extract`,
//! `merge`) and a growing archive re-read only where it changed (`build --update`);
//! [`spill`] keeps a build's memory bounded by writing edges to sorted runs
//! and reading the finished graph's edges back from disk; [`overlap`] lets
//! ordered work (documents, dictionary rows, the graph's edges) be consumed on one thread while
//! the next batch is made on the others.
//!
//! ```
//! use std::path::Path;
//! use zonegraph::dict::Dictionary;
//! use zonegraph::matcher::Matcher;
//! use zonegraph::normalize::normalize;
//! use zonegraph::corpus::Piece;
//!
//! let mut dict = Dictionary::default();
//! let mut problems = Vec::new();
//! let tsv = "id\ttype\tname\taliases\tattributes\nzone:gz\tzone\t港闸经济开发区\t港开\t\n";
//! dict.load_file(Path::new("zones.tsv"), tsv.as_bytes(), &mut problems);
//! let matcher = Matcher::new(&dict);
//!
//! // A name split by a line break still matches, and offsets point into the original.
//! let original = "今年港闸经济\n开发区签约。";
//! let piece = Piece::Text { text: original.into(), origin: 0, orig_len: original.len(), verbatim: true };
//! let norm = normalize(&[piece]);
//! let sentences = norm.sentences();
//! let mentions = matcher.mentions(&norm, &sentences);
//! assert_eq!(&original[mentions[0].start..mentions[0].end], "港闸经济\n开发区");
//! ```

pub mod cache;
pub mod compiled;
pub mod corpus;
pub mod dates;
pub mod dedup;
pub mod dict;
pub mod discover;
pub mod error;
pub mod eval;
pub mod export;
pub mod figures;
pub mod graph;
pub mod matcher;
pub mod normalize;
pub mod overlap;
pub mod partial;
pub mod pipeline;
pub mod query;
pub mod relations;
pub mod selfcheck;
pub mod spill;

pub use error::{Error, Problem, Result};

/// What many unit tests do first: a dictionary from TSV text, and a text
/// normalised, split and matched against it.
#[cfg(test)]
pub(crate) mod testing {
    use crate::corpus::Piece;
    use crate::dict::Dictionary;
    use crate::matcher::{Matcher, Mention};
    use crate::normalize::{NormText, Sentence, normalize};

    /// A dictionary from TSV text (header included); it must load cleanly.
    pub fn dict(tsv: &str) -> Dictionary {
        let mut dict = Dictionary::default();
        let mut problems = Vec::new();
        dict.load_file(std::path::Path::new("test.tsv"), tsv.as_bytes(), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        dict
    }

    /// The bundled dictionaries and language resources, as a build without
    /// `--dict` or `--rules` loads them; they must load cleanly.
    pub fn bundled() -> crate::pipeline::Resources {
        let dirs = [std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries")];
        let mut problems = Vec::new();
        let resources = crate::pipeline::Resources::load(&dirs, &dirs, &mut problems).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        resources
    }

    /// A dictionary of entities and generic forms (two TSV texts, headers
    /// included); both must load cleanly.
    pub fn dict_with_generics(entities: &str, generics: &str) -> Dictionary {
        let mut dict = dict(entities);
        let mut problems = Vec::new();
        dict.load_file(std::path::Path::new("generic.tsv"), generics.as_bytes(), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        dict
    }

    /// [`analyse`], with the generic forms resolved as a build resolves them
    /// (no nested mentions): the mentions include anchors such as `全区`.
    pub fn analyse_resolved(dict: &Dictionary, text: &str) -> (NormText, Vec<Sentence>, Vec<Mention>) {
        use crate::relations::salience;
        let (norm, sentences, _) = analyse(dict, text);
        let matcher = Matcher::new(dict);
        let matches = matcher.find(&norm.text.to_ascii_lowercase());
        let salient = salience::salient(dict, &matches, &salience::title_entities(&matcher, &norm, None));
        let mentions = salience::resolve(dict, &matcher, &norm, &sentences, &matches, &salient, &[]);
        (norm, sentences, mentions)
    }

    /// A document of one verbatim piece, normalised, with its sentences and
    /// its mentions of `dict`'s names.
    pub fn analyse(dict: &Dictionary, text: &str) -> (NormText, Vec<Sentence>, Vec<Mention>) {
        let piece = Piece::Text {
            text: text.into(),
            origin: 0,
            orig_len: text.len(),
            verbatim: true,
        };
        let norm = normalize(&[piece]);
        let sentences = norm.sentences();
        let mentions = Matcher::new(dict).mentions(&norm, &sentences);
        (norm, sentences, mentions)
    }
}
