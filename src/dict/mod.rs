//! Dictionary stage: load the curated TSV dictionaries.
//!
//! A dictionary is a folder of UTF-8 TSV files with `#` comments and a
//! required header. The header says what a file holds:
//!
//! - `id`, `type`, `name`, `aliases`, `attributes`, tab-separated (more
//!   columns may follow): entities.
//!   Aliases are separated by `|`, attributes are `key=value` pairs
//!   separated by `;`.
//! - `head`, `relation`, `tail` (more columns may follow, `note` and
//!   `confidence` are read): curated relations between entity ids.
//! - `form`, `refers_to`, `mention`, `not_after`, `not_before`, `note`:
//!   generic references such as bare `开发区` or `全区`, which mean the zone
//!   an article is about (see [`Generic`]).
//!
//! A bad row is a [`Problem`] with its file and line and is skipped; the rest
//! of the dictionary still loads. The first entity to claim an id wins.

pub mod check;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{Error, Location, Problem, Result};
use crate::overlap::Overlap;

pub const ENTITY_HEADER: [&str; 5] = ["id", "type", "name", "aliases", "attributes"];
pub const RELATION_HEADER: [&str; 3] = ["head", "relation", "tail"];
pub const GENERIC_HEADER: [&str; 2] = ["form", "refers_to"];

/// A generic reference: a word like `开发区` or `全区` that, in an article
/// about one zone, means that zone.
#[derive(Clone, Debug, PartialEq)]
pub struct Generic {
    pub form: String,
    /// The entity type it refers to (`zone`).
    pub refers_to: String,
    /// Whether a resolved reference is also a mention (`开发区` is a short
    /// name; `全区` is a pronoun that only anchors relations).
    pub mention: bool,
    /// Words right before the form that make it a class use
    /// (`国家级开发区`, `先进开发区`).
    pub not_after: Vec<String>,
    /// Words right after the form that make it a class use (`开发区之一`).
    pub not_before: Vec<String>,
    /// When not empty, the form refers only to an entity whose name or an
    /// alias ends with one of these and with none of the ones written with a
    /// leading `!` (`新区|!高新区`: bare `新区` means the article's zone only
    /// when that zone is itself a 新区, and not a 高新区).
    pub only_for: Vec<String>,
    /// When not empty, the form is a reference only where nothing of a name
    /// can stand before it: at the start of the text, after a character that
    /// is not a CJK ideograph (punctuation, a digit, a space), or after one
    /// of these words (`入驻新区`, `在新区`). Elsewhere it ends a name the
    /// dictionary lacks (`滨湖新区`) and stays unresolved.
    pub only_after: Vec<String>,
    /// What the form means: the article's salient entity of its type, the
    /// name just given, or the subject of its sentence (`resolves` in the
    /// file).
    pub resolves: Resolves,
    pub location: Location,
}

/// What a generic form refers to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Resolves {
    /// The article's salient entity of its type (`开发区`, `全区`).
    #[default]
    Salient,
    /// The nearest name of its type before it in the same paragraph
    /// (`该项目`: the project just named).
    Previous,
    /// The first name of its type in its sentence, before it: the subject
    /// that a clause-initial `其` goes on with (`A是B的控股子公司,其投资的…`).
    Subject,
    /// Only the name the text defines it for (`A(以下简称“债务人”)`), from
    /// there on; nothing where the text does not define it.
    Defined,
    /// The article's entity of its type where its paragraph has named it
    /// before (bare `公司` in a story about one firm, after a subsidiary was
    /// named), else as [`Resolves::Previous`].
    Article,
    /// The last name of its kind anywhere before it in the article, else
    /// what a [`Resolves::Salient`] form of that kind means (the article's
    /// entity if it is of that kind, or the one of that kind the article
    /// names most): a bare `综保区` after `…下辖的盐城综合保税区` in an earlier
    /// paragraph.
    Named,
}

impl Resolves {
    /// Whether the form stands for a name the text has just given, rather
    /// than for the article's zone.
    pub fn is_local(self) -> bool {
        self != Resolves::Salient
    }
}

/// One dictionary entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub id: String,
    pub etype: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub attributes: Attributes,
    pub location: Location,
}

