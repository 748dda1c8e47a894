//! Field records: relations stated as `key：value` fields rather than in
//! sentences.
//!
//! Project bulletins, listed companies' announcements and registry extracts
//! give their facts as fields, one to a line:
//!
//! ```text
//! 1.项目名称：临江年产5万吨电解液项目
//! 2.建设单位：江苏远景材料有限公司
//! 3.建设地点：临江经济开发区
//! ```
//!
//! The lines of a paragraph run together once normalised (a single line
//! break beside Chinese text carries no meaning), and a value seldom ends in
//! `。`, so sentence rules see one long sentence with no verb to hang a
//! relation on. Here the keys do that work instead. A paragraph's fields form
//! records; a record is about the name in its `name` field (`项目名称`,
//! `公司名称`), or else the name heading it: a project or company right
//! before its first key, or alone in a short paragraph just above. Each other
//! field then relates that name to the names in its value:
//!
//! | field | relation |
//! |---|---|
//! | `owner` (`建设单位`, `实施主体`) | the company (or the companies listed) owns the project |
//! | `site` (`建设地点`, `项目选址`) | the project or company is located_in the zone |
//! | `address` (`注册地址`) | the company is located_in the zone |
//! | `control` (`控股股东`) | the company is subsidiary_of the one named |
//! | `shares` (`股权结构`) | the company is subsidiary_of a holder of more than half |
//! | `profile` (`建设单位概况`) | about the owner, subject left out: its parent, zone and partners |
//!
//! A table whose header names listed keys (`序号|项目名称|建设单位|建设地点`)
//! makes each of its rows a record, its cells keyed by the header's.
//!
//! A list's heading may place all its records at once (`签约项目清单(均落户Z)`):
//! each record with no site of its own is then located_in Z.
//!
//! The keys are listed in the `[records]` table of a rule file, so a user can
//! add a registry's own field names without a rebuild.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::rules::DocView;
use super::{Edges, Evidence};
use crate::dict::Dictionary;
use crate::matcher::{Mention, MentionKind};
use crate::normalize::{NormText, fold_char};

/// The confidence of a relation read from a field: the key states it, but
/// which name the record is about is inferred from the layout.
const CONFIDENCE: f64 = 0.85;
/// At most this many characters (none of them a Chinese character) may stand
/// between a heading name and the key after it: list numbers, brackets.
const HEADING_GAP_CHARS: usize = 4;
/// The longest paragraph that can be a record's heading on its own.
const HEADING_PARAGRAPH_CHARS: usize = 50;
/// The longest unlisted key (`法定代表人`) that ends a value.
const OTHER_KEY_CHARS: usize = 8;

/// What a field says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Name,
    Owner,
    Site,
    Address,
    Control,
    Shares,
    /// What is built (`建设内容`): the facilities named there (`压铸车间`) are
    /// parts of the record's project, not projects of their own.
    Contents,
    /// A few sentences about the record's firm (`建设单位概况`), whose subject
    /// is left out: `由A全资设立，注册于Z，与B签有供货协议`.
    Profile,
    /// A key not listed: it only ends the value before it.
    Other,
}

impl FieldKind {
    const ALL: [(FieldKind, &'static str); 8] = [
        (FieldKind::Name, "name"),
        (FieldKind::Owner, "owner"),
        (FieldKind::Site, "site"),
        (FieldKind::Address, "address"),
        (FieldKind::Control, "control"),
        (FieldKind::Shares, "shares"),
        (FieldKind::Contents, "contents"),
        (FieldKind::Profile, "profile"),
    ];

    /// Whether a name of this type in the value is what the field is about,
    /// so that it cannot head the next record.
    fn takes(self, etype: &str) -> bool {
        match self {
            FieldKind::Name => matches!(etype, "project" | "company"),
            FieldKind::Owner | FieldKind::Control | FieldKind::Shares | FieldKind::Profile => etype == "company",
            FieldKind::Site | FieldKind::Address => etype == "zone",
            FieldKind::Contents | FieldKind::Other => false,
        }
    }
}

/// The `[records]` table of a rule file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRecords {
    #[serde(default)]
    name: Vec<String>,
    #[serde(default)]
    owner: Vec<String>,
    #[serde(default)]
    site: Vec<String>,
    #[serde(default)]
    address: Vec<String>,
    #[serde(default)]
    control: Vec<String>,
    #[serde(default)]
    shares: Vec<String>,
    #[serde(default)]
    contents: Vec<String>,
    #[serde(default)]
    profile: Vec<String>,
}

impl RawRecords {
    fn lists(&self) -> [&Vec<String>; 8] {
        [
            &self.name,
            &self.owner,
            &self.site,
            &self.address,
            &self.control,
            &self.shares,
            &self.contents,
            &self.profile,
        ]
    }
}

