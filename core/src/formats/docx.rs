//! [`Doc`] → `.docx` bytes: WordprocessingML written here, zipped by
//! [`super::zip`].
//!
//! Headings use real Word heading styles (outline levels, so they show in
//! the navigation pane), lists use Word numbering, tables are Word tables
//! with a bold header row (repeated on each page) and right-aligned
//! numbers, and page breaks are Word page breaks. Text is escaped here, and
//! characters XML 1.0 forbids (most control characters) are dropped, so the
//! file always opens. Elements inside the property blocks (`w:pPr`,
//! `w:rPr`, `w:tblPr`, `w:sectPr`) are written in the order the standard
//! gives, which Word insists on.
use base64::Engine;

use super::ooxml::{self, push_esc, XML_HEAD};
use super::zip::ZipWriter;
use crate::docs::{Block, Cover, Doc};

/// Why the file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("could not write the docx file: {0}")]
    Zip(String),
}

/// A4 in twentieths of a point, and its margins (2 cm).
const PAGE_W: usize = 11_906;
const PAGE_H: usize = 16_838;
const MARGIN: usize = 1_134;
/// From the page edge to the header and footer text (1 cm).
const HEADER_GAP: usize = 567;
/// The text column's width: what table widths are shares of.
const TEXT_W: usize = PAGE_W - 2 * MARGIN;
const INK: &str = "1F3A5F";
const MUTED: &str = "555555";
/// The logo's height on the cover, in pixels.
const LOGO_H: u32 = 56;
/// English Metric Units in a pixel (at 96 dpi).
const EMU_PER_PX: u64 = 9_525;

/// The media type of a `.docx` file.
pub const DOCX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WP_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PIC_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";
const WML_CT: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// How a run of text looks; unset parts come from the paragraph's style.
#[derive(Clone, Copy, Default)]
struct Look {
    bold: bool,
    italic: bool,
    color: Option<&'static str>,
    /// In half-points.
    size: Option<u32>,
}

impl Look {
    fn size(size: u32) -> Self {
        Look {
            size: Some(size),
            ..Look::default()
        }
    }

    fn bold(self) -> Self {
        Look { bold: true, ..self }
    }

    fn italic(self) -> Self {
        Look {
            italic: true,
            ..self
        }
    }

    fn color(self, color: &'static str) -> Self {
        Look {
            color: Some(color),
            ..self
        }
    }

    /// `w:rPr`, its children in the standard's order (b, i, color, sz).
    fn write(&self, out: &mut String) {
        if !self.bold && !self.italic && self.color.is_none() && self.size.is_none() {
            return;
        }
        out.push_str("<w:rPr>");
        if self.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if self.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if let Some(c) = self.color {
            out.push_str(&format!("<w:color w:val=\"{c}\"/>"));
        }
        if let Some(s) = self.size {
            out.push_str(&format!("<w:sz w:val=\"{s}\"/><w:szCs w:val=\"{s}\"/>"));
        }
        out.push_str("</w:rPr>");
    }
}

/// A run holding `text`, its line breaks and tabs as Word breaks and tabs.
fn run(out: &mut String, text: &str, look: Look) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    out.push_str("<w:r>");
    look.write(out);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        for (j, part) in line.split('\t').enumerate() {
            if j > 0 {
                out.push_str("<w:tab/>");
            }
            if !part.is_empty() {
                out.push_str("<w:t xml:space=\"preserve\">");
                push_esc(out, part);
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
}

/// A field (`PAGE`, `NUMPAGES`) showing `shown` until Word updates it.
fn field(out: &mut String, instr: &str, shown: &str, look: Look) {
    let part = |out: &mut String, inner: &str| {
        out.push_str("<w:r>");
        look.write(out);
        out.push_str(inner);
        out.push_str("</w:r>");
    };
    part(out, "<w:fldChar w:fldCharType=\"begin\"/>");
    part(
        out,
        &format!("<w:instrText xml:space=\"preserve\"> {instr} </w:instrText>"),
    );
    part(out, "<w:fldChar w:fldCharType=\"separate\"/>");
    part(out, &format!("<w:t>{shown}</w:t>"));
    part(out, "<w:fldChar w:fldCharType=\"end\"/>");
}

/// A paragraph's properties.
#[derive(Clone, Copy, Default)]
struct Par<'a> {
    style: Option<&'a str>,
    keep_next: bool,
    /// The list (`w:numId`) it is an item of.
    list: Option<usize>,
    /// "right" or "center".
    align: Option<&'static str>,
}

