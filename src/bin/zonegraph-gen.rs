//! `zonegraph-gen`: deterministic synthetic dictionaries and corpora for
//! benchmarks.
//!
//! Given a seed, every output is byte-identical from run to run and from
//! machine to machine, whatever the number of threads: each entity is a pure
//! function of (seed, index) and each corpus file a pure function of (seed,
//! file index), so nothing is held in memory but the file being written.
//!
//! - `dict` writes `DIR/entities.tsv` (zonegraph's format), a manifest
//!   `DIR/zonegraph-gen.json` (zonegraph reads only `.tsv` and `.toml` files,
//!   so it ignores it), and the same entities for the Python peer beside the
//!   folder, as `DIR.peer.tsv` (`id, type, name, aliases`), so that
//!   `zonegraph --dict DIR` does not load them twice.
//! - `corpus` writes news-like Chinese text in which dictionary names appear
//!   at a chosen density. With a manifest it regenerates the names by index
//!   instead of reading the dictionary, so 10^7 names cost no memory; any
//!   other dictionary folder is read once into one compact buffer.
//!
//! This binary uses no part of the zonegraph library: it only writes the
//! formats the README documents.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};

/// Deterministic synthetic dictionaries and corpora for zonegraph benchmarks.
#[derive(Parser, Debug)]
#[command(name = "zonegraph-gen", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Dict(DictArgs),
    Corpus(CorpusArgs),
}

/// Write a dictionary of N company-, zone- and project-like names.
///
/// Writes DIR/entities.tsv (id, type, name, aliases, attributes), the
/// manifest DIR/zonegraph-gen.json, and DIR.peer.tsv beside the folder in the
/// Python peer's format (id, type, name, aliases). About 70% companies, 10%
/// zones, 20% projects; about 10% carry one alias (a short name). Names are
/// distinct up to 15.6 million entities.
///
/// Examples:
///   zonegraph-gen dict --names 100000 --seed 1 --out /tmp/dict
///   zonegraph --dict /tmp/dict ...; python3 kg_baseline.py --dict /tmp/dict.peer.tsv ...
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
struct DictArgs {
    /// Number of entities.
    #[arg(long, value_name = "N")]
    names: u64,
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Output folder (created; an existing entities.tsv is overwritten).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Share of entities with an alias.
    #[arg(long, value_name = "P", default_value_t = 0.1)]
    alias_share: f64,
    /// Characters of trade names (字号): `curated`, about 350 characters
    /// firms favour (华, 鑫, 瑞, ...), or `gb2312`, the 3,755 level-1
    /// characters of GB 2312, as wide as a business registry's. A matcher
    /// that scans a node's children in a list (pyahocorasick) slows down
    /// with the width, since projects and short names begin with a trade name.
    #[arg(long, value_enum, value_name = "SET", default_value = "curated")]
    trade_chars: TradeChars,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum TradeChars {
    Curated,
    Gb2312,
}

impl TradeChars {
    /// The name the option takes, which the manifest records too.
    fn name(self) -> &'static str {
        match self {
            TradeChars::Curated => "curated",
            TradeChars::Gb2312 => "gb2312",
        }
    }

    fn of(name: &str) -> Option<TradeChars> {
        <TradeChars as ValueEnum>::from_str(name, false).ok()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Txt,
    Jsonl,
}

/// Write a corpus of Chinese news-like text that mentions dictionary names.
///
/// txt: one article per file, 20-50 KB each, in sub-folders of 1000 files,
/// named by date (0000/2021-03-04_000001.txt), paragraphs separated by blank
/// lines and no line break inside a paragraph. jsonl: the same articles as
/// {"id", "date", "text"} lines, --docs-per-file per file. Sentences end with
/// 。 and use ， 、 and figures such as 总投资50亿元. Names are drawn from the
/// dictionary, half uniformly and half with a heavy head, and each article
/// keeps returning to its own cast of entities, as news does.
///
/// Examples:
///   zonegraph-gen corpus --size-mb 200 --names-from /tmp/dict --density 10 --seed 1 --out /tmp/corpus
///   zonegraph-gen corpus --size-mb 5000 --names-from /tmp/dict --density 10 --format jsonl --out /tmp/big
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
struct CorpusArgs {
    /// Corpus size in megabytes (10^6 bytes of text).
    #[arg(long, value_name = "M")]
    size_mb: f64,
    /// Dictionary folder: one written by `zonegraph-gen dict`, or any folder
    /// of zonegraph entity TSV files.
    #[arg(long, value_name = "DIR")]
    names_from: PathBuf,
    /// Dictionary names per 1000 characters of text.
    #[arg(long, value_name = "D", default_value_t = 10.0)]
    density: f64,
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// Output folder (created).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    #[arg(long, value_enum, default_value = "txt")]
    format: Format,
    /// Articles per JSONL file.
    #[arg(long, value_name = "K", default_value_t = 1000)]
    docs_per_file: usize,
    /// Worker threads (the output does not depend on it); default: all cores.
    #[arg(long, value_name = "T")]
    threads: Option<usize>,
    /// Read the dictionary's TSV even when a manifest would let the names be
    /// regenerated (slower; the output is the same).
    #[arg(long)]
    read_dict: bool,
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Dict(args) => write_dict(&args),
        Command::Corpus(args) => write_corpus(&args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("zonegraph-gen: error: {err:#}");
            std::process::ExitCode::from(2)
        }
    }
}

