//! Where everything of a [`Swimlane`] goes on the page, computed by lsk itself (no
//! external program), for the SVG renderer.
//!
//! - Every activity is a box of one width for the whole map, in its own column (time runs
//!   left to right) and in the row of its lane; its text is wrapped at spaces to fit
//!   (estimated with the advance widths of DejaVu Sans, the widest of the usual sans
//!   serif fonts, so that a narrower font only leaves more room). A word that holds a
//!   digit or a hyphen, like an id, is never broken: the boxes are made wide enough for
//!   the widest one. Any other word too long for a line is broken with a hyphen.
//! - A long process is wrapped into bands of columns, one under the other, each with the
//!   lanes that have something in it (in the same order, each labelled again); the last
//!   activity of a band and the first of the next are joined by a pair of numbered
//!   circles. The number of bands is the one that lets the map be printed largest on an
//!   A4 page in landscape ([`A4`]), fewer bands when that is as good.
//! - Each lane row is as high as its tallest content; the activity boxes in a row have
//!   that height, so that the arrows between them are straight.

use std::ops::Range;

use super::{LaneKind, Swimlane};
use crate::lang::Lang;

/// A font: size in px and weight. The family is DejaVu Sans or one of its metric
/// relatives, else any sans serif; the estimates assume DejaVu Sans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

pub const TITLE: Font = Font {
    size: 19.0,
    bold: true,
};
pub const SUBTITLE: Font = Font {
    size: 12.0,
    bold: false,
};
pub const LANE: Font = Font {
    size: 12.5,
    bold: true,
};
pub const STEP: Font = Font {
    size: 13.5,
    bold: false,
};
pub const STEP_BOLD: Font = Font {
    size: 13.5,
    bold: true,
};
pub const SMALL: Font = Font {
    size: 11.5,
    bold: false,
};
pub const SMALL_BOLD: Font = Font {
    size: 11.5,
    bold: true,
};

/// Advance widths of DejaVu Sans (regular, bold) for U+0020–U+007E, in thousandths of
/// an em.
const WIDTHS: [[u16; 95]; 2] = [
    [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636,
        636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698,
        770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732,
        684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
        634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,
        525, 636, 337, 636, 838,
    ],
    [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696,
        696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734,
        830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812,
        774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
        712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652,
        582, 712, 365, 712, 838,
    ],
];

/// A little more than the table says, for kerning and rendering differences.
const SAFETY: f64 = 1.04;

/// The estimated width of `c` in ems.
fn char_width(c: char, bold: bool) -> f64 {
    let table = &WIDTHS[usize::from(bold)];
    let base = match c {
        'å' | 'ä' | 'á' | 'à' | 'â' | 'ã' => 'a',
        'ö' | 'ó' | 'ò' | 'ô' | 'õ' | 'ø' => 'o',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ü' | 'ú' | 'ù' | 'û' => 'u',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'Å' | 'Ä' | 'Á' | 'À' | 'Â' => 'A',
        'Ö' | 'Ó' | 'Ò' | 'Ø' => 'O',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Ü' | 'Ú' => 'U',
        'ñ' => 'n',
        'ç' => 'c',
        '–' | '‘' | '’' => 'a',
        c => c,
    };
    match base {
        ' '..='~' => f64::from(table[base as usize - 0x20]) / 1000.0,
        // Everything else (dashes, arrows, other scripts): as wide as the widest letters.
        _ => 1.0,
    }
}

/// The estimated width of `text` in `font`, in px.
pub fn text_width(text: &str, font: Font) -> f64 {
    text.chars().map(|c| char_width(c, font.bold)).sum::<f64>() * font.size * SAFETY
}

/// Line height, and the room a line needs above and below its baseline.
pub fn line_height(font: Font) -> f64 {
    font.size * 1.3
}
fn ascent(font: Font) -> f64 {
    font.size * 0.95
}

/// A word to wrap: breakable words may be broken with a hyphen when they are longer than
/// a line; the others (ids, dates, anything with a digit or a hyphen) never are.
/// `target` is the document the word names, for a link.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub font: Font,
    pub breakable: bool,
    pub target: Option<String>,
}

/// Whether a word is kept whole: it holds a digit, a hyphen, a dot or an underscore,
/// like an id or a date.
fn keep_whole(word: &str) -> bool {
    word.chars()
        .any(|c| c.is_ascii_digit() || c == '-' || c == '.' || c == '_')
        && word.chars().count() > 1
}

/// The words of `text` in `font`; ids and words with digits or hyphens are kept whole.
pub fn words(text: &str, font: Font) -> Vec<Word> {
    text.split_whitespace()
        .map(|w| Word {
            text: w.to_string(),
            font,
            breakable: !keep_whole(w),
            target: None,
        })
        .collect()
}

/// The words of a name that is no id (a role, a party): any of them may be broken.
pub fn name_words(text: &str, font: Font) -> Vec<Word> {
    text.split_whitespace()
        .map(|w| Word {
            text: w.to_string(),
            font,
            breakable: true,
            target: None,
        })
        .collect()
}

/// One id, never broken, naming `target` when it is a document.
pub fn id_word(id: &str, font: Font, target: bool) -> Word {
    Word {
        text: id.split_whitespace().collect::<Vec<_>>().join("\u{a0}"),
        font,
        breakable: false,
        target: target.then(|| id.to_string()),
    }
}

/// A run of text in one font, naming one document or none.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub font: Font,
    pub target: Option<String>,
}

/// One line of text, placed: `x` is its left end (or its middle, with `centred`), `y`
/// its baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub x: f64,
    pub y: f64,
    pub spans: Vec<Span>,
    pub centred: bool,
}

impl Line {
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    /// The estimated width.
    pub fn width(&self) -> f64 {
        self.spans.iter().map(|s| text_width(&s.text, s.font)).sum()
    }

    /// The largest font of the line.
    pub fn font(&self) -> Font {
        font_of(&self.spans)
    }

    /// The rectangle the line's text takes by the estimate.
    pub fn extent(&self) -> Rect {
        let font = self.font();
        let w = self.width();
        let left = if self.centred {
            self.x - w / 2.0
        } else {
            self.x
        };
        Rect {
            x: left,
            y: self.y - ascent(font),
            w,
            h: ascent(font) + font.size * 0.3,
        }
    }
}

