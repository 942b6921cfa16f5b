//! Benchmark: how fast is `lsk check` on a large, realistic management system?
//!
//! Run with
//!
//! ```text
//! cargo bench --bench check
//! ```
//!
//! (`cargo bench` also builds the `lsk` binary with the release settings; the
//! subprocess measurement runs that binary.)
//!
//! What it does, for 1,000 and 10,000 documents:
//!
//! 1. Generates a synthetic repository in a temporary folder. The generator is
//!    deterministic (a tiny linear congruential generator with a fixed seed, no extra
//!    crates) and the repository is *clean*: `lsk check` reports nothing on it with
//!    `--today 2026-11-24`. It is shaped like a real municipal system: ~10 % processes,
//!    ~80 % routines and checklists in Markdown, the rest improvement work.
//! 2. Warms the page cache, then times on that same repository, median of N runs:
//!    - the baseline: walk the tree and read every file into memory (like `cat`);
//!    - `lsk::check::load` alone (walk + read + parse + decode) and
//!      `lsk::check::check` (load + all rules), in this process;
//!    - the release binary end-to-end as a child process
//!      (`lsk check DIR --today 2026-11-24 --format json > /dev/null`), with the
//!      child's peak resident memory from `wait4(2)` (spawned from a small helper
//!      process, so that the bench's own memory is not counted: see `run_binary`).
//!    - a read-only baseline as a process: this bench binary run again
//!      (`LSK_BENCH_READ_ONLY=DIR`), walking the tree and reading every file on one thread,
//!      so that `lsk check` as a process is compared with a process that only reads
//!      (the two processes run in turn, 3N times each, so that drift over the run falls
//!      on both);
//! 3. Prints a table with the ratios against both baselines, measured in the same run, and
//!    whether the targets are met: 10,000 documents within 1.5× the read-only baseline
//!    (and at most 0.5 s, 300 MB), 100,000 within 2.5× and under 500 MB peak.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lsk::check::{self, Options};
use lsk::model::Date;

mod support;
use support::{lsk_binary, median};

/// The date the checks count from; every generated date is chosen so that nothing is
/// overdue or due soon on this day.
const TODAY: &str = "2026-11-24";

/// Targets for 10,000 documents.
const TARGET_WALL: Duration = Duration::from_millis(500);
const TARGET_RSS_MB: f64 = 300.0;
const TARGET_SITE: Duration = Duration::from_secs(5);
/// `lsk check` ÷ the read-only baseline: at 10,000 and at 100,000 documents.
const TARGET_RATIO_10K: f64 = 1.5;
const TARGET_RATIO_100K: f64 = 2.5;
/// Peak memory at 100,000 documents.
const TARGET_RSS_100K_MB: f64 = 500.0;

/// At most this many files per folder ("folders of a few hundred files each").
const FOLDER_SIZE: usize = 250;

/// (documents, timed runs) per size. `LSK_BENCH_SIZES=10000,100000` picks some.
const SIZES: &[(usize, usize)] = &[(1_000, 7), (10_000, 5), (100_000, 3)];