/// An entity's `key=value` attributes, sorted by key, held as one string.
///
/// A `BTreeMap<String, String>` spent about 600 bytes on each entity (a
/// node of eleven slots and four strings); at 10⁶ entities that was half of
/// the loaded dictionary. The canonical text `k=v;k=v` is unambiguous
/// because [`parse_attributes`] splits pairs at `;` and a pair at its first
/// `=`: a key holds neither, a value no `;`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes(Box<str>);

impl Attributes {
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// `(key, value)` pairs in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .split(';')
            .filter(|pair| !pair.is_empty())
            .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<BTreeMap<String, String>> for Attributes {
    fn from(map: BTreeMap<String, String>) -> Attributes {
        let mut text = String::new();
        for (k, v) in &map {
            if !text.is_empty() {
                text.push(';');
            }
            text.push_str(k);
            text.push('=');
            text.push_str(v);
        }
        Attributes(text.into_boxed_str())
    }
}

impl Entity {
    /// The canonical name followed by the aliases.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A curated relation between two entities.
#[derive(Clone, Debug, PartialEq)]
pub struct DeclaredRelation {
    pub head: String,
    pub relation: String,
    pub tail: String,
    pub note: String,
    pub confidence: f64,
    pub location: Location,
}

/// A loaded dictionary file, for run metadata.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DictFile {
    pub path: String,
    pub sha256: String,
    pub entities: usize,
    pub relations: usize,
}

#[derive(Clone, Debug, Default)]
pub struct Dictionary {
    pub entities: Vec<Entity>,
    pub relations: Vec<DeclaredRelation>,
    pub generics: Vec<Generic>,
    pub files: Vec<DictFile>,
    by_id: IdIndex,
}

/// Entity index by id, without a second copy of each id.
///
/// A `BTreeMap<String, usize>` held every id twice over (the entity's and
/// the map's own) and a tree node share per entry, about 100 bytes an
/// entity. This maps a 64-bit hash of the id to the entity's index and
/// compares the id itself in the entity; two ids with the same hash (rare)
/// go to a small exact map. It is only looked up, never iterated, so its
/// hash order cannot reach any output.
#[derive(Clone, Debug, Default)]
struct IdIndex {
    by_hash: std::collections::HashMap<u64, u32>,
    collided: BTreeMap<String, u32>,
}

impl IdIndex {
    fn hash(id: &str) -> u64 {
        use std::hash::{Hash, Hasher};
        // SipHash with fixed keys: the same on every run.
        let mut h = std::hash::DefaultHasher::new();
        id.hash(&mut h);
        h.finish()
    }

    fn get(&self, entities: &[Entity], id: &str) -> Option<usize> {
        match self.by_hash.get(&Self::hash(id)) {
            Some(&i) if entities[i as usize].id == id => Some(i as usize),
            Some(_) => self.collided.get(id).map(|&i| i as usize),
            None => None,
        }
    }

    /// Record `id` at `index`; the caller has checked it is new.
    fn insert(&mut self, id: &str, index: usize) {
        use std::collections::hash_map::Entry;
        let index = u32::try_from(index).expect("fewer than 2^32 entities");
        match self.by_hash.entry(Self::hash(id)) {
            Entry::Vacant(slot) => {
                slot.insert(index);
            }
            Entry::Occupied(_) => {
                self.collided.insert(id.to_string(), index);
            }
        }
    }
}

/// A field as a spreadsheet saves it: wholly in double quotes, with inner
/// quotes doubled (`"云帆""重工"""`). Other quotes are part of the text.
fn unquote(field: &str) -> std::borrow::Cow<'_, str> {
    match field.strip_prefix('"').and_then(|f| f.strip_suffix('"')) {
        Some(inner) if field.len() >= 2 => {
            if inner.contains("\"\"") {
                std::borrow::Cow::Owned(inner.replace("\"\"", "\""))
            } else {
                std::borrow::Cow::Borrowed(inner.trim())
            }
        }
        _ => std::borrow::Cow::Borrowed(field),
    }
}

impl Dictionary {
    pub fn get(&self, id: &str) -> Option<usize> {
        self.by_id.get(&self.entities, id)
    }

