//! The normaliser and its offset map. Invariant: every character of the
//! normalised text maps back to original bytes that, folded the same way and
//! without whitespace, are that character (or whitespace, for the space and
//! paragraph break it inserts).
#![no_main]

use libfuzzer_sys::fuzz_target;
use zonegraph::corpus::Piece;
use zonegraph::normalize::{fold_char, normalize};

fuzz_target!(|text: &str| {
    let piece = Piece::Text {
        text: text.to_string(),
        origin: 0,
        orig_len: text.len(),
        verbatim: true,
    };
    let norm = normalize(&[piece]);
    for (i, c) in norm.text.char_indices() {
        let (a, b) = norm.to_original(i, i + c.len_utf8());
        assert!(a <= b && b <= text.len());
        let original = &text[a..b];
        let folded: String = original.chars().map(fold_char).filter(|c| !c.is_whitespace() && !matches!(c, '\u{200B}' | '\u{FEFF}')).collect();
        if c == ' ' || c == '\n' {
            assert!(folded.is_empty(), "{c:?} maps to {original:?}");
        } else {
            assert_eq!(folded, c.to_string(), "{c:?} maps to {original:?}");
        }
    }
    for s in norm.sentences() {
        let (a, b) = norm.to_original(s.start, s.end);
        assert!(a <= b && b <= text.len());
    }
});