// ---------------------------------------------------------------------------
// Randomness: SplitMix64, and a hash of (seed, stream, index).

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn hash3(seed: u64, stream: u64, index: u64) -> u64 {
    mix(mix(mix(seed) ^ stream) ^ index)
}

struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64, index: u64) -> Rng {
        Rng(hash3(seed, stream, index))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

// Streams, so that no two uses of one seed share random numbers.
const S_TRADE: u64 = 1;
const S_ENTITY: u64 = 2;
const S_FILE: u64 = 3;
const S_SIZE: u64 = 4;

// ---------------------------------------------------------------------------
// Names.

/// Characters of trade names (字号). No 区, so no generic reference
/// (开发区, 园区, 全区, ...) can arise inside a name.
const TRADE_CHARS: &str = "华瀚澄睿泊启衡金秋恒盛达鑫源泰宏博信通鼎嘉豪顺祥瑞丰安康德隆昌兴汇聚力创智远航宇润东方明光正和元辰星\
云峰腾飞龙凤麒麟鹏翔海江河湖山川岳松柏桐梧竹兰梅菊荷雅韵诚立众合同协联亿万千百佳美优良精英杰俊伟强健勇毅坚固稳定永长久\
常新锐晟昊旭晖曜煜灿烨炜焕烁彤丹青蓝紫碧翠绿银铭锦绣绮纶纬经纳泽沛溢涵渊深浩淼澜涛波汐沁清澈洁净朗晴霁虹霞辉耀照映晨曦\
曙晓春夏冬暖阳煦融驰骋骏驿途程路桥港湾岸舟帆舰威旺富贵福禄寿喜乐欣悦怡宁静益利盈赢胜凯旋捷迅速敏慧聪颖哲思维天地人中\
外亚欧夏神州九四五三两一统象禧森林木材石玉珠宝璟瑾琪琳璐瑶琦瑜玮珂钧铎锋钢铁铜鑫焱淳厚朴实真善嘉尚卓越超凡博雅致远鸿\
鹄雁鹤燕莺骐骥驹豹虎狮熊象麟彩丽秀华芳芬芝蕾蕊蓉萱茂荣蔚葵莲菱";

/// The trade-name characters of a set, in a fixed order, without 区.
fn trade_chars(set: TradeChars) -> Vec<char> {
    let mut seen = std::collections::BTreeSet::new();
    match set {
        TradeChars::Curated => TRADE_CHARS.chars().filter(|c| seen.insert(*c)).collect(),
        // Level 1 of GB 2312 is rows 16-55 (lead bytes 0xB0-0xD7, trail
        // bytes 0xA1-0xFE); the last row ends at 0xD7F9. Decoding the
        // standard's own code points keeps a 3,755-character table out of
        // this file.
        TradeChars::Gb2312 => {
            let mut bytes = Vec::with_capacity(2 * 94 * 40);
            for lead in 0xB0u8..=0xD7 {
                for trail in 0xA1u8..=0xFE {
                    if (lead, trail) <= (0xD7, 0xF9) {
                        bytes.extend([lead, trail]);
                    }
                }
            }
            let (text, _, bad) = encoding_rs::GBK.decode(&bytes);
            debug_assert!(!bad);
            text.chars().filter(|&c| c != '区' && seen.insert(c)).collect()
        }
    }
}

const REGIONS: &[&str] = &[
    "江苏",
    "南通",
    "苏州",
    "无锡",
    "常州",
    "扬州",
    "镇江",
    "泰州",
    "盐城",
    "淮安",
    "宿迁",
    "徐州",
    "连云港",
    "浙江",
    "杭州",
    "宁波",
    "温州",
    "嘉兴",
    "湖州",
    "绍兴",
    "金华",
    "台州",
    "安徽",
    "合肥",
    "芜湖",
    "山东",
    "青岛",
    "济南",
    "烟台",
    "潍坊",
    "广东",
    "深圳",
    "广州",
    "东莞",
    "佛山",
    "珠海",
    "湖北",
    "武汉",
    "襄阳",
    "湖南",
    "长沙",
    "株洲",
    "四川",
    "成都",
    "绵阳",
    "重庆",
    "河南",
    "郑州",
    "洛阳",
    "福建",
    "厦门",
    "福州",
    "泉州",
    "天津",
    "上海",
    "北京",
    "陕西",
    "西安",
    "江西",
    "南昌",
];

const INDUSTRIES: &[&str] = &[
    "新材料",
    "科技",
    "智能装备",
    "精密机械",
    "电子",
    "生物医药",
    "医疗科技",
    "药业",
    "化工",
    "纺织",
    "能源",
    "新能源",
    "光电",
    "半导体",
    "汽车零部件",
    "重工",
    "环保科技",
    "信息技术",
    "网络科技",
    "物流",
    "食品",
    "电气",
    "机电",
    "材料科技",
    "储能",
    "动力电池",
    "船舶",
    "海洋工程",
    "建材",
    "钢构",
    "数控",
    "自动化",
    "软件",
    "传感技术",
    "光伏",
    "风电",
    "氢能",
    "锂电",
    "复合材料",
    "家纺",
];

const LEGAL_FORMS: &[&str] = &[
    "有限公司",
    "有限公司",
    "有限公司",
    "有限公司",
    "有限公司",
    "股份有限公司",
    "股份有限公司",
    "股份有限公司",
    "集团有限公司",
    "有限责任公司",
];

const ZONE_WORDS: &[&str] = &[
    "经济开发区",
    "经济开发区",
    "经济技术开发区",
    "经济技术开发区",
    "高新技术产业开发区",
    "产业园",
    "工业园",
    "科技产业园",
    "智造产业园",
    "临港产业园",
    "现代产业园",
];

const ZONE_SHORT: &[&str] = &["开发区", "经开区", "高新区", "产业园", "工业园"];

const PRODUCTS: &[&str] = &[
    "锂电池隔膜",
    "高端装备制造",
    "新型显示面板",
    "智能网联汽车零部件",
    "生物医药产业化",
    "光伏组件",
    "海上风电装备",
    "集成电路封测",
    "数据中心",
    "氢燃料电池",
    "新材料生产",
    "精密铸造",
    "冷链物流",
    "研发总部",
    "智慧工厂",
    "特种纤维",
    "动力电池",
    "医疗器械",
    "工业机器人",
    "绿色建材",
];

const PROJECT_WORDS: &[&str] = &[
    "项目",
    "项目",
    "项目",
    "生产基地项目",
    "产业园项目",
    "扩建项目",
    "二期项目",
    "技改项目",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Company,
    Zone,
    Project,
    /// Another type, from a dictionary not written here.
    Other,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Company => "company",
            Kind::Zone => "zone",
            Kind::Project => "project",
            Kind::Other => "other",
        }
    }

    fn of(etype: &str) -> Kind {
        match etype {
            "company" => Kind::Company,
            "zone" => Kind::Zone,
            "project" => Kind::Project,
            _ => Kind::Other,
        }
    }
}

