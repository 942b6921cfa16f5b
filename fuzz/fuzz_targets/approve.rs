//! `approve`'s edit on any header: no panic; when it edits, the result has the decision
//! fields set, and editing again with the same values changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lsk::control::approve::edit_header;
use lsk::syntax::SourceFile;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let path = if pick & 1 == 0 { "rutin.md" } else { "rutin.yaml" };
    let file = SourceFile::new(path, text.to_string());
    let fields = [
        ("status", "gällande".to_string()),
        ("beslutad_av", "mas".to_string()),
        ("fastställd", "2026-11-20".to_string()),
        ("revideras_senast", "2027-11-20".to_string()),
    ];
    if let Some(edited) = edit_header(&file, &fields) {
        let again = edit_header(&SourceFile::new(path, edited.clone()), &fields);
        assert_eq!(again.as_deref(), Some(edited.as_str()), "not idempotent");
    }
});
