//! Bad input that once took seconds or minutes: each case's `lsk check` time (release
//! binary, human and JSON output), against a baseline measured in the same run: `lsk check`
//! on the clean example repository. Target: every case under 2 s. See BENCHMARKS.md.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::{lsk_binary, median};

const TARGET: Duration = Duration::from_secs(2);
const MIB4: usize = 4 * 1024 * 1024;

fn main() {
    let lsk = lsk_binary();
    let work = tempfile::tempdir().expect("temporary folder");
    // (what, file name, content): one bad file in an otherwise empty repository.
    let cases: Vec<(&str, &str, Vec<u8>)> = vec![
        (
            "id of 200,000 characters",
            "a.yaml",
            format!("typ: rutin\nid: R{}\ntitel: x\n", "x".repeat(200_000)).into_bytes(),
        ),
        (
            "unknown typ of 4 MiB",
            "a.yaml",
            format!("typ: {}\n", "r".repeat(MIB4 - 200)).into_bytes(),
        ),
        (
            "40,000 personnummer on one line",
            "a.md",
            format!("Nr: {}\n", "19121212-1212 ".repeat(40_000)).into_bytes(),
        ),
        (
            "300,000 personnummer on one 4 MiB line",
            "a.md",
            format!("Nr: {}\n", "19121212-1212 ".repeat(299_000)).into_bytes(),
        ),
        (
            "200,000 lines with a personnummer",
            "a.md",
            "Nr 19121212-1212\n".repeat(200_000).into_bytes(),
        ),
        (
            "flow maps nested 100,000 deep",
            "a.yaml",
            format!(
                "typ: rutin\nid: R\nx: {}{}\n",
                "{a: ".repeat(100_000),
                "}".repeat(100_000)
            )
            .into_bytes(),
        ),
        (
            "CR line ends, a 2 MB line of å",
            "a.yaml",
            format!(
                "typ: rutin\rid: R\rtitel: {}\rokänd: 1\r",
                "å".repeat(1_000_000)
            )
            .into_bytes(),
        ),
        ("4 MiB of unknown keys", "a.yaml", {
            let mut s = String::from("typ: rutin\nid: R\ntitel: T\n");
            let mut i = 0;
            while s.len() < MIB4 - 100 {
                s.push_str(&format!("nyckel{i}: värde\n"));
                i += 1;
            }
            s.into_bytes()
        }),
    ];

    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/omsorg");
    let baseline = median(5, || run(&lsk, &example, "human"));
    println!(
        "baseline: lsk check examples/omsorg  {:>8.3} s",
        secs(baseline)
    );
    println!();
    println!(
        "{:<42} {:>9} {:>9} {:>7}  target < 2 s",
        "case", "human", "json", "ratio"
    );
    let mut all_met = true;
    for (i, (name, rel, bytes)) in cases.iter().enumerate() {
        let dir = work.path().join(format!("case{i}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("lsk.yaml"),
            "organisation: Testkommun\nverksamhet: [SoL]\n",
        )
        .unwrap();
        std::fs::write(dir.join(rel), bytes).unwrap();
        let human = median(3, || run(&lsk, &dir, "human"));
        let json = median(3, || run(&lsk, &dir, "json"));
        let worst = human.max(json);
        let met = worst < TARGET;
        all_met &= met;
        println!(
            "{name:<42} {:>8.3}s {:>8.3}s {:>6.1}×  {}",
            secs(human),
            secs(json),
            secs(worst) / secs(baseline),
            if met { "met" } else { "NOT MET" }
        );
    }
    println!();
    println!(
        "{}",
        if all_met {
            "every case under 2 s"
        } else {
            "some case took 2 s or more"
        }
    );
}

fn run(lsk: &Path, dir: &Path, format: &str) -> Duration {
    let start = Instant::now();
    let status = Command::new(lsk)
        .args(["check", "--today", "2026-11-24", "--format", format])
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run lsk");
    let took = start.elapsed();
    assert!(
        matches!(status.code(), Some(0..=2)),
        "lsk check {} ended with {status}",
        dir.display()
    );
    took
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}
