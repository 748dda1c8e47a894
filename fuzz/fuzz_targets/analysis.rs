//! The whole per-document analysis (normalising, matching, the zone and firm
//! walks, field records, rules, figures, discovery) with the bundled
//! dictionaries, on text made of the pieces articles are made of and the
//! dictionaries' names, and on raw bytes in every input format. Invariants
//! ([`zonegraph::selfcheck`]): no panic, every span inside the original, no
//! edge from an entity to itself, the same result twice.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use zonegraph::corpus::Format;
use zonegraph::pipeline::Resources;
use zonegraph::selfcheck::{Setup, compose, names};

fn setup() -> &'static (Setup, Vec<String>) {
    static SETUP: OnceLock<(Setup, Vec<String>)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let dirs = [std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../dictionaries")];
        let resources = Resources::load(&dirs, &dirs, &mut Vec::new()).expect("the bundled dictionaries load");
        let names = names(&resources.dict).into_iter().map(String::from).collect();
        (Setup::new(resources), names)
    })
}

fuzz_target!(|data: &[u8]| {
    let (setup, names) = setup();
    let Some((&selector, rest)) = data.split_first() else { return };
    let checked = match selector % 8 {
        // Raw bytes, one format each.
        0..=3 => {
            let format = [Format::Text, Format::Markdown, Format::Html, Format::Jsonl][usize::from(selector % 4)];
            setup.check_bytes(rest, format)
        }
        _ => {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            setup.check_bytes(compose(rest, &names).as_bytes(), Format::Text)
        }
    };
    if let Err(e) = checked {
        panic!("{e}");
    }
});
