//! `lsk site` end to end on a repository on disk: every page self-contained and escaped,
//! drafts only on request, the same bytes for the same input, Swedish order, and the folder
//! written only when it is lsk's own.

mod common;

use std::path::Path;

use assert_cmd::Command;

fn lsk(args: &[&str], root: &Path, out: &Path) -> (i32, String, String) {
    let o = Command::cargo_bin("lsk")
        .unwrap()
        .arg("site")
        .arg(root)
        .arg("-o")
        .arg(out)
        .args(["--today", common::TODAY])
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn pages(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        let rel = entry
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        out.push((rel, std::fs::read_to_string(&entry).unwrap_or_default()));
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::manifest_dir().join("examples/omsorg"), dir.path());
    dir
}

#[test]
fn every_page_is_self_contained_and_the_same_each_time() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let (code, stdout, err) = lsk(&[], repo.path(), &out.path().join("a"));
    assert_eq!(code, 0, "{err}");
    assert!(stdout.starts_with("skrev "), "{stdout}");
    let a = pages(&out.path().join("a"));
    assert!(a.len() > 50, "{} files", a.len());
    for (path, html) in a.iter().filter(|(p, _)| p.ends_with(".html")) {
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"),
            "{path}"
        );
        for external in [
            "src=\"http",
            "src=\"//",
            "url(http",
            "@import",
            "<link rel=\"stylesheet\" href=\"http",
        ] {
            assert!(!html.contains(external), "{path} loads {external}");
        }
        assert!(html.contains("<main id=\"innehall\""), "{path}");
        assert!(html.contains("class=\"skip\" href=\"#innehall\""), "{path}");
        let scripts = html.matches("<script").count();
        assert_eq!(scripts, usize::from(path == "sok.html"), "{path}");
    }
    let (code, _, _) = lsk(&[], repo.path(), &out.path().join("b"));
    assert_eq!(code, 0);
    let b = pages(&out.path().join("b"));
    assert_eq!(a, b, "two runs differ");

    // The process page has its activities with who does them and links to the routines.
    let sabo = &a
        .iter()
        .find(|(p, _)| p == "processer/p-sabo.html")
        .unwrap()
        .1;
    assert!(sabo.contains("<h1>Ge stöd i särskilt boende</h1>"));
    assert!(
        sabo.contains("href=\"../dokument/rut-inflytt.html\""),
        "{sabo}"
    );
    assert!(sabo.contains("href=\"../roller/"), "{sabo}");
    // The routine page renders its Markdown and says where it is used.
    let routine = &a
        .iter()
        .find(|(p, _)| p == "dokument/rut-inflytt.html")
        .unwrap()
        .1;
    assert!(routine.contains("<h2>Används i</h2>"), "{routine}");
    assert!(routine.contains("<div class=\"document\">"), "{routine}");
    // The search index holds a word of the routine's body.
    let index = &a.iter().find(|(p, _)| p == "sok.js").unwrap().1;
    assert!(index.contains("dokument/rut-inflytt.html"));
}

#[test]
fn drafts_only_on_request_and_text_is_escaped() {
    let repo = example();
    std::fs::write(
        repo.path().join("rutiner/utkast.md"),
        "---\ntyp: rutin\nid: RUT-ÖVNING\ntitel: \"Övning <script>alert(1)</script> & \\\"citat\\\"\"\nstatus: utkast\ndokumentägare: enhetschef\n---\n## Syfte\nText med <b>html</b> och <img src=x onerror=alert(2)>.\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let (code, _, err) = lsk(&[], repo.path(), &out.path().join("a"));
    assert_eq!(code, 0, "{err}");
    assert!(!out.path().join("a/dokument/rut-ovning.html").exists());
    let (code, _, err) = lsk(&["--utkast"], repo.path(), &out.path().join("b"));
    assert_eq!(code, 0, "{err}");
    let page = std::fs::read_to_string(out.path().join("b/dokument/rut-ovning.html")).unwrap();
    assert!(
        page.contains("<span class=\"badge draft\">Utkast</span>"),
        "{page}"
    );
    assert!(
        page.contains("Övning &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot;"),
        "{page}"
    );
    assert!(!page.contains("<script"), "{page}");
    assert!(!page.contains("<img"), "{page}");
    assert!(!page.contains("<b>"), "{page}");
    // The list sorts Ö after every other letter, as in Swedish.
    let list = std::fs::read_to_string(out.path().join("b/dokument/index.html")).unwrap();
    let routines = list.split("<h2>").nth(1).unwrap();
    let last = routines.rfind("<li>").unwrap();
    assert!(routines[last..].contains("Övning"), "{routines}");
}

#[test]
fn writes_only_into_its_own_folder_and_removes_what_it_no_longer_makes() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let foreign = out.path().join("intranat");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("annat.html"), "annat").unwrap();
    let (code, _, err) = lsk(&[], repo.path(), &foreign);
    assert_eq!(code, 2);
    assert!(err.contains("ingen webbplats som lsk har skrivit"), "{err}");
    assert_eq!(std::fs::read_dir(&foreign).unwrap().count(), 1);

    let own = out.path().join("webb");
    assert_eq!(lsk(&[], repo.path(), &own).0, 0);
    assert!(own.join("dokument/rut-fall.html").exists());
    // A routine repealed since: its page goes; a file someone put there stays.
    std::fs::write(own.join("egen.txt"), "min").unwrap();
    let routine = repo.path().join("rutiner/fallprevention.md");
    let text = std::fs::read_to_string(&routine).unwrap();
    std::fs::write(
        &routine,
        text.replacen("typ: rutin\n", "typ: rutin\nstatus: upphävd\n", 1),
    )
    .unwrap();
    assert_eq!(lsk(&[], repo.path(), &own).0, 0);
    assert!(!own.join("dokument/rut-fall.html").exists());
    assert!(own.join("egen.txt").exists());
}

#[test]
fn no_site_while_the_repository_holds_a_personnummer() {
    let repo = example();
    std::fs::write(
        repo.path().join("rutiner/anteckning.md"),
        "Brukare 19121212-1212 flyttade in.\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let (code, stdout, err) = lsk(&[], repo.path(), &out.path().join("w"));
    assert_eq!(code, 1);
    assert!(!out.path().join("w").exists());
    assert!(!format!("{stdout}{err}").contains("19121212-1212"));
}

#[test]
fn in_english_with_lang_en() {
    let repo = example();
    let out = tempfile::tempdir().unwrap();
    let (code, stdout, _) = lsk(&["--lang", "en"], repo.path(), &out.path().join("en"));
    assert_eq!(code, 0);
    assert!(stdout.starts_with("wrote "), "{stdout}");
    let start = std::fs::read_to_string(out.path().join("en/index.html")).unwrap();
    assert!(start.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(start.contains("Skip to the content"));
    assert!(start.contains("Main processes"));
}
