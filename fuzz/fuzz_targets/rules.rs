//! The relation-rule parser on arbitrary text: no panic; problems, not
//! crashes, for bad rules.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zonegraph::relations::rules::{RuleSet, parse_pattern};

fuzz_target!(|text: &str| {
    let mut set = RuleSet::default();
    let mut problems = Vec::new();
    set.load_str(std::path::Path::new("fuzz.toml"), text, &mut problems);
    let _ = parse_pattern(text);
});
