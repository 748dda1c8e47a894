//! Normalisation: one clean text per document, with a map back to the
//! original bytes.
//!
//! Matching runs on this text, never on the raw file, so that one dictionary
//! entry matches every written form of a name:
//!
//! - full-width ASCII letters, digits and punctuation become half-width
//!   (`Ｈ级` → `H级`, `，` → `,`), and the ideographic space is a space;
//! - a run of whitespace next to a CJK character disappears, so a name split
//!   by a line break (`港闸经济\n开发区`) still matches; elsewhere it becomes
//!   one space (`SK hynix`);
//! - a blank line, or a block end from the reader, becomes one `\n`, the
//!   paragraph break. No dictionary key contains `\n`, so no match crosses it.
//!
//! ASCII case is folded only in the matcher's haystack (same byte length), so
//! evidence text keeps the writer's case.
//!
//! Every byte of the normalised text maps back to the original file through
//! [`NormText::to_original`]; this is what makes reported offsets byte offsets
//! into the file a user opens.

use crate::corpus::Piece;

/// A stretch of normalised text and the original bytes it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    /// Start in the normalised text; the run ends where the next one starts.
    norm: usize,
    /// Start in the original bytes.
    orig: usize,
    orig_len: usize,
    /// A verbatim run is a byte-for-byte copy, so offsets inside it map one to
    /// one; any other run maps as a whole to its original range.
    verbatim: bool,
}

/// Normalised document text with its offset map.
#[derive(Clone, Debug, Default)]
pub struct NormText {
    /// The text to match. Read it only: the offset map and the sentence
    /// marks below describe it as it was made.
    pub text: String,
    runs: Vec<Run>,
    /// Where each sentence mark (see [`is_sentence_mark`]) is in `text`, in
    /// order, noted as the text is made so that [`NormText::sentences`] need
    /// not read the text again.
    marks: Vec<usize>,
    /// Where a space in `text` stands for a line break of the original
    /// (`…(均落户Z)` / `1.X项目`: beside Latin text or punctuation the break
    /// is kept as a space), so that what follows it starts a line.
    line_spaces: Vec<usize>,
}

/// A sentence, as a byte range of the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// Fold one character: full-width ASCII to half-width, ideographic space to space.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// A set of characters of the Basic Multilingual Plane, a bit each (8 KB):
/// for the tests that stages ask of every character of every document,
/// where a call, a `match` or Unicode's own tables cost more than one load.
pub(crate) struct BmpSet([u64; 1024]);

impl BmpSet {
    pub(crate) const EMPTY: BmpSet = BmpSet([0; 1024]);

    /// Add `c`; a character above U+FFFF is ignored (the set cannot hold it).
    pub(crate) const fn insert(&mut self, c: char) {
        let code = c as u32;
        if code < 0x1_0000 {
            self.0[(code >> 6) as usize] |= 1 << (code & 63);
        }
    }

    /// Whether `c` is in the set; never for a character above U+FFFF.
    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        let code = c as u32;
        code < 0x1_0000 && self.0[(code >> 6) as usize] >> (code & 63) & 1 == 1
    }
}

/// Whitespace, zero-width space and the byte-order mark. No whitespace lies
/// above U+3000, where nearly all of a Chinese text is, so those characters
/// are answered without Unicode's table.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c > '\u{3000}' {
        c == '\u{FEFF}'
    } else {
        c.is_whitespace() || c == '\u{200B}'
    }
}

/// Characters next to which whitespace carries no meaning: CJK scripts and
/// punctuation, and typographic punctuation such as curly quotes.
fn is_cjk(c: char) -> bool {
    c >= '\u{2E80}' || ('\u{2000}'..='\u{206F}').contains(&c) || c == '\u{00B7}'
}

/// The characters a sentence ends at (full-width forms are folded first);
/// `\n` is the paragraph break.
#[inline]
fn is_sentence_mark(c: char) -> bool {
    matches!(c, '\n' | '。' | '!' | '?' | ';')
}

/// The length of the longest start of `s` whose characters normalise to
/// themselves: no whitespace, nothing folded. That start is to be pushed at
/// `at` in the normalised text; the sentence marks in it are noted in `marks`.
fn unchanged_prefix(s: &str, at: usize, marks: &mut Vec<usize>) -> usize {
    for (i, c) in s.char_indices() {
        // Nearly every character of a Chinese text is above U+3000, where
        // `。` is the only mark and nothing but U+FEFF and the full-width
        // forms changes: those are answered first, in the fewest tests.
        if c > '\u{3000}' {
            if c == '。' {
                marks.push(at + i);
            } else if c >= '\u{FEFF}' && (c == '\u{FEFF}' || fold_char(c) != c) {
                return i;
            }
        } else if is_space(c) || fold_char(c) != c {
            return i;
        } else if is_sentence_mark(c) {
            marks.push(at + i);
        }
    }
    s.len()
}

