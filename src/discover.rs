//! Discovery: names of firms, zones, projects and industries that no
//! dictionary lists, found from how Chinese names are built.
//!
//! A dictionary is never complete, so this stage proposes candidates:
//!
//! - **by suffix**: a legal form (`…股份有限公司`), an industry word that ends
//!   short firm names (`…重工`, `…科技`), a zone word (`…经济开发区`,
//!   `…产业园`), a project word (`…项目`, `…工程`, `…生产线`), or an industry
//!   frame (`X产业集群`, `X产业链`);
//! - **by list**: the items of an enumeration closed by `等企业`, `等项目`
//!   or framed by `以…为代表`, such as `招引A、B等项目`.
//!
//! The hard part is the left boundary: where does the name start? Walking
//! left from the suffix, a name stops at punctuation, at a list separator, at
//! a verb or preposition of the `stop_words` list (`招引`, `总投资…的`), or
//! at a known mention. A country, province or city right before a firm's name
//! belongs to it (`江苏金秋弹性织物有限公司`, `新加坡吉宝重工`); a district or
//! town does not (`海门区悦来镇[海腾线缆项目]`). A walk that finds no
//! boundary within the length limit gives no candidate: a name needs a clear
//! start. Cores that are generic words (`重点项目`, `该项目`) are dropped.
//!
//! The suffix and stop-word lists are data (`discover.toml` in the
//! dictionary folders) so users can extend them without a rebuild.
//!
//! Full and short names: every firm candidate yields alias candidates, by
//! stripping a leading region and the legal form and by taking the trade name
//! (`江苏金秋弹性织物有限公司` → `金秋弹性织物`, `金秋`, `金秋公司`). A short
//! candidate equal to such an alias is linked to the full name; an alias that
//! two full names generate is a collision and links nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::Digest;

use crate::dict::{Dictionary, Entity};
use crate::error::{Error, Location, Problem, Result};
use crate::matcher::Mention;
use crate::normalize::{NormText, Sentence, normalize_key};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyRules {
    pub legal_suffixes: Vec<String>,
    pub short_suffixes: Vec<String>,
    pub confidence_legal: f64,
    pub confidence_short: f64,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuffixRules {
    pub suffixes: Vec<String>,
    pub confidence: f64,
    /// Suffixes that also end many ordinary phrases (`项目`, `新城`); their
    /// candidates start at `confidence_weak` and need context to rise.
    #[serde(default)]
    pub weak_suffixes: Vec<String>,
    #[serde(default)]
    pub confidence_weak: f64,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundaryRules {
    pub stop_words: Vec<String>,
    pub generic_cores: Vec<String>,
    #[serde(default)]
    pub region_prefixes: Vec<String>,
}

/// The discovery vocabulary, from `discover.toml`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscoverConfig {
    pub company: CompanyRules,
    pub zone: SuffixRules,
    pub project: SuffixRules,
    pub cluster: SuffixRules,
    pub boundary: BoundaryRules,
}

impl DiscoverConfig {
    /// Read the first `discover.toml` found in the dictionary folders.
    /// `None` when there is none: discovery then has nothing to work with.
    pub fn load(paths: &[PathBuf], problems: &mut Vec<Problem>) -> Result<Option<DiscoverConfig>> {
        for path in paths {
            let file = if path.is_dir() {
                path.join("discover.toml")
            } else {
                continue;
            };
            if !file.exists() {
                continue;
            }
            let text = std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?;
            return Ok(DiscoverConfig::parse(&file, &text, problems));
        }
        Ok(None)
    }

    pub fn parse(path: &Path, text: &str, problems: &mut Vec<Problem>) -> Option<DiscoverConfig> {
        match toml::from_str::<DiscoverConfig>(text) {
            Ok(mut cfg) => {
                // Longest first, so `股份有限公司` wins over `公司`.
                for list in [
                    &mut cfg.company.legal_suffixes,
                    &mut cfg.company.short_suffixes,
                    &mut cfg.zone.suffixes,
                    &mut cfg.zone.weak_suffixes,
                    &mut cfg.project.suffixes,
                    &mut cfg.project.weak_suffixes,
                    &mut cfg.cluster.suffixes,
                    &mut cfg.boundary.stop_words,
                ] {
                    *list = list.iter().map(|s| normalize_key(s)).collect();
                    list.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
                    list.dedup();
                }
                Some(cfg)
            }
            Err(err) => {
                let line = err
                    .span()
                    .map_or(1, |s| 1 + text[..s.start.min(text.len())].matches('\n').count());
                problems.push(Problem::new(
                    Location::line(path, line),
                    format!("bad discovery file: {}; discovery disabled", err.message()),
                ));
                None
            }
        }
    }
}

/// How a candidate was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Clue {
    LegalSuffix,
    ShortSuffix,
    ZoneSuffix,
    ProjectSuffix,
    IndustryFrame,
    List,
}

