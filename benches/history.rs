//! Times the history commands against `git log --name-status` on two synthetic repositories,
//! with ratios measured in the same run. See BENCHMARKS.md, section "History".
//!
//! - **deep**: 10,000 documents in 120 folders (`<kategori>/enhet-NN/`), 50,000 commits with
//!   additions, moves, deletions, modifications and merges; generated with git2.
//! - **wide**: 2,000 routines in one folder and 10,000 commits that each change one of them,
//!   fixed dates and authors; generated as a `git fast-import` stream, then repacked as
//!   `git gc` would.
//!
//! Each is generated once and cached under `$CARGO_TARGET_DIR/bench-data/<name>` (or
//! `target/…`); delete the folder to regenerate it. `LSK_BENCH_SHAPE=deep` or `=wide` runs one.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use git2::{Oid, Repository, Signature, Time};

mod support;

const DOCUMENTS: usize = 10_000;
const COMMITS: usize = 50_000;
const RUNS: usize = 5;
/// The whole-process targets: `lsk log`, `lsk changes` ÷ `git log --name-status`.
const TARGET_RATIO: f64 = 1.5;

const AUTHORS: [(&str, &str); 4] = [
    ("Kvalitetsutvecklare", "kvalitet@example.invalid"),
    ("Enhetschef", "enhetschef@example.invalid"),
    ("Medicinskt ansvarig sjuksköterska", "mas@example.invalid"),
    ("Verksamhetschef", "verksamhetschef@example.invalid"),
];
const CATEGORIES: [&str; 6] = [
    "processer",
    "rutiner",
    "checklistor",
    "uppfoljningar",
    "riskanalyser",
    "handlingsplaner",
];
const UNITS: usize = 20;

/// A linear congruential generator (Knuth's MMIX constants), so the repository is the same
/// on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A folder in the tree being built: its files and subfolders, and its tree id when it has
/// not changed since it was last written.
#[derive(Default)]
struct Dir {
    files: BTreeMap<String, Oid>,
    dirs: BTreeMap<String, Dir>,
    written: Option<Oid>,
}

impl Dir {
    fn at(&mut self, path: &[&str]) -> &mut Dir {
        self.written = None;
        match path.split_first() {
            None => self,
            Some((first, rest)) => self.dirs.entry(first.to_string()).or_default().at(rest),
        }
    }

    /// Writes the changed folders, reusing the ids of the others.
    fn write(&mut self, repo: &Repository) -> Oid {
        if let Some(id) = self.written {
            return id;
        }
        let mut builder = repo.treebuilder(None).unwrap();
        for (name, id) in &self.files {
            builder.insert(name, *id, 0o100644).unwrap();
        }
        for (name, dir) in &mut self.dirs {
            let id = dir.write(repo);
            builder.insert(name, id, 0o040000).unwrap();
        }
        let id = builder.write().unwrap();
        self.written = Some(id);
        id
    }
}

struct Doc {
    category: usize,
    unit: usize,
    name: String,
    version: u32,
    alive: bool,
}

impl Doc {
    fn folder(&self) -> [String; 2] {
        [
            CATEGORIES[self.category].to_string(),
            format!("enhet-{:02}", self.unit + 1),
        ]
    }
}

fn content(doc: &Doc, rng: &mut Lcg) -> Vec<u8> {
    let mut s = format!(
        "---\nid: {}\ntyp: rutin\nversion: {}\nansvarig: enhetschef\nfastställd: 2026-01-15\n---\n\n# {}\n\n## Syfte\n\n",
        doc.name.trim_end_matches(".md"),
        doc.version,
        doc.name
    );
    for _ in 0..(4 + rng.below(8)) {
        s.push_str(&format!(
            "- Steg {}: kontrollera dokumentationen enligt rutin {}.\n",
            rng.below(100),
            rng.below(10_000)
        ));
    }
    s.into_bytes()
}

/// A generated repository: its name, generator version and generator.
struct Shape {
    name: &'static str,
    /// Bump when the generator changes, so that a cached repository is regenerated.
    version: &'static str,
    about: &'static str,
    generate: fn(&Path),
    /// The document `lsk log` is timed on.
    log_id: &'static str,
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "history-10k-50k",
        version: "1",
        about: "deep: 10,000 documents in 120 folders, 50,000 commits (adds, moves, deletions, merges)",
        generate: generate_deep,
        log_id: "dokument-00042",
    },
    Shape {
        name: "history-wide-2k-10k",
        version: "1",
        about: "wide: 2,000 routines in one folder, 10,000 commits that each change one file",
        generate: generate_wide,
        log_id: "R-0042",
    },
];

