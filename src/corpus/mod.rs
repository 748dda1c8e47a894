//! Corpus stage: find the input files and read each into [`Document`]s.
//!
//! A document is a list of [`Piece`]s of text, each tied to the bytes of the
//! original file it came from, so that every later offset can be mapped back
//! to the file a user opens. Markup (front matter keys, HTML tags, Markdown
//! link targets) never becomes a piece; block ends become [`Piece::Break`].
//!
//! Files are found by walking each input in sorted order, so the same inputs
//! always give the same documents in the same order.

pub mod encoding;
mod html;
mod jsonl;
mod markdown;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Location, Problem, Result};

/// How a file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text; a `.txt` file that opens with front matter or holds HTML
    /// paragraphs is read like Markdown or HTML (see [`read_file_text`]).
    Text,
    Markdown,
    Html,
    Jsonl,
}

impl Format {
    /// The format a file extension stands for; `None` for files a folder walk skips.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

/// A run of document text and where it came from in the original bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// `text` came from `orig_len` bytes at `origin`. When `verbatim`, the text
    /// is a byte-for-byte copy of those bytes; otherwise (a decoded HTML entity,
    /// say) every character of it stands for the whole original range.
    Text {
        text: String,
        origin: usize,
        orig_len: usize,
        verbatim: bool,
    },
    /// The end of a paragraph or block: sentences never cross it.
    Break,
}

/// Collects pieces, merging neighbouring verbatim runs that touch.
#[derive(Default, Debug)]
pub struct Pieces(pub Vec<Piece>);

impl Pieces {
    pub fn verbatim(&mut self, text: &str, origin: usize) {
        if text.is_empty() {
            return;
        }
        if let Some(Piece::Text {
            text: last,
            origin: o,
            orig_len,
            verbatim: true,
        }) = self.0.last_mut()
            && *o + *orig_len == origin
        {
            last.push_str(text);
            *orig_len += text.len();
            return;
        }
        self.0.push(Piece::Text {
            text: text.to_string(),
            origin,
            orig_len: text.len(),
            verbatim: true,
        });
    }

    pub fn replaced(&mut self, text: &str, origin: usize, orig_len: usize) {
        self.0.push(Piece::Text {
            text: text.to_string(),
            origin,
            orig_len,
            verbatim: false,
        });
    }

    pub fn brk(&mut self) {
        if !matches!(self.0.last(), None | Some(Piece::Break)) {
            self.0.push(Piece::Break);
        }
    }
}

/// One article.
#[derive(Clone, Debug)]
pub struct Document {
    /// Path relative to the input argument, the file name for a single file,
    /// or the JSONL `"id"`.
    pub id: String,
    /// The file it was read from (`-` for standard input).
    pub path: PathBuf,
    /// The JSONL line, for documents read from JSONL.
    pub line: Option<usize>,
    pub format: Format,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// Size of what offsets point into: the file, or the JSONL `text` string.
    pub bytes: usize,
    /// The encoding the file was decoded from (`UTF-8`, `GBK`, …).
    pub encoding: &'static str,
    pub pieces: Vec<Piece>,
}

/// A file to read, found by [`sources`].
#[derive(Clone, Debug)]
pub struct Source {
    pub path: PathBuf,
    /// The document id (or, for JSONL, a label used in messages).
    pub id: String,
    pub format: Format,
}

/// Expand the inputs into files, each folder walked recursively in sorted
/// order. `-` stands for JSONL on standard input. Files in a folder whose
/// extension is not one we read are skipped; a file named explicitly is read
/// as text whatever its extension. Folders in `exclude` (the output folder,
/// so that a rebuild never reads its own `mentions.jsonl`) are not entered.
pub fn sources(inputs: &[PathBuf], exclude: &[PathBuf], problems: &mut Vec<Problem>) -> Result<Vec<Source>> {
    let excluded: Vec<PathBuf> = exclude.iter().filter_map(|p| p.canonicalize().ok()).collect();
    // Inputs in sorted order (standard input last), so that the order they
    // are given in does not change the output.
    let mut inputs: Vec<&PathBuf> = inputs.iter().collect();
    // Path order (component by component, as the walk sorts each folder), so
    // that the whole walk is in path order: partial graphs rely on it.
    inputs.sort_by(|a, b| (a.as_os_str() == "-", a.as_path()).cmp(&(b.as_os_str() == "-", b.as_path())));
    inputs.dedup();
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source {
                path: input.clone(),
                id: "-".into(),
                format: Format::Jsonl,
            });
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|e| Error::io(input, e))?;
        if meta.is_file() {
            let id = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| input.display().to_string());
            out.push(Source {
                path: input.clone(),
                id,
                format: Format::from_path(input).unwrap_or(Format::Text),
            });
            continue;
        }
        let walker = walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                !(e.file_type().is_dir() && e.path().canonicalize().is_ok_and(|c| excluded.contains(&c)))
            });
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let path = err.path().unwrap_or(input).to_path_buf();
                    problems.push(Problem::new(Location::file(path), err.to_string()));
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let Some(format) = Format::from_path(entry.path()) else {
                continue;
            };
            let rel = entry.path().strip_prefix(input).unwrap_or(entry.path());
            let id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Source {
                path: entry.path().to_path_buf(),
                id,
                format,
            });
        }
    }
    Ok(out)
}