/// Entity `i` of the dictionary with a given seed, as a pure function.
struct NameGen {
    seed: u64,
    chars: Vec<char>,
    /// Trade names of two characters, then of three.
    two: u64,
    space: u64,
}

struct GenEntity {
    kind: Kind,
    name: String,
    alias: Option<String>,
    attributes: String,
}

impl NameGen {
    fn new(seed: u64, set: TradeChars) -> NameGen {
        let chars = trade_chars(set);
        let p = chars.len() as u64;
        NameGen {
            seed,
            chars,
            two: p * p,
            space: p * p + p * p * p,
        }
    }

    /// A bijection of `0..space` (a Feistel network over 2^bits, walking
    /// the cycle until it lands inside), so that consecutive entities get
    /// unrelated, and distinct, trade names.
    fn permute(&self, x: u64) -> u64 {
        let bits = 64 - (self.space - 1).leading_zeros();
        let half = bits.div_ceil(2);
        let mask = (1u64 << half) - 1;
        let mut v = x;
        loop {
            let (mut l, mut r) = (v >> half, v & mask);
            for round in 0..4u64 {
                let f = hash3(self.seed, S_TRADE ^ (round << 8), r) & mask;
                (l, r) = (r, (l ^ f) & mask);
            }
            v = (l << half) | r;
            if v < self.space {
                return v;
            }
        }
    }

    fn trade(&self, i: u64, out: &mut String) {
        let k = self.permute(i % self.space);
        let p = self.chars.len() as u64;
        let (len, mut k) = if k < self.two { (2, k) } else { (3, k - self.two) };
        let mut buf = [' '; 3];
        for slot in buf[..len].iter_mut().rev() {
            *slot = self.chars[(k % p) as usize];
            k /= p;
        }
        out.extend(&buf[..len]);
    }

    fn kind(&self, i: u64) -> Kind {
        match hash3(self.seed, S_ENTITY, i) % 100 {
            0..70 => Kind::Company,
            70..80 => Kind::Zone,
            _ => Kind::Project,
        }
    }

