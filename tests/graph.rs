//! `lsk graph`: P-SÄBO as Mermaid and DOT (snapshotted) and as SVG (well-formed XML, an
//! accessible image, nothing from elsewhere, the same bytes every time); an unknown id or a
//! routine is refused in Swedish with a suggestion; `-o` writes a file and never over the
//! management system; titles and names that look like markup or syntax stay text.

mod common;

use std::path::Path;

fn lsk(dir: &Path, args: &[&str]) -> (i32, String, String) {
    common::lsk_in(dir, args)
}

fn omsorg() -> std::path::PathBuf {
    common::manifest_dir().join("examples/omsorg")
}

/// A small check that `text` is well-formed XML: every tag closed in order, attribute
/// values quoted, no `<` or stray `&` in text, one root element.
fn assert_well_formed(text: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = text;
    let mut roots = 0;
    while let Some(open) = rest.find('<') {
        let content = &rest[..open];
        assert_entities(content);
        let after = &rest[open + 1..];
        let close = after.find('>').expect("a tag is closed");
        let tag = &after[..close];
        rest = &after[close + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let top = stack
                .pop()
                .unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(top, name.trim(), "</{name}> closes <{top}>");
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let name: String = tag.chars().take_while(|c| !c.is_whitespace()).collect();
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || ":-_".contains(c)),
            "<{tag}>"
        );
        // Attributes: name="value", the value without < or a raw quote.
        let mut attrs = tag[name.len()..].trim();
        while !attrs.is_empty() {
            let eq = attrs
                .find('=')
                .unwrap_or_else(|| panic!("attribute in <{tag}>"));
            let attr = attrs[..eq].trim();
            assert!(
                attr.chars()
                    .all(|c| c.is_alphanumeric() || ":-_".contains(c)),
                "{attr}"
            );
            let value = &attrs[eq + 1..];
            assert!(value.starts_with('"'), "unquoted {attr} in <{tag}>");
            let end = value[1..].find('"').expect("quoted value ends") + 1;
            let v = &value[1..end];
            assert!(!v.contains('<'), "< in {attr}");
            assert_entities(v);
            attrs = value[end + 1..].trim();
        }
        if stack.is_empty() {
            roots += 1;
        }
        if !self_closing {
            stack.push(name);
        }
    }
    assert_entities(rest);
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    assert_eq!(roots, 1);
}

fn assert_entities(text: &str) {
    for (i, _) in text.match_indices('&') {
        let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
        assert!(
            matches!(entity, "&amp;" | "&lt;" | "&gt;" | "&quot;" | "&#39;"),
            "stray & in {text:?}"
        );
    }
    assert!(!text.contains('>'), "> in text: {text:?}");
}

