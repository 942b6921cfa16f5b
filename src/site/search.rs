//! Search without a server: every page's words in one script (`sok.js`), loaded as a
//! script so that it works from `file://` too, and matched by prefix in the browser
//! (`nattill` finds "nattillsyn"; å, ä and ö are letters of their own).

use std::collections::BTreeSet;

use serde::Serialize;

use super::Ctx;
use crate::model::Kind;

#[derive(Serialize)]
struct Entry {
    /// Title.
    t: String,
    /// Page, relative to the site's root.
    u: String,
    /// What it is ("rutin", "roll").
    k: String,
    /// Its words, lower case, each once.
    w: String,
}

/// The words of `text`: letters and digits, lower case.
fn words(text: &str, into: &mut BTreeSet<String>) {
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            into.insert(w.to_lowercase());
        }
    }
}

fn index(cx: &Ctx) -> Vec<Entry> {
    let mut out = Vec::new();
    for d in &cx.published {
        let mut w = BTreeSet::new();
        words(&super::title(d), &mut w);
        words(d.id(), &mut w);
        if let Some(body) = d.body {
            words(cx.repo.file_of(d).slice(body), &mut w);
        }
        if let Kind::Process(p) = &d.kind {
            for text in p.purpose.iter().map(|s| &s.value) {
                words(text, &mut w);
            }
            for a in &p.activities {
                words(a.id.as_str(), &mut w);
                if let Some(t) = &a.title {
                    words(&t.value, &mut w);
                }
            }
        }
        out.push(Entry {
            t: super::title(d),
            u: cx.urls[d.id()].clone(),
            k: d.typ().describe(cx.lang),
            w: w.into_iter().collect::<Vec<_>>().join(" "),
        });
    }
    let mut roles: Vec<(&String, &String)> = cx.role_urls.iter().collect();
    roles.sort();
    for (id, url) in roles {
        let mut w = BTreeSet::new();
        words(&cx.role_title(id), &mut w);
        words(id, &mut w);
        if let Some(r) = cx.repo.role(id) {
            for duty in &r.duties {
                words(&duty.value, &mut w);
            }
        }
        out.push(Entry {
            t: cx.role_title(id),
            u: url.clone(),
            k: cx.lang.pick("roll", "role").into(),
            w: w.into_iter().collect::<Vec<_>>().join(" "),
        });
    }
    out
}

/// `sok.js`: the index and the code that searches it on `sok.html`.
pub fn script(cx: &Ctx) -> String {
    let index = serde_json::to_string(&index(cx)).expect("serialisable");
    let (none, found, hint) = (
        cx.lang.pick("Inga träffar för", "No results for"),
        cx.lang.pick("träffar för", "results for"),
        cx.lang
            .pick("Skriv ett eller flera ord.", "Type one or more words."),
    );
    format!(
        "// The search of the management system's site, made by lsk. No request leaves the page.
var LSK_INDEX = {index};
(function () {{
  function words(text) {{
    return text.toLowerCase().normalize('NFC').split(/[^\\p{{L}}\\p{{N}}]+/u).filter(Boolean);
  }}
  function search(query) {{
    var q = words(query);
    if (q.length === 0) return [];
    var hits = [];
    LSK_INDEX.forEach(function (e) {{
      var title = words(e.t), all = e.w.split(' ');
      var score = 0;
      for (var i = 0; i < q.length; i++) {{
        var inTitle = title.some(function (w) {{ return w.indexOf(q[i]) === 0; }});
        var inText = inTitle || all.some(function (w) {{ return w.indexOf(q[i]) === 0; }});
        if (!inText) return;
        score += inTitle ? 2 : 1;
      }}
      hits.push([score, e]);
    }});
    hits.sort(function (a, b) {{ return b[0] - a[0] || (a[1].t < b[1].t ? -1 : 1); }});
    return hits.map(function (h) {{ return h[1]; }});
  }}
  function show(query) {{
    var list = document.getElementById('traffar'), status = document.getElementById('status');
    if (!list || !status) return;
    list.textContent = '';
    var hits = search(query);
    if (!query.trim()) {{ status.textContent = {hint:?}; return; }}
    status.textContent = hits.length === 0 ? {none:?} + ' ”' + query + '”.' : hits.length + ' ' + {found:?} + ' ”' + query + '”.';
    var root = document.body.getAttribute('data-root') || '';
    hits.slice(0, 100).forEach(function (e) {{
      var li = document.createElement('li'), a = document.createElement('a');
      a.href = root + e.u; a.textContent = e.t;
      var kind = document.createElement('span'); kind.className = 'id'; kind.textContent = ' (' + e.k + ')';
      li.appendChild(a); li.appendChild(kind); list.appendChild(li);
    }});
  }}
  document.addEventListener('DOMContentLoaded', function () {{
    var input = document.getElementById('sokord');
    if (!input) return;
    var q = new URLSearchParams(window.location.search).get('q') || '';
    input.value = q;
    show(q);
    input.addEventListener('input', function () {{ show(input.value); }});
    var form = document.getElementById('sokform');
    if (form) form.addEventListener('submit', function (ev) {{ ev.preventDefault(); show(input.value); }});
  }});
}})();
"
    )
}
