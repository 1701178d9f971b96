//! [`Doc`] → `.docx` bytes, through the `docx-rs` crate (pure Rust, builds
//! for wasm32 without its image feature).
//!
//! Headings use real Word heading styles (outline levels, so they show in
//! the navigation pane), lists use Word numbering, tables are Word tables
//! with a bold header row and right-aligned numbers, and page breaks are
//! Word page breaks. docx-rs escapes XML; characters XML 1.0 forbids (most
//! control characters) are dropped here so the file always opens.
use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, IndentLevel, Level, LevelJc, LevelText,
    NumberFormat, Numbering, NumberingId, Paragraph, Run, RunFonts, SpecialIndentType, Start,
    Style, StyleType, Table, TableCell, TableRow,
};

use super::doc::{Block, Doc};

/// Why the file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("could not write the docx file: {0}")]
    Zip(String),
}

const BULLET_LIST: usize = 1;
/// Numbered lists get one numbering instance each (ids from here up), so
/// each list restarts at 1.
const FIRST_NUMBERED: usize = 10;

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
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .outline_lvl(usize::from(level) - 1)
        .size(size)
        .bold()
        .color("1F3A5F")
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

/// The document as `.docx` bytes.
pub fn to_docx(doc: &Doc) -> Result<Vec<u8>, DocxError> {
    let mut docx = Docx::new()
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
        .add_abstract_numbering(
            AbstractNumbering::new(BULLET_LIST).add_level(list_level("bullet", "•")),
        )
        .add_numbering(Numbering::new(BULLET_LIST, BULLET_LIST));
    let mut next_numbering = FIRST_NUMBERED;
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text } => {
                let level = (*level).clamp(1, 3);
                docx = docx.add_paragraph(
                    Paragraph::new()
                        .style(&format!("Heading{level}"))
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
            Block::Bullets(items) => {
                for item in items {
                    docx = docx.add_paragraph(
                        Paragraph::new()
                            .add_run(text_run(item))
                            .numbering(NumberingId::new(BULLET_LIST), IndentLevel::new(0)),
                    );
                }
            }
            Block::Numbered(items) => {
                let id = next_numbering;
                next_numbering += 1;
                docx = docx
                    .add_abstract_numbering(
                        AbstractNumbering::new(id).add_level(list_level("decimal", "%1.")),
                    )
                    .add_numbering(Numbering::new(id, id));
                for item in items {
                    docx = docx.add_paragraph(
                        Paragraph::new()
                            .add_run(text_run(item))
                            .numbering(NumberingId::new(id), IndentLevel::new(0)),
                    );
                }
            }
            Block::Table {
                header,
                rows,
                numeric,
            } => {
                let cols = header
                    .len()
                    .max(rows.iter().map(Vec::len).max().unwrap_or(0));
                if cols == 0 {
                    continue;
                }
                let cell = |row: &[String], i: usize, bold: bool| {
                    let text = row.get(i).map(String::as_str).unwrap_or("");
                    let run = if bold {
                        text_run(text).bold()
                    } else {
                        text_run(text)
                    };
                    let mut p = Paragraph::new().add_run(run);
                    if numeric.get(i).copied().unwrap_or(false) {
                        p = p.align(AlignmentType::Right);
                    }
                    TableCell::new().add_paragraph(p)
                };
                let mut trs = vec![TableRow::new(
                    (0..cols).map(|i| cell(header, i, true)).collect(),
                )];
                for r in rows {
                    trs.push(TableRow::new(
                        (0..cols).map(|i| cell(r, i, false)).collect(),
                    ));
                }
                docx = docx
                    .add_table(Table::new(trs))
                    .add_paragraph(Paragraph::new());
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

/// The `.docx` bytes of `doc`, made by code fetched the first time a
/// document is exported: docx-rs is large, and no page needs it up front.
#[cfg_attr(not(feature = "unsplit"), leptos::lazy)]
pub async fn docx_file(doc: Doc) -> Result<Vec<u8>, DocxError> {
    to_docx(&doc)
}