/// One sighting of a candidate in one document.
#[derive(Clone, Debug, PartialEq)]
pub struct Sighting {
    pub name: String,
    pub etype: &'static str,
    pub clue: Clue,
    pub confidence: f64,
    /// Byte range in the normalised text.
    pub norm_start: usize,
    pub norm_end: usize,
}

/// Where a candidate was seen, for people to check it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Example {
    pub doc: String,
    /// Byte offsets into the original file.
    pub start: usize,
    pub end: usize,
    pub context: String,
}

/// A discovered entity, aggregated over the corpus.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Candidate {
    pub id: String,
    #[serde(rename = "type")]
    pub etype: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub confidence: f64,
    pub count: usize,
    pub docs: usize,
    pub clues: Vec<Clue>,
    /// A known or discovered full name this short name belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_to: Option<String>,
    pub examples: Vec<Example>,
}

/// An alias that two full names generate: linking by it would be a guess.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Collision {
    pub alias: String,
    pub names: Vec<String>,
}

const MAX_LEGAL_CORE: usize = 16;
const MAX_SHORT_CORE: usize = 8;
const MAX_ZONE_CORE: usize = 10;
const MAX_PROJECT_CORE: usize = 14;
const MAX_CLUSTER_CORE: usize = 8;
const MAX_LIST_ITEM: usize = 12;
/// Region levels that belong to a firm's name when they lead it.
const FIRM_REGION_LEVELS: &[&str] = &["country", "province", "municipality", "prefecture", "sar"];
/// Particles that end a name's left part even right before the suffix.
const STRICT_STOPS: &[&str] = &[
    "的", "了", "着", "在", "将", "把", "被", "从", "向", "对", "由", "于", "等", "及", "并", "让", "使", "据", "抓",
    "距",
];
/// Words in the same clause that make a weak candidate likely: stages and figures of projects.
const PROJECT_CUES: &[&str] = &[
    "签约",
    "开工",
    "竣工",
    "投产",
    "总投资",
    "亿元",
    "落户",
    "封顶",
    "建成",
    "达产",
];
/// Words right before a short firm name that mark it as a firm.
const FIRM_CUES: &[&str] = &["企业", "公司", "龙头", "骨干", "以", "依托", "招引", "引进"];
/// Endings of place names (towns, districts, counties) that a name never runs past.
const ADMIN_SUFFIXES: &[&str] = &["镇", "乡", "街道", "村", "区", "县", "社区"];
/// Words right after a short suffix that show it is not a name's end (科技创新, 电子产业).
const RIGHT_BLOCKERS: &[&str] = &[
    "创新", "产业", "园", "城", "企业", "型", "化", "类", "成果", "人才", "公司", "有限", "集团", "服务", "领域",
    "行业", "部件", "产品", "设备", "水平", "能力", "技术", "研发", "制造", "项目", "工程", "基地", "平台", "系统",
    "管理", "共享", "安全", "化",
];
/// Nouns that make a list item a project rather than a firm (星源锂电池隔膜).
const PROJECT_NOUNS: &[&str] = &[
    "项目",
    "工程",
    "工厂",
    "车间",
    "基地",
    "机组",
    "隔膜",
    "单丝",
    "酒店",
    "广场",
    "街区",
    "生产线",
    "电站",
    "中心",
    "综合体",
];

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || ('\u{3400}'..='\u{4DBF}').contains(&c)
        || c == '·'
}

/// One family of suffixes and what its candidates are.
struct SuffixKind<'a> {
    suffixes: &'a [String],
    etype: &'static str,
    clue: Clue,
    confidence: f64,
    max_core: usize,
    /// Region levels that belong to the name when they lead it.
    levels: &'static [&'static str],
}

/// The discovery pass over one document.
pub struct DocDiscovery<'a> {
    pub cfg: &'a DiscoverConfig,
    pub dict: &'a Dictionary,
    pub norm: &'a NormText,
    pub sentences: &'a [Sentence],
    /// Known mentions (dictionary names and resolved references).
    pub mentions: &'a [Mention],
}