/// How files are read.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReadOptions {
    /// Decode every file with this encoding instead of detecting one.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Skip documents larger than this many bytes (a file, or a JSONL text).
    pub max_doc_bytes: Option<usize>,
}

/// Read one source into documents. A file that cannot be read or decoded
/// is one problem and `None`; a bad JSONL line, or a document over the size
/// limit, is one problem and the other documents still count.
pub fn read_source(source: &Source, options: &ReadOptions, problems: &mut Vec<Problem>) -> Option<Vec<Document>> {
    match read_raw(source) {
        Ok(raw) => read_bytes(source, &raw, options, problems),
        Err(problem) => {
            problems.push(problem);
            None
        }
    }
}

/// Whether standard input is kept once read (see [`keep_stdin`]).
static KEEP_STDIN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
static KEPT_STDIN: std::sync::OnceLock<std::io::Result<Vec<u8>>> = std::sync::OnceLock::new();

/// Keep standard input in memory once read, so that every later read of `-`
/// gets the same bytes: for a run that reads its inputs twice (discovery,
/// then the build), where a second read of the pipe would find it empty.
pub fn keep_stdin() {
    KEEP_STDIN.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// A source's bytes (standard input for `-`), or the problem that stopped
/// reading them. (The I/O part of [`read_source`].)
pub fn read_raw(source: &Source) -> Result<Vec<u8>, Problem> {
    let mut raw = Vec::new();
    let read = if source.path.as_os_str() != "-" {
        std::fs::File::open(&source.path).and_then(|mut f| f.read_to_end(&mut raw))
    } else if KEEP_STDIN.load(std::sync::atomic::Ordering::Relaxed) {
        match KEPT_STDIN.get_or_init(|| {
            let mut kept = Vec::new();
            std::io::stdin().lock().read_to_end(&mut kept).map(|_| kept)
        }) {
            Ok(kept) => {
                raw.extend_from_slice(kept);
                Ok(raw.len())
            }
            Err(err) => Err(std::io::Error::new(err.kind(), err.to_string())),
        }
    } else {
        std::io::stdin().lock().read_to_end(&mut raw)
    };
    match read {
        Ok(_) => Ok(raw),
        Err(err) => Err(Problem::new(
            Location::file(&source.path),
            format!("cannot read: {err}"),
        )),
    }
}

/// Read a source's bytes into documents: decoding, the size limit, and the
/// reader for its format. (The part of [`read_source`] that does no I/O.)
pub fn read_bytes(
    source: &Source,
    raw: &[u8],
    options: &ReadOptions,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Document>> {
    let too_big = |len: usize| options.max_doc_bytes.is_some_and(|max| len > max);
    if source.format != Format::Jsonl && too_big(raw.len()) {
        problems.push(Problem::new(
            Location::file(&source.path),
            format!(
                "document is {} bytes, over the limit of {} (--max-doc-bytes); skipped",
                raw.len(),
                options.max_doc_bytes.unwrap_or(0)
            ),
        ));
        return None;
    }
    let decoded = match encoding::decode(raw, options.encoding) {
        Ok(decoded) => decoded,
        Err(encoding::DecodeError::Binary) => {
            problems.push(Problem::new(
                Location::file(&source.path),
                "binary file (NUL bytes); skipped",
            ));
            return None;
        }
        Err(encoding::DecodeError::Invalid { encoding, byte }) => {
            let line = 1 + raw[..byte.min(raw.len())].iter().filter(|&&b| b == b'\n').count();
            problems.push(Problem::new(
                Location::line(&source.path, line).with_byte(byte),
                format!("not valid {encoding}; file skipped (--encoding names the right one)"),
            ));
            return None;
        }
    };
    let encoding = decoded.encoding.name();
    let mut docs = if source.format == Format::Jsonl {
        // JSONL offsets point into each decoded `text` string: no remapping.
        let mut docs = jsonl::read(&source.path, &decoded.text, problems);
        docs.retain(|d| {
            if too_big(d.bytes) {
                problems.push(Problem::new(
                    Location {
                        path: d.path.as_path().into(),
                        line: d.line,
                        byte: None,
                    },
                    format!(
                        "document {:?} is {} bytes, over --max-doc-bytes; skipped",
                        d.id, d.bytes
                    ),
                ));
                return false;
            }
            true
        });
        docs
    } else {
        let mut doc = read_file_text(source, &decoded.text);
        doc.pieces = decoded.remap(doc.pieces);
        doc.bytes = raw.len();
        vec![doc]
    };
    for d in &mut docs {
        d.encoding = encoding;
    }
    Some(docs)
}

/// Read the text of a non-JSONL file. A `.txt` file is sniffed: front matter
/// at its start is read as in Markdown, and a body that holds HTML paragraph
/// or line-break tags is read as HTML, because scraped news often arrives as
/// `.txt` with its markup still in it.
pub fn read_file_text(source: &Source, text: &str) -> Document {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let (front, body_start) = markdown::front_matter(text, bom);
    let body = &text[body_start..];
    let mut pieces = Pieces::default();
    if let Some(title) = &front.title_piece {
        pieces.0.push(title.clone());
        pieces.brk();
    }
    let format = match source.format {
        Format::Text if html::looks_like_html(body) => Format::Html,
        other => other,
    };
    let mut html_title = None;
    match format {
        Format::Html => html_title = html::read(body, body_start, &mut pieces),
        Format::Markdown => markdown::read(body, body_start, &mut pieces),
        _ => pieces.verbatim(body, body_start),
    }
    let title = front.title.or(html_title);
    Document {
        id: source.id.clone(),
        path: source.path.clone(),
        line: None,
        format: source.format,
        title,
        date: front.date,
        url: None,
        bytes: text.len(),
        encoding: "UTF-8",
        pieces: pieces.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(format: Format, text: &str) -> Document {
        let source = Source {
            path: PathBuf::from("t"),
            id: "t".into(),
            format,
        };
        read_file_text(&source, text)
    }

    /// Every verbatim piece must be an exact copy of the bytes it claims.
    fn assert_verbatim_maps(text: &str, d: &Document) {
        for piece in &d.pieces {
            if let Piece::Text {
                text: t,
                origin,
                orig_len,
                verbatim: true,
            } = piece
            {
                assert_eq!(&text[*origin..*origin + *orig_len], t);
            }
        }
    }

    fn plain(d: &Document) -> String {
        d.pieces
            .iter()
            .map(|p| match p {
                Piece::Text { text, .. } => text.as_str(),
                Piece::Break => "¶",
            })
            .collect()
    }

    #[test]
    fn readers_keep_text_and_drop_markup() {
        let cases: &[(Format, &str, &str)] = &[
            (Format::Text, "甲乙。\n\n丙丁", "甲乙。\n\n丙丁"),
            (
                Format::Text,
                "---\ntitle: \"某某开发区 新闻\"\ndate: 2021-01-02\n---\n正文。",
                "某某开发区 新闻¶正文。",
            ),
            (
                Format::Html,
                "<html><head><title>标题</title><script>var a='园区';</script></head><body><p>甲&amp;乙</p><div>丙</div></body></html>",
                "标题¶甲&乙¶丙¶",
            ),
            (Format::Text, "<p>第一段</p>\n <p>第二段</p>", "第一段¶\n ¶第二段¶"),
            (
                Format::Markdown,
                "---\ntitle: 标题\n---\n# 大标题\n正文[链接](http://x.cn/园区)。\n\n- 项目一\n- 项目二\n",
                "标题¶大标题¶正文链接。¶项目一¶项目二¶",
            ),
        ];
        for (format, text, want) in cases {
            let d = doc(*format, text);
            assert_eq!(plain(&d), *want, "input {text:?}");
            assert_verbatim_maps(text, &d);
        }
    }

    #[test]
    fn front_matter_title_and_date_are_metadata() {
        let d = doc(
            Format::Markdown,
            "---\nlayout: post\ntitle: '甲'\ndate: 2021-12-31 11:38:34 +0800\n---\n乙",
        );
        assert_eq!(d.title.as_deref(), Some("甲"));
        assert_eq!(d.date.as_deref(), Some("2021-12-31 11:38:34 +0800"));
    }
}
