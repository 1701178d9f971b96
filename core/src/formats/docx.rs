//! [`Doc`] → `.docx` bytes, through the `docx-rs` crate (pure Rust, builds
//! for wasm32 without its image feature).
//!
//! Headings use real Word heading styles (outline levels, so they show in
//! the navigation pane), lists use Word numbering, tables are Word tables
//! with a bold header row and right-aligned numbers, and page breaks are
//! Word page breaks. docx-rs escapes XML; characters XML 1.0 forbids (most
//! control characters) are dropped here so the file always opens.
use std::io::Cursor;

use base64::Engine;
use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, Header, IndentLevel, Level, LevelJc,
    LevelText, LineSpacing, NumPages, NumberFormat, Numbering, NumberingId, PageMargin, PageNum,
    Paragraph, Pic, Run, RunFonts, SpecialIndentType, Start, Style, StyleType, Table, TableCell,
    TableLayoutType, TableRow, WidthType,
};

use crate::docs::{Block, Cover, Doc};

/// Why the file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("could not write the docx file: {0}")]
    Zip(String),
}

/// A4 in twentieths of a point, and its margins (2 cm).
const PAGE_W: u32 = 11_906;
const PAGE_H: u32 = 16_838;
const MARGIN: i32 = 1_134;
/// The text column's width: what table widths are shares of.
const TEXT_W: usize = (PAGE_W as usize) - 2 * (MARGIN as usize);
const INK: &str = "1F3A5F";
const MUTED: &str = "555555";

/// Keeps only characters XML 1.0 allows.
fn xml_safe(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || ('\u{20}'..='\u{D7FF}').contains(&c)
                || ('\u{E000}'..='\u{FFFD}').contains(&c)
                || c >= '\u{10000}'
        })
        .collect()
}

/// A run holding `text`, with its line breaks and tabs as Word breaks/tabs.
fn text_run(text: &str) -> Run {
    let clean = xml_safe(text);
    let mut run = Run::new();
    for (i, line) in clean.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (j, part) in line.trim_end_matches('\r').split('\t').enumerate() {
            if j > 0 {
                run = run.add_tab();
            }
            if !part.is_empty() {
                run = run.add_text(part);
            }
        }
    }
    run
}

fn heading_style(level: u8) -> Style {
    // Half-points: 20 pt, 15 pt, 13 pt.
    let size = match level {
        1 => 40,
        2 => 30,
        _ => 26,
    };
    // Space before each heading, a little after (twentieths of a point).
    let before = match level {
        1 => 240,
        2 => 320,
        _ => 200,
    };
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .line_spacing(LineSpacing::new().before(before).after(100))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .outline_lvl(usize::from(level) - 1)
        .size(size)
        .bold()
        .color(INK)
}

fn list_level(format: &str, text: &str) -> Level {
    Level::new(
        0,
        Start::new(1),
        NumberFormat::new(format),
        LevelText::new(text),
        LevelJc::new("left"),
    )
    .indent(Some(720), Some(SpecialIndentType::Hanging(360)), None, None)
}

/// The media type of a `.docx` file.
pub const DOCX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Width and height of a PNG, from its header.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.len() < 24 || !bytes.starts_with(&[137, 80, 78, 71, 13, 10, 26, 10]) {
        return None;
    }
    let w = u32::from_be_bytes(bytes[16..20].try_into().ok()?);
    let h = u32::from_be_bytes(bytes[20..24].try_into().ok()?);
    (w > 0 && h > 0).then_some((w, h))
}

/// The logo as a picture 56 px high, when it is a PNG data URL (Word files
/// written here carry PNG only; other logos are left off the .docx).
fn logo_pic(url: &str) -> Option<Pic> {
    let b64 = url.strip_prefix("data:image/png;base64,")?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    let (w, h) = png_size(&bytes)?;
    let height = 56u32;
    let width = (u64::from(w) * u64::from(height) / u64::from(h)).clamp(1, 400) as u32;
    Some(Pic::new_with_dimensions(bytes, width, height))
}

fn cover(mut docx: Docx, c: &Cover) -> Docx {
    if let Some(pic) = logo_pic(&c.logo) {
        docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_image(pic)));
    }
    if !c.from.trim().is_empty() {
        docx = docx
            .add_paragraph(Paragraph::new().add_run(text_run(&c.from).bold().size(28).color(INK)));
    }
    // Space down the page before the title.
    for _ in 0..6 {
        docx = docx.add_paragraph(Paragraph::new());
    }
    if !c.kind.trim().is_empty() {
        docx = docx.add_paragraph(
            Paragraph::new().add_run(text_run(&c.kind.to_uppercase()).size(22).color(MUTED)),
        );
    }
    docx = docx.add_paragraph(
        Paragraph::new()
            .style("Heading1")
            .add_run(text_run(&c.title).size(52)),
    );
    if !c.subtitle.trim().is_empty() {
        docx = docx.add_paragraph(
            Paragraph::new().add_run(text_run(&c.subtitle).italic().size(28).color(MUTED)),
        );
    }
    docx = docx.add_paragraph(Paragraph::new());
    if !c.facts.is_empty() {
        let label_w = TEXT_W * 30 / 100;
        let value_w = TEXT_W - label_w;
        let rows = c
            .facts
            .iter()
            .map(|(l, v)| {
                TableRow::new(vec![
                    TableCell::new()
                        .width(label_w, WidthType::Dxa)
                        .add_paragraph(Paragraph::new().add_run(text_run(l).color(MUTED))),
                    TableCell::new()
                        .width(value_w, WidthType::Dxa)
                        .add_paragraph(Paragraph::new().add_run(text_run(v).bold())),
                ])
            })
            .collect();
        docx = docx.add_table(
            Table::without_borders(rows)
                .layout(TableLayoutType::Fixed)
                .width(TEXT_W, WidthType::Dxa)
                .set_grid(vec![label_w, value_w]),
        );
    }
    docx.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)))
}

