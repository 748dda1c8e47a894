//! Figures: the amounts, capacities, areas and founding years that economic
//! news states, read into numbers with units.
//!
//! Regional-economy news carries most of its facts as figures next to names:
//! `总投资50亿元的…项目`, `75万千瓦`, `规划面积40.83平方公里`, `成立于1993年`.
//! [`find_figures`] finds them and returns each as a [`Figure`]: a value in
//! base units (yuan, kilowatts, square metres, …), a [`Unit`], a [`Bound`] for
//! hedges such as `超` or `约`, a [`FigureKind`] read from the words before it,
//! and the byte span of its surface in the text it was given.
//!
//! The input is meant to be [normalised](crate::normalize) text, but nothing
//! depends on it: every character is folded with
//! [`crate::normalize::fold_char`] before it is looked at (so
//! `１２０亿元` reads as `120亿元`), and whitespace is skipped (so a paragraph
//! break inside `总投资超⏎⏎500亿元` does not matter), except that two runs of
//! digits never join across it. Offsets always point into the given text, so
//! `&text[f.start..f.end] == f.text`.
//!
//! # What counts as a figure
//!
//! A number followed by a unit this module knows. A bare number, a count
//! (`10个`), a percentage (`12.8%`), a month (`1-11月`), a date (`2021年12月`)
//! or a phone number is not a figure. A year is a figure only after a founding
//! cue (see [`FigureKind::Established`]). Some written forms are skipped on
//! purpose, because any single value would misstate them:
//!
//! - vague numbers: `数十亿元`, `十几亿元`, `几百亩`, `五六亿元`;
//! - ranges: `3-5亿元`, `3亿至5亿元` (neither end is reported);
//! - rates: a unit followed by `/`, such as `8000元/平方米`;
//! - energy: `千瓦时`, `兆瓦时`, `kWh`, `度` are not capacity (see [`Unit::Kw`]).
//!
//! A bare `亿` or `万` standing for one of it (`超亿元`, `亿元以上项目`, `上万亩`)
//! is a figure only with a hedge, since `每万元产值` states none.
//!
//! Numbers may be written in Arabic digits (`1.5`, `1,200`, `１２０`), in
//! Chinese numerals (`二十`, `三千五百`, `一百零五`, `两百`, `一点五`), or
//! mixed (`3.5万`, `1亿5000万`, `百亿`); see [`parse_number`]. A comma joins
//! digits only as a thousands separator (`1,200`: one to three digits, then
//! groups of exactly three). Normalised text writes the Chinese clause comma
//! as `,` too, so `…10,200亿元` would read as one number; news does not write a
//! clause break between two bare numbers, so this is accepted.
//!
//! ```
//! use zonegraph::figures::{find_figures, Bound, FigureKind, Unit};
//!
//! let text = "该项目总投资超50亿元,装机75万千瓦。";
//! let figures = find_figures(text);
//! assert_eq!(figures.len(), 2);
//! assert_eq!(figures[0].kind, FigureKind::Investment);
//! assert_eq!((figures[0].value, figures[0].unit, figures[0].bound), (5.0e9, Unit::Cny, Bound::AtLeast));
//! assert_eq!(&text[figures[0].start..figures[0].end], "超50亿元");
//! assert_eq!((figures[1].kind, figures[1].value), (FigureKind::Capacity, 7.5e5));
//! ```

use std::sync::LazyLock;

use crate::normalize::{BmpSet, fold_char, is_space};

/// A figure found in text.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Byte offset of the first byte of the surface in the given text.
    ///
    /// The surface starts at a hedge before the number (`超`, `约`) when there
    /// is one, and ends after the unit, or after a hedge following it (`以上`,
    /// `左右`). A cue such as `总投资` is not part of it.
    pub start: usize,
    /// Byte offset just past the surface.
    pub end: usize,
    pub kind: FigureKind,
    /// The value in the base unit of [`Figure::unit`]: `1.5亿美元` is `1.5e8`
    /// and `75万千瓦` is `7.5e5`. For a hedged figure it is the stated number
    /// (`超10亿元` is `1e9`); [`Figure::bound`] says how to read it.
    pub value: f64,
    pub unit: Unit,
    pub bound: Bound,
    /// The surface, `text[start..end]`, as written (not folded).
    pub text: String,
}

/// What a figure measures.
///
/// Capacity, area and founding year follow from the unit. A money amount is
/// classified by the first of these rules that applies:
///
/// 1. **Lists.** An amount right after `、`, `和`, `及`, `与` or `或` that
///    directly follows another money figure takes that figure's kind
///    (`总投资分别为10亿元、20亿元`).
/// 2. **Cue before.** The nearest cue word ending at most [`CUE_WINDOW`]
///    characters before the surface, in the same clause, gives the kind. A
///    clause ends at `,` `;` `。` `!` `?` `、`; whitespace is skipped. When
///    several cues end at the same place the longest wins, so `销售收入` is
///    output although `收入` alone is other.
/// 3. **`项目` after.** An amount followed by `项目` within [`TRAIL_WINDOW`]
///    characters of the same clause is an investment: `20亿元重特大项目`,
///    `超10亿元项目24个` and `3000万美元外资项目` all state project sizes.
///
/// Everything else is [`FigureKind::Other`]. The window is small on purpose:
/// a cue in an earlier clause (`总投资50亿元,其中一期20亿元`) is not used, which
/// loses some investments but never gives one to a tax or budget figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FigureKind {
    /// Money after `投资` and the phrases that contain it (`总投资`, `投资额`,
    /// `计划投资`, `拟投资`, `项目投资`, `协议投资`, `固定资产投资`), or `总投入`.
    Investment,
    /// Power capacity, any amount in [`Unit::Kw`].
    Capacity,
    /// Land or floor area, any amount in an area unit.
    Area,
    /// Money after `产值`, `销售` (`应税销售`, `销售收入`, `销售额`), `营收`,
    /// `营业收入`, `营业额` or `主营业务收入`.
    Output,
    /// A year, in [`Unit::Year`], right after `成立于`, `始建于`, `设立于`,
    /// `创建于`, `创立于`, `组建于`, `创办于`, `建立于` or `建于`, or right before
    /// `成立`, `设立`, `始建`, `创建`, `创立`, `组建`, `建立`, `创办` (a month and a
    /// day may come between: `1993年12月成立`). Only four-digit years
    /// 1000–2999 count, in Arabic digits or Chinese digits (`一九九三年`).
    Established,
    /// Money with no cue, or with a cue that names something else: `注册资本`,
    /// `注册资金`, `到账外资`, `外资到账`, `利用外资`, `合同外资`, `收入` (as in
    /// `一般公共预算收入`), `税收`, `利税`, `利润`, `进出口`, `成交额`, `投入`,
    /// `补贴`, `奖励`, `融资`, `贷款`, `生产总值`, `增加值`, `零售额`, `预算`.
    /// These are cues too, so that a nearer `注册资本` wins over a farther `投资`.
    Other,
}

/// The unit of [`Figure::value`], always the base unit of its dimension.
///
/// Multipliers written in the text (`万`, `亿`, `兆瓦` as thousands of
/// kilowatts) are applied to the value, never kept in the unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// Renminbi yuan: `元`, `元人民币`, `人民币`.
    Cny,
    /// US dollars: `美元`, `美金`.
    Usd,
    /// Euros: `欧元`.
    Eur,
    /// Japanese yen: `日元`, `日圆`.
    Jpy,
    /// Hong Kong dollars: `港元`, `港币`.
    Hkd,
    /// Kilowatts of capacity: `千瓦` and `kW`; `兆瓦` and `MW` count 1 000,
    /// `吉瓦` and `GW` 1 000 000. A trailing `p` (`MWp`, peak) is accepted.
    ///
    /// Energy is not capacity: `千瓦时`, `兆瓦时`, `千瓦·时`, `kWh` and `度`
    /// (kilowatt-hours) are not figures at all, because a generation figure
    /// read as capacity would be wrong by orders of magnitude, and no other
    /// unit here can hold it.
    Kw,
    /// Square kilometres: `平方公里`, `平方千米`, `km²`, `km2`.
    SquareKm,
    /// Mu, the Chinese land unit (about 666.7 m²): `亩`. Kept as written, not
    /// converted, since zone and plot sizes are quoted and compared in mu.
    Mu,
    /// Hectares: `公顷`.
    Hectare,
    /// Square metres: `平方米`, `平米`, `㎡`, `m²`.
    SquareM,
    /// A calendar year, for [`FigureKind::Established`].
    Year,
    /// No unit. [`find_figures`] never returns it; it is here for callers that
    /// build a figure from [`parse_number`] alone.
    None,
}

