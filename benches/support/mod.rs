//! What the bench binaries share: finding the release binary, and the median of runs.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

/// The release `lsk` binary. Cargo sets `CARGO_BIN_EXE_lsk` when it builds benches (and
/// builds the binary for them); otherwise look in the target folder.
pub fn lsk_binary() -> PathBuf {
    if let Some(path) = option_env!("CARGO_BIN_EXE_lsk") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let path = target.join("release").join("lsk");
    assert!(
        path.exists(),
        "{} is missing: run `cargo build --release` first",
        path.display()
    );
    path
}

/// The median of `runs` timings.
pub fn median(runs: usize, mut f: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| f()).collect();
    times.sort();
    times[times.len() / 2]
}
