//! Document dates: where a document's date comes from, in one written form.
//!
//! Dates are `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known,
//! so they sort as text. A document's date comes from its metadata (front
//! matter `date`, JSONL `date`), else from its path (`2024/03/15/a.txt`,
//! `news_20240315.html`, `2024-03-15_title.md`); `--date-from` can pick one
//! source or give a regular expression with named groups `year`, `month`,
//! `day` to apply to the document's path.

use regex::Regex;

/// Where document dates come from.
#[derive(Clone, Debug, Default)]
pub enum DateSource {
    /// Metadata, then the path.
    #[default]
    Auto,
    Meta,
    Path,
    /// A pattern over the path, with named groups `year`, `month`, `day`.
    Pattern(Regex),
}

/// As `--date-from` takes it.
impl std::fmt::Display for DateSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateSource::Auto => write!(f, "auto"),
            DateSource::Meta => write!(f, "meta"),
            DateSource::Path => write!(f, "path"),
            DateSource::Pattern(re) => write!(f, "{}", re.as_str()),
        }
    }
}

impl DateSource {
    /// `auto`, `meta`, `path`, or a regular expression.
    pub fn parse(s: &str) -> Result<DateSource, String> {
        match s {
            "auto" => Ok(DateSource::Auto),
            "meta" => Ok(DateSource::Meta),
            "path" => Ok(DateSource::Path),
            pattern => {
                let re = Regex::new(pattern).map_err(|e| format!("bad --date-from pattern: {e}"))?;
                if !re.capture_names().any(|n| n == Some("year")) {
                    return Err("a --date-from pattern needs a named group (?P<year>…)".into());
                }
                Ok(DateSource::Pattern(re))
            }
        }
    }

    /// The date of a document with this metadata date and path (or id).
    pub fn date(&self, meta: Option<&str>, path: &str) -> Option<String> {
        match self {
            DateSource::Auto => meta.and_then(normalize_date).or_else(|| date_in_path(path)),
            DateSource::Meta => meta.and_then(normalize_date),
            DateSource::Path => date_in_path(path),
            DateSource::Pattern(re) => {
                let caps = re.captures(path)?;
                let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
                compose(num("year")?, num("month"), num("day"))
            }
        }
    }
}

fn compose(year: u32, month: Option<u32>, day: Option<u32>) -> Option<String> {
    if !(1900..=2100).contains(&year) {
        return None;
    }
    match (month, day) {
        (Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
            Some(format!("{year:04}-{m:02}-{d:02}"))
        }
        (Some(m), _) if (1..=12).contains(&m) => Some(format!("{year:04}-{m:02}")),
        (None, _) => Some(format!("{year:04}")),
        _ => None,
    }
}

/// The leading numbers of a date written as `2021-12-31 11:38`, `2021/12/31`,
/// `2021.12.31`, `2021年12月31日`, `20211231`, `2021-12` or `2021`.
pub fn normalize_date(s: &str) -> Option<String> {
    let s: String = s.trim().chars().map(crate::normalize::fold_char).collect();
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() == 8 {
        let n = |r: std::ops::Range<usize>| digits[r].parse::<u32>().ok();
        return compose(n(0..4)?, n(4..6), n(6..8));
    }
    let mut parts = s
        .split(|c: char| !c.is_ascii_digit())
        .take_while(|p| !p.is_empty())
        .map(|p| p.parse::<u32>().ok());
    let year = parts.next()??;
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let month = parts.next().flatten();
    let day = parts.next().flatten();
    compose(year, month, day)
}

/// A date written in a path: `2024-03-15`, `2024_03_15`, `20240315`,
/// `2024/03/15`, or `2024/03` (the last match wins, as file names are more
/// specific than folders).
pub fn date_in_path(path: &str) -> Option<String> {
    static PATTERNS: std::sync::OnceLock<[Regex; 2]> = std::sync::OnceLock::new();
    let [full, month] = PATTERNS.get_or_init(|| {
        [
            Regex::new(r"(?:^|[^0-9])((?:19|20)\d{2})[-_./]?(0[1-9]|1[0-2])[-_./]?(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)")
                .expect("valid pattern"),
            Regex::new(r"(?:^|[^0-9])((?:19|20)\d{2})[-_/.](0[1-9]|1[0-2])(?:[^0-9]|$)").expect("valid pattern"),
        ]
    });
    let num = |c: &regex::Captures, i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    if let Some(c) = full.captures_iter(path).last() {
        return compose(num(&c, 1)?, num(&c, 2), num(&c, 3));
    }
    let c = month.captures_iter(path).last()?;
    compose(num(&c, 1)?, num(&c, 2), None)
}

/// Whether a (possibly partial) date falls within `since..=until`; a partial
/// date counts when any day of it does.
pub fn within(date: &str, since: Option<&str>, until: Option<&str>) -> bool {
    let first = match date.len() {
        4 => format!("{date}-01-01"),
        7 => format!("{date}-01"),
        _ => date.to_string(),
    };
    let last = match date.len() {
        4 => format!("{date}-12-31"),
        7 => format!("{date}-31"),
        _ => date.to_string(),
    };
    since.is_none_or(|s| last.as_str() >= s) && until.is_none_or(|u| first.as_str() <= u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_forms() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2021-12-31 11:38:34 +0800", Some("2021-12-31")),
            ("2021/12/31", Some("2021-12-31")),
            ("2021.1.5", Some("2021-01-05")),
            ("2021年12月31日", Some("2021-12-31")),
            ("２０２１年３月", Some("2021-03")),
            ("20211231", Some("2021-12-31")),
            ("2021", Some("2021")),
            ("2021-13-01", None),
            ("昨天", None),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_date(input).as_deref(), *want, "{input}");
        }
    }

    #[test]
    fn dates_in_paths() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2024-03-15_gangzha_signing.txt", Some("2024-03-15")),
            ("news/2023/05/07/a.html", Some("2023-05-07")),
            ("archive/2022/11/story.txt", Some("2022-11")),
            ("nt_20211231_01.html", Some("2021-12-31")),
            ("000_aa0ffbfededfaf98.txt", None),
            ("report-123456789.txt", None),
        ];
        for (input, want) in cases {
            assert_eq!(date_in_path(input).as_deref(), *want, "{input}");
        }
        let custom = DateSource::parse(r"id(?P<year>\d{4})(?P<month>\d{2})").unwrap();
        assert_eq!(custom.date(None, "x/id202105-7").as_deref(), Some("2021-05"));
        assert!(DateSource::parse("(").is_err());
        assert!(DateSource::parse(r"\d+").is_err());
    }

    #[test]
    fn windows() {
        assert!(within("2021-12-31", Some("2021-01-01"), Some("2021-12-31")));
        assert!(!within("2022-01-01", None, Some("2021-12-31")));
        assert!(within("2021-12", Some("2021-12-15"), None));
        assert!(!within("2020", Some("2021-01-01"), None));
    }
}
