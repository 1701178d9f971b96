//! The Word and Excel files as packages: the zip reads back with correct
//! CRCs, `[Content_Types].xml` comes first, every part is well-formed XML
//! with a content type, every relationship points at a part that exists,
//! property elements come in the order Word demands, hostile text is
//! escaped, the logo is embedded, lists restart, and the workbook keeps its
//! frozen header row and number formats.
// Tests are not in the wasm: the standard sorts are fine here (clippy.toml).
#![allow(clippy::disallowed_methods)]
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use base64::Engine;
use roxmltree::{Document, Node};
use suitcase_core::docs::proposal::proposal_doc_from;
use suitcase_core::docs::{Block, Cover, Doc};
use suitcase_core::formats::docx::to_docx;
use suitcase_core::formats::xlsx::xlsx;
use suitcase_core::model::budget::{
    presets::example_plan, solve, solve::default_step, Item, Priority,
};
use suitcase_core::model::proposal::demo::demo;
use suitcase_core::model::proposal::Agency;
use suitcase_core::model::text::Lang;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const LOGO: &[u8] = include_bytes!("../../public/icons/icon-192.png");
/// Markup, an ampersand, characters XML forbids, emoji and Vietnamese.
const HOSTILE: &str = "<script>alert(1)</script> & \"Co\" \u{1}\u{7}\u{FFFE}🧋🎉 Đà Nẵng, Tết";
/// What is left of it: the forbidden characters dropped.
const HOSTILE_KEPT: &str = "<script>alert(1)</script> & \"Co\" 🧋🎉 Đà Nẵng, Tết";

/// Every part, in the archive's order, read through the zip crate (which
/// checks each part's CRC at the end of the read).
fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip file");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data)
                .expect("the part reads, CRC and all");
            assert_eq!(data.len() as u64, f.size());
            (f.name().expect("a UTF-8 name").to_string(), data)
        })
        .collect()
}

fn text(parts: &[(String, Vec<u8>)], name: &str) -> String {
    let data = &parts
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} is in the package"))
        .1;
    String::from_utf8(data.clone()).expect("XML parts are UTF-8")
}

/// The checks every Office package must pass.
fn check_package(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let parts = parts(bytes);
    assert_eq!(parts[0].0, "[Content_Types].xml", "content types first");
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    let mut dedup = names.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), names.len(), "no part twice");

    // Every XML part is well formed.
    for (name, data) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let s = std::str::from_utf8(data).unwrap();
            Document::parse(s).unwrap_or_else(|e| panic!("{name} is not well formed: {e}"));
        }
    }

    // Every part has a content type.
    let types = text(&parts, "[Content_Types].xml");
    let types = Document::parse(&types).unwrap();
    let mut defaults = BTreeMap::new();
    let mut overrides = BTreeMap::new();
    for n in types.root_element().children().filter(Node::is_element) {
        let ct = n.attribute("ContentType").unwrap().to_string();
        match n.tag_name().name() {
            "Default" => defaults.insert(n.attribute("Extension").unwrap().to_lowercase(), ct),
            "Override" => overrides.insert(n.attribute("PartName").unwrap().to_string(), ct),
            other => panic!("unexpected {other}"),
        };
    }
    for name in &names[1..] {
        let ext = name.rsplit('.').next().unwrap().to_lowercase();
        assert!(
            overrides.contains_key(&format!("/{name}")) || defaults.contains_key(&ext),
            "{name} has a content type"
        );
    }
    for part in overrides.keys() {
        assert!(names.contains(&&part[1..]), "{part} is named but missing");
    }

    // Every relationship points at a part that exists.
    for (name, data) in &parts {
        let Some(rest) = name.strip_suffix(".rels") else {
            continue;
        };
        // "word/_rels/document.xml.rels" is about "word/document.xml".
        let dir = rest
            .rsplit_once("_rels/")
            .map(|(d, _)| d)
            .expect("rels live in _rels");
        let rels = Document::parse(std::str::from_utf8(data).unwrap()).unwrap();
        let mut ids = Vec::new();
        for r in rels.root_element().children().filter(Node::is_element) {
            ids.push(r.attribute("Id").unwrap());
            assert_ne!(r.attribute("TargetMode"), Some("External"));
            let target = r.attribute("Target").unwrap();
            let path = if let Some(abs) = target.strip_prefix('/') {
                abs.to_string()
            } else {
                format!("{dir}{target}")
            };
            assert!(names.contains(&path.as_str()), "{name}: {path} exists");
        }
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "{name}: relationship ids are unique");
    }
    parts
}