#[derive(Default)]
struct Builder {
    out: NormText,
    /// Original range of pending whitespace, and how many line feeds it holds.
    pending_space: Option<(usize, usize, usize)>,
    pending_break: Option<usize>,
    /// Whether the line being written holds a table's bar (`|`, `｜`).
    line_has_bar: bool,
}

/// Characters that open an item of a bulleted list (`▪ 主导产业：…`).
const BULLETS: &[char] = &[
    '▪', '•', '●', '■', '◆', '◇', '□', '○', '※', '★', '☆', '►', '▶', '➢', '✓', '√',
];

impl Builder {
    fn last_char(&self) -> Option<char> {
        self.out.text.chars().next_back()
    }

    fn push_run(&mut self, s: &str, orig: usize, orig_len: usize, verbatim: bool) {
        let norm = self.out.text.len();
        if verbatim
            && let Some(last) = self.out.runs.last_mut()
            && last.verbatim
            && last.orig + last.orig_len == orig
        {
            last.orig_len += orig_len;
        } else {
            self.out.runs.push(Run {
                norm,
                orig,
                orig_len,
                verbatim,
            });
        }
        self.out.text.push_str(s);
    }

    fn push_char(&mut self, c: char, orig: usize, orig_len: usize, verbatim: bool) {
        let folded = fold_char(c);
        if is_space(folded) {
            let lf = usize::from(folded == '\n');
            self.pending_space = Some(match self.pending_space {
                Some((s, _, n)) => (s, orig + orig_len, n + lf),
                None => (orig, orig + orig_len, lf),
            });
            return;
        }
        let space = self.pending_space.take();
        // A blank line ends a paragraph; so does a single line break before
        // a bulleted item or after a table's row (`1｜A项目｜B公司`): such
        // lines are items of their own, never a sentence wrapped in two.
        let line_break = space.is_some_and(|(_, _, lf)| lf >= 1);
        let blank_line =
            space.is_some_and(|(_, _, lf)| lf >= 2) || line_break && (BULLETS.contains(&folded) || self.line_has_bar);
        if line_break {
            self.line_has_bar = false;
        }
        if folded == '|' {
            self.line_has_bar = true;
        }
        if self.pending_break.is_some() || blank_line {
            let at = self.pending_break.take().or(space.map(|(s, _, _)| s)).unwrap_or(orig);
            if !matches!(self.last_char(), None | Some('\n')) {
                let end = space.map_or(at, |(_, e, _)| e.max(at));
                self.out.marks.push(self.out.text.len());
                self.push_run("\n", at, end - at, false);
            }
        } else if let Some((s, e, lf)) = space
            && let Some(prev) = self.last_char()
            && prev != '\n'
            && !is_cjk(prev)
            && !is_cjk(folded)
        {
            if lf > 0 {
                self.out.line_spaces.push(self.out.text.len());
            }
            self.push_run(" ", s, e - s, false);
        }
        if is_sentence_mark(folded) {
            self.out.marks.push(self.out.text.len());
        }
        let mut buf = [0u8; 4];
        let encoded = folded.encode_utf8(&mut buf);
        self.push_run(encoded, orig, orig_len, verbatim && folded == c);
    }

    /// No whitespace or paragraph break waits to be written.
    fn settled(&self) -> bool {
        self.pending_space.is_none() && self.pending_break.is_none()
    }

    fn brk(&mut self, at: usize) {
        self.pending_space = None;
        self.pending_break.get_or_insert(at);
    }
}

/// Normalise a document's pieces.
pub fn normalize(pieces: &[Piece]) -> NormText {
    normalize_with(pieces, true)
}

/// [`normalize`]; with `stretches`, a stretch of verbatim characters that
/// stay as they are, with no whitespace or break pending, is pushed as one
/// run. Most text is such stretches, and the result is what pushing their
/// characters one by one gives (a test compares the two ways).
fn normalize_with(pieces: &[Piece], stretches: bool) -> NormText {
    let mut b = Builder::default();
    let mut last_end = 0;
    for piece in pieces {
        match piece {
            Piece::Break => b.brk(last_end),
            Piece::Text {
                text,
                origin,
                orig_len,
                verbatim,
            } => {
                let mut i = 0;
                while let Some(c) = text[i..].chars().next() {
                    if *verbatim && stretches && b.settled() {
                        let n = unchanged_prefix(&text[i..], b.out.text.len(), &mut b.out.marks);
                        if n > 0 {
                            // A run holds no line break: a bar in it is on
                            // the line being written.
                            b.line_has_bar |= text.as_bytes()[i..i + n].contains(&b'|');
                            b.push_run(&text[i..i + n], origin + i, n, true);
                            i += n;
                            continue;
                        }
                    }
                    match verbatim {
                        true => b.push_char(c, origin + i, c.len_utf8(), true),
                        false => b.push_char(c, *origin, *orig_len, false),
                    }
                    i += c.len_utf8();
                }
                last_end = origin + orig_len;
            }
        }
    }
    b.out
}

