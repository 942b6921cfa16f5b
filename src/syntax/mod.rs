//! The bottom layer: source text and where things are in it. A [`SourceFile`] with its
//! line index, the front-matter split, and the YAML [`Node`](yaml::Node) tree with byte
//! spans; the outline of a Markdown body. Nothing here knows what a document is.

pub mod outline;
mod peek;
pub mod source;
mod span;
pub mod yaml;
mod yaml_error;
mod yaml_fast;

pub use peek::peek;
pub use source::{SourceFile, Split};
pub use span::Span;

/// For the tests that compare a quick reading with a full one: every file below `dirs`
/// (`.git` left out) whose name ends, in any case, with one of `endings`, with its path
/// and text.
#[cfg(test)]
pub(crate) fn files_below(
    mut dirs: Vec<std::path::PathBuf>,
    endings: &[&str],
) -> Vec<(String, String)> {
    let mut found = Vec::new();
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.ends_with(".git") {
                continue;
            }
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let name = path.to_string_lossy().into_owned();
            if !endings.iter().any(|e| name.to_lowercase().ends_with(e)) {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(&path) {
                found.push((name, text));
            }
        }
    }
    found
}

/// The lines of `text`, each with its `\n` (as `str::split_inclusive('\n')`), found with
/// `memchr`'s vectorised search: faster on the short lines of headers and bodies.
pub(crate) fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
    ends.chain(std::iter::once(text.len()))
        .filter_map(move |end| {
            let line = text.get(start..end).filter(|l| !l.is_empty());
            start = end;
            line
        })
}

#[cfg(test)]
mod lines_tests {
    #[test]
    fn lines_inclusive_is_split_inclusive() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\n\nb\n",
            "\n\n",
            "å\r\nä\n",
            "x\ny\nz",
        ] {
            let ours: Vec<&str> = super::lines_inclusive(text).collect();
            let std: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }
}