/// The standard's order of the children of the property elements Word
/// checks (ECMA-376 part 1, 17.3.1.26, 17.3.2.28, 17.4.60, 17.6.17, …),
/// restricted to what a writer may use.
fn order_of(element: &str) -> Option<&'static [&'static str]> {
    Some(match element {
        "rPr" => &[
            "rStyle",
            "rFonts",
            "b",
            "bCs",
            "i",
            "iCs",
            "caps",
            "smallCaps",
            "strike",
            "dstrike",
            "outline",
            "shadow",
            "emboss",
            "imprint",
            "noProof",
            "snapToGrid",
            "vanish",
            "webHidden",
            "color",
            "spacing",
            "w",
            "kern",
            "position",
            "sz",
            "szCs",
            "highlight",
            "u",
            "effect",
            "bdr",
            "shd",
            "fitText",
            "vertAlign",
            "rtl",
            "cs",
            "em",
            "lang",
            "eastAsianLayout",
            "specVanish",
            "oMath",
        ],
        "pPr" => &[
            "pStyle",
            "keepNext",
            "keepLines",
            "pageBreakBefore",
            "framePr",
            "widowControl",
            "numPr",
            "suppressLineNumbers",
            "pBdr",
            "shd",
            "tabs",
            "suppressAutoHyphens",
            "kinsoku",
            "wordWrap",
            "overflowPunct",
            "topLinePunct",
            "autoSpaceDE",
            "autoSpaceDN",
            "bidi",
            "adjustRightInd",
            "snapToGrid",
            "spacing",
            "ind",
            "contextualSpacing",
            "mirrorIndents",
            "suppressOverlap",
            "jc",
            "textDirection",
            "textAlignment",
            "textboxTightWrap",
            "outlineLvl",
            "divId",
            "cnfStyle",
            "rPr",
            "sectPr",
            "pPrChange",
        ],
        "numPr" => &["ilvl", "numId"],
        "tblPr" => &[
            "tblStyle",
            "tblpPr",
            "tblOverlap",
            "bidiVisual",
            "tblStyleRowBandSize",
            "tblStyleColBandSize",
            "tblW",
            "jc",
            "tblCellSpacing",
            "tblInd",
            "tblBorders",
            "shd",
            "tblLayout",
            "tblCellMar",
            "tblLook",
        ],
        "tblBorders" => &["top", "left", "bottom", "right", "insideH", "insideV"],
        "tcPr" => &[
            "cnfStyle",
            "tcW",
            "gridSpan",
            "hMerge",
            "vMerge",
            "tcBorders",
            "shd",
            "noWrap",
            "tcMar",
            "textDirection",
            "tcFitText",
            "vAlign",
            "hideMark",
        ],
        "sectPr" => &[
            "headerReference|footerReference",
            "footnotePr",
            "endnotePr",
            "type",
            "pgSz",
            "pgMar",
            "paperSrc",
            "pgBorders",
            "lnNumType",
            "pgNumType",
            "cols",
            "formProt",
            "vAlign",
            "noEndnote",
            "titlePg",
            "textDirection",
            "bidi",
            "rtlGutter",
            "docGrid",
        ],
        "style" => &[
            "name",
            "aliases",
            "basedOn",
            "next",
            "link",
            "autoRedefine",
            "hidden",
            "uiPriority",
            "semiHidden",
            "unhideWhenUsed",
            "qFormat",
            "locked",
            "personal",
            "personalCompose",
            "personalReply",
            "rsid",
            "pPr",
            "rPr",
            "tblPr",
            "trPr",
            "tcPr",
            "tblStylePr",
        ],
        "lvl" => &[
            "start",
            "numFmt",
            "lvlRestart",
            "pStyle",
            "isLgl",
            "suff",
            "lvlText",
            "lvlPicBulletId",
            "legacy",
            "lvlJc",
            "pPr",
            "rPr",
        ],
        "abstractNum" => &[
            "nsid",
            "multiLevelType",
            "tmpl",
            "name",
            "styleLink",
            "numStyleLink",
            "lvl",
        ],
        "numbering" => &["numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"],
        "tbl" => &["bookmarkStart", "tblPr", "tblGrid", "tr"],
        "tr" => &["tblPrEx", "trPr", "tc"],
        "tc" => &["tcPr", "p|tbl"],
        "docDefaults" => &["rPrDefault", "pPrDefault"],
        "settings" => &[
            "writeProtection",
            "view",
            "zoom",
            "removePersonalInformation",
            "defaultTabStop",
            "characterSpacingControl",
            "compat",
        ],
        _ => return None,
    })
}

