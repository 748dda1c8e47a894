//! Robustness checks of the whole per-document analysis on made-up text,
//! shared by the `analysis` fuzz target and the crate's tests.
//!
//! Random bytes seldom spell a dictionary name or a rule's cue word, so they
//! exercise the readers but little of what follows. Here bytes are read as
//! a choice of pieces instead: the words and marks the matcher, the zone and
//! firm walks, the field records, the rules and the figures react to, and
//! the names of the dictionary in use. Every document made that way must go
//! through [`crate::pipeline::analyse_one`] without a panic, with every
//! offset inside the original, and the same way twice.

use crate::corpus::{self, Document, Format, ReadOptions, Source};
use crate::dict::Dictionary;
use crate::discover::Prepared;
use crate::matcher::Matcher;
use crate::pipeline::{BuildOptions, Resources, analyse_one};
use crate::relations::ORIGIN_COOCCURRENCE;

/// What articles are made of, and what the stages look for: zone and firm
/// suffixes, places, list and clause marks, field keys, cue verbs, figures
/// and their units, brackets and quotes, line breaks, and a few Latin and
/// full-width characters. Not the rules' own table, so that a cue the rules
/// later drop or add changes nothing here.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    // Marks and breaks.
    "、", "，", "。", "；", "：", ":", "（", "）", "(", ")", "“", "”", "《", "》", "【", "】", "\n", "\n\n", " ", "\t",
    // Particles and conjunctions.
    "和", "与", "及", "等", "其", "该", "这", "并", "由", "在", "将", "为", "是", "的", "了", "以", "向", "对",
    // Zone words, pronouns and places.
    "区", "园", "港", "城", "片区", "新区", "园区", "区内", "全区", "该区", "基地", "开发区", "经开区", "高新区",
    "产业园", "工业园", "科技园", "综合保税区", "自由贸易试验区", "中国（", "经济技术开发区", "高新技术产业开发区",
    "南宁", "广西", "柳州", "苏州", "市", "省", "县", "镇", "街道", "路", "号",
    // Firm words.
    "有限公司", "股份有限公司", "集团", "科技", "（苏州）", "子公司", "全资子公司", "控股子公司", "旗下", "母公司",
    // Project words and figures.
    "项目", "一期", "二期", "生产线", "中试线", "工厂", "产业化项目", "年产", "万吨", "万千瓦", "亩", "平方公里",
    "亿元", "万元", "美元", "%", "约", "超过", "总投资",
    // Cue verbs and industry frames.
    "投资", "建设", "落户", "入驻", "签约", "签署", "合作", "协议", "开工", "投产", "竣工", "共建", "合资", "设立",
    "负责", "运营", "供应", "主导产业", "首位产业", "重点发展", "聚焦", "围绕", "产业集群", "产业链", "集群", "链主",
    "为代表", "为主导", "下称", "简称", "新能源汽车", "生物医药", "集成电路", "高端装备",
    // Field keys.
    "项目名称：", "建设单位：", "建设地点：", "实施主体：", "控股股东：", "注册地址：", "公司名称：", "总投资：",
    // Dates, numerals, Latin and full-width characters.
    "2025年", "3月", "12日", "第", "代", "0", "1", "7", ".", "3.5", "十", "百", "千", "万",
    "A", "b", "OLED", "Ｘ", "·", "—", "…",
];

/// Text made of [`PIECES`] and the dictionary's names, chosen by `data`: a
/// byte below 0xF0 picks a piece; a byte from 0xF0 and the two after it
/// pick a name (its canonical form or an alias).
pub fn compose(data: &[u8], names: &[&str]) -> String {
    let mut text = String::new();
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b >= 0xF0 && !names.is_empty() {
            let pick = usize::from(data.get(i + 1).copied().unwrap_or(0)) << 8
                | usize::from(data.get(i + 2).copied().unwrap_or(0));
            text.push_str(names[pick % names.len()]);
            i += 3;
        } else {
            text.push_str(PIECES[usize::from(b) % PIECES.len()]);
            i += 1;
        }
    }
    text
}

/// Every written form of the dictionary's entities, in load order.
pub fn names(dict: &Dictionary) -> Vec<&str> {
    dict.entities.iter().flat_map(|e| e.forms()).collect()
}

/// What the analysis found, counted: the checks are only worth as much as
/// the stages they reach.
#[derive(Clone, Copy, Debug, Default)]
pub struct Found {
    pub mentions: usize,
    /// Edges from rules, field records and the dictionary's relations.
    pub typed: usize,
    pub facts: usize,
    pub sightings: usize,
}

impl Found {
    fn plus(self, other: Found) -> Found {
        Found {
            mentions: self.mentions + other.mentions,
            typed: self.typed + other.typed,
            facts: self.facts + other.facts,
            sightings: self.sightings + other.sightings,
        }
    }
}

/// Everything the checks need, made once.
pub struct Setup {
    pub resources: Resources,
    pub matcher: Matcher,
    pub prepared: Option<Prepared>,
    pub options: BuildOptions,
}