impl Par<'_> {
    fn aligned(align: &'static str) -> Self {
        Par {
            align: Some(align),
            ..Par::default()
        }
    }

    /// Opens `w:p` and writes `w:pPr` (pStyle, keepNext, numPr, jc: the
    /// standard's order).
    fn open(&self, out: &mut String) {
        out.push_str("<w:p>");
        if self.style.is_none() && !self.keep_next && self.list.is_none() && self.align.is_none() {
            return;
        }
        out.push_str("<w:pPr>");
        if let Some(s) = self.style {
            out.push_str(&format!("<w:pStyle w:val=\"{s}\"/>"));
        }
        if self.keep_next {
            out.push_str("<w:keepNext/>");
        }
        if let Some(id) = self.list {
            out.push_str(&format!(
                "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{id}\"/></w:numPr>"
            ));
        }
        if let Some(a) = self.align {
            out.push_str(&format!("<w:jc w:val=\"{a}\"/>"));
        }
        out.push_str("</w:pPr>");
    }
}

/// A paragraph of one run.
fn para(out: &mut String, p: Par, text: &str, look: Look) {
    p.open(out);
    if !text.is_empty() {
        run(out, text, look);
    }
    out.push_str("</w:p>");
}

fn empty_para(out: &mut String) {
    out.push_str("<w:p/>");
}

fn page_break(out: &mut String) {
    out.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
}

/// Width and height of a PNG, from its header.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.len() < 24 || !bytes.starts_with(&[137, 80, 78, 71, 13, 10, 26, 10]) {
        return None;
    }
    let w = u32::from_be_bytes(bytes[16..20].try_into().ok()?);
    let h = u32::from_be_bytes(bytes[20..24].try_into().ok()?);
    (w > 0 && h > 0).then_some((w, h))
}

/// A logo: the PNG's bytes and its size on the page in pixels.
struct Logo {
    png: Vec<u8>,
    width: u32,
    height: u32,
}

/// The logo 56 px high, when it is a PNG data URL (Word files written here
/// carry PNG only; other logos are left off the .docx).
fn logo(url: &str) -> Option<Logo> {
    let b64 = url.strip_prefix("data:image/png;base64,")?;
    let png = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    let (w, h) = png_size(&png)?;
    let width = (u64::from(w) * u64::from(LOGO_H) / u64::from(h)).clamp(1, 400) as u32;
    Some(Logo {
        png,
        width,
        height: LOGO_H,
    })
}

const IMAGE_REL: &str = "rIdImage1";

/// The logo's paragraph: an inline picture.
fn logo_para(out: &mut String, logo: &Logo) {
    let cx = u64::from(logo.width) * EMU_PER_PX;
    let cy = u64::from(logo.height) * EMU_PER_PX;
    out.push_str(&format!(
        "<w:p><w:r><w:drawing>\
         <wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
         <wp:extent cx=\"{cx}\" cy=\"{cy}\"/>\
         <wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>\
         <wp:docPr id=\"1\" name=\"Logo\"/>\
         <wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"{A_NS}\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
         <a:graphic xmlns:a=\"{A_NS}\"><a:graphicData uri=\"{PIC_NS}\">\
         <pic:pic xmlns:pic=\"{PIC_NS}\">\
         <pic:nvPicPr><pic:cNvPr id=\"0\" name=\"image1.png\"/><pic:cNvPicPr/></pic:nvPicPr>\
         <pic:blipFill><a:blip r:embed=\"{IMAGE_REL}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
         <pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>\
         </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    ));
}

/// `w:tblPr` and `w:tblGrid` of a full-width, fixed-layout table.
fn table_start(out: &mut String, grid: &[usize], borders: bool) {
    let width: usize = grid.iter().sum();
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblBorders>"
    ));
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        if borders {
            out.push_str(&format!(
                "<w:{side} w:val=\"single\" w:sz=\"2\" w:space=\"0\" w:color=\"000000\"/>"
            ));
        } else {
            out.push_str(&format!("<w:{side} w:val=\"nil\"/>"));
        }
    }
    out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
    for w in grid {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid>");
}

/// One table cell holding one paragraph.
fn cell(out: &mut String, width: usize, p: Par, text: &str, look: Look) {
    out.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>"
    ));
    para(out, p, text, look);
    out.push_str("</w:tc>");
}