fn main() {
    // Run as the read-only baseline: walk and read every file, one thread, and exit.
    if let Some(dir) = std::env::var_os("LSK_BENCH_READ_ONLY") {
        let bytes = read_all(Path::new(&dir));
        println!("{bytes}");
        return;
    }
    // Run as the small parent of one `lsk check` (see `run_binary`): print its wall time
    // in nanoseconds and its peak RSS in KB, and exit.
    if let (Some(bin), Some(dir)) = (
        std::env::var_os("LSK_BENCH_SPAWN_LSK"),
        std::env::var_os("LSK_BENCH_SPAWN_DIR"),
    ) {
        let (elapsed, kb) = spawn_and_wait(Path::new(&bin), Path::new(&dir));
        println!("{} {kb}", elapsed.as_nanos());
        return;
    }
    // `cargo bench` passes `--bench` (and possibly a filter); this bench has no options.
    let today = Date::parse(TODAY).expect("valid date");
    let options = Options {
        today: Some(today),
        lang: None,
        // As `lsk check` does.
        lean: true,
        ..Default::default()
    };
    let bin = lsk_binary();
    println!(
        "lsk check benchmark (today = {TODAY}, binary = {})",
        bin.display()
    );
    println!(
        "machine: {} CPUs, {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        cpu_model()
    );
    println!();

    let only: Option<Vec<usize>> = std::env::var("LSK_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect());
    let mut rows = Vec::new();
    for &(docs, runs) in SIZES {
        if only.as_ref().is_some_and(|o| !o.contains(&docs)) {
            continue;
        }
        rows.push(bench_size(docs, runs, &options, &bin));
    }

    println!();
    println!(
        "{:>9} {:>11} {:>9} {:>9} {:>8} {:>9} {:>10} {:>9} {:>11} {:>11} {:>8}",
        "documents",
        "total bytes",
        "read ms",
        "load ms",
        "check ms",
        "check/read",
        "read-p ms",
        "lsk ms",
        "lsk/read-p",
        "lsk/read",
        "RSS MB",
    );
    for r in &rows {
        println!(
            "{:>9} {:>11} {:>9.1} {:>9.1} {:>8.1} {:>9.2}x {:>10.1} {:>9.1} {:>10.2}x {:>10.2}x {:>8.1}",
            r.docs,
            r.bytes,
            ms(r.baseline),
            ms(r.load),
            ms(r.check),
            r.check.as_secs_f64() / r.baseline.as_secs_f64(),
            ms(r.read_process),
            ms(r.subprocess),
            r.subprocess.as_secs_f64() / r.read_process.as_secs_f64(),
            r.subprocess.as_secs_f64() / r.baseline.as_secs_f64(),
            r.peak_rss_kb as f64 / 1024.0
        );
    }
    println!();
    println!(
        "(medians, measured in the same run. read = single-threaded walk + std::fs::read of \
         every file, in this process; load = lsk::check::load and check = lsk::check::check, \
         in this process; read-p = the same read as a process of its own (this bench binary, \
         LSK_BENCH_READ_ONLY), wall time incl. process start; lsk = the release binary, \
         `lsk check --format json`, wall time incl. process start; RSS = the lsk child's peak \
         ru_maxrss)"
    );
    if let Ok(load) = fs::read_to_string("/proc/loadavg") {
        println!("load average at the end: {}", load.trim());
    }
    for r in &rows {
        let (target, rss_target) = match r.docs {
            10_000 => (TARGET_RATIO_10K, None),
            100_000 => (TARGET_RATIO_100K, Some(TARGET_RSS_100K_MB)),
            _ => continue,
        };
        let verdict = |ok: bool| if ok { "MET" } else { "NOT MET" };
        let process = r.subprocess.as_secs_f64() / r.read_process.as_secs_f64();
        let in_process = r.check.as_secs_f64() / r.baseline.as_secs_f64();
        println!(
            "target: {} documents, lsk check <= {target}x the read-only baseline: \
             process vs process {process:.2}x -> {}; in-process {in_process:.2}x -> {}",
            r.docs,
            verdict(process <= target),
            verdict(in_process <= target)
        );
        if let Some(mb) = rss_target {
            let rss = r.peak_rss_kb as f64 / 1024.0;
            println!(
                "target: {} documents, peak memory < {mb} MB: {rss:.1} MB -> {}",
                r.docs,
                verdict(rss < mb)
            );
        }
    }

    // The targets concern the largest size, measured end-to-end.
    if let Some(big) = rows.iter().find(|r| r.docs == 10_000) {
        let rss_mb = big.peak_rss_kb as f64 / 1024.0;
        let wall_ok = big.subprocess <= TARGET_WALL;
        let rss_ok = rss_mb <= TARGET_RSS_MB;
        println!();
        println!(
            "target: 10,000 documents <= {} ms wall: {:.1} ms -> {}",
            TARGET_WALL.as_millis(),
            ms(big.subprocess),
            if wall_ok { "MET" } else { "NOT MET" }
        );
        println!(
            "target: peak memory <= {TARGET_RSS_MB} MB: {rss_mb:.1} MB -> {}",
            if rss_ok { "MET" } else { "NOT MET" }
        );
        println!(
            "target: `lsk site` on 10,000 documents < {} s: {:.2} s -> {}",
            TARGET_SITE.as_secs(),
            big.site.as_secs_f64(),
            if big.site < TARGET_SITE {
                "MET"
            } else {
                "NOT MET"
            }
        );
    }
}

/// One row of the result table.
struct Row {
    docs: usize,
    bytes: u64,
    baseline: Duration,
    load: Duration,
    check: Duration,
    subprocess: Duration,
    peak_rss_kb: i64,
    /// The read-only baseline as a process.
    read_process: Duration,
    /// `lsk site` (10,000 documents and fewer; zero when not timed).
    site: Duration,
}

fn bench_size(docs: usize, runs: usize, options: &Options, bin: &Path) -> Row {
    let dir = tempfile::Builder::new()
        .prefix("lsk-bench-")
        .tempdir()
        .expect("temp dir");
    let root = dir.path().to_path_buf();
    let started = Instant::now();
    let generated = generate(&root, docs, 0x5EED_0000 + docs as u64);
    // On disk before anything is timed: the system writes fresh files back on its own
    // some seconds later, and that work would fall in the middle of the timings.
    #[cfg(unix)]
    rustix::fs::sync();
    println!(
        "{docs} documents: generated {} files, {} bytes in {:.1} s at {}",
        generated.files,
        generated.bytes,
        started.elapsed().as_secs_f64(),
        root.display()
    );

    // The repository must be clean: we measure the ordinary case, not error reporting.
    let outcome = check::check(&root, options).unwrap_or_else(|_| panic!("check failed"));
    let found = outcome.repo.documents.len();
    println!(
        "  lsk sees {found} documents, {} diagnostics",
        outcome.diagnostics.len()
    );
    for d in outcome.diagnostics.iter().take(10) {
        println!("    {} {}:{} {}", d.code, d.file, d.line, d.message);
    }
    assert_eq!(found, docs, "lsk must see every generated document");
    assert!(
        outcome.diagnostics.is_empty(),
        "the generated repository must be clean"
    );
    drop(outcome);

    // Warm the page cache (and the allocator, and the binary) once before timing.
    let bytes = read_all(&root);
    assert_eq!(bytes, generated.bytes);
    run_binary(bin, &root);

    let baseline = median(runs, || {
        let t = Instant::now();
        std::hint::black_box(read_all(&root));
        t.elapsed()
    });
    let load = median(runs, || {
        let t = Instant::now();
        let loaded = check::load(&root, options).unwrap_or_else(|_| panic!("load failed"));
        let elapsed = t.elapsed();
        drop(std::hint::black_box(loaded));
        elapsed
    });
    let check_time = median(runs, || {
        let t = Instant::now();
        let outcome = check::check(&root, options).unwrap_or_else(|_| panic!("check failed"));
        let elapsed = t.elapsed();
        drop(std::hint::black_box(outcome));
        elapsed
    });
    // The two processes the targets compare, run in turn (lsk, baseline, lsk, …) and
    // three times as often: on this virtual machine the speed drifts over seconds, and
    // one measured after the other would carry the drift into the ratio.
    let mut rss = Vec::new();
    let mut lsk_times = Vec::new();
    let mut read_times = Vec::new();
    for _ in 0..runs * 3 {
        let (elapsed, kb) = run_binary(bin, &root);
        rss.push(kb);
        lsk_times.push(elapsed);
        read_times.push(run_read_only(&root));
    }
    let middle = |mut times: Vec<Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    let subprocess = middle(lsk_times);
    let read_process = middle(read_times);
    let peak_rss_kb = rss.into_iter().max().unwrap_or(0);
    // `lsk site`: the whole repository published as a web site (into a fresh folder each
    // time, as its first publication is the slowest); not for 100,000 documents.
    let site_runs = if docs > 10_000 { 0 } else { runs.min(3) };
    let site = if site_runs == 0 {
        Duration::ZERO
    } else {
        median(site_runs, || {
            let out = tempfile::tempdir().expect("temp dir");
            let t = Instant::now();
            let status = Command::new(bin)
                .arg("site")
                .arg(&root)
                .arg("-o")
                .arg(out.path().join("webb"))
                .args(["--today", TODAY])
                .stdout(Stdio::null())
                .status()
                .expect("lsk site runs");
            assert!(status.success(), "lsk site failed");
            t.elapsed()
        })
    };

    println!(
        "  read {:.1} ms, load {:.1} ms, check {:.1} ms, read as a process {:.1} ms, lsk check {:.1} ms, peak RSS {:.1} MB",
        ms(baseline),
        ms(load),
        ms(check_time),
        ms(read_process),
        ms(subprocess),
        peak_rss_kb as f64 / 1024.0
    );
    // LSK_BENCH_KEEP=1 keeps the generated repositories (to look at them, or to profile
    // `lsk check` on them); otherwise they are deleted here, when `dir` is dropped.
    if std::env::var_os("LSK_BENCH_KEEP").is_some() {
        println!("  kept {}", dir.keep().display());
    }
    Row {
        docs,
        bytes,
        baseline,
        load,
        check: check_time,
        subprocess,
        peak_rss_kb,
        read_process,
        site,
    }
}

/// The read-only baseline as a process: this bench binary, walking and reading every file
/// on one thread. Its wall time, process start included.
fn run_read_only(dir: &Path) -> Duration {
    let exe = std::env::current_exe().expect("the bench binary");
    let started = Instant::now();
    let output = Command::new(exe)
        .env("LSK_BENCH_READ_ONLY", dir)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .expect("the read-only baseline runs");
    let elapsed = started.elapsed();
    assert!(output.status.success(), "the read-only baseline failed");
    elapsed
}

// ---------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The baseline: walk the tree and read every file into memory, single-threaded.
/// Returns the number of bytes read.
fn read_all(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder).expect("read_dir") {
            let entry = entry.expect("dir entry");
            let kind = entry.file_type().expect("file type");
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                total += fs::read(entry.path()).expect("read").len() as u64;
            }
        }
    }
    total
}

