//! HTML, read with html5tokenizer, a WHATWG tokenizer that reports the source
//! byte range of every character it emits.
//!
//! Tags and comments are dropped; character references (`&amp;`, `&#x4E2D;`)
//! are decoded and mapped to the whole reference; `<script>`, `<style>` and
//! friends contribute nothing; block elements end paragraphs. A tokenizer,
//! not a tree builder, is enough here: we need text and block boundaries, not
//! a DOM, and truncated or mis-nested markup still yields its text.

use html5tokenizer::offset::PosTrackingReader;
use html5tokenizer::trace::Trace;
use html5tokenizer::{NaiveParser, Token, TracingEmitter};

use super::Pieces;

/// Elements whose start and end end a paragraph.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "title",
    "tr",
    "ul",
];

/// Elements whose content is never text.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg"];

/// Widen a byte range to the character boundaries around it.
fn snap(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// Whether a `.txt` body is really HTML: it holds paragraph, break or div tags.
pub fn looks_like_html(body: &str) -> bool {
    let lower_has = |needle: &str| body.contains(needle) || body.contains(&needle.to_uppercase());
    lower_has("<p>")
        || lower_has("<p ")
        || lower_has("</p>")
        || lower_has("<br")
        || lower_has("<div")
        || lower_has("<html")
}

/// Read HTML that starts at byte `base` of the file. Returns the text of its
/// `<title>`, if any, for the document's metadata.
pub fn read(html: &str, base: usize, out: &mut Pieces) -> Option<String> {
    let parser = NaiveParser::new_with_emitter(PosTrackingReader::new(html), TracingEmitter::default());
    let mut skipping: Option<String> = None;
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut buf = [0u8; 4];
    for item in parser {
        // Reading from a &str cannot fail.
        let Ok((token, trace)) = item;
        match token {
            Token::Char(c) => {
                if skipping.is_some() {
                    continue;
                }
                let Trace::Char(range) = trace else { continue };
                // The tokenizer can report a range that starts inside a
                // multi-byte character (after `<` and a non-ASCII letter):
                // widen it to whole characters.
                let range = snap(html, range);
                let s = c.encode_utf8(&mut buf);
                if in_title {
                    title.get_or_insert_with(String::new).push(c);
                }
                if range.len() == s.len() && &html[range.clone()] == s {
                    out.verbatim(s, base + range.start);
                } else {
                    out.replaced(s, base + range.start, range.len());
                }
            }
            Token::StartTag(tag) => {
                in_title = tag.name == "title";
                // HTML ignores the slash of `<script/>`; only foreign elements
                // (svg) really close themselves.
                let closed = tag.self_closing && tag.name == "svg";
                if SKIPPED.contains(&tag.name.as_str()) && !closed {
                    skipping = Some(tag.name.clone());
                } else if BLOCK.contains(&tag.name.as_str()) {
                    out.brk();
                }
            }
            Token::EndTag(tag) => {
                in_title = false;
                if skipping.as_deref() == Some(tag.name.as_str()) {
                    skipping = None;
                } else if BLOCK.contains(&tag.name.as_str()) {
                    out.brk();
                }
            }
            Token::Comment(_) | Token::Doctype(_) | Token::EndOfFile => {}
        }
    }
    title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Piece;

    #[test]
    fn entity_maps_to_whole_reference() {
        let mut out = Pieces::default();
        read("<p>A&amp;B</p>", 10, &mut out);
        assert_eq!(
            out.0,
            vec![
                Piece::Text {
                    text: "A".into(),
                    origin: 13,
                    orig_len: 1,
                    verbatim: true
                },
                Piece::Text {
                    text: "&".into(),
                    origin: 14,
                    orig_len: 5,
                    verbatim: false
                },
                Piece::Text {
                    text: "B".into(),
                    origin: 19,
                    orig_len: 1,
                    verbatim: true
                },
                Piece::Break,
            ]
        );
    }

    /// Regression (found by the `readers` fuzz target): the tokenizer gave a
    /// range inside `Ô` for the text after `<`, and slicing panicked.
    #[test]
    fn ranges_inside_characters_are_widened() {
        let html = "<ÔÎ";
        let mut out = Pieces::default();
        read(html, 0, &mut out);
        for p in &out.0 {
            if let Piece::Text { origin, orig_len, .. } = p {
                assert!(html.is_char_boundary(*origin) && html.is_char_boundary(origin + orig_len));
            }
        }
    }

    #[test]
    fn truncated_html_keeps_its_text() {
        let mut out = Pieces::default();
        read("<p>甲乙<b", 0, &mut out);
        let text: String = out
            .0
            .iter()
            .filter_map(|p| match p {
                Piece::Text { text, .. } => Some(text.as_str()),
                Piece::Break => None,
            })
            .collect();
        assert_eq!(text, "甲乙");
    }
}
