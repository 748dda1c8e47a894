//! Markdown and front matter.
//!
//! Front matter is the YAML block between `---` lines at the top of a file.
//! Only flat `key: value` lines are read: `title` (matched text, with its
//! offsets kept) and `date`. Keys and other values are never matched.
//!
//! The body is parsed with pulldown-cmark's offset iterator, so that text
//! events keep their source ranges; link targets, emphasis markers and heading
//! marks disappear, and block ends become paragraph breaks.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{Piece, Pieces, html};

#[derive(Default, Debug)]
pub struct FrontMatter {
    pub title: Option<String>,
    /// The title as a piece of matched text.
    pub title_piece: Option<Piece>,
    pub date: Option<String>,
}

/// Split off front matter that starts at `start`. Returns what was read and
/// where the body begins (`start` when there is no front matter).
pub fn front_matter(text: &str, start: usize) -> (FrontMatter, usize) {
    let mut fm = FrontMatter::default();
    let rest = &text[start..];
    let Some(first_len) = opening_fence(rest) else {
        return (fm, start);
    };
    let mut pos = start + first_len;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..line_end].trim_end_matches(['\n', '\r']);
        if line == "---" || line == "..." {
            return (fm, line_end);
        }
        if let Some((key, value_start)) = key_value(line) {
            let raw = line[value_start..].trim_end();
            let value = unquote(raw);
            let origin = pos + value_start + value.offset;
            match key {
                "title" if !value.text.is_empty() => {
                    fm.title = Some(value.text.clone());
                    fm.title_piece = Some(Piece::Text {
                        orig_len: if value.verbatim { value.text.len() } else { raw.len() },
                        origin: if value.verbatim { origin } else { pos + value_start },
                        verbatim: value.verbatim,
                        text: value.text,
                    });
                }
                "date" if !value.text.is_empty() => fm.date = Some(value.text),
                _ => {}
            }
        }
        pos = line_end;
    }
    // No closing fence: this was not front matter after all.
    (FrontMatter::default(), start)
}

fn opening_fence(text: &str) -> Option<usize> {
    ["---\n", "---\r\n"]
        .into_iter()
        .find(|fence| text.starts_with(fence))
        .map(str::len)
}

/// `key: value` at the top level (no indentation). Returns the key and the byte
/// where the value starts.
fn key_value(line: &str) -> Option<(&str, usize)> {
    if line.starts_with([' ', '\t', '#', '-']) {
        return None;
    }
    let colon = line.find(':')?;
    let key = line[..colon].trim();
    let after = &line[colon + 1..];
    let value_start = colon + 1 + (after.len() - after.trim_start().len());
    Some((key, value_start))
}

struct Unquoted {
    text: String,
    /// Offset of `text` inside the raw value, when verbatim.
    offset: usize,
    verbatim: bool,
}

fn unquote(raw: &str) -> Unquoted {
    for q in ['"', '\''] {
        if raw.len() >= 2 && raw.starts_with(q) && raw.ends_with(q) {
            let inner = &raw[1..raw.len() - 1];
            let escaped = (q == '"' && inner.contains('\\')) || (q == '\'' && inner.contains("''"));
            if !escaped {
                return Unquoted {
                    text: inner.to_string(),
                    offset: 1,
                    verbatim: true,
                };
            }
            let text = if q == '"' {
                serde_json::from_str::<String>(raw).unwrap_or_else(|_| inner.to_string())
            } else {
                inner.replace("''", "'")
            };
            return Unquoted {
                text,
                offset: 0,
                verbatim: false,
            };
        }
    }
    Unquoted {
        text: raw.to_string(),
        offset: 0,
        verbatim: true,
    }
}

/// Read a Markdown body that starts at byte `base` of the file.
pub fn read(body: &str, base: usize, out: &mut Pieces) {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let src = &body[range.clone()];
        match event {
            Event::Text(text) | Event::Code(text) => match src.find(text.as_ref()) {
                Some(at) => out.verbatim(&text, base + range.start + at),
                None => out.replaced(&text, base + range.start, range.len()),
            },
            Event::SoftBreak | Event::HardBreak => out.verbatim(src, base + range.start),
            Event::Html(_) | Event::InlineHtml(_) => {
                html::read(src, base + range.start, out);
            }
            Event::Start(Tag::Item | Tag::TableCell) => out.brk(),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableCell
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => out.brk(),
            _ => {}
        }
    }
}
