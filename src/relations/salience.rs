//! What an article is about, and what its generic references mean.
//!
//! In an article about one zone, a bare `开发区` or `全区` means that zone.
//! The *salient* entity of a type is the one the title names (the metadata
//! title, or a short first paragraph), or else the one mentioned most often,
//! if it is mentioned at least twice and more often than any other. An
//! article about a district names no zone, so it has no salient zone and its
//! generic references stay unresolved: nothing is invented.
//!
//! A generic reference is a class use, and stays unresolved, when a word of
//! its `not_after` list stands right before it (`国家级开发区`), a word of its
//! `not_before` list right after it (`开发区之一`), or when it sits inside a
//! document title in `《》`.
//!
//! An industry word that also names a product, a material or a technique
//! (`激光` in `光纤激光器`, `光子` in `光子芯片`) is listed with
//! `bare=in_context`: its bare name counts only where the text uses it as an
//! industry (see [`industry_sense`]); its suffixed forms (`激光产业`) always
//! count.

use std::collections::BTreeMap;

use crate::dict::{Dictionary, Resolves};
use crate::matcher::{Match, Matcher, Mention, MentionKind, Target, mention};
use crate::normalize::{NormText, Sentence};

/// The longest first paragraph that still counts as a title, in characters.
const TITLE_MAX_CHARS: usize = 80;
/// How far after `和` an industry noun or 方向 may close a pair of industries
/// (`X和新能源汽车作为延链方向`): the second item and a verb of a few
/// characters each.
const JOINED_WINDOW_CHARS: usize = 14;

/// The salient entity of each type that has one.
pub type Salient = BTreeMap<String, usize>;

/// Pick the salient entity of each type.
pub fn salient(dict: &Dictionary, matches: &[Match], title_entities: &[usize]) -> Salient {
    let mut counts: BTreeMap<&str, BTreeMap<usize, usize>> = BTreeMap::new();
    for m in matches {
        if let Some(e) = m.entity() {
            *counts.entry(&dict.entities[e].etype).or_default().entry(e).or_default() += 1;
        }
    }
    let mut out = Salient::new();
    for (etype, by_entity) in counts {
        let count = |e: &usize| by_entity.get(e).copied().unwrap_or(0);
        // A title entity wins; among several, the most mentioned (then the first).
        let in_title = title_entities
            .iter()
            .filter(|e| dict.entities[**e].etype == etype)
            .fold(None::<usize>, |best, &e| match best {
                Some(b) if count(&b) >= count(&e) => Some(b),
                _ => Some(e),
            });
        let chosen = in_title.or_else(|| {
            let mut ranked: Vec<(usize, usize)> = by_entity.iter().map(|(e, n)| (*n, *e)).collect();
            ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            match ranked.as_slice() {
                [(n, e)] if *n >= 2 => Some(*e),
                [(n, e), (m, _), ..] if *n >= 2 && n > m => Some(*e),
                _ => None,
            }
        });
        if let Some(e) = chosen {
            out.insert(etype.to_string(), e);
        }
    }
    out
}

/// Entities named in the title: the metadata title when there is one,
/// otherwise the first paragraph when it is short enough to be a title.
pub fn title_entities(matcher: &Matcher, norm: &NormText, title: Option<&str>) -> Vec<usize> {
    let (text, limit) = match title {
        Some(t) => (crate::normalize::normalize_key(t), usize::MAX),
        None => {
            let first = norm.text.split('\n').next().unwrap_or("");
            if first.chars().count() > TITLE_MAX_CHARS {
                return Vec::new();
            }
            (first.to_ascii_lowercase(), first.len())
        }
    };
    matcher
        .find(&text)
        .iter()
        .filter(|m| m.end <= limit)
        .filter_map(Match::entity)
        .collect()
}

/// Words right after an industry word that show it is meant as an industry.
const INDUSTRY_AFTER: [&str; 14] = [
    "产业",
    "行业",
    "领域",
    "企业",
    "集群",
    "板块",
    "赛道",
    "龙头",
    "链主",
    "上下游",
    "上游",
    "下游",
    "等",
    "、",
];

/// Words that, a few characters after an industry word, make it one
/// (`集成电路设计企业`, `激光装备产业`).
const INDUSTRY_NOUNS: [&str; 6] = ["企业", "产业", "行业", "领域", "板块", "赛道"];

/// Words right before an industry word that make it a target of the zone's
/// or firm's work, when the word ends there.
const INDUSTRY_VERBS: [&str; 16] = [
    "聚焦", "发展", "培育", "布局", "主攻", "深耕", "涵盖", "围绕", "打造", "壮大", "瞄准", "覆盖", "包括", "引育",
    "做强", "做大",
];

/// Verbs right before a word that make it the first of two industries
/// joined by 和 (`做大X和Y`); not 包括 or 覆盖, whose objects are as often
/// products (`产品包括X和焊接设备`).
const PAIR_VERBS: [&str; 10] = [
    "聚焦", "发展", "培育", "布局", "主攻", "深耕", "打造", "壮大", "做强", "做大",
];