    fn entity(&self, i: u64, alias_share: f64) -> GenEntity {
        let kind = self.kind(i);
        // Past the trade-name space, the block number stirs the decorations.
        let mut rng = Rng::new(self.seed, S_ENTITY ^ ((i / self.space) << 16) ^ 0xD0, i);
        let mut trade = String::new();
        self.trade(i, &mut trade);
        let with_alias = rng.chance(alias_share);
        let (name, alias, attributes) = match kind {
            Kind::Company | Kind::Other => {
                let region = rng.pick(REGIONS);
                let industry = rng.pick(INDUSTRIES);
                let legal = rng.pick(LEGAL_FORMS);
                let attributes = format!(
                    "founded={}; listed={}",
                    rng.range(1985, 2023),
                    if rng.chance(0.1) { "yes" } else { "no" }
                );
                (
                    format!("{region}{trade}{industry}{legal}"),
                    format!("{trade}{industry}"),
                    attributes,
                )
            }
            Kind::Zone => {
                let region = rng.pick(REGIONS);
                let word = rng.pick(ZONE_WORDS);
                let short = rng.pick(ZONE_SHORT);
                let attributes = format!(
                    "level={}; area_km2={}.{}",
                    if rng.chance(0.3) { "national" } else { "provincial" },
                    rng.range(2, 180),
                    rng.below(10)
                );
                (format!("{region}{trade}{word}"), format!("{trade}{short}"), attributes)
            }
            Kind::Project => {
                let product = rng.pick(PRODUCTS);
                let word = rng.pick(PROJECT_WORDS);
                let capacity = if rng.chance(0.3) {
                    format!(
                        "年产{}万{}",
                        rng.range(1, 50),
                        if rng.chance(0.5) { "吨" } else { "套" }
                    )
                } else {
                    String::new()
                };
                let attributes = format!("investment_cny={}00000000", rng.range(1, 300));
                (
                    format!("{trade}{capacity}{product}{word}"),
                    format!("{trade}{product}项目"),
                    attributes,
                )
            }
        };
        GenEntity {
            kind,
            name,
            alias: with_alias.then_some(alias),
            attributes,
        }
    }
}

fn entity_id(kind: Kind, i: u64) -> String {
    format!("{}:g{i}", kind.name())
}

const MANIFEST: &str = "zonegraph-gen.json";
const ENTITIES_FILE: &str = "entities.tsv";

/// `DIR.peer.tsv`, beside the folder.
fn peer_path(dir: &Path) -> PathBuf {
    let trimmed = dir.components().collect::<PathBuf>();
    let mut s = trimmed.into_os_string();
    s.push(".peer.tsv");
    PathBuf::from(s)
}

