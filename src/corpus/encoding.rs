//! Text encodings: what bytes a file holds, and how its decoded text maps
//! back to them.
//!
//! UTF-8 (with or without a BOM) is read as it is. A UTF-16 BOM selects
//! UTF-16. Anything else that is not valid UTF-8 is guessed with chardetng
//! (GB18030/GBK pages from old Chinese sites are the usual case), unless
//! `--encoding` forces one. A file with NUL bytes and no UTF-16 BOM is taken
//! to be binary and skipped.
//!
//! Offsets stay byte offsets into the original file: decoding records, for
//! every character of the decoded text, the bytes it came from, and the
//! readers' pieces are mapped through that record.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use super::Piece;

/// Decoded text and, unless it is the original bytes, where each character came from.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    /// For each character of `text`, in order: (start in `text`, original
    /// start, original length). Empty when `text` is the original bytes.
    map: Vec<(usize, usize, usize)>,
}

/// Why a file could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    Binary,
    Invalid { encoding: &'static str, byte: usize },
}

/// The encoding a label names (`gbk`, `gb18030`, `utf-16le`, …).
pub fn by_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// The bytes as UTF-8, or where the first invalid sequence starts.
///
/// simdutf8 checked generated Chinese news at 17.7 GB/s, where
/// `std::str::from_utf8` (whose fast path is ASCII) managed 1.0–1.3 GB/s;
/// every byte of every file goes through here.
/// Only a file that fails is checked again, by std, to say where.
fn utf8(bytes: &[u8]) -> Result<&str, usize> {
    simdutf8::basic::from_utf8(bytes).map_err(|_| match std::str::from_utf8(bytes) {
        Ok(_) => unreachable!("simdutf8 and std agree on what is UTF-8"),
        Err(e) => e.valid_up_to(),
    })
}

/// Decode a file's bytes, with `forced` as the encoding when given.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, DecodeError> {
    let bom = Encoding::for_bom(bytes).map(|(e, _)| e);
    let encoding = match (forced, bom) {
        (Some(e), _) => e,
        (None, Some(e)) => e,
        // Text never holds NUL bytes (outside UTF-16, which has a BOM here).
        (None, None) if bytes.contains(&0) => return Err(DecodeError::Binary),
        // Valid UTF-8 is taken as such: checked once, not again below.
        (None, None) if let Ok(text) = utf8(bytes) => {
            return Ok(Decoded {
                text: text.to_string(),
                encoding: UTF_8,
                map: Vec::new(),
            });
        }
        (None, None) => {
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector.guess(None, chardetng::Utf8Detection::Deny)
        }
    };
    if encoding == UTF_8 {
        return match utf8(bytes) {
            Ok(text) => Ok(Decoded {
                text: text.to_string(),
                encoding,
                map: Vec::new(),
            }),
            Err(byte) => Err(DecodeError::Invalid {
                encoding: "UTF-8",
                byte,
            }),
        };
    }
    if bytes.contains(&0) && encoding != UTF_16LE && encoding != UTF_16BE {
        return Err(DecodeError::Binary);
    }
    // Decode byte by byte so that each character's bytes are known.
    let skip = match bom {
        Some(e) if e == encoding => {
            if e == UTF_8 {
                3
            } else {
                2
            }
        }
        _ => 0,
    };
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() * 3 / 2);
    let mut map = Vec::new();
    let mut char_start = skip;
    let mut buf = [0u8; 16];
    for (i, byte) in bytes.iter().enumerate().skip(skip) {
        let last = i + 1 == bytes.len();
        let (result, _, written) =
            decoder.decode_to_utf8_without_replacement(std::slice::from_ref(byte), &mut buf, last);
        if let encoding_rs::DecoderResult::Malformed(_, _) = result {
            return Err(DecodeError::Invalid {
                encoding: encoding.name(),
                byte: char_start,
            });
        }
        if written > 0 {
            let s = std::str::from_utf8(&buf[..written]).expect("the decoder writes UTF-8");
            for (k, c) in s.chars().enumerate() {
                // A byte that ends two characters (rare) gives the second no bytes of its own.
                let (start, len) = if k == 0 {
                    (char_start, i + 1 - char_start)
                } else {
                    (i + 1, 0)
                };
                map.push((text.len(), start, len));
                text.push(c);
            }
            char_start = i + 1;
        }
    }
    Ok(Decoded { text, encoding, map })
}

impl Decoded {
    /// Whether offsets into `text` are offsets into the file.
    pub fn is_original(&self) -> bool {
        self.map.is_empty()
    }

