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

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::Digest;

use crate::dict::Dictionary;
use crate::error::{Error, Location, Problem, Result};
use crate::matcher::{Mention, MentionKind};
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
    /// A firm's role before its name (供应商, 客户): stop words too, and a
    /// list item they follow describes the firm after them, it names none.
    #[serde(default)]
    pub roles: Vec<String>,
    pub generic_cores: Vec<String>,
    #[serde(default)]
    pub region_prefixes: Vec<String>,
    /// Words that hold a one-character stop word and are content, not a
    /// boundary (数据, 华为, 成都): a name goes on through them.
    #[serde(default)]
    pub stop_exceptions: Vec<String>,
}

impl BoundaryRules {
    /// Each region prefix as written, with 省 and with 市.
    fn region_forms(&self) -> impl Iterator<Item = String> + '_ {
        self.region_prefixes
            .iter()
            .flat_map(|r| [r.clone(), format!("{r}省"), format!("{r}市")])
    }
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
    /// Generic words and stop words of two characters or more, to find at
    /// the end of a core (made by `parse`).
    #[serde(skip)]
    generic_ends: EndWords,
    /// The industry words that end short firm names, likewise.
    #[serde(skip)]
    industry_ends: EndWords,
}

/// Words looked up at the end of a text: a set and the lengths in it, so
/// that a lookup costs a few hashes, not a comparison with each word. Alias
/// making runs it for every firm of a dictionary (10⁵ and more).
#[derive(Clone, Debug, Default)]
struct EndWords {
    words: HashSet<String>,
    /// Lengths in characters, longest first.
    lengths: Vec<usize>,
}

impl EndWords {
    fn new<'w>(words: impl IntoIterator<Item = &'w String>) -> EndWords {
        let words: HashSet<String> = words.into_iter().filter(|w| w.chars().count() >= 2).cloned().collect();
        let mut lengths: Vec<usize> = words.iter().map(|w| w.chars().count()).collect();
        lengths.sort_unstable_by(|a, b| b.cmp(a));
        lengths.dedup();
        EndWords { words, lengths }
    }

    /// The byte lengths of the words that end `text` and are shorter than
    /// it, longest first.
    fn ends<'t>(&'t self, text: &'t str) -> impl Iterator<Item = usize> + 't {
        self.lengths.iter().filter_map(move |&n| {
            let (at, _) = text.char_indices().rev().nth(n - 1)?;
            (at > 0 && self.words.contains(&text[at..])).then_some(text.len() - at)
        })
    }
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
                let roles = cfg.boundary.roles.clone();
                cfg.boundary.stop_words.extend(roles);
                for list in [
                    &mut cfg.boundary.roles,
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
                    // An empty word would be found between every two characters.
                    list.retain(|w| !w.is_empty());
                }
                cfg.generic_ends = EndWords::new(cfg.boundary.generic_cores.iter().chain(&cfg.boundary.stop_words));
                cfg.industry_ends = EndWords::new(&cfg.company.short_suffixes);
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
    /// The value of a `项目名称:` field.
    Record,
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
    /// The short name the text defines for it right after it
    /// (`…有限公司(以下简称“蜀循再生”)`).
    pub short: Option<String>,
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
/// The longest core of a project named with its capacity (…年产20万辆…).
const MAX_CAPACITY_PROJECT_CORE: usize = 22;
const MAX_CLUSTER_CORE: usize = 8;
const MAX_LIST_ITEM: usize = 12;
/// How many characters before `技术公司` make a firm's name (a trade name
/// and a line of business), not a description (工业技术公司).
const MIN_TECH_FIRM_CHARS: usize = 4;
/// Region levels that belong to a firm's name when they lead it.
const FIRM_REGION_LEVELS: &[&str] = &["country", "province", "municipality", "prefecture", "sar"];
const ZONE_REGION_LEVELS: &[&str] = &[
    "province",
    "municipality",
    "prefecture",
    "sar",
    "district",
    "county",
    "city",
];
/// Pieces of the legal forms a registry gives (股份有限公司, 集团): what
/// comes before them is a whole registered name, not a phrase.
const REGISTERED_FORMS: &[&str] = &["有限", "集团"];
/// Particles that end a name's left part even right before the suffix.
const STRICT_STOPS: &[&str] = &[
    "的", "了", "着", "在", "将", "把", "被", "从", "向", "对", "由", "于", "等", "及", "并", "让", "使", "据", "抓",
    "距", "是", "其",
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
    "满产",
    "量产",
    "试产",
    "通线",
    "投资的",
    "建设的",
    "年产",
];
/// Words right before a short firm name that mark it as a firm.
const FIRM_CUES: &[&str] = &["企业", "公司", "龙头", "骨干", "以", "依托", "招引", "引进"];
/// Verbs whose object is an industry, never a firm (围绕复合材料, 聚焦智能装备);
/// not 包括 or 培育, whose objects may be firms (重点企业包括A、B).
const INDUSTRY_OBJECT_VERBS: &[&str] = &["围绕", "聚焦", "深耕", "主攻", "瞄准", "做强", "做大", "壮大"];
/// What `以A` makes of a firm A: its role at the head of a group.
const LEAD_ROLES: &[&str] = &[
    "为龙头",
    "为代表",
    "为首",
    "为引领",
    "为核心",
    "为链主",
    "为主体",
    "为牵引",
];
/// Words right after a short firm name that mark it as a firm.
const FIRM_CUES_AFTER: &[&str] = &["投资", "投建", "出资", "旗下", "牵头"];
/// Endings of place names (towns, districts, counties) that a name never runs past.
const ADMIN_SUFFIXES: &[&str] = &["镇", "乡", "街道", "村", "区", "县", "社区"];
/// Words right after a short suffix that show it is not a name's end (科技创新, 电子产业).
const RIGHT_BLOCKERS: &[&str] = &[
    "创新", "产业", "园", "城", "企业", "型", "化", "类", "成果", "人才", "公司", "有限", "集团", "服务", "领域",
    "行业", "部件", "产品", "设备", "水平", "能力", "技术", "研发", "制造", "项目", "工程", "基地", "平台", "系统",
    "管理", "共享", "安全", "化", "车间",
];
/// What joins the items of a list; `以及` before `及`, so that a list's end
/// test takes the whole word.
const LIST_JOINERS: [&str; 5] = ["、", "以及", "和", "及", "与"];

/// Words after a project word that make it part of a school's or
/// institute's name (安徽工程大学, 中国建筑科学研究院), or of a person's
/// trade (维修工程师).
const SCHOOL_WORDS: &[&str] = &["大学", "学院", "研究院", "研究所", "职业", "技术学校", "学校", "师"];

/// Whether a word between `before` and `rest` is in a list that goes on to
/// a count of what its items are (`压铸、变频压缩机和电子级石英材料三个项目`,
/// `新能源和新材料三大主导产业`): then the items are kinds of things,
/// products or industries, not firms. (A count of firms, `三家`, is not
/// one.)
fn counted_list(before: &str, rest: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十两几数0123456789";
    const MEASURES: [char; 6] = ['个', '大', '类', '条', '项', '种'];
    let clause = rest
        .find(|c: char| !is_name_char(c) && c != '、')
        .map_or(rest, |i| &rest[..i]);
    let count_at = clause.char_indices().map(|(i, _)| i).find(|&i| {
        let digits: usize = clause[i..]
            .chars()
            .take_while(|c| NUMERALS.contains(*c))
            .map(char::len_utf8)
            .sum();
        digits > 0 && clause[i + digits..].starts_with(MEASURES)
    });
    let Some(count_at) = count_at else { return false };
    // 云帆重工、海晶电子两大骨干企业, 三大传统电厂: the count is of firms after all.
    const FIRM_KINDS: [&str; 12] = [
        "企业", "公司", "集团", "电厂", "工厂", "厂商", "龙头", "巨头", "央企", "国企", "车企", "药企",
    ];
    if FIRM_KINDS.iter().any(|w| clause[count_at..].contains(w)) {
        return false;
    }
    let items = &clause[..count_at];
    // The word's own start: back to a punctuation mark, at most an item's length.
    let word_start = before
        .char_indices()
        .rev()
        .take(MAX_LIST_ITEM)
        .take_while(|&(_, c)| is_name_char(c) || c == '、')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let in_list = LIST_JOINERS
        .iter()
        .any(|w| before[word_start..].contains(w) || items.starts_with(w));
    in_list
        && items
            .split(['、', '和', '及', '与'])
            .all(|item| item.chars().count() <= MAX_LIST_ITEM)
}

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

/// The longest project name taken whole from a `项目名称:` field.
const MAX_RECORD_NAME_CHARS: usize = 40;
/// How sure a place before another place's zone name is a zone of its own
/// (绍兴滨海新区): as a zone found by its suffix.
const ZONE_PLACE_CONFIDENCE: f64 = 0.75;
/// A `项目名称:` field names a project outright.
const RECORD_CONFIDENCE: f64 = 0.8;

/// Numerals, and the words that count like them (首条, 几个, 数家).
const NUMERALS: &str = "0123456789一二三四五六七八九十两百千万零首几数";
/// Measure words and date units: after a numeral they make a count, an
/// ordinal or a date, which starts a description, not a name.
const MEASURES: &str = "条台个座家批项期号栋幢套类种处片所只辆艘架次年月日季级代";

/// Whether a core ends with a count (三大, 两个, 十家): what comes after
/// it is counted, not named. A phase (二期项目) is part of a name.
fn ends_with_count(core: &str) -> bool {
    let mut rev = core.chars().rev();
    rev.next().is_some_and(|c| "大个家座批项条台类种".contains(c)) && rev.next().is_some_and(|c| NUMERALS.contains(c))
}

/// Periods of a plan or a report (二季度, 2024年度, 上半年): a name holding one
/// dates a batch of projects, it names none.
const PERIODS: [&str; 4] = ["季度", "年度", "上半年", "下半年"];

/// Words ending in 市, 省 or 县 that are no place (超市项目 is a project).
const NOT_PLACES: [&str; 6] = ["超市", "城市", "夜市", "集市", "门市", "股市"];

/// Whether a project's core, its generic words gone, is a place alone
/// (临川市 of 临川市重点项目, 江北省 of 江北省重大项目, 遵义 of 遵义工厂, a
/// place of `region_prefixes`): no project's name.
fn place_only(core: &str, region_prefixes: &[String]) -> bool {
    region_prefixes.iter().any(|r| r == core)
        || (2..=5).contains(&core.chars().count())
            && ["市", "省", "县"].iter().any(|w| core.ends_with(w))
            && !NOT_PLACES.iter().any(|w| core.ends_with(w))
}

/// Whether a core holds an amount (10亿元, 3000万美元) or starts with an
/// approximate number (超百亿, 近10): it describes projects, it names none.
fn is_figure(core: &str) -> bool {
    ["亿元", "万元", "美元"].iter().any(|w| core.contains(w))
        || ["超", "近", "约", "逾"].iter().any(|w| {
            core.strip_prefix(w)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| NUMERALS.contains(c))
        })
}

/// The short name a bracket at the start of `rest` defines for the name
/// before it: `(以下简称“滨开区”)`, `(下称“蜀循再生”)`, `(简称：澄阳)`. Announcements
/// and reports name a party once in full and then only by it. Roles and
/// pronouns (`本项目`, `公司`, `甲方`) are no names; of several names
/// (`(下文简称“澳铂光电”“公司”或“我们”)`) the first that is not one.
fn defined_short(rest: &str) -> Option<&str> {
    #[rustfmt::skip]
    const ROLES: [&str; 20] = [
        "本项目", "该项目", "项目", "本公司", "该公司", "公司", "合资公司", "标的公司", "目标公司", "新公司", "子公司",
        "本次交易", "本次投资", "甲方", "乙方", "丙方", "投资方", "本基金", "基金", "本基地",
    ];
    let (names, _) = definition(rest)?;
    names
        .into_iter()
        .find(|short| (2..=10).contains(&short.chars().count()) && !ROLES.contains(short))
}

/// The length of a bracket at the start of `rest` that defines a short name
/// (`(以下简称“公司”)`), roles included: relation rules read on after it, so
/// that `A(以下简称“X”)是B旗下企业` reads as `A是B旗下企业`.
pub fn definition_len(rest: &str) -> Option<usize> {
    definition(rest).and_then(|(_, len)| len)
}

/// Every name a bracket at the start of `rest` defines, roles and pronouns
/// included (`(下文简称“澳铂光电”“公司”或“我们”)`: 澳铂光电, 公司, 我们), so
/// that a pronoun the text defines can be tied to the name before it.
pub fn defined_names(rest: &str) -> Vec<&str> {
    definition(rest).map(|(names, _)| names).unwrap_or_default()
}

/// A bracket at the start of `rest` that defines short names: the names,
/// and the bracket's length up to its closing bracket, if it closes. Names
/// may follow one another in quotes, or be joined by `、` `或` `及` `和`.
fn definition(rest: &str) -> Option<(Vec<&str>, Option<usize>)> {
    let inner = rest.strip_prefix('(')?;
    let inner = ["以下", "下文"]
        .iter()
        .find_map(|w| inner.strip_prefix(w))
        .unwrap_or(inner);
    let mut inner = ["简称", "下称", "称"].iter().find_map(|w| inner.strip_prefix(w))?;
    inner = inner.strip_prefix([':', '为']).unwrap_or(inner);
    let mut names = Vec::new();
    loop {
        let quoted = inner.strip_prefix(['“', '"', '「']);
        let body = quoted.unwrap_or(inner);
        let end = body.find(|c: char| !is_name_char(c))?;
        let (short, after) = body.split_at(end);
        if short.is_empty() {
            return None;
        }
        names.push(short);
        inner = after.strip_prefix(['”', '"', '」']).unwrap_or(after);
        // Another quoted name, right after or after a joining word.
        let next = ["、", "或", "及", "和", ""].iter().find_map(|w| {
            inner
                .strip_prefix(w)
                .filter(|r| quoted.is_some() && r.starts_with(['“', '"', '「']))
        });
        match next {
            Some(r) => inner = r,
            None => break,
        }
    }
    if !inner.starts_with([')', ',', ';']) {
        return None;
    }
    let close = inner.find(')').map(|i| rest.len() - inner.len() + i + 1);
    Some((names, close))
}

/// The length of a place in brackets at the start of `rest` ((滨江)), or 0.
fn bracket_len(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix('(') else {
        return 0;
    };
    match inner.find(')') {
        Some(close) if place_like(&inner[..close]) => close + 2,
        _ => 0,
    }
}

/// Whether the text in brackets after or inside a name can be a place (郑州,
/// 滨江): a few name characters.
fn place_like(inner: &str) -> bool {
    (2..=5).contains(&inner.chars().count()) && inner.chars().all(is_name_char)
}

/// The length of a phase at the start of `rest` (二期, 3期), or 0.
fn phase_len(rest: &str) -> usize {
    let numeral = rest
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    if (1..=6).contains(&numeral) && rest[numeral..].starts_with('期') {
        numeral + '期'.len_utf8()
    } else {
        0
    }
}

/// Whether `core` holds a year (2025年): a date makes a phrase of it.
fn has_year(core: &str) -> bool {
    core.match_indices('年').any(|(i, _)| {
        let digits = core[..i].chars().rev().take_while(char::is_ascii_digit).count();
        digits == 4
    })
}

/// Whether every bracket in a record's value holds a phase (…厂房(一期)工程),
/// the one aside a project's name carries; any other is a note on the value.
fn phases_only_in_brackets(name: &str) -> bool {
    let mut rest = name;
    while let Some(open) = rest.find('(') {
        let len = phase_in_brackets(&rest[open..]);
        if len == 0 || rest[..open].contains(')') {
            return false;
        }
        rest = &rest[open + len..];
    }
    !rest.contains(')')
}

/// The length of a phase in brackets at the start of `rest` (`(一期)`), or 0.
pub(crate) fn phase_in_brackets(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix('(') else { return 0 };
    match inner.find(')') {
        Some(close) if close > 0 && phase_len(&inner[..close]) == close => close + "()".len(),
        _ => 0,
    }
}

/// Whether a core starts with a count, an ordinal or a date: 两台机组,
/// 一条…生产线, 二期工程, 二号总装车间, 七条产业链, 4月首条…生产线. Names
/// that start with a numeral go on with a word, not a measure (三一重工,
/// 两江新区, 万达广场).
fn starts_with_quantity(core: &str) -> bool {
    // An ordinal's 第 and a decimal point count too (第8.6代…生产线).
    let core = core.strip_prefix('第').unwrap_or(core);
    let rest = core.trim_start_matches(|c| NUMERALS.contains(c) || c == '.');
    rest.len() < core.len() && rest.chars().next().is_some_and(|c| MEASURES.contains(c))
}

/// Of the places a word of `len` bytes occurs (ascending, overlapping ones
/// included), those `text[start..end].match_indices(word)` finds: inside the
/// span, and none overlapping the one before.
fn in_span(hits: &[usize], len: usize, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
    let mut resume = start;
    hits[hits.partition_point(|&at| at < start)..]
        .iter()
        .copied()
        .take_while(move |&at| at + len <= end)
        .filter(move |&at| {
            let free = at >= resume;
            if free {
                resume = at + len;
            }
            free
        })
}