    /// Load the generic-reference files (`generic*.tsv`) of resource folders
    /// that were not loaded already as dictionaries.
    pub fn load_generics(&mut self, paths: &[PathBuf], problems: &mut Vec<Problem>) -> Result<()> {
        for path in paths {
            if !path.is_dir() {
                continue;
            }
            for file in tsv_files(path)? {
                let generic_name = file
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("generic"));
                let loaded = self.files.iter().any(|f| Path::new(&f.path) == file);
                if generic_name && !loaded {
                    let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
                    self.load_file(&file, &bytes, problems);
                }
            }
        }
        Ok(())
    }

    /// Add discovered candidates as entities marked `source=discovered`. A
    /// short name linked to a full name becomes an alias of it instead.
    pub fn add_discovered(&mut self, candidates: &[crate::discover::Candidate]) {
        for c in candidates.iter().filter(|c| c.linked_to.is_none()) {
            if self.get(&c.id).is_some() {
                continue;
            }
            let mut attributes = BTreeMap::from([
                ("source".to_string(), "discovered".to_string()),
                ("confidence".to_string(), c.confidence.to_string()),
            ]);
            attributes.insert("discovered_count".to_string(), c.count.to_string());
            self.by_id.insert(&c.id, self.entities.len());
            self.entities.push(Entity {
                id: c.id.clone(),
                etype: c.etype.clone(),
                name: c.name.clone(),
                aliases: c.aliases.clone(),
                attributes: attributes.into(),
                location: Location::file("(discovered)"),
            });
        }
        for c in candidates {
            let Some(owner) = c.linked_to.as_ref().and_then(|id| self.get(id)) else {
                continue;
            };
            let e = &mut self.entities[owner];
            if e.name != c.name && !e.aliases.contains(&c.name) {
                e.aliases.push(c.name.clone());
            }
        }
    }

    /// Load every `.tsv` file in the given folders (or files), in sorted order.
    pub fn load(paths: &[PathBuf], problems: &mut Vec<Problem>) -> Result<Dictionary> {
        let mut dict = Dictionary::default();
        for path in paths {
            for file in tsv_files(path)? {
                let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
                dict.load_file(&file, &bytes, problems);
            }
        }
        dict.check_relations(problems);
        Ok(dict)
    }

    /// Load one file's bytes; used by [`Dictionary::load`] and by tests.
    ///
    /// The header row is read first; the rows after it are parsed on every
    /// core, a window of chunks at a time (a chunk ends at a line feed, and
    /// with no quoting a record never spans one), and added in file order,
    /// which is where duplicate ids are found, while the next window is
    /// parsed. On one core, this was 40% of a build's start-up at 10⁶
    /// names. The file's SHA-256 is taken meanwhile.
    pub fn load_file(&mut self, path: &Path, bytes: &[u8], problems: &mut Vec<Problem>) {
        let entities_before = self.entities.len();
        let relations_before = self.relations.len();
        let (sha256, loaded) = rayon::join(
            || hex(&Sha256::digest(bytes)),
            || self.load_rows(path, bytes, problems, None),
        );
        if loaded {
            self.files.push(DictFile {
                path: path.display().to_string(),
                sha256,
                entities: self.entities.len() - entities_before,
                relations: self.relations.len() - relations_before,
            });
        }
    }

    /// The rows of [`Dictionary::load_file`], parsed in chunks of about
    /// `chunk` bytes (by default a size that gives every core a few);
    /// false when the file was skipped for a bad header.
    fn load_rows(&mut self, path: &Path, bytes: &[u8], problems: &mut Vec<Problem>, chunk: Option<usize>) -> bool {
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        // csv's own line count goes wrong on CRLF files (a record's position
        // can point at the "\n" that ends the line before), so lines are
        // counted from the first byte of the record's text.
        let newlines: Vec<usize> = body
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i)
            .collect();
        let rows = Rows {
            path: path.into(),
            body,
            newlines: &newlines,
        };
        // The header: the first row that is not blank, a comment or broken.
        let mut reader = Rows::reader(body);
        let mut kind = None;
        for record in reader.byte_records() {
            let (at, fields) = match rows.fields(&record, 0) {
                Ok(row) => row,
                Err(Some(problem)) => {
                    problems.push(problem);
                    continue;
                }
                Err(None) => continue,
            };
            let fields: Vec<&str> = fields.iter().map(|f| f.as_ref()).collect();
            match header_kind(&fields) {
                Some(k) => kind = Some(k),
                None => {
                    problems.push(Problem::new(
                        at,
                        format!(
                            "bad header {:?}: expected \"{}\", \"{}\" or \"{}\"; file skipped",
                            fields.join("\t"),
                            ENTITY_HEADER.join("\\t"),
                            RELATION_HEADER.join("\\t"),
                            GENERIC_HEADER.join("\\t"),
                        ),
                    ));
                    return false;
                }
            }
            break;
        }
        let Some(kind) = kind else {
            problems.push(Problem::new(Location::file(path), "no header row; file skipped"));
            return true;
        };
        let from = usize::try_from(reader.position().byte()).expect("a position inside the file");
        if matches!(kind, FileKind::Entities) {
            // One row a line at most: the vector is not regrown (and copied).
            self.entities
                .reserve(newlines.len() - newlines.partition_point(|&nl| nl < from) + 1);
        }
        let threads = rayon::current_num_threads();
        let chunk = chunk.unwrap_or(((body.len() - from) / (4 * threads)).clamp(1 << 16, 1 << 20));
        let chunks = line_chunks(body, from, chunk);
        // Rows are added while the next window is parsed.
        let mut add = |parsed: Vec<Vec<Row>>| {
            for row in parsed.into_iter().flatten() {
                self.add_row(row, problems);
            }
            Ok(())
        };
        let mut overlap = Overlap::new(&mut add);
        for window in chunks.chunks(4 * threads) {
            overlap
                .step(|| Ok(window.par_iter().map(|&(a, b)| rows.parse(kind, a, b)).collect()))
                .expect("parsing and adding rows cannot fail");
        }
        overlap.finish().expect("adding rows cannot fail");
        true
    }

    /// Add a parsed row: here, in file order, duplicate ids are found.
    fn add_row(&mut self, row: Row, problems: &mut Vec<Problem>) {
        let duplicate = |dict: &Dictionary, id: &str, at: &Location| {
            dict.get(id).map(|first| {
                Problem::new(
                    at.clone(),
                    format!(
                        "duplicate id {id} (first defined at {}); row skipped",
                        dict.entities[first].location
                    ),
                )
            })
        };
        match row {
            Row::Problem(problem) => problems.push(problem),
            Row::Entity(entity) => match duplicate(self, &entity.id, &entity.location) {
                Some(problem) => problems.push(problem),
                None => {
                    self.by_id.insert(&entity.id, self.entities.len());
                    self.entities.push(entity);
                }
            },
            // Checked for a duplicate id first, as a good row is.
            Row::BadEntity { id, problem } => {
                problems.push(duplicate(self, &id, &problem.location).unwrap_or(problem));
            }
            Row::Relation(relation) => self.relations.push(relation),
            Row::Generic(generic) => self.generics.push(generic),
        }
    }

    /// Drop declared relations whose ids are unknown, each with a problem.
    fn check_relations(&mut self, problems: &mut Vec<Problem>) {
        let (by_id, entities) = (&self.by_id, &self.entities);
        self.relations.retain(|r| {
            let missing: Vec<&str> = [&r.head, &r.tail]
                .into_iter()
                .filter(|id| by_id.get(entities, id).is_none())
                .map(String::as_str)
                .collect();
            if missing.is_empty() {
                return true;
            }
            problems.push(Problem::new(
                r.location.clone(),
                format!("unknown id {} in relation; row skipped", missing.join(", ")),
            ));
            false
        });
    }
}