impl Setup {
    pub fn new(resources: Resources) -> Setup {
        let matcher = Matcher::new(&resources.dict);
        let prepared = resources
            .discover
            .as_ref()
            .map(|cfg| Prepared::new(&resources.dict, cfg));
        Setup {
            matcher,
            prepared,
            options: BuildOptions::new(Vec::new()),
            resources,
        }
    }

    /// Reads `bytes` as a file of `format` and checks each document it
    /// holds; the first broken invariant, if any, or what was found.
    pub fn check_bytes(&self, bytes: &[u8], format: Format) -> Result<Found, String> {
        let source = Source {
            path: "check".into(),
            id: "check".into(),
            format,
        };
        let mut problems = Vec::new();
        let docs = corpus::read_bytes(&source, bytes, &ReadOptions::default(), &mut problems).unwrap_or_default();
        docs.iter()
            .try_fold(Found::default(), |sum, doc| Ok(sum.plus(self.check_document(doc)?)))
    }

    /// One document's analysis: no panic, every byte span inside the
    /// original document, no edge from an entity to itself, and the same
    /// result when analysed again.
    pub fn check_document(&self, doc: &Document) -> Result<Found, String> {
        let run = || {
            analyse_one(
                &self.resources,
                &self.matcher,
                self.prepared.as_ref(),
                &self.options,
                doc,
            )
        };
        let (result, sightings) = run();
        let inside = |what: &str, start: usize, end: usize| match start <= end && end <= doc.bytes {
            true => Ok(()),
            false => Err(format!(
                "{what} {start}..{end} outside the document's {} bytes",
                doc.bytes
            )),
        };
        for m in result.mention_records() {
            inside(&format!("mention {:?}", m.surface), m.start, m.end)?;
        }
        for ((head, relation, tail), edge) in result.edges() {
            if head == tail {
                return Err(format!("{relation} from entity {head} to itself ({})", edge.origin));
            }
            for e in &edge.evidence {
                inside(&format!("evidence of {relation} ({})", edge.origin), e.start, e.end)?;
            }
        }
        for fact in result.facts() {
            inside(&format!("figure {}", fact.key), fact.start, fact.end)?;
        }
        for (sighting, example) in sightings.iter().flat_map(|s| &s.sightings) {
            inside(&format!("sighting {:?}", sighting.name), example.start, example.end)?;
        }
        let again = run();
        // Sightings have no serialised form; their Debug text has every field.
        let again = (
            serde_json::to_string(&again.0).ok(),
            format!("{:?}", again.1.map(|s| s.sightings)),
        );
        let found = Found {
            mentions: result.mention_records().len(),
            typed: result
                .edges()
                .values()
                .filter(|e| e.origin != ORIGIN_COOCCURRENCE)
                .count(),
            facts: result.facts().count(),
            sightings: sightings.as_ref().map_or(0, |s| s.sightings.len()),
        };
        let same = again
            == (
                serde_json::to_string(&result).ok(),
                format!("{:?}", sightings.map(|s| s.sightings)),
            );
        match same {
            true => Ok(found),
            false => Err("a second analysis of the same document differs".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Setup {
        Setup::new(crate::testing::bundled())
    }

    /// Thousands of made-up documents of the bundled dictionaries' names and
    /// the pieces articles are made of, each checked as the fuzz target
    /// checks it: a seeded generator, so a failure repeats.
    #[test]
    fn made_up_documents_analyse_within_bounds_and_alike_twice() {
        let setup = bundled();
        let names = names(&setup.resources.dict);
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut found = Found::default();
        for round in 0..3000 {
            let len = 20 + (next() % 300) as usize;
            // Names one pick in eight: dense enough for rules to fire.
            let data: Vec<u8> = (0..len)
                .map(|_| match next() % 8 {
                    0 => 0xF0,
                    _ => (next() % 0xF0) as u8,
                })
                .collect();
            let text = compose(&data, &names);
            match setup.check_bytes(text.as_bytes(), Format::Text) {
                Ok(more) => found = found.plus(more),
                Err(e) => panic!("round {round}: {e}\n{text}"),
            }
        }
        // Every stage was reached, many times over (at the seed above:
        // 65,955 mentions, 1,469 typed edges, 685 figures, 27,456 sightings).
        let Found {
            mentions,
            typed,
            facts,
            sightings,
        } = found;
        assert!(
            mentions > 20_000 && typed > 500 && facts > 200 && sightings > 5_000,
            "{found:?}"
        );
    }

    #[test]
    fn composing_picks_pieces_and_names() {
        let names = ["南通开发区", "中集集团"];
        let cases: &[(&[u8], &str)] = &[
            (&[], ""),
            (&[0, 1], "、，"),
            (&[0xF0, 0, 1], "中集集团"),
            (&[0xF5, 0, 2, 2], "南通开发区。"),
            // A name pick cut short by the end of the input.
            (&[0xFF], "南通开发区"),
        ];
        for (data, want) in cases {
            assert_eq!(compose(data, &names), *want, "{data:?}");
        }
    }
}