impl<'a> DocDiscovery<'a> {
    /// Every sighting in the document, in text order.
    pub fn run(&self) -> Vec<Sighting> {
        let text = &self.norm.text;
        let mut covered = vec![false; text.len() + 1];
        let mut known_end: BTreeMap<usize, usize> = BTreeMap::new(); // end → entity
        for m in self.mentions {
            // An industry word may end a firm's or project's name (英菲新能源):
            // known clusters do not block discovery.
            if self.dict.entities[m.entity].etype == "cluster" {
                continue;
            }
            for b in &mut covered[m.norm_start..m.norm_end] {
                *b = true;
            }
            known_end.insert(m.norm_end, m.entity);
        }
        let known_keys: BTreeSet<String> = self
            .dict
            .entities
            .iter()
            .flat_map(|e| e.forms().map(normalize_key))
            .collect();
        let mut out = Vec::new();
        for s in self.sentences {
            self.by_suffix(s, &covered, &known_end, &known_keys, &mut out);
            self.by_list(s, &covered, &known_end, &known_keys, &mut out);
        }
        out.sort_by(|a, b| (a.norm_start, a.norm_end, a.etype).cmp(&(b.norm_start, b.norm_end, b.etype)));
        out.dedup_by(|a, b| a.norm_start == b.norm_start && a.norm_end == b.norm_end && a.etype == b.etype);
        out
    }

    fn region_level(&self, entity: usize) -> Option<&str> {
        let e = &self.dict.entities[entity];
        (e.etype == "region").then(|| e.attributes.get("level").unwrap_or(""))
    }

    /// Walk left from `end` over name characters. Returns the start of the
    /// core, or `None` when no boundary comes within `max_chars`.
    fn left_boundary(
        &self,
        floor: usize,
        end: usize,
        max_chars: usize,
        covered: &[bool],
        known_end: &BTreeMap<usize, usize>,
        region_levels: &[&str],
    ) -> Option<usize> {
        let text = &self.norm.text;
        let mut start = end;
        let mut chars = 0;
        loop {
            if start == floor {
                return Some(start);
            }
            if let Some(&entity) = known_end.get(&start) {
                // A leading region of the right level belongs to the name.
                if let Some(level) = self.region_level(entity)
                    && region_levels.contains(&level)
                    && chars > 0
                {
                    let m = self
                        .mentions
                        .iter()
                        .find(|m| m.norm_end == start && m.entity == entity)?;
                    return Some(m.norm_start);
                }
                return Some(start);
            }
            let before = &text[floor..start];
            // Multi-character stop words always end a name; a single
            // character only once the name has two (可为科技 keeps its 为),
            // except particles that never end a name's left part.
            let stop = self.cfg.boundary.stop_words.iter().any(|w| {
                before.ends_with(w.as_str())
                    && (w.chars().count() > 1 || chars >= 2 || STRICT_STOPS.contains(&w.as_str()))
            });
            if stop {
                return Some(start);
            }
            let c = before.chars().next_back()?;
            if !is_name_char(c) || covered[start - c.len_utf8()] {
                return Some(start);
            }
            // An unknown place (北塘镇, 临川县) before the name is not part of it.
            if chars >= 2 && ADMIN_SUFFIXES.iter().any(|a| before.ends_with(a)) {
                return Some(start);
            }
            if chars == max_chars {
                return None;
            }
            start -= c.len_utf8();
            chars += 1;
        }
    }

    fn generic(&self, core: &str, etype: &str) -> bool {
        // 1912街区: a number of three or more digits can name a project.
        let digits = core.chars().filter(char::is_ascii_digit).count();
        let number_name = etype == "project" && digits >= 3 && core.chars().all(|c| c.is_ascii_digit());
        let digits_only = !number_name
            && core
                .chars()
                .all(|c| c.is_ascii_digit() || "个家座批项期年月日号万亿元".contains(c));
        (core.chars().count() < 2 && !number_name)
            || digits_only
            || self.cfg.boundary.generic_cores.iter().any(|g| g == core)
            // 外资项目, 重大项目, 工业招商公司: a generic word before the suffix.
            || self.cfg.boundary.generic_cores.iter().any(|g| g.chars().count() >= 2 && core.ends_with(g.as_str()))
            // 有效解决影响项目: a stop word inside means a clause, not a name.
            || self.cfg.boundary.stop_words.iter().any(|w| w.chars().count() >= 2 && core.ends_with(w.as_str()))
            || core.contains("亿元")
            || core.contains("万元")
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &self,
        out: &mut Vec<Sighting>,
        known_keys: &BTreeSet<String>,
        start: usize,
        end: usize,
        core: &str,
        etype: &'static str,
        clue: Clue,
        confidence: f64,
    ) {
        let name = &self.norm.text[start..end];
        if self.generic(core, etype) || known_keys.contains(&normalize_key(name)) {
            return;
        }
        out.push(Sighting {
            name: name.to_string(),
            etype,
            clue,
            confidence,
            norm_start: start,
            norm_end: end,
        });
    }

