//! Decoding one document of each type: the first byte picks the type and the file kind,
//! the rest is the header (and body). No panic; every diagnostic lies inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lsk::lang::Lang;
use lsk::model::DocType;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let typ = DocType::ALL[usize::from(pick) % DocType::ALL.len()];
    let markdown = pick & 0x80 != 0;
    let mut bytes = Vec::new();
    if markdown {
        bytes.extend_from_slice(b"---\n");
    }
    bytes.extend_from_slice(format!("typ: {}\n", typ.as_str()).as_bytes());
    bytes.extend_from_slice(rest);
    let rel = if markdown { "dok.md" } else { "dok.yaml" };
    let result = lsk::load::parse_bytes(rel, bytes, Lang::Sv);
    let len = result.file.as_ref().map_or(0, |f| f.text.len());
    for d in &result.diagnostics {
        assert!(d.line >= 1 && d.column >= 1, "unlocated: {d:?}");
        assert!(d.span.start <= d.span.end && d.span.end <= len, "outside: {d:?}");
    }
});
