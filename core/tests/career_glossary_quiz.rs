//! The glossary (terms, filter, linking a term's first occurrence), its
//! search hits, and the knowledge quizzes (coverage, answer keys, the
//! ordering kind and its scoring).
// Tests are not in the wasm: the standard sorts are fine here (clippy.toml).
#![allow(clippy::disallowed_methods)]
use std::collections::BTreeSet;

use suitcase_core::model::career::{
    glossary::{find_new_terms, find_terms, link_plan, matches_filter, sorted, term, GLOSSARY},
    knowledge_quiz, move_item, score_answers, score_quiz, search, HitKind, QuestionKind,
    QuizAnswer, QuizError, QuizTopic, KNOWLEDGE_QUIZZES,
};
use suitcase_core::model::text::Lang;

// ---------------------------------------------------------------------------
// Glossary content
// ---------------------------------------------------------------------------

#[test]
fn the_glossary_has_at_least_forty_complete_terms_with_unique_ids() {
    assert!(GLOSSARY.len() >= 40, "{} terms", GLOSSARY.len());
    let mut ids = BTreeSet::new();
    for t in GLOSSARY {
        assert!(ids.insert(t.id), "duplicate id {}", t.id);
        assert!(
            t.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{}",
            t.id
        );
        assert!(t.term.is_complete(), "{}", t.id);
        assert!(t.definition.is_complete(), "{}", t.id);
        assert!(t.example.is_none_or(|e| e.is_complete()), "{}", t.id);
        for f in t.forms_en.iter().chain(t.forms_vi) {
            assert_eq!(*f, f.to_lowercase(), "{}: forms are lowercase", t.id);
            assert!(!f.trim().is_empty(), "{}", t.id);
        }
    }
}

#[test]
fn the_terms_the_issue_names_are_in_the_glossary() {
    for id in [
        "brief",
        "giai-brief",
        "creative-brief",
        "proposal",
        "pitching",
        "kv",
        "tvc",
        "cut-down",
        "traffic",
        "mandatories",
        "kol-koc",
        "posm",
        "retainer",
        "po",
        "receivables",
        "contract-liquidation",
        "wip-report",
        "contact-report",
        "nps",
        "upsell",
        "cross-sell",
    ] {
        assert!(term(id).is_some(), "{id}");
    }
    assert!(term("receivables").unwrap().term.vi.contains("Công nợ"));
    assert!(term("contract-liquidation")
        .unwrap()
        .term
        .vi
        .contains("Thanh lý hợp đồng"));
}

#[test]
fn related_terms_exist_and_are_not_the_term_itself() {
    for t in GLOSSARY {
        assert!(!t.related.is_empty(), "{} has no related term", t.id);
        for r in t.related {
            assert!(term(r).is_some(), "{} → unknown {r}", t.id);
            assert_ne!(*r, t.id);
        }
    }
}

#[test]
fn no_form_belongs_to_two_terms() {
    for lang in [Lang::En, Lang::Vi] {
        let mut seen = std::collections::BTreeMap::new();
        for t in GLOSSARY {
            let forms = match lang {
                Lang::En => t.forms_en,
                Lang::Vi => t.forms_vi,
            };
            for f in forms {
                if let Some(other) = seen.insert(*f, t.id) {
                    panic!("{f:?} is a form of {other} and {}", t.id);
                }
            }
        }
    }
}

#[test]
fn the_list_is_alphabetical_ignoring_case_and_diacritics() {
    let vi = sorted(Lang::Vi);
    assert_eq!(vi.len(), GLOSSARY.len());
    let keys: Vec<String> = vi
        .iter()
        .map(|t| suitcase_core::model::career::fold(t.term.vi))
        .collect();
    let mut want = keys.clone();
    want.sort();
    assert_eq!(keys, want);
    // "Báo cáo…" sorts among the b's, not after z.
    let pos = |id: &str| vi.iter().position(|t| t.id == id).unwrap();
    assert!(pos("wrap-up") < pos("kv"));
}