/// A data row of a dictionary file, parsed apart from the dictionary it
/// goes into (so on any thread); [`Dictionary::add_row`] adds it.
enum Row {
    Problem(Problem),
    Entity(Entity),
    /// An entity row whose problem is found after the duplicate-id check
    /// (a malformed attribute): a duplicate id is reported instead.
    BadEntity {
        id: String,
        problem: Problem,
    },
    Relation(DeclaredRelation),
    Generic(Generic),
}

/// One dictionary file's text, and what places a row in it.
struct Rows<'a> {
    path: std::sync::Arc<Path>,
    /// The file's bytes after a byte-order mark.
    body: &'a [u8],
    /// Where each line feed of `body` is.
    newlines: &'a [usize],
}

impl Rows<'_> {
    /// A tab-separated reader with no quoting: a record ends at a line end.
    fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
        csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .quoting(false)
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes)
    }

    /// The line of the record whose text starts at byte `at` of the body.
    fn line_at(&self, byte: usize) -> usize {
        let mut at = byte;
        while self.body.get(at).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            at += 1;
        }
        1 + self.newlines.partition_point(|&nl| nl < at)
    }

    /// A record the reader could not read, as a problem at its line.
    fn unreadable(&self, err: &csv::Error, offset: usize) -> Problem {
        let line = err.position().map_or(0, |p| self.line_at(offset + p.byte() as usize));
        Problem::new(Location::line(&*self.path, line), err.to_string())
    }

    /// A record's location and fields, borrowed from the record (a field is
    /// copied only to undo a spreadsheet's quotes). `Err(None)` for a blank
    /// or comment row, `Err(Some(_))` for one that could not be read or is
    /// not UTF-8. `offset` is where the reader's bytes start in the body.
    fn fields<'r>(
        &self,
        record: &'r csv::Result<csv::ByteRecord>,
        offset: usize,
    ) -> Result<(Location, Vec<Cow<'r, str>>), Option<Problem>> {
        let record = record.as_ref().map_err(|err| Some(self.unreadable(err, offset)))?;
        let line = record
            .position()
            .map_or(0, |p| self.line_at(offset + p.byte() as usize));
        let at = Location::shared(self.path.clone(), line);
        let Ok(fields) = record
            .iter()
            .map(|f| std::str::from_utf8(f).map(|f| unquote(f.trim())))
            .collect::<Result<Vec<Cow<str>>, _>>()
        else {
            return Err(Some(Problem::new(at, "not valid UTF-8; row skipped")));
        };
        // Comments are skipped here rather than by the csv reader, which
        // would then leave them out of its line count.
        if fields.iter().all(|f| f.is_empty()) || fields[0].starts_with('#') {
            return Err(None);
        }
        Ok((at, fields))
    }

    /// The rows of `body[from..to]`, in order.
    fn parse(&self, kind: FileKind, from: usize, to: usize) -> Vec<Row> {
        let mut rows = Vec::new();
        for record in Rows::reader(&self.body[from..to]).byte_records() {
            let (at, fields) = match self.fields(&record, from) {
                Ok(row) => row,
                Err(Some(problem)) => {
                    rows.push(Row::Problem(problem));
                    continue;
                }
                Err(None) => continue,
            };
            let f: Vec<&str> = fields.iter().map(|f| f.as_ref()).collect();
            let row = match kind {
                FileKind::Entities => entity_row(&f, at),
                FileKind::Relations(cols) => relation_row(&f, at, cols).map(Row::Relation),
                FileKind::Generics(cols) => generic_row(&f, at, cols).map(Row::Generic),
            };
            rows.push(row.unwrap_or_else(Row::Problem));
        }
        rows
    }
}