/// How the stated number bounds the true one.
///
/// Hedges before the number, after the unit, and `多`/`余` between the number
/// and its unit (`10多亿元`, `3万余平方米`) all count. When a figure carries
/// both a lower and an upper bound the result is [`Bound::About`]; otherwise a
/// one-sided bound wins over `About` because it says more (`约10亿元以上` is
/// [`Bound::AtLeast`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bound {
    /// No hedge.
    Exact,
    /// `超`, `超过`, `逾`, `突破`, `不少于`, `不低于`, `至少`, `多于`, `高于`,
    /// `大于`, `上` (only before `十百千万亿`: `上百亿元`, `上亿元`); `以上`
    /// after; `多`, `余` inside. A hedge is not read out of a word that
    /// merely ends like one (`签约`, `附近`, `赶超`).
    AtLeast,
    /// `约`, `大约`, `约为`, `近`, `将近`, `接近` before; `左右`, `上下`, `前后`
    /// after.
    ///
    /// `近` ("nearly") is read as about, not at most: writers use it for a
    /// round number close to the truth (`总投资近1000亿元`), and a reader who
    /// compares figures wants it treated as approximate.
    About,
    /// `不到`, `不足`, `不超过`, `不超`, `低于`, `少于`, `至多`, `最多`, `不高于`
    /// before; `以下`, `以内` after.
    AtMost,
}

/// How many characters may separate a cue from the amount it classifies.
pub const CUE_WINDOW: usize = 10;

/// How many characters may separate an uncued amount from a following `项目`.
pub const TRAIL_WINDOW: usize = 8;

impl FigureKind {
    /// A stable lowercase name, for exports.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Investment => "investment",
            FigureKind::Capacity => "capacity",
            FigureKind::Area => "area",
            FigureKind::Output => "output",
            FigureKind::Established => "established",
            FigureKind::Other => "other",
        }
    }
}

impl Unit {
    /// A stable lowercase name, for exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Cny => "cny",
            Unit::Usd => "usd",
            Unit::Eur => "eur",
            Unit::Jpy => "jpy",
            Unit::Hkd => "hkd",
            Unit::Kw => "kw",
            Unit::SquareKm => "km2",
            Unit::Mu => "mu",
            Unit::Hectare => "ha",
            Unit::SquareM => "m2",
            Unit::Year => "year",
            Unit::None => "none",
        }
    }

    /// Whether the unit is a currency.
    pub fn is_currency(self) -> bool {
        matches!(self, Unit::Cny | Unit::Usd | Unit::Eur | Unit::Jpy | Unit::Hkd)
    }
}

impl Bound {
    /// A stable lowercase name, for exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::AtLeast => "at_least",
            Bound::About => "about",
            Bound::AtMost => "at_most",
        }
    }
}

/// Find every figure in `text`, in order of position, without overlaps.
pub fn find_figures(text: &str) -> Vec<Figure> {
    let mut compact = SCRATCH.take();
    compact.fill(text);
    let cs = &compact.cs;
    let figures = scan(&compact, true)
        .into_iter()
        .map(|f| {
            let (last, start) = (cs[f.to - 1], cs[f.from].start);
            let end = last.start + usize::from(last.len);
            Figure {
                start,
                end,
                kind: f.kind,
                value: f.value,
                unit: f.unit,
                bound: f.bound,
                text: text[start..end].to_string(),
            }
        })
        .collect();
    if compact.cs.capacity() <= KEEP_CHARS {
        SCRATCH.set(compact);
    }
    figures
}

thread_local! {
    /// Each thread's compact text, reused from one document to the next.
    /// Made afresh, its pages (up to eight bytes for each byte of text) were new
    /// memory every time, and clearing them took about 2% of a build's
    /// samples.
    static SCRATCH: std::cell::Cell<Compact> = std::cell::Cell::new(Compact::default());
}

/// The most characters a thread's [`SCRATCH`] keeps room for (16 MB), so
/// one huge document does not hold its memory for the rest of the run.
const KEEP_CHARS: usize = 1 << 20;

/// The figures of a compact text: every position where a number may start
/// is tried, and a figure found is skipped past. With `skip_unitless`, the
/// runs [`unitless_run`] finds are passed over untried, which changes
/// nothing (the tests check it against trying every position) but spares
/// the many numerals of prose (`一个`, `统一`, `十四五`) the reading of a
/// number.
fn scan(text: &Compact, skip_unitless: bool) -> Vec<Found> {
    let cs = &text.cs;
    let mut found: Vec<Found> = Vec::new();
    // Positions before it are inside a figure found or a run passed over.
    let mut next = 0;
    for &i in &text.numeric {
        if i < next {
            continue;
        }
        if skip_unitless && let Some(end) = unitless_run(cs, i) {
            next = end;
            continue;
        }
        let floor = found.last().map_or(0, |f| f.to);
        match figure_at(cs, i, floor, found.last()) {
            Some(f) => {
                next = f.to;
                found.push(f);
            }
            None => next = i + 1,
        }
    }
    found
}

/// Where the characters that numbers are made of, from `i` on, end, when
/// neither they nor the character after them can start a unit or be `年`.
/// No figure starts in such a run: a year is four digits and then `年`, an
/// amount is a number with a unit right after it, and [`scan_number`] reads
/// a number from these characters only, so the unit starts inside the run
/// (`千` of `5千瓦`) or right after it. Trying each position of the run would
/// give nothing, and a figure found is what moves the scan's floor.
fn unitless_run(cs: &[Ch], i: usize) -> Option<usize> {
    let mut j = i;
    while let Some(ch) = cs.get(j) {
        if starts_unit(ch.c) {
            return None;
        }
        if !(may_be_numeric(ch.c) || matches!(ch.c, ',' | '.' | '点' | '多' | '余')) {
            break;
        }
        j += 1;
    }
    Some(j)
}

/// The first characters of [`CJK_UNITS`] and [`LATIN_UNITS`], and `年`; a
/// test checks them against the tables.
fn starts_unit(c: char) -> bool {
    matches!(
        c,
        '元' | '人'
            | '美'
            | '欧'
            | '日'
            | '港'
            | '千'
            | '兆'
            | '吉'
            | '度'
            | '平'
            | '㎡'
            | '亩'
            | '公'
            | 'k'
            | 'K'
            | 'M'
            | 'G'
            | 'm'
            | '年'
    )
}

/// Parse a whole string as a number: Arabic (`1.5`, `1,200`, full-width
/// `１２０`), Chinese (`二十`, `三千五百`, `一百零五`, `两百`, `一万二`,
/// `一点五`), or mixed with `万`/`亿` (`3.5万` → 35000, `50亿` → 5e9, `百亿` →
/// 1e10, `1.2万亿` → 1.2e12).
///
/// Four Chinese digits are read as a year (`一九九三` → 1993); other runs of
/// Chinese digits are vague (`五六` means five or six) and give `None`, as do
/// an empty string, a leading zero (`007`), a hedge (`10多`) and anything left
/// over. Surrounding whitespace is ignored.
pub fn parse_number(s: &str) -> Option<f64> {
    let cs = compact(s).cs;
    if cs.is_empty() {
        return None;
    }
    if let Some(year) = cn_year(&cs, 0)
        && cs.len() == 4
    {
        return Some(f64::from(year));
    }
    let num = scan_number(&cs, 0, false)?;
    (num.end == cs.len() && !num.many).then(|| num.value.to_f64())
}

/// One folded, non-whitespace character and the bytes it came from. Its
/// end is kept as a length so the whole is 16 bytes, not 24: every document
/// is copied into these, and in a profile of `relations/facts_1mb` that
/// copy was the largest single cost (a quarter of the samples).
#[derive(Clone, Copy, Debug)]
struct Ch {
    c: char,
    /// Bytes of the original character (1 to 4).
    len: u8,
    /// Whitespace came right before it; digits do not join across it.
    space_before: bool,
    start: usize,
}

/// A text as [`Ch`]s, and where in it a number may start.
#[derive(Default)]
struct Compact {
    cs: Vec<Ch>,
    /// The indices of the characters [`may_be_numeric`] accepts, in order:
    /// noted while the text is copied, so the scan for figures visits these
    /// few and not every character again.
    numeric: Vec<usize>,
}

impl Compact {
    /// Hold `text` (and nothing from before).
    fn fill(&mut self, text: &str) {
        self.cs.clear();
        self.numeric.clear();
        self.cs.reserve(text.len() / 2);
        let mut space = false;
        for (start, raw) in text.char_indices() {
            let c = fold_char(raw);
            // Skipped, though digits do not join across it.
            if is_space(c) {
                space = true;
                continue;
            }
            if may_be_numeric(c) {
                self.numeric.push(self.cs.len());
            }
            self.cs.push(Ch {
                c,
                len: raw.len_utf8() as u8,
                space_before: space,
                start,
            });
            space = false;
        }
    }
}