fn write_dict(args: &DictArgs) -> anyhow::Result<()> {
    if !(0.0..=1.0).contains(&args.alias_share) {
        bail!("--alias-share {} is not between 0 and 1", args.alias_share);
    }
    fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let gen_ = NameGen::new(args.seed, args.trade_chars);
    let ours_path = args.out.join(ENTITIES_FILE);
    let peer = peer_path(&args.out);
    let create = |p: &Path| -> anyhow::Result<BufWriter<fs::File>> {
        Ok(BufWriter::with_capacity(
            1 << 20,
            fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        ))
    };
    let mut ours = create(&ours_path)?;
    let mut theirs = create(&peer)?;
    writeln!(ours, "id\ttype\tname\taliases\tattributes")?;
    writeln!(theirs, "id\ttype\tname\taliases")?;
    let mut aliases = 0u64;
    let mut line = String::new();
    for i in 0..args.names {
        let e = gen_.entity(i, args.alias_share);
        aliases += u64::from(e.alias.is_some());
        line.clear();
        write!(
            line,
            "{}\t{}\t{}\t{}",
            entity_id(e.kind, i),
            e.kind.name(),
            e.name,
            e.alias.as_deref().unwrap_or("")
        )?;
        theirs.write_all(line.as_bytes())?;
        theirs.write_all(b"\n")?;
        ours.write_all(line.as_bytes())?;
        ours.write_all(b"\t")?;
        ours.write_all(e.attributes.as_bytes())?;
        ours.write_all(b"\n")?;
    }
    ours.flush()?;
    theirs.flush()?;
    let manifest = serde_json::json!({
        "generator": "zonegraph-gen",
        "format": 1,
        "names": args.names,
        "seed": args.seed,
        "alias_share": args.alias_share,
        "trade_chars": args.trade_chars.name(),
        "entities": ENTITIES_FILE,
        "peer": peer.file_name().map(|n| n.to_string_lossy().into_owned()),
    });
    fs::write(args.out.join(MANIFEST), format!("{manifest:#}\n"))?;
    eprintln!(
        "zonegraph-gen: {} entities ({aliases} with an alias) → {} and {}",
        args.names,
        ours_path.display(),
        peer.display()
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// Where the corpus draws names from.

enum Names {
    /// Regenerated by index from a manifest.
    Generated { gen_: NameGen, n: u64, alias_share: f64 },
    /// Read from TSV: every form in one buffer.
    Loaded {
        text: String,
        /// Form `f` is `text[form_at[f]..form_at[f + 1]]`.
        form_at: Vec<usize>,
        /// Entity `e` has forms `first_form[e]..first_form[e + 1]`, name first.
        first_form: Vec<u32>,
        kinds: Vec<Kind>,
    },
}

impl Names {
    fn open(dir: &Path, read_dict: bool) -> anyhow::Result<Names> {
        let manifest = dir.join(MANIFEST);
        if !read_dict && manifest.is_file() {
            let text = fs::read_to_string(&manifest).with_context(|| format!("reading {}", manifest.display()))?;
            let m: serde_json::Value =
                serde_json::from_str(&text).with_context(|| format!("parsing {}", manifest.display()))?;
            let field = |k: &str| m.get(k).with_context(|| format!("{}: no {k:?}", manifest.display()));
            let n = field("names")?.as_u64().context("names")?;
            let seed = field("seed")?.as_u64().context("seed")?;
            let alias_share = field("alias_share")?.as_f64().context("alias_share")?;
            // Manifests written before the option existed used the curated set.
            let set = match m.get("trade_chars").and_then(|v| v.as_str()) {
                None => TradeChars::Curated,
                Some(name) => TradeChars::of(name)
                    .with_context(|| format!("{}: unknown trade_chars {name:?}", manifest.display()))?,
            };
            let names = Names::Generated {
                gen_: NameGen::new(seed, set),
                n,
                alias_share,
            };
            names.check_against(&dir.join(ENTITIES_FILE))?;
            return Ok(names);
        }
        Names::load(dir)
    }

    /// The first rows of the TSV must be what the manifest regenerates.
    fn check_against(&self, tsv: &Path) -> anyhow::Result<()> {
        use std::io::BufRead;
        let file = fs::File::open(tsv).with_context(|| format!("opening {}", tsv.display()))?;
        let mut form = String::new();
        for (i, line) in std::io::BufReader::new(file).lines().skip(1).take(100).enumerate() {
            let line = line?;
            let cols: Vec<&str> = line.split('\t').collect();
            self.form(i as u64, 0, &mut form);
            if cols.get(2) != Some(&form.as_str()) {
                bail!(
                    "{} line {} does not match its manifest (edited by hand?); use --read-dict",
                    tsv.display(),
                    i + 2
                );
            }
        }
        Ok(())
    }

    fn load(dir: &Path) -> anyhow::Result<Names> {
        let mut files = Vec::new();
        if dir.is_file() {
            files.push(dir.to_path_buf());
        } else {
            collect_tsv(dir, &mut files)?;
        }
        files.sort();
        let mut text = String::new();
        let mut form_at = vec![0];
        let mut first_form = vec![0u32];
        let mut kinds = Vec::new();
        for path in files {
            let body = fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
            let body = body.strip_prefix('\u{feff}').unwrap_or(&body);
            let mut rows = body
                .lines()
                .map(|l| l.trim_end_matches('\r'))
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
            let is_entities = rows
                .next()
                .is_some_and(|h| h.split('\t').take(3).eq(["id", "type", "name"]));
            if !is_entities {
                continue;
            }
            for row in rows {
                let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
                let (Some(etype), Some(name)) = (cols.get(1), cols.get(2)) else {
                    continue;
                };
                if name.is_empty() {
                    continue;
                }
                let aliases = cols.get(3).copied().unwrap_or("");
                for f in std::iter::once(*name).chain(aliases.split('|').map(str::trim).filter(|a| !a.is_empty())) {
                    text.push_str(f);
                    form_at.push(text.len());
                }
                first_form.push(u32::try_from(form_at.len() - 1).context("more than 2^32 names")?);
                kinds.push(Kind::of(etype));
            }
        }
        if kinds.is_empty() {
            bail!(
                "no entity found in {} (no TSV with an id, type, name header)",
                dir.display()
            );
        }
        Ok(Names::Loaded {
            text,
            form_at,
            first_form,
            kinds,
        })
    }

    fn len(&self) -> u64 {
        match self {
            Names::Generated { n, .. } => *n,
            Names::Loaded { kinds, .. } => kinds.len() as u64,
        }
    }

    fn kind(&self, i: u64) -> Kind {
        match self {
            Names::Generated { gen_, .. } => gen_.kind(i),
            Names::Loaded { kinds, .. } => kinds[i as usize],
        }
    }

    fn form_count(&self, i: u64) -> u64 {
        match self {
            Names::Generated { gen_, alias_share, .. } => 1 + u64::from(gen_.entity(i, *alias_share).alias.is_some()),
            Names::Loaded { first_form, .. } => u64::from(first_form[i as usize + 1] - first_form[i as usize]),
        }
    }

    /// Append form `which` of entity `i` (0 = the name) to `out`.
    fn form(&self, i: u64, which: u64, out: &mut String) {
        out.clear();
        match self {
            Names::Generated { gen_, alias_share, .. } => {
                let e = gen_.entity(i, *alias_share);
                out.push_str(if which == 0 {
                    &e.name
                } else {
                    e.alias.as_deref().unwrap_or(&e.name)
                });
            }
            Names::Loaded {
                text,
                form_at,
                first_form,
                ..
            } => {
                let f = first_form[i as usize] as usize + which as usize;
                out.push_str(&text[form_at[f]..form_at[f + 1]]);
            }
        }
    }
}

fn collect_tsv(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect_tsv(&path, out)?;
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("tsv")) {
            out.push(path);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Text.

const OPENERS: &[&str] = &[
    "今年以来",
    "近年来",
    "上半年",
    "一季度",
    "截至目前",
    "据了解",
    "记者了解到",
    "与此同时",
    "下一步",
    "此外",
    "目前",
    "去年",
    "前三季度",
    "今年前五个月",
    "“十四五”以来",
    "据统计",
    "总体来看",
    "从数据看",
    "值得关注的是",
    "另据介绍",
];

const SUBJECTS: &[&str] = &[
    "全市",
    "当地",
    "有关部门",
    "市商务局",
    "市发展改革委",
    "相关企业",
    "该市",
    "各地",
    "省工信厅",
    "市政府",
    "招商团队",
    "市场监管部门",
    "科技部门",
    "金融机构",
    "行业协会",
    "重点企业",
    "规上工业企业",
    "外资企业",
    "民营企业",
    "专精特新企业",
];

const ACTIONS: &[&str] = &[
    "持续优化营商环境",
    "深入推进产业链招商",
    "加快构建现代化产业体系",
    "着力提升自主创新能力",
    "不断完善基础配套设施",
    "积极融入长三角一体化发展",
    "推动制造业高端化智能化绿色化发展",
    "坚持项目为王的鲜明导向",
    "全力以赴抓招商促投资",
    "大力实施创新驱动发展战略",
    "加快培育新质生产力",
    "扎实推进数字化转型",
    "做好要素保障和服务工作",
    "推进产学研深度融合",
    "抢抓新一轮产业变革机遇",
    "强化企业服务专员制度",
    "统筹推进稳增长和调结构",
    "持续深化“放管服”改革",
    "加快建设高能级创新平台",
    "聚力打造一流产业生态",
    "优化土地资源配置",
    "推动存量企业增资扩产",
    "深化对外开放合作",
    "加强人才引进和培养",
    "完善重大项目推进机制",
    "持续开展“企业服务月”活动",
    "稳步扩大有效投资",
    "推进绿色低碳转型",
    "加快传统产业改造升级",
    "培育壮大战略性新兴产业",
];

const FIGURES: &[&str] = &[
    "实现规模以上工业总产值{n}亿元，同比增长{f}%",
    "完成固定资产投资{n}亿元，同比增长{f}%",
    "新增就业岗位{k}00个",
    "新签约项目{k}个，协议总投资{n}亿元",
    "实际使用外资{f}亿美元",
    "新增高新技术企业{k}家",
    "完成工业投资{n}亿元，占全年目标的{k}%",
    "进出口总额达到{n}亿元",
    "研发投入强度达到{f}%",
    "新开工亿元以上项目{k}个",
];

const OUTCOMES: &[&str] = &[
    "为全年目标任务的完成打下坚实基础",
    "经济运行保持稳中向好的态势",
    "发展后劲持续增强",
    "产业集聚效应日益显现",
    "高质量发展迈出坚实步伐",
    "营商环境满意度稳步提升",
    "创新活力不断迸发",
    "主要经济指标保持较快增长",
];

/// Sentences with names: {c} company, {z} zone, {p} project; {n} {f} {k} {y}
/// numbers.
const NAMED: &[&str] = &[
    "{c}、{c}等企业相继落户{z}",
    "{c}投资建设的{p}正式开工，总投资{n}亿元",
    "{z}新签约项目{k}个，包括{p}、{p}等，协议总投资{n}亿元",
    "以{c}、{c}、{c}为代表的一批企业加快集聚",
    "{c}与{c}签署战略合作协议，双方将在技术研发、市场开拓等方面深化合作",
    "{p}由{c}投资建设，计划总投资{n}亿元，达产后可实现年产值{n}亿元",
    "{c}负责人表示，将继续扩大在{z}的投资",
    "记者在{z}看到，{c}的生产线正满负荷运转",
    "{z}管委会相关负责人介绍，{p}预计年底竣工投产",
    "{c}成立于{y}年，是一家集研发、生产、销售于一体的高新技术企业",
    "{p}总投资{n}亿元，建成后将成为{z}的又一重要增长点",
    "{c}今年以来营业收入同比增长{f}%",
    "在{z}，{c}、{c}等企业正抢抓订单、开足马力",
    "{c}旗下的{c}近日完成新一轮融资",
    "{z}与{z}签署合作共建协议",
    "总投资{n}亿元的{p}在{z}开工建设",
    "{c}董事长表示，选择{z}，看中的是这里优良的营商环境",
    "{p}、{p}、{p}等一批重点项目加快推进",
    "{z}坚持招大引强，{c}等龙头企业纷纷入驻",
    "{c}计划在{z}投资{n}亿元建设{p}",
];

const TITLES: &[&str] = &[
    "{z}举行{y}年重点项目集中签约活动",
    "{p}在{z}开工",
    "{c}扩大在{z}投资",
    "{z}一季度经济运行综述",
    "{c}与{c}达成战略合作",
    "{z}：以项目建设推动高质量发展",
];

/// The state of one article: its random numbers, and its cast of
/// entities, which the article keeps returning to.
struct Writer<'a> {
    names: &'a Names,
    rng: Rng,
    cast: [Vec<u64>; 3],
    form: String,
    chars: u64,
    mentions: u64,
}

impl Writer<'_> {
    /// An entity index: half uniform, half with a heavy head (log-uniform),
    /// so that a few entities are everywhere and most are rare.
    fn draw_index(&mut self) -> u64 {
        let n = self.names.len();
        if self.rng.chance(0.5) {
            self.rng.below(n)
        } else {
            let x = ((n as f64).ln() * self.rng.unit()).exp() as u64;
            x.saturating_sub(1).min(n - 1)
        }
    }

    fn draw(&mut self, kind: Kind) -> u64 {
        let slot = kind as usize;
        let cast_len = self.cast[slot].len() as u64;
        if cast_len > 0 && self.rng.chance(0.6) {
            return self.cast[slot][self.rng.below(cast_len) as usize];
        }
        let mut i = self.draw_index();
        for _ in 0..64 {
            if self.names.kind(i) == kind {
                break;
            }
            i = self.draw_index();
        }
        self.cast[slot].push(i);
        i
    }

    fn push_name(&mut self, kind: Kind, out: &mut String) {
        let i = self.draw(kind);
        let forms = self.names.form_count(i);
        let which = if forms > 1 && self.rng.chance(0.3) {
            self.rng.range(1, forms - 1)
        } else {
            0
        };
        self.names.form(i, which, &mut self.form);
        out.push_str(&self.form);
        self.chars += self.form.chars().count() as u64;
        self.mentions += 1;
    }

    /// Expand a template's placeholders into `out`.
    fn expand(&mut self, template: &str, out: &mut String) {
        let mut rest = template;
        while let Some(at) = rest.find('{') {
            self.push_text(&rest[..at], out);
            let end = at + rest[at..].find('}').expect("templates close their braces");
            match &rest[at + 1..end] {
                "c" => self.push_name(Kind::Company, out),
                "z" => self.push_name(Kind::Zone, out),
                "p" => self.push_name(Kind::Project, out),
                "n" => {
                    let v = self.rng.range(1, 500);
                    self.push_number(v, out);
                }
                "k" => {
                    let v = self.rng.range(2, 60);
                    self.push_number(v, out);
                }
                "y" => {
                    let v = self.rng.range(1990, 2024);
                    self.push_number(v, out);
                }
                "f" => {
                    let (a, b) = (self.rng.range(1, 40), self.rng.below(10));
                    self.push_number(a, out);
                    self.push_text(".", out);
                    self.push_number(b, out);
                }
                other => unreachable!("unknown placeholder {other}"),
            }
            rest = &rest[end + 1..];
        }
        self.push_text(rest, out);
    }

    fn push_text(&mut self, s: &str, out: &mut String) {
        out.push_str(s);
        self.chars += s.chars().count() as u64;
    }

    fn push_number(&mut self, v: u64, out: &mut String) {
        let before = out.len();
        write!(out, "{v}").expect("writing to a String");
        self.chars += (out.len() - before) as u64;
    }

    fn filler(&mut self, out: &mut String) {
        let r = self.rng.below(4);
        let opener = self.rng.pick(OPENERS);
        let subject = self.rng.pick(SUBJECTS);
        let action = self.rng.pick(ACTIONS);
        self.push_text(opener, out);
        self.push_text("，", out);
        self.push_text(subject, out);
        self.push_text(action, out);
        if r < 2 {
            self.push_text("，", out);
            let figure = self.rng.pick(FIGURES);
            self.expand(figure, out);
        }
        if r == 0 || r == 3 {
            self.push_text("，", out);
            let outcome = self.rng.pick(OUTCOMES);
            self.push_text(outcome, out);
        }
        self.push_text("。", out);
    }

    /// One article of about `target` bytes at `density` names per 1000
    /// characters: a title paragraph, then paragraphs of 2-6 sentences.
    fn article(&mut self, target: usize, density: f64, out: &mut String) {
        let title = self.rng.pick(TITLES);
        self.expand(title, out);
        self.push_text("\n\n", out);
        while out.len() < target {
            let sentences = self.rng.range(2, 6);
            for _ in 0..sentences {
                // A sentence with names while the article is short of them.
                let wanted = density * (self.chars + 40) as f64 / 1000.0;
                if (self.mentions as f64) < wanted {
                    let t = self.rng.pick(NAMED);
                    self.expand(t, out);
                    self.push_text("。", out);
                } else {
                    self.filler(out);
                }
            }
            self.push_text("\n\n", out);
        }
    }
}

/// A date for file `f`: 2019-2024, like the news a user would have.
fn date_of(seed: u64, f: usize) -> String {
    let h = hash3(seed, S_FILE ^ 0xDA7E, f as u64);
    format!("{}-{:02}-{:02}", 2019 + h % 6, 1 + (h >> 8) % 12, 1 + (h >> 16) % 28)
}

fn doc_name(seed: u64, f: usize) -> String {
    format!("{}_{f:06}", date_of(seed, f))
}

struct Totals {
    bytes: u64,
    chars: u64,
    mentions: u64,
}

/// Article `f`, into `out` (cleared first).
fn article(names: &Names, seed: u64, f: usize, target: usize, density: f64, out: &mut String) -> Totals {
    out.clear();
    let mut w = Writer {
        names,
        rng: Rng::new(seed, S_FILE, f as u64),
        cast: [Vec::new(), Vec::new(), Vec::new()],
        form: String::new(),
        chars: 0,
        mentions: 0,
    };
    w.article(target, density, out);
    Totals {
        bytes: out.len() as u64,
        chars: w.chars,
        mentions: w.mentions,
    }
}

fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).expect("writing to a String"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_corpus(args: &CorpusArgs) -> anyhow::Result<()> {
    if args.size_mb.is_nan() || args.size_mb <= 0.0 {
        bail!("--size-mb must be positive");
    }
    if args.density.is_nan() || args.density < 0.0 {
        bail!("--density must be 0 or more");
    }
    if args.docs_per_file == 0 {
        bail!("--docs-per-file must be at least 1");
    }
    let started = std::time::Instant::now();
    let names = Names::open(&args.names_from, args.read_dict)?;
    if names.len() == 0 {
        bail!("the dictionary {} has no entity", args.names_from.display());
    }
    // Article sizes first (cheap), so the article count is known and each
    // article can be written by any thread.
    let total = (args.size_mb * 1e6) as u64;
    let mut targets = Vec::new();
    let mut sum = 0u64;
    while sum < total {
        let t = Rng::new(args.seed, S_SIZE, targets.len() as u64).range(20_000, 50_000);
        targets.push(t as usize);
        sum += t;
    }
    fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let jobs = match args.format {
        Format::Txt => targets.len(),
        Format::Jsonl => targets.len().div_ceil(args.docs_per_file),
    };
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, jobs.max(1));
    let next = AtomicUsize::new(0);
    let results: Vec<anyhow::Result<Totals>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> anyhow::Result<Totals> {
                    let mut sum = Totals {
                        bytes: 0,
                        chars: 0,
                        mentions: 0,
                    };
                    let mut text = String::new();
                    let mut line = String::new();
                    loop {
                        let job = next.fetch_add(1, Ordering::Relaxed);
                        if job >= jobs {
                            return Ok(sum);
                        }
                        let mut add = |t: Totals| {
                            sum.bytes += t.bytes;
                            sum.chars += t.chars;
                            sum.mentions += t.mentions;
                        };
                        match args.format {
                            Format::Txt => {
                                let t = article(&names, args.seed, job, targets[job], args.density, &mut text);
                                let dir = args.out.join(format!("{:04}", job / 1000));
                                fs::create_dir_all(&dir)?;
                                let path = dir.join(format!("{}.txt", doc_name(args.seed, job)));
                                fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
                                add(t);
                            }
                            Format::Jsonl => {
                                let path = args.out.join(format!("part-{job:05}.jsonl"));
                                let file =
                                    fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
                                let mut w = BufWriter::with_capacity(1 << 20, file);
                                let first = job * args.docs_per_file;
                                let batch = targets.iter().enumerate().skip(first).take(args.docs_per_file);
                                for (f, &target) in batch {
                                    let t = article(&names, args.seed, f, target, args.density, &mut text);
                                    line.clear();
                                    line.push_str("{\"id\":");
                                    json_string(&doc_name(args.seed, f), &mut line);
                                    line.push_str(",\"date\":");
                                    json_string(&date_of(args.seed, f), &mut line);
                                    line.push_str(",\"text\":");
                                    json_string(&text, &mut line);
                                    line.push_str("}\n");
                                    w.write_all(line.as_bytes())?;
                                    add(t);
                                }
                                w.flush().with_context(|| format!("writing {}", path.display()))?;
                            }
                        }
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a generator thread panicked"))
            .collect()
    });
    let (mut bytes, mut chars, mut mentions) = (0u64, 0u64, 0u64);
    for r in results {
        let t = r?;
        bytes += t.bytes;
        chars += t.chars;
        mentions += t.mentions;
    }
    eprintln!(
        "zonegraph-gen: {} articles, {:.1} MB of text, {} names ({:.2} per 1000 characters) → {} in {:.1} s",
        targets.len(),
        bytes as f64 / 1e6,
        mentions,
        mentions as f64 * 1000.0 / chars.max(1) as f64,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trade_names_are_distinct_and_the_permutation_is_a_bijection() {
        for set in [TradeChars::Curated, TradeChars::Gb2312] {
            let g = NameGen::new(7, set);
            let mut seen = std::collections::BTreeSet::new();
            for i in 0..20_000 {
                let mut t = String::new();
                g.trade(i, &mut t);
                assert!(!t.contains('区'));
                assert!(seen.insert(t), "trade name of {i} repeats ({set:?})");
            }
        }
    }

    #[test]
    fn the_gb2312_set_is_level_one_without_qu() {
        let chars = trade_chars(TradeChars::Gb2312);
        // 3,755 level-1 characters, less 区.
        assert_eq!(chars.len(), 3754);
        assert_eq!((chars[0], chars[chars.len() - 1]), ('啊', '座'));
        assert!(chars.iter().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(c)));
        assert!(chars.contains(&'腾') && chars.contains(&'讯') && !chars.contains(&'区'));
        // The manifest's name of a set reads back as that set.
        for set in [TradeChars::Curated, TradeChars::Gb2312] {
            assert_eq!(TradeChars::of(set.name()), Some(set));
        }
        assert_eq!(TradeChars::of("gbk"), None);
    }

    #[test]
    fn json_strings_escape() {
        let mut s = String::new();
        json_string("a\"b\\c\nd\u{1}", &mut s);
        assert_eq!(s, r#""a\"b\\c\nd\u0001""#);
    }
}
