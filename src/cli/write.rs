//! Writing a command's output to `-o FIL` (or standard output), the same way for every
//! command that publishes something (report, graph, matrix): `-o` never creates a
//! folder, never writes through a link or over a folder or a file of the management
//! system, writes atomically, and says what it wrote.

use std::path::Path;
use std::process::ExitCode;

use lsk::lang::Lang;
use lsk::model::Repository;

/// The format `-o FIL`'s extension names, lower-cased, looked up in `known`
/// (`[("html", Format::Html), …]`): `--format` wins over it, and it over the default.
pub fn format_of<F: Copy>(output: Option<&Path>, known: &[(&str, F)]) -> Option<F> {
    let extension = output?.extension()?.to_str()?.to_ascii_lowercase();
    known
        .iter()
        .find(|(e, _)| *e == extension)
        .map(|(_, format)| *format)
}

/// `(svenska, English)`: what is written, in the definite form ("kartan", "the map").
pub type What = (&'static str, &'static str);

/// Why the output may not be written to `target`, if it may not: `-o` never creates a
/// folder, never replaces a link or a folder, and never overwrites `lsk.yaml` or a
/// document file of the repository.
pub fn refuse_target(root: &Path, repo: &Repository, target: &Path, what: What) -> Option<String> {
    let parent = target.parent().filter(|p| !p.as_os_str().is_empty());
    let lang = repo.config.lang;
    if parent.is_some_and(|p| !p.is_dir()) {
        return Some(
            lang.pick(
                "mappen finns inte (lsk skapar inga mappar)",
                "the folder does not exist (lsk creates no folders)",
            )
            .into(),
        );
    }
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return None;
    };
    if meta.file_type().is_symlink() {
        return Some(
            lang.pick(
                "är en symbolisk länk; lsk skriver inte genom den",
                "is a symbolic link; lsk does not write through it",
            )
            .into(),
        );
    }
    if !meta.is_file() {
        return Some(
            lang.pick("är ingen vanlig fil", "is not an ordinary file")
                .into(),
        );
    }
    let (Ok(root), Ok(target)) = (root.canonicalize(), target.canonicalize()) else {
        return None;
    };
    let rel = target.strip_prefix(&root).ok()?;
    let rel = rel.to_string_lossy().replace('\\', "/");
    let ext = rel.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    let yaml = matches!(ext.as_deref(), Some("yaml" | "yml"));
    let document = repo.documents.iter().any(|d| repo.file_of(d).path == rel)
        || repo.unloaded.iter().any(|u| u.file == rel);
    // Markdown without front matter (a report written before) may be replaced.
    (rel == lsk::model::config::FILE_NAME || yaml || document).then(|| {
        lsk::tr!(
            lang,
            "är en fil i ledningssystemet; {} skriver inte över den",
            "is a file of the management system; {} does not overwrite it",
            lang.pick(what.0, what.1)
        )
    })
}

/// Writes `text` to `output` (atomically), or to standard output. A file is not written
/// when it would hold a personnummer or samordningsnummer in full (standard output masks
/// them): exit status 1.
pub fn emit(
    root: &Path,
    repo: &Repository,
    output: Option<&Path>,
    text: &str,
    what: What,
) -> ExitCode {
    let lang: Lang = repo.config.lang;
    let Some(file) = output else {
        out!("{text}");
        return ExitCode::SUCCESS;
    };
    if let Some(found) = lsk::identity::find(text).first() {
        let line = text[..found.range.start].matches('\n').count() + 1;
        let what = lang.pick(what.0, what.1);
        errln!(
            "{}",
            lsk::tr!(
                lang,
                "lsk: {}: {what} skrivs inte: rad {line} skulle innehålla ett personnummer eller samordningsnummer ur förrådet (`lsk check` visar var). Ta bort det först.",
                "lsk: {}: {what} is not written: its line {line} would hold a personal identity or coordination number from the repository (`lsk check` shows where). Remove it first.",
                file.display()
            )
        );
        return ExitCode::from(1);
    }
    if let Some(why) = refuse_target(root, repo, file, what) {
        errln!("lsk: {}: {why}", file.display());
        return ExitCode::from(2);
    }
    if let Err(e) = lsk::fs::write_atomic(file, text.as_bytes()) {
        errln!("lsk: {}: {e}", file.display());
        return ExitCode::from(2);
    }
    errln!("{} {}", lang.pick("skrev", "wrote"), file.display());
    ExitCode::SUCCESS
}
