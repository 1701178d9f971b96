//! Bilingual text for content kept as data (career guide, demo briefs, presets).
//!
//! UI strings live in `locales/`; content that is data (a role's summary, an
//! interview question) is written here in both languages side by side, so a
//! test can check that no entry lacks a language.

/// The two languages of the app.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Vi,
}

impl Lang {
    /// BCP 47 tag, as used by `<html lang>` and the locale files.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// Parses "en"/"vi" (and regional forms such as "vi-VN").
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let base = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match base.as_str() {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            _ => None,
        }
    }
}

/// A piece of static content in English and Vietnamese.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub vi: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, vi: &'static str) -> Self {
        Text { en, vi }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Vi => self.vi,
        }
    }

    /// True when both languages have non-blank text.
    pub fn is_complete(&self) -> bool {
        !self.en.trim().is_empty() && !self.vi.trim().is_empty()
    }
}

/// Shorthand for `Text::new`, so content tables stay readable.
pub const fn tx(en: &'static str, vi: &'static str) -> Text {
    Text::new(en, vi)
}

/// Vietnamese letters with diacritics, grouped by the plain letter they fold to.
const FOLDS: [(char, &str); 7] = [
    ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
    ('e', "èéẻẽẹêềếểễệ"),
    ('i', "ìíỉĩị"),
    ('o', "òóỏõọôồốổỗộơờớởỡợ"),
    ('u', "ùúủũụưừứửữự"),
    ('y', "ỳýỷỹỵ"),
    ('d', "đ"),
];

/// Lower case without Vietnamese diacritics ("Giải Brief" → "giai brief",
/// "Đà Nẵng" → "da nang"), for search and for ids made from names.
/// Other characters are only lower-cased.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if c.is_ascii() {
                return c;
            }
            FOLDS
                .iter()
                .find(|(_, set)| set.contains(c))
                .map_or(c, |(base, _)| *base)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(Lang::Vi.tag()), Some(Lang::Vi));
    }

    #[test]
    fn completeness() {
        assert!(tx("Hi", "Chào").is_complete());
        assert!(!tx("Hi", " ").is_complete());
        assert_eq!(tx("Hi", "Chào").get(Lang::Vi), "Chào");
    }

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Giải Brief"), "giai brief");
        assert_eq!(fold("ĐÀ NẴNG"), "da nang");
        assert_eq!(fold("Người Quản lý Khách hàng"), "nguoi quan ly khach hang");
        assert_eq!(fold("Café 🎉"), "cafe 🎉");
    }
}
