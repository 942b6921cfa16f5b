//! Times `lsk::history::load` against `git log --name-status` on a synthetic repository of
//! 10,000 documents and 50,000 commits. See BENCHMARKS.md, section "History".
//!
//! The repository is generated once with git2 and cached under
//! `$CARGO_TARGET_DIR/bench-data/history-10k-50k` (or `target/…`); delete it to regenerate.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use git2::{Oid, Repository, Signature, Time};

const DOCUMENTS: usize = 10_000;
const COMMITS: usize = 50_000;
const RUNS: usize = 5;
const NAME: &str = "history-10k-50k";
/// Bump when the generator changes, so that a cached repository is regenerated.
const GENERATOR_VERSION: &str = "1";

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

/// The generated repository, created on first use.
fn repository() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("bench-data").join(NAME);
    let marker = dir.join(".git").join("lsk-bench-complete");
    if std::fs::read_to_string(&marker).is_ok_and(|v| v == GENERATOR_VERSION) {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let started = Instant::now();
    eprintln!(
        "generating {} ({DOCUMENTS} documents, {COMMITS} commits) …",
        dir.display()
    );
    generate(&dir);
    std::fs::write(&marker, GENERATOR_VERSION).unwrap();
    eprintln!("generated in {:.1} s", started.elapsed().as_secs_f64());
    dir
}

fn generate(dir: &Path) {
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

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time_git_log(dir: &Path) -> Duration {
    let started = Instant::now();
    let status = Command::new("git")
        .args(["log", "--name-status", "--format=%H%x00%an%x00%ad"])
        .current_dir(dir)
        .stdout(Stdio::null())
        .status()
        .expect("git is installed");
    assert!(status.success());
    started.elapsed()
}

fn time_lsk(dir: &Path) -> (Duration, lsk::history::History) {
    let started = Instant::now();
    let history = lsk::history::load(dir, &lsk::history::Options { progress: false }).unwrap();
    (started.elapsed(), history)
}

fn main() {
    let dir = repository();
    // Warm the file cache for both.
    time_git_log(&dir);
    let (_, history) = time_lsk(&dir);
    let changes: usize = history.files.values().map(|h| h.changes.len()).sum();
    let renamed = history
        .files
        .values()
        .filter(|h| h.paths().len() > 1)
        .count();
    println!(
        "repository: {} files with history ({} at HEAD, {renamed} renamed), {changes} changes",
        history.files.len(),
        history.files.values().filter(|h| !h.deleted).count(),
    );

    if std::env::var_os("LSK_BENCH_CHECK").is_some() {
        cross_check(&dir, &history);
    }

    let mut git = Vec::new();
    let mut lsk = Vec::new();
    for _ in 0..RUNS {
        git.push(time_git_log(&dir));
        lsk.push(time_lsk(&dir).0);
    }
    let (git, lsk) = (median(git), median(lsk));
    let ratio = lsk.as_secs_f64() / git.as_secs_f64();
    println!("median of {RUNS} runs");
    println!("  git log --name-status   {:>8.3} s", git.as_secs_f64());
    println!("  lsk::history::load      {:>8.3} s", lsk.as_secs_f64());
    println!(
        "  ratio {ratio:.2} × git log: target ≤ 2× {}",
        if ratio <= 2.0 { "met" } else { "NOT met" }
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