/// Whether `text[start..end]`, a bare industry word, is used as an industry:
/// an item of a list (`半导体、光子、新能源汽车`), followed by a word such as
/// 产业 or 领域 (`激光领域`), or the whole object of a verb such as 聚焦
/// (`聚焦光子，…`). `光纤激光器` and `光子芯片` are none of these.
fn industry_sense(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    let word_ends = !after.starts_with(|c: char| c.is_alphanumeric());
    let clause = &after[..after.find([',', '。', ';', ':', '!', '?']).unwrap_or(after.len())];
    // Up to three characters of a line of business, then an industry noun.
    let near: String = clause.chars().take(5).collect();
    let near_noun = INDUSTRY_NOUNS
        .iter()
        .filter_map(|w| near.find(w))
        .any(|at| near[..at].chars().count() <= 3);
    // Joined to another item by 和 (及, 与): the last item of a list
    // (跨境电商、数字贸易和X), or the first of two that an industry noun or
    // 方向 closes (X和贵金属材料方向).
    // The clause before the word: a list in it, or a verb such as 做大 right
    // before the first item (做大硬质合金和X: X is the second industry).
    let clause_before = before.rsplit([',', '。', ';', ':', '!', '?']).next().unwrap_or("");
    let joined_before = ["和", "及", "与"].iter().any(|w| before.ends_with(w))
        && (clause_before.contains('、') || {
            let first = &clause_before[..clause_before.len() - "和".len()];
            INDUSTRY_VERBS.iter().any(|v| {
                first.rfind(v).is_some_and(|i| {
                    let item = &first[i + v.len()..];
                    !item.is_empty() && !item.contains('的')
                })
            })
        });
    let joined_after = ["和", "及", "与"].iter().any(|w| after.starts_with(w))
        && ({
            let window: String = clause.chars().take(JOINED_WINDOW_CHARS).collect();
            INDUSTRY_NOUNS.iter().chain(&["方向"]).any(|w| window.contains(w))
        } || PAIR_VERBS.iter().any(|w| before.ends_with(w)));
    before.ends_with('、')
        || joined_before
        || joined_after
        || INDUSTRY_AFTER.iter().any(|w| after.starts_with(w))
        || near_noun
        || (word_ends && INDUSTRY_VERBS.iter().any(|w| before.ends_with(w)))
        // The subject of a clause about industries (新型显示是Z的首位产业,
        // 把X定为首位产业).
        || (["是", "定为", "作为", "列为", "确定为"].iter().any(|w| after.starts_with(w)) && clause.contains("产业"))
}

/// Turn the matches of one document into mentions: names as they are,
/// generic references resolved to the salient entity of their type (or
/// dropped), and zones at the start of organisation names added as nested
/// mentions. Sorted by position.
pub fn resolve(
    dict: &Dictionary,
    matcher: &Matcher,
    norm: &NormText,
    sentences: &[Sentence],
    matches: &[Match],
    salient: &Salient,
    nested: &[(String, String)],
) -> Vec<Mention> {
    // Lowered only when a nested rule needs it: most matches have none.
    let haystack = std::cell::OnceCell::new();
    // What each generic form means in this document, worked out once.
    let mut meaning: BTreeMap<usize, Option<usize>> = BTreeMap::new();
    // Pronouns the text defines for a name (`A(下文简称“A′”“公司”)`): from
    // there on, each means that name, whatever was named in between.
    let mut defined: BTreeMap<&str, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for m in matches {
        match m.target {
            Target::Entity(e) => {
                for form in crate::discover::defined_names(&norm.text[m.end..]) {
                    defined.insert(form, e);
                }
                let entity = &dict.entities[e];
                if entity.etype == "cluster"
                    && entity.attributes.get("bare") == Some("in_context")
                    && norm.text[m.start..m.end] == *entity.name
                    && !industry_sense(&norm.text, m.start, m.end)
                {
                    continue;
                }
                out.push(mention(norm, sentences, m.start, m.end, e, MentionKind::Name));
                let outer_type = &dict.entities[e].etype;
                for (outer, inner) in nested {
                    if outer != outer_type {
                        continue;
                    }
                    let prefix = matcher
                        .inside(haystack.get_or_init(|| norm.text.to_ascii_lowercase()), m.start, m.end)
                        .into_iter()
                        .filter(|x| x.start == m.start)
                        .filter_map(|x| Some((x.entity()?, x.end)))
                        .filter(|(i, _)| &dict.entities[*i].etype == inner)
                        .max_by_key(|(_, end)| *end);
                    if let Some((i, end)) = prefix {
                        out.push(mention(norm, sentences, m.start, end, i, MentionKind::Nested));
                    }
                }
            }
            Target::Generic(g) => {
                let generic = &dict.generics[g];
                let by_definition = defined
                    .get(&norm.text[m.start..m.end])
                    .copied()
                    .filter(|&e| dict.entities[e].etype == generic.refers_to);
                let e = match generic.resolves {
                    _ if by_definition.is_some() => by_definition,
                    // A firm's pronoun with no firm named before it in its
                    // paragraph is the article's firm: in an announcement,
                    // `公司` is the issuer.
                    Resolves::Article if in_paragraph(&out, &norm.text, m.start, salient.get(&generic.refers_to)) => {
                        salient.get(&generic.refers_to).copied()
                    }
                    Resolves::Previous | Resolves::Article => previous(dict, &out, &norm.text, m.start, generic)
                        .or_else(|| {
                            salient
                                .get("company")
                                .copied()
                                .filter(|_| generic.refers_to == "company")
                        }),
                    Resolves::Subject => subject(dict, &out, sentences, m.start, &generic.refers_to),
                    Resolves::Named => named_before(dict, &out, m.start, generic).or_else(|| {
                        *meaning
                            .entry(g)
                            .or_insert_with(|| means(dict, generic, matches, salient))
                    }),
                    // `“我们…”A负责人说`: in a quote, the first person is
                    // the speaker's firm, where the text defines no other.
                    Resolves::Defined if FIRST_PERSON.contains(&generic.form.as_str()) => {
                        quoted_speaker(dict, matches, &norm.text, m.start, &generic.refers_to)
                    }
                    Resolves::Defined => None,
                    Resolves::Salient => *meaning
                        .entry(g)
                        .or_insert_with(|| means(dict, generic, matches, salient)),
                };
                let Some(e) = e else {
                    continue;
                };
                if is_class_use(&norm.text, m.start, m.end, &generic.not_after, &generic.not_before)
                    || !stands_alone(&norm.text[..m.start], &generic.only_after)
                {
                    continue;
                }
                let kind = if generic.mention {
                    MentionKind::Resolved(g)
                } else {
                    MentionKind::Anchor(g)
                };
                out.push(mention(norm, sentences, m.start, m.end, e, kind));
            }
        }
    }
    out.sort_by_key(|m| (m.norm_start, std::cmp::Reverse(m.norm_end)));
    out
}