fn font_of(spans: &[Span]) -> Font {
    spans
        .iter()
        .map(|s| s.font)
        .fold(SMALL, |a, b| if b.size > a.size { b } else { a })
}

/// Splits `words` into lines no wider than `width` (by the estimate).
pub fn wrap(words: &[Word], width: f64) -> Vec<Vec<Span>> {
    let mut lines: Vec<Vec<Span>> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut used = 0.0;
    // The space before a word takes the word's font, and its link when the word before
    // names the same document.
    let push =
        |current: &mut Vec<Span>, text: &str, word: &Word, space: bool| match current.last_mut() {
            Some(last) if last.font == word.font && last.target == word.target => {
                if space {
                    last.text.push(' ');
                }
                last.text.push_str(text);
            }
            _ => {
                if space {
                    match current.last_mut() {
                        Some(last) if last.font == word.font => last.text.push(' '),
                        _ => current.push(Span {
                            text: " ".into(),
                            font: word.font,
                            target: None,
                        }),
                    }
                }
                current.push(Span {
                    text: text.to_string(),
                    font: word.font,
                    target: word.target.clone(),
                });
            }
        };
    for word in words {
        let w = text_width(&word.text, word.font);
        let space = text_width(" ", word.font);
        if !current.is_empty() && used + space + w <= width {
            push(&mut current, &word.text, word, true);
            used += space + w;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if w <= width || !word.breakable {
            push(&mut current, &word.text, word, false);
            used = w;
            continue;
        }
        // A breakable word longer than a line: pieces that fit, each with a hyphen.
        let mut piece = String::new();
        for c in word.text.chars() {
            let candidate = format!("{piece}{c}-");
            if !piece.is_empty() && text_width(&candidate, word.font) > width {
                push(&mut current, &format!("{piece}-"), word, false);
                lines.push(std::mem::take(&mut current));
                piece.clear();
            }
            piece.push(c);
        }
        push(&mut current, &piece, word, false);
        used = text_width(&piece, word.font);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// The width of the widest word that may not be broken.
fn widest_whole(words: &[Word]) -> f64 {
    words
        .iter()
        .filter(|w| !w.breakable)
        .map(|w| text_width(&w.text, w.font))
        .fold(0.0, f64::max)
}

/// A rectangle: left, top, width, height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    pub fn cx(&self) -> f64 {
        self.x + self.w / 2.0
    }
    pub fn cy(&self) -> f64 {
        self.y + self.h / 2.0
    }
    /// Whether the two share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() - 0.01
            && other.x < self.right() - 0.01
            && self.y < other.bottom() - 0.01
            && other.y < self.bottom() - 0.01
    }
    /// Whether `inner` lies within this rectangle, `pad` inside its edges.
    pub fn holds(&self, inner: &Rect, pad: f64) -> bool {
        inner.x >= self.x + pad - 0.01
            && inner.right() <= self.right() - pad + 0.01
            && inner.y >= self.y + pad / 2.0 - 0.01
            && inner.bottom() <= self.bottom() - pad / 2.0 + 0.01
    }
}

/// What a box on the map is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxKind {
    /// An activity, in its (first) responsible role's lane.
    Activity,
    /// The mark of an activity in the lane of another role responsible for it.
    Shared,
    /// A collaboration, in the external party's lane.
    Contact,
}

/// A box with its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: BoxKind,
    /// The activity (index in [`Swimlane::steps`]).
    pub step: usize,
    pub rect: Rect,
    pub lines: Vec<Line>,
    /// Whether it has a delprocess (drawn with a double border).
    pub subprocess: bool,
}

/// A lane in one band: the band's width, and the label at its left.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The lane (index in [`Swimlane::lanes`]).
    pub lane: usize,
    pub rect: Rect,
    pub label: Rect,
    pub lines: Vec<Line>,
}

/// A band of columns with its lanes.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub rect: Rect,
    pub steps: Range<usize>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeKind {
    /// From one activity to the next (with an arrowhead).
    Flow,
    /// An activity joined to its marks and collaborations (dashed, no head).
    Association,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub kind: EdgeKind,
    pub points: Vec<(f64, f64)>,
}

/// A numbered circle where the flow leaves one band and enters the next.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
    /// The number of the activity the flow continues with.
    pub label: String,
}

/// The whole map, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// Title, subtitle and legend.
    pub texts: Vec<Line>,
    pub bands: Vec<Band>,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub connectors: Vec<Connector>,
    /// The scale at which the map fits the printable area of an A4 page in landscape.
    pub a4_scale: f64,
}

/// The printable area of A4 landscape with 10 mm margins, in px (96 per inch).
pub const A4: (f64, f64) = (277.0 / 25.4 * 96.0, 190.0 / 25.4 * 96.0);

const MARGIN: f64 = 20.0;
const PAD: f64 = 5.0;
const BOX_WIDTH: f64 = 212.0;
const GAP: f64 = 34.0;
const CONNECTOR: f64 = 34.0;
const ROW_PAD: f64 = 5.0;
const BAND_GAP: f64 = 16.0;
const LABEL_MIN: f64 = 128.0;
const LABEL_MAX: f64 = 236.0;
const RADIUS: f64 = 11.0;
/// The notes under the map: columns about this wide, this far apart.
const NOTE_WIDTH: f64 = 340.0;
const GUTTER: f64 = 24.0;

/// The text of a box before it is placed: wrapped lines, and extra room before some.
#[derive(Debug, Clone)]
struct Content {
    lines: Vec<Vec<Span>>,
    /// Extra room before a line, by line index.
    gaps: Vec<(usize, f64)>,
}

impl Content {
    /// Wraps paragraphs into `width`, with a little room between them.
    fn new(paragraphs: &[Vec<Word>], width: f64) -> Content {
        let mut lines = Vec::new();
        let mut gaps = Vec::new();
        for p in paragraphs {
            if !lines.is_empty() {
                gaps.push((lines.len(), 2.0));
            }
            lines.extend(wrap(p, width));
        }
        Content { lines, gaps }
    }