/// The cover: logo, sender, kind, title, subtitle, the facts as a table
/// without borders, then a new page.
fn cover(out: &mut String, c: &Cover, logo: Option<&Logo>) {
    if let Some(l) = logo {
        logo_para(out, l);
    }
    if !c.from.trim().is_empty() {
        para(
            out,
            Par::default(),
            &c.from,
            Look::size(28).bold().color(INK),
        );
    }
    // Space down the page before the title.
    for _ in 0..6 {
        empty_para(out);
    }
    if !c.kind.trim().is_empty() {
        para(
            out,
            Par::default(),
            &c.kind.to_uppercase(),
            Look::size(22).color(MUTED),
        );
    }
    let title = Par {
        style: Some("Heading1"),
        ..Par::default()
    };
    para(out, title, &c.title, Look::size(52));
    if !c.subtitle.trim().is_empty() {
        para(
            out,
            Par::default(),
            &c.subtitle,
            Look::size(28).italic().color(MUTED),
        );
    }
    empty_para(out);
    if !c.facts.is_empty() {
        let label_w = TEXT_W * 30 / 100;
        let value_w = TEXT_W - label_w;
        table_start(out, &[label_w, value_w], false);
        for (l, v) in &c.facts {
            out.push_str("<w:tr>");
            cell(
                out,
                label_w,
                Par::default(),
                l,
                Look::default().color(MUTED),
            );
            cell(out, value_w, Par::default(), v, Look::default().bold());
            out.push_str("</w:tr>");
        }
        out.push_str("</w:tbl>");
    }
    page_break(out);
}

/// A table with a bold header row repeated on each page; rows do not split
/// across pages. Nothing for a table without columns.
fn table(
    out: &mut String,
    header: &[String],
    rows: &[Vec<String>],
    numeric: &[bool],
    widths: &[u16],
    summary: usize,
) -> bool {
    let cols = header
        .len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    if cols == 0 {
        return false;
    }
    // Column widths in twips: the given shares, or equal shares.
    let total: usize = widths.iter().take(cols).map(|w| usize::from(*w)).sum();
    let grid: Vec<usize> = if widths.len() >= cols && total > 0 {
        widths
            .iter()
            .take(cols)
            .map(|w| TEXT_W * usize::from(*w) / total)
            .collect()
    } else {
        vec![TEXT_W / cols; cols]
    };
    table_start(out, &grid, true);
    let row = |out: &mut String, cells: &[String], bold: bool, head: bool| {
        out.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if head {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        for (i, &w) in grid.iter().enumerate() {
            let text = cells.get(i).map(String::as_str).unwrap_or("");
            let p = if numeric.get(i).copied().unwrap_or(false) {
                Par::aligned("right")
            } else {
                Par::default()
            };
            let look = if bold {
                Look::size(18).bold()
            } else {
                Look::size(18)
            };
            cell(out, w, p, text, look);
        }
        out.push_str("</w:tr>");
    };
    row(out, header, true, true);
    for (n, r) in rows.iter().enumerate() {
        // The grand total (the last summary row) is bold.
        let grand = summary > 0 && n + 1 == rows.len();
        row(out, r, grand, false);
    }
    out.push_str("</w:tbl>");
    true
}

/// A list's numbering: its format and level text.
struct List {
    format: &'static str,
    text: &'static str,
}

/// `word/numbering.xml`: one definition per list, so each starts at 1.
fn numbering_xml(lists: &[List]) -> String {
    let mut x = format!("{XML_HEAD}<w:numbering xmlns:w=\"{W_NS}\">");
    for (i, l) in lists.iter().enumerate() {
        x += &format!(
            "<w:abstractNum w:abstractNumId=\"{i}\"><w:multiLevelType w:val=\"singleLevel\"/>\
             <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{}\"/>\
             <w:lvlText w:val=\"{}\"/><w:lvlJc w:val=\"left\"/>\
             <w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>",
            l.format, l.text
        );
    }
    for i in 0..lists.len() {
        x += &format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{i}\"/></w:num>",
            i + 1
        );
    }
    x + "</w:numbering>"
}

/// The language tag Word uses for proofing.
fn word_lang(lang: &str) -> Option<&'static str> {
    match lang {
        "vi" => Some("vi-VN"),
        "en" => Some("en-US"),
        _ => None,
    }
}

