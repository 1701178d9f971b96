//! Interview practice that teaches: every question has a model answer and a
//! weak answer with reasons, in both languages; every role has questions.
use std::collections::BTreeSet;

use suitcase_core::model::career::{
    answers, questions_for_role, Answers, ModelAnswer, QuestionSource, ANSWERS, QUESTIONS, ROLES,
};
use suitcase_core::model::text::Text;

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn joined(parts: &[Text], vi: bool) -> String {
    parts
        .iter()
        .map(|t| if vi { t.vi } else { t.en })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_role_has_at_least_five_questions_and_seventy_in_all() {
    assert!(QUESTIONS.len() >= 70, "{} questions", QUESTIONS.len());
    for r in ROLES {
        let n = questions_for_role(r.slug).len();
        assert!(n >= 5, "{} has only {n} questions", r.slug);
    }
    // The sourced questions are still the nine of FACTS §9.
    let facts = QUESTIONS
        .iter()
        .filter(|q| q.source == QuestionSource::Facts)
        .count();
    assert_eq!(facts, 9);
}

#[test]
fn every_question_has_exactly_one_set_of_answers() {
    let ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
    let answered: Vec<&str> = ANSWERS.iter().map(|a| a.question_id).collect();
    assert_eq!(answered, ids, "answers follow QUESTIONS, one each");
    for q in QUESTIONS {
        assert_eq!(answers(q.id).map(|a| a.question_id), Some(q.id));
    }
    assert!(answers("no-such-question").is_none());
}

#[test]
fn model_answers_are_spoken_length_and_weak_answers_short() {
    for a in ANSWERS {
        let id = a.question_id;
        let parts = a.model.parts();
        let (en, vi) = (joined(&parts, false), joined(&parts, true));
        // A minute or two of speech. Vietnamese is counted in syllables,
        // which run about a third longer than English words.
        assert!(
            (80..=180).contains(&words(&en)),
            "{id}: model EN {} words",
            words(&en)
        );
        assert!(
            (80..=240).contains(&words(&vi)),
            "{id}: model VI {} syllables",
            words(&vi)
        );
        assert!(
            (30..=80).contains(&words(a.weak.en)),
            "{id}: weak EN {} words",
            words(a.weak.en)
        );
        assert!(
            (30..=110).contains(&words(a.weak.vi)),
            "{id}: weak VI {} syllables",
            words(a.weak.vi)
        );
        assert!(
            (1..=3).contains(&a.weak_why.len()),
            "{id}: {} reasons",
            a.weak_why.len()
        );
        for t in parts.iter().chain([&a.weak]).chain(a.weak_why) {
            assert!(t.is_complete(), "{id}: a text lacks a language");
            assert_ne!(t.en, t.vi, "{id}: untranslated text");
            assert!(
                !t.vi.is_ascii(),
                "{id}: Vietnamese without diacritics: {}",
                t.vi
            );
        }
        if let ModelAnswer::Spoken(p) = a.model {
            assert!((1..=3).contains(&p.len()), "{id}: {} paragraphs", p.len());
        }
    }
}

/// Questions about the past ("Tell me about a time…") are answered in STAR.
#[test]
fn questions_about_the_past_are_answered_in_star() {
    let past = |q: &str| {
        let q = q.to_lowercase();
        q.starts_with("tell me about")
            || q.starts_with("describe a time")
            || q.starts_with("share a time")
    };
    let mut star = 0;
    for q in QUESTIONS {
        let a: &Answers = answers(q.id).unwrap();
        if past(q.prompt.en) {
            assert!(
                a.model.is_star(),
                "{}: a question about the past needs STAR",
                q.id
            );
        }
        if a.model.is_star() {
            star += 1;
            assert_eq!(a.model.parts().len(), 4, "{}", q.id);
        }
    }
    assert!(star >= 12, "only {star} STAR answers");
}

#[test]
fn answers_are_not_templated() {
    // No two answers open the same way, and no weak-answer reason is
    // repeated word for word across questions.
    let mut openings = BTreeSet::new();
    let mut reasons = BTreeSet::new();
    for a in ANSWERS {
        let first = a.model.parts()[0].en;
        let opening: Vec<&str> = first.split_whitespace().take(6).collect();
        assert!(
            openings.insert(opening.join(" ")),
            "{}: same opening as another answer",
            a.question_id
        );
        for r in a.weak_why {
            assert!(
                reasons.insert(r.en),
                "{}: reason used twice: {}",
                a.question_id,
                r.en
            );
        }
    }
}