    /// The height of the text alone.
    fn text_height(&self) -> f64 {
        let lines: f64 = self.lines.iter().map(|l| line_height(font_of(l))).sum();
        lines + self.gaps.iter().map(|(_, g)| g).sum::<f64>()
    }

    /// The height of a box holding it.
    fn height(&self) -> f64 {
        (self.text_height() + 2.0 * PAD).ceil()
    }

    /// The lines placed from (x, y), the top left of the text.
    fn place(&self, x: f64, y: f64) -> Vec<Line> {
        let mut y = y;
        let mut out = Vec::new();
        for (i, spans) in self.lines.iter().enumerate() {
            if let Some((_, g)) = self.gaps.iter().find(|(at, _)| *at == i) {
                y += g;
            }
            let font = font_of(spans);
            let lh = line_height(font);
            out.push(Line {
                x,
                y: y + (lh - font.size) / 2.0 + ascent(font) - font.size * 0.05,
                spans: spans.clone(),
                centred: false,
            });
            y += lh;
        }
        out
    }
}

/// An activity's box: its number and title; the ids of its routines (or that it has
/// none), and its delprocess.
fn activity_words(map: &Swimlane, i: usize, lang: Lang) -> Vec<Vec<Word>> {
    let step = &map.steps[i];
    let mut title = vec![Word {
        text: format!("{}.", i + 1),
        font: STEP_BOLD,
        breakable: false,
        target: None,
    }];
    title.extend(words(&step.title, STEP));
    let mut out = vec![title];
    if !step.routines.is_empty() {
        let n = step.routines.len();
        let ids = step
            .routines
            .iter()
            .enumerate()
            .map(|(k, r)| {
                let mut w = id_word(&r.id, SMALL, true);
                if k + 1 < n {
                    w.text.push(',');
                }
                w
            })
            .collect();
        out.push(ids);
    } else if step.no_routine.is_some() {
        out.push(words(
            lang.pick("Ingen egen rutin", "No routine of its own"),
            SMALL,
        ));
    }
    if let Some(sub) = &step.subprocess {
        let mut w = words(lang.pick("Delprocess:", "Sub-process:"), SMALL_BOLD);
        w.push(id_word(&sub.id, SMALL_BOLD, true));
        out.push(w);
    }
    out
}

/// A collaboration's box: the activity, and the samverkan document.
fn contact_words(map: &Swimlane, i: usize, c: usize, lang: Lang) -> Vec<Vec<Word>> {
    let contact = &map.steps[i].contacts[c];
    let mut out = vec![words(
        &crate::tr!(lang, "Samverkan i {}", "Collaboration in {}", i + 1),
        SMALL_BOLD,
    )];
    if let Some(doc) = &contact.document {
        out.push(vec![id_word(&doc.id, SMALL, true)]);
    }
    out
}

/// An activity's note under the map: its id, its routines with their titles, why it has
/// none, its delprocess, and what its collaborations are about.
fn note_words(map: &Swimlane, i: usize, lang: Lang) -> Vec<Word> {
    let step = &map.steps[i];
    let mut out = vec![
        Word {
            text: format!("{}.", i + 1),
            font: SMALL_BOLD,
            breakable: false,
            target: None,
        },
        id_word(&step.id, SMALL, false),
    ];
    let doc = |d: &super::DocRef, out: &mut Vec<Word>| {
        out.push(id_word(&d.id, SMALL_BOLD, true));
        if let Some(t) = &d.title {
            out.extend(words(t, SMALL).into_iter().map(|mut w| {
                w.target = Some(d.id.clone());
                w
            }));
        }
    };
    let end = |out: &mut Vec<Word>, mark: char| {
        if let Some(last) = out.last_mut() {
            last.text.push(mark);
        }
    };
    end(&mut out, ':');
    for (k, r) in step.routines.iter().enumerate() {
        doc(r, &mut out);
        end(
            &mut out,
            if k + 1 < step.routines.len() {
                ';'
            } else {
                '.'
            },
        );
    }
    if step.routines.is_empty() && step.no_routine.is_some() {
        out.extend(words(
            lang.pick(
                "ingen egen rutin (motiveras i processen).",
                "no routine of its own (reasoned in the process).",
            ),
            SMALL,
        ));
    }
    if let Some(sub) = &step.subprocess {
        out.extend(words(lang.pick("Delprocess:", "Sub-process:"), SMALL));
        doc(sub, &mut out);
        end(&mut out, '.');
    }
    for c in &step.contacts {
        out.extend(words(
            lang.pick("Samverkan med", "Collaboration with"),
            SMALL,
        ));
        out.extend(name_words(&map.lanes[c.lane].name, SMALL));
        if let Some(d) = &c.description {
            end(&mut out, ':');
            out.extend(words(d, SMALL));
        }
        if let Some(d) = &c.document {
            out.push(Word {
                text: "(".into(),
                font: SMALL,
                breakable: false,
                target: None,
            });
            let at = out.len();
            doc(d, &mut out);
            // "(SAM-X Title)" without a space after the parenthesis.
            let id = out.remove(at);
            out[at - 1] = Word {
                text: format!("({}", id.text),
                ..id
            };
            end(&mut out, ')');
        }
        end(&mut out, '.');
    }
    out
}

fn shared_text(i: usize, lang: Lang) -> String {
    crate::tr!(lang, "{}: även ansvarig", "{}: also responsible", i + 1)
}

fn shared_height() -> f64 {
    (line_height(SMALL_BOLD) + 8.0).ceil()
}

fn lane_words(map: &Swimlane, lane: usize, lang: Lang) -> Vec<Vec<Word>> {
    let l = &map.lanes[lane];
    let mut out = Vec::new();
    if l.kind == LaneKind::Party {
        out.push(words(lang.pick("Extern part", "External party"), SMALL));
    }
    out.push(name_words(&l.label(lang), LANE));
    out
}

/// What is measured once for every way of placing the map.
struct Prepared {
    box_w: f64,
    label_w: f64,
    activity: Vec<Content>,
    contacts: Vec<Vec<Content>>,
    labels: Vec<Content>,
}