/// Normalise one string that is a whole text of its own (offsets count
/// from its start).
pub fn normalize_str(text: &str) -> NormText {
    normalize(&[Piece::Text {
        text: text.into(),
        origin: 0,
        orig_len: text.len(),
        verbatim: true,
    }])
}

/// Normalise a dictionary name the way document text is normalised, and fold
/// ASCII case, giving the key the matcher looks for.
pub fn normalize_key(name: &str) -> String {
    let mut key = normalize_str(name).text;
    key.retain(|c| c != '\n');
    key.make_ascii_lowercase();
    key
}

impl NormText {
    fn run_at(&self, pos: usize) -> &Run {
        let i = self.runs.partition_point(|r| r.norm <= pos);
        &self.runs[i.saturating_sub(1)]
    }

    /// Map a range of the normalised text to the original bytes it covers.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if self.runs.is_empty() {
            return (0, 0);
        }
        let r = self.run_at(start);
        let o_start = if r.verbatim { r.orig + (start - r.norm) } else { r.orig };
        if end <= start {
            return (o_start, o_start);
        }
        let r = self.run_at(end - 1);
        let o_end = if r.verbatim {
            r.orig + (end - r.norm)
        } else {
            r.orig + r.orig_len
        };
        (o_start, o_end.max(o_start))
    }

    /// Whether whitespace of the original text was dropped right before
    /// `pos` (a character boundary): where a line break joined two lines of
    /// Chinese text, or a space stood between two fields. The start of the
    /// text and of a paragraph count too, and so does the place after a line
    /// break kept as a space.
    pub fn break_before(&self, pos: usize) -> bool {
        let Some(prev) = self.text[..pos].chars().next_back() else {
            return true;
        };
        // A paragraph's break stands for all the whitespace between the
        // paragraphs: what follows it starts a line too.
        if prev == '\n' {
            return true;
        }
        if prev == ' ' && self.line_spaces.binary_search(&(pos - 1)).is_ok() {
            return true;
        }
        let Some(next) = self.text[pos..].chars().next() else {
            return false;
        };
        let (_, prev_end) = self.to_original(pos - prev.len_utf8(), pos);
        let (next_start, _) = self.to_original(pos, pos + next.len_utf8());
        next_start > prev_end
    }

    /// Split into sentences at `。!?;` (full-width forms are folded already)
    /// and at paragraph breaks. Closing quotes and brackets right after the end
    /// mark stay with their sentence.
    ///
    /// Only the marks noted while normalising are read, not the whole text
    /// (a walk over its characters cost two thirds of normalising it). No
    /// closing character is a mark, so none is skipped.
    pub fn sentences(&self) -> Vec<Sentence> {
        let text = &self.text;
        let mut out = Vec::new();
        let mut start = 0;
        for &i in &self.marks {
            let (sentence_end, next_start) = match text[i..].chars().next() {
                Some('\n') => (i, i + 1),
                Some(c) => {
                    let mut end = i + c.len_utf8();
                    for d in text[end..].chars() {
                        if !matches!(d, '”' | '’' | '」' | '』' | '"' | '\'' | ')' | '》') {
                            break;
                        }
                        end += d.len_utf8();
                    }
                    (end, end)
                }
                None => unreachable!("a mark is a character of the text"),
            };
            push_sentence(text, start, sentence_end, &mut out);
            start = next_start;
        }
        push_sentence(text, start, text.len(), &mut out);
        out
    }
}