/// Runs `lsk check DIR --today … --format json > /dev/null` and returns its wall time
/// and peak resident set size in KB (`ru_maxrss` of the child, from `wait4`).
///
/// It is started from a fresh, small process (this bench binary again), not from the
/// bench itself: Linux carries the parent's memory high-water mark into the `ru_maxrss`
/// of a child it spawns (the child shares or copies the parent's memory until `exec`),
/// and the bench holds a whole loaded repository by then (about 500 MB at 100,000
/// documents). The small parent adds a few MB at most; the time is measured inside it.
fn run_binary(bin: &Path, dir: &Path) -> (Duration, i64) {
    let exe = std::env::current_exe().expect("the bench binary");
    let output = Command::new(exe)
        .env("LSK_BENCH_SPAWN_LSK", bin)
        .env("LSK_BENCH_SPAWN_DIR", dir)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .expect("the bench runs lsk");
    assert!(output.status.success(), "lsk check failed");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let mut fields = text.split_whitespace();
    let nanos: u64 = fields.next().and_then(|f| f.parse().ok()).expect("a time");
    let kb: i64 = fields.next().and_then(|f| f.parse().ok()).expect("an RSS");
    (Duration::from_nanos(nanos), kb)
}

/// Spawns `lsk check` and waits for it with `wait4`, for its resource usage.
fn spawn_and_wait(bin: &Path, dir: &Path) -> (Duration, i64) {
    let started = Instant::now();
    // Reaped by `wait4` below rather than `Child::wait`, to get its resource usage.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(bin)
        .arg("check")
        .arg(dir)
        .args(["--today", TODAY, "--format", "json"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn lsk");
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero `rusage` is a valid value; `wait4` fills it in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // `Child` does not wait on drop, so this is the only wait.
    // SAFETY: valid pointers to locals; the pid is our own unreaped child.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(pid, child.id() as libc::pid_t, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "lsk check did not exit 0 (status {status})"
    );
    (elapsed, usage.ru_maxrss) // KB on Linux
}

fn cpu_model() -> String {
    fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string())
}

// ---------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------

/// A linear congruential generator (Knuth's MMIX constants): deterministic and enough
/// to vary sizes and choices; not for anything that needs real randomness.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33 // the high bits are the good ones
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() as usize) % (hi - lo + 1)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.range(0, items.len() - 1)]
    }

    /// True with probability `percent` %.
    fn chance(&mut self, percent: usize) -> bool {
        self.range(1, 100) <= percent
    }
}