/// `body[from..]` cut into pieces of about `size` bytes, each ending just
/// after a line feed (the last at the end).
fn line_chunks(body: &[u8], from: usize, size: usize) -> Vec<(usize, usize)> {
    let mut chunks = Vec::new();
    let mut start = from;
    while start < body.len() {
        let end = match body[(start + size).min(body.len())..].iter().position(|&b| b == b'\n') {
            Some(i) => (start + size).min(body.len()) + i + 1,
            None => body.len(),
        };
        chunks.push((start, end));
        start = end;
    }
    chunks
}

/// An entity row. Problems found before the duplicate-id check are
/// `Err`; one found after it is [`Row::BadEntity`].
fn entity_row(f: &[&str], at: Location) -> Result<Row, Problem> {
    if f.len() < ENTITY_HEADER.len() - 2 {
        return Err(Problem::new(
            at,
            format!("expected at least 3 columns (id, type, name), found {}", f.len()),
        ));
    }
    let (id, etype, name) = (f[0], f[1], f[2]);
    if !valid_id(id) {
        return Err(Problem::new(
            at,
            format!("bad id {id:?}: ids are letters, digits and . - _ : only (like zone:gangzha-edz)"),
        ));
    }
    if etype.is_empty() || !etype.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return Err(Problem::new(
            at,
            format!("bad type {etype:?}: one lowercase word expected"),
        ));
    }
    if name.is_empty() {
        return Err(Problem::new(at, format!("entity {id} has an empty name")));
    }
    let mut aliases: Vec<String> = Vec::new();
    for alias in f.get(3).copied().unwrap_or("").split('|') {
        let alias = alias.trim();
        if !alias.is_empty() && alias != name && !aliases.iter().any(|a| a == alias) {
            aliases.push(alias.to_string());
        }
    }
    let attributes = match parse_attributes(f.get(4).copied().unwrap_or("")) {
        Ok(attributes) => attributes,
        Err(bad) => {
            return Ok(Row::BadEntity {
                id: id.to_string(),
                problem: Problem::new(at, format!("malformed attribute {bad:?}: key=value expected")),
            });
        }
    };
    Ok(Row::Entity(Entity {
        id: id.to_string(),
        etype: etype.to_string(),
        name: name.to_string(),
        aliases,
        attributes: attributes.into(),
        location: at,
    }))
}