fn prepare(map: &Swimlane, lang: Lang) -> Prepared {
    let n = map.steps.len();
    let activity: Vec<Vec<Vec<Word>>> = (0..n).map(|i| activity_words(map, i, lang)).collect();
    let contacts: Vec<Vec<Vec<Vec<Word>>>> = (0..n)
        .map(|i| {
            (0..map.steps[i].contacts.len())
                .map(|c| contact_words(map, i, c, lang))
                .collect()
        })
        .collect();
    // The boxes: wide enough for every id and whole word in them.
    let widest = activity
        .iter()
        .chain(contacts.iter().flatten())
        .flatten()
        .map(|w| widest_whole(w))
        .fold(0.0, f64::max);
    let box_w = (BOX_WIDTH - 2.0 * PAD).max(widest).ceil() + 2.0 * PAD;
    let inner = box_w - 2.0 * PAD;
    let label_words: Vec<Vec<Vec<Word>>> = (0..map.lanes.len())
        .map(|l| lane_words(map, l, lang))
        .collect();
    // The label column: as wide as the longest label on one line, within bounds.
    let longest = label_words
        .iter()
        .flatten()
        .map(|p| {
            let spaces = p.len().saturating_sub(1) as f64 * text_width(" ", LANE);
            p.iter().map(|w| text_width(&w.text, w.font)).sum::<f64>() + spaces
        })
        .fold(0.0, f64::max);
    let label_w = (longest + 2.0 * PAD).clamp(LABEL_MIN, LABEL_MAX).ceil();
    Prepared {
        box_w,
        label_w,
        activity: activity.iter().map(|p| Content::new(p, inner)).collect(),
        contacts: contacts
            .iter()
            .map(|cs| cs.iter().map(|p| Content::new(p, inner)).collect())
            .collect(),
        labels: label_words
            .iter()
            .map(|p| Content::new(p, label_w - 2.0 * PAD))
            .collect(),
    }
}

/// The lanes with something in `steps`, in the map's order.
fn band_lanes(map: &Swimlane, steps: Range<usize>) -> Vec<usize> {
    let mut lanes: Vec<usize> = Vec::new();
    for s in &map.steps[steps] {
        lanes.push(s.lane);
        lanes.extend(&s.also);
        lanes.extend(s.contacts.iter().map(|c| c.lane));
    }
    lanes.sort_unstable();
    lanes.dedup();
    lanes
}

/// The heights of what a lane holds in a band: (row, activity boxes).
fn row_height(p: &Prepared, map: &Swimlane, steps: Range<usize>, lane: usize) -> (f64, f64) {
    let mut inner = p.labels[lane].height();
    let mut activity: f64 = 0.0;
    for i in steps {
        let s = &map.steps[i];
        if s.lane == lane {
            activity = activity.max(p.activity[i].height());
        }
        if s.also.contains(&lane) {
            inner = inner.max(shared_height());
        }
        // Several collaborations of one activity with one party: one under the other.
        let stacked: Vec<f64> = s
            .contacts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.lane == lane)
            .map(|(c, _)| p.contacts[i][c].height())
            .collect();
        if !stacked.is_empty() {
            inner = inner.max(stacked.iter().sum::<f64>() + (stacked.len() - 1) as f64 * ROW_PAD);
        }
    }
    (inner.max(activity) + 2.0 * ROW_PAD, activity)
}

fn band_height(p: &Prepared, map: &Swimlane, steps: Range<usize>) -> f64 {
    band_lanes(map, steps.clone())
        .into_iter()
        .map(|lane| row_height(p, map, steps.clone(), lane).0)
        .sum()
}

/// The activities split into bands of at most `columns`, so that the bands together are
/// as low as can be (a band breaks where few lanes go on).
fn partition(p: &Prepared, map: &Swimlane, columns: usize) -> Vec<Range<usize>> {
    let n = map.steps.len();
    if n == 0 {
        return std::iter::once(0..0).collect();
    }
    // best[j]: the lowest height of the first j activities, and where its last band starts.
    let mut best: Vec<(f64, usize)> = vec![(0.0, 0); n + 1];
    for j in 1..=n {
        let mut choice = (f64::INFINITY, 0);
        let first = j.saturating_sub(columns);
        for (i, (before, _)) in best.iter().enumerate().take(j).skip(first) {
            let h = before + band_height(p, map, i..j) + BAND_GAP;
            if h < choice.0 - 0.01 {
                choice = (h, i);
            }
        }
        best[j] = choice;
    }
    let mut bands = Vec::new();
    let mut j = n;
    while j > 0 {
        let i = best[j].1;
        bands.push(i..j);
        j = i;
    }
    bands.reverse();
    bands
}

/// The map laid out for printing: the bands that let it print largest on A4 (fewer when
/// more would not print clearly larger).
pub fn layout(map: &Swimlane, lang: Lang) -> Layout {
    let p = prepare(map, lang);
    let n = map.steps.len().max(1);
    let mut best: Option<Layout> = None;
    for columns in (1..=n).rev() {
        let bands = partition(&p, map, columns);
        if bands.len() > 1 && columns < 2 {
            continue;
        }
        let candidate = place(map, lang, &p, &bands);
        if best
            .as_ref()
            .is_none_or(|b| candidate.a4_scale > b.a4_scale * 1.03)
        {
            best = Some(candidate);
        }
    }
    best.unwrap_or_else(|| place(map, lang, &p, std::slice::from_ref(&(0..map.steps.len()))))
}

/// The map with at most `columns` activities in a band.
pub fn layout_with(map: &Swimlane, lang: Lang, columns: usize) -> Layout {
    let p = prepare(map, lang);
    let bands = partition(&p, map, columns.max(1));
    place(map, lang, &p, &bands)
}

/// Room kept between two things in one lane.
const MIN_GAP: f64 = 14.0;