/// Every WordprocessingML element's children in the standard's order.
fn check_order(part: &str, xml: &str) {
    let doc = Document::parse(xml).unwrap();
    for n in doc.descendants().filter(Node::is_element) {
        if n.tag_name().namespace() != Some(W) {
            continue;
        }
        let Some(order) = order_of(n.tag_name().name()) else {
            continue;
        };
        let mut last = 0;
        for c in n.children().filter(Node::is_element) {
            let name = c.tag_name().name();
            let pos = order
                .iter()
                .position(|o| o.split('|').any(|x| x == name))
                .unwrap_or_else(|| {
                    panic!(
                        "{part}: <{name}> is not expected in <{}>",
                        n.tag_name().name()
                    )
                });
            assert!(
                pos >= last,
                "{part}: <{name}> comes too late in <{}>",
                n.tag_name().name()
            );
            last = pos;
        }
    }
}

fn check_docx(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let parts = check_package(bytes);
    for (name, data) in &parts {
        if name.starts_with("word/") && name.ends_with(".xml") {
            check_order(name, std::str::from_utf8(data).unwrap());
        }
    }
    parts
}

/// All `w:t` texts of a part, joined per paragraph.
fn paragraphs(xml: &str) -> Vec<String> {
    let doc = Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| {
            p.descendants()
                .filter_map(|n| {
                    if n.has_tag_name((W, "t")) {
                        Some(n.text().unwrap_or("").to_string())
                    } else if n.has_tag_name((W, "tab")) {
                        Some("\t".into())
                    } else if n.has_tag_name((W, "br")) && n.attribute((W, "type")).is_none() {
                        Some("\n".into())
                    } else {
                        None
                    }
                })
                .collect()
        })
        .collect()
}

fn w_attr<'a>(n: Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.attribute((W, name))
}

fn logo_url() -> String {
    format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(LOGO)
    )
}

/// A document with every kind of block, hostile text everywhere.
fn hostile_doc(lang: &str) -> Doc {
    let mut doc = Doc::new(format!("Title {HOSTILE}"));
    doc.lang = lang.into();
    doc.footer = format!("Footer {HOSTILE}");
    doc.cover(Cover {
        logo: logo_url(),
        from: format!("From {HOSTILE}"),
        kind: "Proposal".into(),
        title: format!("Cover {HOSTILE}"),
        subtitle: "Sub".into(),
        facts: vec![("Client".into(), HOSTILE.into())],
    });
    doc.blocks.push(Block::Heading {
        level: 7,
        text: format!("Deep {HOSTILE}"),
    });
    doc.heading(2, HOSTILE)
        .para(format!("Line 1 {HOSTILE}\nLine 2\tafter a tab\r\nLine 3"))
        .field(HOSTILE, HOSTILE)
        .numbered([HOSTILE, "two"])
        .bullets(["dot", HOSTILE])
        .numbered(["again one", "again two"])
        .table_with(
            vec!["Item".into(), "Amount".into()],
            vec![
                vec![HOSTILE.into(), "1.000".into()],
                vec!["=HYPERLINK(\"x\")".into(), "2.000".into()],
                vec!["Total".into(), "3.000".into()],
            ],
            vec![false, true],
            vec![70, 30],
            1,
        )
        .page_break()
        .para("");
    doc
}

