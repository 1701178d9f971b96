//! Search that understands Vietnamese: a query typed with diacritics
//! matches its own spelling first (and "lương" is not "luồng"), and common
//! English words find their Vietnamese pages and the other way round.
use suitcase_core::model::career::{search, HitKind, SearchHit, QUESTIONS, SKILLS, SYNONYMS};
use suitcase_core::model::text::Lang;

fn position(hits: &[SearchHit], id: &str) -> Option<usize> {
    hits.iter().position(|h| h.id == id)
}

#[test]
fn lương_finds_pay_not_the_flow_of_work() {
    // "lương" (pay) is not "luồng" (flow): the WIP report's "luồng công
    // việc" does not answer a search for pay.
    let hits = search("lương", Lang::Vi, 50);
    let am = position(&hits, "account-manager").expect("AM's pay");
    let kam = position(&hits, "key-account-manager").expect("KAM's pay");
    assert!(am < 2 && kam < 2, "{hits:?}");
    assert_eq!(position(&hits, "wip-report"), None, "{hits:?}");
    // And the other way round.
    let flow = search("luồng", Lang::Vi, 50);
    assert_eq!(flow.first().map(|h| h.id), Some("wip-report"), "{flow:?}");
    assert_eq!(position(&flow, "key-account-manager"), None, "{flow:?}");
    // Typed without diacritics, both words are found.
    let plain = search("luong", Lang::Vi, 50);
    assert!(position(&plain, "wip-report").is_some(), "{plain:?}");
    assert!(
        position(&plain, "key-account-manager").is_some(),
        "{plain:?}"
    );
}

#[test]
fn an_exact_diacritic_match_ranks_above_an_accent_free_one() {
    // Each Vietnamese hit of a word typed with diacritics shows that exact
    // word; with the diacritics left off, other spellings come too.
    for q in ["lương", "đàm", "giải", "phỏng"] {
        let hits = search(q, Lang::Vi, 100);
        assert!(!hits.is_empty(), "{q}");
        for h in hits.iter().filter(|h| h.lang == Lang::Vi) {
            assert!(h.matched.to_lowercase().contains(q), "{q}: {h:?}");
        }
    }
    // "giai" also matches "giải"; typed as "giải" the same page ranks at
    // least as high and scores more.
    let plain = search("giai brief", Lang::Vi, 1)[0];
    let exact = search("giải brief", Lang::Vi, 1)[0];
    assert_eq!(plain.id, exact.id);
    assert!(exact.score > plain.score);
    // A page with the exact spelling ranks above one that only folds to
    // it: "giải" (solve) finds "giải brief" before anything spelt "giai".
    let hits = search("giải", Lang::Vi, 100);
    let first_vi = hits.iter().find(|h| h.lang == Lang::Vi).unwrap();
    assert!(
        first_vi.matched.to_lowercase().contains("giải"),
        "{first_vi:?}"
    );
}

#[test]
fn salary_pay_and_thu_nhập_find_the_pay_figures() {
    // "thu nhập" appears nowhere in the guide's content: the synonym table
    // takes it to "lương" / "salary", where the pay figures are.
    for (q, lang) in [
        ("salary", Lang::Vi),
        ("pay", Lang::Vi),
        ("thu nhập", Lang::Vi),
        ("thu nhap", Lang::En),
        ("mức lương", Lang::En),
        ("lương", Lang::En),
    ] {
        let hits = search(q, lang, 20);
        assert!(
            position(&hits, "key-account-manager").is_some(),
            "{q}: {hits:?}"
        );
        assert!(
            position(&hits, "account-manager").is_some(),
            "{q}: {hits:?}"
        );
    }
    // Typed in English on the Vietnamese screen, the hit shows the
    // Vietnamese pay line.
    let hits = search("salary", Lang::Vi, 20);
    let kam = &hits[position(&hits, "key-account-manager").unwrap()];
    assert_eq!(kam.lang, Lang::Vi);
    assert!(kam.matched.contains("Lương"), "{kam:?}");
    // A synonym matches whole words: "pay" → "salary" does not make
    // "payment" a pay page, and "thu nhập" needs the phrase, not "doanh
    // thu" plus some "nhập".
    let hits = search("thu nhập", Lang::Vi, 50);
    assert_eq!(
        position(&hits, "strategic-account-manager"),
        None,
        "{hits:?}"
    );
}

#[test]
fn interview_skill_and_report_cross_languages() {
    for q in ["interview", "phỏng vấn", "phong van"] {
        for lang in [Lang::En, Lang::Vi] {
            let n = search(q, lang, 500)
                .iter()
                .filter(|h| h.kind == HitKind::Question)
                .count();
            assert_eq!(n, QUESTIONS.len(), "{q} {lang:?}");
        }
    }
    for q in ["skill", "kỹ năng"] {
        let n = search(q, Lang::En, 500)
            .iter()
            .filter(|h| h.kind == HitKind::Skill)
            .count();
        assert_eq!(n, SKILLS.len(), "{q}");
    }
    let hits = search("báo cáo", Lang::En, 50);
    assert!(position(&hits, "wip-report").is_some(), "{hits:?}");
    let hits = search("report", Lang::Vi, 50);
    assert!(position(&hits, "contact-report").is_some(), "{hits:?}");
    // Career ↔ nghề: a direct match ranks above one through a synonym.
    let hits = search("nghề", Lang::En, 50);
    assert_eq!(
        hits.first().map(|h| h.id),
        Some("what-is-account"),
        "{hits:?}"
    );
    let hits = search("career", Lang::Vi, 50);
    assert!(position(&hits, "what-is-account").is_some(), "{hits:?}");
}

#[test]
fn the_synonym_table_is_bilingual() {
    assert!(SYNONYMS.len() >= 15);
    for group in SYNONYMS {
        assert!(group.len() >= 2, "{group:?}");
        let vi = group.iter().any(|t| !t.is_ascii());
        let en = group.iter().any(|t| t.is_ascii());
        assert!(vi && en, "{group:?} needs both languages");
        for t in *group {
            assert_eq!(t.to_lowercase(), *t, "{t}: lower case");
        }
    }
}
