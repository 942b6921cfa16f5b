//! Writing files atomically: a temporary file beside the target, then a rename, so a
//! reader never sees half a file and a failure leaves the old file as it was.

use std::io::Write;
use std::path::Path;

use tempfile::NamedTempFile;

/// `bytes` in a synced temporary file in the target's folder, ready to be renamed. It gets
/// the permissions of the file it replaces, or those of an ordinary new file: a temporary
/// file is private (0600) and would otherwise make the result unreadable to others.
fn staged(path: &Path, bytes: &[u8]) -> std::io::Result<NamedTempFile> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    let permissions = match std::fs::metadata(path) {
        Ok(existing) => existing.permissions(),
        Err(_) => new_file_permissions(dir)?,
    };
    tmp.as_file().set_permissions(permissions)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// What a newly created file would get here (the umask applied), found by creating one.
fn new_file_permissions(dir: &Path) -> std::io::Result<std::fs::Permissions> {
    let probe = tempfile::Builder::new()
        .prefix(".lsk-probe")
        .tempfile_in(dir)?;
    let probe_path = probe.path().to_path_buf();
    drop(probe);
    let file = std::fs::File::create_new(&probe_path)?;
    let permissions = file.metadata()?.permissions();
    drop(file);
    std::fs::remove_file(&probe_path)?;
    Ok(permissions)
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

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn keeps_the_permissions_of_the_file_it_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rutin.md");
        std::fs::write(&path, "gammal").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        super::write_atomic(&path, b"ny").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "ny");
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o664
        );
    }

    #[test]
    fn a_new_file_is_not_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rapport.html");
        super::create_new(&path, b"x").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_ne!(mode, 0o600, "created with a temporary file's private mode");
        assert!(
            std::fs::read_dir(dir.path()).unwrap().count() == 1,
            "probe left behind"
        );
    }
}