/// The entity a generic form means in a document: the salient entity of its
/// type. A form with an `only_for` list (`高新区`, `新区`) means the article's
/// zone of that kind instead: the salient zone if it is one, or else the
/// only zone of that kind the document names, or the one it names most
/// (strictly). So in an article about a 高新区 and an 经开区, each short
/// name finds its own zone, and in one about a 高新区 that mentions a 新区
/// in passing, bare `高新区` stays with the 高新区.
fn means(dict: &Dictionary, generic: &crate::dict::Generic, matches: &[Match], salient: &Salient) -> Option<usize> {
    let salient = salient.get(&generic.refers_to).copied();
    if generic.only_for.is_empty() {
        return salient;
    }
    if let Some(e) = salient.filter(|&e| fits(&dict.entities[e], &generic.only_for)) {
        return Some(e);
    }
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for e in matches.iter().filter_map(Match::entity) {
        let entity = &dict.entities[e];
        if entity.etype == generic.refers_to && fits(entity, &generic.only_for) {
            *counts.entry(e).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, usize)> = counts.into_iter().map(|(e, n)| (n, e)).collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    match ranked.as_slice() {
        [(_, e)] => Some(*e),
        [(n, e), (m, _), ..] if n > m => Some(*e),
        _ => None,
    }
}

/// The entity of the nearest name of the generic's type (and, with an
/// `only_for` list, of its kind: bare `基地` is the …基地 just named) that
/// ends before `start` in the same paragraph, for a form such as `该项目`
/// (`resolves = previous`); `found` holds the mentions made so far, in text
/// order.
fn previous(
    dict: &Dictionary,
    found: &[Mention],
    text: &str,
    start: usize,
    generic: &crate::dict::Generic,
) -> Option<usize> {
    last_of_kind(dict, found, start, generic)
        .filter(|m| !text[m.norm_end..start].contains('\n'))
        .map(|m| m.entity)
}

/// First-person forms, which in a quote mean the speaker's firm.
const FIRST_PERSON: [&str; 3] = ["我们", "我司", "我们公司"];
/// Verbs that attribute a quote to its speaker.
const SPEECH_VERBS: [&str; 8] = ["说", "表示", "介绍", "坦言", "告诉", "指出", "透露", "感慨"];
/// How far the speaker's firm may stand from the quote's mark, and its
/// verb from the firm, in bytes (a title and a name between: 总经理陈书航).
const SPEAKER_WINDOW: usize = 12;
const SPEECH_WINDOW: usize = 36;

/// The firm whose person speaks the quote holding `at`: named right after
/// the closing mark and followed by a verb of speech (`“…”A总经理X说`),
/// or right before the opening one (`A负责人介绍:“…`).
fn quoted_speaker(dict: &Dictionary, matches: &[Match], text: &str, at: usize, etype: &str) -> Option<usize> {
    let open = text[..at].rfind('“')?;
    if text[open..at].contains('”') {
        return None;
    }
    // The quote's own closing mark: within its paragraph, before another opens.
    let close = at
        + text[at..]
            .find(['”', '“', '\n'])
            .filter(|&i| text[at + i..].starts_with('”'))?;
    let firm = |m: &&Match| m.entity().is_some_and(|e| dict.entities[e].etype == etype);
    let speaks = |from: usize, to: usize| {
        let mut to = to.clamp(from, text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let between = &text[from..to];
        !between.contains(['。', '“', '”']) && SPEECH_VERBS.iter().any(|v| between.contains(v))
    };
    let after = close + '”'.len_utf8();
    let next = matches
        .iter()
        .filter(firm)
        .find(|m| m.start >= after && m.start <= after + SPEAKER_WINDOW)
        .filter(|m| {
            let end = text[m.end..].find('。').map_or(text.len(), |i| m.end + i);
            speaks(m.end, end.min(m.end + SPEECH_WINDOW))
        });
    let before = || {
        let lead = text[..open].strip_suffix(':')?;
        let lead_start = lead
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '。' | '\n' | '”'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        matches
            .iter()
            .filter(firm)
            .rfind(|m| m.start >= lead_start && m.end <= lead.len())
            .filter(|m| speaks(m.end, lead.len()))
    };
    next.or_else(before).and_then(Match::entity)
}

/// The entity of the last name before `start` in the article that the
/// form can mean (`resolves = named`).
fn named_before(dict: &Dictionary, found: &[Mention], start: usize, generic: &crate::dict::Generic) -> Option<usize> {
    last_of_kind(dict, found, start, generic).map(|m| m.entity)
}

/// The last name (or nested name) ending before `start` whose entity the
/// form can mean: of its type, and fitting its `only_for` list.
fn last_of_kind<'m>(
    dict: &Dictionary,
    found: &'m [Mention],
    start: usize,
    generic: &crate::dict::Generic,
) -> Option<&'m Mention> {
    found
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Nested) && m.norm_end <= start)
        .filter(|m| {
            let entity = &dict.entities[m.entity];
            entity.etype == generic.refers_to && fits(entity, &generic.only_for)
        })
        .max_by_key(|m| m.norm_end)
}