/// `word/styles.xml`: Calibri 11 pt, and three heading styles.
fn styles_xml(lang: &str) -> String {
    let lang = word_lang(lang)
        .map(|l| format!("<w:lang w:val=\"{l}\"/>"))
        .unwrap_or_default();
    let mut x = format!(
        "{XML_HEAD}<w:styles xmlns:w=\"{W_NS}\"><w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>\
         <w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>{lang}</w:rPr></w:rPrDefault>\
         <w:pPrDefault/></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">\
         <w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
         <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">\
         <w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>\
         <w:unhideWhenUsed/></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">\
         <w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>\
         <w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>\
         <w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>\
         </w:tblCellMar></w:tblPr></w:style>\
         <w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\">\
         <w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>\
         <w:unhideWhenUsed/></w:style>"
    );
    // Half-points (20, 15 and 13 pt) and the space before, in twips.
    for (level, size, before) in [(1, 40, 240), (2, 30, 320), (3, 26, 200)] {
        x += &format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading{level}\">\
             <w:name w:val=\"heading {level}\"/><w:basedOn w:val=\"Normal\"/>\
             <w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>\
             <w:pPr><w:keepNext/><w:spacing w:before=\"{before}\" w:after=\"100\"/>\
             <w:outlineLvl w:val=\"{}\"/></w:pPr>\
             <w:rPr><w:b/><w:bCs/><w:color w:val=\"{INK}\"/>\
             <w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>",
            level - 1
        );
    }
    x + "</w:styles>"
}

fn settings_xml() -> String {
    format!(
        "{XML_HEAD}<w:settings xmlns:w=\"{W_NS}\"><w:zoom w:percent=\"100\"/>\
         <w:defaultTabStop w:val=\"720\"/>\
         <w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>\
         <w:compatSetting w:name=\"compatibilityMode\" \
         w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>\
         </w:compat></w:settings>"
    )
}

/// A header (`hdr`) or footer (`ftr`) part around `body`.
fn margin_part(tag: &str, body: &str) -> String {
    format!("{XML_HEAD}<w:{tag} xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\">{body}</w:{tag}>")
}

/// The footer: the running text, then "Page N of M".
fn footer_xml(doc: &Doc) -> String {
    let (page_word, of_word) = if doc.lang == "vi" {
        ("Trang", "/")
    } else {
        ("Page", "of")
    };
    let small = Look::size(16).color(MUTED);
    let mut p = String::new();
    Par::aligned("center").open(&mut p);
    if !doc.footer.trim().is_empty() {
        run(&mut p, &format!("{}  ·  ", doc.footer), small);
    }
    run(&mut p, &format!("{page_word} "), small);
    field(&mut p, "PAGE", "1", small);
    run(&mut p, &format!(" {of_word} "), small);
    field(&mut p, "NUMPAGES", "1", small);
    p.push_str("</w:p>");
    margin_part("ftr", &p)
}

/// The header: the document's title, right-aligned.
fn header_xml(doc: &Doc) -> String {
    let mut p = String::new();
    para(
        &mut p,
        Par::aligned("right"),
        &doc.title,
        Look::size(16).color(MUTED),
    );
    margin_part("hdr", &p)
}