/// Where the activities of a band go, from the band's first column: each starts at least
/// half a column after the one before (the order reads left to right), as early as its
/// lanes are free. Half a column after the one before is taken only when the flow can go
/// straight down or up into it: another lane, and nothing of the activity (marks,
/// collaborations) on that side of its box. Returns the left edges, whether each is
/// entered from above or below, and the right edge of the band's content.
fn columns(
    p: &Prepared,
    map: &Swimlane,
    steps: Range<usize>,
    lang: Lang,
) -> (Vec<f64>, Vec<bool>, f64) {
    let pitch = p.box_w + GAP;
    let half = pitch / 2.0;
    let mut right: std::collections::BTreeMap<usize, f64> = Default::default();
    let mut xs: Vec<f64> = Vec::new();
    let mut sides = Vec::new();
    let mut band_right: f64 = 0.0;
    let mut previous: Option<(f64, usize)> = None;
    for i in steps {
        let s = &map.steps[i];
        // (lane, offset from the column's left, width)
        let mut items = vec![(s.lane, 0.0, p.box_w)];
        for &l in &s.also {
            let w = shared_width(i, lang);
            items.push((l, (p.box_w - w) / 2.0, w));
        }
        items.extend(s.contacts.iter().map(|c| (c.lane, 0.0, p.box_w)));
        let mut x = previous.map_or(0.0, |(px, _)| px + half);
        let side = loop {
            let overlaps = previous.is_some_and(|(px, _)| x < px + pitch - 0.01);
            let straight = match previous {
                Some((_, lane)) if overlaps => {
                    lane != s.lane
                        && items[1..]
                            .iter()
                            .all(|(l, _, _)| (*l < s.lane) != (lane < s.lane))
                }
                _ => true,
            };
            let free = items.iter().all(|(l, off, _)| {
                right
                    .get(l)
                    .is_none_or(|r| x + off >= r + if *l == s.lane { GAP } else { MIN_GAP })
            });
            if straight && free {
                break overlaps;
            }
            x += half;
        };
        for (l, off, w) in &items {
            let r = right.entry(*l).or_insert(0.0);
            *r = r.max(x + off + w);
            band_right = band_right.max(x + off + w);
        }
        xs.push(x);
        sides.push(side);
        previous = Some((x, s.lane));
    }
    (xs, sides, band_right)
}

fn shared_width(i: usize, lang: Lang) -> f64 {
    (text_width(&shared_text(i, lang), SMALL_BOLD) + 2.0 * PAD).ceil()
}

