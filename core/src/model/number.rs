//! Numbers as people type and read them, in the user's language.
//!
//! One parser for every amount and count the budget page asks for, and one
//! formatter for every number it shows. The rules:
//!
//! - **Marks.** In Vietnamese `.` groups thousands and `,` is the decimal
//!   mark (`1.000.000`, `1,5`); in English the reverse (`1,000,000`, `1.5`).
//!   Spaces (also no-break spaces) and `_` always group.
//! - **A mark used twice or more** can only group: `1.000.000` and
//!   `1,000,000` are one million in both languages (each group after the
//!   first must have three digits).
//! - **Both marks** (`1.234,5` or `1,234.5`): the last one is the decimal
//!   mark, in both languages.
//! - **One mark, once.** The language's decimal mark is a decimal mark
//!   (`1,5` in Vietnamese, `1.5` in English). The language's grouping mark
//!   groups when three digits follow (`1.000` in Vietnamese is a thousand);
//!   otherwise it can only be a decimal mark (`1.5` in Vietnamese is 1,5).
//!   The one truly ambiguous case is the language's decimal mark followed by
//!   exactly three digits after a non-zero whole part: `1,500` typed in
//!   Vietnamese may be 1,5 or fifteen hundred copied from an English sheet;
//!   it is refused with both readings (and the same for `1.500` in English).
//! - **Words for large numbers**, in either language, with or without a
//!   space: `k`, `nghìn`/`ngàn` (thousand); `tr`, `triệu`, `m`, `mn`,
//!   `million` (million); `tỷ`/`tỉ`, `b`, `bn`, `billion` (billion). So
//!   `1,5 tỷ`, `500tr`, `2 triệu`, `1.5 billion`, `500k`, `2m`.
//! - A currency sign or code (`₫`, `đ`, `VND`, `$`, `USD`, `€`, `EUR`)
//!   before or after is ignored. Exponents, NaN and infinities are refused;
//!   a minus sign is refused as negative.
//!
//! Amounts must come out whole (`1,5 tỷ` is 1.500.000.000; `1,5` đồng is
//! refused rather than rounded); counts may have decimals.
use crate::model::money::MAX_AMOUNT;
use crate::model::text::Lang;

/// Why a typed number was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    Negative,
    TooLarge,
    /// An amount with a fraction of a currency unit.
    NotWhole,
    /// `1,500` in Vietnamese or `1.500` in English: the two readings, as
    /// the user's language writes them.
    Ambiguous {
        decimal: String,
        whole: String,
    },
}

/// An exact decimal: `digits × 10^-scale`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Decimal {
    digits: i128,
    scale: u32,
}

impl Decimal {
    fn to_f64(self) -> f64 {
        self.digits as f64 / 10f64.powi(self.scale as i32)
    }
}

const WORDS: [(&str, i128); 16] = [
    ("billion", 1_000_000_000),
    ("million", 1_000_000),
    ("thousand", 1_000),
    ("nghìn", 1_000),
    ("ngàn", 1_000),
    ("triệu", 1_000_000),
    ("trieu", 1_000_000),
    ("tỷ", 1_000_000_000),
    ("tỉ", 1_000_000_000),
    ("ty", 1_000_000_000),
    ("tr", 1_000_000),
    ("mn", 1_000_000),
    ("bn", 1_000_000_000),
    ("k", 1_000),
    ("m", 1_000_000),
    ("b", 1_000_000_000),
];

const CURRENCY: [&str; 11] = [
    "đồng", "VND", "vnd", "USD", "usd", "EUR", "eur", "₫", "đ", "$", "€",
];

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '_' || c == '\u{a0}' || c == '\u{202f}'
}

/// Removes currency signs and codes at either end.
fn strip_currency(mut s: &str) -> &str {
    loop {
        let before = s;
        for sym in CURRENCY {
            s = s.trim_start_matches(sym).trim_end_matches(sym).trim();
        }
        if s == before {
            return s;
        }
    }
}

/// Splits a trailing word for a large number.
fn split_word(s: &str) -> (&str, i128) {
    let lower = s.to_lowercase();
    for (w, m) in WORDS {
        if lower.ends_with(w) {
            let cut = lower.len() - w.len();
            // `lower` and `s` differ only in ASCII/Vietnamese case, which
            // keeps byte lengths for these words.
            if s.is_char_boundary(cut) {
                let head = s[..cut].trim_end();
                if head.chars().last().is_some_and(|c| c.is_ascii_digit()) {
                    return (head, m);
                }
            }
        }
    }
    (s, 1)
}