/// Every field key of every rule file, folded, longest first.
#[derive(Clone, Debug, Default)]
pub struct RecordKeys {
    keys: Vec<(String, FieldKind)>,
}

impl RecordKeys {
    /// Add one file's table. A key that is empty, holds a colon or space,
    /// or is listed under two kinds is refused, and the table with it.
    pub(crate) fn add(&mut self, raw: &RawRecords) -> Result<(), String> {
        let mut keys = self.keys.clone();
        for ((kind, label), list) in FieldKind::ALL.iter().zip(raw.lists()) {
            for key in list {
                let folded: String = key.chars().map(fold_char).collect();
                if folded.is_empty() || folded.contains(':') || folded.chars().any(char::is_whitespace) {
                    return Err(format!(
                        "records.{label}: key {key:?} must be a word without colon or space"
                    ));
                }
                match keys.iter().find(|(k, _)| *k == folded) {
                    Some((_, other)) if other != kind => {
                        let other = FieldKind::ALL.iter().find(|(k, _)| k == other).map_or("", |(_, l)| l);
                        return Err(format!("records: key {key:?} is under both {other} and {label}"));
                    }
                    Some(_) => {}
                    None => keys.push((folded, *kind)),
                }
            }
        }
        // Longest first, so that `注册地址` wins over `地址`; then by text,
        // for a fixed order.
        keys.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        self.keys = keys;
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The key that ends at `colon` and starts at or after `from`: the one
    /// that starts a line, where one does (`…总装基地` / `项目业主:` on the
    /// next line), or else the longest (`项目建设单位` over `建设单位`).
    fn key_before(&self, norm: &NormText, from: usize, colon: usize) -> Option<(usize, FieldKind)> {
        let before = &norm.text[from..colon];
        let mut ending = self
            .keys
            .iter()
            .filter(|(k, _)| before.ends_with(k.as_str()))
            .map(|(k, kind)| (colon - k.len(), *kind));
        let longest = ending.next()?;
        Some(
            std::iter::once(longest)
                .chain(ending)
                .find(|&(start, _)| norm.break_before(start))
                .unwrap_or(longest),
        )
    }
}

/// What discovery takes from a document's field records, as (start, end)
/// in the normalised text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Spans {
    /// Where the listed keys are, colon left out. Discovery ends no name
    /// inside one, so that `…总装基地项目业主:` does not lend its `项目` to the
    /// project's name.
    pub keys: Vec<(usize, usize)>,
    /// The values of the `name` fields: each up to the next key, or to the
    /// first `。;,` or bracket (`(以下简称…)`). In a bulletin the value is the
    /// whole name of the project, however long; discovery takes it as one.
    /// Also a heading line right above a record's fields (`2.海屿氢燃料电池
    ///系统项目` / `投资方:…`), its list number left out: a numbered list of
    /// projects names each in a line of its own.
    pub names: Vec<(usize, usize)>,
    /// The values of the `contents` fields, up to the next key or the end
    /// of the sentence: discovery takes no project from them.
    pub contents: Vec<(usize, usize)>,
}

/// The keys and name values of a document's records, from one reading of
/// its fields.
pub fn spans(keys: &RecordKeys, norm: &NormText) -> Spans {
    let mut out = Spans::default();
    if keys.is_empty() || !(norm.text.contains(':') || norm.text.contains('|')) {
        return out;
    }
    let text = &norm.text;
    // A table's name cells, as a name field's value.
    for (_, cells) in table_rows(keys, text) {
        for &(kind, s, e) in &cells {
            let cell = &text[s..e];
            if kind == FieldKind::Name && !cell.trim().is_empty() {
                let lead = cell.len() - cell.trim_start().len();
                out.names.push((s + lead, s + cell.trim_end().len()));
            }
        }
    }
    for (start, end) in paragraphs(text) {
        let fields = fields(keys, norm, start, end);
        for (i, f) in fields.iter().enumerate() {
            if f.kind != FieldKind::Other {
                out.keys.push((f.key_start, f.value_start - 1));
            }
            if f.kind == FieldKind::Contents {
                let value_end = fields.get(i + 1).map_or(end, |n| n.key_start);
                out.contents
                    .push((f.value_start, first_piece(text, f.value_start, value_end, &['。'])));
            }
            let above = i.checked_sub(1).map(|p| fields[p].value_start);
            if f.kind != FieldKind::Name
                && let Some(heading) = heading_line(norm, start, above, f.key_start)
            {
                out.names.push(heading);
            }
            if f.kind != FieldKind::Name {
                continue;
            }
            let value_end = fields.get(i + 1).map_or(end, |n| n.key_start);
            let value_end = name_end(text, f.value_start, value_end);
            let value = &text[f.value_start..value_end];
            let trimmed = value.trim_end();
            if !trimmed.is_empty() {
                let lead = value.len() - value.trim_start().len();
                out.names.push((f.value_start + lead, f.value_start + trimmed.len()));
            }
        }
    }
    out
}