fn table(
    header: &[String],
    rows: &[Vec<String>],
    numeric: &[bool],
    widths: &[u16],
    summary: usize,
) -> Option<Table> {
    let cols = header
        .len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    if cols == 0 {
        return None;
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
    let cell = |row: &[String], i: usize, bold: bool| {
        let text = row.get(i).map(String::as_str).unwrap_or("");
        let run = text_run(text).size(18);
        let run = if bold { run.bold() } else { run };
        let mut p = Paragraph::new().add_run(run);
        if numeric.get(i).copied().unwrap_or(false) {
            p = p.align(AlignmentType::Right);
        }
        TableCell::new()
            .width(grid[i], WidthType::Dxa)
            .add_paragraph(p)
    };
    let mut trs =
        vec![TableRow::new((0..cols).map(|i| cell(header, i, true)).collect()).cant_split()];
    for (n, r) in rows.iter().enumerate() {
        // The grand total (the last summary row) is bold.
        let grand = summary > 0 && n + 1 == rows.len();
        trs.push(TableRow::new((0..cols).map(|i| cell(r, i, grand)).collect()).cant_split());
    }
    Some(
        Table::new(trs)
            .layout(TableLayoutType::Fixed)
            .width(TEXT_W, WidthType::Dxa)
            .set_grid(grid),
    )
}

/// The document as `.docx` bytes: A4, a cover page of its own when the
/// document has one, then a header with the title and a footer with the
/// running footer text and "page N of M" on every following page.
pub fn to_docx(doc: &Doc) -> Result<Vec<u8>, DocxError> {
    let page_word = if doc.lang == "vi" { "Trang" } else { "Page" };
    let of_word = if doc.lang == "vi" { "/" } else { "of" };
    let header = Header::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Right)
            .add_run(text_run(&doc.title).size(16).color(MUTED)),
    );
    let mut foot = Paragraph::new().align(AlignmentType::Center);
    if !doc.footer.trim().is_empty() {
        foot = foot.add_run(
            text_run(&format!("{}  ·  ", doc.footer))
                .size(16)
                .color(MUTED),
        );
    }
    let footer = Footer::new().add_paragraph(
        foot.add_run(text_run(&format!("{page_word} ")).size(16).color(MUTED))
            .add_page_num(PageNum::new())
            .add_run(text_run(&format!(" {of_word} ")).size(16).color(MUTED))
            .add_num_pages(NumPages::new()),
    );
    let has_cover = matches!(doc.blocks.first(), Some(Block::Cover(_)));
    let mut docx = Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(567)
                .footer(567),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(22)
        .add_style(heading_style(1))
        .add_style(heading_style(2))
        .add_style(heading_style(3))
        .header(header)
        .footer(footer);
    if has_cover {
        // The cover carries neither header nor footer.
        docx = docx
            .first_header(Header::new())
            .first_footer(Footer::new())
            .title_pg();
    }
    // Every list has its own numbering, so each starts again at 1 (ids from
    // 10: docx-rs keeps id 1 for its own default numbering).
    let mut next_numbering = 10;
    let mut list = |docx: Docx, items: &[String], format: &str, text: &str| {
        let id = next_numbering;
        next_numbering += 1;
        let mut docx = docx
            .add_abstract_numbering(AbstractNumbering::new(id).add_level(list_level(format, text)))
            .add_numbering(Numbering::new(id, id));
        for item in items {
            docx = docx.add_paragraph(
                Paragraph::new()
                    .add_run(text_run(item))
                    .numbering(NumberingId::new(id), IndentLevel::new(0)),
            );
        }
        docx
    };
    for block in &doc.blocks {
        match block {
            Block::Cover(c) => docx = cover(docx, c),
            Block::Heading { level, text } => {
                let level = (*level).clamp(1, 3);
                docx = docx.add_paragraph(
                    Paragraph::new()
                        .style(&format!("Heading{level}"))
                        .keep_next(true)
                        .add_run(text_run(text)),
                );
            }
            Block::Para(text) => {
                docx = docx.add_paragraph(Paragraph::new().add_run(text_run(text)));
            }
            Block::Field { label, value } => {
                docx = docx.add_paragraph(
                    Paragraph::new()
                        .add_run(text_run(&format!("{label}: ")).bold())
                        .add_run(text_run(value)),
                );
            }
            Block::Bullets(items) => docx = list(docx, items, "bullet", "•"),
            Block::Numbered(items) => docx = list(docx, items, "decimal", "%1."),
            Block::Table {
                header,
                rows,
                numeric,
                widths,
                summary,
            } => {
                if let Some(t) = table(header, rows, numeric, widths, *summary) {
                    docx = docx.add_table(t).add_paragraph(Paragraph::new());
                }
            }
            Block::PageBreak => {
                docx = docx
                    .add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
            }
        }
    }
    let mut out = Cursor::new(Vec::new());
    docx.build()
        .pack(&mut out)
        .map_err(|e| DocxError::Zip(e.to_string()))?;
    Ok(out.into_inner())
}
