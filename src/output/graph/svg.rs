//! `lsk graph --format svg`: the swimlane map drawn from [`crate::graph::layout`]: one
//! self-contained SVG (no scripts, no fonts or images from elsewhere, no styles that
//! load anything), `role="img"` with a `<title>` and a `<desc>` that says the map in
//! words, colours with at least 4.5:1 contrast for text and 3:1 for lines, the same
//! bytes for the same map. Every text from the documents is escaped.
//!
//! Links: the routines, the delprocess and the samverkan document are written as
//! `<a href>` when a [`Link`] gives an address for the document's id (a site knows where
//! it puts its pages; `lsk graph` itself links nothing).

use std::fmt::Write as _;

use crate::graph::layout::{self, BoxKind, EdgeKind, Layout, Line};
use crate::graph::{Swimlane, describe};
use crate::lang::Lang;
use crate::output::Render;
use crate::output::escape::xml;

/// The address of a document's page, by its id; `None` for no link.
pub type Link<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The SVG renderer.
#[derive(Clone, Copy)]
pub struct Svg<'a> {
    pub lang: Lang,
    pub link: Option<Link<'a>>,
}

impl Render<Swimlane> for Svg<'_> {
    fn render(&self, map: &Swimlane, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(svg(map, self.lang, self.link).as_bytes())
    }
}

/// The colours, each named for what it is drawn on (all checked in the tests).
pub(crate) mod colour {
    pub const PAGE: &str = "#ffffff";
    pub const TEXT: &str = "#1a1a1a";
    pub const SMALL_TEXT: &str = "#333333";
    pub const LANE: [&str; 2] = ["#f2f5f8", "#ffffff"];
    pub const LANE_EXTERNAL: &str = "#fbf5e6";
    pub const LABEL: &str = "#dfe8f1";
    pub const LABEL_EXTERNAL: &str = "#f3e6c4";
    pub const LABEL_TEXT: &str = "#0f2740";
    pub const RULE: &str = "#6b6b6b";
    pub const BOX: &str = "#ffffff";
    pub const BOX_LINE: &str = "#1f4e79";
    pub const SHARED: &str = "#dfe8f1";
    pub const CONTACT_LINE: &str = "#7a5500";
    pub const FLOW: &str = "#1a1a1a";
    pub const ASSOCIATION: &str = "#595959";
    pub const LINK: &str = "#0b4a8b";
}

/// A number for SVG: at most two decimals, no trailing zeros.
fn num(x: f64) -> String {
    let s = format!("{:.2}", x);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// An id for the SVG's own elements, one per process, so that several maps can be inlined
/// in one HTML page: ASCII letters, digits and `-` as they are, any other character as its
/// code point between underscores (`P-SÄBO` → `lsk-P-S_c4_BO`).
fn element_id(process: &str) -> String {
    let mut safe = String::from("lsk-");
    for c in process.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            safe.push(c);
        } else {
            safe.push_str(&format!("_{:x}_", c as u32));
        }
    }
    safe
}

/// The map as SVG, in `lang`, linking documents where `link` gives an address.
pub fn svg(map: &Swimlane, lang: Lang, link: Option<Link<'_>>) -> String {
    let l = layout::layout(map, lang);
    draw(map, &l, lang, link)
}