/// The line right above a key that starts a line, when it is a heading: no
/// colon, and after its list number (`1.`, `(二)`) a name. The text above
/// starts at the paragraph's start, or at the previous field's value, which
/// must not be empty: a value on the line after its key is no heading.
fn heading_line(
    norm: &NormText,
    paragraph_start: usize,
    previous_value: Option<usize>,
    key_start: usize,
) -> Option<(usize, usize)> {
    let text = &norm.text;
    let from = previous_value.unwrap_or(paragraph_start);
    if key_start <= from || !norm.break_before(key_start) {
        return None;
    }
    let line_start = text[from..key_start]
        .char_indices()
        .map(|(i, _)| from + i)
        .rev()
        .find(|&q| norm.break_before(q) && (q > from || previous_value.is_none()))?;
    if previous_value.is_some() && text[from..line_start].trim().is_empty() {
        return None;
    }
    let line = &text[line_start..key_start];
    let number = line
        .char_indices()
        .take(HEADING_GAP_CHARS + 1)
        .find(|&(_, c)| !(c.is_ascii_digit() || "〇一二三四五六七八九十.、()． ".contains(c)))
        .map_or(line.len(), |(i, _)| i);
    let name = line[number..].trim();
    let lead = line[number..].len() - line[number..].trim_start().len();
    (!name.is_empty() && !name.contains(':')).then(|| {
        let start = line_start + number + lead;
        (start, start + name.len())
    })
}

/// The paragraphs of a normalised text, as (start, end).
fn paragraphs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let paragraph = (at, end);
        at = end + 1;
        Some(paragraph)
    })
}

/// One field: where its key starts, where its value starts, and what it says.
#[derive(Clone, Copy, Debug)]
struct Field {
    key_start: usize,
    value_start: usize,
    kind: FieldKind,
}

/// The fields of the paragraph `text[start..end]`, in order. Besides the
/// listed keys, a short word of Chinese characters before a colon at the
/// start of a line (`法定代表人:`) is a field of no interest: it ends the value
/// before it.
fn fields(keys: &RecordKeys, norm: &NormText, start: usize, end: usize) -> Vec<Field> {
    let text = &norm.text;
    let mut out: Vec<Field> = Vec::new();
    for (i, _) in text[start..end].match_indices(':') {
        let colon = start + i;
        // A key cannot reach back into the previous field's key.
        let from = out.last().map_or(start, |f| f.value_start);
        let known = keys.key_before(norm, from, colon);
        let field = known.or_else(|| {
            text[from..colon]
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_han(*c))
                .take(OTHER_KEY_CHARS)
                .map(|(j, _)| from + j)
                .skip(1)
                .find(|&q| norm.break_before(q))
                .map(|q| (q, FieldKind::Other))
        });
        if let Some((key_start, kind)) = field {
            out.push(Field {
                key_start,
                value_start: colon + 1,
                kind,
            });
        }
    }
    out
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Words after a company in an owner's remark that make it the builder.
const BUILDS: &[&str] = &[
    "负责建设",
    "负责实施",
    "负责投资建设",
    "负责运营",
    "投资建设",
    "承建",
    "代建",
];
/// Within how many characters after the company they must end.
const BUILDS_WINDOW_CHARS: usize = 8;

/// Words right after a company in a firm's profile that make it the firm's
/// parent (`A的控股子公司`, `由A全资设立`, `A控股`).
const PARENT_AFTER: &[&str] = &[
    "全资子公司",
    "控股子公司",
    "子公司",
    "下属企业",
    "下属公司",
    "旗下企业",
    "全资设立",
    "独资设立",
    "控股",
];
/// The same after `由A`, where the firm is set up by A alone.
const SET_UP_AFTER: &[&str] = &["投资设立", "出资设立", "设立", "组建"];
/// Words right before a zone in a firm's profile that place the firm there.
const PLACED_BEFORE: &[&str] = &[
    "注册于",
    "注册在",
    "注册地为",
    "位于",
    "坐落于",
    "落户于",
    "落户",
    "入驻",
];
/// Words after `与B` in a firm's profile that make B a partner.
const PARTNER_AFTER: &[&str] = &["签有", "签订", "签署", "签约", "合作", "共建"];
/// Within how many characters after `与B` its partner word must end.
const PARTNER_WINDOW_CHARS: usize = 16;
/// Where a clause of a profile ends.
const CLAUSE_STOPS: &[char] = &[',', ';', '。', '!', '?'];