fn marks(lang: Lang) -> (char, char) {
    // (grouping, decimal)
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

fn digits_ok(g: &str) -> bool {
    !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit())
}

/// Groups after the first must have three digits; the first one to three.
fn grouped_ok(groups: &[&str]) -> bool {
    groups.iter().all(|g| digits_ok(g))
        && (groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)))
}

fn to_int(s: &str) -> Result<i128, NumberError> {
    let mut v: i128 = 0;
    for b in s.bytes() {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(i128::from(b - b'0')))
            .filter(|v| *v <= i128::from(i64::MAX))
            .ok_or(NumberError::TooLarge)?;
    }
    Ok(v)
}

/// Reads the digits and marks of a number (no sign, no words).
fn read_body(body: &str, lang: Lang) -> Result<Decimal, NumberError> {
    let (group_mark, decimal_mark) = marks(lang);
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
    {
        return Err(NumberError::NotANumber);
    }
    // Spaces group; take them out after checking they sit between groups.
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let (whole, frac): (String, String) = match (dots, commas) {
        (0, 0) => (body.to_string(), String::new()),
        (_, 0) | (0, _) => {
            let mark = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            let (head, tail) = body.rsplit_once(mark).unwrap_or((body, ""));
            if count > 1 {
                (body.to_string(), String::new())
            } else if mark == decimal_mark {
                let three = tail.len() == 3 && digits_ok(tail);
                let zero = head.trim().trim_start_matches('0').is_empty();
                if three && !zero && !head.chars().any(is_space) {
                    let whole = format!("{head}{tail}");
                    let short = tail.trim_end_matches('0');
                    let decimal = if short.is_empty() {
                        head.to_string()
                    } else {
                        format!("{head}{decimal_mark}{short}")
                    };
                    return Err(NumberError::Ambiguous {
                        decimal,
                        whole: group_digits(&whole, group_mark),
                    });
                }
                (head.to_string(), tail.to_string())
            } else if tail.len() == 3 {
                (body.to_string(), String::new())
            } else {
                // The grouping mark not followed by three digits can only be
                // a decimal mark typed the other language's way.
                (head.to_string(), tail.to_string())
            }
        }
        _ => {
            let last = body.rfind(['.', ',']).unwrap_or(0);
            let mark = body[last..].chars().next().unwrap_or('.');
            let other = if mark == '.' { ',' } else { '.' };
            let (head, tail) = body.split_at(last);
            let tail = &tail[1..];
            if head.contains(mark) {
                return Err(NumberError::NotANumber);
            }
            (head.replace(other, " "), tail.to_string())
        }
    };
    // Whole part: groups separated by any remaining marks or spaces.
    let groups: Vec<&str> = whole
        .split(|c: char| c == '.' || c == ',' || is_space(c))
        .collect();
    if !grouped_ok(&groups) || !(frac.is_empty() || digits_ok(&frac)) {
        return Err(NumberError::NotANumber);
    }
    let int = to_int(&groups.concat())?;
    let scale = frac.len() as u32;
    if scale > 18 {
        return Err(NumberError::NotANumber);
    }
    let digits = int
        .checked_mul(10i128.pow(scale))
        .and_then(|v| {
            v.checked_add(if frac.is_empty() {
                0
            } else {
                to_int(&frac).unwrap_or(0)
            })
        })
        .ok_or(NumberError::TooLarge)?;
    Ok(Decimal { digits, scale })
}

fn group_digits(digits: &str, sep: char) -> String {
    let d: String = digits.chars().filter(|c| c.is_ascii_digit()).collect();
    let d = d.trim_start_matches('0');
    let d = if d.is_empty() { "0" } else { d };
    let mut out = String::with_capacity(d.len() + d.len() / 3);
    for (i, c) in d.chars().enumerate() {
        if i > 0 && (d.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn read(input: &str, lang: Lang) -> Result<Decimal, NumberError> {
    let s = strip_currency(input.trim());
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, s) = match s.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s),
    };
    let (body, times) = split_word(strip_currency(s));
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    let d = read_body(body, lang)?;
    let d = Decimal {
        digits: d.digits.checked_mul(times).ok_or(NumberError::TooLarge)?,
        scale: d.scale,
    };
    if negative && d.digits != 0 {
        return Err(NumberError::Negative);
    }
    Ok(d)
}