#[test]
fn the_filter_ignores_case_and_diacritics_and_reads_both_terms() {
    let liq = term("contract-liquidation").unwrap();
    assert!(matches_filter(liq, "THANH LY", Lang::En));
    assert!(matches_filter(liq, "thanh lý hợp", Lang::Vi));
    assert!(matches_filter(liq, "liquidation", Lang::Vi));
    assert!(!matches_filter(liq, "storyboard", Lang::En));
    assert!(matches_filter(liq, "  ", Lang::En));
    let cong_no = term("receivables").unwrap();
    assert!(matches_filter(cong_no, "cong no", Lang::En));
    let n = GLOSSARY
        .iter()
        .filter(|t| matches_filter(t, "brief", Lang::En))
        .count();
    assert!(n >= 3 && n < GLOSSARY.len(), "{n}");
}

// ---------------------------------------------------------------------------
// Linking terms in text
// ---------------------------------------------------------------------------

fn found(text: &str, lang: Lang) -> Vec<(&str, &'static str)> {
    find_terms(text, lang)
        .into_iter()
        .map(|m| (&text[m.start..m.end], m.id))
        .collect()
}

#[test]
fn only_the_first_whole_word_occurrence_is_found() {
    let text = "Send the brief today; a second brief follows.";
    assert_eq!(found(text, Lang::En), vec![("brief", "brief")]);
    // Case-insensitive, and the match keeps the text's own spelling.
    assert_eq!(
        found("A Contact Report after each contact report.", Lang::En),
        vec![("Contact Report", "contact-report")]
    );
    // Whole words only: "briefing" and "debrief" are not "brief".
    assert!(found("The briefing was a debrief.", Lang::En).is_empty());
    assert!(found("kpis-like", Lang::En) == vec![("kpis", "kpi")]);
    assert!(found("superKPI", Lang::En).is_empty());
}

#[test]
fn the_longest_form_wins_where_forms_overlap() {
    assert_eq!(
        found(
            "The creative brief is one page; the brief was long.",
            Lang::En
        ),
        vec![("creative brief", "creative-brief"), ("brief", "brief")]
    );
}

#[test]
fn vietnamese_forms_keep_their_byte_ranges() {
    let text = "Sau đó thanh lý hợp đồng và thu công nợ; Công nợ còn lại.";
    let got = found(text, Lang::Vi);
    assert_eq!(
        got,
        vec![
            ("thanh lý hợp đồng", "contract-liquidation"),
            ("công nợ", "receivables")
        ]
    );
    // English forms are not looked for in Vietnamese text and vice versa.
    assert!(found("collect receivables", Lang::Vi).is_empty());
    assert!(found("thu công nợ", Lang::En).is_empty());
}

#[test]
fn a_run_of_paragraphs_links_each_term_once() {
    let plan = link_plan(
        &[
            "Write the creative brief.",
            "Check the creative brief and the WIP report.",
            "Update the WIP report.",
        ],
        Lang::En,
    );
    let ids: Vec<Vec<&str>> = plan
        .iter()
        .map(|p| p.iter().map(|m| m.id).collect())
        .collect();
    assert_eq!(
        ids,
        vec![
            vec!["creative-brief"],
            vec!["wip-report"],
            Vec::<&str>::new()
        ]
    );
    // A term already linked is skipped whole: its inner words do not link.
    let mut seen = BTreeSet::from(["creative-brief"]);
    assert!(find_new_terms("the creative brief", Lang::En, &mut seen).is_empty());
}