/// The relations a firm's profile states of the firm, its subject left out
/// (`由A全资设立，2023年8月注册于Z，与B签有供货协议`): (relation, other
/// entity) in order. `value` holds the profile's mentions, in order.
fn profile(text: &str, value: &[&Mention], dict: &Dictionary) -> Vec<(&'static str, usize)> {
    let mut out = Vec::new();
    for (j, m) in value.iter().enumerate() {
        let rest = &text[m.norm_end..];
        match dict.entities[m.entity].etype.as_str() {
            "company" => {
                let after = crate::discover::definition_len(rest).map_or(rest, |len| &rest[len..]);
                let after = after.strip_prefix('的').unwrap_or(after);
                // `A控股的C` names C, a firm A holds, not the profile's parent.
                let set_up = text[..m.norm_start].ends_with('由') && SET_UP_AFTER.iter().any(|w| after.starts_with(w));
                if set_up
                    || PARENT_AFTER
                        .iter()
                        .any(|w| after.starts_with(w) && !after[w.len()..].starts_with('的'))
                {
                    out.push(("subsidiary_of", m.entity));
                }
                let until = value.get(j + 1).map_or(text.len(), |n| n.norm_start);
                let clause: String = text[m.norm_end..until]
                    .chars()
                    .take_while(|c| !CLAUSE_STOPS.contains(c))
                    .take(PARTNER_WINDOW_CHARS)
                    .collect();
                if text[..m.norm_start].ends_with('与') && PARTNER_AFTER.iter().any(|w| clause.contains(w)) {
                    out.push(("partners_with", m.entity));
                }
            }
            "zone" if PLACED_BEFORE.iter().any(|w| text[..m.norm_start].ends_with(w)) => {
                out.push(("located_in", m.entity));
            }
            _ => {}
        }
    }
    out
}

/// Where the first piece of a value ends: at the first of `stops`, or `end`.
fn first_piece(text: &str, start: usize, end: usize, stops: &[char]) -> usize {
    text[start..end].find(stops).map_or(end, |i| start + i)
}

/// Where a name field's value ends: at a clause mark or a bracket, but past
/// a bracket that holds a phase (…标准化厂房(一期)工程), which is part of
/// the name; any other bracket is a note on it.
fn name_end(text: &str, start: usize, end: usize) -> usize {
    const STOPS: [char; 7] = ['。', ';', ',', '!', '?', '(', '“'];
    let mut piece_end = first_piece(text, start, end, &STOPS);
    loop {
        let phase = crate::discover::phase_in_brackets(&text[piece_end..end]);
        if phase == 0 {
            return piece_end;
        }
        piece_end = first_piece(text, piece_end + phase, end, &STOPS);
    }
}

/// Whether `s` is short filler around a heading: a list number (`2.`,
/// `(十一)`, `三、`), brackets, a bullet; no other Chinese characters.
fn is_filler(s: &str) -> bool {
    s.chars().count() <= HEADING_GAP_CHARS && !s.chars().any(|c| is_han(c) && !"〇一二三四五六七八九十".contains(c))
}

/// Whether only filler (a list number, a bracket) stands between the start
/// of a line and `pos`: `(一)海芯晶圆项目` heads a record, `新建海芯晶圆项目`
/// in a value does not.
fn starts_line(norm: &NormText, paragraph_start: usize, pos: usize) -> bool {
    let text = &norm.text;
    std::iter::once(pos)
        .chain(
            text[paragraph_start..pos]
                .char_indices()
                .rev()
                .map(|(i, _)| paragraph_start + i),
        )
        .take(HEADING_GAP_CHARS + 1)
        .take_while(|&q| is_filler(&text[q..pos]))
        .any(|q| norm.break_before(q))
}