    fn by_suffix(
        &'a self,
        s: &Sentence,
        covered: &[bool],
        known_end: &BTreeMap<usize, usize>,
        known_keys: &BTreeSet<String>,
        out: &mut Vec<Sighting>,
    ) {
        let text = &self.norm.text;
        let cfg = self.cfg;
        let kind = |suffixes: &'a [String], etype, clue, confidence, max_core, levels| SuffixKind {
            suffixes,
            etype,
            clue,
            confidence,
            max_core,
            levels,
        };
        let kinds = [
            kind(
                &cfg.company.legal_suffixes,
                "company",
                Clue::LegalSuffix,
                cfg.company.confidence_legal,
                MAX_LEGAL_CORE,
                FIRM_REGION_LEVELS,
            ),
            kind(
                &cfg.zone.suffixes,
                "zone",
                Clue::ZoneSuffix,
                cfg.zone.confidence,
                MAX_ZONE_CORE,
                &[],
            ),
            kind(
                &cfg.project.suffixes,
                "project",
                Clue::ProjectSuffix,
                cfg.project.confidence,
                MAX_PROJECT_CORE,
                &["country"],
            ),
            kind(
                &cfg.zone.weak_suffixes,
                "zone",
                Clue::ZoneSuffix,
                cfg.zone.confidence_weak,
                MAX_ZONE_CORE,
                &[],
            ),
            kind(
                &cfg.project.weak_suffixes,
                "project",
                Clue::ProjectSuffix,
                cfg.project.confidence_weak,
                MAX_PROJECT_CORE,
                &["country"],
            ),
            kind(
                &cfg.company.short_suffixes,
                "company",
                Clue::ShortSuffix,
                cfg.company.confidence_short,
                MAX_SHORT_CORE,
                FIRM_REGION_LEVELS,
            ),
            kind(
                &cfg.cluster.suffixes,
                "cluster",
                Clue::IndustryFrame,
                cfg.cluster.confidence,
                MAX_CLUSTER_CORE,
                &[],
            ),
        ];
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for SuffixKind {
            suffixes,
            etype,
            clue,
            confidence,
            max_core,
            levels,
        } in kinds
        {
            for suffix in suffixes {
                for (at, _) in text[s.start..s.end].match_indices(suffix.as_str()) {
                    let suffix_start = s.start + at;
                    let end = suffix_start + suffix.len();
                    // The suffix must not sit inside a known name or a longer candidate.
                    if covered[suffix_start..end].iter().any(|b| *b)
                        || taken.iter().any(|(a, b)| *a < end && suffix_start < *b)
                    {
                        continue;
                    }
                    // Industry words in a row belong to one name (宝钢精密钢丝).
                    let mut end = end;
                    if clue == Clue::ShortSuffix {
                        while let Some(next) = suffixes.iter().find(|x| text[end..s.end].starts_with(x.as_str())) {
                            end += next.len();
                        }
                        if RIGHT_BLOCKERS.iter().any(|w| text[end..s.end].starts_with(w)) {
                            continue;
                        }
                    }
                    let Some(start) = self.left_boundary(s.start, suffix_start, max_core, covered, known_end, levels)
                    else {
                        continue;
                    };
                    let core = text[start..suffix_start].to_string();
                    if clue == Clue::IndustryFrame {
                        // The industry is the core: 海洋经济产业集群 → 海洋经济.
                        let before = out.len();
                        self.push(out, known_keys, start, suffix_start, &core, etype, clue, confidence);
                        if out.len() > before {
                            taken.push((start, end));
                        }
                        continue;
                    }
                    let confidence = (confidence + self.context_boost(s, start, end, clue)).min(0.95);
                    let before = out.len();
                    self.push(out, known_keys, start, end, &core, etype, clue, confidence);
                    if out.len() > before {
                        taken.push((start, end));
                    }
                }
            }
        }
    }

    /// How much the context raises a candidate: being an item of a list
    /// (`A、B等`), a firm cue right before a short firm name (`龙头企业A`), or
    /// a project stage or figure in the same clause (`签约`, `总投资…亿元`).
    fn context_boost(&self, s: &Sentence, start: usize, end: usize, clue: Clue) -> f64 {
        let text = &self.norm.text;
        let before = &text[s.start..start];
        let after = &text[end..s.end];
        let in_list = ["、", "等", "和", "及", "以及"].iter().any(|w| after.starts_with(w))
            || ["、", "和", "及", "以及"].iter().any(|w| before.ends_with(w));
        let mut boost = if in_list { 0.2 } else { 0.0 };
        // A line that is just the name: a caption or a heading.
        if before.trim().is_empty() && after.trim_end_matches(['。', '!', '?']).is_empty() {
            boost += 0.15;
        }
        if clue == Clue::ShortSuffix && FIRM_CUES.iter().any(|w| before.ends_with(w)) {
            boost += 0.2;
        }
        if clue == Clue::ProjectSuffix {
            let clause_start = before.rfind([',', ';', ':']).map_or(s.start, |i| s.start + i + 1);
            let clause_end = after.find([',', ';', ':']).map_or(s.end, |i| end + i);
            if PROJECT_CUES.iter().any(|w| text[clause_start..clause_end].contains(w)) {
                boost += 0.15;
            }
        }
        boost
    }

    /// Enumerations `A、B、C` (and `A和B`): when the list is about firms or
    /// projects (an item is a known firm, ends in a firm or project word, or
    /// the list is closed by `等企业`, `等项目`, `为代表`, `为龙头`), every
    /// item that is not known becomes a candidate.
    fn by_list(
        &self,
        s: &Sentence,
        covered: &[bool],
        known_end: &BTreeMap<usize, usize>,
        known_keys: &BTreeSet<String>,
        out: &mut Vec<Sighting>,
    ) {
        let text = &self.norm.text;
        let seps: Vec<usize> = text[s.start..s.end]
            .match_indices('、')
            .map(|(i, _)| s.start + i)
            .collect();
        let mut i = 0;
        while i < seps.len() {
            // A run of separators with short, punctuation-free items between them.
            let mut run = vec![seps[i]];
            while i + 1 < seps.len() {
                let gap = &text[seps[i] + '、'.len_utf8()..seps[i + 1]];
                if gap.is_empty() || gap.chars().count() > MAX_LIST_ITEM || !gap.chars().all(is_name_char) {
                    break;
                }
                run.push(seps[i + 1]);
                i += 1;
            }
            i += 1;
            let sep_len = '、'.len_utf8();
            let first_end = run[0];
            let Some(first_start) = self.left_boundary(
                s.start,
                first_end,
                MAX_LIST_ITEM,
                covered,
                known_end,
                FIRM_REGION_LEVELS,
            ) else {
                continue;
            };
            let last_start = run[run.len() - 1] + sep_len;
            let last_end = self.right_boundary(last_start, s.end, covered);
            let mut items: Vec<(usize, usize)> = vec![(first_start, first_end)];
            for w in run.windows(2) {
                items.push((w[0] + sep_len, w[1]));
            }
            items.push((last_start, last_end));
            let after = &text[last_end..s.end];
            let closer_firm = [
                "等企业",
                "等公司",
                "等龙头企业",
                "等重点企业",
                "等一批",
                "为代表",
                "等为代表",
                "为龙头",
                "为骨干",
                "为引领",
                "为核心",
                "等为龙头",
            ]
            .iter()
            .any(|c| after.starts_with(c));
            let closer_project = after.starts_with("等项目");
            let firm_like = |a: usize, b: usize| {
                let item = &text[a..b];
                self.cfg
                    .company
                    .legal_suffixes
                    .iter()
                    .chain(&self.cfg.company.short_suffixes)
                    .any(|x| item.ends_with(x.as_str()))
                    || self.mentions.iter().any(|m| {
                        m.norm_start == a && m.norm_end == b && self.dict.entities[m.entity].etype == "company"
                    })
            };
            let project_like = |a: usize, b: usize| {
                let item = &text[a..b];
                PROJECT_NOUNS.iter().any(|n| item.ends_with(n))
                    || self.cfg.project.suffixes.iter().any(|x| item.ends_with(x.as_str()))
            };
            // Without a closer, half the items must already look like names:
            // 稳经济、攻项目、促发展 is a list of slogans, not of projects.
            let known = |a: usize, b: usize| self.mentions.iter().any(|m| m.norm_start == a && m.norm_end == b);
            let named = items
                .iter()
                .filter(|&&(a, b)| firm_like(a, b) || project_like(a, b) || known(a, b))
                .count();
            if !(closer_firm || closer_project) && named * 2 < items.len() {
                continue;
            }
            let firms = closer_firm || items.iter().any(|&(a, b)| firm_like(a, b));
            let projects = closer_project || items.iter().any(|&(a, b)| project_like(a, b));
            if !firms && !projects {
                continue;
            }
            for (a, b) in items {
                if b <= a || covered[a..b].iter().any(|c| *c) {
                    continue;
                }
                let etype = if project_like(a, b) || (!firms && projects) {
                    "project"
                } else {
                    "company"
                };
                let already = out.iter().any(|o| o.norm_start < b && a < o.norm_end);
                if !already {
                    let item = text[a..b].to_string();
                    self.push(out, known_keys, a, b, &item, etype, Clue::List, 0.6);
                }
            }
        }
    }

    /// Where a list's last item ends: at a stop word, `等`, `为`, a count
    /// (`三大`), a known mention, or a non-name character.
    fn right_boundary(&self, start: usize, ceiling: usize, covered: &[bool]) -> usize {
        let text = &self.norm.text;
        let mut end = start;
        let mut chars = 0;
        while end < ceiling && chars < MAX_LIST_ITEM {
            let rest = &text[end..ceiling];
            let c = rest.chars().next().expect("end < ceiling");
            let count = c.is_ascii_digit() || "一二三四五六七八九十两几".contains(c);
            if !is_name_char(c)
                || covered[end]
                || (chars >= 2
                    && (count
                        || ["等", "为", "已", "均", "基本", "完成", "以及", "的"]
                            .iter()
                            .any(|w| rest.starts_with(w))))
                || (chars >= 2
                    && self
                        .cfg
                        .boundary
                        .stop_words
                        .iter()
                        .any(|w| w.chars().count() > 1 && rest.starts_with(w.as_str())))
            {
                break;
            }
            end += c.len_utf8();
            chars += 1;
        }
        end
    }
}

