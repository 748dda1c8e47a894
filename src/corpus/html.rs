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

/// The tags that make a `.txt` body HTML, in lower case; each also counts in
/// upper case (`<P>`), not in mixed case.
const HTML_TAGS: [&str; 6] = ["<p>", "<p ", "</p>", "<br", "<div", "<html"];

/// Whether a `.txt` body is really HTML: it holds paragraph, break or div tags.
///
/// Every tag begins with `<`, so the body is read once, from one `<` to the
/// next (found with memchr), instead of searched twelve times (each tag in
/// both cases): that was about 1% of a build's CPU.
pub fn looks_like_html(body: &str) -> bool {
    let bytes = body.as_bytes();
    body.match_indices('<').any(|(at, _)| {
        let rest = &bytes[at..];
        HTML_TAGS.iter().any(|tag| {
            let Some(head) = rest.get(..tag.len()) else {
                return false;
            };
            head == tag.as_bytes() || head.iter().zip(tag.bytes()).all(|(&h, t)| h == t.to_ascii_uppercase())
        })
    })
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
    fn html_in_text_files() {
        let cases = [
            ("", false),
            ("纯文本，没有标签。", false),
            ("<p>甲</p>", true),
            ("甲<P>乙", true),
            ("<p class=\"x\">", true),
            ("甲</p>", true),
            ("一行<br>两行", true),
            ("<BR/>", true),
            ("<div>", true),
            ("<DIV id=a>", true),
            ("<!doctype html><html>", true),
            ("<HTML>", true),
            // Mixed case, and tags that only begin like one, do not count.
            ("<Div>", false),
            ("<Html>", false),
            ("<pre>", false),
            ("<b>粗</b>", false),
            ("a < b and c > d", false),
            ("cut off: <di", false),
            ("<<p>", true),
        ];
        for (body, want) in cases {
            assert_eq!(looks_like_html(body), want, "{body:?}");
        }
    }

    /// The one-pass reading gives what searching for each tag in both cases
    /// gave, on random strings made of pieces of tags.
    #[test]
    fn html_check_is_the_twelve_searches() {
        let twelve = |body: &str| {
            HTML_TAGS
                .iter()
                .any(|tag| body.contains(tag) || body.contains(&tag.to_uppercase()))
        };
        let pieces = [
            "<", "</", ">", " ", "p", "P", "br", "BR", "Br", "div", "DIV", "Div", "html", "HTML", "pre", "中",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut seen_html = 0;
        for _ in 0..20_000 {
            let len = (next() % 8) as usize;
            let body: String = (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect();
            let want = twelve(&body);
            seen_html += usize::from(want);
            assert_eq!(looks_like_html(&body), want, "{body:?}");
        }
        // Both answers were met many times.
        assert!(seen_html > 1_000 && seen_html < 19_000, "{seen_html}");
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