/// The generated repository, created on first use.
fn repository(shape: &Shape) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("bench-data").join(shape.name);
    let marker = dir.join(".git").join("lsk-bench-complete");
    if std::fs::read_to_string(&marker).is_ok_and(|v| v == shape.version) {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let started = Instant::now();
    eprintln!("generating {} ({}) …", dir.display(), shape.about);
    (shape.generate)(&dir);
    std::fs::write(&marker, shape.version).unwrap();
    eprintln!("generated in {:.1} s", started.elapsed().as_secs_f64());
    dir
}

fn generate_deep(dir: &Path) {
    let repo = Repository::init(dir).unwrap();
    let odb = repo.odb().unwrap();
    // Objects go to memory and are written as one pack every few thousand commits: much
    // faster than 300,000 loose objects.
    let mempack = odb.add_new_mempack_backend(1000).unwrap();
    let flush = |repo: &Repository| {
        let mut buf = git2::Buf::new();
        mempack.dump(repo, &mut buf).unwrap();
        let mut writer = odb.packwriter().unwrap();
        writer.write_all(&buf).unwrap();
        writer.commit().unwrap();
        mempack.reset().unwrap();
    };

    let mut g = Generator {
        repo: &repo,
        root: Dir::default(),
        docs: Vec::new(),
        rng: Lcg(0x6c736b_68697374),
        time: 1_546_333_200, // 2019-01-01T10:00:00+01:00
        commits: 0,
    };
    let config = repo
        .blob(b"organisation: Exempel kommun\nverksamhet: [SoL, LSS, HSL]\n")
        .unwrap();
    g.root.files.insert("lsk.yaml".to_string(), config);

    // The first commit: a tenth of the documents.
    for _ in 0..DOCUMENTS / 10 {
        g.new_doc();
    }
    let mut tip = g.commit(&[], "Första versionen av ledningssystemet");
    let mut flushed = 0;
    while g.commits < COMMITS {
        if g.rng.below(40) == 0 && g.commits + 6 < COMMITS {
            // A side branch of 1–4 commits, merged without fast-forward.
            let fork = tip;
            let mut side = fork;
            for _ in 0..1 + g.rng.below(4) {
                let message = g.change();
                side = g.commit(&[side], &message);
            }
            tip = g.commit(&[fork, side], "Merge branch 'revision'");
        } else {
            let message = g.change();
            tip = g.commit(&[tip], &message);
        }
        if g.commits - flushed >= 5_000 {
            flush(&repo);
            flushed = g.commits;
        }
    }
    flush(&repo);
    repo.reference("refs/heads/main", tip, true, "bench")
        .unwrap();
    repo.set_head("refs/heads/main").unwrap();
    let mut checkout = git2::build::CheckoutBuilder::new();
    checkout.force();
    repo.checkout_head(Some(&mut checkout)).unwrap();
}

struct Generator<'r> {
    repo: &'r Repository,
    root: Dir,
    docs: Vec<Doc>,
    rng: Lcg,
    time: i64,
    commits: usize,
}