/// Alias candidates of a firm name: without a leading region and the legal
/// form, the trade name (first two characters of what is left), and the
/// trade name with 公司.
pub fn firm_aliases(name: &str, cfg: &DiscoverConfig, region_names: &[String]) -> Vec<String> {
    let mut core = name.to_string();
    if let Some(region) = region_names
        .iter()
        .filter(|r| core.starts_with(r.as_str()))
        .max_by_key(|r| r.len())
        && core.chars().count() > region.chars().count() + 2
    {
        core = core[region.len()..].to_string();
    }
    let mut stripped = false;
    for suffix in &cfg.company.legal_suffixes {
        if core.ends_with(suffix.as_str()) && core.len() > suffix.len() {
            core.truncate(core.len() - suffix.len());
            stripped = true;
            break;
        }
    }
    let mut out = Vec::new();
    if core != name {
        out.push(core.clone());
    }
    let chars: Vec<char> = core.chars().collect();
    if stripped && chars.len() >= 4 {
        let trade: String = chars[..2].iter().collect();
        out.push(format!("{trade}公司"));
        out.push(trade);
    } else if !stripped {
        for suffix in &cfg.company.short_suffixes {
            if core.ends_with(suffix.as_str()) && core.chars().count() >= suffix.chars().count() + 2 {
                let trade = &core[..core.len() - suffix.len()];
                out.push(format!("{trade}公司"));
                break;
            }
        }
    }
    out.retain(|a| a.chars().count() >= 2 && a != name);
    out.dedup();
    out
}