fn relation_row(f: &[&str], at: Location, cols: Columns) -> Result<DeclaredRelation, Problem> {
    if f.len() < 3 || f[..3].iter().any(|f| f.is_empty()) {
        return Err(Problem::new(at, "expected head, relation and tail"));
    }
    let relation = f[1];
    if !relation.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return Err(Problem::new(
            at,
            format!("bad relation {relation:?}: one lowercase word expected"),
        ));
    }
    let confidence = match cols.confidence.and_then(|i| f.get(i)).filter(|s| !s.is_empty()) {
        None => 1.0,
        Some(s) => match s.parse::<f64>() {
            Ok(c) if (0.0..=1.0).contains(&c) => c,
            _ => {
                return Err(Problem::new(
                    at,
                    format!("bad confidence {s:?}: a number from 0 to 1 expected"),
                ));
            }
        },
    };
    Ok(DeclaredRelation {
        head: f[0].to_string(),
        relation: relation.to_string(),
        tail: f[2].to_string(),
        note: cols
            .note
            .and_then(|i| f.get(i))
            .map_or_else(String::new, |s| s.to_string()),
        confidence,
        location: at,
    })
}

fn generic_row(f: &[&str], at: Location, cols: GenericColumns) -> Result<Generic, Problem> {
    let list = |i: Option<usize>| -> Vec<String> {
        i.and_then(|i| f.get(i))
            .copied()
            .unwrap_or("")
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    };
    if f.len() < 2 || f[0].is_empty() || f[1].is_empty() {
        return Err(Problem::new(at, "expected form and refers_to"));
    }
    let mention = match f.get(2).map(|s| s.to_ascii_lowercase()).as_deref() {
        None | Some("" | "no") => false,
        Some("yes") => true,
        Some(other) => return Err(Problem::new(at, format!("mention must be yes or no, found {other:?}"))),
    };
    let resolves = match cols.resolves.and_then(|i| f.get(i)).map(|s| s.trim()) {
        None | Some("" | "salient") => Resolves::Salient,
        Some("previous") => Resolves::Previous,
        Some("subject") => Resolves::Subject,
        Some("defined") => Resolves::Defined,
        Some("article") => Resolves::Article,
        Some("named") => Resolves::Named,
        Some(other) => {
            return Err(Problem::new(
                at,
                format!("resolves must be salient, previous, subject, defined, article or named, found {other:?}"),
            ));
        }
    };
    Ok(Generic {
        form: f[0].to_string(),
        refers_to: f[1].to_string(),
        mention,
        not_after: list(Some(3)),
        not_before: list(Some(4)),
        only_for: list(cols.only_for),
        only_after: list(cols.only_after),
        resolves,
        location: at,
    })
}
#[derive(Clone, Copy, Debug, Default)]
struct Columns {
    note: Option<usize>,
    confidence: Option<usize>,
}