/// Reads a whole amount of money (see the module's rules).
pub fn parse_amount(input: &str, lang: Lang) -> Result<i64, NumberError> {
    let d = read(input, lang)?;
    let unit = 10i128.pow(d.scale);
    if d.digits % unit != 0 {
        return Err(NumberError::NotWhole);
    }
    let v = d.digits / unit;
    if v > i128::from(MAX_AMOUNT) {
        return Err(NumberError::TooLarge);
    }
    Ok(v as i64)
}

/// Reads a count or score, which may have decimals (see the module's rules).
pub fn parse_count(input: &str, lang: Lang) -> Result<f64, NumberError> {
    let d = read(input, lang)?;
    let v = d.to_f64();
    if !v.is_finite() || v > MAX_AMOUNT as f64 {
        return Err(NumberError::TooLarge);
    }
    Ok(v)
}

/// A whole number with the language's grouping: `1.000.000` in Vietnamese,
/// `1,000,000` in English.
pub fn format_int(v: i64, lang: Lang) -> String {
    let sign = if v < 0 { "-" } else { "" };
    format!(
        "{sign}{}",
        group_digits(&v.unsigned_abs().to_string(), marks(lang).0)
    )
}

/// A number with at most `decimals` decimals (trailing zeros dropped), the
/// language's grouping and decimal mark: `224,5` and `1.234,5` in
/// Vietnamese, `224.5` and `1,234.5` in English.
pub fn format_number(v: f64, decimals: u32, lang: Lang) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let (group_mark, decimal_mark) = marks(lang);
    let text = format!("{:.*}", decimals as usize, v.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let negative = v < 0.0 && (int.bytes().any(|b| b != b'0') || !frac.is_empty());
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&group_digits(int, group_mark));
    if !frac.is_empty() {
        out.push(decimal_mark);
        out.push_str(frac);
    }
    out
}

/// An amount of money in the user's language: `1.000.000 ₫` and
/// `1.500 USD` in Vietnamese; `1,000,000 ₫`, `$1,500` and `€1,500` in
/// English.
pub fn format_money(amount: i64, currency: &str, lang: Lang) -> String {
    let sign = if amount < 0 { "-" } else { "" };
    let n = group_digits(&amount.unsigned_abs().to_string(), marks(lang).0);
    let code = currency.to_ascii_uppercase();
    match (lang, code.as_str()) {
        (_, "VND") => format!("{sign}{n} ₫"),
        (Lang::En, "USD") => format!("{sign}${n}"),
        (Lang::En, "EUR") => format!("{sign}€{n}"),
        (_, other) => format!("{sign}{n} {other}"),
    }
}

/// A large amount in words, for sentences: `3,2 tỷ ₫` / `120 triệu ₫` in
/// Vietnamese, `3.2 billion ₫` / `$120 million` in English; amounts under a
/// million are written in full.
pub fn format_money_short(amount: i64, currency: &str, lang: Lang) -> String {
    let abs = amount.unsigned_abs() as f64;
    let (div, vi, en) = if abs >= 1e9 {
        (1e9, "tỷ", "billion")
    } else if abs >= 1e6 {
        (1e6, "triệu", "million")
    } else {
        return format_money(amount, currency, lang);
    };
    let sign = if amount < 0 { "-" } else { "" };
    let n = format_number(abs / div, 2, lang);
    let code = currency.to_ascii_uppercase();
    match (lang, code.as_str()) {
        (Lang::Vi, "VND") => format!("{sign}{n} {vi} ₫"),
        (Lang::Vi, other) => format!("{sign}{n} {vi} {other}"),
        (Lang::En, "USD") => format!("{sign}${n} {en}"),
        (Lang::En, "EUR") => format!("{sign}€{n} {en}"),
        (Lang::En, "VND") => format!("{sign}{n} {en} ₫"),
        (Lang::En, other) => format!("{sign}{n} {en} {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_follow_the_language() {
        assert_eq!(parse_count("1,5", Lang::Vi), Ok(1.5));
        assert_eq!(parse_count("1.5", Lang::En), Ok(1.5));
        assert_eq!(format_number(1234.5, 2, Lang::Vi), "1.234,5");
        assert_eq!(format_number(1234.5, 2, Lang::En), "1,234.5");
    }
}
