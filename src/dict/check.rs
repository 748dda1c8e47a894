//! Dictionary QA for `zonegraph dict check`.
//!
//! Finds the entries that will not behave as their author expects under
//! leftmost-longest matching:
//!
//! - a written form claimed by two entities (only the first gets the matches);
//! - different written forms that normalise to one key (`Ｈ级` and `H级`);
//! - a form lying entirely inside a longer form of another entity, which the
//!   longer one hides wherever it occurs (often intended: `装备制造` inside
//!   `高端装备制造`; sometimes a bug);
//! - with a corpus, entities that never match.

use std::collections::{BTreeMap, BTreeSet};

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Serialize;

use super::Dictionary;
use crate::normalize::normalize_key;

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    /// One key, several entities.
    SharedKey { key: String, forms: Vec<Form> },
    /// One entity lists forms that normalise to the same key.
    RedundantForms { key: String, forms: Vec<Form> },
    /// `inner` lies inside `outer` and is hidden wherever `outer` occurs.
    Hidden { inner: Form, outer: Form },
    /// No match in the corpus given.
    NeverMatched { entity: String, name: String },
}

/// A written form of an entity and where it is defined.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Form {
    pub entity: String,
    pub form: String,
    pub at: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |forms: &[Form]| {
            forms
                .iter()
                .map(|x| format!("{} {:?} ({})", x.entity, x.form, x.at))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Finding::SharedKey { key, forms } => {
                write!(f, "shared: {key:?} is claimed by {}; the first wins", list(forms))
            }
            Finding::RedundantForms { key, forms } => {
                write!(f, "redundant: forms normalise to the same key {key:?}: {}", list(forms))
            }
            Finding::Hidden { inner, outer } => write!(
                f,
                "hidden: {} {:?} ({}) lies inside {} {:?} ({})",
                inner.entity, inner.form, inner.at, outer.entity, outer.form, outer.at
            ),
            Finding::NeverMatched { entity, name } => {
                write!(f, "unmatched: {entity} {name:?} never matches the corpus")
            }
        }
    }
}

/// Check a dictionary. `matched` lists entity indices seen in a corpus, when
/// one was given.
pub fn check(dict: &Dictionary, matched: Option<&BTreeSet<usize>>) -> Vec<Finding> {
    let mut by_key: BTreeMap<String, Vec<(usize, Form)>> = BTreeMap::new();
    for (i, e) in dict.entities.iter().enumerate() {
        for form in e.forms() {
            let key = normalize_key(form);
            if key.is_empty() {
                continue;
            }
            by_key.entry(key).or_default().push((
                i,
                Form {
                    entity: e.id.clone(),
                    form: form.to_string(),
                    at: e.location.to_string(),
                },
            ));
        }
    }
    let mut findings = Vec::new();
    for (key, forms) in &by_key {
        let entities: BTreeSet<usize> = forms.iter().map(|(i, _)| *i).collect();
        let list: Vec<Form> = forms.iter().map(|(_, f)| f.clone()).collect();
        if entities.len() > 1 {
            findings.push(Finding::SharedKey {
                key: key.clone(),
                forms: list,
            });
        } else if forms.len() > 1 {
            findings.push(Finding::RedundantForms {
                key: key.clone(),
                forms: list,
            });
        }
    }
    // Every key searched against every other key: overlapping search finds
    // each key inside each longer one.
    let keys: Vec<&String> = by_key.keys().collect();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&keys)
        .expect("automaton over dictionary keys builds");
    for (outer_i, outer_key) in keys.iter().enumerate() {
        let (outer_entity, outer_form) = &by_key[*outer_key][0];
        for m in ac.find_overlapping_iter(outer_key.as_str()) {
            let inner_i = m.pattern().as_usize();
            if inner_i == outer_i {
                continue;
            }
            let (inner_entity, inner_form) = &by_key[keys[inner_i]][0];
            if inner_entity != outer_entity {
                findings.push(Finding::Hidden {
                    inner: inner_form.clone(),
                    outer: outer_form.clone(),
                });
            }
        }
    }
    if let Some(matched) = matched {
        for (i, e) in dict.entities.iter().enumerate() {
            if !matched.contains(&i) {
                findings.push(Finding::NeverMatched {
                    entity: e.id.clone(),
                    name: e.name.clone(),
                });
            }
        }
    }
    findings.sort();
    findings.dedup();
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn finds_each_kind() {
        let text = "id\ttype\tname\taliases\tattributes\n\
                    a\tcluster\t装备制造\t\t\n\
                    b\tcluster\t高端装备制造\t\t\n\
                    c\tcompany\t华能\tＨＮ\t\n\
                    d\tcompany\t华能集团\tHN|hn\t\n";
        let mut d = Dictionary::default();
        let mut problems = Vec::new();
        d.load_file(Path::new("x.tsv"), text.as_bytes(), &mut problems);
        let matched: BTreeSet<usize> = [0, 1, 2].into_iter().collect();
        let got: Vec<String> = check(&d, Some(&matched))
            .iter()
            .map(|f| f.to_string().split(':').next().unwrap().to_string())
            .collect();
        assert_eq!(
            got,
            vec!["shared", "hidden", "hidden", "unmatched"],
            "{:?}",
            check(&d, Some(&matched))
        );
    }
}