impl Generator<'_> {
    fn commit(&mut self, parents: &[Oid], message: &str) -> Oid {
        self.time += 600 + self.rng.below(3 * 3600) as i64;
        let (name, email) = AUTHORS[self.rng.below(AUTHORS.len())];
        let sig = Signature::new(name, email, &Time::new(self.time, 60)).unwrap();
        let tree = self.repo.find_tree(self.root.write(self.repo)).unwrap();
        let parents: Vec<_> = parents
            .iter()
            .map(|p| self.repo.find_commit(*p).unwrap())
            .collect();
        let parents: Vec<_> = parents.iter().collect();
        self.commits += 1;
        self.repo
            .commit(None, &sig, &sig, message, &tree, &parents)
            .unwrap()
    }

    fn put(&mut self, i: usize) {
        let blob = self
            .repo
            .blob(&content(&self.docs[i], &mut self.rng))
            .unwrap();
        let [c, u] = self.docs[i].folder();
        let name = self.docs[i].name.clone();
        self.root.at(&[&c, &u]).files.insert(name, blob);
    }

    fn new_doc(&mut self) -> usize {
        let n = self.docs.len();
        self.docs.push(Doc {
            category: self.rng.below(CATEGORIES.len()),
            unit: self.rng.below(UNITS),
            name: format!("dokument-{n:05}.md"),
            version: 1,
            alive: true,
        });
        self.put(n);
        n
    }

    fn alive(&mut self) -> usize {
        loop {
            let i = self.rng.below(self.docs.len());
            if self.docs[i].alive {
                return i;
            }
        }
    }

    /// One regular commit's change: add a document, move one into another folder, delete
    /// one, or modify 1–3. Returns the commit message.
    fn change(&mut self) -> String {
        let roll = self.rng.below(1000);
        if roll < 190 && self.docs.len() < DOCUMENTS {
            let n = self.new_doc();
            return format!("Ny rutin {}", self.docs[n].name);
        }
        if roll < 220 {
            let i = self.alive();
            let [c, u] = self.docs[i].folder();
            let name = self.docs[i].name.clone();
            let blob = self.root.at(&[&c, &u]).files.remove(&name).unwrap();
            self.docs[i].category = self.rng.below(CATEGORIES.len());
            self.docs[i].unit = (self.docs[i].unit + 1 + self.rng.below(UNITS - 1)) % UNITS;
            let [c, u] = self.docs[i].folder();
            self.root.at(&[&c, &u]).files.insert(name.clone(), blob);
            return format!("Flytta {name} till {c}/{u}");
        }
        if roll < 225 {
            let i = self.alive();
            let [c, u] = self.docs[i].folder();
            let name = self.docs[i].name.clone();
            self.root.at(&[&c, &u]).files.remove(&name);
            self.docs[i].alive = false;
            return format!("Ta bort {name}");
        }
        let count = 1 + self.rng.below(3);
        for _ in 0..count {
            let i = self.alive();
            self.docs[i].version += 1;
            self.put(i);
        }
        format!("Revidera {count} dokument")
    }
}

// ---------------------------------------------------------------------------------
// The wide shape: 2,000 routines in one folder, 10,000 one-file commits
// ---------------------------------------------------------------------------------

const WIDE_ROUTINES: usize = 2_000;
const WIDE_COMMITS: usize = 10_000;

const WIDE_SENTENCES: [&str; 8] = [
    "Enhetschefen ser till att rutinen är känd av alla medarbetare på enheten.",
    "Avvikelser dokumenteras i verksamhetssystemet samma dag som de upptäcks.",
    "Den enskilde ges möjlighet att vara delaktig i planeringen av insatsen.",
    "Sjuksköterskan bedömer behovet av hälso- och sjukvårdsinsatser.",
    "Genomförandeplanen följs upp minst var sjätte månad eller vid ändrade behov.",
    "Kontaktmannen informerar den enskilde och närstående om vad som gäller.",
    "Rutinen gäller för all personal inom vård och omsorg i kommunens regi.",
    "Uppföljningen sammanställs och redovisas på kvalitetsrådet varje tertial.",
];

/// A routine in the wide shape: front matter and a body of about 1.5–3 KB. `version`
/// varies the body; `decided` is the `fastställd` date.
fn wide_routine(n: usize, version: u32, decided: &str, rng: &mut Lcg) -> Vec<u8> {
    let mut s = format!(
        "---\ntyp: rutin\nid: R-{n:04}\ntitel: Rutin {n} för vård och omsorg\n\
         dokumentägare: enhetschef\nbeslutad_av: förvaltningschef\nfastställd: {decided}\n\
         uppfyller: [\"4 kap. 4 §\"]\n---\n# Rutin {n}\n\n## Syfte\n\n"
    );
    for _ in 0..3 + rng.below(4) {
        s.push_str(WIDE_SENTENCES[rng.below(WIDE_SENTENCES.len())]);
        s.push(' ');
    }
    s.push_str(&format!("(version {version})\n\n## Ansvar\n\n"));
    for _ in 0..2 + rng.below(3) {
        s.push_str("- **enhetschef** ansvarar för att rutinen följs.\n");
    }
    s.push_str("\n## Tillvägagångssätt\n\n");
    for k in 1..=8 + rng.below(12) {
        s.push_str(&format!(
            "{k}. {}\n",
            WIDE_SENTENCES[rng.below(WIDE_SENTENCES.len())]
        ));
    }
    s.into_bytes()
}

