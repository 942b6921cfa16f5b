//! The tillgänglighetsredogörelse that DOS-lagen (2018:1937) asks of a public body's web
//! site: how accessible the site is, and how to report a problem.

use crate::output::html::esc;
use crate::site::Ctx;
use crate::site::layout::page as frame;

const URL: &str = "tillganglighet.html";

pub fn page(cx: &Ctx) -> String {
    let lang = cx.lang;
    let org = &cx.repo.config.organisation;
    let paragraphs: Vec<String> = match lang {
        crate::lang::Lang::Sv => vec![
            format!("{org} står bakom den här webbplatsen, som visar verksamhetens ledningssystem för systematiskt kvalitetsarbete. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister."),
            "Webbplatsen är gjord för att uppfylla WCAG 2.1 på nivå AA: den har rubriker i ordning, landmärken och en länk för att hoppa till innehållet, den går att använda med tangentbord, kontrasterna är minst 4,5:1 för text, och språket är angivet. Sökningen fungerar utan server och skickar ingenting vidare. Varje sidtyp kontrolleras automatiskt med axe-core i en webbläsare när webbplatsen byggs.".into(),
            "Kända brister: processkartornas diagram är bilder; samma innehåll finns i tabellen med aktiviteter under varje karta. Sökningen kräver JavaScript; utan JavaScript nås allt innehåll via menyn.".into(),
            "Om du upptäcker brister i tillgängligheten eller behöver innehåll i ett annat format, kontakta den som ansvarar för ledningssystemet (kvalitetsutvecklaren). Du kan också kontakta Myndigheten för digital förvaltning (Digg), som är tillsynsmyndighet för lagen.".into(),
        ],
        crate::lang::Lang::En => vec![
            format!("{org} is responsible for this site, which shows the service's management system for systematic quality work. We want as many people as possible to be able to use it. This statement describes how the site meets the Swedish act (2018:1937) on accessibility to digital public services, known accessibility problems and how to report shortcomings."),
            "The site is made to meet WCAG 2.1 level AA: headings in order, landmarks and a link to skip to the content, usable with the keyboard, text contrast of at least 4.5:1, and its language declared. The search works without a server and sends nothing anywhere. Every kind of page is checked automatically with axe-core in a browser when the site is built.".into(),
            "Known shortcomings: the process maps are images; the same content is in the table of activities under each map. The search needs JavaScript; without it all content is reached through the menu.".into(),
            "If you find an accessibility problem or need content in another format, contact whoever is responsible for the management system (the quality developer). You may also contact the Agency for Digital Government (Digg), which supervises the act.".into(),
        ],
    };
    let mut body = format!(
        "<h1>{}</h1>\n",
        lang.pick("Tillgänglighetsredogörelse", "Accessibility statement")
    );
    for p in paragraphs {
        body.push_str(&format!("<p>{}</p>\n", esc(&p)));
    }
    frame(
        cx,
        URL,
        lang.pick("Tillgänglighetsredogörelse", "Accessibility statement"),
        &body,
    )
}
