//! Writing files atomically: a temporary file beside the target, then a rename, so a
//! reader never sees half a file and a failure leaves the old file as it was.

use std::io::Write;
use std::path::Path;

use tempfile::NamedTempFile;

/// `bytes` in a synced temporary file in the target's folder, ready to be renamed.
fn staged(path: &Path, bytes: &[u8]) -> std::io::Result<NamedTempFile> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Replaces (or creates) `path` with `bytes`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    staged(path, bytes)?.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes `bytes` to a new file; fails if `path` exists (never overwrites).
pub fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    staged(path, bytes)?
        .persist_noclobber(path)
        .map_err(|e| e.error)?;
    Ok(())
}