/// Where a generic-reference file's optional columns are, found by name:
/// they came after `note`, so older files without them still load.
#[derive(Clone, Copy, Debug, Default)]
struct GenericColumns {
    only_for: Option<usize>,
    only_after: Option<usize>,
    resolves: Option<usize>,
}

#[derive(Clone, Copy, Debug)]
enum FileKind {
    Entities,
    Relations(Columns),
    Generics(GenericColumns),
}

fn header_kind(fields: &[&str]) -> Option<FileKind> {
    let names: Vec<String> = fields.iter().map(|f| f.to_ascii_lowercase()).collect();
    let cols = Columns {
        note: names.iter().position(|n| n == "note"),
        confidence: names.iter().position(|n| n == "confidence"),
    };
    if names.len() >= 5 && names[..5] == ENTITY_HEADER {
        Some(FileKind::Entities)
    } else if names.len() >= 3 && names[..3] == RELATION_HEADER {
        Some(FileKind::Relations(cols))
    } else if names.len() >= 2 && names[..2] == GENERIC_HEADER {
        Some(FileKind::Generics(GenericColumns {
            only_for: names.iter().position(|n| n == "only_for"),
            only_after: names.iter().position(|n| n == "only_after"),
            resolves: names.iter().position(|n| n == "resolves"),
        }))
    } else {
        None
    }
}

/// Ids become XML ids in GraphML and node names in DOT, so they are kept to
/// XML name characters: letters (any script), digits, `.`, `-`, `_`, `:`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'))
}

/// Parse `k=v; k=v`. Returns the offending piece on error.
pub fn parse_attributes(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for part in text.split(';') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        match part.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => {
                out.insert(k.trim().to_string(), v.trim().to_string());
            }
            _ => return Err(part.to_string()),
        }
    }
    Ok(out)
}

/// The `.tsv` files under a path, sorted; the path itself if it is a file.
fn tsv_files(path: &Path) -> Result<Vec<PathBuf>> {
    files_with_extension(path, "tsv")
}