fn push_sentence(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let trimmed = s.trim_start();
    let start = start + (s.len() - trimmed.len());
    let end = start + trimmed.trim_end().len();
    if end > start {
        out.push(Sentence { start, end });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verbatim(text: &str) -> Vec<Piece> {
        vec![Piece::Text {
            text: text.into(),
            origin: 0,
            orig_len: text.len(),
            verbatim: true,
        }]
    }

    #[test]
    fn normalised_text() {
        let cases: &[(&str, &str)] = &[
            ("华能Ｈ级７５万千瓦", "华能H级75万千瓦"),
            ("港闸经济\n开发区", "港闸经济开发区"),
            ("港闸经济 \r\n  开发区", "港闸经济开发区"),
            ("甲。\n\n乙", "甲。\n乙"),
            ("甲\n \n\n\n乙", "甲\n乙"),
            ("SK  hynix\n公司", "SK hynix公司"),
            ("总投资 50 亿元", "总投资50亿元"),
            ("  前后空白  ", "前后空白"),
            ("全角，标点；（括号）", "全角,标点;(括号)"),
            ("甲\u{3000}乙", "甲乙"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_str(input).text, *want, "input {input:?}");
        }
    }

    #[test]
    fn stretches_normalise_as_their_characters_do() {
        // Every character through `push_char`, as before stretches were
        // taken whole: the same text and the same runs.
        let by_char = |pieces: &[Piece]| normalize_with(pieces, false);
        let entity = Piece::Text {
            text: "&".into(),
            origin: 40,
            orig_len: 5,
            verbatim: false,
        };
        let texts = [
            "",
            "临江开发区",
            "华能Ｈ级７５万千瓦 项目\n\n二期 SK  hynix\u{3000}公司\u{200B}。",
            "  前后 \r\n 空白  ",
            "全角，标点；（括号）ＡＢ ab\tc\u{A0}d\u{2028}e",
        ];
        for text in texts {
            let mut pieces = verbatim(text);
            pieces.push(Piece::Break);
            pieces.push(entity.clone());
            pieces.extend(verbatim(text).into_iter().map(|p| match p {
                Piece::Text { text, .. } => Piece::Text {
                    orig_len: text.len(),
                    text,
                    origin: 45,
                    verbatim: true,
                },
                other => other,
            }));
            for pieces in [&pieces[..1], &pieces[..]] {
                let (fast, slow) = (normalize(pieces), by_char(pieces));
                assert_eq!(fast.text, slow.text, "{text:?}");
                assert_eq!(fast.runs, slow.runs, "{text:?}");
                assert_eq!(fast.marks, slow.marks, "{text:?}");
            }
        }
    }

    /// Sentences as they were found before the marks were noted: a walk over
    /// every character of the text.
    fn sentences_by_walk(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let end = match c {
                '\n' => Some((i, i + 1)),
                '。' | '!' | '?' | ';' => {
                    let mut end = i + c.len_utf8();
                    while let Some(&(j, d)) = iter.peek() {
                        if matches!(d, '”' | '’' | '」' | '』' | '"' | '\'' | ')' | '》') {
                            end = j + d.len_utf8();
                            iter.next();
                        } else {
                            break;
                        }
                    }
                    Some((end, end))
                }
                _ => None,
            };
            if let Some((sentence_end, next_start)) = end {
                push_sentence(text, start, sentence_end, &mut out);
                start = next_start;
            }
        }
        push_sentence(text, start, text.len(), &mut out);
        out
    }

    #[test]
    fn noted_marks_split_as_the_walk_over_characters_did() {
        // Marks in both widths, closers, every kind of space, breaks, and
        // pieces replaced whole (an entity standing for `;`, `。` or `\n`).
        let alphabet = [
            "甲",
            "开发区",
            "A",
            "b",
            "7",
            "。",
            "!",
            "?",
            ";",
            "！",
            "？",
            "；",
            "，",
            "”",
            "’",
            "」",
            "』",
            "\"",
            "'",
            ")",
            "》",
            "（",
            " ",
            "  ",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "\u{3000}",
            "\u{A0}",
            "\u{200B}",
            "\u{FEFF}",
            "\u{2028}",
            "Ｈ",
            "。”",
            "!)",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..3000 {
            let mut pieces = Vec::new();
            let mut origin = 0;
            for _ in 0..next(6) {
                match next(8) {
                    0 => pieces.push(Piece::Break),
                    1 => {
                        let text = [";", "。", "\n", "x", " "][next(5)].to_string();
                        pieces.push(Piece::Text {
                            text,
                            origin,
                            orig_len: 5,
                            verbatim: false,
                        });
                        origin += 5;
                    }
                    _ => {
                        let text: String = (0..next(12)).map(|_| alphabet[next(alphabet.len())]).collect();
                        let orig_len = text.len();
                        pieces.push(Piece::Text {
                            text,
                            origin,
                            orig_len,
                            verbatim: true,
                        });
                        origin += orig_len;
                    }
                }
            }
            for n in [normalize(&pieces), normalize_with(&pieces, false)] {
                assert_eq!(n.sentences(), sentences_by_walk(&n.text), "{pieces:?} → {:?}", n.text);
            }
        }
    }

    #[test]
    fn offsets_map_back_to_original_bytes() {
        // (input, normalised substring, original substring it must map to)
        let cases: &[(&str, &str, &str)] = &[
            ("前言华能Ｈ级项目", "华能H级项目", "华能Ｈ级项目"),
            ("前言港闸经济\n开发区后记", "港闸经济开发区", "港闸经济\n开发区"),
            ("A，B", ",", "，"),
            ("甲\n\n乙丙", "乙丙", "乙丙"),
            ("甲 SK hynix", "SK hynix", "SK hynix"),
        ];
        for (input, norm_sub, orig_sub) in cases {
            let n = normalize_str(input);
            let at = n.text.find(norm_sub).expect("substring");
            let (s, e) = n.to_original(at, at + norm_sub.len());
            assert_eq!(&input[s..e], *orig_sub, "input {input:?}");
        }
    }

    /// Dropped whitespace is seen where it was: a line break inside a
    /// paragraph, an ideographic space; not a folded character. So is a line
    /// break kept as a space.
    #[test]
    fn breaks_before_are_where_whitespace_was_dropped() {
        // (input, normalised text before the position, want)
        let cases: &[(&str, &str, bool)] = &[
            ("名称:甲\n地址:乙", "名称:甲", true),
            ("名称:甲地址:乙", "名称:甲", false),
            ("简称：甲\u{3000}\u{3000}编号：乙", "简称:甲", true),
            ("名称：甲", "名称:", false),
            ("名称：甲", "", true),
            ("甲\n\n乙", "甲", false),
            ("甲\n\n乙", "甲\n", true),
            // A line break kept as a space (beside a bracket or a digit)
            // still starts a line after it; a space within a line does not.
            ("清单（均在甲）\n1．乙项目", "清单(均在甲) ", true),
            ("清单（均在甲）\n1．乙项目", "清单(均在甲)", false),
            ("A B", "A ", false),
        ];
        for (input, before, want) in cases {
            let n = normalize_str(input);
            assert!(n.text.starts_with(before), "{input:?} normalises to {:?}", n.text);
            assert_eq!(n.break_before(before.len()), *want, "{input:?} after {before:?}");
        }
    }

    #[test]
    fn replaced_pieces_map_as_a_whole() {
        let pieces = vec![
            Piece::Text {
                text: "A".into(),
                origin: 3,
                orig_len: 1,
                verbatim: true,
            },
            Piece::Text {
                text: "&".into(),
                origin: 4,
                orig_len: 5,
                verbatim: false,
            },
            Piece::Break,
            Piece::Text {
                text: "B".into(),
                origin: 20,
                orig_len: 1,
                verbatim: true,
            },
        ];
        let n = normalize(&pieces);
        assert_eq!(n.text, "A&\nB");
        assert_eq!(n.to_original(0, 2), (3, 9));
        assert_eq!(n.to_original(1, 2), (4, 9));
        assert_eq!(n.to_original(3, 4), (20, 21));
    }

    #[test]
    fn sentence_boundaries() {
        let cases: &[(&str, &[&str])] = &[
            ("甲。乙!丙?丁;戊", &["甲。", "乙!", "丙?", "丁;", "戊"]),
            ("他说:“好。”然后", &["他说:“好。”", "然后"]),
            ("标题\n\n正文。", &["标题", "正文。"]),
            ("换行\n不断句。", &["换行不断句。"]),
            // a bulleted item and a table's row are lines of their own
            ("主导产业:甲\n▪ 重点企业:乙", &["主导产业:甲", "▪重点企业:乙"]),
            (
                "1｜甲项目｜乙公司\n2｜丙项目｜丁公司",
                &["1|甲项目|乙公司", "2|丙项目|丁公司"],
            ),
            ("行内|无表\n下一行。", &["行内|无表", "下一行。"]),
            ("", &[]),
        ];
        for (input, want) in cases {
            let n = normalize_str(input);
            let got: Vec<&str> = n.sentences().iter().map(|s| &n.text[s.start..s.end]).collect();
            assert_eq!(got, *want, "input {input:?}");
        }
    }

    #[test]
    fn spaces_are_whitespace_and_the_zero_width_marks() {
        for c in '\0'..=char::MAX {
            let want = c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}');
            assert_eq!(is_space(c), want, "{c:?}");
        }
    }

    #[test]
    fn keys_fold_case_and_width() {
        assert_eq!(normalize_key("ＳＫ Hynix"), "sk hynix");
        assert_eq!(normalize_key(" 华能Ｈ级 "), "华能h级");
    }
}
