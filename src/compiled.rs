//! Compiled matchers: the automaton of a dictionary, saved so that later
//! runs load it instead of building it.
//!
//! Building the matcher is most of the start-up time of a large
//! dictionary (at 10⁶ names, seconds and hundreds of MB of transient
//! memory); loading a saved one is a copy and a check. `zonegraph dict compile`
//! writes the file; every command that builds a matcher from dictionaries
//! looks for it and uses it only when it was compiled from exactly the files
//! the run loaded.
//!
//! # Format (version 2)
//!
//! All integers little-endian:
//!
//! | bytes | what |
//! |---|---|
//! | 8 | magic `ZGMATCH\0` |
//! | 4 | format version (2) |
//! | 4 + n | zonegraph version that wrote it (keys are normalised by its rules) |
//! | 4 | number of source files, then per file: 4 + n path (as the compile saw it), 32 SHA-256 of its bytes |
//! | 4 | engine: 1 daachorse, 2 the crawdad trie (the default since version 2) |
//! | 8 | length of the automaton |
//! | 32 | SHA-256 of the automaton bytes |
//! | … | the automaton, as [`Matcher::to_compiled`] wrote it |
//!
//! Version 1 files (before the trie engine) have no engine field and hold a
//! daachorse automaton; they are still read.
//!
//! The source files are every file the dictionary loaded (entities,
//! relations, generic references), in load order: the automaton's values are
//! indices into that load, so it is valid only for the same files, in the same
//! order, with the same bytes. Only their hashes are compared (the same
//! SHA-256s the run records in `graph.json`); paths are kept for messages.
//!
//! The automaton is verified against its SHA-256 before it is read, and
//! [`Matcher::from_compiled`] then checks every length in it, so a damaged
//! file is an error, never a panic or a wrong match. Any version
//! other than this zonegraph's is refused: normalisation may have changed.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::dict::Dictionary;
use crate::error::{Error, Result};
use crate::matcher::{Engine, Matcher};

/// The file name `zonegraph dict compile` writes into the first dictionary
/// folder, and where runs look for it.
pub const FILE_NAME: &str = "compiled.zgm";

const MAGIC: &[u8; 8] = b"ZGMATCH\0";
const FORMAT_VERSION: u32 = 2;

/// A source file of a compiled matcher: its path when compiled and the
/// SHA-256 of its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub path: String,
    pub sha256: [u8; 32],
}

/// Write the matcher of `dict` (not an aho-corasick one, which has no
/// saved form) to `path`, atomically: a temporary file beside it, renamed
/// into place.
pub fn write(path: &Path, dict: &Dictionary, matcher: &Matcher) -> Result<u64> {
    let (engine, automaton) = matcher.to_compiled().ok_or_else(|| Error::Compiled {
        path: path.to_path_buf(),
        message: "an aho-corasick matcher cannot be compiled".into(),
    })?;
    let mut head = Vec::new();
    head.extend_from_slice(MAGIC);
    head.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    put_str(&mut head, env!("CARGO_PKG_VERSION"));
    head.extend_from_slice(
        &u32::try_from(dict.files.len())
            .expect("fewer than 2^32 files")
            .to_le_bytes(),
    );
    for source in sources(dict, path)? {
        put_str(&mut head, &source.path);
        head.extend_from_slice(&source.sha256);
    }
    head.extend_from_slice(&engine_code(engine).to_le_bytes());
    head.extend_from_slice(&(automaton.len() as u64).to_le_bytes());
    head.extend_from_slice(&Sha256::digest(&automaton));
    let mut files = crate::export::AtomicFiles::default();
    files.write(path, |w| {
        w.write_all(&head)?;
        w.write_all(&automaton)
    })?;
    files.commit()?;
    Ok((head.len() + automaton.len()) as u64)
}

