//! Proposal exports: the document, Markdown, docx and share links, with
//! hostile text (HTML, Markdown, emoji, diacritics, huge fields).
use std::io::{Cursor, Read};

use suitcase_core::docs::proposal::{format_pct, proposal_doc};
use suitcase_core::docs::{Block, Doc};
use suitcase_core::formats::docx::to_docx;
use suitcase_core::formats::markdown::to_markdown;
use suitcase_core::formats::share::{self, ShareError, MAX_FRAGMENT_CHARS, SHARE_PREFIX};
use suitcase_core::model::proposal::demo::demo;
use suitcase_core::model::proposal::{ProposalRecord, RecordError};
use suitcase_core::model::text::Lang;

const SCRIPT: &str = "<script>alert('x')</script>";
const EMOJI_VI: &str = "Trà sữa Mây 🧋🎉 — Tết Bính Ngọ, ưu đãi đặc biệt";

/// The demo with hostile text in many fields.
fn hostile() -> ProposalRecord {
    let mut r = demo(Lang::Vi);
    r.brief.client = format!("{SCRIPT} & Co");
    r.brief.objectives[0].text = format!("{EMOJI_VI} <b>bold</b> **not bold** [link](http://x)");
    r.proposal.title = format!("# {EMOJI_VI} {SCRIPT}");
    r.proposal.understanding = format!("Dòng 1 {SCRIPT}\n- không phải danh sách\n1. không phải số");
    r.proposal.pricing.lines[0].description = format!("TVC | {SCRIPT} | 🧋");
    r.ideas[0].title = format!("{EMOJI_VI} {SCRIPT}");
    r.proposal
        .next_steps
        .push("Tab\there and a bell \u{7} char".into());
    r
}

fn docx_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip file");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn the_document_has_every_section_in_both_languages() {
    for (lang, must) in [
        (
            Lang::En,
            [
                "Our understanding",
                "Strategy",
                "Three ideas",
                "Our recommendation",
                "Deliverables",
                "Timeline",
                "KPIs",
                "Pricing",
                "Terms and conditions",
                "Next steps",
            ],
        ),
        (
            Lang::Vi,
            [
                "Chúng tôi hiểu brief",
                "Chiến lược",
                "Ba ý tưởng",
                "Ý tưởng đề xuất",
                "Hạng mục thực hiện",
                "Tiến độ",
                "KPI",
                "Báo giá",
                "Điều khoản và điều kiện",
                "Bước tiếp theo",
            ],
        ),
    ] {
        let r = demo(lang);
        let doc = proposal_doc(&r, lang);
        let headings: Vec<&str> = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level: 2, text } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(headings, must.to_vec(), "{lang:?}");
        // A cover first; sections flow without page breaks.
        assert!(matches!(doc.blocks.first(), Some(Block::Cover(_))));
        assert!(!doc.blocks.contains(&Block::PageBreak));
        let texts = doc.texts().join("\n");
        // Pricing: 2,074,000,000 + 9.5 % fee + 10 % VAT.
        // Amounts follow the currency's habit (VND: dots), labels the language.
        let fee = match lang {
            Lang::En => "9.5%",
            Lang::Vi => "9,5%",
        };
        assert!(texts.contains("2.498.133.000"), "{lang:?}");
        assert!(texts.contains(fee), "{lang:?}");
        // The three ideas are there, the recommended one marked.
        for id in &r.proposal.idea_ids {
            let idea = r.ideas.iter().find(|i| &i.id == id).unwrap();
            assert!(texts.contains(&idea.title));
        }
        // Timeline dates.
        let date = match lang {
            Lang::En => "12 Jan 2026",
            Lang::Vi => "12/01/2026",
        };
        assert!(texts.contains(date), "{lang:?}");
    }
    assert_eq!(format_pct(800, Lang::En), "8%");
    assert_eq!(format_pct(850, Lang::Vi), "8,5%");
    assert_eq!(format_pct(1_005, Lang::En), "10.05%");
}