/// Writes the wide repository as a `git fast-import` stream (deterministic: fixed seed,
/// dates and authors), then repacks it as `git gc` would and checks it out.
fn generate_wide(dir: &Path) {
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .args(args)
            .current_dir(dir)
            .stdout(Stdio::null())
            .status()
            .expect("git is installed");
        assert!(status.success(), "git {args:?} failed");
    };
    git(&["init", "-q", "-b", "main"]);
    let mut child = Command::new("git")
        .args(["fast-import", "--quiet"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .spawn()
        .expect("git fast-import");
    {
        let mut out = std::io::BufWriter::new(child.stdin.take().unwrap());
        let mut rng = Lcg(0x6c736b_77696465);
        let mut time: i64 = 1_546_333_200; // 2019-01-01T10:00:00+01:00
        let mut versions = vec![1u32; WIDE_ROUTINES];
        let mut decided = vec!["2018-12-01".to_string(); WIDE_ROUTINES];
        let data = |out: &mut dyn Write, bytes: &[u8]| {
            writeln!(out, "data {}", bytes.len()).unwrap();
            out.write_all(bytes).unwrap();
            out.write_all(b"\n").unwrap();
        };
        let header = |out: &mut dyn Write, time: i64, who: usize, message: &str| {
            let (name, email) = AUTHORS[who % AUTHORS.len()];
            writeln!(out, "commit refs/heads/main").unwrap();
            writeln!(out, "author {name} <{email}> {time} +0100").unwrap();
            writeln!(out, "committer {name} <{email}> {time} +0100").unwrap();
            data(out, message.as_bytes());
        };
        header(&mut out, time, 0, "Ledningssystemet införs");
        writeln!(out, "M 100644 inline lsk.yaml").unwrap();
        data(
            &mut out,
            b"organisation: Exempel kommun\nverksamhet: [SoL, LSS, HSL]\n",
        );
        for n in 1..=WIDE_ROUTINES {
            writeln!(out, "M 100644 inline rutiner/rutin-{n:04}.md").unwrap();
            data(&mut out, &wide_routine(n, 1, &decided[n - 1], &mut rng));
        }
        for c in 0..WIDE_COMMITS {
            time += 3600 + rng.below(3 * 3600) as i64;
            let n = 1 + rng.below(WIDE_ROUTINES);
            versions[n - 1] += 1;
            // One change in three is a new decision (a new `fastställd`).
            let message = if rng.below(3) == 0 {
                decided[n - 1] = civil_date(time);
                format!("Rutin {n} fastställd på nytt")
            } else {
                format!("Rutin {n} förtydligad")
            };
            header(&mut out, time, c + 1, &message);
            writeln!(out, "M 100644 inline rutiner/rutin-{n:04}.md").unwrap();
            data(
                &mut out,
                &wide_routine(n, versions[n - 1], &decided[n - 1], &mut rng),
            );
        }
        out.flush().unwrap();
    }
    assert!(child.wait().unwrap().success(), "git fast-import failed");
    // As `git gc` leaves it: one pack, deltas recomputed.
    git(&["repack", "-a", "-d", "-f", "-q"]);
    git(&["checkout", "-q", "-f", "main"]);
}

/// The civil date (UTC) of a time in seconds since the epoch, `YYYY-MM-DD`.
fn civil_date(seconds: i64) -> String {
    // Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    let z = seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

// ---------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// Runs a command with its output to /dev/null and returns its wall time.
fn time_command(dir: &Path, program: &Path, args: &[&str]) -> Duration {
    let started = Instant::now();
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .expect("the command runs");
    let elapsed = started.elapsed();
    assert!(status.success(), "{} {args:?} failed", program.display());
    elapsed
}

fn time_lsk_load(dir: &Path) -> (Duration, lsk::history::History) {
    let started = Instant::now();
    let history = lsk::history::load(dir, &lsk::history::Options { progress: false }).unwrap();
    (started.elapsed(), history)
}

/// One timed thing: its label and how to run it once.
struct Timed<'a> {
    label: String,
    run: Box<dyn Fn() -> Duration + 'a>,
}

fn bench_shape(shape: &Shape, bin: &Path) -> bool {
    let dir = repository(shape);
    println!("{}", shape.about);
    println!("  {}", dir.display());
    let (_, history) = time_lsk_load(&dir);
    let changes: usize = history.files.values().map(|h| h.changes.len()).sum();
    let renamed = history
        .files
        .values()
        .filter(|h| h.paths().len() > 1)
        .count();
    println!(
        "  {} files with history ({} at HEAD, {renamed} renamed), {changes} changes",
        history.files.len(),
        history.files.values().filter(|h| !h.deleted).count(),
    );
    if std::env::var_os("LSK_BENCH_CHECK").is_some() {
        cross_check(&dir, &history);
    }
    drop(history);

    let git = Path::new("git");
    let format = "--format=%H%x00%an%x00%ad";
    let timed: Vec<Timed> = vec![
        Timed {
            label: "git log --name-status (renames: -M, git's default)".into(),
            run: Box::new(|| time_command(&dir, git, &["log", "--name-status", format])),
        },
        Timed {
            label: "git log --name-status --no-renames".into(),
            run: Box::new(|| {
                time_command(&dir, git, &["log", "--name-status", "--no-renames", format])
            }),
        },
        Timed {
            label: "lsk::history::load (in-process)".into(),
            run: Box::new(|| time_lsk_load(&dir).0),
        },
        Timed {
            label: format!("lsk log {}", shape.log_id),
            run: Box::new(|| time_command(&dir, bin, &["log", shape.log_id])),
        },
        Timed {
            label: "lsk changes --since 2000-01-01".into(),
            run: Box::new(|| {
                time_command(
                    &dir,
                    bin,
                    &["changes", "--since", "2000-01-01", "--until", "2030-01-01"],
                )
            }),
        },
    ];
    // Warm the page cache (and check that each runs), then interleave the runs so that a
    // change in the machine's load affects all alike.
    for t in &timed {
        (t.run)();
    }
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); timed.len()];
    for _ in 0..RUNS {
        for (t, out) in timed.iter().zip(&mut times) {
            out.push((t.run)());
        }
    }
    let medians: Vec<Duration> = times.into_iter().map(median).collect();
    let base = medians[0].as_secs_f64();
    let mut met = true;
    println!(
        "  {:<52} {:>7} {:>9}",
        format!("median of {RUNS} runs (interleaved)"),
        "seconds",
        "÷ git log"
    );
    for (i, (t, m)) in timed.iter().zip(&medians).enumerate() {
        let ratio = m.as_secs_f64() / base;
        let verdict = if t.label.starts_with("lsk log") || t.label.starts_with("lsk changes") {
            let ok = ratio <= TARGET_RATIO;
            met &= ok;
            if ok {
                format!("  target ≤ {TARGET_RATIO}×: met")
            } else {
                format!("  target ≤ {TARGET_RATIO}×: NOT met")
            }
        } else {
            String::new()
        };
        println!(
            "  {:<52} {:>7.3} {:>8.2}×{verdict}",
            t.label,
            m.as_secs_f64(),
            if i == 0 { 1.0 } else { ratio }
        );
    }
    println!();
    met
}