/// Why a compiled file was not used although it is sound.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stale {
    /// Written by another zonegraph version.
    Version(String),
    /// Holds another engine's matcher than the run asks for.
    Engine { compiled: Engine, wanted: Engine },
    /// Compiled from other files, or the files changed since: the first
    /// difference, as (what was compiled, what the run loaded).
    Sources {
        compiled: Option<String>,
        loaded: Option<String>,
    },
}

impl std::fmt::Display for Stale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stale::Version(v) => write!(f, "written by zonegraph {v}, not {}", env!("CARGO_PKG_VERSION")),
            Stale::Engine { compiled, wanted } => write!(
                f,
                "holds a {} matcher and this run asks for {}",
                compiled.name(),
                wanted.name()
            ),
            Stale::Sources { compiled, loaded } => match (compiled, loaded) {
                (Some(c), Some(l)) if c == l => write!(f, "{c} changed since it was compiled"),
                (Some(c), Some(l)) => write!(f, "compiled from {c} where this run loaded {l}"),
                (Some(c), None) => write!(f, "compiled from {c}, which this run did not load"),
                (None, Some(l)) => write!(f, "this run loaded {l}, which was not compiled"),
                (None, None) => write!(f, "compiled from other files"),
            },
        }
    }
}

/// What reading a compiled file gave.
pub enum Loaded {
    /// The matcher, valid for the dictionary.
    Fresh(Matcher),
    /// A sound file that does not fit this dictionary.
    Stale(Stale),
}

/// Read a compiled matcher and check it against the files `dict` loaded
/// and the engine the run wants.
///
/// An unreadable or damaged file is an [`Error`] naming it; a sound file
/// compiled from other dictionary files, or for another engine, is
/// [`Loaded::Stale`], found before the matcher is read.
pub fn read(path: &Path, dict: &Dictionary, wanted: Engine) -> Result<Loaded> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let bad = |message: String| Error::Compiled {
        path: path.to_path_buf(),
        message,
    };
    let mut r = Reader { bytes: &bytes, at: 0 };
    if r.take(MAGIC.len()).map_err(&bad)? != MAGIC {
        return Err(bad("not a compiled zonegraph matcher (no ZGMATCH header)".into()));
    }
    let format = r.u32().map_err(&bad)?;
    if !(1..=FORMAT_VERSION).contains(&format) {
        return Err(bad(format!(
            "format version {format} is not supported (this zonegraph reads versions 1 to {FORMAT_VERSION})"
        )));
    }
    let version = r.str().map_err(&bad)?;
    let count = r.u32().map_err(&bad)? as usize;
    let mut compiled = Vec::new();
    for _ in 0..count {
        let path = r.str().map_err(&bad)?;
        let sha256: [u8; 32] = r.take(32).map_err(&bad)?.try_into().expect("32 bytes");
        compiled.push(Source { path, sha256 });
    }
    let engine = if format == 1 {
        Engine::Daachorse
    } else {
        let code = r.u32().map_err(&bad)?;
        Engine::ALL
            .into_iter()
            .find(|&e| engine_code(e) == code)
            .ok_or_else(|| bad(format!("unknown engine {code}")))?
    };
    let len = usize::try_from(r.u64().map_err(&bad)?).map_err(|_| bad("automaton length too large".into()))?;
    let digest = r.take(32).map_err(&bad)?.to_vec();
    let automaton = r.take(len).map_err(&bad)?;
    if r.at != bytes.len() {
        return Err(bad(format!("{} bytes after the automaton", bytes.len() - r.at)));
    }
    // Checked before daachorse reads a byte: see the module docs.
    if Sha256::digest(automaton).as_slice() != digest {
        return Err(bad(
            "the automaton does not match its SHA-256: the file is damaged".into()
        ));
    }
    if version != env!("CARGO_PKG_VERSION") {
        return Ok(Loaded::Stale(Stale::Version(version)));
    }
    if engine != wanted {
        return Ok(Loaded::Stale(Stale::Engine {
            compiled: engine,
            wanted,
        }));
    }
    let loaded = sources(dict, path)?;
    // The automaton is a function of the files' bytes, in order, so that is
    // what must match. Not their paths: a folder compiled as
    // `/data/dict` is the same folder when a later run names it `dict` or
    // `./dict/` from elsewhere (comparing paths made every such run rebuild
    // the automaton, and say the file had changed).
    let same = |a: Option<&Source>, b: Option<&Source>| a.map(|s| s.sha256) == b.map(|s| s.sha256);
    if let Some(i) = (0..compiled.len().max(loaded.len())).find(|&i| !same(compiled.get(i), loaded.get(i))) {
        // Name a file by its file name: the paths of one folder differ
        // between a compile and a run started elsewhere.
        let name = |s: Option<&Source>| {
            s.map(|s| {
                Path::new(&s.path)
                    .file_name()
                    .map_or(s.path.clone(), |n| n.to_string_lossy().into_owned())
            })
        };
        return Ok(Loaded::Stale(Stale::Sources {
            compiled: name(compiled.get(i)),
            loaded: name(loaded.get(i)),
        }));
    }
    Matcher::from_compiled(engine, automaton)
        .map(Loaded::Fresh)
        .map_err(|e| bad(e.0))
}