fn compact(text: &str) -> Compact {
    let mut out = Compact::default();
    out.fill(text);
    out
}

fn char_at(cs: &[Ch], i: usize) -> Option<char> {
    cs.get(i).map(|ch| ch.c)
}

/// Whether the characters `word` start at `i`.
fn chars_at(cs: &[Ch], i: usize, word: &[char]) -> bool {
    cs.get(i..i + word.len())
        .is_some_and(|got| got.iter().zip(word).all(|(ch, &c)| ch.c == c))
}

fn low_byte(c: char) -> usize {
    (c as u32 & 0xFF) as usize
}

/// A table of cue words and what each means, looked up at every candidate
/// figure and, for money, at every position of the cue window before it.
/// The words are decoded to characters once and bucketed by the low byte of
/// the code point of their first and of their last character, so a position
/// is compared only with the few words that could start or end there (most
/// positions with none).
struct Cues<T> {
    words: Vec<(Vec<char>, T)>,
    by_first: Vec<Vec<usize>>,
    by_last: Vec<Vec<usize>>,
}

impl<T: Copy> Cues<T> {
    /// # Panics
    ///
    /// On an empty word: the tables are constants of this module.
    fn new(table: &[(&str, T)]) -> Cues<T> {
        let mut cues = Cues {
            words: Vec::with_capacity(table.len()),
            by_first: vec![Vec::new(); 256],
            by_last: vec![Vec::new(); 256],
        };
        for (k, &(word, value)) in table.iter().enumerate() {
            let chars: Vec<char> = word.chars().collect();
            let (Some(&first), Some(&last)) = (chars.first(), chars.last()) else {
                panic!("empty cue word");
            };
            cues.by_first[low_byte(first)].push(k);
            cues.by_last[low_byte(last)].push(k);
            cues.words.push((chars, value));
        }
        cues
    }

    /// The longest word ending just before `end`, with its length.
    fn longest_before(&self, cs: &[Ch], end: usize) -> Option<(T, usize)> {
        let last = char_at(cs, end.checked_sub(1)?)?;
        self.by_last[low_byte(last)]
            .iter()
            .map(|&k| &self.words[k])
            .filter(|(w, _)| w.len() <= end && chars_at(cs, end - w.len(), w))
            .map(|(w, v)| (*v, w.len()))
            .max_by_key(|&(_, n)| n)
    }

    /// The longest word starting at `i`, with its length.
    fn longest_at(&self, cs: &[Ch], i: usize) -> Option<(T, usize)> {
        let first = char_at(cs, i)?;
        self.by_first[low_byte(first)]
            .iter()
            .map(|&k| &self.words[k])
            .filter(|(w, _)| chars_at(cs, i, w))
            .map(|(w, v)| (*v, w.len()))
            .max_by_key(|&(_, n)| n)
    }
}

impl Cues<()> {
    fn words(words: &[&str]) -> Cues<()> {
        Cues::new(&words.iter().map(|&w| (w, ())).collect::<Vec<_>>())
    }
}

static MONEY: LazyLock<Cues<FigureKind>> = LazyLock::new(|| Cues::new(MONEY_CUES));
static PREFIXES: LazyLock<Cues<Bound>> = LazyLock::new(|| Cues::new(PREFIX_BOUNDS));
static SUFFIXES: LazyLock<Cues<Bound>> = LazyLock::new(|| Cues::new(SUFFIX_BOUNDS));
static NOT_HEDGE: LazyLock<Cues<()>> = LazyLock::new(|| Cues::words(NOT_HEDGES));
static CJK_UNIT: LazyLock<Cues<UnitHit>> = LazyLock::new(|| Cues::new(CJK_UNITS));
static LATIN_UNIT: LazyLock<Cues<UnitHit>> = LazyLock::new(|| Cues::new(LATIN_UNITS));
static FOUNDED_BEFORE: LazyLock<Cues<()>> = LazyLock::new(|| Cues::words(ESTABLISHED_BEFORE));
static FOUNDED_AFTER: LazyLock<Cues<()>> = LazyLock::new(|| Cues::words(ESTABLISHED_AFTER));

/// A clause ends at these (full-width forms are folded already).
fn is_boundary(c: char) -> bool {
    matches!(c, ',' | ';' | '。' | '!' | '?' | '、')
}

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// `十百千` as powers of ten.
fn small_mult(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        _ => return None,
    })
}

/// Whether `c` is an ASCII digit or one of the [`NUMERALS`]: the characters
/// [`can_start`] may accept. A bit of a [`BmpSet`], since this is asked of
/// every character of every document.
#[inline]
fn may_be_numeric(c: char) -> bool {
    NUMERIC.contains(c)
}

/// Every character [`is_cn_numeral`] accepts; a test checks the two agree.
const NUMERALS: [char; 29] = [
    '零', '〇', '一', '壹', '二', '两', '贰', '三', '叁', '四', '肆', '五', '伍', '六', '陆', '七', '柒', '八', '捌',
    '九', '玖', '十', '拾', '百', '佰', '千', '仟', '万', '亿',
];

/// [`may_be_numeric`]'s set.
static NUMERIC: BmpSet = {
    let mut set = BmpSet::EMPTY;
    let mut d = b'0';
    while d <= b'9' {
        set.insert(d as char);
        d += 1;
    }
    let mut i = 0;
    while i < NUMERALS.len() {
        set.insert(NUMERALS[i]);
        i += 1;
    }
    set
};

fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || small_mult(c).is_some() || matches!(c, '万' | '亿')
}

/// A non-negative decimal, fixed point with [`Dec::SCALE`] fractional digits,
/// so that `61.8亿` is exactly 6 180 000 000 and not 6 179 999 999.999….
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Dec(u128);

impl Dec {
    const SCALE: u32 = 18;
    const ZERO: Dec = Dec(0);
    const ONE: Dec = Dec(10u128.pow(Dec::SCALE));

    fn int(n: u128) -> Option<Dec> {
        n.checked_mul(Dec::ONE.0).map(Dec)
    }

    fn add(self, other: Dec) -> Option<Dec> {
        self.0.checked_add(other.0).map(Dec)
    }

    fn mul_pow10(self, k: u32) -> Option<Dec> {
        self.0.checked_mul(10u128.checked_pow(k)?).map(Dec)
    }

    /// Correctly rounded: trailing zeros go first, so one division by an
    /// exact power of ten (or none) remains.
    fn to_f64(self) -> f64 {
        let (mut v, mut scale) = (self.0, Dec::SCALE);
        // Nine zeros at a time first: each step divides a u128, which is a
        // call, and amounts in 亿 end in a score of zeros.
        while scale >= 9 && v % 1_000_000_000 == 0 {
            v /= 1_000_000_000;
            scale -= 9;
        }
        while scale > 0 && v % 10 == 0 {
            v /= 10;
            scale -= 1;
        }
        let v = v as f64;
        if scale == 0 { v } else { v / 10f64.powi(scale as i32) }
    }
}

/// A number read by [`scan_number`].
struct Num {
    value: Dec,
    /// Index just past the number (and past a `多`/`余` in it).
    end: usize,
    /// `多` or `余` was written: the number is a lower bound.
    many: bool,
}

/// Read Arabic digits at `i`: an integer part, optional `,ddd` groups when the
/// first group has one to three digits, an optional `.` fraction.
fn scan_arabic(cs: &[Ch], i: usize) -> Option<(Dec, usize)> {
    let digit = |j: usize, first: bool| {
        cs.get(j)
            .is_some_and(|ch| ch.c.is_ascii_digit() && (first || !ch.space_before))
    };
    let mut int = String::new();
    let mut j = i;
    while digit(j, j == i) {
        int.push(cs[j].c);
        j += 1;
    }
    if int.is_empty() || (int.len() > 1 && int.starts_with('0')) {
        return None;
    }
    if int.len() <= 3 {
        while char_at(cs, j) == Some(',')
            && !cs[j].space_before
            && (1..=3).all(|k| digit(j + k, false))
            && !digit(j + 4, false)
        {
            int.extend((1..=3).map(|k| cs[j + k].c));
            j += 4;
        }
    }
    let mut frac = String::new();
    if char_at(cs, j) == Some('.') && digit(j + 1, false) {
        j += 1;
        while digit(j, false) {
            frac.push(cs[j].c);
            j += 1;
        }
    }
    if int.len() > 20 || frac.len() > Dec::SCALE as usize {
        return None;
    }
    let mut value = Dec::int(int.parse().ok()?)?;
    if !frac.is_empty() {
        let f: u128 = frac.parse().ok()?;
        value = value.add(Dec(f).mul_pow10(Dec::SCALE - frac.len() as u32)?)?;
    }
    Some((value, j - i))
}

