//! The dictionary parser on arbitrary bytes: no panic, every loaded entity
//! is well formed, and an automaton builds over whatever loaded.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zonegraph::dict::{Dictionary, valid_id};
use zonegraph::matcher::Matcher;

fuzz_target!(|data: &[u8]| {
    let mut dict = Dictionary::default();
    let mut problems = Vec::new();
    dict.load_file(std::path::Path::new("fuzz.tsv"), data, &mut problems);
    for e in &dict.entities {
        assert!(valid_id(&e.id) && !e.name.is_empty());
    }
    let matcher = Matcher::new(&dict);
    let _ = matcher.find("临江经济开发区云帆重工");
});