#[test]
fn the_docx_is_a_sound_package_with_the_text_escaped() {
    let bytes = to_docx(&hostile_doc("vi")).unwrap();
    let parts = check_docx(&bytes);
    let document = text(&parts, "word/document.xml");
    assert!(!document.contains("<script>"));
    assert!(!document.contains('\u{7}') && !document.contains('\u{1}'));
    let paras = paragraphs(&document);
    for want in [
        format!("From {HOSTILE_KEPT}"),
        format!("Cover {HOSTILE_KEPT}"),
        format!("Deep {HOSTILE_KEPT}"),
        HOSTILE_KEPT.to_string(),
        format!("Line 1 {HOSTILE_KEPT}\nLine 2\tafter a tab\nLine 3"),
        format!("{HOSTILE_KEPT}: {HOSTILE_KEPT}"),
        "=HYPERLINK(\"x\")".to_string(),
    ] {
        assert!(paras.contains(&want), "{want:?} in {paras:#?}");
    }
    // Header and footer carry the title and the running footer.
    let header = paragraphs(&text(&parts, "word/header1.xml"));
    assert_eq!(header, [format!("Title {HOSTILE_KEPT}")]);
    let footer = paragraphs(&text(&parts, "word/footer1.xml"));
    assert_eq!(footer, [format!("Footer {HOSTILE_KEPT}  ·  Trang 1 / 1")]);
    // The metadata too.
    let core = text(&parts, "docProps/core.xml");
    let core = Document::parse(&core).unwrap();
    let title = core
        .descendants()
        .find(|n| n.tag_name().name() == "title")
        .unwrap();
    assert_eq!(title.text(), Some(format!("Title {HOSTILE_KEPT}").as_str()));
    // The same document gives the same bytes.
    assert_eq!(to_docx(&hostile_doc("vi")).unwrap(), bytes);
}

#[test]
fn headings_are_word_heading_styles() {
    let bytes = to_docx(&hostile_doc("en")).unwrap();
    let parts = check_docx(&bytes);
    let styles = text(&parts, "word/styles.xml");
    let styles = Document::parse(&styles).unwrap();
    for (level, size) in [(1, "40"), (2, "30"), (3, "26")] {
        let s = styles
            .descendants()
            .find(|n| {
                n.has_tag_name((W, "style"))
                    && w_attr(*n, "styleId") == Some(&format!("Heading{level}"))
            })
            .unwrap_or_else(|| panic!("Heading{level} exists"));
        let child = |name: &str| s.descendants().find(|n| n.has_tag_name((W, name))).unwrap();
        assert_eq!(
            w_attr(child("name"), "val"),
            Some(format!("heading {level}").as_str())
        );
        assert_eq!(
            w_attr(child("outlineLvl"), "val"),
            Some((level - 1).to_string().as_str())
        );
        assert_eq!(w_attr(child("sz"), "val"), Some(size));
        assert_eq!(w_attr(child("color"), "val"), Some("1F3A5F"));
        assert_eq!(w_attr(child("basedOn"), "val"), Some("Normal"));
        child("b");
        child("keepNext");
    }
    let defaults = styles
        .descendants()
        .find(|n| n.has_tag_name((W, "rPrDefault")))
        .unwrap();
    let font = defaults
        .descendants()
        .find(|n| n.has_tag_name((W, "rFonts")))
        .unwrap();
    assert_eq!(w_attr(font, "ascii"), Some("Calibri"));
    let lang = defaults
        .descendants()
        .find(|n| n.has_tag_name((W, "lang")))
        .unwrap();
    assert_eq!(w_attr(lang, "val"), Some("en-US"));
    // A level beyond 3 is a level-3 heading.
    let document = text(&parts, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    let styles_used: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "pStyle")))
        .filter_map(|n| w_attr(n, "val"))
        .collect();
    assert_eq!(styles_used, ["Heading1", "Heading3", "Heading2"]);
}

