//! A small `.xlsx` writer: named sheets of strings, numbers and formulas
//! with cached results, four cell formats, column widths and a frozen first
//! row. Strings go in the shared string table; a string cell is never a
//! formula, whatever it starts with.
use std::collections::{BTreeMap, HashMap};

use super::ooxml::{self, esc, push_esc, XML_HEAD};
use super::zip::{ZipError, ZipWriter};

/// Why the workbook could not be written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum XlsxError {
    #[error("could not write the xlsx file: {0}")]
    Zip(#[from] ZipError),
    #[error("Excel does not accept {0:?} as a sheet name")]
    SheetName(String),
}

/// A cell's format: its index in the styles' `cellXfs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fmt {
    General = 0,
    Bold = 1,
    /// `#,##0`
    Money = 2,
    /// `0.00`
    Points = 3,
}

/// A formula's result as last computed, for viewers that do not recalculate.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cached {
    /// A number, as text ("680000000", "46.247632").
    Num(String),
    Bool(bool),
}

#[derive(Clone, Debug, PartialEq)]
enum Value {
    Str(String),
    Num(f64),
    Formula(String, Cached),
}

pub(crate) struct Sheet {
    name: String,
    /// Column widths in characters, by 0-based column.
    widths: BTreeMap<u16, f64>,
    frozen_row: bool,
    rows: BTreeMap<u32, BTreeMap<u16, (Value, Fmt)>>,
}

impl Sheet {
    fn put(&mut self, row: u32, col: u16, v: Value, fmt: Fmt) {
        self.rows.entry(row).or_default().insert(col, (v, fmt));
    }

    pub(crate) fn string(&mut self, row: u32, col: u16, s: &str, fmt: Fmt) {
        self.put(row, col, Value::Str(s.to_string()), fmt);
    }

    pub(crate) fn number(&mut self, row: u32, col: u16, v: f64, fmt: Fmt) {
        self.put(row, col, Value::Num(v), fmt);
    }

    /// A formula, written without its leading `=`.
    pub(crate) fn formula(&mut self, row: u32, col: u16, f: &str, cached: Cached, fmt: Fmt) {
        let f = f.strip_prefix('=').unwrap_or(f);
        self.put(row, col, Value::Formula(f.to_string(), cached), fmt);
    }

    pub(crate) fn width(&mut self, col: u16, chars: f64) {
        self.widths.insert(col, chars);
    }

    /// Keeps the first row in view while scrolling.
    pub(crate) fn freeze_first_row(&mut self) {
        self.frozen_row = true;
    }
}

#[derive(Default)]
pub(crate) struct Workbook {
    sheets: Vec<Sheet>,
}

