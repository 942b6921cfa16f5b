//! Front matter split and the line index: any text, any offset, no panic; the header and
//! body lie inside the text, in order; a line/column is never 0.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lsk::syntax::{SourceFile, Split, source};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for split in [source::split_markdown(text), source::split_yaml(text)] {
        match split {
            Split::FrontMatter { header, body } => {
                assert!(header.start <= header.end && header.end <= body.start);
                assert!(body.end == text.len());
            }
            Split::Yaml { header } => assert!(header.end == text.len()),
            Split::Unclosed { opening } => assert!(opening.end <= text.len()),
            Split::NoFrontMatter => {}
        }
    }
    let file = SourceFile::new("a.md", text.to_string());
    let step = (text.len() / 64).max(1);
    for offset in (0..=text.len() + 1).step_by(step) {
        let (line, column) = file.line_col(offset);
        assert!(line >= 1 && column >= 1);
    }
    let masked = lsk::identity::mask(text);
    assert!(lsk::identity::find(&masked).is_empty(), "a number survived masking");
});
