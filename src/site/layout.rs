//! The frame every page shares, and the stylesheet.

use super::Ctx;
use crate::output::html::esc;

/// The stylesheet: system fonts, contrast of at least 4.5:1 for text and 3:1 for focus
/// marks and borders, a visible focus, print without the menu.
pub const CSS: &str = include_str!("site.css");

/// The menu: (file, Swedish, English).
const MENU: &[(&str, &str, &str)] = &[
    ("index.html", "Processer", "Processes"),
    (
        "dokument/index.html",
        "Rutiner och riktlinjer",
        "Routines and guidelines",
    ),
    ("roller/index.html", "Roller", "Roles"),
    ("ansvar.html", "Ansvarsmatris", "Responsibility matrix"),
    ("krav.html", "Krav", "Requirements"),
    ("att-gora.html", "Att göra", "Due"),
    ("arshjul.html", "Årshjul", "Year wheel"),
];

/// `../` for a page in a folder, nothing for one at the root.
pub fn root_of(url: &str) -> String {
    "../".repeat(url.matches('/').count())
}

/// A link from the page at `from` to the page at `to` (both relative to the site's root).
pub fn href(from: &str, to: &str) -> String {
    format!("{}{}", root_of(from), to)
}

/// A whole page: `body` is the HTML inside `<main>`, starting with its `<h1>`.
pub fn page(cx: &Ctx, url: &str, title: &str, body: &str) -> String {
    let lang = cx.lang;
    let root = root_of(url);
    let org = &cx.repo.config.organisation;
    let mut menu = String::new();
    for (file, sv, en) in MENU {
        let current = if *file == url {
            " aria-current=\"page\""
        } else {
            ""
        };
        menu.push_str(&format!(
            "<li><a href=\"{root}{file}\"{current}>{}</a></li>",
            esc(lang.pick(sv, en))
        ));
    }
    format!(
        "<!DOCTYPE html>
<html lang=\"{html_lang}\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<title>{title} – {org}</title>
<link rel=\"stylesheet\" href=\"{root}stil.css\">
</head>
<body>
<a class=\"skip\" href=\"#innehall\">{skip}</a>
<header>
<p class=\"site\"><a href=\"{root}index.html\">{system}</a> <span class=\"org\">{org}</span></p>
<form role=\"search\" action=\"{root}sok.html\" method=\"get\">
<label for=\"sok\">{search}</label>
<input id=\"sok\" name=\"q\" type=\"search\" autocomplete=\"off\">
<button type=\"submit\">{search}</button>
</form>
<nav aria-label=\"{menu_label}\"><ul>{menu}</ul></nav>
</header>
<main id=\"innehall\" tabindex=\"-1\">
{body}</main>
<footer>
<p>{made} <a href=\"{root}tillganglighet.html\">{accessibility}</a></p>
</footer>
</body>
</html>
",
        html_lang = lang.pick("sv", "en"),
        title = esc(title),
        org = esc(org),
        skip = lang.pick("Hoppa till innehållet", "Skip to the content"),
        system = lang.pick("Ledningssystemet", "The management system"),
        search = lang.pick("Sök", "Search"),
        menu_label = lang.pick("Huvudmeny", "Main menu"),
        made = esc(&crate::tr!(
            cx.lang,
            "Publicerat ur ledningssystemet med lsk, {}.",
            "Published from the management system with lsk, {}.",
            cx.options.today
        )),
        accessibility = lang.pick("Tillgänglighetsredogörelse", "Accessibility statement"),
    )
}

/// A link to a document's page if it is published, else its id as text.
pub fn doc_link(cx: &Ctx, from: &str, id: &str) -> String {
    match (cx.urls.get(id), cx.repo.document(id)) {
        (Some(url), Some(d)) => format!(
            "<a href=\"{}\">{}</a>",
            href(from, url),
            esc(&super::title(d))
        ),
        (None, Some(d)) => format!(
            "{} <span class=\"id\">({})</span>",
            esc(&super::title(d)),
            esc(id)
        ),
        _ => format!("<span class=\"id\">{}</span>", esc(id)),
    }
}

/// A link to a role's page, by its name.
pub fn role_link(cx: &Ctx, from: &str, id: &str) -> String {
    match cx.role_urls.get(id) {
        Some(url) => format!(
            "<a href=\"{}\">{}</a>",
            href(from, url),
            esc(&cx.role_title(id))
        ),
        None => esc(&cx.role_title(id)),
    }
}
