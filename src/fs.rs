//! Writing files safely. Every write is atomic: a temporary file beside the target, then
//! a rename, so a reader never sees half a file and a failure leaves the old file as it
//! was. The writers that edit a repository ([`replace`], [`create_in`]) also stay inside
//! its root, never replace a symbolic link or a read-only file, and never overwrite a
//! change made since the file was read.

use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::lang::Lang;
use crate::tr;

/// Why a write was refused; nothing was written.
#[derive(Debug)]
pub enum Refusal {
    /// The path, or a symbolic link on it, leads out of the repository.
    OutsideRoot,
    /// The file is read-only.
    ReadOnly,
    /// Not an ordinary file (a folder, a device).
    NotAFile,
    /// The file changed after it was read (another writer).
    Changed,
    /// Another `lsk` is writing the file right now.
    Busy,
    /// The file already exists (and is not to be overwritten).
    Exists,
    /// The folder does not exist.
    NoFolder,
    Io(std::io::Error),
}

impl Refusal {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Refusal::OutsideRoot => tr!(
                lang,
                "sökvägen leder ut ur förrådet (via en symbolisk länk)",
                "the path leads out of the repository (through a symbolic link)"
            ),
            Refusal::ReadOnly => tr!(lang, "filen är skrivskyddad", "the file is read-only"),
            Refusal::NotAFile => tr!(lang, "inte en vanlig fil", "not an ordinary file"),
            Refusal::Changed => tr!(
                lang,
                "filen ändrades efter att den lästes (av någon annan); kör kommandot igen",
                "the file changed after it was read (by someone else); run the command again"
            ),
            Refusal::Busy => tr!(
                lang,
                "en annan lsk skriver filen just nu (finns låsfilen kvar efter ett avbrott kan den tas bort)",
                "another lsk is writing the file right now (if the lock file is left after a crash, it can be removed)"
            ),
            Refusal::Exists => tr!(lang, "filen finns redan", "the file already exists"),
            Refusal::NoFolder => tr!(lang, "mappen finns inte", "the folder does not exist"),
            Refusal::Io(e) => e.to_string(),
        }
    }
}

impl From<std::io::Error> for Refusal {
    fn from(e: std::io::Error) -> Self {
        Refusal::Io(e)
    }
}

/// `bytes` in a synced temporary file in the target's folder, ready to be renamed. It gets
/// the permissions of the file it replaces, or those of an ordinary new file: a temporary
/// file is private (0600) and would otherwise make the result unreadable to others.
fn staged(path: &Path, bytes: &[u8]) -> std::io::Result<NamedTempFile> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
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

/// Replaces (or creates) `path` with `bytes`. The folder must exist.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    staged(path, bytes)?.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Replaces (or creates) `path` with `bytes` through a temporary file beside it and a
/// rename, so that a reader sees the old file or the new one, never half of one; but
/// without waiting for the disk. For output that can be made again from the repository
/// (a site of thousands of pages), where [`write_atomic`]'s sync per file costs seconds.
pub fn write_replacing(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.lsk-tmp"));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// Writes `bytes` to a new file; fails if `path` exists (never overwrites).
pub fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    staged(path, bytes)?
        .persist_noclobber(path)
        .map_err(|e| e.error)?;
    Ok(())
}

/// `path` with symbolic links resolved, if it lies inside `root` (itself resolved).
fn inside(root: &Path, path: &Path) -> Result<PathBuf, Refusal> {
    let root = root.canonicalize()?;
    let resolved = path.canonicalize()?;
    if resolved.starts_with(&root) {
        Ok(resolved)
    } else {
        Err(Refusal::OutsideRoot)
    }
}

/// Replaces the repository file `root/rel`, which was read as `expected`, with `bytes`.
///
/// A symbolic link is followed to its target, which must be inside the root; the target
/// is written, the link stays. Refused for a read-only file, for a file that no longer
/// holds `expected`, and while another `lsk` writes it (a lock file beside it, removed
/// when done).
pub fn replace(root: &Path, rel: &str, expected: &[u8], bytes: &[u8]) -> Result<(), Refusal> {
    let target = inside(root, &root.join(rel))?;
    let meta = std::fs::metadata(&target)?;
    if !meta.is_file() {
        return Err(Refusal::NotAFile);
    }
    if meta.permissions().readonly() {
        return Err(Refusal::ReadOnly);
    }
    let _lock = Lock::take(&target)?;
    if std::fs::read(&target)? != expected {
        return Err(Refusal::Changed);
    }
    write_atomic(&target, bytes)?;
    Ok(())
}

/// A lock file beside a file being written, removed when dropped.
struct Lock(PathBuf);

impl Lock {
    fn take(target: &Path) -> Result<Lock, Refusal> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = target.with_file_name(format!(".{name}.lsk-lock"));
        match std::fs::File::create_new(&path) {
            Ok(_) => Ok(Lock(path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Refusal::Busy),
            Err(e) => Err(e.into()),
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Creates the new file `root/rel`, and the folders it needs, all inside `root`: no folder
/// on the way may be a symbolic link that leads out. Never overwrites.
pub fn create_in(root: &Path, rel: &str, bytes: &[u8]) -> Result<(), Refusal> {
    let path = root.join(rel);
    let parent = path.parent().unwrap_or(root);
    // The deepest folder that exists must be inside the root, symbolic links resolved.
    let existing = parent.ancestors().find(|p| p.exists()).unwrap_or(root);
    inside(root, existing)?;
    std::fs::create_dir_all(parent)?;
    inside(root, parent)?;
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(Refusal::Exists);
    }
    create_new(&path, bytes).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => Refusal::Exists,
        _ => Refusal::Io(e),
    })
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