/// The `engine` matcher for `dict`: from the compiled file at `path` when
/// there is one and it fits (the same files, and that engine), else built
/// from the dictionary. The second value says why a file that exists was not
/// used (stale or damaged); the caller warns.
pub fn load_or_build(path: Option<&Path>, dict: &Dictionary, engine: Engine) -> (Matcher, Option<Error>) {
    let build = || Matcher::with_engine(dict, engine);
    let Some(path) = path.filter(|p| p.exists()) else {
        return (build(), None);
    };
    match read(path, dict, engine) {
        Ok(Loaded::Fresh(matcher)) => (matcher, None),
        Ok(Loaded::Stale(why)) => (
            build(),
            Some(Error::CompiledStale {
                path: path.to_path_buf(),
                why,
            }),
        ),
        Err(e) => (build(), Some(e)),
    }
}

/// Where a run looks for a compiled matcher by default: [`FILE_NAME`] in the
/// first dictionary folder.
pub fn default_path(dict_paths: &[PathBuf]) -> Option<PathBuf> {
    dict_paths.first().filter(|p| p.is_dir()).map(|p| p.join(FILE_NAME))
}

/// The dictionary's loaded files as sources.
fn sources(dict: &Dictionary, path: &Path) -> Result<Vec<Source>> {
    dict.files
        .iter()
        .map(|f| {
            let mut sha256 = [0; 32];
            let ok = f.sha256.len() == 64
                && sha256.iter_mut().enumerate().all(|(i, b)| {
                    match u8::from_str_radix(&f.sha256[2 * i..2 * i + 2], 16) {
                        Ok(v) => {
                            *b = v;
                            true
                        }
                        Err(_) => false,
                    }
                });
            if ok {
                Ok(Source {
                    path: f.path.clone(),
                    sha256,
                })
            } else {
                Err(Error::Compiled {
                    path: path.to_path_buf(),
                    message: format!("{}: no SHA-256 recorded for this file", f.path),
                })
            }
        })
        .collect()
}