/// (id, name, funktion) of the generated roles: 20, including the functions the rules
/// require (huvudman, verksamhetschef-hsl, mas).
const ROLES: &[(&str, &str, Option<&str>)] = &[
    ("nämnden", "Omsorgsnämnden", Some("huvudman")),
    (
        "förvaltningschef",
        "Förvaltningschef",
        Some("förvaltningschef"),
    ),
    (
        "avdelningschef",
        "Avdelningschef vård och omsorg",
        Some("avdelningschef"),
    ),
    (
        "avdelningschef-ifo",
        "Avdelningschef individ- och familjeomsorg",
        Some("avdelningschef"),
    ),
    (
        "enhetschef",
        "Enhetschef med verksamhetsansvar",
        Some("enhetschef"),
    ),
    (
        "enhetschef-myndighet",
        "Enhetschef med myndighetsansvar",
        Some("enhetschef"),
    ),
    (
        "verksamhetschef-hsl",
        "Verksamhetschef enligt hälso- och sjukvårdslagen",
        Some("verksamhetschef-hsl"),
    ),
    ("mas", "Medicinskt ansvarig sjuksköterska", Some("mas")),
    ("mar", "Medicinskt ansvarig för rehabilitering", Some("mar")),
    (
        "kvalitetsutvecklare",
        "Kvalitetsutvecklare",
        Some("kvalitetsutvecklare"),
    ),
    ("medarbetare", "Medarbetare", Some("medarbetare")),
    (
        "legitimerad-personal",
        "Legitimerad hälso- och sjukvårdspersonal",
        Some("legitimerad-personal"),
    ),
    (
        "biståndshandläggare",
        "Biståndshandläggare",
        Some("medarbetare"),
    ),
    (
        "socialsekreterare",
        "Socialsekreterare",
        Some("medarbetare"),
    ),
    (
        "sjuksköterska",
        "Sjuksköterska",
        Some("legitimerad-personal"),
    ),
    (
        "arbetsterapeut",
        "Arbetsterapeut",
        Some("legitimerad-personal"),
    ),
    (
        "fysioterapeut",
        "Fysioterapeut",
        Some("legitimerad-personal"),
    ),
    (
        "kontaktman",
        "Kontaktman (undersköterska)",
        Some("medarbetare"),
    ),
    ("lex-sarah-utredare", "Utredare lex Sarah", None),
    (
        "systemförvaltare",
        "Systemförvaltare verksamhetssystem",
        None,
    ),
];

/// Roles that do the work in activities and own routines.
const DOERS: &[&str] = &[
    "enhetschef",
    "enhetschef-myndighet",
    "medarbetare",
    "biståndshandläggare",
    "socialsekreterare",
    "sjuksköterska",
    "arbetsterapeut",
    "fysioterapeut",
    "kontaktman",
    "mas",
    "mar",
    "kvalitetsutvecklare",
];
/// Roles that own and decide governed documents.
const OWNERS: &[&str] = &[
    "enhetschef",
    "enhetschef-myndighet",
    "mas",
    "mar",
    "kvalitetsutvecklare",
];
const DECIDERS: &[&str] = &[
    "avdelningschef",
    "avdelningschef-ifo",
    "verksamhetschef-hsl",
    "förvaltningschef",
];

const DUTIES: &[&str] = &[
    "Planerar, leder, kontrollerar och följer upp verksamheten inom sitt ansvarsområde.",
    "Ser till att rutiner och riktlinjer är kända och tillämpas av medarbetarna.",
    "Rapporterar avvikelser, risker och missförhållanden enligt gällande rutiner.",
    "Deltar i riskanalyser, egenkontroller och kvalitetsråd.",
    "Tar fram förslag till förbättringar och följer upp att beslutade åtgärder genomförs.",
    "Dokumenterar enligt gällande föreskrifter om dokumentation.",
];

const VERBS: &[&str] = &[
    "Ta emot",
    "Utreda",
    "Planera",
    "Genomföra",
    "Följa upp",
    "Dokumentera",
    "Samordna",
    "Förbereda",
    "Bedöma",
    "Avsluta",
    "Informera om",
    "Granska",
];
const OBJECTS: &[&str] = &[
    "ansökan om insats",
    "behov av stöd",
    "genomförandeplan",
    "läkemedelshantering",
    "fallprevention",
    "nutrition",
    "hygienrutiner",
    "vård i livets slut",
    "hjälpmedel",
    "korttidsvistelse",
    "daglig verksamhet",
    "hemtjänstinsatser",
    "trygghetslarm",
    "samordnad individuell plan",
    "kontakt med närstående",
    "synpunkter och klagomål",
    "avvikelser",
    "delegering",
    "journalföring",
    "informationsöverföring",
];
const SENTENCES: &[&str] = &[
    "Den enskilde ska alltid ges möjlighet att vara delaktig och att påverka hur insatsen utförs.",
    "Arbetet utgår från den enskildes behov, önskemål och vanor så som de framgår av genomförandeplanen.",
    "Medarbetaren dokumenterar det som har betydelse för insatsen samma dag i verksamhetssystemet.",
    "Om något avviker från det planerade rapporteras det som en avvikelse enligt rutinen för avvikelsehantering.",
    "Enhetschefen följer upp att rutinen är känd och tillämpas, bland annat vid arbetsplatsträffar.",
    "Vid osäkerhet kontaktas ansvarig sjuksköterska eller enhetschef innan arbetet fortsätter.",
    "Informationen lämnas muntligt och skriftligt, på ett sätt som den enskilde kan förstå.",
    "Samtycke inhämtas innan uppgifter lämnas till andra verksamheter, om inte sekretessbrytande bestämmelse gäller.",
    "Rutinen gäller för all personal, även vikarier och timanställda, och ingår i introduktionen.",
    "Resultatet av uppföljningen sammanställs per tertial och redovisas i kvalitetsrådet.",
    "Närstående informeras enligt den enskildes önskemål och med hänsyn till sekretess.",
    "Risker som upptäcks i det dagliga arbetet lyfts på nästa arbetsplatsträff och förs in i riskanalysen.",
    "Legitimerad personal ansvarar för bedömningar inom sitt yrkesområde och för att delegering är giltig.",
    "Kontaktmannen ser till att genomförandeplanen hålls aktuell och följs upp minst var sjätte månad.",
];