/// Four Chinese digits read positionally, as years are written (`二〇〇六`).
fn cn_year(cs: &[Ch], i: usize) -> Option<u32> {
    let mut year = 0;
    for k in 0..4 {
        year = year * 10 + cn_digit(char_at(cs, i + k)?)?;
    }
    let fifth = char_at(cs, i + 4);
    fifth.is_none_or(|c| cn_digit(c).is_none()).then_some(year)
}

/// Read a number at `i`. With `bare_big`, a leading `万` or `亿` means one of
/// it (`超亿元`, `上万亩`).
///
/// `total` holds the part in 亿, `section` the part below it, `cur` the digit
/// or Arabic number not yet multiplied. A multiplier must be smaller than the
/// small multiplier before it in the same section, and `万`/`亿` may appear
/// once per level, so `五百三千` stops after `五百`.
fn scan_number(cs: &[Ch], i: usize, bare_big: bool) -> Option<Num> {
    let (mut total, mut section, mut cur) = (Dec::ZERO, Dec::ZERO, None::<Dec>);
    // `cur` is a single Chinese digit (for `一万二` = 12000).
    let mut cur_single_cn = false;
    let mut last_small: Option<u32> = None;
    let mut last_mult: Option<u32> = None;
    let (mut zero_gap, mut seen_wan, mut seen_yi, mut many, mut any) = (false, false, false, false, false);
    let mut j = i;
    while let Some(c) = char_at(cs, j) {
        if many && !matches!(c, '十' | '百' | '千' | '万' | '亿') {
            break;
        }
        if c.is_ascii_digit() {
            if cur.is_some() {
                break;
            }
            let (v, n) = scan_arabic(cs, j)?;
            cur = Some(v);
            cur_single_cn = false;
            any = true;
            j += n;
        } else if let Some(d) = cn_digit(c) {
            if d == 0 {
                if !any || cur.is_some() {
                    break;
                }
                zero_gap = true;
                j += 1;
                continue;
            }
            if cur.is_some() {
                if cur_single_cn {
                    return None; // `五六亿`: five or six, vague
                }
                break;
            }
            let mut v = Dec::int(u128::from(d))?;
            j += 1;
            cur_single_cn = true;
            if char_at(cs, j) == Some('点') && char_at(cs, j + 1).and_then(cn_digit).is_some() {
                j += 1;
                let mut k = 1;
                while let Some(f) = char_at(cs, j).and_then(cn_digit) {
                    v = v.add(Dec(u128::from(f)).mul_pow10(Dec::SCALE.checked_sub(k)?)?)?;
                    k += 1;
                    j += 1;
                }
                cur_single_cn = false;
            }
            cur = Some(v);
            any = true;
        } else if let Some(k) = small_mult(c) {
            // `千瓦`, `千米`: 千 is the unit's prefix, not a multiplier.
            if k == 3 && matches!(char_at(cs, j + 1), Some('瓦' | '米' | '克' | '伏' | '帕' | '卡' | '焦')) {
                break;
            }
            if last_small.is_some_and(|ls| k >= ls) {
                break;
            }
            section = section.add(cur.unwrap_or(Dec::ONE).mul_pow10(k)?)?;
            cur = None;
            last_small = Some(k);
            last_mult = Some(k);
            zero_gap = false;
            any = true;
            j += 1;
        } else if c == '万' || c == '亿' {
            if !any {
                if !(bare_big && j == i) {
                    break;
                }
                cur = Some(Dec::ONE);
            }
            let below = section.add(cur.unwrap_or(Dec::ZERO))?;
            if c == '万' {
                if seen_wan || below == Dec::ZERO {
                    break;
                }
                section = below.mul_pow10(4)?;
                seen_wan = true;
                last_mult = Some(4);
            } else {
                if seen_yi || below == Dec::ZERO {
                    break;
                }
                total = total.add(below)?.mul_pow10(8)?;
                section = Dec::ZERO;
                seen_yi = true;
                seen_wan = false;
                last_mult = Some(8);
            }
            cur = None;
            last_small = None;
            zero_gap = false;
            any = true;
            j += 1;
        } else if matches!(c, '多' | '余') && any && !many {
            many = true;
            j += 1;
        } else {
            break;
        }
    }
    if !any {
        return None;
    }
    // `三千五` is 3500 and `一万二` is 12000: a lone digit after a multiplier
    // of a hundred or more counts in the next lower place.
    if let (Some(c), true, Some(m), false) = (cur, cur_single_cn, last_mult, zero_gap)
        && m >= 2
    {
        cur = Some(c.mul_pow10(m - 1)?);
    }
    let value = total.add(section)?.add(cur.unwrap_or(Dec::ZERO))?;
    Some(Num { value, end: j, many })
}

/// What follows a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitHit {
    /// A unit, with the power of ten that takes it to the base unit.
    Unit(Unit, u32),
    /// Kilowatt-hours and friends: the number is not a figure.
    Energy,
}

const CJK_UNITS: &[(&str, UnitHit)] = &[
    ("元人民币", UnitHit::Unit(Unit::Cny, 0)),
    ("人民币", UnitHit::Unit(Unit::Cny, 0)),
    ("元", UnitHit::Unit(Unit::Cny, 0)),
    ("美元", UnitHit::Unit(Unit::Usd, 0)),
    ("美金", UnitHit::Unit(Unit::Usd, 0)),
    ("欧元", UnitHit::Unit(Unit::Eur, 0)),
    ("日元", UnitHit::Unit(Unit::Jpy, 0)),
    ("日圆", UnitHit::Unit(Unit::Jpy, 0)),
    ("港元", UnitHit::Unit(Unit::Hkd, 0)),
    ("港币", UnitHit::Unit(Unit::Hkd, 0)),
    ("千瓦", UnitHit::Unit(Unit::Kw, 0)),
    ("兆瓦", UnitHit::Unit(Unit::Kw, 3)),
    ("吉瓦", UnitHit::Unit(Unit::Kw, 6)),
    ("千瓦时", UnitHit::Energy),
    ("兆瓦时", UnitHit::Energy),
    ("吉瓦时", UnitHit::Energy),
    ("千瓦·时", UnitHit::Energy),
    ("度", UnitHit::Energy),
    ("平方公里", UnitHit::Unit(Unit::SquareKm, 0)),
    ("平方千米", UnitHit::Unit(Unit::SquareKm, 0)),
    ("平方米", UnitHit::Unit(Unit::SquareM, 0)),
    ("平米", UnitHit::Unit(Unit::SquareM, 0)),
    ("㎡", UnitHit::Unit(Unit::SquareM, 0)),
    ("亩", UnitHit::Unit(Unit::Mu, 0)),
    ("公顷", UnitHit::Unit(Unit::Hectare, 0)),
];

/// Latin units; they must not run on into more letters or digits (`MWp`
/// excepted, `kWh` is energy).
const LATIN_UNITS: &[(&str, UnitHit)] = &[
    ("kWh", UnitHit::Energy),
    ("KWh", UnitHit::Energy),
    ("kwh", UnitHit::Energy),
    ("MWh", UnitHit::Energy),
    ("GWh", UnitHit::Energy),
    ("kWp", UnitHit::Unit(Unit::Kw, 0)),
    ("MWp", UnitHit::Unit(Unit::Kw, 3)),
    ("kW", UnitHit::Unit(Unit::Kw, 0)),
    ("KW", UnitHit::Unit(Unit::Kw, 0)),
    ("kw", UnitHit::Unit(Unit::Kw, 0)),
    ("MW", UnitHit::Unit(Unit::Kw, 3)),
    ("GW", UnitHit::Unit(Unit::Kw, 6)),
    ("km²", UnitHit::Unit(Unit::SquareKm, 0)),
    ("km2", UnitHit::Unit(Unit::SquareKm, 0)),
    ("m²", UnitHit::Unit(Unit::SquareM, 0)),
];

/// The unit at `i`, its power of ten and its length; `None` for no unit, for
/// energy, and for a rate (a unit followed by `/`).
fn unit_at(cs: &[Ch], i: usize) -> Option<(Unit, u32, usize)> {
    let (hit, n) = match LATIN_UNIT.longest_at(cs, i) {
        Some(latin) => {
            let next = char_at(cs, i + latin.1);
            if next.is_some_and(|c| c.is_ascii_alphanumeric()) {
                return None;
            }
            latin
        }
        None => CJK_UNIT.longest_at(cs, i)?,
    };
    let UnitHit::Unit(unit, exp) = hit else {
        return None;
    };
    let next = char_at(cs, i + n);
    if next == Some('/') || (unit == Unit::Kw && matches!(next, Some('时' | '·' | 'h' | 'H'))) {
        return None;
    }
    Some((unit, exp, n))
}