/// The files with an extension under a folder, sorted; a file path names
/// itself when it has that extension.
pub fn files_with_extension(path: &Path, extension: &str) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    let has_ext = |p: &Path| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if meta.is_file() {
        return Ok(if has_ext(path) || extension == "tsv" {
            vec![path.to_path_buf()]
        } else {
            Vec::new()
        });
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::Io {
            path: e.path().unwrap_or(path).to_path_buf(),
            source: e.into(),
        })?;
        if entry.file_type().is_file() && has_ext(entry.path()) {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_quotes_are_undone() {
        let cases = [
            ("临开", "临开"),
            ("\"临开\"", "临开"),
            ("\"云帆\"\"重工\"\"\"", "云帆\"重工\""),
            ("云帆\"重工", "云帆\"重工"),
            ("\"", "\""),
            ("\"\"", ""),
            ("\"a", "\"a"),
        ];
        for (field, want) in cases {
            assert_eq!(unquote(field), want, "{field:?}");
        }
    }

    fn load(text: &str) -> (Dictionary, Vec<String>) {
        let mut dict = Dictionary::default();
        let mut problems = Vec::new();
        dict.load_file(Path::new("d.tsv"), text.as_bytes(), &mut problems);
        dict.check_relations(&mut problems);
        (dict, problems.iter().map(ToString::to_string).collect())
    }

    /// Rows parsed in chunks of any size give what one pass over the file
    /// gives: the same entities, relations and problems, in the same order
    /// and at the same lines, duplicates found across chunks included.
    #[test]
    fn chunked_parsing_is_one_pass() {
        let mut entities = String::from("\u{feff}# made for the test\r\n\r\nid\ttype\tname\taliases\tattributes\r\n");
        for i in 0..300 {
            let row = match i % 10 {
                0 => format!("e{}\tcompany\t重复{i}\t\t\n", i / 2),
                1 => format!("e{i}\tcompany\t坏属性{i}\t\tfoo\n"),
                2 => format!("e{}\tcompany\t重复坏属性{i}\t\tfoo\r\n", i - 2),
                3 => "# a comment\n\n".to_string(),
                4 => format!("bad id {i}\tcompany\t名{i}\t\t\n"),
                // U+FFFD stands for an invalid byte, put in below.
                5 => format!("e{i}\tcompany\t\u{fffd}{i}\t\t\n"),
                _ => format!("e{i}\tzone\t园区{i}\t别名{i}|别名{i}\tlevel=national; area_km2={i}\r\n"),
            };
            entities.push_str(&row);
        }
        let relations = "head\trelation\ttail\tconfidence\ne6\towns\te7\t0.5\nx\t坏\ty\t\n";
        let load = |chunk: Option<usize>| {
            let mut dict = Dictionary::default();
            let mut problems = Vec::new();
            for (name, text) in [("e.tsv", entities.clone()), ("r.tsv", relations.to_string())] {
                let mut bytes = text.into_bytes();
                while let Some(at) = bytes.windows(3).position(|w| w == "\u{fffd}".as_bytes()) {
                    bytes.splice(at..at + 3, [0xff]);
                }
                dict.load_rows(Path::new(name), &bytes, &mut problems, chunk);
            }
            let entities: Vec<String> = dict
                .entities
                .iter()
                .map(|e| format!("{} {} {:?} {:?} {}", e.id, e.name, e.aliases, e.attributes, e.location))
                .collect();
            let relations: Vec<String> = dict.relations.iter().map(|r| format!("{r:?}")).collect();
            let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
            (entities, relations, problems)
        };
        let whole = load(Some(usize::MAX / 2));
        assert_eq!(whole.0.len(), 150, "{:?}", whole.0);
        assert!(
            whole
                .2
                .iter()
                .any(|p| p.starts_with("e.tsv:6: duplicate id e0 (first defined at e.tsv:4)")),
            "{:?}",
            whole.2
        );
        assert!(whole.2.iter().any(|p| p.contains("not valid UTF-8")), "{:?}", whole.2);
        for chunk in [Some(1), Some(7), Some(100), Some(4096), None] {
            assert_eq!(load(chunk), whole, "chunks of {chunk:?} bytes");
        }
    }

    #[test]
    fn load_errors_name_file_and_line() {
        let cases: &[(&str, &str)] = &[
            ("id\tkind\tname\n", "d.tsv:1: bad header"),
            (
                "# c\nid\ttype\tname\taliases\tattributes\nzone:a\tzone\t\t\t\n",
                "d.tsv:3: entity zone:a has an empty name",
            ),
            (
                "id\ttype\tname\taliases\tattributes\na\tzone\t甲\t\t\na\tzone\t乙\t\t\n",
                "d.tsv:3: duplicate id a",
            ),
            (
                "id\ttype\tname\taliases\tattributes\na\tzone\t甲\t\tfoo\n",
                "d.tsv:2: malformed attribute \"foo\"",
            ),
            (
                "id\ttype\tname\taliases\tattributes\na\tZone\t甲\t\t\n",
                "d.tsv:2: bad type",
            ),
            (
                "head\trelation\ttail\na\towns\tb\n",
                "d.tsv:2: unknown id a, b in relation",
            ),
            ("", "d.tsv: no header row"),
        ];
        for (text, want) in cases {
            let (_, problems) = load(text);
            assert!(
                problems.iter().any(|p| p.starts_with(want)),
                "for {text:?} expected {want:?}, got {problems:?}"
            );
        }
    }

    #[test]
    fn bom_crlf_comments_and_extra_columns() {
        let text = "\u{feff}# comment\r\nid\ttype\tname\taliases\tattributes\tnote\r\nzone:a\tzone\t甲开发区\t甲区| 甲区 |\testablished=1993; area_km2=40.5\tx\r\n";
        let (dict, problems) = load(text);
        assert!(problems.is_empty(), "{problems:?}");
        let e = &dict.entities[0];
        assert_eq!(e.aliases, vec!["甲区"]);
        assert_eq!(e.attributes.get("area_km2"), Some("40.5"));
        assert_eq!(e.location.line, Some(3));
    }
}