    fn char_at(&self, pos: usize) -> (usize, usize, usize) {
        let i = self.map.partition_point(|(p, _, _)| *p <= pos);
        self.map[i.saturating_sub(1)]
    }

    /// Original byte range of a decoded range.
    fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let (_, s, _) = self.char_at(start);
        if end <= start {
            return (s, s);
        }
        let (_, e0, len) = self.char_at(end - 1);
        (s, e0 + len)
    }

    /// Map pieces whose offsets point into `text` to the original bytes.
    /// Each character becomes its own piece tied to its own bytes, since the
    /// decoded and original bytes differ.
    pub fn remap(&self, pieces: Vec<Piece>) -> Vec<Piece> {
        if self.is_original() {
            return pieces;
        }
        let mut out = Vec::with_capacity(pieces.len());
        for piece in pieces {
            match piece {
                Piece::Break => out.push(Piece::Break),
                Piece::Text {
                    text,
                    origin,
                    orig_len,
                    verbatim: true,
                } => {
                    debug_assert_eq!(text.len(), orig_len);
                    for (i, c) in text.char_indices() {
                        let (s, e) = self.original(origin + i, origin + i + c.len_utf8());
                        out.push(Piece::Text {
                            text: c.to_string(),
                            origin: s,
                            orig_len: e - s,
                            verbatim: false,
                        });
                    }
                }
                Piece::Text {
                    text,
                    origin,
                    orig_len,
                    verbatim: false,
                } => {
                    let (s, e) = self.original(origin, origin + orig_len);
                    out.push(Piece::Text {
                        text,
                        origin: s,
                        orig_len: e - s,
                        verbatim: false,
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let text = "临江开发区，总投资５０亿元。";
        let (gbk, _, _) = encoding_rs::GB18030.encode(text);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        type Case = (Vec<u8>, Option<&'static Encoding>, Result<&'static str, DecodeError>);
        let cases: Vec<Case> = vec![
            (text.as_bytes().to_vec(), None, Ok("UTF-8")),
            (gbk.to_vec(), None, Ok("GBK")),
            (gbk.to_vec(), by_label("gbk"), Ok("GBK")),
            (utf16, None, Ok("UTF-16LE")),
            (b"\x00\x01\x02binary\xff".to_vec(), None, Err(DecodeError::Binary)),
            (
                gbk.to_vec(),
                Some(UTF_8),
                Err(DecodeError::Invalid {
                    encoding: "UTF-8",
                    byte: 0,
                }),
            ),
        ];
        // Forced UTF-8 with a cut-off sequence after valid text: the error
        // names the first byte that is not UTF-8, not the start of the file.
        let mut broken = text.as_bytes().to_vec();
        let bad_at = broken.len();
        broken.extend([0xE4, 0xB8, b'x']);
        broken.extend(text.as_bytes());
        let cases = cases.into_iter().chain([(
            broken,
            Some(UTF_8),
            Err(DecodeError::Invalid {
                encoding: "UTF-8",
                byte: bad_at,
            }),
        )]);
        for (bytes, forced, want) in cases {
            let got = decode(&bytes, forced);
            match want {
                Ok(name) => {
                    let d = got.expect("decodes");
                    assert!(
                        d.encoding.name().eq_ignore_ascii_case(name),
                        "{} vs {name}",
                        d.encoding.name()
                    );
                    assert_eq!(d.text.trim_start_matches('\u{feff}'), text);
                }
                Err(e) => assert_eq!(got.err(), Some(e)),
            }
        }
    }

    #[test]
    fn offsets_map_to_the_original_bytes() {
        let text = "甲A乙，丙";
        let (gbk, _, _) = encoding_rs::GB18030.encode(text);
        let d = decode(&gbk, by_label("gb18030")).unwrap();
        let pieces = d.remap(vec![Piece::Text {
            text: d.text.clone(),
            origin: 0,
            orig_len: d.text.len(),
            verbatim: true,
        }]);
        let spans: Vec<(usize, usize)> = pieces
            .iter()
            .map(|p| match p {
                Piece::Text { origin, orig_len, .. } => (*origin, *orig_len),
                Piece::Break => (0, 0),
            })
            .collect();
        // 甲 2 bytes, A 1 byte, 乙 2, ， 2, 丙 2.
        assert_eq!(spans, vec![(0, 2), (2, 1), (3, 2), (5, 2), (7, 2)]);
    }
}