const PREFIX_BOUNDS: &[(&str, Bound)] = &[
    ("超过", Bound::AtLeast),
    ("超", Bound::AtLeast),
    ("逾", Bound::AtLeast),
    ("突破", Bound::AtLeast),
    ("不少于", Bound::AtLeast),
    ("不低于", Bound::AtLeast),
    ("至少", Bound::AtLeast),
    ("多于", Bound::AtLeast),
    ("高于", Bound::AtLeast),
    ("大于", Bound::AtLeast),
    ("上", Bound::AtLeast),
    ("约", Bound::About),
    ("大约", Bound::About),
    ("约为", Bound::About),
    ("近", Bound::About),
    ("将近", Bound::About),
    ("接近", Bound::About),
    ("不到", Bound::AtMost),
    ("不足", Bound::AtMost),
    ("不超过", Bound::AtMost),
    ("不超", Bound::AtMost),
    ("低于", Bound::AtMost),
    ("少于", Bound::AtMost),
    ("至多", Bound::AtMost),
    ("最多", Bound::AtMost),
    ("不高于", Bound::AtMost),
];

const SUFFIX_BOUNDS: &[(&str, Bound)] = &[
    ("以上", Bound::AtLeast),
    ("左右", Bound::About),
    ("上下", Bound::About),
    ("前后", Bound::About),
    ("以下", Bound::AtMost),
    ("以内", Bound::AtMost),
];

/// The hedge ending at `i`, and where it starts; never before `floor`.
fn prefix_bound(cs: &[Ch], i: usize, floor: usize) -> Option<(Bound, usize)> {
    let (bound, n) = PREFIXES.longest_before(cs, i)?;
    let from = i - n;
    if from < floor {
        return None;
    }
    if from > 0 && NOT_HEDGE.longest_at(cs, from - 1).is_some() {
        return None;
    }
    // `上` hedges only `上百`, `上千`, `上万`, `上亿`.
    let starts_big = matches!(char_at(cs, i), Some('十' | '百' | '千' | '万' | '亿'));
    (!(n == 1 && cs[from].c == '上' && !starts_big)).then_some((bound, from))
}

/// Words whose second character looks like a hedge but is not one:
/// `新签约5亿元` is exact.
const NOT_HEDGES: &[&str] = &[
    "签约", "合约", "预约", "制约", "节约", "公约", "条约", "契约", "特约", "邀约", "履约", "集约", "违约", "附近",
    "最近", "靠近", "邻近", "临近", "就近", "亲近", "赶超", "高超",
];

fn suffix_bound(cs: &[Ch], i: usize) -> Option<(Bound, usize)> {
    let (bound, n) = SUFFIXES.longest_at(cs, i)?;
    (!chars_at(cs, i, &['上', '下', '游'])).then_some((bound, n))
}

fn combine(bounds: impl IntoIterator<Item = Bound>) -> Bound {
    let (mut least, mut most, mut about) = (false, false, false);
    for b in bounds {
        match b {
            Bound::AtLeast => least = true,
            Bound::AtMost => most = true,
            Bound::About => about = true,
            Bound::Exact => {}
        }
    }
    match (least, most) {
        (true, false) => Bound::AtLeast,
        (false, true) => Bound::AtMost,
        (true, true) => Bound::About,
        (false, false) if about => Bound::About,
        (false, false) => Bound::Exact,
    }
}

const MONEY_CUES: &[(&str, FigureKind)] = &[
    ("投资", FigureKind::Investment),
    ("总投资", FigureKind::Investment),
    ("投资额", FigureKind::Investment),
    ("计划投资", FigureKind::Investment),
    ("拟投资", FigureKind::Investment),
    ("项目投资", FigureKind::Investment),
    ("协议投资", FigureKind::Investment),
    ("固定资产投资", FigureKind::Investment),
    ("总投入", FigureKind::Investment),
    ("产值", FigureKind::Output),
    ("销售", FigureKind::Output),
    ("销售额", FigureKind::Output),
    ("销售收入", FigureKind::Output),
    ("营收", FigureKind::Output),
    ("营业收入", FigureKind::Output),
    ("营业额", FigureKind::Output),
    ("主营业务收入", FigureKind::Output),
    ("注册资本", FigureKind::Other),
    ("注册资金", FigureKind::Other),
    ("到账外资", FigureKind::Other),
    ("外资到账", FigureKind::Other),
    ("利用外资", FigureKind::Other),
    ("合同外资", FigureKind::Other),
    ("收入", FigureKind::Other),
    ("税收", FigureKind::Other),
    ("利税", FigureKind::Other),
    ("利润", FigureKind::Other),
    ("进出口", FigureKind::Other),
    ("成交额", FigureKind::Other),
    ("投入", FigureKind::Other),
    ("补贴", FigureKind::Other),
    ("奖励", FigureKind::Other),
    ("融资", FigureKind::Other),
    ("贷款", FigureKind::Other),
    ("生产总值", FigureKind::Other),
    ("增加值", FigureKind::Other),
    ("零售额", FigureKind::Other),
    ("预算", FigureKind::Other),
];

const ESTABLISHED_BEFORE: &[&str] = &[
    "成立于",
    "始建于",
    "设立于",
    "创建于",
    "创立于",
    "组建于",
    "创办于",
    "建立于",
    "建于",
];

const ESTABLISHED_AFTER: &[&str] = &["成立", "设立", "始建", "创建", "创立", "组建", "建立", "创办"];

/// A figure while scanning, with character indices into the compact text.
#[derive(Clone, Debug, PartialEq)]
struct Found {
    from: usize,
    to: usize,
    kind: FigureKind,
    value: f64,
    unit: Unit,
    bound: Bound,
}

fn figure_at(cs: &[Ch], i: usize, floor: usize, prev: Option<&Found>) -> Option<Found> {
    if !can_start(cs, i) {
        return None;
    }
    year_at(cs, i).or_else(|| amount_at(cs, i, floor, prev))
}

/// Whether a number may start at `i`: not inside another number, and not
/// after a word that makes it vague (`几十`, `数百`).
fn can_start(cs: &[Ch], i: usize) -> bool {
    let c = cs[i].c;
    let numeric =
        c.is_ascii_digit() || cn_digit(c).is_some_and(|d| d != 0) || (is_cn_numeral(c) && cn_digit(c).is_none());
    if !numeric {
        return false;
    }
    let Some(p) = i.checked_sub(1).map(|k| cs[k].c) else {
        return true;
    };
    let arabic = c.is_ascii_digit();
    !(p.is_ascii_digit()
        || is_cn_numeral(p)
        || p == '几'
        || (p == '.' && arabic)
        || (p == '点' && !arabic)
        || (p == '数' && !arabic))
}

/// The number at `i` is the second end of a range (`3-5亿元`, `3亿至5亿元`).
fn is_range_end(cs: &[Ch], i: usize) -> bool {
    let sep = i.checked_sub(1).and_then(|k| char_at(cs, k));
    let before = i.checked_sub(2).and_then(|k| char_at(cs, k));
    matches!(sep, Some('-' | '~' | '—' | '–' | '至' | '到'))
        && before.is_some_and(|c| c.is_ascii_digit() || is_cn_numeral(c))
}

fn year_at(cs: &[Ch], i: usize) -> Option<Found> {
    let arabic = (0..4).all(|k| {
        cs.get(i + k)
            .is_some_and(|ch| ch.c.is_ascii_digit() && (k == 0 || !ch.space_before))
    });
    let year = if arabic {
        (0..4).fold(0, |y, k| y * 10 + cs[i + k].c.to_digit(10).unwrap_or(0))
    } else {
        cn_year(cs, i)?
    };
    if char_at(cs, i + 4) != Some('年') || !(1000..=2999).contains(&year) {
        return None;
    }
    let before = FOUNDED_BEFORE.longest_before(cs, i).is_some();
    let after = || {
        let mut j = i + 5;
        for part in ['月', '日'] {
            let n = (0..3)
                .take_while(|&k| char_at(cs, j + k).is_some_and(|c| c.is_ascii_digit() || is_cn_numeral(c)))
                .count();
            if n > 0 && char_at(cs, j + n) == Some(part) {
                j += n + 1;
            }
        }
        FOUNDED_AFTER.longest_at(cs, j).is_some()
    };
    (before || after()).then(|| Found {
        from: i,
        to: i + 5,
        kind: FigureKind::Established,
        value: f64::from(year),
        unit: Unit::Year,
        bound: Bound::Exact,
    })
}