/// A stable id for a discovered name: its type and a hash of the name.
pub fn suggested_id(etype: &str, name: &str) -> String {
    let digest = sha2::Sha256::digest(name.as_bytes());
    format!("{etype}:discovered-{}", crate::dict::hex(&digest[..5]))
}

/// Sightings of one document, with what is needed to report them.
pub struct DocSightings {
    pub doc_id: String,
    pub norm: NormText,
    pub sentences: Vec<Sentence>,
    pub sightings: Vec<Sighting>,
}

/// Aggregate sightings over the corpus into ranked candidates, link short
/// names to full ones, and report alias collisions.
pub fn aggregate(
    docs: &[DocSightings],
    cfg: &DiscoverConfig,
    dict: &Dictionary,
    max_examples: usize,
) -> (Vec<Candidate>, Vec<Collision>) {
    struct Acc {
        etype: &'static str,
        name: String,
        confidence: f64,
        count: usize,
        docs: BTreeSet<String>,
        clues: BTreeSet<Clue>,
        examples: Vec<Example>,
    }
    let mut by_key: BTreeMap<(String, &'static str), Acc> = BTreeMap::new();
    for d in docs {
        for s in &d.sightings {
            let acc = by_key.entry((normalize_key(&s.name), s.etype)).or_insert_with(|| Acc {
                etype: s.etype,
                name: s.name.clone(),
                confidence: 0.0,
                count: 0,
                docs: BTreeSet::new(),
                clues: BTreeSet::new(),
                examples: Vec::new(),
            });
            acc.confidence = acc.confidence.max(s.confidence);
            acc.count += 1;
            acc.docs.insert(d.doc_id.clone());
            acc.clues.insert(s.clue);
            if acc.examples.len() < max_examples {
                let sentence = d
                    .sentences
                    .iter()
                    .find(|x| x.start <= s.norm_start && s.norm_start < x.end);
                let context = sentence.map_or(String::new(), |x| d.norm.text[x.start..x.end].to_string());
                let (start, end) = d.norm.to_original(s.norm_start, s.norm_end);
                acc.examples.push(Example {
                    doc: d.doc_id.clone(),
                    start,
                    end,
                    context,
                });
            }
        }
    }
    // A name seen as a firm and as something else is kept once, as the type
    // seen most (then the firm).
    let mut best_type: BTreeMap<String, (&'static str, usize)> = BTreeMap::new();
    for ((key, etype), acc) in &by_key {
        let entry = best_type.entry(key.clone()).or_insert((etype, acc.count));
        if acc.count > entry.1 {
            *entry = (etype, acc.count);
        }
    }
    let region_names: Vec<String> = dict
        .entities
        .iter()
        .filter(|e| e.etype == "region")
        .flat_map(|e| e.forms().map(normalize_key))
        .chain(
            cfg.boundary
                .region_prefixes
                .iter()
                .flat_map(|r| [r.clone(), format!("{r}省"), format!("{r}市")]),
        )
        .collect();
    // Aliases of full firm names, known and discovered, for linking.
    let mut alias_owners: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let firm_names: Vec<(String, String)> = dict
        .entities
        .iter()
        .filter(|e| e.etype == "company")
        .map(|e: &Entity| (e.name.clone(), e.id.clone()))
        .chain(
            by_key
                .values()
                .filter(|a| a.etype == "company")
                .map(|a| (a.name.clone(), suggested_id("company", &a.name))),
        )
        .collect();
    let mut aliases_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, id) in &firm_names {
        let aliases = firm_aliases(&normalize_key(name), cfg, &region_names);
        for a in &aliases {
            alias_owners.entry(a.clone()).or_default().insert(id.clone());
        }
        aliases_of.insert(name.clone(), aliases);
    }
    let collisions: Vec<Collision> = alias_owners
        .iter()
        .filter(|(_, owners)| owners.len() > 1)
        .map(|(alias, owners)| Collision {
            alias: alias.clone(),
            names: owners.iter().cloned().collect(),
        })
        .collect();
    let mut out: Vec<Candidate> = Vec::new();
    for ((key, etype), acc) in by_key {
        if best_type.get(&key).is_some_and(|(t, _)| *t != etype) {
            continue;
        }
        let id = suggested_id(etype, &acc.name);
        let linked_to = alias_owners
            .get(&key)
            .filter(|owners| owners.len() == 1)
            .and_then(|owners| owners.iter().next())
            .filter(|owner| **owner != id)
            .cloned();
        let repeated = if acc.count >= 2 { 0.1 } else { 0.0 };
        // A project named after a firm we know of (海腾线缆项目 ← 海腾线缆).
        let owner_named = etype == "project"
            && alias_owners
                .keys()
                .chain(firm_names.iter().map(|(n, _)| n))
                .any(|firm| firm.chars().count() >= 2 && key.starts_with(firm.as_str()) && key.len() > firm.len());
        let repeated = repeated + if owner_named { 0.2 } else { 0.0 };
        let corroborated = if acc.clues.len() >= 2 { 0.1 } else { 0.0 };
        out.push(Candidate {
            aliases: if etype == "company" {
                aliases_of.get(&acc.name).cloned().unwrap_or_default()
            } else {
                Vec::new()
            },
            id,
            etype: etype.to_string(),
            name: acc.name,
            confidence: ((acc.confidence + repeated + corroborated).min(0.95) * 100.0).round() / 100.0,
            count: acc.count,
            docs: acc.docs.len(),
            clues: acc.clues.into_iter().collect(),
            linked_to,
            examples: acc.examples,
        });
    }
    out.sort_by(|a, b| {
        b.confidence
            .total_cmp(&a.confidence)
            .then(b.count.cmp(&a.count))
            .then(a.etype.cmp(&b.etype))
            .then(a.name.cmp(&b.name))
    });
    (out, collisions)
}

/// Dictionary rows for candidates, in the entity file format.
pub fn dictionary_rows(candidates: &[Candidate]) -> String {
    let mut out = String::from("id\ttype\tname\taliases\tattributes\n");
    for c in candidates {
        let mut attrs = format!("source=discovered; confidence={}; count={}", c.confidence, c.count);
        if let Some(link) = &c.linked_to {
            attrs.push_str(&format!("; short_name_of={link}"));
        }
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            c.id,
            c.etype,
            c.name,
            c.aliases.join("|"),
            attrs
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> DiscoverConfig {
        let text = include_str!("../dictionaries/discover.toml");
        DiscoverConfig::parse(Path::new("discover.toml"), text, &mut Vec::new()).expect("bundled file parses")
    }

    fn sightings(dict_rows: &str, text: &str) -> Vec<(String, &'static str)> {
        let dict = crate::testing::dict(&format!("id\ttype\tname\taliases\tattributes\n{dict_rows}"));
        let (norm, sentences, mentions) = crate::testing::analyse(&dict, text);
        let cfg = cfg();
        let d = DocDiscovery {
            cfg: &cfg,
            dict: &dict,
            norm: &norm,
            sentences: &sentences,
            mentions: &mentions,
        };
        d.run().into_iter().map(|s| (s.name, s.etype)).collect()
    }

    #[test]
    fn names_and_their_left_boundaries() {
        let regions = "r1\tregion\t江苏省\t江苏\tlevel=province\nr2\tregion\t临泉区\t\tlevel=district\nr3\tregion\t德国\t\tlevel=country\n";
        let s = |n: &str, t: &'static str| (n.to_string(), t);
        // (text, expected sightings)
        let cases: Vec<(&str, Vec<(String, &'static str)>)> = vec![
            (
                "今年江苏云帆弹性材料有限公司扩产。",
                vec![s("江苏云帆弹性材料有限公司", "company")],
            ),
            ("临泉区北塘镇海星线缆项目开工。", vec![s("海星线缆项目", "project")]),
            ("总投资30亿元的蓝鲸储能项目签约。", vec![s("蓝鲸储能项目", "project")]),
            (
                "招引青禾网络、鹿鸣生物等企业入驻。",
                vec![s("青禾网络", "company"), s("鹿鸣生物", "company")],
            ),
            ("德国博远重工在此设厂。", vec![s("德国博远重工", "company")]),
            ("上市企业远帆纺织表现亮眼。", vec![s("远帆纺织", "company")]),
            ("推动重点项目建设。", vec![]),
            ("科技创新成果丰硕。", vec![]),
            (
                "当地建成临川高新技术产业开发区。",
                vec![s("临川高新技术产业开发区", "zone")],
            ),
            ("形成海洋牧场产业集群。", vec![s("海洋牧场", "cluster")]),
        ];
        for (text, want) in cases {
            assert_eq!(sightings(regions, text), want, "text {text:?}");
        }
    }

    #[test]
    fn short_names_link_to_full_names() {
        let cfg = cfg();
        let regions = vec!["江苏".to_string(), "江苏省".to_string()];
        assert_eq!(
            firm_aliases("江苏金帆弹性织物有限公司", &cfg, &regions),
            vec!["金帆弹性织物", "金帆公司", "金帆"]
        );
        assert_eq!(firm_aliases("川野洗涤机械", &cfg, &regions), vec!["川野洗涤公司"]);
    }
}