/// Whether `entity` is named in the paragraph holding `start`, before it.
fn in_paragraph(found: &[Mention], text: &str, start: usize, entity: Option<&usize>) -> bool {
    let paragraph = text[..start].rfind('\n').map_or(0, |i| i + 1);
    entity.is_some_and(|&e| {
        found
            .iter()
            .any(|m| m.entity == e && m.norm_start >= paragraph && m.norm_end <= start && m.kind == MentionKind::Name)
    })
}

/// The entity of the first name of type `etype` in the sentence holding
/// `start`, if it ends before `start` (`resolves = subject`): a
/// clause-initial `其` goes on with the sentence's subject
/// (`A是B的控股子公司,其投资的C`: A's), not with the name just given.
fn subject(dict: &Dictionary, found: &[Mention], sentences: &[Sentence], start: usize, etype: &str) -> Option<usize> {
    let sentence = sentences.iter().position(|s| s.start <= start && start < s.end)?;
    found
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Nested))
        .filter(|m| m.sentence == sentence && dict.entities[m.entity].etype == etype)
        .min_by_key(|m| m.norm_start)
        .filter(|m| m.norm_end <= start)
        .map(|m| m.entity)
}

/// Whether `entity` can be what a generic form with this `only_for` list
/// means: its name or an alias ends with a word of the list, and not with
/// one of the list's `!` words (`新区|!高新区`: 杭州湾新区, not 合肥高新区).
/// A closing bracket is not the end (`杭州高新区（滨江）` is a 高新区). An empty
/// list allows any entity.
fn fits(entity: &crate::dict::Entity, only_for: &[String]) -> bool {
    let fits_name = |name: &str| {
        let name = match name.strip_suffix(['）', ')']) {
            Some(inner) => inner.rfind(['（', '(']).map_or(name, |open| &name[..open]),
            None => name,
        };
        let mut ends = false;
        for w in only_for {
            match w.strip_prefix('!') {
                Some(not) if name.ends_with(not) => return false,
                Some(_) => {}
                None => ends |= name.ends_with(w.as_str()),
            }
        }
        ends
    };
    only_for.is_empty()
        || std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .any(|n| fits_name(n))
}

/// Whether nothing of a name stands right before a generic form (see
/// [`crate::dict::Generic::only_after`]), `before` being the text up to it.
/// An empty `only_after` list allows anything.
fn stands_alone(before: &str, only_after: &[String]) -> bool {
    only_after.is_empty()
        || before.chars().next_back().is_none_or(|c| !is_ideograph(c))
        || only_after.iter().any(|w| before.ends_with(w.as_str()))
}

/// A CJK unified ideograph (the basic block, extension A, the compatibility
/// block and the supplementary planes): a character that can belong to a
/// name, as punctuation, digits and spaces cannot.
fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

