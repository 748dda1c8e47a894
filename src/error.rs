//! Typed errors and non-fatal problems, each saying where it happened.
//!
//! Two kinds of trouble exist in a run. An [`Error`] stops the operation that
//! met it (a missing input folder, an unwritable output file). A [`Problem`]
//! is a bad piece of input (a malformed JSONL line, a bad dictionary row): the
//! run reports it with its file and line, skips that piece, goes on with the
//! rest and finally exits non-zero. `--strict` turns the first problem into an
//! error.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where in an input a problem or error sits. Lines are 1-based, bytes 0-based.
///
/// The path is shared (`Arc`): every dictionary entity keeps its location,
/// and one path allocation per entity was about 50 bytes of 430 at 10⁶
/// entities. [`Location::line`] allocates; [`Location::shared`] does not.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Location {
    pub path: Arc<Path>,
    pub line: Option<usize>,
    pub byte: Option<usize>,
}

impl Location {
    pub fn file(path: impl AsRef<Path>) -> Self {
        Location {
            path: path.as_ref().into(),
            line: None,
            byte: None,
        }
    }

    pub fn line(path: impl AsRef<Path>, line: usize) -> Self {
        Location::shared(path.as_ref().into(), line)
    }

    /// A line of a file whose path is already shared.
    pub fn shared(path: Arc<Path>, line: usize) -> Self {
        Location {
            path,
            line: Some(line),
            byte: None,
        }
    }

    pub fn with_byte(mut self, byte: usize) -> Self {
        self.byte = Some(byte);
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(byte) = self.byte {
            write!(f, " (byte {byte})")?;
        }
        Ok(())
    }
}

/// A bad piece of input that was skipped; the run goes on without it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub location: Location,
    pub message: String,
}

impl Problem {
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        Problem {
            location,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// An error that stops the operation that met it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}: no such file or folder")]
    NotFound(PathBuf),
    #[error("{0}")]
    Input(Problem),
    #[error("{path}: not a zonegraph graph: {message}")]
    BadGraph { path: PathBuf, message: String },
    #[error("{path}: graph format version {found} is not supported (this zonegraph reads version {expected})")]
    GraphVersion {
        path: PathBuf,
        found: String,
        expected: u32,
    },
    /// A query cache made from another `graph.json` (or by another version).
    #[error("{path}: out of date: {reason}")]
    StaleCache { path: PathBuf, reason: String },
    /// A query cache that cannot be read.
    #[error("{path}: damaged query cache: {message}")]
    BadCache { path: PathBuf, message: String },
    #[error("unknown entity {query:?}{}", suggestions_text(.suggestions))]
    UnknownEntity { query: String, suggestions: Vec<String> },
    #[error("graphviz {program}: {message}")]
    Graphviz { program: String, message: String },
    #[error("{path}: gold annotation: {message}")]
    Gold { path: PathBuf, message: String },
    /// A partial graph (`extract`, `merge --partial`, `build --update`) that
    /// cannot be read or merged.
    #[error("{at}: partial graph: {message}")]
    BadPartial { at: Location, message: String },
    /// A compiled matcher file that cannot be read (damaged, truncated,
    /// another format).
    #[error("{path}: compiled matcher: {message}")]
    Compiled { path: PathBuf, message: String },
    /// An output folder that another zonegraph run is writing to.
    #[error("{0}: another zonegraph run is writing to this folder")]
    Busy(PathBuf),
    /// A sound compiled matcher that does not fit the dictionaries loaded.
    #[error("{path}: compiled matcher is out of date: {why}")]
    CompiledStale { path: PathBuf, why: crate::compiled::Stale },
}

fn suggestions_text(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; closest known names: {}", suggestions.join(", "))
    }
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        if source.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound(path.to_path_buf())
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source,
            }
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