/// The document as `.docx` bytes: A4, a cover page of its own when the
/// document has one, then a header with the title and a footer with the
/// running footer text and "page N of M" on every following page.
pub fn to_docx(doc: &Doc) -> Result<Vec<u8>, DocxError> {
    let has_cover = matches!(doc.blocks.first(), Some(Block::Cover(_)));
    let logo = match doc.blocks.first() {
        Some(Block::Cover(c)) => logo(&c.logo),
        _ => None,
    };
    let mut lists: Vec<List> = Vec::new();
    let mut body = String::new();
    let out = &mut body;
    for block in &doc.blocks {
        match block {
            Block::Cover(c) => cover(out, c, logo.as_ref()),
            Block::Heading { level, text } => {
                let style = format!("Heading{}", (*level).clamp(1, 3));
                let p = Par {
                    style: Some(&style),
                    keep_next: true,
                    ..Par::default()
                };
                para(out, p, text, Look::default());
            }
            Block::Para(text) => para(out, Par::default(), text, Look::default()),
            Block::Field { label, value } => {
                Par::default().open(out);
                run(out, &format!("{label}: "), Look::default().bold());
                if !value.is_empty() {
                    run(out, value, Look::default());
                }
                out.push_str("</w:p>");
            }
            Block::Bullets(items) | Block::Numbered(items) => {
                if items.is_empty() {
                    continue;
                }
                lists.push(if matches!(block, Block::Bullets(_)) {
                    List {
                        format: "bullet",
                        text: "•",
                    }
                } else {
                    List {
                        format: "decimal",
                        text: "%1.",
                    }
                });
                let p = Par {
                    list: Some(lists.len()),
                    ..Par::default()
                };
                for item in items {
                    para(out, p, item, Look::default());
                }
            }
            Block::Table {
                header,
                rows,
                numeric,
                widths,
                summary,
            } => {
                if table(out, header, rows, numeric, widths, *summary) {
                    empty_para(out);
                }
            }
            Block::PageBreak => page_break(out),
        }
    }

    // The section: A4, margins, header and footer (none on the cover).
    let mut sect =
        String::from("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>");
    if has_cover {
        sect += "<w:headerReference w:type=\"first\" r:id=\"rIdHeader2\"/>";
    }
    sect += "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>";
    if has_cover {
        sect += "<w:footerReference w:type=\"first\" r:id=\"rIdFooter2\"/>";
    }
    sect += &format!(
        "<w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/>\
         <w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" \
         w:left=\"{MARGIN}\" w:header=\"{HEADER_GAP}\" w:footer=\"{HEADER_GAP}\" w:gutter=\"0\"/>\
         <w:cols w:space=\"708\"/>"
    );
    if has_cover {
        sect += "<w:titlePg/>";
    }
    sect += "</w:sectPr>";
    let document = format!(
        "{XML_HEAD}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\" xmlns:wp=\"{WP_NS}\">\
         <w:body>{body}{sect}</w:body></w:document>"
    );

    // Parts and relationships.
    let mut parts: Vec<(&str, String)> = vec![
        ("word/document.xml", format!("{WML_CT}.document.main+xml")),
        ("word/styles.xml", format!("{WML_CT}.styles+xml")),
        ("word/settings.xml", format!("{WML_CT}.settings+xml")),
        ("word/header1.xml", format!("{WML_CT}.header+xml")),
        ("word/footer1.xml", format!("{WML_CT}.footer+xml")),
    ];
    let rel = ooxml::office_rel;
    let mut rels: Vec<(&str, String, &str)> = vec![
        ("rIdStyles", rel("styles"), "styles.xml"),
        ("rIdSettings", rel("settings"), "settings.xml"),
        ("rIdHeader1", rel("header"), "header1.xml"),
        ("rIdFooter1", rel("footer"), "footer1.xml"),
    ];
    if has_cover {
        parts.push(("word/header2.xml", format!("{WML_CT}.header+xml")));
        parts.push(("word/footer2.xml", format!("{WML_CT}.footer+xml")));
        rels.push(("rIdHeader2", rel("header"), "header2.xml"));
        rels.push(("rIdFooter2", rel("footer"), "footer2.xml"));
    }
    if !lists.is_empty() {
        parts.push(("word/numbering.xml", format!("{WML_CT}.numbering+xml")));
        rels.push(("rIdNumbering", rel("numbering"), "numbering.xml"));
    }
    if logo.is_some() {
        rels.push((IMAGE_REL, rel("image"), "media/image1.png"));
    }
    parts.push(("docProps/core.xml", ooxml::CT_CORE.into()));
    parts.push(("docProps/app.xml", ooxml::CT_APP.into()));
    let parts: Vec<(&str, &str)> = parts.iter().map(|(p, c)| (*p, c.as_str())).collect();
    let rels: Vec<(&str, &str, &str)> = rels.iter().map(|(i, k, t)| (*i, k.as_str(), *t)).collect();
    let defaults: &[(&str, &str)] = if logo.is_some() {
        &[("png", "image/png")]
    } else {
        &[]
    };

    let zip_err = |e: super::zip::ZipError| DocxError::Zip(e.to_string());
    let mut zip = ZipWriter::new();
    let mut add = |name: &str, data: &[u8]| zip.add(name, data).map_err(zip_err);
    add(
        "[Content_Types].xml",
        ooxml::content_types(defaults, &parts).as_bytes(),
    )?;
    add(
        "_rels/.rels",
        ooxml::package_rels("word/document.xml").as_bytes(),
    )?;
    add(
        "docProps/core.xml",
        ooxml::core_props(&doc.title, &doc.lang).as_bytes(),
    )?;
    add("docProps/app.xml", ooxml::app_props().as_bytes())?;
    add("word/document.xml", document.as_bytes())?;
    add(
        "word/_rels/document.xml.rels",
        ooxml::rels(&rels).as_bytes(),
    )?;
    add("word/styles.xml", styles_xml(&doc.lang).as_bytes())?;
    add("word/settings.xml", settings_xml().as_bytes())?;
    if !lists.is_empty() {
        add("word/numbering.xml", numbering_xml(&lists).as_bytes())?;
    }
    add("word/header1.xml", header_xml(doc).as_bytes())?;
    add("word/footer1.xml", footer_xml(doc).as_bytes())?;
    if has_cover {
        let empty = margin_part("hdr", "<w:p/>");
        add("word/header2.xml", empty.as_bytes())?;
        let empty = margin_part("ftr", "<w:p/>");
        add("word/footer2.xml", empty.as_bytes())?;
    }
    if let Some(l) = &logo {
        add("word/media/image1.png", &l.png)?;
    }
    zip.finish().map_err(zip_err)
}