fn amount_at(cs: &[Ch], i: usize, floor: usize, prev: Option<&Found>) -> Option<Found> {
    // Every test here reads the text only, so their order is free: the
    // number and its unit come first because most numerals in news have no
    // unit (`一个`, `统一`), and the hedges before them are then never read.
    let num = scan_number(cs, i, true)?;
    let (unit, exp, n) = unit_at(cs, num.end)?;
    let prefix = prefix_bound(cs, i, floor);
    if prefix.is_none() && is_range_end(cs, i) {
        return None;
    }
    // A bare `亿元` or `万亩` is a figure only with a hedge: `超亿元`,
    // `亿元以上项目`; `每万元产值` is not one.
    let bare = matches!(cs[i].c, '万' | '亿');
    let mut to = num.end + n;
    let suffix = suffix_bound(cs, to);
    if let Some((_, n)) = suffix {
        to += n;
    }
    if bare && prefix.is_none() && suffix.is_none() {
        return None;
    }
    let from = prefix.map_or(i, |(_, from)| from);
    let kind = match unit {
        u if u.is_currency() => money_kind(cs, from, to, prev),
        Unit::Kw => FigureKind::Capacity,
        Unit::SquareKm | Unit::SquareM | Unit::Mu | Unit::Hectare => FigureKind::Area,
        _ => FigureKind::Other,
    };
    let bounds = [
        prefix.map(|(b, _)| b),
        num.many.then_some(Bound::AtLeast),
        suffix.map(|(b, _)| b),
    ];
    Some(Found {
        from,
        to,
        kind,
        value: num.value.mul_pow10(exp)?.to_f64(),
        unit,
        bound: combine(bounds.into_iter().flatten()),
    })
}

/// Classify a money amount spanning `from..to`; see [`FigureKind`].
fn money_kind(cs: &[Ch], from: usize, to: usize, prev: Option<&Found>) -> FigureKind {
    if let Some(p) = prev
        && p.unit.is_currency()
        && from > 0
        && p.to == from - 1
        && matches!(cs[from - 1].c, '、' | '和' | '及' | '与' | '或')
    {
        return p.kind;
    }
    let mut e = from;
    loop {
        if let Some((kind, _)) = MONEY.longest_before(cs, e) {
            return kind;
        }
        if e == 0 || from - e >= CUE_WINDOW || is_boundary(cs[e - 1].c) {
            break;
        }
        e -= 1;
    }
    for p in to..cs.len().min(to + TRAIL_WINDOW + 1) {
        if chars_at(cs, p, &['项', '目']) {
            return FigureKind::Investment;
        }
        if is_boundary(cs[p].c) || cs[p].c.is_ascii_digit() {
            break;
        }
    }
    FigureKind::Other
}

#[cfg(test)]
mod tests {
    use super::*;
    use Bound::{About, AtLeast, AtMost, Exact};
    use FigureKind::{Area, Capacity, Established, Investment, Other, Output};