/// Places everything, the activities in these bands.
fn place(map: &Swimlane, lang: Lang, p: &Prepared, bands_of: &[Range<usize>]) -> Layout {
    let n = map.steps.len();
    let box_w = p.box_w;
    let col_x0 = MARGIN + p.label_w + CONNECTOR;
    // Each activity's column, and whether the flow into it comes from above or below.
    let mut xs: Vec<f64> = vec![0.0; n];
    let mut from_side: Vec<bool> = vec![false; n];
    let mut content_right = col_x0 + box_w + CONNECTOR;
    for steps in bands_of {
        let (band_xs, band_sides, right) = columns(p, map, steps.clone(), lang);
        for (k, i) in steps.clone().enumerate() {
            xs[i] = col_x0 + band_xs[k];
            from_side[i] = band_sides[k];
        }
        content_right = content_right.max(col_x0 + right + CONNECTOR);
    }

    // The title: never narrower than the process id.
    let mut title_words = vec![id_word(&map.id, TITLE, false)];
    title_words.push(Word {
        text: "–".into(),
        font: TITLE,
        breakable: false,
        target: None,
    });
    title_words.extend(words(&map.title, TITLE));
    let widest_note = (0..n)
        .map(|i| widest_whole(&note_words(map, i, lang)))
        .fold(0.0, f64::max);
    let width = (content_right + MARGIN)
        .max(widest_whole(&title_words).max(widest_note) + 2.0 * MARGIN)
        .ceil();
    let text_w = width - 2.0 * MARGIN;
    let mut texts: Vec<Line> = Vec::new();
    let mut y = MARGIN;
    for l in wrap(&title_words, text_w) {
        put(l, MARGIN, &mut y, &mut texts);
    }
    let mut facts: Vec<String> = Vec::new();
    if let Some(kind) = map.kind {
        facts.push(capitalise(&kind.describe(lang)));
    }
    if let Some(o) = &map.owner {
        facts.push(format!(
            "{}: {}",
            lang.pick("Processägare", "Process owner"),
            o.name
        ));
    }
    if let Some(l) = &map.leader {
        facts.push(format!(
            "{}: {}",
            lang.pick("Processledare", "Process leader"),
            l.name
        ));
    }
    if !facts.is_empty() {
        y += 2.0;
        for l in wrap(&name_words(&facts.join(" · "), SUBTITLE), text_w) {
            put(l, MARGIN, &mut y, &mut texts);
        }
    }
    y += 10.0;

    let mut bands = Vec::new();
    let mut nodes: Vec<Node> = Vec::new();
    let mut placed: Vec<Option<Rect>> = vec![None; n];
    let mut band_of: Vec<usize> = vec![0; n];
    for (b, steps) in bands_of.iter().enumerate() {
        let band_top = y;
        let mut rows = Vec::new();
        for lane in band_lanes(map, steps.clone()) {
            let (row_h, activity_h) = row_height(p, map, steps.clone(), lane);
            let rect = Rect {
                x: MARGIN,
                y,
                w: width - 2.0 * MARGIN,
                h: row_h,
            };
            let label = Rect {
                x: MARGIN,
                y,
                w: p.label_w,
                h: row_h,
            };
            let label_text = &p.labels[lane];
            let lines =
                label_text.place(MARGIN + PAD, y + (row_h - label_text.text_height()) / 2.0);
            for i in steps.clone() {
                band_of[i] = b;
                let s = &map.steps[i];
                let col = xs[i];
                if s.lane == lane {
                    let rect = Rect {
                        x: col,
                        y: y + ROW_PAD,
                        w: box_w,
                        h: activity_h,
                    };
                    placed[i] = Some(rect);
                    nodes.push(Node {
                        kind: BoxKind::Activity,
                        step: i,
                        rect,
                        lines: p.activity[i].place(rect.x + PAD, rect.y + PAD),
                        subprocess: s.subprocess.is_some(),
                    });
                }
                if s.also.contains(&lane) {
                    let text = shared_text(i, lang);
                    let w = shared_width(i, lang);
                    let h = shared_height();
                    let rect = Rect {
                        x: col + (box_w - w) / 2.0,
                        y: y + (row_h - h) / 2.0,
                        w,
                        h,
                    };
                    nodes.push(Node {
                        kind: BoxKind::Shared,
                        step: i,
                        rect,
                        lines: vec![Line {
                            x: rect.cx(),
                            y: rect.y + (h - SMALL_BOLD.size) / 2.0 + SMALL_BOLD.size * 0.8,
                            spans: vec![Span {
                                text,
                                font: SMALL_BOLD,
                                target: None,
                            }],
                            centred: true,
                        }],
                        subprocess: false,
                    });
                }
                let mut below = y + ROW_PAD;
                for (c, contact) in s.contacts.iter().enumerate() {
                    if contact.lane != lane {
                        continue;
                    }
                    let rect = Rect {
                        x: col,
                        y: below,
                        w: box_w,
                        h: p.contacts[i][c].height(),
                    };
                    below = rect.bottom() + ROW_PAD;
                    nodes.push(Node {
                        kind: BoxKind::Contact,
                        step: i,
                        rect,
                        lines: p.contacts[i][c].place(rect.x + PAD, rect.y + PAD),
                        subprocess: false,
                    });
                }
            }
            rows.push(Row {
                lane,
                rect,
                label,
                lines,
            });
            y += row_h;
        }
        bands.push(Band {
            rect: Rect {
                x: MARGIN,
                y: band_top,
                w: width - 2.0 * MARGIN,
                h: y - band_top,
            },
            steps: steps.clone(),
            rows,
        });
        y += BAND_GAP;
    }
    y -= BAND_GAP;

    // The flow, and the dashed lines to marks and collaborations.
    let mut edges = Vec::new();
    let mut connectors = Vec::new();
    for i in 0..n {
        let Some(from) = placed[i] else { continue };
        for nd in nodes
            .iter()
            .filter(|nd| nd.step == i && nd.kind != BoxKind::Activity)
        {
            let (y1, y2) = if nd.rect.y > from.y {
                (from.bottom(), nd.rect.y)
            } else {
                (from.y, nd.rect.bottom())
            };
            edges.push(Edge {
                kind: EdgeKind::Association,
                points: vec![(from.cx(), y1), (from.cx(), y2)],
            });
        }
        let Some(to) = placed.get(i + 1).copied().flatten() else {
            continue;
        };
        let (y1, y2) = (from.cy(), to.cy());
        if band_of[i] == band_of[i + 1] && from_side[i + 1] {
            // The next column overlaps: along this row, then down or up into the box.
            let end = if to.y > from.y { to.y } else { to.bottom() };
            edges.push(Edge {
                kind: EdgeKind::Flow,
                points: vec![(from.right(), y1), (to.cx(), y1), (to.cx(), end)],
            });
        } else if band_of[i] == band_of[i + 1] {
            let mx = from.right() + GAP / 2.0;
            let points = if (y1 - y2).abs() < 0.01 {
                vec![(from.right(), y1), (to.x, y2)]
            } else {
                vec![(from.right(), y1), (mx, y1), (mx, y2), (to.x, y2)]
            };
            edges.push(Edge {
                kind: EdgeKind::Flow,
                points,
            });
        } else {
            let label = (i + 2).to_string();
            let out_c = (from.right() + CONNECTOR / 2.0 + 2.0, y1);
            let in_c = (to.x - CONNECTOR / 2.0 - 2.0, y2);
            edges.push(Edge {
                kind: EdgeKind::Flow,
                points: vec![(from.right(), y1), (out_c.0 - RADIUS, y1)],
            });
            edges.push(Edge {
                kind: EdgeKind::Flow,
                points: vec![(in_c.0 + RADIUS, y2), (to.x, y2)],
            });
            for (cx, cy) in [out_c, in_c] {
                connectors.push(Connector {
                    cx,
                    cy,
                    r: RADIUS,
                    label: label.clone(),
                });
            }
        }
    }

    // The notes, in columns, each column filled before the next.
    y += 14.0;
    let note_words: Vec<Vec<Word>> = (0..n).map(|i| note_words(map, i, lang)).collect();
    let widest_note = note_words
        .iter()
        .map(|w| widest_whole(w))
        .fold(0.0, f64::max);
    let note_columns =
        (((text_w + GUTTER) / (NOTE_WIDTH.max(widest_note) + GUTTER)).floor() as usize).clamp(1, 4);
    let note_w = (text_w - (note_columns - 1) as f64 * GUTTER) / note_columns as f64;
    let notes: Vec<Content> = note_words
        .iter()
        .map(|w| Content::new(std::slice::from_ref(w), note_w))
        .collect();
    let total: f64 = notes.iter().map(|c| c.text_height() + 3.0).sum();
    let target = total / note_columns as f64;
    let (mut column, mut column_y) = (0, 0.0);
    let mut deepest: f64 = 0.0;
    for note in &notes {
        let h = note.text_height() + 3.0;
        if column_y > 0.0 && column_y + h / 2.0 > target && column + 1 < note_columns {
            column += 1;
            column_y = 0.0;
        }
        let x = MARGIN + column as f64 * (note_w + GUTTER);
        texts.extend(note.place(x, y + column_y));
        column_y += h;
        deepest = deepest.max(column_y);
    }
    y += deepest;

    // The legend: what the marks mean, only those that are used.
    let mut legend: Vec<&str> = vec![lang.pick(
        "Aktiviteterna i ordning (pilar), i raden för den roll som ansvarar.",
        "The activities in order (arrows), in the row of the role responsible.",
    )];
    if map.steps.iter().any(|s| !s.also.is_empty()) {
        legend.push(lang.pick(
            "”N: även ansvarig”: rollen delar ansvaret för aktivitet N.",
            "“N: also responsible”: the role shares the responsibility for activity N.",
        ));
    }
    if map.steps.iter().any(|s| !s.contacts.is_empty()) {
        legend.push(lang.pick(
            "Streckad ruta: samverkan med en extern part.",
            "Dashed box: collaboration with an external party.",
        ));
    }
    if map.steps.iter().any(|s| s.subprocess.is_some()) {
        legend.push(lang.pick(
            "Dubbel ram: aktiviteten beskrivs i en delprocess.",
            "Double border: the activity is described in a sub-process.",
        ));
    }
    if !connectors.is_empty() {
        legend.push(lang.pick(
            "Ring med nummer: flödet fortsätter i raden nedanför.",
            "Numbered circle: the flow continues in the band below.",
        ));
    }
    y += 8.0;
    for l in wrap(&name_words(&legend.join(" "), SMALL), text_w) {
        put(l, MARGIN, &mut y, &mut texts);
    }
    let height = (y + MARGIN).ceil();
    let a4_scale = (A4.0 / width).min(A4.1 / height);
    Layout {
        width,
        height,
        texts,
        bands,
        nodes,
        edges,
        connectors,
        a4_scale,
    }
}

