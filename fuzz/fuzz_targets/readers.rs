//! The readers (txt, Markdown with front matter, HTML, JSONL) and decoding,
//! on arbitrary bytes. Invariants: no panic; every piece points inside the
//! original bytes; a verbatim piece of a UTF-8 file is a copy of the bytes it
//! claims; every mapped sentence lies inside the original.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zonegraph::corpus::{Format, Piece, ReadOptions, Source, read_bytes};
use zonegraph::normalize::normalize;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, raw)) = data.split_first() else { return };
    let format = [Format::Text, Format::Markdown, Format::Html, Format::Jsonl][usize::from(selector % 4)];
    let source = Source {
        path: "fuzz".into(),
        id: "fuzz".into(),
        format,
    };
    let mut problems = Vec::new();
    let Some(docs) = read_bytes(&source, raw, &ReadOptions::default(), &mut problems) else { return };
    let utf8 = std::str::from_utf8(raw).is_ok();
    for doc in docs {
        for piece in &doc.pieces {
            if let Piece::Text { text, origin, orig_len, verbatim } = piece {
                assert!(origin + orig_len <= doc.bytes, "piece past the end");
                if *verbatim && utf8 && format != Format::Jsonl {
                    assert_eq!(&raw[*origin..origin + orig_len], text.as_bytes());
                }
            }
        }
        let norm = normalize(&doc.pieces);
        for s in norm.sentences() {
            let (a, b) = norm.to_original(s.start, s.end);
            assert!(a <= b && b <= doc.bytes, "sentence maps outside the original");
        }
    }
});
