//! The matcher against a naive leftmost-longest reference: at each position
//! from the left, the longest key that starts there, then on after it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zonegraph::dict::Dictionary;
use zonegraph::matcher::Matcher;
use zonegraph::normalize::normalize_key;

fuzz_target!(|data: &[u8]| {
    // A small alphabet makes overlapping and nested keys common.
    const ALPHABET: [&str; 8] = ["开", "发", "区", "港", "A", "b", "产", "业"];
    let Some(split) = data.iter().position(|&b| b == 0xff) else { return };
    let (keys_raw, text_raw) = (&data[..split], &data[split + 1..]);
    let mut keys: Vec<String> = keys_raw
        .split(|&b| b == 0xfe)
        .map(|k| k.iter().take(6).map(|b| ALPHABET[usize::from(*b) % 8]).collect::<String>())
        .filter(|k| !k.is_empty())
        .take(64)
        .collect();
    keys.sort();
    keys.dedup();
    let text: String = text_raw.iter().take(400).map(|b| ALPHABET[usize::from(*b) % 8]).collect();
    let mut tsv = String::from("id\ttype\tname\taliases\tattributes\n");
    for (i, k) in keys.iter().enumerate() {
        tsv.push_str(&format!("e{i}\tcompany\t{k}\t\t\n"));
    }
    let mut dict = Dictionary::default();
    dict.load_file(std::path::Path::new("f.tsv"), tsv.as_bytes(), &mut Vec::new());
    let haystack = text.to_ascii_lowercase();
    let got: Vec<(usize, usize)> = Matcher::new(&dict).find(&haystack).iter().map(|m| (m.start, m.end)).collect();
    let lowered: Vec<String> = keys.iter().map(|k| normalize_key(k)).collect();
    let mut want = Vec::new();
    let mut pos = 0;
    while pos < haystack.len() {
        let best = lowered.iter().filter(|k| haystack[pos..].starts_with(k.as_str())).map(String::len).max();
        match best {
            Some(len) => {
                want.push((pos, pos + len));
                pos += len;
            }
            None => pos += haystack[pos..].chars().next().map_or(1, char::len_utf8),
        }
    }
    assert_eq!(got, want, "keys {keys:?} text {text:?}");
});