/// Puts a line of page text at (x, `y`) and moves `y` down.
fn put(spans: Vec<Span>, x: f64, y: &mut f64, texts: &mut Vec<Line>) {
    let font = font_of(&spans);
    texts.push(Line {
        x,
        y: *y + ascent(font),
        spans,
        centred: false,
    });
    *y += line_height(font);
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{find_process, swimlane};

    fn omsorg() -> crate::model::Repository {
        crate::check::example_repository()
    }

    /// Every box and label holds its text; no two boxes overlap; lanes in order.
    fn assert_sound(map: &Swimlane, l: &Layout) {
        for (a, na) in l.nodes.iter().enumerate() {
            for nb in &l.nodes[a + 1..] {
                assert!(
                    !na.rect.overlaps(&nb.rect),
                    "{}: {:?} {} and {:?} {} overlap",
                    map.id,
                    na.kind,
                    na.step,
                    nb.kind,
                    nb.step
                );
            }
            for line in &na.lines {
                assert!(
                    na.rect.holds(
                        &line.extent(),
                        if na.kind == BoxKind::Shared { 4.0 } else { PAD }
                    ),
                    "{}: '{}' ({:.1} px) does not fit its box {:?}",
                    map.id,
                    line.text(),
                    line.width(),
                    na.rect
                );
            }
        }
        for band in &l.bands {
            let order: Vec<usize> = band.rows.iter().map(|r| r.lane).collect();
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(order, sorted, "lanes in the map's order");
            for row in &band.rows {
                for line in &row.lines {
                    assert!(
                        row.label.holds(&line.extent(), PAD),
                        "label '{}'",
                        line.text()
                    );
                }
                for nd in l.nodes.iter().filter(|nd| band.steps.contains(&nd.step)) {
                    assert!(!row.label.overlaps(&nd.rect), "a box over a label");
                }
            }
            assert!(band.rect.right() <= l.width && band.rect.bottom() <= l.height);
        }
        for (k, t) in l.texts.iter().enumerate() {
            let e = t.extent();
            assert!(
                e.x >= MARGIN - 0.01 && e.right() <= l.width - MARGIN + 0.01,
                "'{}' is outside the page",
                t.text()
            );
            for u in &l.texts[k + 1..] {
                assert!(
                    !e.overlaps(&u.extent()),
                    "'{}' and '{}' overlap",
                    t.text(),
                    u.text()
                );
            }
            for band in &l.bands {
                assert!(!e.overlaps(&band.rect), "'{}' over the lanes", t.text());
            }
        }
        for nd in &l.nodes {
            assert!(nd.rect.right() <= l.width - MARGIN && nd.rect.bottom() <= l.height);
        }
        // No line runs through a box: the flow only touches the boxes it joins, a dashed
        // line only its own activity's.
        for e in &l.edges {
            for seg in e.points.windows(2) {
                let ((x1, y1), (x2, y2)) = (seg[0], seg[1]);
                let line = Rect {
                    x: x1.min(x2),
                    y: y1.min(y2),
                    w: (x1 - x2).abs(),
                    h: (y1 - y2).abs(),
                };
                for nd in &l.nodes {
                    let inside = Rect {
                        x: nd.rect.x + 0.5,
                        y: nd.rect.y + 0.5,
                        w: nd.rect.w - 1.0,
                        h: nd.rect.h - 1.0,
                    };
                    let crosses = line.x <= inside.right()
                        && inside.x <= line.right()
                        && line.y <= inside.bottom()
                        && inside.y <= line.bottom();
                    let own = e.kind == EdgeKind::Association
                        && e.points[0].0 == nd.rect.cx()
                        && nd.kind != BoxKind::Activity;
                    assert!(
                        !crosses || own,
                        "{}: a {:?} line {:?} runs through the box of {} ({:?})",
                        map.id,
                        e.kind,
                        e.points,
                        nd.step + 1,
                        nd.kind
                    );
                }
            }
        }
        for c in &l.connectors {
            let r = Rect {
                x: c.cx - c.r,
                y: c.cy - c.r,
                w: 2.0 * c.r,
                h: 2.0 * c.r,
            };
            assert!(
                l.nodes.iter().all(|nd| !nd.rect.overlaps(&r)),
                "a connector on a box"
            );
        }
    }

    /// Printed on A4 landscape, the activities' titles are about 6 pt (7.9 px at 96 per
    /// inch) or larger, and the small text (routine ids, notes) 5 pt (6.6 px) or larger.
    fn assert_legible(map: &Swimlane, l: &Layout) {
        let scale = l.a4_scale.min(1.0);
        assert!(
            STEP.size * scale >= 7.9 && SMALL.size * scale >= 6.6,
            "{}: {:.0}×{:.0} px prints at {:.2} on A4",
            map.id,
            l.width,
            l.height,
            l.a4_scale
        );
    }

    /// A made-up process of the size the map is made for: 12 activities, 8 roles, one or
    /// two routines each, a collaboration, shared responsibilities.
    #[test]
    fn twelve_activities_in_eight_lanes_print_legibly() {
        use crate::graph::{Contact, DocRef, Lane, Step};
        let lanes: Vec<Lane> = (0..9)
            .map(|k| Lane {
                kind: if k < 8 {
                    LaneKind::Role(format!("roll-{k}"))
                } else {
                    LaneKind::Party
                },
                name: format!("Roll nummer {k} med ett namn som tar två rader"),
            })
            .collect();
        let steps = (0..12)
            .map(|i| Step {
                id: format!("P-PROVPROCESS.{}", i + 1),
                title: "Planera, genomföra och dokumentera insatsen enligt beslutet".into(),
                lane: (i * 3) % 8,
                also: if i % 4 == 0 {
                    vec![(i + 1) % 8]
                } else {
                    vec![]
                },
                routines: (0..1 + i % 2)
                    .map(|r| DocRef {
                        id: format!("RUT-PROV-{i}-{r}"),
                        title: Some("En rutin med en lagom lång titel".into()),
                    })
                    .collect(),
                subprocess: None,
                no_routine: None,
                contacts: if i == 5 {
                    vec![Contact {
                        lane: 8,
                        description: Some("Samordnad individuell plan".into()),
                        document: None,
                    }]
                } else {
                    vec![]
                },
            })
            .collect();
        let map = Swimlane {
            id: "P-PROV".into(),
            title: "En provprocess".into(),
            kind: None,
            owner: None,
            leader: None,
            lanes,
            steps,
        };
        let l = layout(&map, Lang::Sv);
        assert_sound(&map, &l);
        assert_legible(&map, &l);
    }

    #[test]
    fn every_example_process_lays_out_soundly_and_legibly_on_a4() {
        let repo = omsorg();
        let mut biggest = 0;
        for doc in repo.documents.iter().filter(|d| d.process().is_some()) {
            let map = swimlane(&repo, doc);
            biggest = biggest.max(map.steps.len());
            for lang in [Lang::Sv, Lang::En] {
                let l = layout(&map, lang);
                assert_sound(&map, &l);
                assert_legible(&map, &l);
                for columns in 1..=map.steps.len() {
                    assert_sound(&map, &layout_with(&map, lang, columns));
                }
            }
        }
        assert!(biggest >= 10);
    }

    #[test]
    fn lanes_follow_first_appearance_and_boxes_their_lane() {
        let repo = omsorg();
        let map = swimlane(&repo, find_process(&repo, "P-SÄBO").unwrap());
        let l = layout_with(&map, Lang::Sv, 20);
        assert_eq!(l.bands.len(), 1);
        let rows: Vec<usize> = l.bands[0].rows.iter().map(|r| r.lane).collect();
        assert_eq!(rows, (0..map.lanes.len()).collect::<Vec<_>>());
        for nd in l.nodes.iter().filter(|n| n.kind == BoxKind::Activity) {
            let row = &l.bands[0].rows[map.steps[nd.step].lane];
            assert!(row.rect.holds(&nd.rect, 0.0));
            assert_eq!(
                row.lines
                    .iter()
                    .map(Line::text)
                    .collect::<Vec<_>>()
                    .join(" "),
                map.lanes[row.lane].name
            );
        }
        // The boxes left to right in the activities' order.
        let mut xs: Vec<(usize, f64)> = l
            .nodes
            .iter()
            .filter(|n| n.kind == BoxKind::Activity)
            .map(|n| (n.step, n.rect.x))
            .collect();
        xs.sort_by_key(|(s, _)| *s);
        assert!(xs.windows(2).all(|w| w[0].1 < w[1].1));
    }

    #[test]
    fn long_words_wrap_and_ids_are_never_broken() {
        let w = words(
            "Fördela boendeplats och beställa verkställighetsbeslutsunderlagen",
            STEP,
        );
        for line in wrap(&w, 100.0) {
            let text: String = line.iter().map(|s| s.text.as_str()).collect();
            let width: f64 = line.iter().map(|s| text_width(&s.text, s.font)).sum();
            assert!(width <= 100.0, "'{text}' {width}");
        }
        let id = [id_word(
            "RUT-MYCKET-LÅNGT-ID-SOM-INTE-FÅR-DELAS",
            SMALL,
            true,
        )];
        assert_eq!(wrap(&id, 50.0).len(), 1);
        assert!(!words("P-SÄBO.1", SMALL)[0].breakable);
        // A box grows for an id wider than it.
        let mut map = swimlane(&omsorg(), find_process(&omsorg(), "P-SÄBO").unwrap());
        map.steps[0].routines[0].id = "RUT-".to_string() + &"X".repeat(60);
        let l = layout(&map, Lang::Sv);
        assert_sound(&map, &l);
    }

    #[test]
    fn no_activities_or_no_one_responsible() {
        let repo = omsorg();
        let mut map = swimlane(&repo, find_process(&repo, "P-KLAGOMÅL").unwrap());
        map.steps.clear();
        map.lanes.clear();
        let l = layout(&map, Lang::Sv);
        assert_sound(&map, &l);
        assert!(l.nodes.is_empty() && l.edges.is_empty());
        // An activity without `ansvarig` has a lane of its own.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path();
        std::fs::write(
            path.join("lsk.yaml"),
            "organisation: Prov\nverksamhet: [SoL]\n",
        )
        .unwrap();
        std::fs::write(
            path.join("p.yaml"),
            "typ: process\nid: P-X\ntitel: X\nprocesstyp: huvudprocess\naktiviteter:\n  - id: P-X.1\n    titel: Göra\n  - id: P-X.2\n    titel: Sedan\n    ansvarig: okänd-roll\n",
        )
        .unwrap();
        let (_, loaded) = crate::check::load(path, &Default::default()).unwrap();
        let map = swimlane(&loaded.repo, find_process(&loaded.repo, "P-X").unwrap());
        assert_eq!(map.lanes[0].kind, LaneKind::Unassigned);
        assert_eq!(map.lanes[0].label(Lang::Sv), "Ingen ansvarig");
        // A role the ansvarsfördelning does not define is named by its id.
        assert_eq!(map.lanes[1].name, "okänd-roll");
        assert_sound(&map, &layout(&map, Lang::En));
    }

    #[test]
    fn estimates() {
        assert!(text_width("iiii", SMALL) < text_width("MMMM", SMALL));
        assert!(text_width("a", SMALL_BOLD) > text_width("a", SMALL));
        assert!((text_width("ä", SMALL) - text_width("a", SMALL)).abs() < 1e-9);
    }
}
