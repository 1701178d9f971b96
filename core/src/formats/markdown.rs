//! [`Doc`] → Markdown (CommonMark with GitHub tables).
//!
//! Every piece of user text is escaped: HTML (`<script>`) is written as
//! entities so it shows as text, and Markdown punctuation that would change
//! the meaning (emphasis, links, table pipes, a `#` or `-` at a line start)
//! gets a backslash. Diacritics and emoji pass through unchanged.
use crate::docs::{Block, Doc};

/// Escapes one line of user text for Markdown.
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    // Block markers at the start of a line: '#', '>', '-', '+', '=', and
    // "1." / "1)" (an ordered list).
    let trimmed = line.trim_start_matches(' ');
    let lead = line.len() - trimmed.len();
    out.push_str(&line[..lead]);
    let mut rest = trimmed;
    if let Some(c) = rest.chars().next() {
        if matches!(c, '#' | '-' | '+' | '=') {
            out.push('\\');
        } else if c.is_ascii_digit() {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if matches!(rest.as_bytes().get(digits), Some(b'.') | Some(b')')) {
                out.push_str(&rest[..digits]);
                out.push('\\');
                rest = &rest[digits..];
            }
        }
    }
    for c in rest.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            // Control characters other than tab are dropped from display only.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text that may hold line breaks; `join` goes between lines.
fn escape(text: &str, join: &str) -> String {
    text.lines().map(escape_line).collect::<Vec<_>>().join(join)
}

/// Escapes text for a single-line context (headings, list items, cells).
fn inline(text: &str) -> String {
    escape(text, " ")
}

/// The document as Markdown.
pub fn to_markdown(doc: &Doc) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        match b {
            Block::Cover(c) => {
                if !c.from.trim().is_empty() {
                    out.push_str(&format!("**{}**\n\n", inline(&c.from)));
                }
                if !c.kind.trim().is_empty() {
                    out.push_str(&format!("{}\n\n", inline(&c.kind)));
                }
                out.push_str(&format!("# {}\n\n", inline(&c.title)));
                if !c.subtitle.trim().is_empty() {
                    out.push_str(&format!("*{}*\n\n", inline(&c.subtitle)));
                }
                for (label, value) in &c.facts {
                    out.push_str(&format!("**{}:** {}  \n", inline(label), inline(value)));
                }
                out.push_str("\n---\n\n");
            }
            Block::Heading { level, text } => {
                let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
                out.push_str(&format!("{hashes} {}\n\n", inline(text)));
            }
            Block::Para(text) => {
                // A backslash at a line end is a hard break in CommonMark.
                out.push_str(&escape(text, "\\\n"));
                out.push_str("\n\n");
            }
            Block::Field { label, value } => {
                out.push_str(&format!(
                    "**{}:** {}\n\n",
                    inline(label),
                    escape(value, "\\\n")
                ));
            }
            Block::Bullets(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", inline(i)));
                }
                out.push('\n');
            }
            Block::Numbered(items) => {
                for (n, i) in items.iter().enumerate() {
                    out.push_str(&format!("{}. {}\n", n + 1, inline(i)));
                }
                out.push('\n');
            }
            Block::Table {
                header,
                rows,
                numeric,
                summary,
                ..
            } => {
                let cols = header
                    .len()
                    .max(rows.iter().map(Vec::len).max().unwrap_or(0));
                if cols == 0 {
                    continue;
                }
                let cell = |r: &[String], i: usize| {
                    r.get(i).map(|s| escape(s, "<br>")).unwrap_or_default()
                };
                out.push('|');
                for i in 0..cols {
                    out.push_str(&format!(" {} |", cell(header, i)));
                }
                out.push_str("\n|");
                for i in 0..cols {
                    let right = numeric.get(i).copied().unwrap_or(false);
                    out.push_str(if right { " ---: |" } else { " --- |" });
                }
                out.push('\n');
                for (n, r) in rows.iter().enumerate() {
                    let grand = *summary > 0 && n + 1 == rows.len();
                    out.push('|');
                    for i in 0..cols {
                        let c = cell(r, i);
                        if grand && !c.is_empty() {
                            out.push_str(&format!(" **{c}** |"));
                        } else {
                            out.push_str(&format!(" {c} |"));
                        }
                    }
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::PageBreak => out.push_str("---\n\n"),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_html_and_markdown() {
        assert_eq!(escape_line("<b>&"), "&lt;b&gt;&amp;");
        assert_eq!(escape_line("# not a heading"), "\\# not a heading");
        assert_eq!(escape_line("1. not a list"), "1\\. not a list");
        assert_eq!(escape_line("a|b *c*"), "a\\|b \\*c\\*");
        assert_eq!(escape_line("Trà sữa 🧋"), "Trà sữa 🧋");
    }
}