/// Add the relations of every record in one document.
pub fn apply(keys: &RecordKeys, dict: &Dictionary, doc: &DocView<'_>, max_evidence: usize, edges: &mut Edges) {
    let text = &doc.norm.text;
    if keys.is_empty() || !(text.contains(':') || text.contains('|')) {
        return;
    }
    let mentions: Vec<&Mention> = doc.mentions.iter().filter(|m| m.kind != MentionKind::Nested).collect();
    let etype = |m: &Mention| dict.entities[m.entity].etype.as_str();
    let within = |start: usize, end: usize| {
        let i = mentions.partition_point(|m| m.norm_start < start);
        mentions[i..]
            .iter()
            .copied()
            .take_while(move |m| m.norm_start < end)
            .filter(move |m| m.norm_end <= end)
    };
    // The zone named at `at` or one character after it (`均落户于Z`), before `end`.
    let zone_after = |at: usize, end: usize| {
        within(at, end)
            .next()
            .filter(|m| etype(m) == "zone" && text[at..m.norm_start].chars().count() <= 1)
            .map(|m| m.entity)
    };
    // ((head, relation, tail), evidence span in the normalised text, rule)
    type Found = ((usize, &'static str, usize), (usize, usize), &'static str);
    let mut found: Vec<Found> = Vec::new();
    let mut previous: Option<(usize, usize)> = None;
    // The zone a list's heading puts all its records in, and where the
    // heading's line starts; it holds over consecutive paragraphs of records.
    let mut list_site: Option<(usize, usize)> = None;
    let mut previous_had_fields = false;
    // The subject of the last record, carried to the field lines after it:
    // a notice that puts each field on a paragraph of its own (`项目名称:…`,
    // blank line, `招标人:…`), or splits them under section headings
    // (`二、中标人信息`). Prose (a sentence, or a long line), or a heading
    // that names a firm or project (the next record's), ends it.
    let mut carried: Option<(usize, usize, usize)> = None;
    for paragraph in paragraphs(text) {
        let fields = fields(keys, doc.norm, paragraph.0, paragraph.1);
        if fields.is_empty() {
            let line = &text[paragraph.0..paragraph.1];
            let heading = line.chars().count() <= HEADING_PARAGRAPH_CHARS && !line.contains(['。', '!', '?']);
            // A heading that names a record, known or not (`(二)临江新材料
            // 产业园项目`), starts another.
            let names_one = within(paragraph.0, paragraph.1).any(|m| matches!(etype(m), "project" | "company"))
                || ["项目", "工程", "公司", "基地"]
                    .iter()
                    .any(|w| line.trim_end().ends_with(w));
            if !heading || names_one {
                carried = None;
            }
            previous = Some(paragraph);
            previous_had_fields = false;
            continue;
        }
        let lead = together_site(doc.norm, paragraph.0, fields[0].key_start, &|at| {
            zone_after(at, paragraph.1)
        });
        list_site = match lead {
            Some(site) => Some(site),
            // A heading paragraph of its own, above the list.
            None if !previous_had_fields => previous
                .filter(|&(s, e)| text[s..e].chars().count() <= LIST_HEADING_CHARS)
                .and_then(|(s, e)| together_site(doc.norm, s, e, &|at| zone_after(at, e))),
            None => list_site,
        };
        let after_fields = std::mem::replace(&mut previous_had_fields, true);
        // Each field's value, up to its first sentence and first clause end.
        let pieces: Vec<(usize, usize)> = fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let value_end = fields.get(i + 1).map_or(paragraph.1, |n| n.key_start);
                let sentence_end = first_piece(text, f.value_start, value_end, &['。', ';', '!', '?']);
                (sentence_end, first_piece(text, f.value_start, sentence_end, &[',']))
            })
            .collect();
        // What each field's record is about: (entity, start and end of the
        // text that names it).
        let mut subjects: Vec<Option<(usize, usize, usize)>> = vec![None; fields.len()];
        // A paragraph with a name field of its own is a record of its own.
        let mut subject = carried.filter(|_| {
            is_filler(&text[paragraph.0..fields[0].key_start]) && fields.iter().all(|f| f.kind != FieldKind::Name)
        });
        for (i, f) in fields.iter().enumerate() {
            if f.kind == FieldKind::Name {
                subject = within(f.value_start, pieces[i].0)
                    .find(|m| matches!(etype(m), "project" | "company"))
                    .map(|m| (m.entity, f.key_start, pieces[i].0));
                continue;
            }
            // A heading: a name alone on the line before this key (list
            // numbers aside), which the previous field does not take.
            let lo = if i == 0 { paragraph.0 } else { fields[i - 1].value_start };
            let heading = within(lo, f.key_start)
                .filter(|m| matches!(etype(m), "project" | "company"))
                .filter(|m| i == 0 || !fields[i - 1].kind.takes(etype(m)))
                .last()
                .filter(|m| is_filler(&text[m.norm_end..f.key_start]))
                .filter(|m| starts_line(doc.norm, paragraph.0, m.norm_start));
            if let Some(m) = heading {
                subject = Some((m.entity, m.norm_start, m.norm_end));
            } else if i == 0 && !after_fields && is_filler(&text[paragraph.0..f.key_start]) {
                // The record's heading is a short paragraph of its own (a
                // field line above is no heading: its name is its value).
                let headed = previous
                    .filter(|&(s, e)| text[s..e].chars().count() <= HEADING_PARAGRAPH_CHARS)
                    .and_then(|(s, e)| {
                        let names: Vec<&Mention> = within(s, e).collect();
                        let last = |t: &str| names.iter().rev().find(|m| etype(m) == t).copied();
                        last("project").or_else(|| last("company"))
                    })
                    .map(|m| (m.entity, f.key_start, f.key_start));
                if headed.is_some() {
                    subject = headed;
                }
            }
            subjects[i] = subject;
        }
        carried = subject;
        // Fields before a paragraph's first name field, with no heading of
        // their own, belong to that name: a land notice gives the plot's
        // place and buyer first and the project planned on it last.
        if let Some(first) = fields.iter().position(|f| f.kind == FieldKind::Name) {
            let named = within(fields[first].value_start, pieces[first].0)
                .find(|m| matches!(etype(m), "project" | "company"))
                .map(|m| (m.entity, fields[first].key_start, pieces[first].0));
            for s in subjects[..first].iter_mut().filter(|s| s.is_none()) {
                *s = named;
            }
        }
        // The first owner of each record's project, for its firm's profile.
        let mut owner_of: Option<(usize, usize)> = None;
        for (i, f) in fields.iter().enumerate() {
            let (sentence_end, clause_end) = pieces[i];
            let Some((head, from, to)) = subjects[i] else { continue };
            let span = (from.min(f.key_start), to.max(sentence_end));
            let head_type = dict.entities[head].etype.as_str();
            let first_of = |t: &str, end: usize| within(f.value_start, end).find(|m| etype(m) == t);
            match f.kind {
                FieldKind::Owner if head_type == "project" => {
                    let companies: Vec<&Mention> = within(f.value_start, clause_end)
                        .filter(|m| etype(m) == "company")
                        .collect();
                    let remark = remark_start(text, &companies, clause_end);
                    // A remark that names who builds for the owner
                    // (`A（由其全资子公司B负责建设）`): B owns the project too.
                    let builders: Vec<usize> = companies
                        .iter()
                        .filter(|m| m.norm_start > remark)
                        .filter(|m| {
                            let after: String =
                                text[m.norm_end..clause_end].chars().take(BUILDS_WINDOW_CHARS).collect();
                            BUILDS.iter().any(|w| after.contains(w))
                        })
                        .map(|m| m.entity)
                        .collect();
                    for builder in builders {
                        found.push(((builder, "owns", head), span, "record"));
                    }
                    for owner in owners(text, companies.into_iter().filter(|m| m.norm_start < remark)) {
                        if owner_of.is_none_or(|(p, _)| p != head) {
                            owner_of = Some((head, owner));
                        }
                        found.push(((owner, "owns", head), span, "record"));
                    }
                }
                FieldKind::Site | FieldKind::Address
                    if head_type == "company" || (f.kind == FieldKind::Site && head_type == "project") =>
                {
                    if let Some(zone) = first_of("zone", sentence_end) {
                        found.push(((head, "located_in", zone.entity), span, "record"));
                    }
                }
                FieldKind::Control if head_type == "company" => {
                    if let Some(parent) = first_of("company", clause_end) {
                        found.push(((head, "subsidiary_of", parent.entity), span, "record"));
                    }
                }
                FieldKind::Shares if head_type == "company" => {
                    let holders: Vec<&Mention> = within(f.value_start, sentence_end)
                        .filter(|m| etype(m) == "company")
                        .collect();
                    for (j, m) in holders.iter().enumerate() {
                        let until = holders.get(j + 1).map_or(sentence_end, |n| n.norm_start);
                        if first_percent(&text[m.norm_end..until]).is_some_and(|p| p > 50.0) {
                            found.push(((head, "subsidiary_of", m.entity), span, "record"));
                        }
                    }
                }
                FieldKind::Profile => {
                    // About the record's company, or its project's owner.
                    let firm = if head_type == "company" {
                        Some(head)
                    } else {
                        owner_of.filter(|&(project, _)| project == head).map(|(_, owner)| owner)
                    };
                    if let Some(firm) = firm {
                        let value: Vec<&Mention> = within(f.value_start, sentence_end).collect();
                        for (relation, other) in profile(text, &value, dict) {
                            if other != firm {
                                found.push(((firm, relation, other), span, "profile"));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        // `签约项目清单(均落户Z)`: each record of the list with no site of its
        // own is in Z.
        if let Some((zone, heading_start)) = list_site {
            let mut heads: Vec<(usize, usize)> = Vec::new();
            for &(head, _, to) in subjects.iter().flatten() {
                if !heads.iter().any(|&(h, _)| h == head) {
                    heads.push((head, to));
                }
            }
            for (head, to) in heads {
                let sited = found.iter().any(|((h, r, _), _, _)| *h == head && *r == "located_in");
                if !sited && matches!(dict.entities[head].etype.as_str(), "project" | "company") {
                    found.push(((head, "located_in", zone), (heading_start, to), "list_heading"));
                }
            }
        }
        previous = Some(paragraph);
    }
    // A table (`序号｜项目名称｜建设单位｜建设地点`, then a row a line): each
    // row is a record whose fields are its cells, keyed by the header's.
    for (row, cells) in table_rows(keys, text) {
        let name = cells.iter().find(|c| c.0 == FieldKind::Name).and_then(|&(_, s, e)| {
            within(s, e)
                .find(|m| matches!(etype(m), "project" | "company"))
                .map(|m| m.entity)
        });
        let Some(head) = name else { continue };
        let head_type = dict.entities[head].etype.as_str();
        for &(kind, s, e) in &cells {
            match kind {
                FieldKind::Owner if head_type == "project" => {
                    for owner in owners(text, within(s, e).filter(|m| etype(m) == "company")) {
                        found.push(((owner, "owns", head), row, "table"));
                    }
                }
                FieldKind::Site | FieldKind::Address => {
                    if let Some(zone) = within(s, e).find(|m| etype(m) == "zone") {
                        found.push(((head, "located_in", zone.entity), row, "table"));
                    }
                }
                FieldKind::Control if head_type == "company" => {
                    if let Some(parent) = within(s, e).find(|m| etype(m) == "company") {
                        found.push(((head, "subsidiary_of", parent.entity), row, "table"));
                    }
                }
                _ => {}
            }
        }
    }
    let doc_arc: std::sync::Arc<str> = doc.doc_id.into();
    let mut seen = BTreeSet::new();
    for ((head, relation, tail), (start, end), rule) in found {
        if head == tail || !seen.insert((head, relation, tail)) {
            continue;
        }
        let (o_start, o_end) = doc.norm.to_original(start, end);
        let evidence = Evidence {
            doc: doc_arc.clone(),
            start: o_start,
            end: o_end,
            text: text[start..end].into(),
        };
        super::add_typed(
            edges,
            (head, relation.to_string(), tail),
            || format!("{relation}.{rule}"),
            CONFIDENCE,
            evidence,
            max_evidence,
        );
    }
}

/// A table's row: its line, and its keyed cells as (kind, start, end).
type TableRow = ((usize, usize), Vec<(FieldKind, usize, usize)>);

/// The rows of every table in `text` whose header names at least two
/// listed keys (`序号|项目名称|建设单位|建设内容|总投资`): each row's line, and
/// its cells that fall under a listed key, as (kind, start, end). A table
/// ends at the first line with another number of cells.
fn table_rows(keys: &RecordKeys, text: &str) -> Vec<TableRow> {
    let cells_of = |start: usize, line: &str| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut from = start;
        for piece in line.split('|') {
            out.push((from, from + piece.len()));
            from += piece.len() + 1;
        }
        out
    };
    let mut rows = Vec::new();
    let mut header: Option<Vec<Option<FieldKind>>> = None;
    let mut at = 0;
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        if !line.contains('|') {
            header = None;
            continue;
        }
        let cells = cells_of(start, line);
        match &header {
            Some(kinds) if kinds.len() == cells.len() => {
                let fields = kinds
                    .iter()
                    .zip(&cells)
                    .filter_map(|(kind, &(s, e))| kind.map(|k| (k, s, e)))
                    .collect();
                rows.push(((start, start + line.len()), fields));
            }
            _ => {
                let kinds: Vec<Option<FieldKind>> = cells
                    .iter()
                    .map(|&(s, e)| {
                        let cell = text[s..e].trim();
                        keys.keys.iter().find(|(k, _)| k == cell).map(|(_, kind)| *kind)
                    })
                    .collect();
                header = (kinds.iter().flatten().count() >= 2).then_some(kinds);
            }
        }
    }
    rows
}

/// Words by which a list's heading puts every item in one place
/// (`签约项目清单(均落户Z)`, `以下项目全部位于Z`).
#[rustfmt::skip]
const TOGETHER: &[&str] = &[
    "均落户", "均位于", "均落地", "均选址", "均建在", "均入驻", "均布局", "均在",
    "全部落户", "全部位于", "全部落地", "全部入驻", "全部在", "都落户", "都位于", "都在",
];
/// The longest paragraph that can head a list on its own.
const LIST_HEADING_CHARS: usize = 80;

/// The zone that `text[start..end]` (a list's heading) puts every item of
/// the list in, and where the heading's line starts: a word of [`TOGETHER`]
/// right before the zone, which `zone_at` finds at a place.
fn together_site(
    norm: &NormText,
    start: usize,
    end: usize,
    zone_at: &dyn Fn(usize) -> Option<usize>,
) -> Option<(usize, usize)> {
    let text = &norm.text;
    TOGETHER
        .iter()
        .flat_map(|w| {
            text[start..end]
                .match_indices(w)
                .map(move |(i, w)| (start + i, w.len()))
        })
        .filter_map(|(at, len)| Some((zone_at(at + len)?, at)))
        .min_by_key(|&(_, at)| at)
        .map(|(zone, at)| {
            let line = text[start..at]
                .char_indices()
                .map(|(i, _)| start + i)
                .rev()
                .find(|&q| norm.break_before(q))
                .unwrap_or(start);
            (zone, line)
        })
}

/// Where a remark in brackets after the first company of a value starts
/// (`A(由其全资子公司B负责建设)`: B builds for A, the owner), or `end`. A
/// bracket inside a name (`芯朗微电子(上海)股份有限公司`) is the name's.
fn remark_start(text: &str, companies: &[&Mention], end: usize) -> usize {
    let Some(first) = companies.first() else { return end };
    text[first.norm_end..end]
        .match_indices('(')
        .map(|(i, _)| first.norm_end + i)
        .find(|&at| !companies.iter().any(|m| m.norm_start < at && at < m.norm_end))
        .unwrap_or(end)
}

/// The owners a value names: the last company, with those listed with it
/// (`A、B联合体`). In `公司拟设立的全资子公司B` the owner is B, the one the
/// phrase ends on.
fn owners<'a>(text: &str, companies: impl Iterator<Item = &'a Mention>) -> Vec<usize> {
    let mut group: Vec<&Mention> = Vec::new();
    for m in companies {
        let joined = group.last().is_some_and(|prev| {
            super::rules::LIST_SEPARATORS.contains(&text[prev.norm_end..m.norm_start.max(prev.norm_end)].trim())
        });
        if !joined {
            group.clear();
        }
        group.push(m);
    }
    group.iter().map(|m| m.entity).collect()
}

/// The first percentage in `s` (`持股51%`, `占比60.5%`).
fn first_percent(s: &str) -> Option<f64> {
    let pct = s.find('%')?;
    let digits_start = s[..pct]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.')
        .last()
        .map(|(i, _)| i)?;
    s[digits_start..pct].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages() {
        for (s, want) in [
            ("以货币出资,持股100%", Some(100.0)),
            ("持股51%、", Some(51.0)),
            ("占比60.5%", Some(60.5)),
            ("持股约三成", None),
            ("%", None),
        ] {
            assert_eq!(first_percent(s), want, "{s}");
        }
    }

    #[test]
    fn keys_are_checked_and_longest_wins() {
        let raw = |site: &[&str], address: &[&str]| RawRecords {
            site: site.iter().map(|s| s.to_string()).collect(),
            address: address.iter().map(|s| s.to_string()).collect(),
            ..RawRecords::default()
        };
        let mut keys = RecordKeys::default();
        keys.add(&raw(&["建设地点"], &["地址", "注册地址"])).unwrap();
        for (text, want) in [("注册地址:临江", 0), ("甲注册地址:临江", 3), ("甲注册\n地址:临江", 9)]
        {
            let norm = crate::normalize::normalize_str(text);
            let colon = norm.text.find(':').unwrap();
            assert_eq!(
                keys.key_before(&norm, 0, colon),
                Some((want, FieldKind::Address)),
                "{text}"
            );
        }
        assert!(
            keys.add(&raw(&["地址"], &[]))
                .unwrap_err()
                .contains("both address and site")
        );
        assert!(keys.add(&raw(&["建设:地点"], &[])).is_err());
        assert!(keys.add(&raw(&[""], &[])).is_err());
        // A refused table leaves the keys as they were.
        assert_eq!(keys.keys.len(), 3);
    }

    /// Name values and heading lines: what discovery takes as projects'
    /// whole names.
    #[test]
    fn names_from_fields_and_headings() {
        let mut keys = RecordKeys::default();
        keys.add(&RawRecords {
            name: vec!["项目名称".into()],
            owner: vec!["投资方".into()],
            ..RawRecords::default()
        })
        .unwrap();
        let cases: &[(&str, &[&str])] = &[
            ("项目名称:云帆H级燃机项目\n投资方:云帆重工", &["云帆H级燃机项目"]),
            // A numbered list: each heading line names its record.
            (
                "签约项目清单\n1.辰星热管理系统产业化项目\n投资方:辰星热系统有限公司\n总投资:18亿元\n(二)海屿氢能基地\n投资方:海屿氢能",
                &["辰星热管理系统产业化项目", "海屿氢能基地"],
            ),
            // After a bracket the line break is kept as a space, and still
            // ends the line above.
            (
                "签约项目清单（均落户云港开发区）\n1．辰星热管理系统产业化项目\n投资方：辰星热系统有限公司",
                &["辰星热管理系统产业化项目"],
            ),
            // A heading that opens the paragraph.
            ("海芯晶圆项目\n投资方:海芯科技", &["海芯晶圆项目"]),
            // A value on the line after its key is no heading; a line with a
            // colon is a field.
            ("投资方:\n海芯科技\n总投资:5亿元", &[]),
            ("总投资:5亿元\n投资方:海芯科技", &[]),
            // A key inside a line has no heading.
            ("海芯晶圆项目今年开工,投资方:海芯科技", &[]),
        ];
        for (text, want) in cases {
            let norm = crate::normalize::normalize_str(text);
            let got: Vec<&str> = spans(&keys, &norm)
                .names
                .iter()
                .map(|&(a, b)| &norm.text[a..b])
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
