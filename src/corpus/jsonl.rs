//! JSONL: one document per line, `{"id", "text", "title"?, "date"?, "url"?}`.
//!
//! Offsets of a JSONL document point into its decoded `text` string, since
//! that is what a user loads back in pandas or Python to look at the evidence.
//! A malformed line is one problem; the other lines still count.

use std::path::Path;

use serde::Deserialize;

use super::{Document, Format, Piece};
use crate::error::{Location, Problem};

#[derive(Deserialize)]
struct Line {
    id: Option<IdValue>,
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

/// Ids may be written as strings or numbers.
#[derive(Deserialize)]
#[serde(untagged)]
enum IdValue {
    Str(String),
    Num(serde_json::Number),
}

pub fn read(path: &Path, text: &str, problems: &mut Vec<Problem>) -> Vec<Document> {
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Line = match serde_json::from_str(line) {
            Ok(parsed) => parsed,
            Err(err) => {
                problems.push(Problem::new(
                    Location::line(path, line_no),
                    format!("malformed JSONL line: {err}; line skipped"),
                ));
                continue;
            }
        };
        let id = match parsed.id {
            Some(IdValue::Str(s)) if !s.is_empty() => s,
            Some(IdValue::Num(n)) => n.to_string(),
            _ => {
                problems.push(Problem::new(
                    Location::line(path, line_no),
                    "JSONL line has no \"id\"; line skipped",
                ));
                continue;
            }
        };
        let Some(body) = parsed.text else {
            problems.push(Problem::new(
                Location::line(path, line_no),
                format!("JSONL document {id:?} has no \"text\"; line skipped"),
            ));
            continue;
        };
        docs.push(Document {
            id,
            path: path.to_path_buf(),
            line: Some(line_no),
            format: Format::Jsonl,
            title: parsed.title,
            date: parsed.date,
            url: parsed.url,
            bytes: body.len(),
            encoding: "UTF-8",
            pieces: if body.is_empty() {
                Vec::new()
            } else {
                vec![Piece::Text {
                    orig_len: body.len(),
                    text: body,
                    origin: 0,
                    verbatim: true,
                }]
            },
        });
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_and_bad_lines() {
        let input = "{\"id\":\"a\",\"text\":\"甲\"}\n{broken\n\n{\"id\":7,\"text\":\"乙\",\"date\":\"2024-01-01\"}\n{\"text\":\"丙\"}\n";
        let mut problems = Vec::new();
        let docs = read(Path::new("x.jsonl"), input, &mut problems);
        let ids: Vec<_> = docs.iter().map(|d| (d.id.as_str(), d.line)).collect();
        assert_eq!(ids, vec![("a", Some(1)), ("7", Some(4))]);
        let lines: Vec<_> = problems.iter().map(|p| p.location.line).collect();
        assert_eq!(lines, vec![Some(2), Some(5)]);
        assert_eq!(docs[1].date.as_deref(), Some("2024-01-01"));
    }
}