/// A `YYYY-MM-DD` date in 2026 between March and September (so governed documents are
/// decided, not in the future, and not yet due for review on 2026-11-24).
fn decided(rng: &mut Lcg) -> String {
    format!("2026-{:02}-{:02}", rng.range(3, 9), rng.range(1, 28))
}

/// What the generator wrote.
struct Generated {
    files: usize,
    bytes: u64,
}

/// Writes files, spreading each kind over numbered folders of `FOLDER_SIZE` files.
struct Writer<'a> {
    root: &'a Path,
    generated: Generated,
}

impl Writer<'_> {
    fn write(&mut self, rel: &str, text: &str) {
        let path = self.root.join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("create folder");
        fs::write(&path, text).expect("write file");
        self.generated.files += 1;
        self.generated.bytes += text.len() as u64;
    }

    /// `kind/NN/name`, where NN is the index's folder.
    fn write_in(&mut self, kind: &str, index: usize, name: &str, text: &str) {
        self.write(
            &format!("{kind}/{:02}/{name}", index / FOLDER_SIZE + 1),
            text,
        );
    }
}

/// Generates a clean repository of `docs` documents (plus `lsk.yaml`) in `root`.
fn generate(root: &Path, docs: usize, seed: u64) -> Generated {
    let mut rng = Lcg(seed);
    let mut w = Writer {
        root,
        generated: Generated { files: 0, bytes: 0 },
    };

    // How many of each: 10 % processes, 80 % routines and checklists, 4 singletons,
    // the rest improvement work in bundles of 10 per unit (enhet), topped up with
    // extra kvalitetsråd minutes.
    let processes = docs / 10;
    let routines = docs * 8 / 10;
    let singletons = 4;
    let improvement = docs - processes - routines - singletons;
    let units = (improvement / 10).max(1);
    let extra_councils = improvement - units * 10;

    w.write(
        "lsk.yaml",
        "# Genererat ledningssystem för prestandamätning.\n\
         organisation: Omsorgsförvaltningen, Benchkommun\n\
         verksamhet: [SoL, LSS, HSL]\n",
    );
    w.write("ansvar/ansvarsfordelning.yaml", &responsibilities());
    w.write("forfattningar/lagar-och-foreskrifter.yaml", STATUTES);

    // Routines first (their ids are needed by the processes).
    let mut routine_ids = Vec::with_capacity(routines);
    let (mut rut, mut chk) = (0, 0);
    for i in 0..routines {
        if rng.chance(75) {
            rut += 1;
            let id = format!("RUT-{rut:05}");
            w.write_in(
                "rutiner",
                rut - 1,
                &format!("rut-{rut:05}.md"),
                &routine(&mut rng, &id),
            );
            routine_ids.push(id);
        } else {
            chk += 1;
            let id = format!("CHK-{chk:05}");
            w.write_in(
                "checklistor",
                chk - 1,
                &format!("chk-{chk:05}.md"),
                &checklist(&mut rng, &id),
            );
            routine_ids.push(id);
        }
        debug_assert_eq!(routine_ids.len(), i + 1);
    }

    // Processes: 5–12 activities each; each activity takes the next 1–3 routines in
    // turn, so every routine is referred to (no orphans) as long as there are more
    // routine slots than routines, which 10 % processes × ~8.5 activities × 2 ensure.
    let mut cursor = 0;
    for p in 1..=processes {
        let text = process(&mut rng, p, &routine_ids, &mut cursor, units);
        w.write_in("processer", p - 1, &format!("p-{p:04}.yaml"), &text);
    }
    assert!(
        cursor >= routine_ids.len(),
        "every routine must be referred to by an activity"
    );

    // Improvement work, one bundle of 10 documents per unit.
    let mut n = 0;
    for u in 1..=units {
        for (name, text) in bundle(&mut rng, u, processes) {
            w.write_in("forbattring", n, &name, &text);
            n += 1;
        }
    }
    for k in 1..=extra_councils {
        let date = format!("2026-{:02}-{:02}", rng.range(1, 10), rng.range(1, 28));
        let text = council(&mut rng, &format!("KR-EXTRA-{k:03}"), &date);
        w.write_in("forbattring", n, &format!("kr-extra-{k:03}.md"), &text);
        n += 1;
    }
    w.write("forbattring/mal/kvalitetsmal-2026.yaml", GOALS);
    w.write(
        "forbattring/berattelser/patientsakerhet-2026.md",
        &report_text(&mut rng),
    );
    w.generated
}

