//! Relations stage: edges between entities, each with its evidence.
//!
//! This stage produces [`EdgeAcc`]umulators keyed by (head, relation, tail);
//! the graph stage turns them into petgraph edges. Co-occurrence lives in
//! [`cooccur`]; curated relations come from the dictionaries.

pub mod cooccur;
pub mod rules;
pub mod salience;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// A sentence that supports an edge: the document, the sentence's byte span
/// in the original file, and its normalised text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Where an edge comes from: `cooccurrence`, `dictionary`, or a rule id.
pub const ORIGIN_COOCCURRENCE: &str = "cooccurrence";
pub const ORIGIN_DICTIONARY: &str = "dictionary";
pub const CO_OCCURS: &str = "co_occurs";

/// An edge being built.
#[derive(Clone, Debug, Default)]
pub struct EdgeAcc {
    pub origin: String,
    pub confidence: f64,
    /// Number of supporting sentences (or 1 for a curated relation).
    pub count: u64,
    pub docs: BTreeSet<String>,
    pub evidence: Vec<Evidence>,
}

impl EdgeAcc {
    pub fn add(&mut self, evidence: Evidence, max_evidence: usize) {
        self.count += 1;
        self.docs.insert(evidence.doc.clone());
        if self.evidence.len() < max_evidence {
            self.evidence.push(evidence);
        }
    }
}

/// Edges keyed by (head entity index, relation, tail entity index).
pub type Edges = BTreeMap<(usize, String, usize), EdgeAcc>;