#[test]
fn markdown_escapes_html_and_markdown_and_keeps_unicode() {
    let r = hostile();
    let md = to_markdown(&proposal_doc(&r, Lang::Vi));
    assert!(
        !md.contains("<script>"),
        "raw HTML must not reach the Markdown"
    );
    assert!(!md.contains("<b>"));
    assert!(md.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
    assert!(md.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; Co"));
    assert!(md.contains(EMOJI_VI));
    assert!(md.contains("\\*\\*not bold\\*\\*"));
    assert!(md.contains("\\[link\\](http://x)"));
    // The title's '#' is text, not a second heading marker.
    assert!(md.contains("\n# \\# Trà sữa Mây 🧋🎉"));
    // Line starts that would become lists are escaped.
    assert!(md.contains("\\\n\\- không phải danh sách\\\n1\\. không phải số"));
    // A pipe in a cell does not split the table.
    assert!(md.contains("TVC \\| &lt;script&gt;"));
    assert!(md.contains("| ---: |"));
    assert!(!md.contains('\u{7}'));
}

#[test]
fn docx_is_a_real_word_file_with_escaped_text() {
    let r = hostile();
    let bytes = to_docx(&proposal_doc(&r, Lang::Vi)).unwrap();
    assert_eq!(&bytes[..2], b"PK");
    let xml = docx_xml(&bytes);
    assert!(!xml.contains("<script>"));
    assert!(xml.contains("&lt;script&gt;"));
    assert!(xml.contains("&amp; Co"));
    assert!(
        xml.contains(EMOJI_VI),
        "emoji and diacritics kept as characters"
    );
    // Real structure: heading styles, tables, list numbering, page breaks.
    assert!(xml.contains(r#"w:pStyle w:val="Heading1""#));
    assert!(xml.contains(r#"w:pStyle w:val="Heading2""#));
    assert!(xml.contains("<w:tbl>"));
    assert!(xml.contains("<w:numPr>"));
    assert!(xml.contains(r#"w:type="page""#));
    assert!(xml.contains("<w:tab"));
    assert!(!xml.contains('\u{7}'), "characters XML forbids are dropped");
    let mut zip = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
    let mut styles = String::new();
    zip.by_name("word/styles.xml")
        .unwrap()
        .read_to_string(&mut styles)
        .unwrap();
    assert!(styles.contains("Heading2"));
    assert!(zip.by_name("word/numbering.xml").is_ok());
}

#[test]
fn huge_fields_survive_every_export() {
    let mut r = demo(Lang::En);
    let huge = "Mây 🧋 ".repeat(100_000 / 6);
    r.proposal.understanding = huge.clone();
    let doc = proposal_doc(&r, Lang::En);
    let md = to_markdown(&doc);
    // The client document trims the edges of each text, nothing else.
    assert!(md.contains(huge.trim()));
    let xml = docx_xml(&to_docx(&doc).unwrap());
    assert!(xml.contains(huge.trim()));
    let back = share::decode(&share::encode(&r).unwrap()).unwrap();
    assert_eq!(back.proposal.understanding, huge);
}

#[test]
fn share_links_round_trip_the_whole_record() {
    for r in [
        demo(Lang::En),
        demo(Lang::Vi),
        hostile(),
        ProposalRecord::default(),
    ] {
        let frag = share::encode(&r).unwrap();
        assert!(frag.starts_with(SHARE_PREFIX));
        assert!(frag
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        assert_eq!(share::decode(&frag).unwrap(), r);
        let link = share::link("https://example.org/suitcase/#/old", &r).unwrap();
        assert!(link.starts_with("https://example.org/suitcase/#p1."));
        assert_eq!(share::decode(&link).unwrap(), r);
    }
    // Compression keeps the demo's link short enough to paste.
    let frag = share::encode(&demo(Lang::Vi)).unwrap();
    assert!(frag.len() < 16_000, "{}", frag.len());
}

#[test]
fn share_decode_refuses_bad_links_without_panicking() {
    let good = share::encode(&demo(Lang::En)).unwrap();
    assert_eq!(share::decode(""), Err(ShareError::Empty));
    assert_eq!(share::decode("https://x.org/#"), Err(ShareError::Empty));
    assert_eq!(share::decode("hello"), Err(ShareError::UnknownPrefix));
    assert_eq!(share::decode("p2.AAAA"), Err(ShareError::UnknownPrefix));
    assert_eq!(share::decode("p1.@@@"), Err(ShareError::BadEncoding));
    assert_eq!(
        share::decode("p1.AAAAAAAA"),
        Err(ShareError::BadCompression)
    );
    // Cut short, at many points.
    for cut in [4, 10, good.len() / 2, good.len() - 3] {
        assert!(share::decode(&good[..cut]).is_err(), "cut at {cut}");
    }
    // One character changed.
    let mut bytes = good.clone().into_bytes();
    let mid = bytes.len() / 2;
    bytes[mid] = if bytes[mid] == b'A' { b'B' } else { b'A' };
    assert!(share::decode(&String::from_utf8(bytes).unwrap()).is_err());
    // Too long before decoding.
    let long = format!("p1.{}", "A".repeat(MAX_FRAGMENT_CHARS));
    assert!(matches!(
        share::decode(&long),
        Err(ShareError::TooLong { .. })
    ));
    // A small bomb: 20 MB of zeros inflates past the limit.
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 20_000_000], 9);
    let frag = format!(
        "p1.{}",
        base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, bomb)
    );
    assert!(frag.len() < MAX_FRAGMENT_CHARS);
    assert!(matches!(
        share::decode(&frag),
        Err(ShareError::InflatesTooLarge { .. })
    ));
    // The same bomb cut short (a link copied in part, or a bomb that never
    // ends), as an older and as a client link: it reaches the limit before
    // the cut, so it is called too large, not "damaged or cut short".
    let cut = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 20_000_000], 9);
    let cut = &cut[..cut.len() - 40];
    let frag = format!(
        "p1.{}",
        base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, cut)
    );
    assert!(matches!(
        share::decode(&frag),
        Err(ShareError::InflatesTooLarge { .. })
    ));
    let client = format!("c1.{}", frag.trim_start_matches("p1."));
    assert!(matches!(
        share::decode_client(&client),
        Err(ShareError::InflatesTooLarge { .. })
    ));
    // Valid compression of something that is not a proposal.
    let pack = |s: &str| {
        format!(
            "p1.{}",
            base64::Engine::encode(
                &base64::engine::general_purpose::URL_SAFE_NO_PAD,
                miniz_oxide::deflate::compress_to_vec(s.as_bytes(), 6)
            )
        )
    };
    assert!(matches!(
        share::decode(&pack("{\"format\":\"other\"}")),
        Err(ShareError::BadRecord(RecordError::WrongFormat(_)))
    ));
    assert!(matches!(
        share::decode(&pack("[1,2,3]")),
        Err(ShareError::BadRecord(RecordError::File(_)))
    ));
    let not_utf8 = format!(
        "p1.{}",
        base64::Engine::encode(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD,
            miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe, 0x00], 6)
        )
    );
    assert_eq!(share::decode(&not_utf8), Err(ShareError::NotUtf8));
}

#[test]
fn an_empty_document_renders() {
    let doc = Doc::new("empty");
    assert_eq!(to_markdown(&doc), "");
    assert!(to_docx(&doc).unwrap().starts_with(b"PK"));
    let mut d = Doc::new("t");
    d.table(vec![], vec![], vec![])
        .bullets(Vec::<String>::new());
    assert!(to_docx(&d).is_ok());
}