/// "A", "B", …, "Z", "AA", … for a 0-based column.
fn col_name(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn cell_ref(row: u32, col: u16) -> String {
    format!("{}{}", col_name(col), row + 1)
}

/// Excel's stored width for `chars` characters of Calibri 11 (the digit is
/// 7 px wide, plus 5 px of padding), as Excel itself writes it.
fn stored_width(chars: f64) -> f64 {
    ((chars * 7.0 + 5.0) / 7.0 * 256.0).trunc() / 256.0
}

/// Sheet names Excel accepts: 1 to 31 characters, none of `[]:*?/\`, not
/// starting or ending with an apostrophe.
fn sheet_name_ok(name: &str) -> bool {
    let n = name.chars().count();
    (1..=31).contains(&n)
        && !name.contains(['[', ']', ':', '*', '?', '/', '\\'])
        && !name.starts_with('\'')
        && !name.ends_with('\'')
        && name == ooxml::xml_safe(name)
}

/// The shared string table, each text once.
#[derive(Default)]
struct Strings {
    list: Vec<String>,
    index: HashMap<String, usize>,
    uses: usize,
}

impl Strings {
    fn id(&mut self, s: &str) -> usize {
        self.uses += 1;
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        self.list.push(s.to_string());
        self.index.insert(s.to_string(), self.list.len() - 1);
        self.list.len() - 1
    }

    fn xml(&self) -> String {
        let mut x = format!(
            "{XML_HEAD}<sst xmlns=\"{MAIN_NS}\" count=\"{}\" uniqueCount=\"{}\">",
            self.uses,
            self.list.len()
        );
        for s in &self.list {
            let edge = |c: Option<char>| c.is_some_and(char::is_whitespace);
            if edge(s.chars().next()) || edge(s.chars().last()) || s.contains('\n') {
                x += "<si><t xml:space=\"preserve\">";
            } else {
                x += "<si><t>";
            }
            push_esc(&mut x, s);
            x += "</t></si>";
        }
        x + "</sst>"
    }
}

const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_SHEET: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

const STYLES: &str = concat!(
    r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r##"<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>"##,
    r#"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#,
    r#"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#,
    r#"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#,
    r#"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#,
    r#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#,
    r#"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
    r#"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#,
    r#"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
    r#"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#,
    r#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#,
    r#"<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>"#,
    r#"</styleSheet>"#
);

impl Workbook {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// A new sheet at the end.
    pub(crate) fn add_sheet(&mut self, name: &str) -> Result<&mut Sheet, XlsxError> {
        if !sheet_name_ok(name)
            || self
                .sheets
                .iter()
                .any(|s| s.name.to_lowercase() == name.to_lowercase())
        {
            return Err(XlsxError::SheetName(name.to_string()));
        }
        self.sheets.push(Sheet {
            name: name.to_string(),
            widths: BTreeMap::new(),
            frozen_row: false,
            rows: BTreeMap::new(),
        });
        Ok(self.sheets.last_mut().expect("just pushed"))
    }

    fn sheet_xml(sheet: &Sheet, first: bool, strings: &mut Strings) -> String {
        let mut x = format!("{XML_HEAD}<worksheet xmlns=\"{MAIN_NS}\" xmlns:r=\"{R_NS}\">");
        let last_row = sheet.rows.keys().next_back().copied();
        let last_col = sheet
            .rows
            .values()
            .filter_map(|r| r.keys().next_back())
            .max();
        if let (Some(r), Some(&c)) = (last_row, last_col) {
            x += &format!("<dimension ref=\"A1:{}\"/>", cell_ref(r, c));
        } else {
            x += "<dimension ref=\"A1\"/>";
        }
        x += "<sheetViews><sheetView";
        if first {
            x += " tabSelected=\"1\"";
        }
        x += " workbookViewId=\"0\">";
        if sheet.frozen_row {
            x += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>\
                  <selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>";
        }
        x += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
        if !sheet.widths.is_empty() {
            x += "<cols>";
            for (&c, &w) in &sheet.widths {
                let n = c + 1;
                x += &format!(
                    "<col min=\"{n}\" max=\"{n}\" width=\"{}\" customWidth=\"1\"/>",
                    stored_width(w)
                );
            }
            x += "</cols>";
        }
        x += "<sheetData>";
        for (&r, cells) in &sheet.rows {
            x += &format!("<row r=\"{}\">", r + 1);
            for (&c, (value, fmt)) in cells {
                x += &format!("<c r=\"{}\"", cell_ref(r, c));
                if *fmt != Fmt::General {
                    x += &format!(" s=\"{}\"", *fmt as u8);
                }
                match value {
                    Value::Str(s) => {
                        x += &format!(" t=\"s\"><v>{}</v></c>", strings.id(s));
                    }
                    Value::Num(v) if v.is_finite() => {
                        x += &format!("><v>{v}</v></c>");
                    }
                    Value::Num(_) => x += " t=\"e\"><v>#NUM!</v></c>",
                    Value::Formula(f, Cached::Num(v)) => {
                        x += &format!("><f>{}</f><v>{}</v></c>", esc(f), esc(v));
                    }
                    Value::Formula(f, Cached::Bool(b)) => {
                        x += &format!(" t=\"b\"><f>{}</f><v>{}</v></c>", esc(f), u8::from(*b));
                    }
                }
            }
            x += "</row>";
        }
        x += "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" \
              header=\"0.3\" footer=\"0.3\"/></worksheet>";
        x
    }

    /// The `.xlsx` file's bytes.
    pub(crate) fn save(&self) -> Result<Vec<u8>, XlsxError> {
        let n = self.sheets.len();
        let mut strings = Strings::default();
        let sheets: Vec<String> = self
            .sheets
            .iter()
            .enumerate()
            .map(|(i, s)| Self::sheet_xml(s, i == 0, &mut strings))
            .collect();

        let mut parts: Vec<(String, &str)> = vec![(
            "xl/workbook.xml".into(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        )];
        for i in 1..=n {
            parts.push((format!("xl/worksheets/sheet{i}.xml"), CT_SHEET));
        }
        parts.extend([
            (
                "xl/styles.xml".into(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
            ),
            (
                "xl/sharedStrings.xml".into(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
            ),
            ("docProps/core.xml".into(), ooxml::CT_CORE),
            ("docProps/app.xml".into(), ooxml::CT_APP),
        ]);
        let parts: Vec<(&str, &str)> = parts.iter().map(|(p, c)| (p.as_str(), *c)).collect();

        let mut book = format!(
            "{XML_HEAD}<workbook xmlns=\"{MAIN_NS}\" xmlns:r=\"{R_NS}\">\
             <bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        );
        for (i, s) in self.sheets.iter().enumerate() {
            book += &format!(
                "<sheet name=\"{}\" sheetId=\"{}\" r:id=\"rId{}\"/>",
                esc(&s.name),
                i + 1,
                i + 1
            );
        }
        book += "</sheets><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>";

        let targets: Vec<String> = (1..=n)
            .map(|i| format!("worksheets/sheet{i}.xml"))
            .collect();
        let ids: Vec<String> = (1..=n + 2).map(|i| format!("rId{i}")).collect();
        let sheet_rel = ooxml::office_rel("worksheet");
        let styles_rel = ooxml::office_rel("styles");
        let strings_rel = ooxml::office_rel("sharedStrings");
        let mut rels: Vec<(&str, &str, &str)> = targets
            .iter()
            .enumerate()
            .map(|(i, t)| (ids[i].as_str(), sheet_rel.as_str(), t.as_str()))
            .collect();
        rels.push((&ids[n], &styles_rel, "styles.xml"));
        rels.push((&ids[n + 1], &strings_rel, "sharedStrings.xml"));

        let mut zip = ZipWriter::new();
        zip.add(
            "[Content_Types].xml",
            ooxml::content_types(&[], &parts).as_bytes(),
        )?;
        zip.add(
            "_rels/.rels",
            ooxml::package_rels("xl/workbook.xml").as_bytes(),
        )?;
        let title = self.sheets.first().map(|s| s.name.as_str()).unwrap_or("");
        zip.add("docProps/core.xml", ooxml::core_props(title, "").as_bytes())?;
        zip.add("docProps/app.xml", ooxml::app_props().as_bytes())?;
        zip.add("xl/workbook.xml", book.as_bytes())?;
        zip.add("xl/_rels/workbook.xml.rels", ooxml::rels(&rels).as_bytes())?;
        zip.add("xl/styles.xml", format!("{XML_HEAD}{STYLES}").as_bytes())?;
        for (i, s) in sheets.iter().enumerate() {
            zip.add(&format!("xl/worksheets/sheet{}.xml", i + 1), s.as_bytes())?;
        }
        zip.add("xl/sharedStrings.xml", strings.xml().as_bytes())?;
        Ok(zip.finish()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_like_excel() {
        assert_eq!(col_name(0), "A");
        assert_eq!(col_name(25), "Z");
        assert_eq!(col_name(26), "AA");
        assert_eq!(col_name(701), "ZZ");
        assert_eq!(col_name(702), "AAA");
        assert_eq!(cell_ref(2, 1), "B3");
    }

    #[test]
    fn widths_are_stored_as_excel_stores_them() {
        assert_eq!(stored_width(16.0), 16.7109375);
        assert_eq!(stored_width(34.0), 34.7109375);
    }

    #[test]
    fn bad_sheet_names_are_refused() {
        let mut wb = Workbook::new();
        assert!(wb.add_sheet("Hạng mục").is_ok());
        assert!(
            wb.add_sheet("hạng mục").is_err(),
            "names differ by more than case"
        );
        assert!(wb.add_sheet("a/b").is_err());
        assert!(wb.add_sheet("").is_err());
        assert!(wb.add_sheet(&"x".repeat(32)).is_err());
        assert!(wb.add_sheet("'quoted'").is_err());
    }
}