    /// (surface, kind, value, unit, bound)
    type Want = (&'static str, FigureKind, f64, Unit, Bound);

    fn check(text: &str, want: &[Want]) {
        let got = find_figures(text);
        for f in &got {
            assert_eq!(&text[f.start..f.end], f.text, "span of {f:?} in {text:?}");
        }
        let got: Vec<(&str, FigureKind, f64, Unit, Bound)> = got
            .iter()
            .map(|f| (f.text.as_str(), f.kind, f.value, f.unit, f.bound))
            .collect();
        assert_eq!(got, want, "text {text:?}");
    }

    /// Whether `pat` starts at `i`, decoding it as it goes: the reference
    /// the character-slice lookups are checked against.
    fn has_at(cs: &[Ch], i: usize, pat: &str) -> bool {
        (i..).zip(pat.chars()).all(|(j, p)| char_at(cs, j) == Some(p))
    }

    /// The plain scans [`Cues`] replaced: every word of a table tried at
    /// the position, the longest kept (the last of equals).
    fn plain_before<T: Copy>(cs: &[Ch], end: usize, table: &[(&str, T)]) -> Option<(T, usize)> {
        table
            .iter()
            .filter_map(|&(w, v)| {
                let n = w.chars().count();
                (n <= end && has_at(cs, end - n, w)).then_some((v, n))
            })
            .max_by_key(|&(_, n)| n)
    }

    fn plain_at<T: Copy>(cs: &[Ch], i: usize, table: &[(&str, T)]) -> Option<(T, usize)> {
        table
            .iter()
            .filter(|(w, _)| has_at(cs, i, w))
            .map(|&(w, v)| (v, w.chars().count()))
            .max_by_key(|&(_, n)| n)
    }

    /// Bucketed lookups find what the plain scans find, at every position
    /// (and one past the end) of texts pieced together from the tables' own
    /// words, their halves and other characters. Values are the words'
    /// table indices, so finding another word of the same meaning would show.
    #[test]
    fn cue_tables_find_what_plain_scans_find() {
        fn words<T>(table: &[(&'static str, T)]) -> Vec<&'static str> {
            table.iter().map(|&(w, _)| w).collect()
        }
        let tables: Vec<Vec<&str>> = vec![
            words(MONEY_CUES),
            words(PREFIX_BOUNDS),
            words(SUFFIX_BOUNDS),
            words(CJK_UNITS),
            words(LATIN_UNITS),
            NOT_HEDGES.to_vec(),
            ESTABLISHED_BEFORE.to_vec(),
            ESTABLISHED_AFTER.to_vec(),
        ];
        let mut pieces: Vec<String> = tables.iter().flatten().map(|w| w.to_string()).collect();
        for w in tables.iter().flatten() {
            let cut = w.chars().count() / 2;
            pieces.push(w.chars().take(cut).collect());
            pieces.push(w.chars().skip(cut).collect());
        }
        pieces.extend(["5", "亿", "元", "的", " ", "项目", "。"].map(String::from));
        let mut next = crate::dedup::picker(7);
        let mut hits = 0;
        for _ in 0..2_000 {
            let text: String = (0..next(12)).map(|_| pieces[next(pieces.len())].as_str()).collect();
            let cs = compact(&text).cs;
            for table in &tables {
                let indexed: Vec<(&str, usize)> = table.iter().enumerate().map(|(k, &w)| (w, k)).collect();
                let cues = Cues::new(&indexed);
                for i in 0..=cs.len() + 1 {
                    let before = plain_before(&cs, i, &indexed);
                    assert_eq!(cues.longest_before(&cs, i), before, "before {i} in {text:?}");
                    let at = plain_at(&cs, i, &indexed);
                    assert_eq!(cues.longest_at(&cs, i), at, "at {i} in {text:?}");
                    hits += usize::from(before.is_some()) + usize::from(at.is_some());
                }
            }
        }
        assert!(hits > 10_000, "only {hits} hits: the texts hardly exercise the tables");
    }

    /// Stripping nine zeros at a time gives what stripping one at a time did.
    #[test]
    fn decimals_convert_as_one_zero_at_a_time() {
        fn one_at_a_time(d: Dec) -> f64 {
            let (mut v, mut scale) = (d.0, Dec::SCALE);
            while scale > 0 && v % 10 == 0 {
                v /= 10;
                scale -= 1;
            }
            let v = v as f64;
            if scale == 0 { v } else { v / 10f64.powi(scale as i32) }
        }
        let mut state = 5_u64;
        for k in 0..=38 {
            for m in [1_u128, 3, 7, 12, 618, 999_999_999, 1_000_000_001] {
                let Some(v) = m.checked_mul(10u128.pow(k)) else {
                    continue;
                };
                assert_eq!(Dec(v).to_f64().to_bits(), one_at_a_time(Dec(v)).to_bits(), "{v}");
            }
            let v = u128::from(crate::dedup::splitmix64(&mut state)) * 10u128.pow(k.min(19));
            assert_eq!(Dec(v).to_f64().to_bits(), one_at_a_time(Dec(v)).to_bits(), "{v}");
        }
    }

    #[test]
    fn unit_starts_are_the_tables_first_characters() {
        let mut listed: Vec<char> = CJK_UNITS
            .iter()
            .chain(LATIN_UNITS)
            .filter_map(|(w, _)| w.chars().next())
            .chain(['年'])
            .collect();
        listed.sort_unstable();
        listed.dedup();
        let found: Vec<char> = ('\0'..=char::MAX).filter(|&c| starts_unit(c)).collect();
        assert_eq!(found, listed);
    }

    /// Passing over unitless runs finds what trying every position finds.
    /// The texts are figure phrases (a cue, a hedge, a number, a unit, a
    /// hedge after, `项目`, founding words) with filler of every length
    /// between their parts, and stray numerals, table words, punctuation
    /// and whitespace.
    #[test]
    fn skipping_unitless_runs_changes_nothing() {
        fn pick<'t, T>(table: &'t [(&'t str, T)], k: usize) -> &'t str {
            table[k % table.len()].0
        }
        let filler: Vec<char> = "园区企业持续推进产业链协同发展的建设工作取得积极成效并将进一步扩大开放合作"
            .chars()
            .collect();
        let numbers = [
            "5",
            "二十",
            "3.5万",
            "1,200",
            "10多亿",
            "２０",
            "一九九三",
            "2019",
            "两百",
            "3-5",
            "一",
        ];
        let strays = [
            "1993",
            "年",
            "月",
            "日",
            "点",
            "多",
            "余",
            "几",
            "数",
            ",",
            ".",
            "、",
            "和",
            "。",
            "-",
            "至",
            "/",
            "项目",
            "个",
            " ",
            "\n\n",
            "\u{3000}",
            "签约",
            "附近",
            "一",
            "万",
            "亿",
            "千",
            "十四五",
            "统一",
        ];
        let mut next = crate::dedup::picker(11);
        let (mut figures, mut skips) = (0, 0);
        for _ in 0..4_000 {
            let mut text = String::new();
            for _ in 0..next(12) {
                text.extend(filler.iter().cycle().skip(next(filler.len())).take(next(12)));
                match next(4) {
                    0 => text.push_str(strays[next(strays.len())]),
                    1 => {
                        if next(2) == 0 {
                            text.push_str(ESTABLISHED_BEFORE[next(ESTABLISHED_BEFORE.len())]);
                        }
                        text.push_str(["1993年", "二〇〇六年", "2010年5月", "2001年3月8日"][next(4)]);
                        if next(2) == 0 {
                            text.push_str(ESTABLISHED_AFTER[next(ESTABLISHED_AFTER.len())]);
                        }
                    }
                    _ => {
                        if next(3) > 0 {
                            text.push_str(pick(MONEY_CUES, next(99)));
                            text.extend(filler.iter().take(next(12)));
                        }
                        if next(2) == 0 {
                            text.push_str(pick(PREFIX_BOUNDS, next(99)));
                        }
                        text.push_str(numbers[next(numbers.len())]);
                        let units = CJK_UNITS.len() + LATIN_UNITS.len() + 3;
                        let unit = CJK_UNITS.iter().chain(LATIN_UNITS).map(|&(w, _)| w).nth(next(units));
                        text.push_str(unit.unwrap_or(["个", "家", "年"][next(3)]));
                        if next(2) == 0 {
                            text.push_str(pick(SUFFIX_BOUNDS, next(99)));
                        }
                        if next(2) == 0 {
                            text.extend(filler.iter().take(next(11)));
                            text.push_str(["项目", "、", "和"][next(3)]);
                        }
                    }
                }
            }
            let compact = compact(&text);
            let every = scan(&compact, false);
            assert_eq!(scan(&compact, true), every, "text {text:?}");
            figures += every.len();
            skips += compact
                .numeric
                .iter()
                .filter(|&&i| unitless_run(&compact.cs, i).is_some())
                .count();
        }
        assert!(figures > 5_000, "only {figures} figures: the texts hardly hold any");
        assert!(skips > 5_000, "only {skips} numerals in unitless runs");
    }

    #[test]
    fn the_numeral_table_is_the_digits_and_numerals() {
        let numerals: Vec<char> = ('\0'..=char::MAX).filter(|&c| is_cn_numeral(c)).collect();
        let mut listed = NUMERALS.to_vec();
        listed.sort_unstable();
        assert_eq!(numerals, listed);
        for c in '\0'..=char::MAX {
            assert_eq!(may_be_numeric(c), c.is_ascii_digit() || is_cn_numeral(c), "{c:?}");
        }
        assert!(!may_be_numeric('开') && !may_be_numeric('a'));
    }

    /// The project investments the evaluation set checks, in sentences of our own.
    #[test]
    fn seed_project_investments() {
        let cases: &[(&str, &[Want])] = &[
            (
                "华能H级燃机项目,总投资50亿元,两台机组共75万千瓦。",
                &[
                    ("50亿元", Investment, 5.0e9, Unit::Cny, Exact),
                    ("75万千瓦", Capacity, 7.5e5, Unit::Kw, Exact),
                ],
            ),
            (
                "招商局豪华邮轮项目于年内落地,总投资200亿元。",
                &[("200亿元", Investment, 2.0e10, Unit::Cny, Exact)],
            ),
            (
                "日本飞弹化妆品容器项目总投资1.5亿美元,已签约。",
                &[("1.5亿美元", Investment, 1.5e8, Unit::Usd, Exact)],
            ),
            (
                "星源锂电池隔膜项目正式签约,总投资100亿元。",
                &[("100亿元", Investment, 1.0e10, Unit::Cny, Exact)],
            ),
            (
                "晟斯生物医药项目计划总投资50亿元。",
                &[("50亿元", Investment, 5.0e9, Unit::Cny, Exact)],
            ),
            (
                "大可智能作为今年的20亿元重特大项目,力争早日开工。",
                &[("20亿元", Investment, 2.0e9, Unit::Cny, Exact)],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn money() {
        let cases: &[(&str, &[Want])] = &[
            (
                "新项目投资额约12.5亿元。",
                &[("约12.5亿元", Investment, 1.25e9, Unit::Cny, About)],
            ),
            (
                "企业年产值超百亿元。",
                &[("超百亿元", Output, 1.0e10, Unit::Cny, AtLeast)],
            ),
            (
                "二期总投资１２０亿元。",
                &[("１２０亿元", Investment, 1.2e10, Unit::Cny, Exact)],
            ),
            (
                "计划投资二十亿元建设新厂。",
                &[("二十亿元", Investment, 2.0e9, Unit::Cny, Exact)],
            ),
            (
                "其中一期投资8000万元。",
                &[("8000万元", Investment, 8.0e7, Unit::Cny, Exact)],
            ),
            (
                "拟投资30亿元人民币。",
                &[("30亿元人民币", Investment, 3.0e9, Unit::Cny, Exact)],
            ),
            (
                "项目投资逾3000万美元。",
                &[("逾3000万美元", Investment, 3.0e7, Unit::Usd, AtLeast)],
            ),
            (
                "协议投资5000万欧元。",
                &[("5000万欧元", Investment, 5.0e7, Unit::Eur, Exact)],
            ),
            (
                "投资20亿日元扩产。",
                &[("20亿日元", Investment, 2.0e9, Unit::Jpy, Exact)],
            ),
            ("总投资3亿港元。", &[("3亿港元", Investment, 3.0e8, Unit::Hkd, Exact)]),
            (
                "总投资近1000亿元。",
                &[("近1000亿元", Investment, 1.0e11, Unit::Cny, About)],
            ),
            (
                "总投资超\n\n500亿元的项目。",
                &[("超\n\n500亿元", Investment, 5.0e10, Unit::Cny, AtLeast)],
            ),
            (
                "总投资 1.2 万亿元。",
                &[("1.2 万亿元", Investment, 1.2e12, Unit::Cny, Exact)],
            ),
            (
                "固定资产投资三千五百万元。",
                &[("三千五百万元", Investment, 3.5e7, Unit::Cny, Exact)],
            ),
            (
                "项目总投入10多亿元。",
                &[("10多亿元", Investment, 1.0e9, Unit::Cny, AtLeast)],
            ),
            (
                "投资额不到5000万元。",
                &[("不到5000万元", Investment, 5.0e7, Unit::Cny, AtMost)],
            ),
            (
                "计划投资5亿元左右。",
                &[("5亿元左右", Investment, 5.0e8, Unit::Cny, About)],
            ),
            (
                "投资上亿元的项目。",
                &[("上亿元", Investment, 1.0e8, Unit::Cny, AtLeast)],
            ),
            (
                "投资1亿5000万元。",
                &[("1亿5000万元", Investment, 1.5e8, Unit::Cny, Exact)],
            ),
            ("投资1,200万元。", &[("1,200万元", Investment, 1.2e7, Unit::Cny, Exact)]),
            ("注册资本5000万元。", &[("5000万元", Other, 5.0e7, Unit::Cny, Exact)]),
            (
                "全年到账外资1.2亿美元。",
                &[("1.2亿美元", Other, 1.2e8, Unit::Usd, Exact)],
            ),
            (
                "外资到账\n2.3亿美元。",
                &[("2.3亿美元", Other, 2.3e8, Unit::Usd, Exact)],
            ),
            ("实现营业收入12亿元。", &[("12亿元", Output, 1.2e9, Unit::Cny, Exact)]),
            (
                "全年开票销售300亿元。",
                &[("300亿元", Output, 3.0e10, Unit::Cny, Exact)],
            ),
            (
                "应税销售收入预计突破900亿元。",
                &[("突破900亿元", Output, 9.0e10, Unit::Cny, AtLeast)],
            ),
            (
                "研发投入不少于8亿元。",
                &[("不少于8亿元", Other, 8.0e8, Unit::Cny, AtLeast)],
            ),
            ("获得奖补资金57万元。", &[("57万元", Other, 5.7e5, Unit::Cny, Exact)]),
            (
                "一般公共预算收入达到61.8亿元,同比上升12.8%。",
                &[("61.8亿元", Other, 6.18e9, Unit::Cny, Exact)],
            ),
            // The nearer cue wins.
            (
                "项目投资方的注册资本2亿元。",
                &[("2亿元", Other, 2.0e8, Unit::Cny, Exact)],
            ),
            // A cue in another clause does not count.
            (
                "总投资很大,其中设备9亿元。",
                &[("9亿元", Other, 9.0e8, Unit::Cny, Exact)],
            ),
            // Too far from the cue.
            (
                "投资建设的这座工厂今年在当地缴纳各类税费共6亿元。",
                &[("6亿元", Other, 6.0e8, Unit::Cny, Exact)],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn lists_and_project_sizes() {
        let cases: &[(&str, &[Want])] = &[
            (
                "两个项目总投资分别为10亿元、20亿元和5亿元。",
                &[
                    ("10亿元", Investment, 1.0e9, Unit::Cny, Exact),
                    ("20亿元", Investment, 2.0e9, Unit::Cny, Exact),
                    ("5亿元", Investment, 5.0e8, Unit::Cny, Exact),
                ],
            ),
            (
                "产值80亿元、利税9亿元。",
                &[
                    ("80亿元", Output, 8.0e9, Unit::Cny, Exact),
                    ("9亿元", Other, 9.0e8, Unit::Cny, Exact),
                ],
            ),
            (
                "今年新签超10亿元项目7个。",
                &[("超10亿元", Investment, 1.0e9, Unit::Cny, AtLeast)],
            ),
            (
                "超20亿元以上项目3个。",
                &[("超20亿元以上", Investment, 2.0e9, Unit::Cny, AtLeast)],
            ),
            (
                "引进超3000万美元外资项目9个。",
                &[("超3000万美元", Investment, 3.0e7, Unit::Usd, AtLeast)],
            ),
            (
                "新开工超亿元项目30个。",
                &[("超亿元", Investment, 1.0e8, Unit::Cny, AtLeast)],
            ),
            ("5亿元的技改资金。", &[("5亿元", Other, 5.0e8, Unit::Cny, Exact)]),
            // Regression: `约` inside `签约` is not a hedge.
            (
                "今年新签约8亿元重大项目3个。",
                &[("8亿元", Investment, 8.0e8, Unit::Cny, Exact)],
            ),
            (
                "去年签约亿元以上项目40个。",
                &[("亿元以上", Investment, 1.0e8, Unit::Cny, AtLeast)],
            ),
            (
                "技改后每年节约300万元。",
                &[("300万元", Other, 3.0e6, Unit::Cny, Exact)],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn capacity_area_and_years() {
        let cases: &[(&str, &[Want])] = &[
            (
                "新建燃机装机75万千瓦。",
                &[("75万千瓦", Capacity, 7.5e5, Unit::Kw, Exact)],
            ),
            (
                "光伏电站装机100兆瓦。",
                &[("100兆瓦", Capacity, 1.0e5, Unit::Kw, Exact)],
            ),
            (
                "屋顶光伏５０ＭＷ并网。",
                &[("５０ＭＷ", Capacity, 5.0e4, Unit::Kw, Exact)],
            ),
            (
                "风电场规模2GW,另有储能20MWp。",
                &[
                    ("2GW", Capacity, 2.0e6, Unit::Kw, Exact),
                    ("20MWp", Capacity, 2.0e4, Unit::Kw, Exact),
                ],
            ),
            ("百万千瓦级电厂", &[("百万千瓦", Capacity, 1.0e6, Unit::Kw, Exact)]),
            ("地块约420亩。", &[("约420亩", Area, 420.0, Unit::Mu, About)]),
            ("规划用地23公顷。", &[("23公顷", Area, 23.0, Unit::Hectare, Exact)]),
            (
                "规划面积40.83平方公里。",
                &[("40.83平方公里", Area, 40.83, Unit::SquareKm, Exact)],
            ),
            (
                "集聚区29.94\n\n平方公里。",
                &[("29.94\n\n平方公里", Area, 29.94, Unit::SquareKm, Exact)],
            ),
            (
                "新增厂房2万平方米。",
                &[("2万平方米", Area, 2.0e4, Unit::SquareM, Exact)],
            ),
            (
                "消化载体3万多平方米。",
                &[("3万多平方米", Area, 3.0e4, Unit::SquareM, AtLeast)],
            ),
            ("占地一百零五亩。", &[("一百零五亩", Area, 105.0, Unit::Mu, Exact)]),
            ("流转两百亩土地。", &[("两百亩", Area, 200.0, Unit::Mu, Exact)]),
            ("面积5km²。", &[("5km²", Area, 5.0, Unit::SquareKm, Exact)]),
            (
                "港闸开发区成立于1993年。",
                &[("1993年", Established, 1993.0, Unit::Year, Exact)],
            ),
            (
                "园区始建于1992年11月。",
                &[("1992年", Established, 1992.0, Unit::Year, Exact)],
            ),
            (
                "该中心设立于二〇〇六年。",
                &[("二〇〇六年", Established, 2006.0, Unit::Year, Exact)],
            ),
            ("开发区于1993年12月经批准设立。", &[]),
            (
                "1993年12月成立开发区。",
                &[("1993年", Established, 1993.0, Unit::Year, Exact)],
            ),
            (
                "公司成立于２００１年。",
                &[("２００１年", Established, 2001.0, Unit::Year, Exact)],
            ),
        ];
        for (text, want) in cases {
            check(text, want);
        }
    }

    #[test]
    fn not_figures() {
        let texts = [
            "地区生产总值增长12.8%。",
            "增幅达3.5个百分点。",
            "2021年12月召开会议。",
            "1-11月,全区签约项目10个。",
            "咨询电话:0513-83512345。",
            "港口吞吐量达到110万标箱。",
            "引进数十亿元项目。",
            "投资十几亿元建设。",
            "几百亩土地。",
            "总投资五六亿元。",
            "总投资3-5亿元。",
            "总投资3亿至5亿元。",
            "房价8000元/平方米。",
            "年发电量10亿千瓦时。",
            "节约用电5万kWh。",
            "年用电30万度。",
            "十四五期间,十大工程。",
            "2021年投资形势。",
            "成立于93年。",
            "位于附近的零部件厂。",
            "千瓦级。",
            "每万元产值能耗下降。",
            "亿元级别。",
        ];
        for text in texts {
            assert_eq!(find_figures(text), [], "text {text:?}");
        }
    }

    #[test]
    fn sorted_without_overlaps() {
        let text = "总投资50亿元,其中一期8000万元,用地420亩,装机75万千瓦,成立于1993年;总投资超\n500亿元。";
        let figures = find_figures(text);
        assert_eq!(figures.len(), 6);
        for pair in figures.windows(2) {
            assert!(pair[0].end <= pair[1].start, "{pair:?}");
        }
        for f in &figures {
            assert_eq!(&text[f.start..f.end], f.text);
        }
        assert_eq!(find_figures(""), []);
    }

    #[test]
    fn numbers() {
        let cases: &[(&str, Option<f64>)] = &[
            ("1.5", Some(1.5)),
            ("１２０", Some(120.0)),
            ("１２．５", Some(12.5)),
            ("二十", Some(20.0)),
            ("三千五百", Some(3500.0)),
            ("两百", Some(200.0)),
            ("1,200", Some(1200.0)),
            ("1,234,567.5", Some(1_234_567.5)),
            ("十二", Some(12.0)),
            ("一百零五", Some(105.0)),
            ("3.5万", Some(35000.0)),
            ("50亿", Some(5.0e9)),
            ("61.8亿", Some(6.18e9)),
            ("40.83", Some(40.83)),
            ("百亿", Some(1.0e10)),
            ("1.2万亿", Some(1.2e12)),
            ("1亿5000万", Some(1.5e8)),
            ("一亿五千万", Some(1.5e8)),
            ("三千五", Some(3500.0)),
            ("一万二", Some(12000.0)),
            ("一万零二", Some(10002.0)),
            ("一点五亿", Some(1.5e8)),
            ("一九九三", Some(1993.0)),
            ("0.5", Some(0.5)),
            (" 42 ", Some(42.0)),
            ("", None),
            ("abc", None),
            ("万", None),
            ("亿", None),
            ("1.2.3", None),
            ("1,20", None),
            ("007", None),
            ("五六", None),
            ("10多", None),
            ("五百三千", None),
            ("12a", None),
            ("1 2", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse_number(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn names_are_stable() {
        assert_eq!(FigureKind::Investment.as_str(), "investment");
        assert_eq!(Unit::SquareKm.as_str(), "km2");
        assert_eq!(Bound::AtLeast.as_str(), "at_least");
        assert!(Unit::Hkd.is_currency() && !Unit::Kw.is_currency());
    }
}