/// Draws a layout (also one made with [`layout::layout_with`]).
pub fn draw(map: &Swimlane, l: &Layout, lang: Lang, link: Option<Link<'_>>) -> String {
    use colour::*;
    let id = element_id(&map.id);
    let mut o = String::with_capacity(32 * 1024);
    let (w, h) = (num(l.width), num(l.height));
    // Its size: no larger than the printable area of A4 landscape, so that it prints
    // whole from a browser; a page that shows it may size it otherwise.
    let fit = l.a4_scale.min(1.0);
    let (size_w, size_h) = (num(l.width * fit), num(l.height * fit));
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         version=\"1.1\" width=\"{size_w}\" height=\"{size_h}\" viewBox=\"0 0 {w} {h}\" role=\"{role}\" \
         aria-labelledby=\"{id}-title {id}-desc\" xml:lang=\"{lang_code}\" \
         font-family=\"'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif\">",
        lang_code = lang.pick("sv", "en"),
        // With links inside, a group whose links can be reached; without, one image.
        role = if link.is_some() { "group" } else { "img" },
    );
    let _ = writeln!(
        o,
        "<title id=\"{id}-title\">{}</title>",
        xml(&crate::tr!(
            lang,
            "Processkarta: {} – {}",
            "Process map: {} – {}",
            map.id,
            map.title
        ))
    );
    let _ = writeln!(
        o,
        "<desc id=\"{id}-desc\">{}</desc>",
        xml(&describe(map, lang))
    );
    let _ = writeln!(
        o,
        "<defs><marker id=\"{id}-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" \
         markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"strokeWidth\" orient=\"auto\">\
         <path d=\"M0,0 L10,5 L0,10 z\" fill=\"{FLOW}\"/></marker></defs>"
    );
    let _ = writeln!(o, "<rect width=\"{w}\" height=\"{h}\" fill=\"{PAGE}\"/>");

    for t in &l.texts {
        text_line(&mut o, t, TEXT, link);
    }

    // The lanes: bands of colour, labels on the left, a rule between them.
    for band in &l.bands {
        o.push_str("<g class=\"band\">\n");
        for (k, row) in band.rows.iter().enumerate() {
            let external = map.lanes[row.lane].is_external();
            let fill = if external { LANE_EXTERNAL } else { LANE[k % 2] };
            let r = row.rect;
            let _ = writeln!(
                o,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"/>",
                num(r.x),
                num(r.y),
                num(r.w),
                num(r.h)
            );
            let lr = row.label;
            let _ = writeln!(
                o,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                num(lr.x),
                num(lr.y),
                num(lr.w),
                num(lr.h),
                if external { LABEL_EXTERNAL } else { LABEL }
            );
            for line in &row.lines {
                text_line(&mut o, line, LABEL_TEXT, None);
            }
        }
        for (k, row) in band.rows.iter().enumerate() {
            let r = row.rect;
            if k > 0 {
                let _ = writeln!(
                    o,
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{RULE}\" stroke-width=\"1\"/>",
                    num(r.x),
                    num(r.y),
                    num(r.right()),
                    num(r.y)
                );
            }
        }
        let b = band.rect;
        let _ = writeln!(
            o,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"{RULE}\" stroke-width=\"1\"/>",
            num(b.x),
            num(b.y),
            num(b.w),
            num(b.h)
        );
        if let Some(first) = band.rows.first() {
            let x = num(first.label.right());
            let _ = writeln!(
                o,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{RULE}\" stroke-width=\"1\"/>",
                num(b.y),
                num(b.bottom())
            );
        }
        o.push_str("</g>\n");
    }

    // Lines under the boxes.
    for e in &l.edges {
        let points: Vec<String> = e
            .points
            .iter()
            .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
            .collect();
        match e.kind {
            EdgeKind::Flow => {
                let _ = writeln!(
                    o,
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"{FLOW}\" stroke-width=\"1.6\" marker-end=\"url(#{id}-arrow)\"/>",
                    points.join(" ")
                );
            }
            EdgeKind::Association => {
                let _ = writeln!(
                    o,
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"{ASSOCIATION}\" stroke-width=\"1.3\" stroke-dasharray=\"4 3\"/>",
                    points.join(" ")
                );
            }
        }
    }

    for nd in &l.nodes {
        let r = nd.rect;
        let step = &map.steps[nd.step];
        let _ = writeln!(
            o,
            "<g class=\"{}\" data-id=\"{}\">",
            match nd.kind {
                BoxKind::Activity => "activity",
                BoxKind::Shared => "shared",
                BoxKind::Contact => "contact",
            },
            xml(&step.id)
        );
        let rect = |o: &mut String, inset: f64, extra: &str, fill: &str, stroke: &str, rx: f64| {
            let _ = writeln!(
                o,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" {extra}/>",
                num(r.x + inset),
                num(r.y + inset),
                num(r.w - 2.0 * inset),
                num(r.h - 2.0 * inset),
                num(rx)
            );
        };
        match nd.kind {
            BoxKind::Activity => {
                rect(&mut o, 0.0, "stroke-width=\"1.6\"", BOX, BOX_LINE, 5.0);
                if nd.subprocess {
                    rect(&mut o, 3.0, "stroke-width=\"1\"", "none", BOX_LINE, 3.0);
                }
            }
            BoxKind::Shared => rect(
                &mut o,
                0.0,
                "stroke-width=\"1.2\"",
                SHARED,
                BOX_LINE,
                r.h / 2.0,
            ),
            BoxKind::Contact => rect(
                &mut o,
                0.0,
                "stroke-width=\"1.4\" stroke-dasharray=\"5 3\"",
                BOX,
                CONTACT_LINE,
                3.0,
            ),
        }
        let colour = if nd.kind == BoxKind::Shared {
            LABEL_TEXT
        } else {
            TEXT
        };
        for line in &nd.lines {
            text_line(&mut o, line, colour, link);
        }
        o.push_str("</g>\n");
    }

    for c in &l.connectors {
        let _ = writeln!(
            o,
            "<g class=\"connector\"><circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{BOX}\" stroke=\"{FLOW}\" stroke-width=\"1.6\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{TEXT}\">{}</text></g>",
            num(c.cx),
            num(c.cy),
            num(c.r),
            num(c.cx),
            num(c.cy + 4.0),
            xml(&c.label)
        );
    }
    o.push_str("</svg>\n");
    o
}

