//! A small, format-neutral document model, and the builders of the documents
//! that leave the agency.
//!
//! Proposals and the toolkit's reports are built once as a [`Doc`]; the
//! renderers (`formats::markdown`, `formats::docx`, and the app's print view)
//! turn the same `Doc` into Markdown, `.docx` and print HTML, so every export
//! holds the same content. Text is kept raw here: each renderer escapes it for
//! its own format.
pub mod competitors;
pub mod contact;
pub mod proposal;
pub mod wip;

pub use competitors::competitor_review_doc;
pub use contact::{contact_report_doc, contact_report_doc_for};
pub use wip::wip_doc;

/// A document's cover: who it is from, what it is, and its key facts.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Cover {
    /// The sender's logo as an image data URL, or empty.
    pub logo: String,
    /// The sender (agency) name, or empty.
    pub from: String,
    /// What kind of document ("Proposal").
    pub kind: String,
    pub title: String,
    pub subtitle: String,
    /// Label and value pairs: client, number, date, valid until, prepared by.
    pub facts: Vec<(String, String)>,
}

/// One block of a document, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// The cover; print and docx give it a page of its own.
    Cover(Cover),
    /// A heading; `level` 1 is the document title, 2 a section, 3 a subsection.
    Heading { level: u8, text: String },
    /// A paragraph of plain text (line breaks inside are kept).
    Para(String),
    /// A label and its value on one line, e.g. "Client: Lumi Tea".
    Field { label: String, value: String },
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A numbered list.
    Numbered(Vec<String>),
    /// A table with a header row; `numeric[i]` right-aligns column i (and
    /// keeps it on one line). `widths` are column shares in percent (empty:
    /// let the renderer choose). The last `summary` rows are totals: the
    /// final one is the grand total, printed bold.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<bool>,
        widths: Vec<u16>,
        summary: usize,
    },
    /// Start a new page (print and docx); a rule in Markdown.
    PageBreak,
}

/// A whole document: a title for the file's metadata and its blocks.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Doc {
    pub title: String,
    pub blocks: Vec<Block>,
    /// The running footer on every page (with the page number beside it),
    /// or empty for none.
    pub footer: String,
    /// The language the document is written in ("en", "vi"), or empty for
    /// the page's own.
    pub lang: String,
}

impl Doc {
    pub fn new(title: impl Into<String>) -> Self {
        Doc {
            title: title.into(),
            ..Default::default()
        }
    }

    pub fn cover(&mut self, cover: Cover) -> &mut Self {
        self.blocks.push(Block::Cover(cover));
        self
    }

    /// Adds a table with column widths (percent) and `summary` total rows
    /// at its end.
    pub fn table_with(
        &mut self,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<bool>,
        widths: Vec<u16>,
        summary: usize,
    ) -> &mut Self {
        self.blocks.push(Block::Table {
            header,
            rows,
            numeric,
            widths,
            summary,
        });
        self
    }

    pub fn heading(&mut self, level: u8, text: impl Into<String>) -> &mut Self {
        self.blocks.push(Block::Heading {
            level: level.clamp(1, 3),
            text: text.into(),
        });
        self
    }

    pub fn para(&mut self, text: impl Into<String>) -> &mut Self {
        self.blocks.push(Block::Para(text.into()));
        self
    }

    pub fn field(&mut self, label: impl Into<String>, value: impl Into<String>) -> &mut Self {
        self.blocks.push(Block::Field {
            label: label.into(),
            value: value.into(),
        });
        self
    }

    pub fn bullets<I, S>(&mut self, items: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.blocks
            .push(Block::Bullets(items.into_iter().map(Into::into).collect()));
        self
    }

    pub fn numbered<I, S>(&mut self, items: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.blocks
            .push(Block::Numbered(items.into_iter().map(Into::into).collect()));
        self
    }

    /// Adds a table; `numeric` may be shorter than the header (missing = text).
    pub fn table(
        &mut self,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<bool>,
    ) -> &mut Self {
        self.table_with(header, rows, numeric, Vec::new(), 0)
    }

    pub fn page_break(&mut self) -> &mut Self {
        self.blocks.push(Block::PageBreak);
        self
    }

    /// Every piece of text in the document, in order (for tests and search).
    pub fn texts(&self) -> Vec<&str> {
        let mut out = vec![self.title.as_str(), self.footer.as_str()];
        for b in &self.blocks {
            match b {
                Block::Cover(c) => {
                    out.extend([c.from.as_str(), &c.kind, &c.title, &c.subtitle]);
                    for (l, v) in &c.facts {
                        out.push(l);
                        out.push(v);
                    }
                }
                Block::Heading { text, .. } | Block::Para(text) => out.push(text),
                Block::Field { label, value } => {
                    out.push(label);
                    out.push(value);
                }
                Block::Bullets(items) | Block::Numbered(items) => {
                    out.extend(items.iter().map(String::as_str))
                }
                Block::Table { header, rows, .. } => {
                    out.extend(header.iter().map(String::as_str));
                    for r in rows {
                        out.extend(r.iter().map(String::as_str));
                    }
                }
                Block::PageBreak => {}
            }
        }
        out
    }
}