/// An engine's number in the file; 0 for aho-corasick, which is never
/// written.
fn engine_code(engine: Engine) -> u32 {
    match engine {
        Engine::AhoCorasick => 0,
        Engine::Daachorse => 1,
        Engine::Crawdad => 2,
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&u32::try_from(s.len()).expect("a path shorter than 4 GB").to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// Reads the header fields in order; every read is bounds-checked.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| format!("truncated at byte {} (wanted {n} more bytes)", self.at))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }

    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes")))
    }

    fn str(&mut self) -> Result<String, String> {
        let at = self.at;
        let len = self.u32()? as usize;
        String::from_utf8(self.take(len)?.to_vec()).map_err(|_| format!("text at byte {at} is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict(rows: &str) -> Dictionary {
        let text = format!("id\ttype\tname\taliases\tattributes\n{rows}");
        let mut d = Dictionary::default();
        let mut problems = Vec::new();
        d.load_file(Path::new("d/e.tsv"), text.as_bytes(), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        d
    }

    const ROWS: &str = "a\tzone\t港闸经济开发区\t港开\t\nb\tcompany\t中集集团\t\t\nc\tcompany\t知识产权\t\t\n";

    fn spans(m: &Matcher, text: &str) -> Vec<(usize, usize, Option<usize>)> {
        m.find(text).iter().map(|x| (x.start, x.end, x.entity())).collect()
    }

    #[test]
    fn round_trip_gives_the_same_matches() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let d = dict(ROWS);
        let built = Matcher::new(&d);
        write(&path, &d, &built).unwrap();
        let Loaded::Fresh(loaded) = read(&path, &d, Engine::default()).unwrap() else {
            panic!("stale")
        };
        let text = "港开与中集集团在港闸经济开发区签约，国家知识产权局";
        assert_eq!(spans(&loaded, text), spans(&built, text));
        assert_eq!(spans(&loaded, text).len(), 4);
        let outer = loaded.find("港闸经济开发区")[0];
        assert_eq!(loaded.inside("港闸经济开发区", outer.start, outer.end), []);
    }

    /// Each engine that can be compiled comes back as itself, with the same
    /// matches; a version 1 file (daachorse, no engine field) still loads.
    #[test]
    fn every_engine_and_the_first_format_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let d = dict(ROWS);
        let text = "港开与中集集团在港闸经济开发区签约，国家知识产权局";
        for engine in [Engine::Daachorse, Engine::Crawdad] {
            let built = Matcher::with_engine(&d, engine);
            write(&path, &d, &built).unwrap();
            let Loaded::Fresh(loaded) = read(&path, &d, engine).unwrap() else {
                panic!("stale")
            };
            assert_eq!(loaded.engine(), engine);
            assert_eq!(spans(&loaded, text), spans(&built, text), "{engine:?}");
            if engine == Engine::Daachorse {
                // Version 1: the same file without the engine field.
                let v2 = std::fs::read(&path).unwrap();
                let (_, automaton) = built.to_compiled().unwrap();
                let field = v2.len() - automaton.len() - 32 - 8 - 4;
                let mut v1 = [&v2[..field], &v2[field + 4..]].concat();
                v1[8..12].copy_from_slice(&1u32.to_le_bytes());
                std::fs::write(&path, &v1).unwrap();
                let Loaded::Fresh(old) = read(&path, &d, Engine::Daachorse).unwrap() else {
                    panic!("stale")
                };
                assert_eq!(old.engine(), Engine::Daachorse);
                assert_eq!(spans(&old, text), spans(&built, text));
                // A run asking for the other engine builds it, and says why.
                let (m, why) = load_or_build(Some(&path), &d, Engine::Crawdad);
                assert_eq!(m.engine(), Engine::Crawdad);
                assert_eq!(
                    why.map(|e| e.to_string()).unwrap_or_default(),
                    format!(
                        "{}: compiled matcher is out of date: holds a daachorse matcher and this run asks for crawdad",
                        path.display()
                    )
                );
            }
        }
        let ac = Matcher::with_engine(&d, Engine::AhoCorasick);
        assert!(
            write(&path, &d, &ac)
                .unwrap_err()
                .to_string()
                .contains("cannot be compiled")
        );
    }

    #[test]
    fn stale_when_a_source_changed_or_differs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let d = dict(ROWS);
        write(&path, &d, &Matcher::new(&d)).unwrap();
        let edited = dict(&format!("{ROWS}d\tzone\t海门开发区\t\t\n"));
        match read(&path, &edited, Engine::default()).unwrap() {
            Loaded::Stale(why) => assert_eq!(why.to_string(), "e.tsv changed since it was compiled"),
            Loaded::Fresh(_) => panic!("an edited dictionary must not use the old automaton"),
        }
        let mut more = dict(ROWS);
        let mut problems = Vec::new();
        more.load_file(
            Path::new("d/f.tsv"),
            b"id\ttype\tname\taliases\tattributes\n",
            &mut problems,
        );
        match read(&path, &more, Engine::default()).unwrap() {
            Loaded::Stale(why) => assert_eq!(why.to_string(), "this run loaded f.tsv, which was not compiled"),
            Loaded::Fresh(_) => panic!("an added file must not use the old automaton"),
        }
        // Regression: the same bytes under another spelling of the folder
        // (a relative path where the compile had an absolute one) are fresh.
        let mut elsewhere = Dictionary::default();
        let text = format!("id\ttype\tname\taliases\tattributes\n{ROWS}");
        elsewhere.load_file(Path::new("/somewhere/else/./d/e.tsv"), text.as_bytes(), &mut problems);
        assert!(
            matches!(read(&path, &elsewhere, Engine::default()).unwrap(), Loaded::Fresh(_)),
            "the same file read through another path is not stale"
        );
        // And the fallback builds from the sources, saying why.
        let (m, why) = load_or_build(Some(&path), &edited, Engine::default());
        assert!(matches!(why, Some(Error::CompiledStale { .. })), "{why:?}");
        assert_eq!(spans(&m, "海门开发区").len(), 1);
    }

    #[test]
    fn damaged_files_are_errors_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let d = dict(ROWS);
        write(&path, &d, &Matcher::new(&d)).unwrap();
        let good = std::fs::read(&path).unwrap();
        let mut flipped = good.clone();
        *flipped.last_mut().unwrap() ^= 0x40;
        let mut bad_magic = good.clone();
        bad_magic[0] = b'X';
        let mut bad_format = good.clone();
        bad_format[8] = 9;
        let mut bad_engine = good.clone();
        let automaton_len = Matcher::new(&d).to_compiled().unwrap().1.len();
        bad_engine[good.len() - automaton_len - 44] = 7;
        // (bytes, expected message)
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (flipped, "does not match its SHA-256"),
            (good[..good.len() - 1].to_vec(), "truncated"),
            (good[..10].to_vec(), "truncated"),
            ([good.as_slice(), b"x"].concat(), "1 bytes after the automaton"),
            (bad_magic, "no ZGMATCH header"),
            (bad_format, "format version 9"),
            (bad_engine, "unknown engine 7"),
            (Vec::new(), "truncated"),
        ];
        for (bytes, want) in cases {
            std::fs::write(&path, &bytes).unwrap();
            let err = read(&path, &d, Engine::default()).err().expect("an error");
            let message = err.to_string();
            assert!(message.contains(want), "{message:?} lacks {want:?}");
            assert!(message.contains(FILE_NAME), "{message:?} does not name the file");
            let (m, why) = load_or_build(Some(&path), &d, Engine::default());
            assert!(why.is_some());
            assert_eq!(spans(&m, "中集集团").len(), 1);
        }
    }

    /// An automaton that passes the SHA-256 (recomputed after the damage)
    /// still goes through the checked reading of its lengths.
    #[test]
    fn forged_automaton_with_a_valid_hash_is_rejected_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let d = dict(ROWS);
        write(&path, &d, &Matcher::new(&d)).unwrap();
        let good = std::fs::read(&path).unwrap();
        let automaton_len = Matcher::new(&d).to_compiled().unwrap().1.len();
        let start = good.len() - automaton_len;
        for cut in [1, 5, automaton_len / 2] {
            let mut bytes = good[..good.len() - cut].to_vec();
            let automaton = bytes[start..].to_vec();
            bytes[start - 40..start - 32].copy_from_slice(&(automaton.len() as u64).to_le_bytes());
            bytes[start - 32..start].copy_from_slice(&Sha256::digest(&automaton));
            std::fs::write(&path, &bytes).unwrap();
            assert!(read(&path, &d, Engine::default()).is_err(), "cut {cut}");
        }
    }
}