/// Whether the text between two `、` closes one list before the next opens:
/// `A、B等企业在X、Y等方向` holds two lists, and `B等企业在X` is no item.
/// `等` in a word (高等, 平等) closes nothing.
fn closes_list(gap: &str) -> bool {
    gap.match_indices('等')
        .any(|(i, _)| i > 0 && !gap[..i].ends_with(['高', '平', '均', '同', '对', '中', '上', '相', '初']))
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || ('\u{3400}'..='\u{4DBF}').contains(&c)
        || c == '·'
}

/// One family of suffixes and what its candidates are.
struct SuffixKind<'c> {
    suffixes: &'c [String],
    etype: &'static str,
    clue: Clue,
    confidence: f64,
    max_core: usize,
    /// Region levels that belong to the name when they lead it.
    levels: &'static [&'static str],
}

/// The suffix families, in the order they are tried: a suffix that ends a
/// candidate of an earlier family is not taken again by a later one.
fn kinds(cfg: &DiscoverConfig) -> [SuffixKind<'_>; 7] {
    fn kind<'c>(
        suffixes: &'c [String],
        etype: &'static str,
        clue: Clue,
        confidence: f64,
        max_core: usize,
        levels: &'static [&'static str],
    ) -> SuffixKind<'c> {
        SuffixKind {
            suffixes,
            etype,
            clue,
            confidence,
            max_core,
            levels,
        }
    }
    [
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
            ZONE_REGION_LEVELS,
        ),
        kind(
            &cfg.project.suffixes,
            "project",
            Clue::ProjectSuffix,
            cfg.project.confidence,
            MAX_PROJECT_CORE,
            FIRM_REGION_LEVELS,
        ),
        kind(
            &cfg.zone.weak_suffixes,
            "zone",
            Clue::ZoneSuffix,
            cfg.zone.confidence_weak,
            MAX_ZONE_CORE,
            ZONE_REGION_LEVELS,
        ),
        kind(
            &cfg.project.weak_suffixes,
            "project",
            Clue::ProjectSuffix,
            cfg.project.confidence_weak,
            MAX_PROJECT_CORE,
            FIRM_REGION_LEVELS,
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
    ]
}

/// The discovery pass over one document.
pub struct DocDiscovery<'a> {
    pub cfg: &'a DiscoverConfig,
    pub dict: &'a Dictionary,
    /// Made once per run ([`Prepared::new`]).
    pub prepared: &'a Prepared,
    pub norm: &'a NormText,
    pub sentences: &'a [Sentence],
    /// Known mentions (dictionary names and resolved references).
    pub mentions: &'a [Mention],
    /// The keys of field records (`项目业主:`), which no name runs into.
    pub record_keys: &'a crate::relations::records::RecordKeys,
}

impl<'a> DocDiscovery<'a> {
    /// Every sighting in the document, in text order.
    pub fn run(&self) -> Vec<Sighting> {
        let text = &self.norm.text;
        let mut covered = vec![false; text.len() + 1];
        let mut known_end: BTreeMap<usize, usize> = BTreeMap::new(); // end → entity
        // Places strictly inside a known name: no suffix ends there, for it
        // would be cut out of a longer word (巩固全球工程 of 工程机械产业).
        let mut mid_word = vec![false; text.len() + 1];
        for m in self.mentions {
            for b in &mut mid_word[m.norm_start + 1..m.norm_end] {
                *b = true;
            }
            // An industry word may end a firm's or project's name (英菲新能源):
            // known clusters do not block discovery.
            if self.dict.entities[m.entity].etype == "cluster" {
                continue;
            }
            // A generic word resolved to a known zone, right after characters
            // of a name (火炬 + 高新区, with 厦门火炬高新区 known): the end of a
            // name the dictionary lacks, which the walk may find; found, the
            // longer name wins over the generic word when the names are matched.
            if matches!(m.kind, MentionKind::Resolved(_) | MentionKind::Anchor(_))
                && text[..m.norm_start].ends_with(is_name_char)
            {
                continue;
            }
            for b in &mut covered[m.norm_start..m.norm_end] {
                *b = true;
            }
            known_end.insert(m.norm_end, m.entity);
        }
        let records = crate::relations::records::spans(self.record_keys, self.norm);
        for &(start, end) in &records.keys {
            for b in &mut mid_word[start + 1..end] {
                *b = true;
            }
        }
        let found = self.prepared.hits(text);
        let mut out = Vec::new();
        for s in self.sentences {
            self.by_suffix(s, &covered, &mid_word, &known_end, &found, &mut out);
            self.by_list(s, &covered, &known_end, &mut out);
        }
        self.by_record(&records.names, &covered, &known_end, &mut out);
        self.by_place_and_zone(&covered, &mut out);
        // 建设内容:新建压铸车间和模具维修车间: parts of the record's project.
        out.retain(|o| {
            o.etype != "project"
                || o.clue == Clue::Record
                || !records
                    .contents
                    .iter()
                    .any(|&(a, b)| a <= o.norm_start && o.norm_end <= b)
        });
        // The surest of the sightings of one span (a record's name over the
        // same name found by its weak word).
        out.sort_by(|a, b| {
            (a.norm_start, a.norm_end, a.etype)
                .cmp(&(b.norm_start, b.norm_end, b.etype))
                .then(b.confidence.total_cmp(&a.confidence))
        });
        out.dedup_by(|a, b| a.norm_start == b.norm_start && a.norm_end == b.norm_end && a.etype == b.etype);
        for sighting in &mut out {
            sighting.short = defined_short(&text[sighting.norm_end..])
                .filter(|short| *short != sighting.name && !self.generic(short, sighting.etype))
                .map(String::from);
        }
        out
    }

    /// A place right before a known zone's short name that is not the
    /// zone's place (绍兴 + 滨海新区, with 天津滨海新区 known): the names of
    /// new areas and parks repeat from city to city, and the place names
    /// another zone. A place the zone has (天津, 浙江 for a zone of 绍兴市)
    /// only locates it.
    fn by_place_and_zone(&self, covered: &[bool], out: &mut Vec<Sighting>) {
        let text = &self.norm.text;
        for m in self.mentions {
            if m.kind != MentionKind::Name || self.dict.entities[m.entity].etype != "zone" {
                continue;
            }
            if let Some(p) = self.other_place_before(m.norm_start, m.norm_end, m.entity, covered) {
                let place = &text[p..m.norm_start];
                self.push(
                    out,
                    p,
                    m.norm_end,
                    place,
                    "zone",
                    Clue::ZoneSuffix,
                    ZONE_PLACE_CONFIDENCE,
                );
            }
        }
    }

    /// Where a place starts that stands right before the known zone name
    /// `start..end` and is not the zone's place (see [`Self::by_place_and_zone`]).
    fn other_place_before(&self, start: usize, end: usize, zone: usize, covered: &[bool]) -> Option<usize> {
        let text = &self.norm.text;
        let s = self.sentences.iter().find(|s| s.start <= start && start < s.end)?;
        let p = self.place_before(s.start, start, covered)?;
        let short = &text[start..end];
        let place = &text[p..start];
        let place = place.strip_suffix('市').unwrap_or(place);
        let starts_with_place = short
            .char_indices()
            .skip(2)
            .take(4)
            .any(|(i, _)| self.prepared.places.contains(&short[..i]));
        (!starts_with_place && !self.zone_has_place(zone, place)).then_some(p)
    }

    /// Whether a zone's names or its places (its `region`, `city` or
    /// `province`, and `province_name`, `city_name`) hold `place`.
    fn zone_has_place(&self, zone: usize, place: &str) -> bool {
        let e = &self.dict.entities[zone];
        let regions = ["region", "city", "province"]
            .iter()
            .filter_map(|k| e.attributes.get(k).and_then(|id| self.dict.get(id)));
        std::iter::once(e.name.as_str())
            .chain(e.aliases.iter().map(String::as_str))
            .chain(
                ["province_name", "city_name"]
                    .iter()
                    .filter_map(|k| e.attributes.get(k)),
            )
            .chain(regions.flat_map(|r| {
                let r = &self.dict.entities[r];
                std::iter::once(r.name.as_str()).chain(r.aliases.iter().map(String::as_str))
            }))
            .any(|name| name.contains(place))
    }

    /// Where the known mention of `entity` that ends at `end` starts.
    fn known_start(&self, end: usize, entity: usize) -> Option<usize> {
        self.mentions
            .iter()
            .find(|m| m.norm_end == end && m.entity == entity)
            .map(|m| m.norm_start)
    }

    /// Where a known industry starts that runs from inside a zone's core up
    /// to its suffix (装备制造 of 包头装备制造产业园区; 装备制造产业 may take
    /// the suffix's 产业 too), when words come before it.
    fn industry_before_suffix(&self, start: usize, suffix_start: usize) -> Option<usize> {
        self.mentions
            .iter()
            .find(|m| {
                m.norm_start > start
                    && m.norm_start < suffix_start
                    && m.norm_end >= suffix_start
                    && self.dict.entities[m.entity].etype == "cluster"
            })
            .map(|m| m.norm_start)
    }

    fn region_level(&self, entity: usize) -> Option<&str> {
        let e = &self.dict.entities[entity];
        (e.etype == "region").then(|| e.attributes.get("level").unwrap_or(""))
    }

    /// Walk left from `end` over name characters. Returns the start of the
    /// core, or `None` when no boundary comes within `max_chars`.
    /// Whether the stop word `w` at `at` is part of a word of
    /// `stop_exceptions` (据 of 数据科技, 为 of 华为技术, 同 of 同方威视,
    /// 供应 of 供应链管理).
    fn in_word(&self, floor: usize, at: usize, w: &str) -> bool {
        let text = &self.norm.text;
        self.cfg.boundary.stop_exceptions.iter().any(|e| {
            e.match_indices(w).any(|(k, _)| {
                at >= floor + k && text.is_char_boundary(at - k) && text[at - k..].starts_with(e.as_str())
            })
        })
    }

    /// The start of a place of `[boundary] region_prefixes` that ends at
    /// `at` and starts a phrase: at the walk's floor, after a character that
    /// is no name's, after a known name, or after a stop word.
    fn place_before(&self, floor: usize, at: usize, covered: &[bool]) -> Option<usize> {
        let text = &self.norm.text;
        let before = &text[floor..at];
        let starts = before.char_indices().rev().take(6).map(|(i, _)| floor + i);
        starts
            .filter(|&p| self.prepared.places.contains(&text[p..at]))
            .filter(|&p| {
                let head = &text[floor..p];
                head.is_empty()
                    || !head.ends_with(is_name_char)
                    || covered[p - 1]
                    || self.cfg.boundary.stop_words.iter().any(|w| head.ends_with(w.as_str()))
            })
            .last()
    }

    /// Whether a place starting a phrase ends at `at` or up to two name
    /// characters before it: the words from it to `at` are a trade name.
    fn place_leads(&self, floor: usize, at: usize, covered: &[bool]) -> bool {
        let text = &self.norm.text;
        let mut end = at;
        for _ in 0..=2 {
            if self.place_before(floor, end, covered).is_some() {
                return true;
            }
            match text[floor..end].chars().next_back() {
                Some(c) if is_name_char(c) && !covered[end - c.len_utf8()] => end -= c.len_utf8(),
                _ => return false,
            }
        }
        false
    }

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
        // The walk of a zone's name (the only kind with these levels).
        let zone = region_levels == ZONE_REGION_LEVELS;
        loop {
            if start == floor {
                return Some(start);
            }
            if let Some(&entity) = known_end.get(&start) {
                // A zone word right after a known zone's name names a zone
                // inside it after it (兰州新区 + 综合保税区): the whole is the
                // name. With words of its own between (兰州新区 + 精细化工 +
                // 园区) it may be the zone and its park; those stay apart.
                if zone
                    && chars == 0
                    && self.dict.entities[entity].etype == "zone"
                    && let Some(known) = self.known_start(start, entity)
                {
                    return Some(known);
                }
                // A leading region of the right level belongs to the name; a
                // zone's name may be the region and its zone word alone
                // (西安 + 高新技术产业开发区), a firm's may not.
                if let Some(level) = self.region_level(entity)
                    && region_levels.contains(&level)
                    && (chars > 0 || zone)
                {
                    let known = self.known_start(start, entity)?;
                    if !zone {
                        return Some(known);
                    }
                    // A zone's name goes on before a place in it (中新 + 广州 +
                    // 知识城), but an address (南昌市, 黄埔区) is no part of it.
                    let surface = &text[known..start];
                    if ADMIN_SUFFIXES.iter().chain(&["市", "省"]).any(|a| surface.ends_with(a)) {
                        return Some(start);
                    }
                    chars += surface.chars().count();
                    start = known;
                    if chars > max_chars {
                        return None;
                    }
                    continue;
                }
                return Some(start);
            }
            let before = &text[floor..start];
            // A free-trade zone's area is named with the zone, which does not
            // count to the limit (中国（广西）自由贸易试验区 + 南宁 + 片区).
            if zone
                && chars > 0
                && ["片区", "新片区"].iter().any(|w| text[end..].starts_with(w))
                && let Some(ftz) = FTZ_WORDS.iter().find(|w| before.ends_with(*w))
            {
                start -= ftz.len();
                continue;
            }
            // An address before a zone's name is not part of it (吉林省长春市 +
            // 长春汽车经济技术开发区, 南昌市 + 高新区), though a city's word may be
            // (智慧城市产业园).
            if zone
                && (before.ends_with('省')
                    || before.ends_with('市')
                        && !["城市", "都市", "超市", "门市", "股市"]
                            .iter()
                            .any(|w| before.ends_with(w)))
            {
                return Some(start);
            }
            // A place at the start of a phrase leads a firm's or project's
            // name (、南宁和睿医疗…有限公司); inside a word it does not (平安康…).
            if !zone
                && chars > 0
                && let Some(place) = self.place_before(floor, start, covered)
            {
                return Some(place);
            }
            // Multi-character stop words always end a name; a single
            // character only once the name has two (可为科技 keeps its 为),
            // except particles that never end a name's left part; and a
            // single character does not end a trade name that a place leads
            // (南宁 + 和睿, 南宁 + 泰和), unless it is a particle no trade name
            // holds (北京 + 的 + 华测…集团有限公司, 遵义工厂 + 是 + 集团).
            // A conjunction right before a zone word joins two places
            // (烟台港和开发区), where a firm's trade name may end in one (致和科技).
            let strict = |w: &str| STRICT_STOPS.contains(&w) || zone && ["和", "与", "及"].contains(&w);
            let stop = self.cfg.boundary.stop_words.iter().any(|w| {
                before.ends_with(w.as_str())
                    && (w.chars().count() > 1 || chars >= 2 || strict(w))
                    && !self.in_word(floor, start - w.len(), w)
                    && (zone
                        || w.chars().count() > 1
                        || strict(w)
                        || !self.place_leads(floor, start - w.len(), covered))
            });
            if stop {
                return Some(start);
            }
            // A place in brackets is inside a zone's name, between its words
            // (中德（沈阳）高端装备制造产业园, 中国（广西）自由贸易试验区).
            if zone
                && chars > 0
                && let Some(inner) = before.strip_suffix(')')
                && let Some(open) = inner.rfind('(')
                && place_like(&inner[open + 1..])
                && inner[..open].ends_with(is_name_char)
            {
                // The place is an insertion: it does not count to the limit.
                start = floor + open;
                // 中国（广西）…: the country opens the official name.
                if inner[..open].ends_with("中国") {
                    return Some(start - "中国".len());
                }
                continue;
            }
            let c = before.chars().next_back()?;
            // A space between Latin words is inside a name (华屿Mini LED背光模组).
            let latin_gap = c == ' '
                && text[start..].starts_with(|n: char| n.is_ascii_alphanumeric())
                && before[..before.len() - 1].ends_with(|p: char| p.is_ascii_alphanumeric());
            // So is a decimal point (华曜8.6代OLED面板生产线).
            let decimal = c == '.'
                && text[start..].starts_with(|n: char| n.is_ascii_digit())
                && before[..before.len() - 1].ends_with(|p: char| p.is_ascii_digit());
            let latin_gap = latin_gap || decimal;
            if !(is_name_char(c) || latin_gap) || covered[start - c.len_utf8()] {
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
            // A Latin word counts as one character, as it reads: the limit
            // is in words of a name (华屿Mini LED背光模组扩产项目), not letters.
            let latin_inside =
                c.is_ascii_alphanumeric() && text[start + 1..].starts_with(|n: char| n.is_ascii_alphanumeric());
            if !latin_inside {
                chars += 1;
            }
        }
    }

