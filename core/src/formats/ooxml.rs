//! What the Word and Excel writers share: XML text escaping and the package
//! parts every Office file has (relationships, document properties).

pub(crate) const XML_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

const RELS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub(crate) const CT_RELS: &str = "application/vnd.openxmlformats-package.relationships+xml";
pub(crate) const CT_CORE: &str = "application/vnd.openxmlformats-package.core-properties+xml";
pub(crate) const CT_APP: &str =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml";

/// True for the characters XML 1.0 allows.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || ('\u{20}'..='\u{D7FF}').contains(&c)
        || ('\u{E000}'..='\u{FFFD}').contains(&c)
        || c >= '\u{10000}'
}

/// Keeps only characters XML 1.0 allows.
pub(crate) fn xml_safe(s: &str) -> String {
    s.chars().filter(|&c| allowed(c)).collect()
}

/// Appends `s` escaped for element text or a double-quoted attribute, with
/// the characters XML 1.0 forbids dropped (a carriage return is kept as a
/// character reference, which parsers do not turn into a line feed).
pub(crate) fn push_esc(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#xD;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// `s` escaped, see [`push_esc`].
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_esc(&mut out, s);
    out
}

/// A relationships part: (id, type URL, target) for each.
pub(crate) fn rels(list: &[(&str, &str, &str)]) -> String {
    let mut x = format!("{XML_HEAD}<Relationships xmlns=\"{RELS_NS}\">");
    for (id, kind, target) in list {
        x += &format!(
            "<Relationship Id=\"{id}\" Type=\"{}\" Target=\"{}\"/>",
            esc(kind),
            esc(target)
        );
    }
    x + "</Relationships>"
}

/// `_rels/.rels`: the main part and the document properties.
pub(crate) fn package_rels(main: &str) -> String {
    rels(&[
        ("rId1", &format!("{OFFICE_REL}/officeDocument"), main),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        (
            "rId3",
            &format!("{OFFICE_REL}/extended-properties"),
            "docProps/app.xml",
        ),
    ])
}

/// A relationship type from the Office document namespace ("styles").
pub(crate) fn office_rel(kind: &str) -> String {
    format!("{OFFICE_REL}/{kind}")
}

/// `docProps/core.xml`: the title and language (no dates, so the same
/// document gives the same file).
pub(crate) fn core_props(title: &str, lang: &str) -> String {
    let mut x = format!(
        "{XML_HEAD}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    );
    if !title.trim().is_empty() {
        x += &format!("<dc:title>{}</dc:title>", esc(title));
    }
    if !lang.trim().is_empty() {
        x += &format!("<dc:language>{}</dc:language>", esc(lang));
    }
    x + "</cp:coreProperties>"
}

/// `docProps/app.xml`: the application's name.
pub(crate) fn app_props() -> String {
    format!(
        "{XML_HEAD}<Properties \
         xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>Suitcase</Application></Properties>"
    )
}

/// `[Content_Types].xml`: rels and xml by default, and each part's own type.
pub(crate) fn content_types(defaults: &[(&str, &str)], parts: &[(&str, &str)]) -> String {
    let mut x = format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"{CT_RELS}\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    );
    for (ext, ct) in defaults {
        x += &format!("<Default Extension=\"{ext}\" ContentType=\"{ct}\"/>");
    }
    for (part, ct) in parts {
        x += &format!("<Override PartName=\"/{part}\" ContentType=\"{ct}\"/>");
    }
    x + "</Types>"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_what_xml_forbids() {
        assert_eq!(
            esc("<a href=\"x\">&\u{7}\u{0}é🎉\r"),
            "&lt;a href=&quot;x&quot;&gt;&amp;é🎉&#xD;"
        );
        assert_eq!(xml_safe("a\u{1}b\u{FFFE}c\td"), "abc\td");
    }
}