#[test]
fn the_logo_is_embedded_and_the_cover_has_its_own_page() {
    let bytes = to_docx(&hostile_doc("en")).unwrap();
    let parts = check_docx(&bytes);
    let png = &parts
        .iter()
        .find(|(n, _)| n == "word/media/image1.png")
        .expect("the logo is a part")
        .1;
    assert_eq!(png.as_slice(), LOGO);
    let rels = text(&parts, "word/_rels/document.xml.rels");
    let rels = Document::parse(&rels).unwrap();
    let image = rels
        .descendants()
        .find(|n| n.attribute("Target") == Some("media/image1.png"))
        .unwrap();
    assert!(image.attribute("Type").unwrap().ends_with("/image"));
    let document = text(&parts, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    let blip = doc
        .descendants()
        .find(|n| n.tag_name().name() == "blip")
        .unwrap();
    let embed = blip
        .attributes()
        .find(|a| a.name() == "embed")
        .unwrap()
        .value();
    assert_eq!(Some(embed), image.attribute("Id"));
    // 192 × 192 px shown 56 px high: 56 × 9525 EMU each way.
    let extent = doc
        .descendants()
        .find(|n| n.tag_name().name() == "extent")
        .unwrap();
    assert_eq!(extent.attribute("cx"), Some("533400"));
    assert_eq!(extent.attribute("cy"), Some("533400"));
    // The cover page has no header or footer; the others do.
    let sect = doc
        .descendants()
        .find(|n| n.has_tag_name((W, "sectPr")))
        .unwrap();
    assert!(sect.children().any(|n| n.has_tag_name((W, "titlePg"))));
    for kind in ["headerReference", "footerReference"] {
        let types: Vec<&str> = sect
            .children()
            .filter(|n| n.has_tag_name((W, kind)))
            .filter_map(|n| w_attr(n, "type"))
            .collect();
        assert_eq!(types, ["default", "first"], "{kind}");
    }
    assert_eq!(paragraphs(&text(&parts, "word/header2.xml")), [""]);
    let size = sect
        .children()
        .find(|n| n.has_tag_name((W, "pgSz")))
        .unwrap();
    assert_eq!(
        (w_attr(size, "w"), w_attr(size, "h")),
        (Some("11906"), Some("16838"))
    );
    let margin = sect
        .children()
        .find(|n| n.has_tag_name((W, "pgMar")))
        .unwrap();
    for side in ["top", "right", "bottom", "left"] {
        assert_eq!(w_attr(margin, side), Some("1134"));
    }
    assert_eq!(w_attr(margin, "header"), Some("567"));
}

#[test]
fn a_document_without_cover_or_png_logo_has_neither() {
    let mut doc = Doc::new("Plain");
    doc.para("Only text.");
    let parts = check_docx(&to_docx(&doc).unwrap());
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert!(!names.contains(&"word/header2.xml"));
    assert!(!names.contains(&"word/numbering.xml"));
    assert!(!names.iter().any(|n| n.starts_with("word/media/")));
    assert!(!text(&parts, "word/document.xml").contains("titlePg"));
    let footer = paragraphs(&text(&parts, "word/footer1.xml"));
    assert_eq!(footer, ["Page 1 of 1"]);
    let footer = text(&parts, "word/footer1.xml");
    assert!(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "));

    // A JPEG or SVG logo is left off the Word file (PNG only).
    let mut doc = Doc::new("Jpeg");
    doc.cover(Cover {
        logo: "data:image/jpeg;base64,/9j/4AAQSkZJRg==".into(),
        title: "T".into(),
        ..Cover::default()
    });
    let parts = check_docx(&to_docx(&doc).unwrap());
    assert!(!parts.iter().any(|(n, _)| n.starts_with("word/media/")));
    assert!(!text(&parts, "word/document.xml").contains("w:drawing"));
}

#[test]
fn every_list_starts_again_at_one() {
    let bytes = to_docx(&hostile_doc("en")).unwrap();
    let parts = check_docx(&bytes);
    let document = text(&parts, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    // The list of each item paragraph, in order.
    let ids: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "numId")))
        .filter_map(|n| w_attr(n, "val"))
        .collect();
    assert_eq!(ids, ["1", "1", "2", "2", "3", "3"]);
    let numbering = text(&parts, "word/numbering.xml");
    let numbering = Document::parse(&numbering).unwrap();
    let abstract_of = |num: &str| {
        let n = numbering
            .descendants()
            .find(|n| n.has_tag_name((W, "num")) && w_attr(*n, "numId") == Some(num))
            .unwrap();
        let a = n
            .children()
            .find(|n| n.has_tag_name((W, "abstractNumId")))
            .unwrap();
        w_attr(a, "val").unwrap().to_string()
    };
    let abstracts: Vec<String> = ["1", "2", "3"].iter().map(|n| abstract_of(n)).collect();
    let mut distinct = abstracts.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), 3, "each list its own definition");
    for (a, (format, text)) in
        abstracts
            .iter()
            .zip([("decimal", "%1."), ("bullet", "•"), ("decimal", "%1.")])
    {
        let def = numbering
            .descendants()
            .find(|n| n.has_tag_name((W, "abstractNum")) && w_attr(*n, "abstractNumId") == Some(a))
            .unwrap();
        let val = |name: &str| {
            w_attr(
                def.descendants()
                    .find(|n| n.has_tag_name((W, name)))
                    .unwrap(),
                "val",
            )
            .unwrap()
            .to_string()
        };
        assert_eq!(val("start"), "1");
        assert_eq!(val("numFmt"), format);
        assert_eq!(val("lvlText"), text);
        let ind = def
            .descendants()
            .find(|n| n.has_tag_name((W, "ind")))
            .unwrap();
        assert_eq!(
            (w_attr(ind, "left"), w_attr(ind, "hanging")),
            (Some("720"), Some("360"))
        );
    }
}