#[test]
fn the_guide_paragraphs_contain_linkable_terms() {
    use suitcase_core::model::career::WORKFLOW;
    for lang in [Lang::En, Lang::Vi] {
        let linked = WORKFLOW
            .iter()
            .filter(|s| !find_terms(s.summary.get(lang), lang).is_empty())
            .count();
        assert!(linked >= 6, "{lang:?}: {linked} steps with a term");
    }
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

#[test]
fn search_finds_glossary_terms_in_both_languages() {
    let hits = search("thanh ly hop dong", Lang::Vi, 20);
    assert!(
        hits.iter()
            .any(|h| h.kind == HitKind::Term && h.id == "contract-liquidation"),
        "{hits:?}"
    );
    let hits = search("mandatories", Lang::En, 20);
    assert_eq!(
        hits.iter().find(|h| h.kind == HitKind::Term).map(|h| h.id),
        Some("mandatories")
    );
    let hits = search("point-of-sale", Lang::En, 20);
    assert!(hits
        .iter()
        .any(|h| h.kind == HitKind::Term && h.id == "posm"));
}

// ---------------------------------------------------------------------------
// Quizzes
// ---------------------------------------------------------------------------

#[test]
fn quizzes_cover_the_guide_with_sixty_questions_over_eight_topics() {
    let total: usize = KNOWLEDGE_QUIZZES.iter().map(|q| q.questions.len()).sum();
    assert!(total >= 60, "{total} questions");
    assert!(KNOWLEDGE_QUIZZES.len() >= 8);
    for quiz in KNOWLEDGE_QUIZZES {
        assert!(quiz.questions.len() >= 5, "{:?}", quiz.topic);
    }
    for topic in [
        QuizTopic::Skills,
        QuizTopic::PayAndLevels,
        QuizTopic::Budget,
        QuizTopic::MissedDeadline,
        QuizTopic::Order,
    ] {
        assert_eq!(knowledge_quiz(topic).topic, topic);
        assert_eq!(QuizTopic::from_id(topic.id()), Some(topic));
    }
    let mut ids = BTreeSet::new();
    for quiz in KNOWLEDGE_QUIZZES {
        for q in quiz.questions {
            assert!(ids.insert(q.id), "duplicate question id {}", q.id);
        }
    }
}

#[test]
fn every_question_has_exactly_one_right_answer_and_an_explanation() {
    let mut orders = 0;
    for quiz in KNOWLEDGE_QUIZZES {
        for q in quiz.questions {
            assert!(
                q.prompt.is_complete() && q.explanation.is_complete(),
                "{}",
                q.id
            );
            assert!(q.choices.iter().all(|c| c.is_complete()), "{}", q.id);
            match q.kind {
                QuestionKind::Choice => {
                    assert!(q.correct < q.choices.len(), "{}", q.id);
                    // No two choices read the same, so only one is right.
                    let distinct: BTreeSet<&str> = q.choices.iter().map(|c| c.en).collect();
                    assert_eq!(distinct.len(), q.choices.len(), "{}", q.id);
                    let right: Vec<usize> = (0..q.choices.len())
                        .filter(|c| q.check(&QuizAnswer::Choice(*c)) == Ok(true))
                        .collect();
                    assert_eq!(right, vec![q.correct], "{}", q.id);
                }
                QuestionKind::Order { start } => {
                    orders += 1;
                    assert!(q.choices.len() >= 3, "{}", q.id);
                    let mut sorted = start.to_vec();
                    sorted.sort();
                    assert_eq!(sorted, (0..q.choices.len()).collect::<Vec<_>>(), "{}", q.id);
                    // The shuffled start leaves no item in its place.
                    assert!(
                        start.iter().enumerate().all(|(i, c)| i != *c),
                        "{}: start {start:?}",
                        q.id
                    );
                    assert_eq!(q.check(&QuizAnswer::Order(start.to_vec())), Ok(false));
                    let right: Vec<usize> = (0..q.choices.len()).collect();
                    assert_eq!(q.check(&QuizAnswer::Order(right)), Ok(true), "{}", q.id);
                }
            }
        }
    }
    assert!(orders >= 5, "{orders} ordering questions");
}

#[test]
fn the_workflow_ordering_question_follows_the_workflow() {
    use suitcase_core::model::career::WORKFLOW;
    let quiz = knowledge_quiz(QuizTopic::Order);
    let q = quiz
        .questions
        .iter()
        .find(|q| q.id == "ord-contract-to-wrap")
        .unwrap();
    let steps: Vec<&str> = WORKFLOW.iter().skip(7).map(|s| s.id).collect();
    assert_eq!(
        steps,
        [
            "contract",
            "pre-production",
            "production",
            "post-production",
            "wrap-up"
        ]
    );
    assert_eq!(q.choices.len(), steps.len());
}

#[test]
fn ordering_is_scored_all_or_nothing() {
    let quiz = knowledge_quiz(QuizTopic::Order);
    let n = quiz.questions.len();
    let right: Vec<Option<QuizAnswer>> = quiz
        .questions
        .iter()
        .map(|q| Some(QuizAnswer::Order((0..q.choices.len()).collect())))
        .collect();
    let s = score_answers(QuizTopic::Order, &right).unwrap();
    assert_eq!(
        (s.correct as usize, s.total as usize, s.percent()),
        (n, n, 100)
    );

    // One swap of neighbours in the first question makes it wrong.
    let mut one_off = right.clone();
    let mut order: Vec<usize> = (0..quiz.questions[0].choices.len()).collect();
    assert!(move_item(&mut order, 1, true));
    one_off[0] = Some(QuizAnswer::Order(order));
    let s = score_answers(QuizTopic::Order, &one_off).unwrap();
    assert_eq!(s.correct as usize, n - 1);
    assert!(!s.results[0] && s.results[1]);

    // Unanswered counts wrong; the start order is wrong.
    let starts: Vec<Option<QuizAnswer>> =
        quiz.questions.iter().map(|q| q.initial_answer()).collect();
    assert_eq!(score_answers(QuizTopic::Order, &starts).unwrap().correct, 0);
}

#[test]
fn malformed_answers_are_refused() {
    let quiz = knowledge_quiz(QuizTopic::Order);
    let q0 = &quiz.questions[0];
    let mut a: Vec<Option<QuizAnswer>> = vec![None; quiz.questions.len()];
    a[0] = Some(QuizAnswer::Order(vec![0, 0, 1, 2, 3, 4]));
    assert_eq!(
        score_answers(QuizTopic::Order, &a),
        Err(QuizError::NotAnOrder(q0.id.to_string()))
    );
    a[0] = Some(QuizAnswer::Order(vec![0, 1]));
    assert_eq!(
        score_answers(QuizTopic::Order, &a),
        Err(QuizError::NotAnOrder(q0.id.to_string()))
    );
    a[0] = Some(QuizAnswer::Choice(0));
    assert_eq!(
        score_answers(QuizTopic::Order, &a),
        Err(QuizError::WrongKind(q0.id.to_string()))
    );
    // The multiple-choice scorer still works for choice quizzes…
    let skills = knowledge_quiz(QuizTopic::Skills);
    let right: Vec<Option<usize>> = skills.questions.iter().map(|q| Some(q.correct)).collect();
    assert_eq!(
        score_quiz(QuizTopic::Skills, &right).unwrap().percent(),
        100
    );
    // …and refuses a choice for an ordering question.
    let n = quiz.questions.len();
    assert_eq!(
        score_quiz(QuizTopic::Order, &vec![Some(0); n]),
        Err(QuizError::WrongKind(q0.id.to_string()))
    );
}

#[test]
fn moving_items_stops_at_the_ends() {
    let mut o = vec![2, 0, 1];
    assert!(!move_item(&mut o, 0, true));
    assert!(!move_item(&mut o, 2, false));
    assert!(move_item(&mut o, 2, true));
    assert_eq!(o, vec![2, 1, 0]);
    assert!(move_item(&mut o, 0, false));
    assert_eq!(o, vec![1, 2, 0]);
}

#[test]
fn old_score_history_still_loads_and_new_topics_are_kept() {
    use suitcase_core::model::career::ScoreHistory;
    let json = r#"{"attempts":[{"topic":"kpis","date":"2025-03-01","correct":4,"total":6},
        {"topic":"roles","date":"2025-03-02","correct":5,"total":5}]}"#;
    let mut h: ScoreHistory = serde_json::from_str(json).unwrap();
    assert_eq!(h.latest(QuizTopic::Kpis).unwrap().percent(), 67);
    // The roles quiz grew; its old attempt keeps its own total.
    assert_eq!(h.latest(QuizTopic::Roles).unwrap().total, 5);
    let quiz = knowledge_quiz(QuizTopic::Order);
    let right: Vec<Option<QuizAnswer>> = quiz
        .questions
        .iter()
        .map(|q| Some(QuizAnswer::Order((0..q.choices.len()).collect())))
        .collect();
    let s = score_answers(QuizTopic::Order, &right).unwrap();
    h.record(&s, chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap());
    let back: ScoreHistory = serde_json::from_str(&serde_json::to_string(&h).unwrap()).unwrap();
    assert_eq!(back.latest(QuizTopic::Order).unwrap().percent(), 100);
}