    /// Where a registered firm's name starts when a zone's name leads it:
    /// a zone's own investment or construction company carries the zone's
    /// name (临川高新区 + 城发产业投资有限公司), which the walk left out as a
    /// place before the name. Only a core that says what such a company
    /// does (投资, 建设, 发展, 开发, 运营, 城投, 控股) takes the zone in; a
    /// zone right before another firm's name is where it is (临川高新区
    /// + 海星线缆有限公司, as in a list of a zone's firms).
    fn zone_platform_start(
        &self,
        floor: usize,
        start: usize,
        core_end: usize,
        covered: &[bool],
        known_end: &BTreeMap<usize, usize>,
    ) -> usize {
        const PLATFORM_WORDS: &[&str] = &["投资", "建设", "发展", "开发", "运营", "城投", "控股"];
        let text = &self.norm.text;
        if !PLATFORM_WORDS.iter().any(|w| text[start..core_end].contains(w)) {
            return start;
        }
        // A zone the dictionary knows.
        if let Some(&entity) = known_end.get(&start)
            && self.dict.entities[entity].etype == "zone"
            && let Some(known) = self.known_start(start, entity)
        {
            // 绍兴 + 滨海新区 + 建设投资集团有限公司: another place's zone.
            return self.other_place_before(known, start, entity, covered).unwrap_or(known);
        }
        // A zone's name the discovery would find: its own walk.
        let before = &text[floor..start];
        let Some(word) = self
            .cfg
            .zone
            .suffixes
            .iter()
            .filter(|w| before.ends_with(w.as_str()))
            .max_by_key(|w| w.len())
        else {
            return start;
        };
        let word_start = start - word.len();
        if covered[word_start] {
            return start;
        }
        self.left_boundary(floor, word_start, MAX_ZONE_CORE, covered, known_end, ZONE_REGION_LEVELS)
            .filter(|&zone_start| zone_start < word_start)
            .unwrap_or(start)
    }

    /// Where the walk to a registered name's start begins: before a place
    /// in brackets (中锂新能源科技（郑州）有限公司) and before words that end a
    /// clause elsewhere but here are the firm's line of business
    /// (郑州临空产业投资有限公司, 航兴建设集团有限公司).
    fn registered_core_end(&self, floor: usize, suffix_start: usize) -> usize {
        let text = &self.norm.text;
        let mut end = suffix_start;
        if let Some(inner) = text[floor..end].strip_suffix(')')
            && let Some(open) = inner.rfind('(')
            && place_like(&inner[open + 1..])
        {
            end = floor + open;
        }
        // Words of a registered line of business that the stop words would
        // cut before (芜湖市产业投资基金有限公司: 投资 then 基金; 南京扬子建设
        // 工程有限公司: 建设 then 工程).
        const BUSINESS: [&str; 9] = ["基金", "管理", "运营", "资本", "资产", "发展", "工程", "施工", "安装"];
        while let Some(w) = self
            .cfg
            .boundary
            .stop_words
            .iter()
            .map(String::as_str)
            .chain(BUSINESS)
            .find(|w| w.chars().count() >= 2 && text[floor..end].ends_with(w))
        {
            end -= w.len();
        }
        end
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
            || starts_with_quantity(core)
            // 第二工厂: an ordinal alone names no project.
            || core.strip_prefix('第').is_some_and(|r| !r.is_empty() && r.chars().all(|c| NUMERALS.contains(c)))
            // 自动涂胶机和(智能): a list of products cut at its last item's word.
            || etype == "company"
                && ["和", "及", "与", "或"].iter().any(|w| core.ends_with(w))
                && !self.cfg.boundary.stop_exceptions.iter().any(|e| core.ends_with(e.as_str()))
            // 苏通发电三大(传统电厂): a count ends a list's subject, not a name.
            || ends_with_count(core)
            // 百亿级产业集群, 千亿级园区: a scale, not a name.
            || core.contains("亿级")
            // 赣州市2025年第二季度重大项目: a date or a period, not a name.
            || PERIODS.iter().any(|w| core.contains(w))
            || has_year(core)
            || self.cfg.boundary.generic_cores.iter().any(|g| g == core)
            // 外资项目, 重大项目, 工业招商公司: a generic word before the suffix,
            // unless a place in brackets marks a zone's official name
            // (中德（沈阳）高端装备制造产业园).
            || !(etype == "zone" && core.contains(')'))
                && self.cfg.boundary.generic_cores.iter().any(|g| {
                    g.chars().count() >= 2
                        && core.ends_with(g.as_str())
                        // 克莱因缝纫技术公司: a trade name and a line of
                        // business before 技术, as foreign firms' names run.
                        && !(etype == "company"
                            && g == "技术"
                            && core[..core.len() - g.len()].chars().count() >= MIN_TECH_FIRM_CHARS)
                })
            // 有效解决影响项目: a stop word inside means a clause, not a name.
            || self.cfg.boundary.stop_words.iter().any(|w| w.chars().count() >= 2 && core.ends_with(w.as_str()))
            || is_figure(core)
            // 经开区和(高新区): a list of zone kinds, not a name.
            || etype == "zone" && ["区和", "区与", "区及", "园和", "园与", "园及"].iter().any(|w| core.ends_with(w))
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &self,
        out: &mut Vec<Sighting>,
        start: usize,
        end: usize,
        core: &str,
        etype: &'static str,
        clue: Clue,
        confidence: f64,
    ) {
        let name = &self.norm.text[start..end];
        if self.generic(core, etype) || self.prepared.known.contains(&normalize_key(name)) {
            return;
        }
        out.push(Sighting {
            name: name.to_string(),
            etype,
            clue,
            confidence,
            norm_start: start,
            norm_end: end,
            short: None,
        });
    }

    fn by_suffix(
        &'a self,
        s: &Sentence,
        covered: &[bool],
        mid_word: &[bool],
        known_end: &BTreeMap<usize, usize>,
        found: &[Vec<usize>],
        out: &mut Vec<Sighting>,
    ) {
        let text = &self.norm.text;
        // The spans of the candidates found so far, and whether each is a
        // registered firm name.
        let mut taken: Vec<(usize, usize, bool)> = Vec::new();
        // (end, length) of every suffix tried: a shorter one ending at the
        // same place is part of it (公司 of 有限公司), and its core would be
        // the longer one's with a piece of legal form (有限公司 of 科技（郑州）有限公司).
        let mut tried: Vec<(usize, usize)> = Vec::new();
        for (kind, ids) in kinds(self.cfg).iter().zip(&self.prepared.kind_patterns) {
            let (suffixes, etype, clue) = (kind.suffixes, kind.etype, kind.clue);
            for (suffix, &id) in suffixes.iter().zip(ids) {
                for suffix_start in in_span(&found[id], suffix.len(), s.start, s.end) {
                    let end = suffix_start + suffix.len();
                    if tried.iter().any(|&(e, len)| e == end && len > suffix.len()) {
                        continue;
                    }
                    tried.push((end, suffix.len()));
                    // The suffix must not sit inside a known name or a longer candidate.
                    if covered[suffix_start..end].iter().any(|b| *b)
                        || mid_word[end]
                        || taken.iter().any(|(a, b, _)| *a < end && suffix_start < *b)
                    {
                        continue;
                    }
                    // Industry words in a row belong to one name (宝钢精密钢丝).
                    let mut end = end;
                    if clue == Clue::ShortSuffix {
                        while let Some(next) = suffixes.iter().find(|x| text[end..s.end].starts_with(x.as_str())) {
                            end += next.len();
                        }
                        // 控股 before a share is the verb (A控股55%), not part of A's name.
                        if text[..end].ends_with("控股") && text[end..s.end].starts_with(|c: char| c.is_ascii_digit())
                        {
                            end -= "控股".len();
                            if end <= suffix_start {
                                continue;
                            }
                        }
                        if RIGHT_BLOCKERS.iter().any(|w| text[end..s.end].starts_with(w))
                            || counted_list(&text[s.start..suffix_start], &text[end..s.end])
                        {
                            continue;
                        }
                    }
                    // 工程 of 安徽工程大学: a school, not a project.
                    if clue == Clue::ProjectSuffix && SCHOOL_WORDS.iter().any(|w| text[end..s.end].starts_with(w)) {
                        continue;
                    }
                    // A phase is part of a project's name (…研发中心二期), and a
                    // district in brackets of a zone's (杭州高新区（滨江）). A park
                    // built in phases is a project (…智能终端产业园三期).
                    let (mut etype, mut clue) = (etype, clue);
                    if clue == Clue::ZoneSuffix && phase_len(&text[end..s.end]) > 0 {
                        (etype, clue) = ("project", Clue::ProjectSuffix);
                    }
                    if clue == Clue::ProjectSuffix {
                        end += phase_len(&text[end..s.end]);
                    }
                    // A whole district's name in brackets is the area the zone
                    // governs (常州高新区（新北区）, 区政合一), not part of its name.
                    if clue == Clue::ZoneSuffix {
                        let bracket = bracket_len(&text[end..s.end]);
                        let inner = text[end..end + bracket].trim_start_matches('(').trim_end_matches(')');
                        if !["区", "县", "市", "旗"].iter().any(|a| inner.ends_with(a)) {
                            end += bracket;
                        }
                    }
                    let registered = clue == Clue::LegalSuffix && REGISTERED_FORMS.iter().any(|f| suffix.contains(f));
                    let walk_from = if registered {
                        self.registered_core_end(s.start, suffix_start)
                    } else {
                        suffix_start
                    };
                    // A project named with its capacity runs longer than the limit
                    // that keeps clauses out (楚驰汽车年产20万辆新能源整车扩能项目).
                    let walk = |at, max| self.left_boundary(s.start, at, max, covered, known_end, kind.levels);
                    let Some(start) = walk(walk_from, kind.max_core).or_else(|| {
                        (clue == Clue::ProjectSuffix)
                            .then(|| walk(walk_from, MAX_CAPACITY_PROJECT_CORE))
                            .flatten()
                            .filter(|&start| text[start..walk_from].contains("年产"))
                    }) else {
                        continue;
                    };
                    // 恒庐汽车座椅及内饰件项目: 及 joins two products inside one
                    // name when what stands before it is a trade name and a
                    // product (four characters or more) that names nothing of
                    // its own (no firm's or project's word ends it: 云帆重工及
                    // 海芯晶圆项目 and 一期工程及二期项目 stay two; 土建及室外
                    // 配套工程 is work, not a name).
                    let start = match start.checked_sub('及'.len_utf8()) {
                        Some(join)
                            if clue == Clue::ProjectSuffix
                                && text[s.start..start].ends_with('及')
                                && !text[s.start..start].ends_with("以及") =>
                        {
                            walk(join, kind.max_core)
                                .filter(|&left| {
                                    text[left..join].chars().count() >= 4 && !self.names_own(&text[left..join])
                                })
                                .unwrap_or(start)
                        }
                        _ => start,
                    };
                    // A firm named before a project is its owner, not part of
                    // its name (…有限公司 | 年产5万套精密减速器项目), unless all
                    // that follows it is a phase (…有限公司二期项目).
                    let start = match clue {
                        Clue::ProjectSuffix => taken
                            .iter()
                            .filter(|&&(_, b, registered)| {
                                registered
                                    && b > start
                                    && b < walk_from
                                    && phase_len(&text[b..walk_from]) < walk_from - b
                            })
                            .map(|&(_, b, _)| b)
                            .max()
                            .unwrap_or(start),
                        Clue::LegalSuffix => self.zone_platform_start(s.start, start, suffix_start, covered, known_end),
                        _ => start,
                    };
                    let core = if registered || clue == Clue::ProjectSuffix {
                        without_generic_end(&text[start..walk_from], self.cfg).to_string()
                    } else if let Some(industry) = (clue == Clue::ZoneSuffix
                        && self.generic(&text[start..suffix_start], etype))
                    .then(|| self.industry_before_suffix(start, suffix_start))
                    .flatten()
                    {
                        // 包头装备制造产业园区: a place before a known industry
                        // names a park, though the industry ends in a generic
                        // word (制造); what must not be generic is the place
                        // (先进装备制造产业园 stays a phrase).
                        text[start..industry].to_string()
                    } else {
                        text[start..suffix_start].to_string()
                    };
                    // 3个超10亿元储备项目: a figure, whatever generic words follow.
                    if is_figure(&text[start..walk_from]) {
                        continue;
                    }
                    // 连云港市二季度重大项目: a place and a period before generic
                    // words, which the core has lost, is no project's name.
                    if clue == Clue::ProjectSuffix
                        && (PERIODS.iter().any(|w| text[start..walk_from].contains(w))
                            || place_only(&core, &self.cfg.boundary.region_prefixes))
                    {
                        continue;
                    }
                    // 工业互联网创新中心, 新能源汽车产业基地, 锂电隔膜项目: a
                    // name that opens with an industry (generic words or a
                    // product after it) is no project's name; a trade name
                    // comes first in one.
                    if clue == Clue::ProjectSuffix
                        && self.mentions.iter().any(|m| {
                            m.norm_start == start
                                && m.norm_end <= walk_from
                                && self.dict.entities[m.entity].etype == "cluster"
                        })
                    {
                        continue;
                    }
                    if clue == Clue::IndustryFrame {
                        // The industry is the core: 海洋经济产业集群 → 海洋经济.
                        let before = out.len();
                        self.push(out, start, suffix_start, &core, etype, clue, kind.confidence);
                        if out.len() > before {
                            taken.push((start, end, false));
                        }
                        continue;
                    }
                    // A short form in a list of industries or products names no
                    // firm (电子信息、航空物流、生物医药等产业).
                    // 围绕复合材料, 聚焦智能装备: the object of an industry verb
                    // is an industry, not a firm's short form.
                    if clue == Clue::ShortSuffix
                        && INDUSTRY_OBJECT_VERBS.iter().any(|v| text[s.start..start].ends_with(v))
                    {
                        continue;
                    }
                    if clue == Clue::ShortSuffix && self.listed(s, start, end) && self.industry_list(s, start, end) {
                        continue;
                    }
                    // A known place right before a zone's name (临川 + 航空港经济综合实验区:
                    // the walk stops at a known region): see `placed` in
                    // `Aggregate::finish` for a place inside the name.
                    let placed = clue == Clue::ZoneSuffix
                        && known_end.get(&start).is_some_and(|&e| self.region_level(e).is_some());
                    let confidence =
                        (kind.confidence + self.context_boost(s, start, end, clue) + if placed { 0.1 } else { 0.0 })
                            .min(0.95);
                    let before = out.len();
                    self.push(out, start, end, &core, etype, clue, confidence);
                    if out.len() > before {
                        taken.push((start, end, clue == Clue::LegalSuffix));
                    }
                }
            }
        }
    }

    /// Whether a phrase ends in a word that ends a firm's or a project's
    /// name (科技, 有限公司, 项目, 工程): such a phrase names something of its own.
    fn names_own(&self, phrase: &str) -> bool {
        let company = &self.cfg.company;
        let project = &self.cfg.project;
        company
            .legal_suffixes
            .iter()
            .chain(&company.short_suffixes)
            .chain(&project.suffixes)
            .chain(&project.weak_suffixes)
            .any(|w| phrase.ends_with(w.as_str()))
    }