#[test]
fn tables_have_a_repeating_bold_header_numbers_right_and_a_bold_total() {
    let bytes = to_docx(&hostile_doc("en")).unwrap();
    let parts = check_docx(&bytes);
    let document = text(&parts, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    let tables: Vec<Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .collect();
    assert_eq!(tables.len(), 2, "the cover's facts and the table");
    // The cover's facts: no borders, 30 % for the label.
    let facts = tables[0];
    let grid: Vec<&str> = facts
        .descendants()
        .filter(|n| n.has_tag_name((W, "gridCol")))
        .filter_map(|n| w_attr(n, "w"))
        .collect();
    assert_eq!(grid, ["2891", "6747"]);
    assert!(facts
        .descendants()
        .filter(|n| n
            .parent()
            .is_some_and(|p| p.has_tag_name((W, "tblBorders"))))
        .all(|n| w_attr(n, "val") == Some("nil")));

    let t = tables[1];
    let layout = t
        .descendants()
        .find(|n| n.has_tag_name((W, "tblLayout")))
        .unwrap();
    assert_eq!(w_attr(layout, "type"), Some("fixed"));
    let grid: Vec<u32> = t
        .descendants()
        .filter(|n| n.has_tag_name((W, "gridCol")))
        .filter_map(|n| w_attr(n, "w")?.parse().ok())
        .collect();
    assert_eq!(grid, [6746, 2891], "70 % and 30 % of the text width");
    let rows: Vec<Node> = t.children().filter(|n| n.has_tag_name((W, "tr"))).collect();
    assert_eq!(rows.len(), 4);
    let has = |n: Node, name: &str| n.descendants().any(|c| c.has_tag_name((W, name)));
    assert!(has(rows[0], "tblHeader"), "the header row repeats");
    assert!(rows.iter().all(|r| has(*r, "cantSplit")));
    assert!(!has(rows[1], "tblHeader"));
    // Bold: the header and the grand total, not the rows between.
    let bold: Vec<bool> = rows.iter().map(|r| has(*r, "b")).collect();
    assert_eq!(bold, [true, false, false, true]);
    // Cell text is 9 pt; the amount column is right-aligned, the item not.
    for r in &rows {
        let cells: Vec<Node> = r.children().filter(|n| n.has_tag_name((W, "tc"))).collect();
        let jc = |c: &Node| {
            c.descendants()
                .find(|n| n.has_tag_name((W, "jc")))
                .and_then(|n| n.attribute((W, "val")).map(str::to_string))
        };
        assert_eq!(jc(&cells[0]), None);
        assert_eq!(jc(&cells[1]).as_deref(), Some("right"));
        let sz = cells[0]
            .descendants()
            .find(|n| n.has_tag_name((W, "sz")))
            .unwrap();
        assert_eq!(w_attr(sz, "val"), Some("18"));
    }
    // An empty paragraph follows the table, so two tables never merge.
    let next = t.next_sibling_element().unwrap();
    assert!(next.has_tag_name((W, "p")) && !next.has_children());
}

#[test]
fn the_demo_proposals_are_sound_packages() {
    let agency = Agency {
        name: "Mây & Co".into(),
        logo: logo_url(),
        contact: "a@b.c".into(),
    };
    for lang in [Lang::En, Lang::Vi] {
        let doc = proposal_doc_from(&demo(lang), &agency, lang);
        let parts = check_docx(&to_docx(&doc).unwrap());
        let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
        for part in [
            "word/document.xml",
            "word/styles.xml",
            "word/numbering.xml",
            "word/settings.xml",
            "word/header1.xml",
            "word/footer1.xml",
            "word/header2.xml",
            "word/footer2.xml",
            "word/media/image1.png",
            "docProps/core.xml",
            "docProps/app.xml",
        ] {
            assert!(names.contains(&part), "{lang:?}: {part}");
        }
        let settings = text(&parts, "word/settings.xml");
        assert!(
            settings.contains(r#"w:name="compatibilityMode""#)
                && settings.contains(r#"w:val="15""#)
        );
    }
}

fn sheet(parts: &[(String, Vec<u8>)], n: usize) -> String {
    text(parts, &format!("xl/worksheets/sheet{n}.xml"))
}

#[test]
fn the_xlsx_is_a_sound_package_with_frozen_headers_and_formats() {
    let mut plan = example_plan(Lang::Vi);
    plan.items.push(Item {
        id: "x".into(),
        name: HOSTILE.into(),
        cost: 5_000_000,
        priority: Priority::Could,
        value: 1.0,
    });
    plan.items.push(Item {
        id: "f".into(),
        name: "=HYPERLINK(\"http://x\")".into(),
        cost: 1,
        priority: Priority::Could,
        value: 0.5,
    });
    let sol = solve(&plan, default_step(&plan));
    let bytes = xlsx(&plan, &sol, Lang::Vi).unwrap();
    let parts = check_package(&bytes);
    assert_eq!(xlsx(&plan, &sol, Lang::Vi).unwrap(), bytes, "deterministic");

    // Sheet names, escaped and in order.
    let book = text(&parts, "xl/workbook.xml");
    let book = Document::parse(&book).unwrap();
    let names: Vec<&str> = book
        .descendants()
        .filter(|n| n.tag_name().name() == "sheet")
        .filter_map(|n| n.attribute("name"))
        .collect();
    assert_eq!(names, ["Tổng quan", "Hạng mục", "Kênh"]);

    // Items and Channels keep their header row in view; Summary does not.
    for (n, frozen) in [(1, false), (2, true), (3, true)] {
        let xml = sheet(&parts, n);
        let doc = Document::parse(&xml).unwrap();
        let pane = doc.descendants().find(|n| n.tag_name().name() == "pane");
        assert_eq!(pane.is_some(), frozen, "sheet {n}");
        if let Some(p) = pane {
            assert_eq!(p.attribute("state"), Some("frozen"));
            assert_eq!(p.attribute("ySplit"), Some("1"));
            assert_eq!(p.attribute("topLeftCell"), Some("A2"));
        }
        let widths: Vec<(&str, &str)> = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "col")
            .map(|n| (n.attribute("min").unwrap(), n.attribute("width").unwrap()))
            .collect();
        let b_width = widths.iter().find(|(c, _)| *c == "2").unwrap().1;
        let expected = ["20.7109375", "32.7109375", "28.7109375"][n - 1];
        assert_eq!(b_width, expected, "sheet {n}: column B's width");
    }

    // Styles: the number formats and the bold font.
    let styles = text(&parts, "xl/styles.xml");
    let styles_doc = Document::parse(&styles).unwrap();
    let formats: Vec<(&str, &str)> = styles_doc
        .descendants()
        .filter(|n| n.tag_name().name() == "numFmt")
        .map(|n| {
            (
                n.attribute("numFmtId").unwrap(),
                n.attribute("formatCode").unwrap(),
            )
        })
        .collect();
    assert_eq!(formats, [("164", "#,##0"), ("165", "0.00")]);
    let xfs: Vec<Node> = styles_doc
        .descendants()
        .find(|n| n.tag_name().name() == "cellXfs")
        .unwrap()
        .children()
        .filter(Node::is_element)
        .collect();
    assert_eq!(xfs.len(), 4);
    assert_eq!(xfs[1].attribute("fontId"), Some("1"));
    assert_eq!(xfs[2].attribute("numFmtId"), Some("164"));
    assert_eq!(xfs[3].attribute("numFmtId"), Some("165"));
    let fonts: Vec<Node> = styles_doc
        .descendants()
        .filter(|n| n.tag_name().name() == "font")
        .collect();
    assert!(fonts[1].children().any(|n| n.tag_name().name() == "b"));

    // Cells: bold labels, money formats, booleans, strings never formulas.
    let summary = sheet(&parts, 1);
    assert!(summary.contains(r#"<c r="A1" s="1" t="s">"#));
    assert!(summary.contains(&format!(
        r#"<c r="B3" s="2"><v>{}</v></c>"#,
        plan.total_budget
    )));
    assert!(summary.contains(r#"<c r="B10" t="b"><f>B8&lt;=B5</f><v>1</v></c>"#));
    let items = sheet(&parts, 2);
    let doc = Document::parse(&items).unwrap();
    let formulas: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "f")
        .filter_map(|n| n.text())
        .collect();
    assert!(!formulas.iter().any(|f| f.contains("HYPERLINK")));
    let strings = text(&parts, "xl/sharedStrings.xml");
    let strings = Document::parse(&strings).unwrap();
    let all: Vec<&str> = strings
        .descendants()
        .filter(|n| n.tag_name().name() == "t")
        .map(|n| n.text().unwrap_or(""))
        .collect();
    assert!(all.contains(&HOSTILE_KEPT));
    assert!(all.contains(&"=HYPERLINK(\"http://x\")"));
    let unique = strings.root_element().attribute("uniqueCount").unwrap();
    assert_eq!(unique.parse::<usize>().unwrap(), all.len());
}

#[test]
#[should_panic(expected = "comes too late")]
fn the_order_check_catches_a_misplaced_property() {
    check_order(
        "test",
        &format!(
            r#"<w:p xmlns:w="{W}"><w:pPr><w:jc w:val="right"/><w:pStyle w:val="x"/></w:pPr></w:p>"#
        ),
    );
}

#[test]
fn the_crc_check_catches_a_damaged_part() {
    let mut doc = Doc::new("CRC");
    doc.para("Checked.");
    let mut bytes = to_docx(&doc).unwrap();
    parts(&bytes);
    // The first central directory entry's CRC, found from the end record.
    let end = bytes.len() - 22;
    let dir = u32::from_le_bytes(bytes[end + 16..end + 20].try_into().unwrap()) as usize;
    bytes[dir + 16] ^= 0xFF;
    let mut zip = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
    let mut f = zip.by_index(0).unwrap();
    let mut data = Vec::new();
    assert!(f.read_to_end(&mut data).is_err());
}