fn is_class_use(text: &str, start: usize, end: usize, not_after: &[String], not_before: &[String]) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    if not_after.iter().any(|w| before.ends_with(w.as_str()))
        || not_before.iter().any(|w| after.starts_with(w.as_str()))
    {
        return true;
    }
    // Inside a document title: an unclosed 《 before it in the same paragraph.
    let paragraph = before.rsplit('\n').next().unwrap_or(before);
    matches!((paragraph.rfind('《'), paragraph.rfind('》')), (Some(open), close) if close.is_none_or(|c| c < open))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_uses() {
        let after = vec!["级".to_string(), "先进".to_string()];
        let before = vec!["之一".to_string()];
        let cases: &[(&str, bool)] = &[
            ("开发区抢抓机遇", false),
            ("国家级开发区全国40强", true),
            ("江苏省先进开发区", true),
            ("首批开发区之一", true),
            ("出台《开发区招商办法》", true),
            ("《办法》出台后开发区", false),
        ];
        for (text, want) in cases {
            let start = text.find("开发区").unwrap();
            let got = is_class_use(text, start, start + "开发区".len(), &after, &before);
            assert_eq!(got, *want, "{text}");
        }
    }

    /// The bundled bare `开发区` means a zone named …开发区: in an article
    /// about a 新区, the 经济技术开发区 under it, not the 新区 itself; in an
    /// article about a 开发区, that zone.
    #[test]
    fn bare_kaifaqu_means_a_zone_named_kaifaqu() {
        let tsv = "id\ttype\tname\taliases\tattributes\n\
            zone:new\tzone\t临江新区\t\t\n\
            zone:etdz\tzone\t临江经济技术开发区\t\t\n";
        let dict = crate::testing::dict_with_generics(tsv, include_str!("../../dictionaries/generic.tsv"));
        let resolved = |text: &str| resolved_names(&dict, text, false);
        assert_eq!(
            resolved("临江新区动态\n\n临江新区下辖临江经济技术开发区。开发区今年引进项目12个。临江新区加快发展。"),
            ["临江经济技术开发区"]
        );
        assert_eq!(
            resolved("临江经济技术开发区动态\n\n开发区今年引进项目12个。"),
            ["临江经济技术开发区"]
        );
    }

    /// The bundled bare `示范区` means a zone named …示范区 in an article
    /// about one, and nothing in an article about another kind of zone or
    /// as a class (国家级示范区, 示范区之一).
    #[test]
    fn bare_shifanqu_means_a_zone_named_shifanqu() {
        let tsv = "id\ttype\tname\taliases\tattributes\n\
            zone:demo\tzone\t临江综合改革示范区\t\t\n\
            zone:etdz\tzone\t临江经济技术开发区\t\t\n";
        let dict = crate::testing::dict_with_generics(tsv, include_str!("../../dictionaries/generic.tsv"));
        let resolved = |text: &str| resolved_names(&dict, text, false);
        let cases: &[(&str, &[&str])] = &[
            (
                "临江综合改革示范区措施\n\n示范区以新材料为主攻产业。",
                &["临江综合改革示范区"],
            ),
            ("临江综合改革示范区措施\n\n它是首批国家级示范区之一。", &[]),
            ("临江经济技术开发区动态\n\n示范区建设加快推进。", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(resolved(text), want, "{text}");
        }
    }

    #[test]
    fn a_bare_industry_word_counts_where_it_is_meant_as_an_industry() {
        // (text, whether 激光 there is the industry)
        let cases = [
            ("聚焦半导体、激光、光子等领域", true),
            ("做强激光，培育光子", true),
            ("激光等产业加快发展", true),
            ("激光领域的龙头", true),
            ("主攻激光产业链", true),
            ("生产光纤激光器", false),
            ("华擎激光在此设厂", false),
            ("激光焊接装备投产", false),
            ("发展激光器", false),
            ("激光上下游企业120余家", true),
            ("一家激光设计企业", true),
            ("激光是高新区的首位产业", true),
            ("激光是一种光", false),
            ("激光焊接设备研发中心", false),
            // the first of two that 方向 closes, past a verb
            ("把激光和新能源汽车作为延链方向", true),
            ("激光和焊接设备作为礼品", false),
            // counted blocks; set as the lead industry; a verb's two objects
            ("壮大光伏和激光两大板块", true),
            ("把激光定为首位产业", true),
            ("着力做大激光和光子精深加工", true),
            ("着力做大光子和激光精深加工", true),
            ("生产光纤和激光切割头", false),
            ("采购激光和焊接设备", false),
            // the verb must govern the first item, not a clause before it
            ("助力高质量发展的光纤和激光切割头", false),
            ("产品包括激光和焊接设备", false),
        ];
        for (text, want) in cases {
            let start = text.find("激光").unwrap();
            assert_eq!(industry_sense(text, start, start + "激光".len()), want, "{text}");
        }
    }

    /// The bundled industries that also name products are gated: 燃料电池 in
    /// a stack's name, 动力电池 in a pack's, 创新药 in a drug's are products.
    #[test]
    fn bundled_product_like_industries_are_gated() {
        let dict = crate::testing::bundled().dict;
        let clusters = |text: &str| -> Vec<String> {
            let (norm, _, mentions) = crate::testing::analyse_resolved(&dict, text);
            mentions
                .iter()
                .filter(|m| dict.entities[m.entity].etype == "cluster")
                .map(|m| norm.text[m.norm_start..m.norm_end].to_string())
                .collect()
        };
        assert_eq!(
            clusters("公司建成燃料电池电堆中试线,年产动力电池包2万套,另有3个创新药品种在研。"),
            Vec::<String>::new()
        );
        assert_eq!(
            clusters("园区聚焦燃料电池、动力电池、创新药等领域。"),
            ["燃料电池", "动力电池", "创新药"]
        );
    }

    #[test]
    fn bare_in_context_gates_the_bare_name_only() {
        let dict = crate::testing::dict(
            "id\ttype\tname\taliases\tattributes\n\
             c1\tcluster\t激光\t激光产业\tbare=in_context\n\
             c2\tcluster\t光伏\t\t\n",
        );
        let (norm, _, mentions) = crate::testing::analyse_resolved(
            &dict,
            "园区聚焦激光、光伏。激光产业链上的企业生产光纤激光器和光伏组件。",
        );
        let found: Vec<&str> = mentions.iter().map(|m| &norm.text[m.norm_start..m.norm_end]).collect();
        // The gated bare name in a list and its suffixed form count; in a
        // product name it does not. An ungated name counts everywhere.
        assert_eq!(found, ["激光", "光伏", "激光产业链", "光伏"]);
    }

    /// A gated bare name joined to another item by 和: the last item of a
    /// list, or the first of two that an industry noun or 方向 closes; not a
    /// product joined to another product.
    #[test]
    fn bare_in_context_joined_by_he() {
        let dict = crate::testing::dict(
            "id\ttype\tname\taliases\tattributes\n\
             c1\tcluster\t激光\t\tbare=in_context\n\
             c2\tcluster\t光子\t\tbare=in_context\n",
        );
        // (text, the bare names that count)
        let cases: &[(&str, &[&str])] = &[
            ("园区重点发展半导体、光子和激光,成效明显。", &["光子", "激光"]),
            // Regression: a full stop (three bytes) before the clause panicked.
            // The two objects of 发展 are industries.
            ("首句。园区发展光子和激光。", &["光子", "激光"]),
            ("首句。园区发展半导体、光子和激光。", &["光子", "激光"]),
            ("两家都是激光和精密光学方向的企业。", &["激光"]),
            ("车间里有激光和切割机。", &[]),
            ("他说光子和激光。", &[]),
        ];
        for (text, want) in cases {
            let (norm, _, mentions) = crate::testing::analyse_resolved(&dict, text);
            let found: Vec<&str> = mentions.iter().map(|m| &norm.text[m.norm_start..m.norm_end]).collect();
            assert_eq!(&found, want, "{text}");
        }
    }

    /// What the generic forms in `text` resolve to, in text order: the short
    /// names that become mentions, or with `anchors` the pronouns.
    fn resolved_names<'d>(dict: &'d Dictionary, text: &str, anchors: bool) -> Vec<&'d str> {
        let (_, _, mentions) = crate::testing::analyse_resolved(dict, text);
        mentions
            .iter()
            .filter(|m| match m.kind {
                MentionKind::Resolved(_) => !anchors,
                MentionKind::Anchor(_) => anchors,
                _ => false,
            })
            .map(|m| dict.entities[m.entity].name.as_str())
            .collect()
    }

    /// `only_for` and `only_after`, through the whole resolution: which bare
    /// `新区` become mentions of which zone.
    #[test]
    fn forms_limited_to_some_zones_and_places() {
        let dict = crate::testing::dict_with_generics(
            "id\ttype\tname\taliases\tattributes\n\
             zone:dw\tzone\t东湾新区\t东湾\t\n\
             zone:hx\tzone\t河西高新技术产业开发区\t河西高新区\t\n\
             zone:ds\tzone\t东山高新区\t\t\n\
             zone:bj\tzone\t北江高新区（滨湖）\t\t\n",
            "form\trefers_to\tmention\tnot_after\tnot_before\tnote\tonly_for\tonly_after\n\
             新区\tzone\tyes\t级\t块\tx\t新区|!高新区\t入驻|在\n\
             高新区\tzone\tyes\t级\t\tx\t高新区|高新技术产业开发区\t\n",
        );
        // (text, the zone that bare 新区 means in it, or None)
        let cases: &[(&str, Option<&str>)] = &[
            ("东湾新区快讯\n\n多家企业入驻新区。", Some("东湾新区")),
            ("东湾新区快讯\n\n企业在新区设厂。", Some("东湾新区")),
            ("东湾新区快讯\n\n新区管委会发布通知。", Some("东湾新区")),
            ("东湾新区快讯\n\n项目落户东湾,新区将配套。", Some("东湾新区")),
            // after a CJK character not on the list: the end of a name the dictionary lacks
            ("东湾新区快讯\n\n滨湖新区也有企业。", None),
            // the article's zone is not a 新区
            ("河西高新区快讯\n\n多家企业入驻新区。", None),
            // not_after and not_before still apply
            ("东湾新区快讯\n\n入驻国家级新区。", None),
            ("东湾新区快讯\n\n在新区块链应用上。", None),
        ];
        let kinds: &[(&str, &[&str])] = &[
            // each short name finds the zone of its kind, whichever the article is about
            (
                "东湾新区快讯\n\n河西高新技术产业开发区企业入驻新区。高新区将配套。",
                &["东湾新区", "河西高新技术产业开发区"],
            ),
            // two zones of the kind, named as often: no telling which
            ("签约快讯\n\n河西高新区与东山高新区签约。高新区将配套。", &[]),
            // a name that ends in brackets is of the kind before them
            (
                "东湾新区快讯\n\n北江高新区（滨湖）企业入驻新区。高新区将配套。",
                &["东湾新区", "北江高新区（滨湖）"],
            ),
            (
                "签约快讯\n\n河西高新区与东山高新区签约,河西高新区发布。高新区将配套。",
                &["河西高新技术产业开发区"],
            ),
        ];
        let cases = cases
            .iter()
            .map(|(text, want)| (*text, want.iter().copied().collect::<Vec<_>>()))
            .chain(kinds.iter().map(|(text, want)| (*text, want.to_vec())));
        for (text, want) in cases {
            assert_eq!(resolved_names(&dict, text, false), want, "{text}");
        }
    }

    /// In a quote, `我们` is the firm of the speaker named right after it
    /// (`“…”A总经理X说`) or right before it (`A负责人介绍:“…`); outside a
    /// quote, or with no verb of speech, nothing.
    #[test]
    fn first_person_in_a_quote_is_the_speakers_firm() {
        let dict = crate::testing::dict_with_generics(
            "id\ttype\tname\taliases\tattributes\n\
             company:a\tcompany\t骏力电驱\t\t\n\
             company:b\tcompany\t驰赣汽车\t\t\n",
            "form\trefers_to\tmention\tnot_after\tnot_before\tnote\tonly_for\tonly_after\tresolves\n\
             我们\tcompany\tno\t\t\tx\t\t\tdefined\n",
        );
        let cases: &[(&str, &[&str])] = &[
            ("标题\n\n“我们和驰赣汽车签了协议。”骏力电驱负责人说。", &["骏力电驱"]),
            (
                "标题\n\n“我们和驰赣汽车签了协议。”骏力电驱总经理陈书航对记者说。",
                &["骏力电驱"],
            ),
            ("标题\n\n骏力电驱负责人介绍：“我们和驰赣汽车签了协议。”", &["骏力电驱"]),
            // no verb of speech after the firm; no quote at all
            ("标题\n\n“我们和驰赣汽车签了协议。”骏力电驱今年扩产。", &[]),
            ("标题\n\n我们和驰赣汽车签了协议。骏力电驱负责人说。", &[]),
            // the window after the firm ends inside a character (regression:
            // a byte window panicked there)
            ("标题\n\n“我们在这里。”骏力电驱，轧轧轧轧轧轧轧轧轧轧轧轧轧轧轧。", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(resolved_names(&dict, text, true), *want, "{text}");
        }
    }

    /// `resolves = named`: a bare `综保区` is the bonded zone the article
    /// named last before it, in any paragraph; else the article's zone if it
    /// is one; else nothing (never a zone of another kind).
    #[test]
    fn a_form_means_the_last_name_of_its_kind() {
        let dict = crate::testing::dict_with_generics(
            "id\ttype\tname\taliases\tattributes\n\
             zone:hx\tzone\t河西高新区\t\t\n\
             zone:a\tzone\t东湾综合保税区\t\t\n\
             zone:b\tzone\t北江综合保税区\t\t\n",
            "form\trefers_to\tmention\tnot_after\tnot_before\tnote\tonly_for\tonly_after\tresolves\n\
             综保区\tzone\tyes\t级\t\tx\t综保区|综合保税区\t\tnamed\n",
        );
        let cases: &[(&str, &[&str])] = &[
            (
                "河西高新区快讯\n\n高新区下辖的东湾综合保税区扩区。\n\n企业入驻综保区。",
                &["东湾综合保税区"],
            ),
            (
                "河西高新区快讯\n\n东湾综合保税区与北江综合保税区结对。\n\n综保区将配套。",
                &["北江综合保税区"],
            ),
            ("东湾综合保税区快讯\n\n综保区将配套。", &["东湾综合保税区"]),
            ("河西高新区快讯\n\n综保区将配套。", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(resolved_names(&dict, text, false), *want, "{text}");
        }
    }

    /// `resolves = previous`: a pronoun such as `该项目` anchors the nearest
    /// project named before it in its paragraph, whatever the article is about.
    #[test]
    fn pronouns_that_mean_the_name_just_before() {
        let dict = crate::testing::dict_with_generics(
            "id\ttype\tname\taliases\tattributes\n\
             project:a\tproject\t云帆燃机项目\t\t\n\
             project:b\tproject\t海芯晶圆项目\t\t\n\
             company:c\tcompany\t远景材料\t\t\n",
            "form\trefers_to\tmention\tnot_after\tnot_before\tnote\tonly_for\tonly_after\tresolves\n\
             该项目\tproject\tno\t\t\tx\t\t\tprevious\n",
        );
        let cases: &[(&str, &[&str])] = &[
            (
                "海芯晶圆项目开工。云帆燃机项目签约,该项目由远景材料投资。",
                &["云帆燃机项目"],
            ),
            ("云帆燃机项目签约。远景材料表示,该项目年内投产。", &["云帆燃机项目"]),
            // no project before it in the paragraph
            ("云帆燃机项目签约。\n\n该项目由远景材料投资。", &[]),
            ("该项目由远景材料投资。", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(resolved_names(&dict, text, true), want.to_vec(), "{text}");
        }
    }

    /// The bundled `项目` and `公司`: the project or firm just named, but only
    /// where a clause starts with them; after another character they end a
    /// name the dictionary lacks or count things, and some words after them
    /// make them the general word.
    #[test]
    fn bundled_clause_start_pronouns() {
        let dict = crate::testing::dict_with_generics(
            "id\ttype\tname\taliases\tattributes\n\
             project:a\tproject\t云帆燃机项目\t\t\n\
             company:c\tcompany\t远景材料股份有限公司\t远景材料\t\n\
             company:d\tcompany\t东湾精密有限公司\t\t\n",
            include_str!("../../dictionaries/generic.tsv"),
        );
        let cases: &[(&str, &[&str])] = &[
            ("云帆燃机项目昨日签约。项目总投资八亿元。", &["云帆燃机项目"]),
            ("云帆燃机项目昨日签约,项目建成后年产值十亿元。", &["云帆燃机项目"]),
            (
                "远景材料股份有限公司去年成立,公司总部设在东湾。",
                &["远景材料股份有限公司"],
            ),
            ("远景材料成立三年。目前,公司已有员工两百人。", &["远景材料股份有限公司"]),
            ("远景材料成立三年。此外公司还在建设新厂。", &["远景材料股份有限公司"]),
            // 由其 is the firm just named, not the sentence's first (a list of
            // investors without a full stop: 投资方:A(由其全资子公司B负责建设))
            (
                "投资方:东湾精密有限公司;投资方:远景材料股份有限公司(由其子公司负责建设)",
                &["远景材料股份有限公司"],
            ),
            // after 由 too: an announcement's 由公司及全资子公司B出资
            (
                "远景材料股份有限公司公告\n\n同意由公司及全资子公司东湾精密有限公司出资。",
                &["远景材料股份有限公司"],
            ),
            // the end of a name the dictionary lacks, or a count
            ("远景材料与北辰新能源有限公司签约。", &[]),
            ("云帆燃机项目签约,全年新开工3个项目。", &[]),
            ("远景材料设立了两家子公司。", &[]),
            // the general word
            ("云帆燃机项目签约。项目建设全面提速。", &[]),
            ("远景材料完成改制。公司化改革已经完成。", &[]),
            // nothing of its type before it in the paragraph
            ("项目总投资八亿元。", &[]),
            ("云帆燃机项目签约。\n\n项目总投资八亿元。", &[]),
            // a firm's pronoun with no firm before it in its paragraph is the
            // article's firm (the issuer of an announcement); a project's is not
            (
                "远景材料股份有限公司公告\n\n公司深耕新材料二十年。",
                &["远景材料股份有限公司"],
            ),
            ("云帆燃机项目公告\n\n项目总投资八亿元。", &[]),
            // a record's owner named again by its field's word, but not the
            // field key itself
            (
                "项目名称:云帆燃机项目\n建设单位:远景材料股份有限公司\n本周进展:主厂房封顶。建设单位系北辰集团全资子公司。",
                &["远景材料股份有限公司"],
            ),
            // a project named by its kind (该基地, 该车间)
            ("云帆燃机项目开工。该基地由远景材料建设。", &["云帆燃机项目"]),
            ("云帆燃机项目开工,该车间年内投用。", &["云帆燃机项目"]),
            ("该基地年内投用。", &[]),
            // bare 公司 is the article's firm where its paragraph named it,
            // even after a subsidiary; 该公司 is the firm just named
            (
                "远景材料股份有限公司专访\n\n远景材料在东湾设立子公司东湾精密有限公司。去年,公司又扩产。",
                &["远景材料股份有限公司"],
            ),
            (
                "远景材料股份有限公司专访\n\n远景材料在东湾设立子公司东湾精密有限公司。该公司去年扩产。",
                &["东湾精密有限公司"],
            ),
            (
                "远景材料股份有限公司专访\n\n东湾精密有限公司是供应商。目前,公司有员工两百人。",
                &["东湾精密有限公司"],
            ),
            // a role word means a firm only where the text defines it for one
            (
                "远景材料股份有限公司(以下简称“远景”或“债务人”)停产。东湾精密有限公司供货,由债务人付款。",
                &["远景材料股份有限公司", "远景材料股份有限公司"],
            ),
            ("东湾精密有限公司供货,由债务人付款。", &[]),
            // a pronoun the text defines means that name from there on, not
            // the firm named last
            (
                "远景材料股份有限公司(下文简称“远景”“公司”或“我们”)在东湾设厂。供应商有东湾精密有限公司,公司与其签约。",
                &["远景材料股份有限公司", "远景材料股份有限公司", "远景材料股份有限公司"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(resolved_names(&dict, text, true), want.to_vec(), "{text}");
        }
    }

    /// The bundled `基地`: the zone named …基地 just before it in the
    /// paragraph, not the nearest zone of another kind, and only where a
    /// clause starts with it or a preposition stands before it.
    #[test]
    fn bundled_base_pronoun() {
        let dict = crate::testing::dict_with_generics(
            "id\ttype\tname\taliases\tattributes\n\
             zone:a\tzone\t东湾高新区\t\t\n\
             zone:b\tzone\t北江科技基地\t\t\n\
             zone:c\tzone\t东湾软件园\t\t\n",
            include_str!("../../dictionaries/generic.tsv"),
        );
        let cases: &[(&str, &[&str])] = &[
            (
                "北江科技基地是东湾高新区的拓展区。基地内的企业有300家。",
                &["北江科技基地"],
            ),
            // 这座园区, 该园区: the park just named, not the zone around it
            (
                "位于东湾高新区的东湾软件园营收增长。这座园区重点发展工业软件。",
                &["东湾软件园"],
            ),
            ("东湾高新区营收增长。这座园区重点发展工业软件。", &[]),
            // bare 园 at a clause's start: the …园 just named; inside a word
            // (公园) or before 林 (园林) it is none
            ("东湾软件园营收增长,园内的企业有300家。", &["东湾软件园"]),
            ("东湾软件园营收增长,公园里人很多。", &[]),
            ("东湾软件园营收增长,园林绿化提速。", &[]),
            ("东湾高新区引进项目。基地内的企业有300家。", &[]),
            ("北江科技基地签约。云帆公司新建生产基地。", &[]),
            ("北江科技基地签约。\n\n基地内的企业有300家。", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(resolved_names(&dict, text, true), want.to_vec(), "{text}");
        }
    }

    /// The bundled short names of a zone's or sub-park's kind (session 24):
    /// bare `汽开区`, `知识城` mean the one of that kind the article names,
    /// and nothing where it names none.
    #[test]
    fn bundled_short_names_of_a_kind() {
        let dict = crate::testing::dict_with_generics(
            "id\ttype\tname\taliases\tattributes\n\
             zone:a\tzone\t东湾经济技术开发区\t东湾开发区\t\n\
             zone:k\tzone\t中新东湾知识城\t\t\n\
             zone:q\tzone\t北江汽车经济技术开发区\t北江汽开区\t\n",
            include_str!("../../dictionaries/generic.tsv"),
        );
        let cases: &[(&str, &[&str])] = &[
            (
                "东湾开发区快讯\n\n中新东湾知识城今年新增企业20家。知识城将建设人才社区。",
                &["中新东湾知识城"],
            ),
            (
                "北江汽车经济技术开发区快讯\n\n多家企业入驻汽开区。",
                &["北江汽车经济技术开发区"],
            ),
            // no zone of the kind in the article
            ("东湾开发区快讯\n\n知识城将建设人才社区。", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(resolved_names(&dict, text, false), want.to_vec(), "{text}");
        }
    }

    /// The bundled `其` (`resolves = subject`): the first firm of its
    /// sentence, where a clause starts with it; not the firm just named,
    /// and not in 其中, 其他 or 尤其.
    #[test]
    fn a_clause_initial_qi_is_the_sentence_subject() {
        let dict = crate::testing::dict_with_generics(
            "id\ttype\tname\taliases\tattributes\n\
             company:a\tcompany\t鹭岛光电\t\t\n\
             company:b\tcompany\t北辰集团\t\t\n",
            include_str!("../../dictionaries/generic.tsv"),
        );
        let cases: &[(&str, &[&str])] = &[
            ("鹭岛光电是北辰集团的控股子公司,其投资的项目已开工。", &["鹭岛光电"]),
            ("鹭岛光电与北辰集团签约,并且其总部将迁入园区。", &["鹭岛光电"]),
            // 其 that is no pronoun for a firm, or with no firm before it
            ("鹭岛光电与北辰集团签约,其中北辰集团出资五亿元。", &[]),
            ("鹭岛光电增资,尤其看好园区。", &[]),
            ("北辰集团成立三年。其总部在临川。", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(resolved_names(&dict, text, true), want.to_vec(), "{text}");
        }
    }
}
