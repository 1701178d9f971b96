//! One number style for the budget page: what people type in either
//! language, and how numbers are shown back.
use suitcase_core::model::number::{
    format_int, format_money, format_money_short, format_number, parse_amount, parse_count,
    NumberError,
};
use suitcase_core::model::text::Lang::{En, Vi};

#[test]
fn amounts_typed_in_vietnamese() {
    for (text, want) in [
        ("1.000.000", 1_000_000),
        ("1,000,000", 1_000_000),
        ("1000000", 1_000_000),
        ("1 000 000", 1_000_000),
        ("1.000", 1_000),
        ("1,5 tỷ", 1_500_000_000),
        ("1,5tỷ", 1_500_000_000),
        ("1.5 tỷ", 1_500_000_000),
        ("2 tỉ", 2_000_000_000),
        ("500tr", 500_000_000),
        ("500 tr", 500_000_000),
        ("2 triệu", 2_000_000),
        ("2 Triệu", 2_000_000),
        ("2,25 triệu đồng", 2_250_000),
        ("150.000.000 ₫", 150_000_000),
        ("500k", 500_000),
        ("200 nghìn", 200_000),
        ("3 ngàn", 3_000),
        ("1.234.567,0", 1_234_567),
        ("0", 0),
    ] {
        assert_eq!(parse_amount(text, Vi), Ok(want), "{text}");
    }
}

#[test]
fn amounts_typed_in_english() {
    for (text, want) in [
        ("1,000,000", 1_000_000),
        ("1.000.000", 1_000_000),
        ("1000000", 1_000_000),
        ("1,000", 1_000),
        ("1.5 billion", 1_500_000_000),
        ("1.5bn", 1_500_000_000),
        ("500k", 500_000),
        ("2m", 2_000_000),
        ("2 million", 2_000_000),
        ("$250,000", 250_000),
        ("250,000 USD", 250_000),
        ("500tr", 500_000_000),
        ("1,234,567.00", 1_234_567),
    ] {
        assert_eq!(parse_amount(text, En), Ok(want), "{text}");
    }
}

#[test]
fn refusals_say_why() {
    assert_eq!(parse_amount("", Vi), Err(NumberError::Empty));
    assert_eq!(parse_amount(" ₫ ", Vi), Err(NumberError::Empty));
    assert_eq!(parse_amount("abc", En), Err(NumberError::NotANumber));
    assert_eq!(parse_amount("1e6", En), Err(NumberError::NotANumber));
    assert_eq!(parse_amount("NaN", En), Err(NumberError::NotANumber));
    assert_eq!(parse_amount("1.0000.000", Vi), Err(NumberError::NotANumber));
    assert_eq!(parse_amount("12345,000", En), Err(NumberError::NotANumber));
    assert_eq!(parse_amount("-5", En), Err(NumberError::Negative));
    assert_eq!(parse_amount("1,5", Vi), Err(NumberError::NotWhole));
    assert_eq!(parse_amount("1.5", En), Err(NumberError::NotWhole));
    assert_eq!(
        parse_amount("9007199254740993", En),
        Err(NumberError::TooLarge)
    );
    assert_eq!(
        parse_amount("99999999999999999999999", En),
        Err(NumberError::TooLarge)
    );
    // The language's decimal mark before exactly three digits: either
    // reading is plausible, so both are offered.
    assert_eq!(
        parse_amount("1,500", Vi),
        Err(NumberError::Ambiguous {
            decimal: "1,5".into(),
            whole: "1.500".into()
        })
    );
    assert_eq!(
        parse_count("2.500", En),
        Err(NumberError::Ambiguous {
            decimal: "2.5".into(),
            whole: "2,500".into()
        })
    );
    // …but not when the whole part is zero or the other mark groups.
    assert_eq!(parse_count("0,500", Vi), Ok(0.5));
    assert_eq!(parse_count("1.234,500", Vi), Ok(1234.5));
}

#[test]
fn counts_keep_their_decimals() {
    assert_eq!(parse_count("224,5", Vi), Ok(224.5));
    assert_eq!(parse_count("224.5", Vi), Ok(224.5));
    assert_eq!(parse_count("224.5", En), Ok(224.5));
    assert_eq!(parse_count("1,8", Vi), Ok(1.8));
    assert_eq!(parse_count("150.000.000", Vi), Ok(150_000_000.0));
    assert_eq!(parse_count("150.000.000", En), Ok(150_000_000.0));
    assert_eq!(parse_count("150,000,000", Vi), Ok(150_000_000.0));
    assert_eq!(parse_count("150tr", Vi), Ok(150_000_000.0));
    assert_eq!(parse_count("12.5k", En), Ok(12_500.0));
    assert_eq!(parse_count("-1", Vi), Err(NumberError::Negative));
}

#[test]
fn numbers_show_in_the_language_style() {
    assert_eq!(format_int(1_000_000, Vi), "1.000.000");
    assert_eq!(format_int(1_000_000, En), "1,000,000");
    assert_eq!(format_number(224.5, 1, Vi), "224,5");
    assert_eq!(format_number(224.5, 1, En), "224.5");
    assert_eq!(format_number(3400.66, 1, Vi), "3.400,7");
    assert_eq!(format_number(-0.04, 1, En), "0");
    assert_eq!(format_number(12.0, 2, En), "12");
    assert_eq!(format_money(1_000_000, "VND", Vi), "1.000.000 ₫");
    assert_eq!(format_money(1_000_000, "VND", En), "1,000,000 ₫");
    assert_eq!(format_money(1_500, "USD", En), "$1,500");
    assert_eq!(format_money(1_500, "USD", Vi), "1.500 USD");
    assert_eq!(format_money(-1_500, "EUR", En), "-€1,500");
    assert_eq!(format_money_short(3_200_000_000, "VND", Vi), "3,2 tỷ ₫");
    assert_eq!(format_money_short(120_000_000, "VND", En), "120 million ₫");
    assert_eq!(format_money_short(500_000, "VND", En), "500,000 ₫");
}

#[test]
fn what_is_shown_reads_back() {
    for lang in [Vi, En] {
        for v in [
            0i64,
            7,
            1_000,
            150_000_000,
            2_000_000_000,
            9_007_199_254_740_992,
        ] {
            assert_eq!(parse_amount(&format_int(v, lang), lang), Ok(v));
            assert_eq!(parse_amount(&format_money(v, "VND", lang), lang), Ok(v));
            assert_eq!(parse_amount(&format_money(v, "USD", lang), lang), Ok(v));
        }
        for v in [0.5, 1.8, 15.0, 224.5, 1234.25] {
            assert_eq!(parse_count(&format_number(v, 2, lang), lang), Ok(v));
        }
    }
}