#[test]
fn p_sabo_as_mermaid_and_dot() {
    let (code, mermaid, err) = lsk(&omsorg(), &["graph", "P-SÄBO", "--format", "mermaid"]);
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!("graph_p_sabo_mermaid", mermaid);
    let (code, dot, _) = lsk(&omsorg(), &["graph", "P-SÄBO", "--format", "dot"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("graph_p_sabo_dot", dot);
    let (_, english, _) = lsk(
        &omsorg(),
        &["graph", "P-SÄBO", "--format", "mermaid", "--lang", "en"],
    );
    assert!(english.contains("also responsible") && english.contains("Process map: P-SÄBO"));
    assert!(!english.contains("även ansvarig"));
    // Mermaid's ids are its own, only [A-Za-z0-9_].
    for line in mermaid.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("subgraph ") {
            let id: String = rest.chars().take_while(|c| *c != '[').collect();
            assert!(
                id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{line}"
            );
        }
    }
}

#[test]
fn p_sabo_as_svg_is_well_formed_accessible_self_contained_and_reproducible() {
    let (code, svg, err) = lsk(&omsorg(), &["graph", "P-SÄBO"]);
    assert_eq!(code, 0, "{err}");
    assert!(svg.starts_with("<svg "), "SVG is the default");
    assert_well_formed(&svg);
    assert!(svg.contains("role=\"img\""));
    assert!(svg.contains(
        "<title id=\"lsk-P-S_c4_BO-title\">Processkarta: P-SÄBO – Ge stöd i särskilt boende</title>"
    ));
    assert!(svg.contains("<desc id=\"lsk-P-S_c4_BO-desc\">Huvudprocess P-SÄBO"));
    assert!(svg.contains("aria-labelledby=\"lsk-P-S_c4_BO-title lsk-P-S_c4_BO-desc\""));
    // Nothing from elsewhere: no scripts, no links, no images, no fonts, no style sheets.
    for banned in [
        "<script",
        "<image",
        "<foreignObject",
        "@import",
        "<style",
        "href=",
    ] {
        assert!(!svg.contains(banned), "{banned}");
    }
    let external = svg.matches("http").count();
    assert_eq!(external, 2, "only the two namespaces");
    assert!(svg.matches("url(").count() == svg.matches("url(#").count());
    // Every lane is labelled with the role's name, every activity is there.
    for name in [
        "Biståndshandläggare",
        "Enhetschef med myndighetsansvar",
        "Fysioterapeut",
        "Region Exempel, sluten hälso- och",
    ] {
        assert!(svg.contains(name), "{name}");
    }
    for n in 1..=10 {
        assert!(svg.contains(&format!("data-id=\"P-SÄBO.{n}\"")), "{n}");
    }
    let (_, again, _) = lsk(&omsorg(), &["graph", "P-SÄBO"]);
    assert_eq!(svg, again, "the same bytes every time");
    // English: the fixed texts.
    let (_, en, _) = lsk(&omsorg(), &["graph", "P-SÄBO", "--lang", "en"]);
    assert_well_formed(&en);
    assert!(en.contains("Process map: P-SÄBO") && en.contains("also responsible"));
    assert!(en.contains("xml:lang=\"en\""));
}

#[test]
fn a_sub_process_is_named_and_linked_when_a_site_asks() {
    let path = omsorg();
    let (_, loaded) = lsk::check::load(&path, &Default::default()).unwrap();
    let repo = &loaded.repo;
    let doc = lsk::graph::find_process(repo, "P-IFO").unwrap();
    let map = lsk::graph::swimlane(repo, doc);
    let link = |id: &str| Some(format!("../{}.html?a=1&b=2", lsk::text::fold(id)));
    let svg = lsk::output::graph::svg(&map, lsk::lang::Lang::Sv, Some(&link));
    assert_well_formed(&svg);
    assert!(
        svg.contains("href=\"../p-ifo-utreda.html?a=1&amp;b=2\""),
        "the delprocess is a link"
    );
    assert!(svg.contains("href=\"../rut-orosanmalan.html?a=1&amp;b=2\""));
    let plain = lsk::output::graph::svg(&map, lsk::lang::Lang::Sv, None);
    assert!(!plain.contains("href="));
    assert!(plain.contains("Delprocess:"));
    let mermaid = lsk::output::graph::mermaid(&map, lsk::lang::Lang::Sv);
    assert!(mermaid.contains("a3[[\"3. Utreda<br/>Delprocess: P-IFO-UTREDA"));
}

#[test]
fn an_unknown_process_or_a_routine_is_refused_with_a_suggestion() {
    let (code, out, err) = lsk(&omsorg(), &["graph", "p-säbo"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(
        err.trim(),
        "lsk: ingen process har id 'p-säbo'. Menade du 'P-SÄBO'?"
    );
    let (code, _, err) = lsk(&omsorg(), &["graph", "RUT-INFLYTT"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("'RUT-INFLYTT' är ingen process utan har typ: rutin"),
        "{err}"
    );
    let (code, _, err) = lsk(&omsorg(), &["graph", "P-SABO", "--lang", "en"]);
    assert_eq!(code, 2);
    assert_eq!(
        err.trim(),
        "lsk: no process has the id 'P-SABO'. Did you mean 'P-SÄBO'?"
    );
}

#[test]
fn output_to_a_file_never_over_the_management_system() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_tree(&omsorg(), root);
    let target = root.join("karta.mmd");
    let (code, out, err) = lsk(root, &["graph", "P-SÄBO", "-o", target.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty());
    assert!(err.starts_with("skrev "), "{err}");
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(
        text.starts_with("flowchart LR"),
        "the format from the extension"
    );
    let process = root.join("processer/sarskilt-boende.yaml");
    let before = std::fs::read_to_string(&process).unwrap();
    let (code, _, err) = lsk(
        root,
        &[
            "graph",
            "P-SÄBO",
            "--format",
            "svg",
            "-o",
            process.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("kartan skriver inte över den"), "{err}");
    assert_eq!(std::fs::read_to_string(&process).unwrap(), before);
}

#[test]
fn hostile_titles_and_names_stay_text_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::copy_tree(&omsorg(), root);
    let hostile = r#"<script>alert("x")</script>; #1 & =cmd|' /C calc'!A0 \n end"#;
    common::edit(
        &root.join("processer/sarskilt-boende.yaml"),
        "titel: Utreda behov",
        &format!("titel: '{}'", hostile.replace('\'', "''")),
    );
    common::edit(
        &root.join("ansvar/ansvarsfordelning.yaml"),
        "namn: Biståndshandläggare (SoL och LSS)",
        "namn: '\"]) --> x[\"<b>Hack</b>; #2'",
    );
    common::edit(
        &root.join("processer/sarskilt-boende.yaml"),
        "part: Regionens vårdcentral (Region Exempel)",
        "part: 'Part \"}; subgraph <i>&amp;'",
    );
    let (code, svg, err) = lsk(root, &["graph", "P-SÄBO"]);
    assert_eq!(code, 0, "{err}");
    assert_well_formed(&svg);
    assert!(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("<i>"));
    assert!(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;;"));
    assert!(svg.contains("&amp;amp;"));

    let (code, mermaid, _) = lsk(root, &["graph", "P-SÄBO", "--format", "mermaid"]);
    assert_eq!(code, 0);
    for line in mermaid.lines().skip(3) {
        // A label's only quotes are its own two.
        let quotes = line.matches('"').count();
        assert!(quotes == 0 || quotes == 2, "{line}");
        assert!(
            !line.contains('<') || line.matches('<').count() == line.matches("<br/>").count(),
            "{line}"
        );
        // Every ; is part of an entity code.
        let mut rest = line.to_string();
        while let Some(i) = rest.find('#') {
            let digits = rest[i + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            let end = i + 1 + digits;
            if digits > 0 && rest[end..].starts_with(';') {
                rest.replace_range(i..=end, "");
            } else {
                rest.replace_range(i..=i, "");
            }
        }
        assert!(!rest.contains(';'), "{line}");
    }
    assert!(mermaid.contains("#60;script#62;alert(#34;x#34;)#60;/script#62;#59;"));
    assert!(mermaid.contains("#35;1 #38; =cmd"));
    assert!(
        mermaid.contains("subgraph r1[\"#34;]) --#62; x[#34;#60;b#62;Hack#60;/b#62;#59; #35;2\"]")
    );

    let (code, dot, _) = lsk(root, &["graph", "P-SÄBO", "--format", "dot"]);
    assert_eq!(code, 0);
    assert!(dot.contains(r#"alert(\"x\")"#));
    assert!(dot.contains(r#"label="\"]) --> x[\"<b>Hack</b>; #2""#));
    // Every quoted string in the DOT is closed on its line.
    for line in dot.lines() {
        let unescaped = line.replace("\\\\", "").replace("\\\"", "");
        assert_eq!(unescaped.matches('"').count() % 2, 0, "{line}");
    }
}