fn main() {
    let bin = support::lsk_binary();
    let only = std::env::var("LSK_BENCH_SHAPE").ok();
    println!(
        "lsk history benchmark (binary = {}, {} CPUs)",
        bin.display(),
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average at start: {}", load.trim());
    }
    println!();
    let mut all = true;
    for shape in SHAPES {
        if only.as_deref().is_some_and(|o| !shape.about.starts_with(o)) {
            continue;
        }
        all &= bench_shape(shape, &bin);
    }
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average at end: {}", load.trim());
    }
    println!(
        "whole-process targets (lsk log, lsk changes ≤ {TARGET_RATIO}× git log --name-status): {}",
        if all { "met" } else { "NOT met" }
    );
}

/// Compares the commits of a few renamed files with `git log --follow`.
fn cross_check(dir: &Path, history: &lsk::history::History) {
    let renamed: Vec<_> = history
        .files
        .values()
        .filter(|h| !h.deleted && h.paths().len() > 1)
        .step_by(97)
        .take(5)
        .collect();
    for h in renamed {
        let output = Command::new("git")
            .args(["log", "--follow", "--format=%H", "--", &h.path])
            .current_dir(dir)
            .output()
            .unwrap();
        let mut git: Vec<String> = String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        let mut ours: Vec<String> = h.changes.iter().map(|c| c.commit.clone()).collect();
        git.sort();
        ours.sort();
        let same = git == ours;
        println!(
            "cross-check {}: {} commits, git log --follow {} commits: {}",
            h.path,
            ours.len(),
            git.len(),
            if same { "same" } else { "DIFFERENT" }
        );
    }
}