    /// How much the context raises a candidate: being an item of a list
    /// (`A、B等`), a firm cue right before a short firm name (`龙头企业A`), or
    /// a project stage or figure in the same clause (`签约`, `总投资…亿元`).
    fn context_boost(&self, s: &Sentence, start: usize, end: usize, clue: Clue) -> f64 {
        let text = &self.norm.text;
        let before = &text[s.start..start];
        let after = &text[end..s.end];
        let mut boost = if self.listed(s, start, end) { 0.2 } else { 0.0 };
        // A line that is just the name: a caption or a heading.
        if before.trim().is_empty() && after.trim_end_matches(['。', '!', '?']).is_empty() {
            boost += 0.15;
        }
        // A firm cue (龙头企业A) or a firm's role (供应商A) right before it.
        // 以 cues a firm that leads (以A为龙头), not an industry that a
        // place is made of (以传统磷化工为主).
        let cue_before = FIRM_CUES
            .iter()
            .any(|w| before.ends_with(w) && (*w != "以" || LEAD_ROLES.iter().any(|r| after.starts_with(r))))
            || self.cfg.boundary.roles.iter().any(|w| before.ends_with(w.as_str()));
        if clue == Clue::ShortSuffix && (cue_before || self.firm_follows(&text[end..s.end])) {
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

    /// Whether what follows a short form says it is a firm: it invests
    /// (`A投资的…`, `A旗下`), or the clause calls it one (`A是一家…企业`,
    /// `A是B的控股子公司`).
    fn firm_follows(&self, after: &str) -> bool {
        let clause = after.find([',', '。', ';', ':']).map_or(after, |i| &after[..i]);
        FIRM_CUES_AFTER.iter().any(|w| after.starts_with(w))
            || (after.starts_with('是') && ["企业", "公司"].iter().any(|w| clause.ends_with(w)))
    }

    /// Whether `start..end` is an item of a list (`A、B等`, `A和B`).
    fn listed(&self, s: &Sentence, start: usize, end: usize) -> bool {
        let text = &self.norm.text;
        ["、", "等", "和", "及", "以及"]
            .iter()
            .any(|w| text[end..s.end].starts_with(w))
            || ["、", "和", "及", "以及"]
                .iter()
                .any(|w| text[s.start..start].ends_with(w))
    }

    /// Whether the list around `start..end` is of industries or products,
    /// not firms: an item next to it starts with a known industry
    /// (新能源汽车高压线束和光伏专用电缆), the list is closed by `等…产业` (or
    /// 领域, 方向…), or such a word follows the name itself (固态电池材料方向).
    /// Short forms end firms and industries alike (海工装备, 智能制造), so a
    /// list of them is taken for firms unless it shows otherwise.
    fn industry_list(&self, s: &Sentence, start: usize, end: usize) -> bool {
        const ITEM_END: [char; 11] = ['、', '和', '及', '与', '等', ',', '。', ';', ':', '!', '?'];
        const KINDS: [&str; 7] = ["产业", "行业", "领域", "方向", "板块", "赛道", "业态"];
        let text = &self.norm.text;
        let industry_at = |a: usize| {
            self.mentions
                .iter()
                .any(|m| m.norm_start == a && self.dict.entities[m.entity].etype == "cluster")
        };
        let after = &text[end..s.end];
        if KINDS.iter().any(|w| after.starts_with(w)) {
            return true;
        }
        if let Some(sep) = LIST_JOINERS.iter().find(|w| after.starts_with(*w))
            && industry_at(end + sep.len())
        {
            return true;
        }
        let before = &text[s.start..start];
        if let Some(sep) = LIST_JOINERS.iter().find(|w| before.ends_with(*w)) {
            let b = start - sep.len();
            let a = text[s.start..b].rfind(ITEM_END).map_or(s.start, |i| {
                let c = text[s.start + i..].chars().next().map_or(1, char::len_utf8);
                s.start + i + c
            });
            if industry_at(a) {
                return true;
            }
        }
        let clause = after.find([',', '。', ';', ':']).map_or(after, |i| &after[..i]);
        // The rest of the list, then `的产业链`: the chain its items make up
        // (从磷矿到正极材料、电解液再到电芯的产业链; a firm's 产业布局 is no chain).
        let chain = clause.find('的').is_some_and(|i| {
            clause[..i].chars().all(|c| is_name_char(c) || c == '、')
                && ["产业链", "链条"]
                    .iter()
                    .any(|w| clause[i + '的'.len_utf8()..].starts_with(w))
        });
        chain
            || clause
                .find('等')
                .is_some_and(|i| KINDS.iter().any(|w| clause[i..].contains(w)))
    }

    /// A project named in a `项目名称:` field: the whole value, when it ends
    /// with a project word (and maybe a phase). A bulletin's names run long
    /// (鼎晟工业机器人精密减速器产业化项目), longer than a name found in running
    /// text may, and a weak word (中心, 基地) needs no other cue there.
    fn by_record(
        &self,
        names: &[(usize, usize)],
        covered: &[bool],
        known_end: &BTreeMap<usize, usize>,
        out: &mut Vec<Sighting>,
    ) {
        let text = &self.norm.text;
        for &(start, end) in names {
            // 项目名称:包头稀土高新区稀土永磁电机产业园标准化厂房(一期)工程: a
            // known zone first is where the project is, not part of its name.
            let start = known_end
                .range(start + 1..end)
                .next()
                .filter(|&(&zone_end, &e)| {
                    self.dict.entities[e].etype == "zone" && covered[start..zone_end].iter().all(|c| *c)
                })
                .map_or(start, |(&zone_end, _)| zone_end);
            let name = &text[start..end];
            let chars = name.chars().count();
            if !(4..=MAX_RECORD_NAME_CHARS).contains(&chars)
                || covered[start..end].iter().all(|c| *c)
                || !name
                    .chars()
                    .all(|c| is_name_char(c) || c == '-' || c == '—' || c == '(' || c == ')')
                || !phases_only_in_brackets(name)
            {
                continue;
            }
            // The project word, before a phase if there is one (…中心一期).
            let word_end = name
                .char_indices()
                .map(|(i, _)| i)
                .find(|&i| i > 0 && phase_len(&name[i..]) == name.len() - i)
                .unwrap_or(name.len());
            let suffix = self
                .cfg
                .project
                .suffixes
                .iter()
                .chain(&self.cfg.project.weak_suffixes)
                .filter(|x| name[..word_end].ends_with(x.as_str()))
                .max_by_key(|x| x.len());
            let Some(suffix) = suffix else { continue };
            // The value is a whole name, so a generic word at its end is
            // part of it (…减速器产业化项目); only a core that is generic
            // through and through, or a count, is no name.
            let core = &name[..word_end - suffix.len()];
            if core.chars().count() < 2
                || self.cfg.boundary.generic_cores.iter().any(|g| g == core)
                || starts_with_quantity(core)
                || is_figure(core)
            {
                continue;
            }
            out.push(Sighting {
                name: name.to_string(),
                etype: "project",
                clue: Clue::Record,
                confidence: RECORD_CONFIDENCE,
                norm_start: start,
                norm_end: end,
                short: None,
            });
        }
    }

    /// Enumerations `A、B、C` (and `A和B`): when the list is about firms or
    /// projects (an item is a known firm, ends in a firm or project word, or
    /// the list is closed by `等企业`, `等项目`, `为代表`, `为龙头`), every
    /// item that is not known becomes a candidate.
    fn by_list(&self, s: &Sentence, covered: &[bool], known_end: &BTreeMap<usize, usize>, out: &mut Vec<Sighting>) {
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
                if gap.is_empty()
                    || gap.chars().count() > MAX_LIST_ITEM
                    || !gap.chars().all(is_name_char)
                    || closes_list(gap)
                {
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
            // 镜头供应商A、光源供应商B: the last item is cut at the role and
            // describes B, which the suffixes find.
            if !self
                .cfg
                .boundary
                .roles
                .iter()
                .any(|r| text[last_end..s.end].starts_with(r.as_str()))
            {
                items.push((last_start, last_end));
            }
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
            // 半导体、光子、新能源汽车等领域: an item is a known industry, or
            // the list is closed as one of industries. Short industry words end
            // firms' short names too (半导体, 汽车), so such a list is no list of firms.
            let industry_item = |a: usize, b: usize| {
                self.mentions
                    .iter()
                    .any(|m| m.norm_start == a && m.norm_end == b && self.dict.entities[m.entity].etype == "cluster")
            };
            if !(closer_firm || closer_project)
                && (items.iter().any(|&(a, b)| industry_item(a, b)) || self.industry_list(s, last_start, last_end))
            {
                continue;
            }
            let firm_like = |a: usize, b: usize| {
                let item = &text[a..b];
                self.cfg
                    .company
                    .legal_suffixes
                    .iter()
                    .chain(&self.cfg.company.short_suffixes)
                    // A trade name before the word: 医疗 alone is no firm.
                    .any(|x| item.ends_with(x.as_str()) && item.chars().count() >= x.chars().count() + 2)
                    || self.mentions.iter().any(|m| {
                        m.norm_start == a && m.norm_end == b && self.dict.entities[m.entity].etype == "company"
                    })
            };
            let project_like = |a: usize, b: usize| {
                let item = &text[a..b];
                // A name before the word: 隔膜 alone is a product.
                PROJECT_NOUNS
                    .iter()
                    .copied()
                    .chain(self.cfg.project.suffixes.iter().map(String::as_str))
                    .any(|n| item.ends_with(n) && item.chars().count() >= n.chars().count() + 2)
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
            // 新能源汽车、储能和新材料三大主导产业: a counted list holds kinds of
            // things, so no firms (`三家企业` counts firms, and is no such count).
            let counted = counted_list(&text[s.start..last_start], after);
            let firms = !counted && (closer_firm || items.iter().any(|&(a, b)| firm_like(a, b)));
            let projects = closer_project || items.iter().any(|&(a, b)| project_like(a, b));
            if !firms && !projects {
                continue;
            }
            for (a, b) in items {
                // 位于…园的: a verb leads the item, which is a phrase.
                if b <= a
                    || covered[a..b].iter().any(|c| *c)
                    || self
                        .cfg
                        .boundary
                        .stop_words
                        .iter()
                        .any(|w| w.chars().count() >= 2 && text[a..b].starts_with(w.as_str()))
                    // 电解液再到电芯: a stop word inside makes it a phrase.
                    || self.left_boundary(a, b, MAX_LIST_ITEM, covered, known_end, FIRM_REGION_LEVELS) != Some(a)
                {
                    continue;
                }
                let etype = if project_like(a, b) || (!firms && projects) {
                    "project"
                } else if counted {
                    continue;
                } else {
                    "company"
                };
                let already = out.iter().any(|o| o.norm_start < b && a < o.norm_end);
                if !already {
                    let item = text[a..b].to_string();
                    self.push(out, a, b, &item, etype, Clue::List, 0.6);
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

/// A core without the generic words and line of business that end it
/// (科技, 产业投资, 制造): they make a name of any trade name but are no name
/// alone (科技有限公司, 智能制造基地). Used on registered firms' and
/// projects' cores, and for firms' short forms.
fn without_generic_end<'t>(core: &'t str, cfg: &DiscoverConfig) -> &'t str {
    let mut core = core;
    while let Some(len) = cfg.generic_ends.ends(core).next() {
        core = &core[..core.len() - len];
    }
    core
}

/// Alias candidates of a firm name: without a leading region and the legal
/// form, the trade name (first two characters of what is left), and the
/// trade name with 公司.
pub fn firm_aliases(name: &str, cfg: &DiscoverConfig, region_names: &[String]) -> Vec<String> {
    let mut core = name.to_string();
    let mut place = None;
    if let Some(region) = region_names
        .iter()
        .filter(|r| core.starts_with(r.as_str()))
        .max_by_key(|r| r.len())
        && core.chars().count() > region.chars().count() + 2
    {
        core = core[region.len()..].to_string();
        place = Some(region.as_str());
    }
    let mut stripped = false;
    for suffix in &cfg.company.legal_suffixes {
        if core.ends_with(suffix.as_str()) && core.len() > suffix.len() {
            core.truncate(core.len() - suffix.len());
            stripped = true;
            break;
        }
    }
    // 中锂新能源科技（郑州）有限公司 is written 中锂新能源科技 after.
    if stripped
        && core.ends_with(')')
        && let Some(open) = core.rfind('(')
    {
        core.truncate(open);
    }
    let mut out = Vec::new();
    if core != name {
        out.push(core.clone());
    }
    let chars: Vec<char> = core.chars().collect();
    let mut trade_len = core.char_indices().nth(2).map_or(core.len(), |(i, _)| i);
    if stripped {
        // What news calls a firm after its full name: the trade name with
        // its first industry word (海晶电子玻璃 → 海晶电子, 驰远动力科技 →
        // 驰远动力), or without a generic ending (衡川视觉科技 → 衡川视觉).
        // (where the first industry word ends, where it starts)
        let first_industry = core
            .char_indices()
            .skip(3)
            .map(|(i, _)| i)
            .chain([core.len()])
            .find_map(|i| {
                cfg.industry_ends
                    .ends(&core[..i])
                    .find(|&len| core[..i - len].chars().count() >= 2)
                    .map(|len| (i, i - len))
            });
        // A trade name of three characters before it (诺泰康生物制药 → 诺泰康);
        // otherwise the first two (金秋弹性织物 → 金秋).
        if let Some((_, start)) = first_industry
            && core[..start].chars().count() == 3
        {
            trade_len = start;
        }
        for short in [
            first_industry.map(|(i, _)| &core[..i]),
            Some(without_generic_end(&core, cfg)),
        ]
        .into_iter()
        .flatten()
        {
            if short.chars().count() >= 3 && short != core {
                out.push(short.to_string());
            }
        }
        // The trade name with the first or the last two characters of what
        // follows it, the way news shortens a long line of business
        // (海衡精密轴承 → 海衡轴承, 港湾冷链物流 → 港湾冷链, 锐拓汽车科技 → 锐拓科技).
        // A known industry word is taken whole (中锂新能源科技 → 中锂科技, not
        // 中锂新能); otherwise two characters. A first industry word right
        // after the trade name was pushed above, as the name up to it.
        let rest = &core[trade_len..];
        if rest.chars().count() >= 4 && !rest.contains('(') {
            let first = match first_industry {
                Some((end, start)) if start == trade_len && end < core.len() => None,
                _ => Some(&rest[..rest.char_indices().nth(2).map_or(rest.len(), |(i, _)| i)]),
            };
            let last_len = cfg
                .industry_ends
                .ends(rest)
                .filter(|&len| len < rest.len())
                .max()
                .unwrap_or_else(|| rest.char_indices().rev().nth(1).map_or(0, |(i, _)| rest.len() - i));
            for word in first.into_iter().chain([&rest[rest.len() - last_len..]]) {
                out.push(format!("{}{word}", &core[..trade_len]));
            }
        }
    }
    if stripped && chars.len() >= 4 {
        let trade = &core[..trade_len];
        out.push(format!("{trade}公司"));
        out.push(trade.to_string());
        // The place kept with the trade name, as local news writes it
        // (芜湖驰远 of 芜湖驰远汽车零部件有限公司, 浙江硅岳 of 浙江硅岳科技股份有限公司).
        // Two firms of one place and trade name make it a collision, given
        // to neither.
        if let Some(place) = place {
            out.push(format!("{place}{trade}"));
        }
    } else if !stripped {
        for suffix in &cfg.company.short_suffixes {
            if core.ends_with(suffix.as_str()) && core.chars().count() >= suffix.chars().count() + 2 {
                let trade = &core[..core.len() - suffix.len()];
                out.push(format!("{trade}公司"));
                break;
            }
        }
    }
    // A generic trade name (产业 of 芜湖市产业投资基金有限公司): the name is its
    // place and line of business, and only the place keeps it apart from
    // the words anyone writes (设立产业投资基金), so the one short name is the
    // name without its legal form.
    let generic = |a: &str| {
        cfg.boundary
            .generic_cores
            .iter()
            .chain(&cfg.boundary.stop_words)
            .any(|g| g == a)
    };
    if stripped && generic(&core[..trade_len]) {
        out = place.map(|p| format!("{p}{core}")).into_iter().collect();
    }
    // A zone's own company (临川经开区产业发展集团有限公司) has the zone's name
    // for a trade name: as with a generic one, the one short name is the
    // name without its legal form, and none may end in a zone word (经开区,
    // 临川经开区), which would take the zone's name over.
    let zone_words: Vec<&str> = (cfg.zone.suffixes.iter().chain(&cfg.zone.weak_suffixes))
        .map(String::as_str)
        .chain(ZONE_SHORT_FORMS.iter().map(|&(_, short)| short))
        .collect();
    if stripped
        && zone_words
            .iter()
            .any(|z| core.find(z).is_some_and(|i| i + z.len() < core.len()))
    {
        out = vec![format!("{}{core}", place.unwrap_or(""))];
    }
    out.retain(|a| a.chars().count() >= 2 && a != name);
    out.retain(|a| !zone_words.iter().any(|z| a.ends_with(z)));
    let mut seen = HashSet::new();
    out.retain(|a| seen.insert(a.clone()));
    out
}

/// The words of a free-trade zone whose areas (片区) are named with it.
const FTZ_WORDS: [&str; 3] = ["自由贸易试验区", "自贸试验区", "自贸区"];

/// Formal zone suffixes and the short word news writes for them.
const ZONE_SHORT_FORMS: &[(&str, &str)] = &[
    ("国家高新技术产业开发区", "高新区"),
    ("高新技术产业开发区", "高新区"),
    ("高技术产业开发区", "高新区"),
    ("国家级经济技术开发区", "经开区"),
    ("汽车经济技术开发区", "汽开区"),
    ("经济技术开发区", "经开区"),
    ("自由贸易试验区", "自贸区"),
    ("综合保税区", "综保区"),
    ("高新技术产业基地", "基地"),
];

/// Short forms of a zone's name: the short word for its formal suffix
/// (西安高新技术产业开发区 → 西安高新区, 无锡国家高新技术产业开发区 → 无锡高新区),
/// and either form without a leading known region when a place name of two
/// characters or more is left (厦门火炬高新区 → 火炬高新区; 无锡高新区 keeps
/// its 无锡, since a bare 高新区 is any zone of that kind; 杭州钱塘新区 →
/// 钱塘新区). A district in brackets after the name may be left out
/// (杭州高新区（滨江） → 杭州高新区).
pub fn zone_aliases(name: &str, cfg: &DiscoverConfig, region_names: &[String]) -> Vec<String> {
    let mut forms = vec![name.to_string()];
    if name.ends_with(')')
        && let Some(open) = name.rfind('(')
        && open > 0
    {
        forms.push(name[..open].to_string());
    }
    // A place in brackets inside the name (中德（沈阳）高端装备制造产业园): the
    // name without it, and for a park the words before it with 园 (中德园),
    // as such parks are called. After 中国 the place stays and 中国 goes
    // (中国（广西）自由贸易试验区 → 广西自由贸易试验区).
    if let Some(open) = name.find('(')
        && let Some(close) = name[open..].find(')').map(|c| open + c)
        && close + 1 < name.len()
        && name[..open].chars().count() >= 2
    {
        let (before, inner, after) = (&name[..open], &name[open + 1..close], &name[close + 1..]);
        if before == "中国" {
            forms.push(format!("{inner}{after}"));
        } else {
            forms.push(format!("{before}{after}"));
            if name.ends_with('园') || name.ends_with("园区") {
                forms.push(format!("{before}园"));
            }
        }
    }
    // A free-trade zone's area is called by its own words (…自由贸易试验区南宁片区 → 南宁片区).
    if name.ends_with("片区")
        && let Some((at, ftz)) = FTZ_WORDS.iter().find_map(|w| name.find(w).map(|at| (at, *w)))
        && name[at + ftz.len()..].chars().count() >= 4
    {
        forms.push(name[at + ftz.len()..].to_string());
    }
    for form in forms.clone() {
        if let Some((long, short)) = ZONE_SHORT_FORMS.iter().find(|(long, _)| form.ends_with(long))
            && form.len() > long.len()
        {
            forms.push(format!("{}{short}", &form[..form.len() - long.len()]));
        }
    }
    for form in forms.clone() {
        let suffix = ["高新区", "经开区"]
            .into_iter()
            .chain(ZONE_SHORT_FORMS.iter().map(|(long, _)| *long))
            .chain(
                cfg.zone
                    .suffixes
                    .iter()
                    .chain(&cfg.zone.weak_suffixes)
                    .map(String::as_str),
            )
            .filter(|x| form.ends_with(x))
            .max_by_key(|x| x.len());
        let region = region_names
            .iter()
            .filter(|r| form.starts_with(r.as_str()))
            .max_by_key(|r| r.len());
        if let (Some(suffix), Some(region)) = (suffix, region)
            && form[region.len()..form.len() - suffix.len()].chars().count() >= 2
        {
            forms.push(form[region.len()..].to_string());
        }
    }
    forms.retain(|f| f != name);
    forms.dedup();
    forms
}

/// A stable id for a discovered name: its type and a hash of the name.
pub fn suggested_id(etype: &str, name: &str) -> String {
    let digest = sha2::Sha256::digest(name.as_bytes());
    format!("{etype}:discovered-{}", crate::dict::hex(&digest[..5]))
}

/// What discovery needs that is the same for every document, made once per
/// run:
///
/// - the normalised forms of every dictionary name and alias (a candidate
///   equal to one is already known). Made for each document instead, at 10⁵
///   names they took most of a `build --discover`: 267 s for 200 MB, against
///   5 s without discovery;
/// - one automaton for every suffix of every family, run once over a
///   document instead of a substring search for each suffix in each sentence
///   (which then took two thirds of the discovery pass).
pub struct Prepared {
    known: HashSet<String>,
    /// `[boundary] region_prefixes` with their 省 and 市 forms, normalised.
    places: HashSet<String>,
    suffixes: aho_corasick::AhoCorasick,
    /// For each family of [`kinds`], the pattern id of each of its suffixes.
    kind_patterns: Vec<Vec<usize>>,
}

impl Prepared {
    pub fn new(dict: &Dictionary, cfg: &DiscoverConfig) -> Prepared {
        let known = dict
            .entities
            .iter()
            .flat_map(|e| e.forms().map(normalize_key))
            .collect();
        let mut patterns: BTreeMap<&str, usize> = BTreeMap::new();
        let kind_patterns: Vec<Vec<usize>> = kinds(cfg)
            .iter()
            .map(|kind| {
                kind.suffixes
                    .iter()
                    .map(|suffix| {
                        let next = patterns.len();
                        *patterns.entry(suffix.as_str()).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        let mut by_id: Vec<&str> = vec![""; patterns.len()];
        for (pattern, id) in patterns {
            by_id[id] = pattern;
        }
        // Standard semantics, found overlapping: every place each suffix
        // occurs, as a search for that suffix alone would see it.
        let suffixes = aho_corasick::AhoCorasick::new(by_id).expect("a few hundred short words build");
        let places = cfg.boundary.region_forms().map(|r| normalize_key(&r)).collect();
        Prepared {
            known,
            places,
            suffixes,
            kind_patterns,
        }
    }

    /// Where each suffix occurs in `text`, by pattern id, in text order.
    fn hits(&self, text: &str) -> Vec<Vec<usize>> {
        let mut found = vec![Vec::new(); self.suffixes.patterns_len()];
        for m in self.suffixes.find_overlapping_iter(text) {
            found[m.pattern().as_usize()].push(m.start());
        }
        found
    }
}

/// Sightings of one document, each with where it was seen (the document's
/// text itself is not kept).
pub struct DocSightings {
    pub doc_id: String,
    /// `(sighting, where it was seen)`, in text order.
    pub sightings: Vec<(Sighting, Example)>,
}

impl DocSightings {
    pub fn new(doc_id: &str, norm: &NormText, sentences: &[Sentence], sightings: Vec<Sighting>) -> DocSightings {
        let sightings = sightings
            .into_iter()
            .map(|s| {
                let sentence = sentences
                    .iter()
                    .find(|x| x.start <= s.norm_start && s.norm_start < x.end);
                let context = sentence.map_or(String::new(), |x| norm.text[x.start..x.end].to_string());
                let (start, end) = norm.to_original(s.norm_start, s.norm_end);
                let example = Example {
                    doc: doc_id.to_string(),
                    start,
                    end,
                    context,
                };
                (s, example)
            })
            .collect();
        DocSightings {
            doc_id: doc_id.to_string(),
            sightings,
        }
    }
}

/// One candidate's sightings so far.
struct Acc {
    etype: &'static str,
    name: String,
    confidence: f64,
    count: usize,
    docs: BTreeSet<String>,
    clues: BTreeSet<Clue>,
    examples: Vec<Example>,
    /// Short names the texts define for it.
    defined: BTreeSet<String>,
}

/// Sightings gathered document by document, in input order, so that a
/// corpus is never held whole; [`finish`](Aggregate::finish) ranks them.
pub struct Aggregate {
    by_key: BTreeMap<(String, &'static str), Acc>,
    max_examples: usize,
}

impl Aggregate {
    pub fn new(max_examples: usize) -> Aggregate {
        Aggregate {
            by_key: BTreeMap::new(),
            max_examples,
        }
    }

    pub fn add(&mut self, doc: DocSightings) {
        for (s, example) in doc.sightings {
            let acc = self
                .by_key
                .entry((normalize_key(&s.name), s.etype))
                .or_insert_with(|| Acc {
                    etype: s.etype,
                    name: s.name.clone(),
                    confidence: 0.0,
                    count: 0,
                    docs: BTreeSet::new(),
                    clues: BTreeSet::new(),
                    examples: Vec::new(),
                    defined: BTreeSet::new(),
                });
            acc.defined.extend(s.short.as_deref().map(normalize_key));
            acc.confidence = acc.confidence.max(s.confidence);
            acc.count += 1;
            acc.docs.insert(doc.doc_id.clone());
            acc.clues.insert(s.clue);
            if acc.examples.len() < self.max_examples {
                acc.examples.push(example);
            }
        }
    }

    /// Rank the candidates, link short names to full ones, and report alias
    /// collisions.
    pub fn finish(self, cfg: &DiscoverConfig, dict: &Dictionary) -> (Vec<Candidate>, Vec<Collision>) {
        let by_key = self.by_key;
        // A name seen as a firm and as something else is kept once, as the type
        // seen most (then the firm).
        let mut best_type: BTreeMap<String, (&'static str, usize)> = BTreeMap::new();
        for ((key, etype), acc) in &by_key {
            let entry = best_type.entry(key.clone()).or_insert((etype, acc.count));
            if acc.count > entry.1 {
                *entry = (etype, acc.count);
            }
        }
        let mut region_names: Vec<String> = dict
            .entities
            .iter()
            .filter(|e| e.etype == "region")
            .flat_map(|e| e.forms().map(normalize_key))
            .chain(cfg.boundary.region_forms())
            .collect();
        let firm_names = typed_names(dict, &by_key, "company");
        let zone_names = typed_names(dict, &by_key, "zone");
        region_names.extend(corpus_places(&zone_names, &firm_names, &region_names));
        // Short names the texts define (`(以下简称“X”)`), by the full name's key.
        let defined: BTreeMap<&str, &BTreeSet<String>> = by_key
            .iter()
            .filter(|(_, acc)| !acc.defined.is_empty())
            .map(|((key, _), acc)| (key.as_str(), &acc.defined))
            .collect();
        // Each name's short forms, and who owns each short form, for linking:
        // the ones its words make, then the ones the texts define.
        let mut aliases_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut owners_of = |names: &[TypedName], aliases: &dyn Fn(&str) -> Vec<String>| {
            let mut owners: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            // A short form the text defines for one name is that name's, though
            // another name's words make it too: with 浙江启辰光能…（简称“启辰光能”）
            // the text's 启辰光能 is not 滁州启辰光能科技有限公司.
            let defined_here = |n: &TypedName| defined.get(n.key.as_str()).into_iter().flat_map(|d| d.iter());
            let defined_forms: BTreeSet<&String> = names.iter().flat_map(defined_here).collect();
            for n in names {
                let mut forms = aliases(&n.key);
                forms.retain(|f| !defined_forms.contains(f) || defined_here(n).any(|d| d == f));
                for short in defined_here(n) {
                    if !forms.contains(short) {
                        forms.push(short.clone());
                    }
                }
                for a in &forms {
                    owners.entry(a.clone()).or_default().insert(n.id.clone());
                }
                aliases_of.insert(n.name.clone(), forms);
            }
            owners
        };
        // Firms: 金帆公司 → 江苏金帆弹性织物有限公司. Zones: a discovered
        // 西安高新区 → 西安高新技术产业开发区 (one node, not two).
        let alias_owners = through_links(
            owners_of(&firm_names, &|n| firm_aliases(n, cfg, &region_names)),
            &firm_names,
        );
        let zone_owners = through_links(
            owners_of(&zone_names, &|n| zone_aliases(n, cfg, &region_names)),
            &zone_names,
        );
        // Every firm name and alias, for `owner_named` below: a project key is
        // looked up by its prefixes, not compared with each of (at 10⁵ names)
        // hundreds of thousands of forms.
        let firm_forms: HashSet<&str> = alias_owners
            .keys()
            .map(String::as_str)
            .chain(firm_names.iter().map(|n| n.name.as_str()))
            .collect();
        let collisions: Vec<Collision> = alias_owners
            .iter()
            .filter(|(_, owners)| owners.len() > 1)
            .map(|(alias, owners)| Collision {
                alias: alias.clone(),
                names: owners.iter().cloned().collect(),
            })
            .collect();
        let project_keys: HashSet<String> = by_key
            .keys()
            .filter(|(_, etype)| *etype == "project")
            .map(|(key, _)| key.clone())
            .collect();
        let mut out: Vec<Candidate> = Vec::new();
        for ((key, etype), acc) in by_key {
            if best_type.get(&key).is_some_and(|(t, _)| *t != etype) {
                continue;
            }
            // A park named after a firm (启克智能缝制装备产业园 ← 启克) is the
            // firm's project; zones are named after places.
            let etype = if etype == "zone"
                && !project_keys.contains(&key)
                && !region_names.iter().any(|r| key.starts_with(r.as_str()))
                && firm_prefixes(&key, &firm_forms).next().is_some()
            {
                "project"
            } else {
                etype
            };
            let id = suggested_id(etype, &acc.name);
            let owners = if etype == "zone" { &zone_owners } else { &alias_owners };
            let linked_to = owners
                .get(&key)
                .filter(|owners| owners.len() == 1)
                .and_then(|owners| owners.iter().next())
                .filter(|owner| **owner != id)
                .cloned();
            // A firm's name and a word for one of its sites (联睿光电总部,
            // 骁骐总装车间) name the firm's premises, not a project: the firm
            // is the mention. A site word with more after it (…总部基地,
            // …车间项目) does end a project's name, and is kept.
            if etype == "project" && firm_site(&key, &firm_forms) {
                continue;
            }
            let repeated = if acc.count >= 2 { 0.1 } else { 0.0 };
            // A project named after a firm we know of (海腾线缆项目 ← 海腾线缆).
            let owner_named = etype == "project" && firm_prefixes(&key, &firm_forms).next().is_some();
            let repeated = repeated + if owner_named { 0.2 } else { 0.0 };
            let corroborated = if acc.clues.len() >= 2 { 0.1 } else { 0.0 };
            // A zone that a place leads (郑州航空港经济综合实验区, 杭州物联网小镇) is
            // a proper name even with a weak zone word, which alone (实验区,
            // 小镇) also ends descriptions (产城融合实验区).
            let placed = etype == "zone"
                && region_names
                    .iter()
                    .any(|r| key.len() > r.len() + "园区".len() && key.starts_with(r.as_str()));
            let placed = if placed { 0.1 } else { 0.0 };
            out.push(Candidate {
                // A short form that two names make (杭州 of two 杭州…有限公司 before
                // 杭州 was known as a city) is reported as a collision and named by
                // neither: it would tie every use of it to whichever came first.
                aliases: if etype == "company" || etype == "zone" {
                    let mut aliases = aliases_of.get(&acc.name).cloned().unwrap_or_default();
                    aliases.retain(|a| owners.get(a).is_none_or(|o| o.len() == 1));
                    aliases
                } else {
                    acc.defined.iter().cloned().collect()
                },
                id,
                etype: etype.to_string(),
                name: acc.name,
                confidence: ((acc.confidence + repeated + corroborated + placed).min(0.95) * 100.0).round() / 100.0,
                count: acc.count,
                docs: acc.docs.len(),
                clues: acc.clues.into_iter().collect(),
                linked_to,
                examples: acc.examples,
            });
        }
        // A full name and its linked short name are one firm or zone: the
        // full name is as sure as either (郑州航空港区 at 0.5, its 航空港区
        // seen ten times), or a build's cut would drop both.
        let mut linked_confidence: BTreeMap<String, f64> = BTreeMap::new();
        for c in &out {
            if let Some(owner) = &c.linked_to {
                let entry = linked_confidence.entry(owner.clone()).or_insert(c.confidence);
                *entry = entry.max(c.confidence);
            }
        }
        for c in &mut out {
            if let Some(&linked) = linked_confidence.get(&c.id) {
                c.confidence = c.confidence.max(linked);
            }
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
}

/// Words for a firm's own premises: after a firm's name and up to
/// [`SITE_MODIFIER_CHARS`] characters of what is done there (总装, 冲压),
/// they end no project's name.
const SITE_WORDS: &[&str] = &["总部", "车间"];
const SITE_MODIFIER_CHARS: usize = 2;

/// Whether `key` is a firm's name or short name, a short modifier and a
/// site word (联睿光电总部, 骁骐总装车间).
fn firm_site(key: &str, firm_forms: &HashSet<&str>) -> bool {
    SITE_WORDS.iter().filter_map(|w| key.strip_suffix(w)).any(|stem| {
        firm_forms.contains(stem)
            || firm_prefixes(stem, firm_forms).any(|i| stem[i..].chars().count() <= SITE_MODIFIER_CHARS)
    })
    // A firm's registered name and 项目 alone is its project team or
    // office (…有限公司项目负责人), not a project's name: a project is
    // named by what it builds. A short name and 项目 is one (海腾线缆项目).
    || key
        .strip_suffix("项目")
        .is_some_and(|stem| ["公司", "集团"].iter().any(|l| stem.ends_with(l)) && firm_forms.contains(stem))
}

/// Where the starts of `key` (two characters or more, short of all of it)
/// that are a firm's name or short name end: 海腾线缆项目 → after 海腾线缆.
fn firm_prefixes<'k>(key: &'k str, firm_forms: &'k HashSet<&str>) -> impl Iterator<Item = usize> + 'k {
    key.char_indices()
        .skip(2)
        .map(|(i, _)| i)
        .filter(move |&i| firm_forms.contains(&key[..i]))
}

/// A name of one type, known or discovered, with its id and its
/// normalised form.
struct TypedName {
    name: String,
    id: String,
    key: String,
}

/// Owners of each short form, with a name that is itself a short form of
/// one other name counted as that name: 火炬高新区 is a short form of both
/// 厦门火炬高新区 and 厦门火炬高技术产业开发区, but the first is a short form
/// of the second, so the three are one zone, not a collision.
fn through_links(
    mut owners: BTreeMap<String, BTreeSet<String>>,
    names: &[TypedName],
) -> BTreeMap<String, BTreeSet<String>> {
    let root: BTreeMap<&str, String> = names
        .iter()
        .filter_map(|n| {
            let linked = owners.get(&n.key)?;
            let only = linked.iter().next().filter(|o| linked.len() == 1 && **o != n.id)?;
            Some((n.id.as_str(), only.clone()))
        })
        .collect();
    for set in owners.values_mut() {
        *set = set.iter().map(|o| root.get(o.as_str()).unwrap_or(o).clone()).collect();
    }
    owners
}

/// The names of one type, known (in dictionary order) and discovered.
fn typed_names(dict: &Dictionary, by_key: &BTreeMap<(String, &'static str), Acc>, etype: &str) -> Vec<TypedName> {
    let known = dict
        .entities
        .iter()
        .filter(|e| e.etype == etype)
        .map(|e| (e.name.clone(), e.id.clone()));
    let discovered = by_key
        .values()
        .filter(|a| a.etype == etype)
        .map(|a| (a.name.clone(), suggested_id(etype, &a.name)));
    known
        .chain(discovered)
        .map(|(name, id)| TypedName {
            key: normalize_key(&name),
            name,
            id,
        })
        .collect()
}

/// Places the corpus shows without a dictionary naming them: the first two
/// characters of a zone's name (西安高新区) that also lead a firm's name, when
/// the names they lead go on differently (西安高新区, 西安锐光光子科技有限公司).
/// A firm's trade name leads a zone named after it too (比亚迪产业园), but
/// what follows it is then the same.
fn corpus_places(zones: &[TypedName], firms: &[TypedName], regions: &[String]) -> Vec<String> {
    let lead = |name: &str| -> Option<(String, char)> {
        let mut chars = name.chars();
        let lead: String = chars.by_ref().take(2).collect();
        let next = chars.next()?;
        (lead.chars().count() == 2 && lead.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)))
            .then_some((lead, next))
    };
    // lead → (the characters that follow it, whether a zone and a firm start with it)
    let mut leads: BTreeMap<String, (BTreeSet<char>, bool, bool)> = BTreeMap::new();
    for (names, is_zone) in [(zones, true), (firms, false)] {
        for name in names {
            if let Some((lead, next)) = lead(&name.key) {
                let entry = leads.entry(lead).or_default();
                entry.0.insert(next);
                if is_zone {
                    entry.1 = true;
                } else {
                    entry.2 = true;
                }
            }
        }
    }
    leads
        .into_iter()
        .filter(|(lead, (next, zone, firm))| *zone && *firm && next.len() >= 2 && !regions.contains(lead))
        .map(|(lead, _)| lead)
        .collect()
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

    /// The bundled rule file (its `[records]` keys bound names).
    fn bundled_rules() -> crate::relations::rules::RuleSet {
        let mut set = crate::relations::rules::RuleSet::default();
        let mut problems = Vec::new();
        set.load_str(
            Path::new("rules.toml"),
            include_str!("../dictionaries/rules.toml"),
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        set
    }

    fn cfg() -> DiscoverConfig {
        let text = include_str!("../dictionaries/discover.toml");
        DiscoverConfig::parse(Path::new("discover.toml"), text, &mut Vec::new()).expect("bundled file parses")
    }

    /// The fixture dictionary `dict_rows`, `text` analysed, and every
    /// sighting in it.
    fn analysed(dict_rows: &str, text: &str) -> (Dictionary, NormText, Vec<Sentence>, Vec<Sighting>) {
        let dict = crate::testing::dict(&format!("id\ttype\tname\taliases\tattributes\n{dict_rows}"));
        let (norm, sentences, mentions) = crate::testing::analyse(&dict, text);
        let cfg = cfg();
        let prepared = Prepared::new(&dict, &cfg);
        let sighted = DocDiscovery {
            cfg: &cfg,
            dict: &dict,
            prepared: &prepared,
            norm: &norm,
            sentences: &sentences,
            mentions: &mentions,
            record_keys: &bundled_rules().records,
        }
        .run();
        (dict, norm, sentences, sighted)
    }

    fn run(dict_rows: &str, text: &str) -> Vec<Sighting> {
        analysed(dict_rows, text).3
    }

    /// A generic word that a known zone of its kind resolves (高新区 →
    /// 苏州高新区) does not hide the zone whose name it ends (火炬高新区), nor
    /// does it make one where it stands alone (在高新区).
    #[test]
    fn a_resolved_generic_word_ends_an_unknown_zones_name() {
        let resources = crate::testing::bundled();
        let cfg = resources.discover.expect("bundled discover.toml");
        let prepared = Prepared::new(&resources.dict, &cfg);
        let cases: &[(&str, &[&str])] = &[
            ("苏州高新区的企业很多。火炬高新区也不少。", &["火炬高新区"]),
            ("苏州高新区的企业很多。在高新区落户的也不少。", &[]),
            ("南通开发区的企业很多。要结合开发区实际推进。", &[]),
            // 开发区 after 经济 or 产业 is the end of a formal name, no reference.
            ("南通开发区的企业很多。临川经济开发区也不少。", &["临川经济开发区"]),
            ("南通开发区的企业很多。临川产业开发区也不少。", &["临川产业开发区"]),
        ];
        for &(text, want) in cases {
            let (norm, sentences, mentions) = crate::testing::analyse_resolved(&resources.dict, text);
            let zones: Vec<String> = DocDiscovery {
                cfg: &cfg,
                dict: &resources.dict,
                prepared: &prepared,
                norm: &norm,
                sentences: &sentences,
                mentions: &mentions,
                record_keys: &resources.rules.records,
            }
            .run()
            .into_iter()
            .filter(|s| s.etype == "zone")
            .map(|s| s.name)
            .collect();
            assert_eq!(zones, want, "{text}");
        }
    }

    /// A name field's value is the whole name, however long, with a weak
    /// word and a phase; a count is no name, and a bracket ends the value.
    #[test]
    fn a_name_field_value_is_one_project() {
        let text = "项目名称:鼎川工业机器人精密减速器产业化项目\n项目名称:辽云智算中心一期(以下简称本项目)\n\
            项目名称:两条产线\n建设内容:新建辽云智算中心";
        let records: Vec<String> = run("", text)
            .into_iter()
            .filter(|s| s.clue == Clue::Record)
            .map(|s| s.name)
            .collect();
        assert_eq!(records, ["鼎川工业机器人精密减速器产业化项目", "辽云智算中心一期"]);
    }

    /// The candidates and collisions of one document, as `discover` reports them.
    fn discovered(dict_rows: &str, text: &str) -> (Vec<Candidate>, Vec<Collision>) {
        let (dict, norm, sentences, sighted) = analysed(dict_rows, text);
        let mut all = Aggregate::new(3);
        all.add(DocSightings::new("a.txt", &norm, &sentences, sighted));
        all.finish(&cfg(), &dict)
    }

    #[test]
    fn short_names_defined_in_brackets() {
        // (text after the name, the short name it defines)
        let cases: &[(&str, Option<&str>)] = &[
            ("(以下简称“蜀循再生”)投资", Some("蜀循再生")),
            ("(下称“滨开区”),", Some("滨开区")),
            ("(简称:澄阳)", Some("澄阳")),
            ("(简称“澄阳”,证券代码:600001)", Some("澄阳")),
            ("(以下称\"云岭\")", Some("云岭")),
            // Several names: the first that is no role.
            ("(下文简称“澳铂光电”“公司”或“我们”)", Some("澳铂光电")),
            ("(以下简称“公司”或“云岭”)", Some("云岭")),
            ("(简称“云岭”、“云岭公司”)", Some("云岭")),
            // Roles and pronouns are no names.
            ("(以下简称“本项目”)", None),
            ("(以下简称“公司”)", None),
            ("(下称“甲方”)", None),
            // Not a definition, or not closed.
            ("(新北区)", None),
            ("(简称“云", None),
            ("简称“云岭”", None),
            ("(简称“云”)", None),
        ];
        for (rest, want) in cases {
            assert_eq!(defined_short(rest), *want, "{rest}");
        }
        // How much of the text a rule reads past: roles too, up to the
        // closing bracket.
        let lens: &[(&str, Option<&str>)] = &[
            ("(以下简称“蜀循再生”)投资", Some("(以下简称“蜀循再生”)")),
            ("(以下简称“公司”)是", Some("(以下简称“公司”)")),
            ("(简称“澄阳”,证券代码:600001)是", Some("(简称“澄阳”,证券代码:600001)")),
            ("(简称“云", None),
            ("(新北区)", None),
            (
                "(下文简称“澳铂光电”“公司”或“我们”)在",
                Some("(下文简称“澳铂光电”“公司”或“我们”)"),
            ),
        ];
        for (rest, want) in lens {
            assert_eq!(definition_len(rest).map(|n| &rest[..n]), *want, "{rest}");
        }
        // Every name, roles included.
        let all: &[(&str, &[&str])] = &[
            ("(下文简称“澳铂光电”“公司”或“我们”)", &["澳铂光电", "公司", "我们"]),
            ("(以下简称“公司”)", &["公司"]),
            ("(简称:澄阳)", &["澄阳"]),
            ("(新北区)", &[]),
        ];
        for (rest, want) in all {
            assert_eq!(defined_names(rest), *want, "{rest}");
        }
    }

    #[test]
    fn a_defined_short_name_is_an_alias_of_the_full_name() {
        let text = "临川蜀循资源再生科技有限公司(以下简称“蜀循再生”)在园区扩产。蜀循再生今年营收翻番。\n\
            临川澄阳储能电池项目(下称“澄阳一期”)开工。";
        let (found, _) = discovered("", text);
        let aliases = |name: &str| found.iter().find(|c| c.name == name).expect(name).aliases.clone();
        assert!(aliases("临川蜀循资源再生科技有限公司").contains(&"蜀循再生".to_string()));
        assert_eq!(aliases("临川澄阳储能电池项目"), vec!["澄阳一期"]);
        // Regression (session 35): another firm's words make the same short
        // form; the text's definition decides whose it is.
        let text =
            "江苏星岚光能科技股份有限公司(简称“星岚光能”)公告,与合作方设立南通星岚光能科技有限公司。星岚光能持股60%。";
        let (found, _) = discovered("", text);
        let aliases = |name: &str| found.iter().find(|c| c.name == name).expect(name).aliases.clone();
        assert!(aliases("江苏星岚光能科技股份有限公司").contains(&"星岚光能".to_string()));
        assert!(!aliases("南通星岚光能科技有限公司").contains(&"星岚光能".to_string()));
    }

    /// `以A为龙头` cues a firm; `以A为主` names what a place is made of.
    #[test]
    fn yi_cues_a_firm_that_leads() {
        let confidence = |text: &str| {
            run("", text)
                .iter()
                .find(|s| s.etype == "company")
                .map(|s| s.confidence)
        };
        let lead = confidence("形成以鹭岛化工为龙头的产业集群。").unwrap();
        let made_of = confidence("这里还是以传统磷化工为主的工业片区。").unwrap();
        assert!(lead >= 0.6 && made_of < 0.6, "{lead} {made_of}");
    }

    /// A place before another place's zone name names a zone of its own;
    /// the zone's own place, or a province it lies in, only locates it.
    #[test]
    fn a_place_before_another_places_zone_name() {
        let dict = "r1\tregion\t天津市\t天津\tlevel=municipality\n\
            z1\tzone\t天津滨海新区\t滨海新区\tprovince_name=天津市; city_name=天津市\n\
            z2\tzone\t大亚湾经济技术开发区\t大亚湾经开区\tprovince_name=广东省; city_name=惠州市\n\
            r2\tregion\t南通市\t南通\tlevel=prefecture\n\
            z3\tzone\t中科科技园\t\tcity=r2\n";
        let s = |n: &str, t: &'static str| (n.to_string(), t);
        let cases: Vec<(&str, Vec<(String, &'static str)>)> = vec![
            ("绍兴滨海新区二季度重大项目集中签约。", vec![s("绍兴滨海新区", "zone")]),
            ("项目落户天津滨海新区。", vec![]),
            ("落户广东大亚湾经开区。", vec![]),
            ("落户大亚湾经开区。", vec![]),
            // a zone's city given as a region id
            ("多家企业入驻南通中科科技园。", vec![]),
            // The zone's investment arm keeps the place in its name.
            (
                "新区国资平台绍兴滨海新区建设投资集团有限公司出资10亿元。",
                vec![
                    s("绍兴滨海新区", "zone"),
                    s("绍兴滨海新区建设投资集团有限公司", "company"),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(sightings(dict, text), want, "{text}");
        }
    }

    fn sightings(dict_rows: &str, text: &str) -> Vec<(String, &'static str)> {
        run(dict_rows, text).into_iter().map(|s| (s.name, s.etype)).collect()
    }

    #[test]
    fn names_and_their_left_boundaries() {
        let regions = "r1\tregion\t江苏省\t江苏\tlevel=province\nr2\tregion\t临泉区\t\tlevel=district\nr3\tregion\t德国\t\tlevel=country\nr4\tregion\t临川市\t临川\tlevel=prefecture\nc1\tcluster\t工业互联网\t\t\nc2\tcluster\t工程机械\t\t\nc3\tcluster\t装备制造\t装备制造产业\t\n";
        let s = |n: &str, t: &'static str| (n.to_string(), t);
        // (text, expected sightings)
        let cases: Vec<(&str, Vec<(String, &'static str)>)> = vec![
            (
                "今年江苏云帆弹性材料有限公司扩产。",
                vec![s("江苏云帆弹性材料有限公司", "company")],
            ),
            ("临泉区北塘镇海星线缆项目开工。", vec![s("海星线缆项目", "project")]),
            // A particle after a place ends the name; a trade name after a
            // place keeps a conjunction (南宁 + 和睿).
            (
                "今年引进了总部位于江苏的华测传感科技集团有限公司。",
                vec![s("华测传感科技集团有限公司", "company")],
            ),
            ("临川工厂是集团在西南的重要布局。", vec![]),
            // 及 joins two products inside one project's name, but not two
            // names, and 以及 never.
            (
                "恒庐汽车座椅及内饰件项目今年投产。",
                vec![s("恒庐汽车座椅及内饰件项目", "project")],
            ),
            (
                "云帆精密及海晶晶圆项目今年投产。",
                vec![s("云帆精密", "company"), s("海晶晶圆项目", "project")],
            ),
            (
                "海晶晶圆基地以及星图智算中心今年投产。",
                vec![s("海晶晶圆基地", "project"), s("星图智算中心", "project")],
            ),
            // A firm's regional base names no project; 加上 ends a name.
            (
                "云帆精密把华中生产基地和北方研发中心放在了临川。",
                vec![s("云帆精密", "company")],
            ),
            ("这里有长江水运加上铁路专线的便利。", vec![]),
            // 工业区 is a zone word (weak: a place or a cue makes it a name).
            ("临川化学工业区今年新增企业5家。", vec![s("临川化学工业区", "zone")]),
            // A registered line of business that a stop word would cut (投资).
            (
                "由临川硅岳科技股份有限公司与临川市产业投资基金有限公司合资设立。",
                vec![
                    s("临川硅岳科技股份有限公司", "company"),
                    s("临川市产业投资基金有限公司", "company"),
                ],
            ),
            // The facilities of a record's `建设内容` are parts of its project.
            (
                "项目名称:临川云帆压铸件项目\n建设内容:新建压铸车间和模具维修车间,购置压铸单元4套",
                vec![s("临川云帆压铸件项目", "project")],
            ),
            // A conjunction right before a zone word joins two places.
            ("看中的是临川港和开发区的配套基础。", vec![]),
            // A project word in a school's name.
            ("项目还将与临川工程大学共建实验室。", vec![]),
            // A list counted as kinds of things, not firms; a count of firms
            // leaves them firms.
            ("一体化压铸、变频压缩机和电子级石英材料三个项目同步公示。", vec![]),
            ("聚焦新能源汽车、储能和新材料三大主导产业。", vec![]),
            (
                "云帆精密和海晶电子两家企业签约。",
                vec![s("云帆精密", "company"), s("海晶电子", "company")],
            ),
            (
                "依托云帆精密、海晶电子三大骨干企业。",
                vec![s("云帆精密", "company"), s("海晶电子", "company")],
            ),
            // Where something comes from or goes is no part of a name.
            (
                "提纯工艺来自母公司临川硅岳科技有限公司。",
                vec![s("临川硅岳科技有限公司", "company")],
            ),
            // A district in brackets is part of a zone's name; a district's
            // whole name is the area it governs, not part of it.
            (
                "临川星湖高新区(滨江)一季度产值增长。",
                vec![s("临川星湖高新区(滨江)", "zone")],
            ),
            (
                "临川星湖高新区(临泉区)一季度产值增长。",
                vec![s("临川星湖高新区", "zone")],
            ),
            // A city leads a project's name as it leads a firm's.
            ("临川海星线缆项目开工。", vec![s("临川海星线缆项目", "project")]),
            // A one-character stop word inside a word of a name (据 of 数据, 同 of
            // 同方) does not end it; before the name it does (由).
            (
                "由星峦数据科技有限公司与同方锐视技术股份有限公司投资。",
                vec![
                    s("星峦数据科技有限公司", "company"),
                    s("同方锐视技术股份有限公司", "company"),
                ],
            ),
            // A report's verb before a name (本报告披露A) is no part of it.
            (
                "本报告披露临川远景材料股份有限公司的表现。",
                vec![s("临川远景材料股份有限公司", "company")],
            ),
            // 去 and 或者 end the words before a zone's name; 台商投资区 is
            // a zone word.
            ("或者去临川台商投资区另起炉灶。", vec![s("临川台商投资区", "zone")]),
            // A foreign firm's …技术公司 is a name; a generic word before 技术 is not.
            (
                "与德国克莱因缝纫技术公司合作,引进工业技术公司。",
                vec![s("德国克莱因缝纫技术公司", "company")],
            ),
            // 控股 before a share is a verb, not a name's last word.
            ("由星峦科技控股55%。", vec![s("星峦科技", "company")]),
            // A court's and a holder's verbs end the words before a name; a
            // trade (工程师) is no project.
            (
                "法院裁定受理临川远景材料有限公司重整,持有临川远景铸造有限公司60%股权的有58名维修工程师。",
                vec![
                    s("临川远景材料有限公司", "company"),
                    s("临川远景铸造有限公司", "company"),
                ],
            ),
            // 服务 as a noun inside a name (数据服务) does not end it; as a
            // verb before a name it does.
            (
                "建设东盟跨境数据服务中心,服务临川华驰汽车有限公司。",
                vec![
                    s("东盟跨境数据服务中心", "project"),
                    s("临川华驰汽车有限公司", "company"),
                ],
            ),
            // A zone's name goes on before a known city in it; an address
            // (…市, …省) before it is no part of it, a city's word is.
            ("在中新临川知识城签约。", vec![s("中新临川知识城", "zone")]),
            ("临川市高新区签约。", vec![]),
            // 系, 其, 供应 and 拟建 end the words before a name; a country
            // stays in it (the seed gold's 新加坡吉宝重工).
            (
                "由德国埃森驱动技术股份公司控股,产品供应临川华驰汽车有限公司。",
                vec![
                    s("德国埃森驱动技术股份公司", "company"),
                    s("临川华驰汽车有限公司", "company"),
                ],
            ),
            (
                "建设单位系江苏北辰控股集团有限公司全资子公司。",
                vec![s("江苏北辰控股集团有限公司", "company")],
            ),
            (
                "其德瑞精密机床主轴工厂投产。",
                vec![s("德瑞精密机床主轴工厂", "project")],
            ),
            (
                "拟建柳通智能农机装备产业园。",
                vec![s("柳通智能农机装备产业园", "zone")],
            ),
            // 再 is a stop word, 再制造 an industry (remanufacturing).
            (
                "今年开工海川盾构机再制造基地。",
                vec![s("海川盾构机再制造基地", "project")],
            ),
            // No name runs into a field key: the line after a project's name
            // starts with `项目业主:`, not with `业主`. Where the lines are not
            // told apart, the longest key wins (`项目建设单位`).
            (
                "项目名称:蓝岸海工总装基地\n项目业主:南通蓝岸重工股份有限公司",
                vec![
                    s("蓝岸海工总装基地", "project"),
                    s("南通蓝岸重工股份有限公司", "company"),
                ],
            ),
            (
                "1.星澜电解液项目\n建设单位:江苏星澜新材料有限公司",
                vec![s("星澜电解液项目", "project"), s("江苏星澜新材料有限公司", "company")],
            ),
            (
                "星澜电解液项目建设单位:江苏星澜新材料有限公司",
                vec![s("江苏星澜新材料有限公司", "company")],
            ),
            (
                "江北省云州市云州汽车经济技术开发区签约。",
                vec![s("云州汽车经济技术开发区", "zone")],
            ),
            ("推进智慧城市产业园建设。", vec![s("智慧城市产业园", "zone")]),
            // A decimal point is inside a name.
            (
                "加快鹭屏8.6代OLED面板生产线建设。",
                vec![s("鹭屏8.6代OLED面板生产线", "project")],
            ),
            // A determiner is no name, nor an announcement's boilerplate.
            // 共建 and its kin end the words before a name (两市共建X).
            ("两市共建临川鹭岛产业园。", vec![s("临川鹭岛产业园", "zone")]),
            // A place in brackets inside a zone's name (中德（沈阳）…产业园).
            (
                "首位，中德（临川）工程机械产业园和高新区。",
                vec![s("中德(临川)工程机械产业园", "zone")],
            ),
            ("中德（临泉）智造产业园开园。", vec![s("中德(临泉)智造产业园", "zone")]),
            // A city at the start of a phrase leads a registered name, and a
            // one-character stop word after it is in the trade name (和泽, 泰和);
            // inside a word a city's name is none (金海大连), and a city after
            // a conjunction starts the second name.
            (
                "引进广西微岚生物有限公司、南宁和泽医疗科技有限公司等企业。",
                vec![
                    s("广西微岚生物有限公司", "company"),
                    s("南宁和泽医疗科技有限公司", "company"),
                ],
            ),
            (
                "会上，南宁泰和汽车零部件有限公司则与其签约。",
                vec![s("南宁泰和汽车零部件有限公司", "company")],
            ),
            (
                "金海大连精密机械有限公司成立。",
                vec![s("金海大连精密机械有限公司", "company")],
            ),
            (
                "沈阳华辰与沈阳金驰汽车有限公司签约。",
                vec![s("沈阳金驰汽车有限公司", "company")],
            ),
            // 其 before a name is never part of it (其子公司 is no firm).
            (
                "由其子公司临川万澜生物技术有限公司承担。",
                vec![s("临川万澜生物技术有限公司", "company")],
            ),
            // A 高新技术产业基地 is a zone, not a project's 基地.
            (
                "已在马岭高新技术产业基地开工。",
                vec![s("马岭高新技术产业基地", "zone")],
            ),
            // A free-trade zone's area, named with the zone and its province.
            (
                "中国（江北）自由贸易试验区临川片区新设企业。",
                vec![s("中国(江北)自由贸易试验区临川片区", "zone")],
            ),
            // A 片区 under a city is a zone; two zone kinds joined by 和 are no name.
            ("临川市滨江片区签约。", vec![s("滨江片区", "zone")]),
            ("全省国家级经开区和高新区数量增加。", vec![]),
            ("本批项目主要集中在东部。", vec![]),
            ("本次投资不会导致公司合并报表范围变更。", vec![]),
            // A registered firm before a project is its owner, not part of its name.
            (
                "临川启明精密机械有限公司年产5万套减速器项目开工。",
                vec![
                    s("临川启明精密机械有限公司", "company"),
                    s("年产5万套减速器项目", "project"),
                ],
            ),
            ("总投资30亿元的蓝鲸储能项目签约。", vec![s("蓝鲸储能项目", "project")]),
            (
                "招引青禾网络、鹿鸣生物等企业入驻。",
                vec![s("青禾网络", "company"), s("鹿鸣生物", "company")],
            ),
            // Two lists in one sentence: the first closes at 等企业, and its
            // last item is a name, not `灵溪VR等企业在虚拟现实`.
            (
                "区内临川云启科技有限公司、灵溪VR等企业在虚拟现实、工业软件等方向形成特色。",
                vec![s("临川云启科技有限公司", "company"), s("灵溪VR", "company")],
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
            // A verb of moving or settling, or a clause opener, ends the place's name.
            ("公司总部迁入临川高新区。", vec![s("临川高新区", "zone")]),
            ("下一步滨湖高新区将扩区。", vec![s("滨湖高新区", "zone")]),
            // A registered name: a place in brackets, a line of business that
            // elsewhere ends a clause, a trade name with 达; a role before it.
            (
                "云帆新能源科技（临川）有限公司是北辰集团的全资子公司。",
                vec![s("云帆新能源科技(临川)有限公司", "company"), s("北辰集团", "company")],
            ),
            (
                "业主为临川产业投资有限公司，由鹭岛建设集团有限公司承建。",
                vec![
                    s("临川产业投资有限公司", "company"),
                    s("鹭岛建设集团有限公司", "company"),
                ],
            ),
            (
                "物流企业江苏宏达供应链管理有限公司投资。",
                vec![s("江苏宏达供应链管理有限公司", "company")],
            ),
            (
                "镜头供应商镜川光学有限公司配套。",
                vec![s("镜川光学有限公司", "company")],
            ),
            // In a list, what comes before a role describes the firm after it.
            (
                "配套企业包括镜川光学有限公司、光源供应商朗明照明。",
                vec![s("镜川光学有限公司", "company"), s("朗明照明", "company")],
            ),
            // A phase belongs to the project's name.
            ("云帆动力电池项目一期竣工。", vec![s("云帆动力电池项目一期", "project")]),
            ("鹭岛智算中心2期开工。", vec![s("鹭岛智算中心2期", "project")]),
            // A project's name may end in generic words; an industry or a
            // figure before them is no name.
            ("鹭岛智能相机制造基地开工。", vec![s("鹭岛智能相机制造基地", "project")]),
            (
                "云帆科技工业互联网创新中心签约。",
                vec![s("云帆科技工业互联网创新中心", "project")],
            ),
            ("工业互联网创新中心签约。", vec![]),
            ("今年新签约超10亿元重大项目12个。", vec![]),
            ("依托云帆、鹭岛三大传统电厂。", vec![]),
            ("跟踪5个超20亿元储备项目。", vec![]),
            // …and a figure is no list item either.
            (
                "引进超10亿元隔膜、鹭岛锂电隔膜等项目。",
                vec![s("鹭岛锂电隔膜", "project")],
            ),
            (
                "鹭岛科技有限公司二期项目开工。",
                vec![
                    s("鹭岛科技有限公司", "company"),
                    s("鹭岛科技有限公司二期项目", "project"),
                ],
            ),
            ("走进临川高新区（滨江）的企业。", vec![s("临川高新区(滨江)", "zone")]),
            // A bare industry word in a list is no firm; zone words.
            ("全面做好教育、医疗等工作。", vec![]),
            ("走进临川东湖新技术开发区。", vec![s("临川东湖新技术开发区", "zone")]),
            (
                "走进临川火炬高技术产业开发区。",
                vec![s("临川火炬高技术产业开发区", "zone")],
            ),
            // A capacity makes a project's name long.
            (
                "鹭岛汽车年产20万辆新能源整车扩能项目开工。",
                vec![s("鹭岛汽车年产20万辆新能源整车扩能项目", "project")],
            ),
            // A park built in phases is a project.
            (
                "鹭岛智能终端产业园三期同日开工。",
                vec![s("鹭岛智能终端产业园三期", "project")],
            ),
            // A copula never is inside a name.
            ("工程机械是临川经开区的主导产业。", vec![s("临川经开区", "zone")]),
            // A legal form, or a relation to a firm, is no name.
            ("与科技有限公司合作。", vec![]),
            ("其全资子公司于去年成立。", vec![]),
            ("它是北辰的控股子公司。", vec![]),
            ("主要为集团配套。", vec![]),
            // A suffix cut out of a known word (工程 of 工程机械) ends no name.
            ("巩固全球工程机械产业高地。", vec![]),
            ("组建工程机械、汽车等产业链。", vec![]),
            // A space between Latin words is inside a name.
            (
                "鹭岛Mini LED背光模组项目签约。",
                vec![s("鹭岛Mini LED背光模组项目", "project")],
            ),
            // A place before a known industry names a park, though the
            // industry ends in a generic word (制造); a generic word before
            // it does not.
            (
                "项目落户鹭岛装备制造产业园区。",
                vec![s("鹭岛装备制造产业园区", "zone")],
            ),
            ("加快建设先进装备制造产业园区。", vec![]),
            ("全市装备制造产业园区产值增长。", vec![]),
            // Reports and asides before a name end it.
            (
                "此前有消息称鹭岛锐磁材料有限公司将扩产。",
                vec![s("鹭岛锐磁材料有限公司", "company")],
            ),
            (
                "另有杭州睿衡医疗器械有限公司签署意向书。",
                vec![s("杭州睿衡医疗器械有限公司", "company")],
            ),
            ("目前仅白洋工业园一地就集聚企业46家。", vec![s("白洋工业园", "zone")]),
            ("正考虑在园区增设一个电机研发中心。", vec![]),
            // A Japanese or Korean firm's legal form.
            (
                "与日本富泽化学株式会社合资。",
                vec![s("日本富泽化学株式会社", "company")],
            ),
            // A workshop of a material is no firm (only a weak project word,
            // which needs a cue to be kept).
            ("走进它的正极材料车间。", vec![s("正极材料车间", "project")]),
            // Products listed, and a list item a stop word cuts.
            ("带动了隔膜、铝塑膜等配套企业相继落地。", vec![]),
            ("一条从磷矿到正极材料、电解液再到电芯的产业链已成形。", vec![]),
            // A project word after an industry and a product: a facility
            // no trade name names.
            ("建设工业互联网标识解析中心项目。", vec![]),
            // Its owner stays a firm.
            (
                "由鹭岛新材料有限公司投资的工业互联网复合材料项目落户。",
                vec![s("鹭岛新材料有限公司", "company")],
            ),
            // The object of an industry verb is an industry; firms listed
            // after 包括 are firms.
            ("双方将围绕复合材料在外壳上的应用联合攻关。", vec![]),
            (
                "重点企业包括鹭岛科技、海芯电子等。",
                vec![s("鹭岛科技", "company"), s("海芯电子", "company")],
            ),
            // A builder's registered line of business (建设 then 工程).
            (
                "项目由江苏扬帆建设工程有限公司承建。",
                vec![s("江苏扬帆建设工程有限公司", "company")],
            ),
            // A date or a period is no name.
            ("鹭岛市2025年第二季度重大项目集中开工。", vec![]),
            // ...also where the core has lost it, or is a place alone.
            ("鹭岛市二季度重大项目集中签约活动举行。", vec![]),
            ("鹭岛市重点项目集中开工。", vec![]),
            ("鹭岛超市项目开工。", vec![s("鹭岛超市项目", "project")]),
            // A maker's place in a chain is no part of the name; nor is 纳入;
            // nor is a firm's only base a name.
            (
                "整机厂江北星河智能科技有限公司是它的客户。",
                vec![s("江北星河智能科技有限公司", "company")],
            ),
            ("新公司将纳入公司合并报表范围。", vec![]),
            ("这是它在北方设立的唯一生产基地。", vec![]),
            // An ordinal, or a city alone, before a plant word; a list of
            // products cut at its last item's industry word.
            ("其第二工厂今年投产。", vec![]),
            ("遵义工厂今年投产。", vec![]),
            ("该厂主营工业相机模组、光学镜片和精密结构件,产品销往全国。", vec![]),
            ("产品覆盖电脑绣花机、自动裁床和智能缝纫单元,去年营收过亿。", vec![]),
            // A petrochemical area is a zone when a place names it.
            ("项目位于临川石化区。", vec![s("临川石化区", "zone")]),
            // A Latin word counts as one character toward the limit.
            (
                "其新建的鹭岛Mini LED背光模组扩产项目今年投产。",
                vec![s("鹭岛Mini LED背光模组扩产项目", "project")],
            ),
            // A server is a product (服务器), not a service.
            (
                "其鹭岛服务器整机智能工厂已经投产。",
                vec![s("鹭岛服务器整机智能工厂", "project")],
            ),
            // Going to, looking at, proposing: what follows is the place.
            (
                "记者再到鹭江经济技术开发区看看。",
                vec![s("鹭江经济技术开发区", "zone")],
            ),
            ("再看鹭江高新区。", vec![s("鹭江高新区", "zone")]),
            ("有客商建议鹭江高新区规划新园区。", vec![s("鹭江高新区", "zone")]),
            // A tender's parties, designs by a standard, generic works.
            ("二、中标人信息", vec![]),
            ("地面荷载按重型装备用电机的要求设计。", vec![]),
            ("招标范围：土建及室外配套工程。", vec![]),
            ("近三年承建的同类工程较多。", vec![]),
            ("本项目承担项目投融资。", vec![]),
            ("与外地投资者组建项目公司的给予奖励。", vec![]),
            // A zone's own investment company carries the zone's name; another
            // firm's name after a zone's does not.
            (
                "鹭江高新区城发产业投资有限公司是招标人。",
                vec![s("鹭江高新区城发产业投资有限公司", "company")],
            ),
            (
                "招标人为临川经开区建设发展集团有限公司。",
                vec![s("临川经开区建设发展集团有限公司", "company")],
            ),
            (
                "鹭江高新区海星线缆有限公司扩产。",
                vec![s("鹭江高新区", "zone"), s("海星线缆有限公司", "company")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(sightings(regions, text), want, "text {text:?}");
        }
    }

    #[test]
    fn counts_ordinals_and_dates_start_no_name() {
        // (core, starts with a count, an ordinal or a date)
        let cases = [
            ("两台", true),
            ("一条大型隧道式洗涤设备", true),
            ("二期", true),
            ("二号总装", true),
            ("七条", true),
            ("4月首条注塑", true),
            ("首批", true),
            ("12个", true),
            ("第8.6代氧化物面板", true),
            ("6代面板", true),
            ("三一", false),
            ("两江", false),
            ("万达", false),
            ("1912", false),
            ("云帆", false),
            ("", false),
        ];
        for (core, want) in cases {
            assert_eq!(starts_with_quantity(core), want, "{core:?}");
        }
        // And such candidates are dropped; a name after a count is not.
        for (text, want) in [
            ("两台机组年内并网。", vec![]),
            ("新增一条大型洗涤设备生产线。", vec![]),
            ("七条产业链串起全区。", vec![]),
            ("力争培育百亿级产业集群。", vec![]),
            ("三一重工落户。", vec![("三一重工".to_string(), "company")]),
        ] {
            assert_eq!(sightings("", text), want, "text {text:?}");
        }
    }

    #[test]
    fn a_short_form_in_a_list_of_industries_is_no_firm() {
        let known = "f1\tcompany\t北辰集团\t\t\nc1\tcluster\t新能源汽车\t\t\n";
        // (text, short form, its confidence: 0.7 in a list not shown to be
        // of industries, none in a list of industries)
        let cases = [
            ("园区的云帆科技、北辰新材等企业扩产。", "云帆科技", Some(0.7)),
            ("园区的云帆科技、北辰新材为代表的企业扩产。", "云帆科技", Some(0.7)),
            ("园区的云帆科技、鹭岛股份有限公司扩产。", "云帆科技", Some(0.7)),
            ("北辰集团和云帆科技签约。", "云帆科技", Some(0.7)),
            ("新能源汽车、光伏专用电缆齐头并进。", "光伏专用电缆", None),
            ("两家企业在超细切割丝、固态电池材料方向突破。", "固态电池材料", None),
            ("园区发展海工装备、智能制造和生物医药等主导产业。", "海工装备", None),
            // Not by a suffix but as an item of a list of industries.
            ("签约项目涵盖半导体、光子、新能源汽车等领域。", "光子", None),
            ("集聚了芯川、光子、云帆等企业。", "光子", Some(0.6)),
            // What follows a short form says it is a firm.
            ("鹭岛光电是北辰集团的控股子公司。", "鹭岛光电", Some(0.7)),
            ("鹭岛光电投资的项目开工。", "鹭岛光电", Some(0.7)),
            ("鹭岛光电是高新区的主导产业。", "鹭岛光电", Some(0.5)),
            // …and so does a firm's role before it.
            ("光源供应商鹭岛光电位于高新区。", "鹭岛光电", Some(0.7)),
        ];
        for (text, name, want) in cases {
            let found: Vec<(String, f64)> = run(known, text).into_iter().map(|s| (s.name, s.confidence)).collect();
            let got = found.iter().find(|(n, _)| n == name).map(|(_, c)| *c);
            assert_eq!(got, want, "{text:?}: {found:?}");
        }
    }

    /// The automaton's hits, taken span by span, are what a substring
    /// search of each suffix in each sentence found before it.
    #[test]
    fn suffix_hits_in_a_span_are_where_match_indices_finds_them() {
        let words = ["aa", "aba", "b", "园区", "产业园", "产业园区", "区区"];
        let letters = ['a', 'b', '产', '业', '园', '区'];
        let mut cfg = DiscoverConfig::default();
        cfg.company.legal_suffixes = words.iter().map(|w| w.to_string()).collect();
        let dict = crate::testing::dict("id\ttype\tname\taliases\tattributes\n");
        let prepared = Prepared::new(&dict, &cfg);
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % n
        };
        for _ in 0..400 {
            let text: String = (0..next(24)).map(|_| letters[next(letters.len())]).collect();
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let (mut a, mut b) = (bounds[next(bounds.len())], bounds[next(bounds.len())]);
            if a > b {
                std::mem::swap(&mut a, &mut b);
            }
            let found = prepared.hits(&text);
            for (j, word) in words.iter().enumerate() {
                let id = prepared.kind_patterns[0][j];
                let everywhere: Vec<usize> = (0..text.len())
                    .filter(|&i| text.is_char_boundary(i) && text[i..].starts_with(word))
                    .collect();
                assert_eq!(found[id], everywhere, "{word:?} in {text:?}");
                let want: Vec<usize> = text[a..b].match_indices(word).map(|(i, _)| a + i).collect();
                let got: Vec<usize> = in_span(&found[id], word.len(), a, b).collect();
                assert_eq!(got, want, "{word:?} in {:?}", &text[a..b]);
            }
        }
    }

    #[test]
    fn zone_short_forms() {
        let regions = vec!["江苏".to_string(), "江苏省".to_string(), "临川".to_string()];
        // (name, its short forms)
        let cases: [(&str, &[&str]); 14] = [
            ("临川高新技术产业开发区", &["临川高新区"]),
            ("临川汽车经济技术开发区", &["临川汽开区"]),
            ("临川综合保税区", &["临川综保区"]),
            ("临川国家高新技术产业开发区", &["临川高新区"]),
            (
                "临川火炬高技术产业开发区",
                &["临川火炬高新区", "火炬高技术产业开发区", "火炬高新区"],
            ),
            (
                "江苏滨江经济技术开发区",
                &["江苏滨江经开区", "滨江经济技术开发区", "滨江经开区"],
            ),
            ("临川高新区", &[]),
            ("锦岸智造产业园", &[]),
            ("临川钱塘新区", &["钱塘新区"]),
            ("临川航空港区", &["航空港区"]),
            ("临川高新区(滨江)", &["临川高新区"]),
            ("中德(临川)智造产业园", &["中德智造产业园", "中德园"]),
            ("马岭高新技术产业基地", &["马岭基地"]),
            (
                "中国(江北)自由贸易试验区临川片区",
                &["江北自由贸易试验区临川片区", "临川片区"],
            ),
        ];
        let cfg = cfg();
        for (name, want) in cases {
            assert_eq!(zone_aliases(name, &cfg, &regions), want, "{name}");
        }
        // A discovered short form becomes an alias of the full name: one node.
        let text = "临川高新技术产业开发区成立于1992年。今年临川高新区新签约项目12个。";
        let (found, _) = discovered("", text);
        let full = found
            .iter()
            .find(|c| c.name == "临川高新技术产业开发区")
            .expect("full name");
        let short = found.iter().find(|c| c.name == "临川高新区").expect("short name");
        assert_eq!(full.aliases, vec!["临川高新区"]);
        assert_eq!(short.linked_to.as_deref(), Some(full.id.as_str()));
    }

    /// Regression: a short form linked to a full name below the cut was
    /// dropped with it by a build, however often the short form was seen.
    #[test]
    fn a_full_name_is_as_sure_as_its_linked_short_name() {
        let text = "江苏钱塘新区成立。钱塘新区、鹭岛高新区签约。钱塘新区引进企业。";
        let (found, _) = discovered("", text);
        let get = |name: &str| found.iter().find(|c| c.name == name).expect(name);
        let (full, short) = (get("江苏钱塘新区"), get("钱塘新区"));
        assert_eq!(short.linked_to.as_deref(), Some(full.id.as_str()));
        assert!(short.confidence > 0.5, "{short:?}");
        assert_eq!(full.confidence, short.confidence);
    }

    /// A weak project word (产线) makes a name only with a project cue in
    /// its clause: a stage, a figure, or an owner that invests in it.
    #[test]
    fn a_project_cue_raises_a_weak_project_word() {
        // (text, the project's confidence)
        let cases = [
            ("推动星峦半导体投资的星峦12英寸特色工艺产线二期年内满产。", 0.6),
            ("星峦12英寸特色工艺产线已经通线。", 0.6),
            ("星峦12英寸特色工艺产线运转平稳。", 0.45),
        ];
        for (text, want) in cases {
            let (found, _) = discovered("", text);
            let project = found.iter().find(|c| c.etype == "project").expect(text);
            assert_eq!(project.confidence, want, "{text}: {project:?}");
        }
    }

    /// A firm's name and a site word (总部, 总装车间) name its premises: the
    /// firm is the mention, no project is proposed. More after the site
    /// word, or no firm before it, keeps the project.
    #[test]
    fn a_firms_site_is_no_project() {
        let firm = "江西联睿光电股份有限公司（以下简称“联睿光电”）在园区落户。";
        // (text after the firm's sentence, the projects proposed)
        let cases: &[(&str, &[&str])] = &[
            ("联睿光电总部项目已经开工。", &["联睿光电总部项目"]),
            ("推进联睿光电总部建设。", &[]),
            ("联睿光电总装车间已经投产。", &[]),
            ("联睿光电总部基地已经开工。", &["联睿光电总部基地"]),
            ("星河智造总部已经开工。", &["星河智造总部"]),
            ("联睿光电新型显示模组车间已经投产。", &["联睿光电新型显示模组车间"]),
            // The registered name and 项目 is the firm's project team.
            ("江西联睿光电股份有限公司项目负责人介绍了进度。", &[]),
        ];
        for &(text, want) in cases {
            let (found, _) = discovered("", &format!("{firm}{text}"));
            let projects: Vec<&str> = found
                .iter()
                .filter(|c| c.etype == "project")
                .map(|c| c.name.as_str())
                .collect();
            assert_eq!(projects, want, "{text}");
        }
    }

    /// A park named after a firm is its project; one named after a place,
    /// or after no firm, is a zone.
    #[test]
    fn a_park_named_after_a_firm_is_a_project() {
        let firm = "临川启克智能缝制设备有限公司(以下简称“启克智能”)成立。";
        // (text after the firm's sentence, the type of the park)
        let cases: &[(&str, &str, &str)] = &[
            (
                "启克智能缝制装备产业园正在加紧施工。",
                "启克智能缝制装备产业园",
                "project",
            ),
            ("启克智能装备产业园已经开园。", "启克智能装备产业园", "project"),
            ("临川缝制装备产业园正在加紧施工。", "临川缝制装备产业园", "zone"),
            ("星河缝制装备产业园正在加紧施工。", "星河缝制装备产业园", "zone"),
        ];
        for &(text, name, want) in cases {
            let (found, _) = discovered("r1\tregion\t临川市\t临川\tlevel=prefecture\n", &format!("{firm}{text}"));
            let park = found
                .iter()
                .find(|c| c.name == name)
                .unwrap_or_else(|| panic!("{text}: {found:?}"));
            assert_eq!(park.etype, want, "{text}");
        }
    }

    /// Regression: a project named with its capacity and nothing else to
    /// raise it (年产60万套新能源汽车热管理系统项目) stayed under the cut.
    #[test]
    fn a_capacity_is_a_project_cue() {
        let rows = "c1\tcluster\t新能源汽车\t\t\n";
        let text = "公司拟建设年产60万套新能源汽车热管理系统项目。推进新能源汽车项目建设。";
        let (found, _) = discovered(rows, text);
        let projects: Vec<(&str, f64)> = found
            .iter()
            .filter(|c| c.etype == "project")
            .map(|c| (c.name.as_str(), c.confidence))
            .collect();
        assert_eq!(projects, vec![("年产60万套新能源汽车热管理系统项目", 0.6)]);
    }

    /// A weak zone word names a zone once a place leads it; alone it may
    /// end a description.
    #[test]
    fn a_place_makes_a_weak_zone_word_a_name() {
        let region = "r1\tregion\t临川\t\tlevel=city\n";
        // (dictionary, text, the zone's confidence)
        let cases = [
            // A known place before it, or a place the corpus shows (a zone's
            // and a firm's name start with it), or a province.
            (region, "临川航空港经济综合实验区开工。", 0.6),
            ("", "临川航空港经济综合实验区开工。临川云帆精密科技有限公司投产。", 0.6),
            ("", "江苏物联网小镇开园。", 0.6),
            ("", "临川航空港经济综合实验区开工。", 0.5),
            ("", "产城融合实验区开工。", 0.5),
        ];
        for (rows, text, want) in cases {
            let (found, _) = discovered(rows, text);
            let zone = found.iter().find(|c| c.etype == "zone").expect(text);
            assert_eq!(zone.confidence, want, "{rows:?} {text}: {zone:?}");
        }
    }

    /// Regression: a city in the user's dictionary was cut off a zone's
    /// name (临川 + 高新技术产业开发区 gave no name, 临川 + 钱塘新区 gave 钱塘新区),
    /// and 火炬高新区, a short form of both 临川火炬高新区 and the full name,
    /// was counted a collision and linked to neither.
    #[test]
    fn a_known_city_leads_a_zone_name() {
        let city = "r1\tregion\t临川市\t临川\tlevel=prefecture\n";
        let text = "临川高新技术产业开发区成立。临川高新区签约。临川钱塘新区开工。\
                    临川火炬高技术产业开发区揭牌。临川火炬高新区签约。火炬高新区引进项目。";
        let (found, _) = discovered(city, text);
        let mut zones: Vec<(&str, Option<&str>)> = found
            .iter()
            .filter(|c| c.etype == "zone")
            .map(|c| {
                let linked = c.linked_to.as_deref();
                let linked = linked.map(|id| found.iter().find(|f| f.id == id).expect(id).name.as_str());
                (c.name.as_str(), linked)
            })
            .collect();
        zones.sort();
        let full = Some("临川火炬高技术产业开发区");
        let want = vec![
            ("临川火炬高技术产业开发区", None),
            ("临川火炬高新区", full),
            ("临川钱塘新区", None),
            ("临川高新区", Some("临川高新技术产业开发区")),
            ("临川高新技术产业开发区", None),
            ("火炬高新区", full),
        ];
        assert_eq!(zones, want);
    }

    /// Regression: a short form two names make (here the city both start
    /// with) was kept as an alias of both, so the build tied every use of
    /// 临川 to whichever firm came first.
    #[test]
    fn a_short_form_of_two_names_is_an_alias_of_neither() {
        let text = "临川云帆精密科技有限公司与临川北辰智装科技有限公司签约。";
        let (found, collisions) = discovered("", text);
        let aliases = |name: &str| found.iter().find(|c| c.name == name).expect(name).aliases.clone();
        assert_eq!(
            aliases("临川云帆精密科技有限公司"),
            vec!["临川云帆精密科技", "临川云帆精密", "临川云帆"]
        );
        assert_eq!(
            aliases("临川北辰智装科技有限公司"),
            vec!["临川北辰智装科技", "临川北辰智装", "临川北辰"]
        );
        let collided: Vec<&str> = collisions.iter().map(|c| c.alias.as_str()).collect();
        assert_eq!(collided, vec!["临川", "临川公司", "临川科技"]);
    }

    #[test]
    fn short_names_link_to_full_names() {
        let cfg = cfg();
        let regions = vec!["江苏".to_string(), "江苏省".to_string()];
        assert_eq!(
            firm_aliases("江苏金帆弹性织物有限公司", &cfg, &regions),
            vec!["金帆弹性织物", "金帆弹性", "金帆织物", "金帆公司", "金帆", "江苏金帆"]
        );
        assert_eq!(firm_aliases("川野洗涤机械", &cfg, &regions), vec!["川野洗涤公司"]);
        // A generic trade name: the place stays in the one short name.
        assert_eq!(
            firm_aliases("江苏产业投资基金有限公司", &cfg, &regions),
            vec!["江苏产业投资基金"]
        );
        // The trade name with its first industry word, or without a generic
        // ending, or with its first or last word of business; a place in
        // brackets left out.
        let cases = [
            (
                "江苏海晶电子玻璃有限公司",
                vec!["海晶电子玻璃", "海晶电子", "海晶玻璃", "海晶公司", "海晶", "江苏海晶"],
            ),
            (
                "江苏衡川视觉科技股份有限公司",
                vec!["衡川视觉科技", "衡川视觉", "衡川科技", "衡川公司", "衡川", "江苏衡川"],
            ),
            (
                "中锂新能源科技(临川)有限公司",
                vec!["中锂新能源科技", "中锂新能源", "中锂科技", "中锂公司", "中锂"],
            ),
            (
                "诺泰康生物制药有限公司",
                vec!["诺泰康生物制药", "诺泰康生物", "诺泰康制药", "诺泰康公司", "诺泰康"],
            ),
            (
                "江苏海衡精密轴承有限公司",
                vec!["海衡精密轴承", "海衡精密", "海衡轴承", "海衡公司", "海衡", "江苏海衡"],
            ),
            (
                "江苏港湾冷链物流有限公司",
                vec!["港湾冷链物流", "港湾冷链", "港湾物流", "港湾公司", "港湾", "江苏港湾"],
            ),
            // A zone's own company: no short form that is the zone's name.
            ("江苏经开区产业发展集团有限公司", vec!["江苏经开区产业发展"]),
        ];
        for (name, want) in cases {
            assert_eq!(firm_aliases(name, &cfg, &regions), want, "{name}");
        }
    }

    /// A city no dictionary names is taken for a place when it leads a
    /// zone's name and firms' names that go on differently; a firm's trade
    /// name that leads a zone named after it is not.
    #[test]
    fn places_the_corpus_shows() {
        let cases = [
            (
                "临川高新区引进临川云帆精密科技有限公司。",
                "临川云帆精密科技有限公司",
                // The city kept with the trade name too.
                vec!["云帆精密科技", "云帆精密", "云帆科技", "云帆公司", "云帆", "临川云帆"],
            ),
            (
                "北辰智装产业园由北辰智装科技有限公司建设。",
                "北辰智装科技有限公司",
                vec!["北辰智装科技", "北辰智装", "北辰科技", "北辰公司", "北辰"],
            ),
        ];
        for (text, firm, want) in cases {
            let (found, _) = discovered("", text);
            let got = &found.iter().find(|c| c.name == firm).expect(firm).aliases;
            assert_eq!(got, &want, "{text}");
        }
    }
}