fn responsibilities() -> String {
    let mut s = String::from(
        "typ: ansvarsfördelning\nid: ANSVAR\ntitel: Ansvarsfördelning i det systematiska kvalitetsarbetet\n\
         dokumentägare: förvaltningschef\nbeslutad_av: nämnden\nfastställd: 2026-06-01\n\
         uppfyller: [\"3 kap. 1 §\", \"3 kap. 2 §\", \"4 kap. 1 §\"]\nroller:\n",
    );
    for (i, (id, name, function)) in ROLES.iter().enumerate() {
        let _ = writeln!(s, "  - id: {id}\n    namn: {name}");
        if let Some(f) = function {
            let _ = writeln!(s, "    funktion: {f}");
        }
        s.push_str("    ansvar:\n");
        for k in 0..3 {
            let _ = writeln!(s, "      - {}", DUTIES[(i + k) % DUTIES.len()]);
        }
    }
    s
}

/// The statutes that `verksamhet: [SoL, LSS, HSL]` implies, plus the regulation itself.
const STATUTES: &str = "typ: författningar
id: LAGAR
titel: Lagar och föreskrifter som gäller för verksamheten
dokumentägare: kvalitetsutvecklare
beslutad_av: förvaltningschef
fastställd: 2026-06-01
uppfyller: [\"1 kap. 1 §\", \"1 kap. 2 §\", \"7 kap. 1 §\"]
författningar:
  - { id: SOSFS-2011-9, namn: Ledningssystem för systematiskt kvalitetsarbete, beteckning: \"SOSFS 2011:9\" }
  - { id: SoL, namn: Socialtjänstlag, beteckning: \"SFS 2025:400\" }
  - { id: LSS, namn: Lag om stöd och service till vissa funktionshindrade, beteckning: \"SFS 1993:387\" }
  - { id: HSL, namn: Hälso- och sjukvårdslag, beteckning: \"SFS 2017:30\" }
  - { id: PSL, namn: Patientsäkerhetslag, beteckning: \"SFS 2010:659\" }
";

/// The YAML front matter shared by routines and checklists.
fn governed_header(rng: &mut Lcg, typ: &str, id: &str, title: &str) -> String {
    format!(
        "---\ntyp: {typ}\nid: {id}\ntitel: {title}\ndokumentägare: {}\nbeslutad_av: {}\n\
         fastställd: {}\nomfattning: [{}]\nuppfyller: [\"4 kap. 4 §\"]\n---\n",
        rng.pick(OWNERS),
        rng.pick(DECIDERS),
        decided(rng),
        rng.pick(&["SoL", "SoL, HSL", "LSS", "SoL, LSS, HSL", "HSL"]),
    )
}

fn title(rng: &mut Lcg) -> String {
    format!("{} {}", rng.pick(VERBS), rng.pick(OBJECTS))
}

/// Appends sentences from the pool until the body has about `size` bytes.
fn fill(rng: &mut Lcg, s: &mut String, size: usize) {
    let start = s.len();
    while s.len() - start < size {
        s.push_str(rng.pick(SENTENCES));
        s.push(if rng.chance(30) { '\n' } else { ' ' });
    }
    s.push('\n');
}

/// A rutin: front matter and a 1–4 KB body with the required headings.
fn routine(rng: &mut Lcg, id: &str) -> String {
    let t = title(rng);
    let mut s = governed_header(rng, "rutin", id, &t);
    let body = rng.range(1024, 4096);
    let _ = write!(s, "# {t}\n\n## Syfte\n");
    fill(rng, &mut s, body / 5);
    s.push_str("\n## Ansvar\n");
    for _ in 0..rng.range(2, 4) {
        let _ = writeln!(
            s,
            "- **{}** ansvarar för att {}.",
            rng.pick(DOERS),
            rng.pick(OBJECTS)
        );
    }
    s.push_str("\n## Tillvägagångssätt\n");
    let steps = rng.range(3, 8);
    for k in 1..=steps {
        let _ = write!(s, "{k}. ");
        fill(rng, &mut s, body * 3 / 5 / steps);
    }
    s
}

/// A checklista: front matter, a short introduction and `- [ ]` items.
fn checklist(rng: &mut Lcg, id: &str) -> String {
    let t = title(rng);
    let mut s = governed_header(rng, "checklista", id, &t);
    let body = rng.range(1024, 4096);
    let _ = write!(s, "# {t}\n\n");
    fill(rng, &mut s, body / 4);
    let start = s.len();
    let mut section = 0;
    while s.len() - start < body * 3 / 4 {
        section += 1;
        let _ = writeln!(s, "\n## Del {section}");
        for _ in 0..rng.range(3, 7) {
            let _ = writeln!(s, "- [ ] {}", rng.pick(SENTENCES));
        }
    }
    s
}

/// A process with 5–12 activities. `cursor` walks round the routine ids.
fn process(
    rng: &mut Lcg,
    p: usize,
    routine_ids: &[String],
    cursor: &mut usize,
    units: usize,
) -> String {
    let kind = match p % 10 {
        0 => "ledningsprocess",
        1 | 2 => "stödprocess",
        _ => "huvudprocess",
    };
    let mut s = format!(
        "typ: process\nid: P-{p:04}\ntitel: {}\nprocesstyp: {kind}\nprocessägare: {}\n\
         processledare: {}\nsyfte: >-\n  {}\n  {}\nkrav: [SOSFS-2011-9, {}]\n\
         dokumentägare: {}\nbeslutad_av: förvaltningschef\nfastställd: {}\n\
         uppfyller: [\"4 kap. 2 §\", \"4 kap. 3 §\"]\naktiviteter:\n",
        title(rng),
        rng.pick(&[
            "avdelningschef",
            "avdelningschef-ifo",
            "verksamhetschef-hsl"
        ]),
        rng.pick(OWNERS),
        rng.pick(SENTENCES),
        rng.pick(SENTENCES),
        rng.pick(&["SoL", "SoL, HSL, PSL", "LSS", "SoL, LSS"]),
        rng.pick(DECIDERS),
        decided(rng),
    );
    for a in 1..=rng.range(5, 12) {
        let _ = write!(
            s,
            "  - id: P-{p:04}.{a}\n    titel: {}\n    ansvarig: [",
            title(rng)
        );
        for r in 0..rng.range(1, 3) {
            s.push_str(if r > 0 { ", " } else { "" });
            s.push_str(DOERS[(p + a + r * 5) % DOERS.len()]);
        }
        s.push_str("]\n    rutiner: [");
        for r in 0..rng.range(1, 3) {
            s.push_str(if r > 0 { ", " } else { "" });
            s.push_str(&routine_ids[*cursor % routine_ids.len()]);
            *cursor += 1;
        }
        s.push_str("]\n");
        // About one activity in eight works with another organisation.
        if rng.chance(12) {
            let _ = write!(
                s,
                "    samverkan:\n      - part: Region Exempel\n        beskrivning: {}\n        dokument: SAM-E{:03}\n",
                rng.pick(SENTENCES),
                rng.range(1, units)
            );
        }
    }
    s
}

/// The 10 improvement-work documents of one unit: handlingsplan, riskanalys,
/// egenkontrollplan, three uppföljningar, three kvalitetsråd and a samverkan agreement.
/// Returns (file name, text) pairs.
fn bundle(rng: &mut Lcg, u: usize, processes: usize) -> Vec<(String, String)> {
    let e = format!("E{u:03}");
    let mut out = Vec::new();
    let process_id = |rng: &mut Lcg| format!("P-{:04}", rng.range(1, processes.max(1)));

    // Handlingsplan with 6 åtgärder: done and evaluated, or due after today.
    let mut hp = format!(
        "typ: handlingsplan\nid: HP-{e}\ntitel: Handlingsplan 2026, enhet {e}\n\
         uppfyller: [\"5 kap. 6 §\", \"5 kap. 7 §\"]\nåtgärder:\n"
    );
    for a in 1..=6 {
        let _ = write!(
            hp,
            "  - id: Å-{e}-{a:02}\n    beskrivning: {}\n    källa: RISK-2026-{e}\n    ansvarig: {}\n",
            rng.pick(SENTENCES),
            rng.pick(DOERS)
        );
        match a % 3 {
            0 => {
                let m = rng.range(3, 9);
                let _ = write!(
                    hp,
                    "    klart_senast: 2026-{m:02}-28\n    status: klar\n    genomförd: 2026-{m:02}-{:02}\n    effekt: {}\n",
                    rng.range(1, 27),
                    rng.pick(SENTENCES)
                );
            }
            1 => {
                let _ = write!(
                    hp,
                    "    klart_senast: 2027-{:02}-15\n    status: pågående\n",
                    rng.range(1, 12)
                );
            }
            _ => {
                let _ = write!(
                    hp,
                    "    klart_senast: 2027-{:02}-15\n    status: planerad\n",
                    rng.range(1, 12)
                );
            }
        }
    }
    out.push((format!("hp-{e}.yaml"), hp));

    // Riskanalys: high risks get åtgärder and internkontroll, as the rules require.
    let mut risk = format!(
        "typ: riskanalys\nid: RISK-2026-{e}\ntitel: Risk- och konsekvensanalys 2026, enhet {e}\n\
         genomförd: 2026-{:02}-{:02}\nnivå: enhet\ndeltagare: [enhetschef, sjuksköterska, medarbetare]\n\
         uppfyller: [\"5 kap. 1 §\"]\nrisker:\n",
        rng.range(1, 6),
        rng.range(1, 28)
    );
    for r in 1..=rng.range(4, 8) {
        let (p, c) = (rng.range(1, 4), rng.range(1, 4));
        let high = p * c >= 9 || c >= 4;
        let _ = write!(
            risk,
            "  - id: R-{e}-{r:02}\n    beskrivning: {}\n    process: {}\n    sannolikhet: {p}\n    konsekvens: {c}\n    internkontroll: {high}\n",
            rng.pick(SENTENCES),
            process_id(rng)
        );
        if high || rng.chance(50) {
            let _ = writeln!(risk, "    åtgärder: [Å-{e}-{:02}]", rng.range(1, 6));
        }
    }
    out.push((format!("risk-2026-{e}.yaml"), risk));

    // Egenkontrollplan: every period that has ended by 2026-11-24 has a performed check.
    let ek = format!(
        "typ: egenkontrollplan\nid: EK-2026-{e}\ntitel: Egenkontrollplan 2026, enhet {e}\når: 2026\n\
         uppfyller: [\"5 kap. 2 §\"]\nkontroller:\n\
         \x20 - id: EK-{e}-1\n    vad: Granskning av genomförandeplaner\n    metod: Stickprov, tio planer\n    frekvens: kvartal\n    ansvarig: enhetschef\n    utförda:\n\
         \x20     - {{ datum: 2026-03-20, resultat: 8 av 10 planer aktuella., åtgärder: [Å-{e}-01] }}\n\
         \x20     - {{ datum: 2026-06-18, resultat: 9 av 10 planer aktuella. }}\n\
         \x20     - {{ datum: 2026-09-17, resultat: 10 av 10 planer aktuella. }}\n\
         \x20 - id: EK-{e}-2\n    vad: Journalgranskning\n    metod: Fem journaler per yrkesgrupp\n    frekvens: tertial\n    ansvarig: sjuksköterska\n    utförda:\n\
         \x20     - {{ datum: 2026-04-22, resultat: 13 av 15 journaler utan anmärkning. }}\n\
         \x20     - {{ datum: 2026-08-26, resultat: 14 av 15 journaler utan anmärkning. }}\n\
         \x20 - id: EK-{e}-3\n    vad: Kontroll av hygienrutiner\n    metod: Observation\n    frekvens: halvår\n    ansvarig: enhetschef\n    utförda:\n\
         \x20     - {{ datum: 2026-06-10, resultat: Basala hygienrutiner följdes vid 18 av 20 observationer. }}\n"
    );
    out.push((format!("ek-2026-{e}.yaml"), ek));

    // Uppföljningar: 2026-T1, 2026-T2 and one tertial of 2025 (rotating over units).
    for period in [
        "2026-T1".to_string(),
        "2026-T2".to_string(),
        format!("2025-T{}", (u - 1) % 3 + 1),
    ] {
        let upp = format!(
            "typ: uppföljning\nid: UPP-{e}-{period}\ntitel: Sammanställning {period}, enhet {e}\n\
             period: {period}\nuppfyller: [\"5 kap. 3 §\", \"5 kap. 3 a §\", \"5 kap. 4 §\", \"5 kap. 5 §\", \"5 kap. 6 §\"]\n\
             avvikelser: {{ läkemedel: {}, fall: {}, övrigt: {} }}\nsynpunkter: {}\nklagomål: {}\n\
             lex_sarah: {{ rapporter: {}, anmälningar: 0 }}\nlex_maria: {{ anmälningar: 0 }}\n\
             analys: >-\n  {}\n  {}\nåtgärder: [Å-{e}-0{}]\n",
            rng.range(0, 30),
            rng.range(0, 40),
            rng.range(0, 20),
            rng.range(0, 15),
            rng.range(0, 10),
            rng.range(0, 3),
            rng.pick(SENTENCES),
            rng.pick(SENTENCES),
            rng.range(1, 6)
        );
        out.push((format!("upp-{e}-{period}.yaml"), upp));
    }

    // Kvalitetsråd: two in 2025, one in 2026.
    for date in [
        format!("2025-{:02}-{:02}", rng.range(2, 5), rng.range(1, 28)),
        format!("2025-{:02}-{:02}", rng.range(9, 11), rng.range(1, 28)),
        format!("2026-{:02}-{:02}", rng.range(2, 10), rng.range(1, 28)),
    ] {
        let text = council(rng, &format!("KR-{e}-{date}"), &date);
        out.push((format!("kr-{e}-{date}.md"), text));
    }

    // Samverkan agreement, followed up within its interval.
    let sam = format!(
        "typ: samverkan\nid: SAM-{e}\ntitel: Överenskommelse om samverkan, enhet {e}\npart: Region Exempel\n\
         processer: [{}]\nsenast_uppföljd: 2026-{:02}-{:02}\nuppföljning_månader: 12\n\
         uppfyller: [\"4 kap. 5 §\", \"4 kap. 6 §\"]\n",
        process_id(rng),
        rng.range(1, 10),
        rng.range(1, 28)
    );
    out.push((format!("sam-{e}.yaml"), sam));
    out
}

/// Minutes of a kvalitetsråd (Markdown), about 1–2 KB.
fn council(rng: &mut Lcg, id: &str, date: &str) -> String {
    let mut s = format!(
        "---\ntyp: kvalitetsråd\nid: {id}\ntitel: Kvalitetsråd {date}\ndatum: {date}\nnivå: enhet\n\
         deltagare: [enhetschef, sjuksköterska, medarbetare, kvalitetsutvecklare]\n\
         uppfyller: [\"6 kap. 1 §\"]\n---\n# Kvalitetsråd {date}\n"
    );
    for (k, heading) in [
        "Sammanställning av avvikelser",
        "Riskanalys och åtgärder",
        "Medarbetarnas medverkan",
    ]
    .iter()
    .enumerate()
    {
        let _ = writeln!(s, "\n## {}. {heading}", k + 1);
        let size = rng.range(300, 700);
        fill(rng, &mut s, size);
    }
    s
}

const GOALS: &str = "typ: kvalitetsmål
id: MÅL-2026
titel: Kvalitetsmål 2026
år: 2026
mål:
  - id: M-2026-1
    titel: Den enskilde ges inflytande och delaktighet
    indikatorer:
      - { namn: Andel brukare som känner sig delaktiga, källa: Brukarundersökning, enhet: procent, målvärde: 85, utfall: 81, bättre: högre }
  - id: M-2026-2
    titel: Verksamheten är trygg och säker
    indikatorer:
      - { namn: Antal läkemedelsavvikelser per tertial, källa: Avvikelsesammanställning, enhet: antal, målvärde: 60, utfall: 58, bättre: lägre }
";

fn report_text(rng: &mut Lcg) -> String {
    let mut s = String::from(
        "---\ntyp: berättelseunderlag\nid: KB-2026-TEXT\ntitel: Underlag patientsäkerhetsberättelse 2026\n\
         år: 2026\navser: patientsäkerhetsberättelse\nuppfyller: [\"7 kap. 2 §\", \"7 kap. 3 §\"]\n---\n",
    );
    for heading in [
        "Övergripande mål och strategier",
        "Organisatoriskt ansvar",
        "Samverkan",
    ] {
        let _ = writeln!(s, "## {heading}");
        fill(rng, &mut s, 800);
        s.push('\n');
    }
    s
}