/// One line of text; a run that names a document is a link where `link` gives one.
fn text_line(o: &mut String, line: &Line, colour: &str, link: Option<Link<'_>>) {
    let small = line.font().size < layout::STEP.size.min(layout::LANE.size) - 0.1;
    let fill = if small && colour == colour::TEXT {
        colour::SMALL_TEXT
    } else {
        colour
    };
    let anchor = if line.centred {
        " text-anchor=\"middle\""
    } else {
        ""
    };
    let _ = write!(
        o,
        "<text x=\"{}\" y=\"{}\" fill=\"{fill}\"{anchor}>",
        num(line.x),
        num(line.y)
    );
    for span in &line.spans {
        let weight = if span.font.bold {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let tspan = format!(
            "<tspan font-size=\"{}\"{weight}>{}</tspan>",
            num(span.font.size),
            xml(&span.text)
        );
        let href = span.target.as_deref().and_then(|t| link.and_then(|f| f(t)));
        match href {
            Some(href) => {
                let h = xml(&href);
                let _ = write!(
                    o,
                    "<a href=\"{h}\" xlink:href=\"{h}\" fill=\"{}\" text-decoration=\"underline\">{tspan}</a>",
                    colour::LINK
                );
            }
            None => o.push_str(&tspan),
        }
    }
    o.push_str("</text>\n");
}

#[cfg(test)]
mod tests {
    use super::colour::*;
    use crate::output::html::contrast;

    #[test]
    fn text_has_four_and_a_half_and_lines_three_to_one_contrast() {
        let grounds = [
            PAGE,
            LANE[0],
            LANE[1],
            LANE_EXTERNAL,
            BOX,
            SHARED,
            LABEL,
            LABEL_EXTERNAL,
        ];
        for text in [TEXT, SMALL_TEXT, LABEL_TEXT, LINK] {
            for ground in grounds {
                let c = contrast(text, ground);
                assert!(c >= 4.5, "{text} on {ground}: {c:.2}");
            }
        }
        for line in [RULE, BOX_LINE, CONTACT_LINE, FLOW, ASSOCIATION] {
            for ground in grounds {
                let c = contrast(line, ground);
                assert!(c >= 3.0, "{line} on {ground}: {c:.2}");
            }
        }
    }
}
