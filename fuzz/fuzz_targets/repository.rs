//! `check` on a generated tree: the input is cut into files at each 0xFF byte, each
//! named after its first byte from a list of real paths. No panic, and `check` writes
//! nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &[
    "processer/sabo.yaml",
    "processer/hemtjanst.yaml",
    "rutiner/inflytt.md",
    "rutiner/fall.md",
    "ansvar/ansvar.yaml",
    "lagar.yaml",
    "forbattring/risk.yaml",
    "forbattring/plan.yaml",
    "forbattring/kr-2026-03-01.md",
    "forbattring/upp-2026-T1.yaml",
    "forbattring/ek-2026.yaml",
    "samverkan.yaml",
    "berattelse/underlag-2026.md",
    "README.md",
];

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("lsk.yaml"),
        "organisation: Fuzzkommun\nverksamhet: [SoL, HSL]\n",
    )
    .unwrap();
    for part in data.split(|&b| b == 0xFF).take(16) {
        let Some((&pick, text)) = part.split_first() else {
            continue;
        };
        let path = dir.path().join(NAMES[usize::from(pick) % NAMES.len()]);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    let before = listing(dir.path());
    let today = lsk::model::Date::parse("2026-11-24");
    let options = lsk::check::Options {
        today,
        ..Default::default()
    };
    if let Ok(outcome) = lsk::check::check(dir.path(), &options) {
        for d in &outcome.diagnostics {
            assert!(d.line >= 1 && d.column >= 1, "unlocated: {d:?}");
        }
        let _ = lsk::due::collect(
            &outcome.repo,
            &lsk::due::Query {
                today: today.unwrap(),
                within: 60,
                owner: None,
            },
        );
    }
    assert_eq!(before, listing(dir.path()), "check wrote");
});

fn listing(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}
