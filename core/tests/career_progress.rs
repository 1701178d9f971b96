//! The career progress record: changes as operations, and the checks a
//! backup's copy must pass.
use chrono::NaiveDate;
use suitcase_core::model::career::{
    quiz::{score_quiz, QuizTopic},
    readiness, role, suggest_role, CareerProgress, ProgressError, ProgressOp, Rating, SkillState,
    FIT_QUESTIONS, QUESTIONS,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn skill(id: &str, state: SkillState) -> ProgressOp {
    ProgressOp::Skill {
        skill_id: id.into(),
        state,
    }
}

#[test]
fn operations_change_the_record_and_refusals_change_nothing() {
    let mut p = CareerProgress::default();
    p.apply(&skill("negotiation", SkillState::Confident))
        .unwrap();
    p.apply(&skill("communication", SkillState::Learning))
        .unwrap();
    let before = p.clone();
    assert_eq!(
        p.apply(&skill("juggling", SkillState::Confident)),
        Err(ProgressError::UnknownSkill("juggling".into()))
    );
    assert_eq!(p, before);
    let am = readiness(role("account-manager").unwrap(), &p.skills);
    assert_eq!(am.confident, 1);

    let q = QUESTIONS[0].id;
    p.apply(&ProgressOp::Answer {
        question_id: q.into(),
        answer: "Chiến dịch Tết".into(),
    })
    .unwrap();
    p.apply(&ProgressOp::Review {
        question_id: q.into(),
        rating: Rating::Good,
        today: d(2026, 3, 1),
    })
    .unwrap();
    assert_eq!(p.deck.card(q).unwrap().answer, "Chiến dịch Tết");
    assert_eq!(p.deck.card(q).unwrap().schedule.due, Some(d(2026, 3, 3))); // Good on a new card: 2 days
    assert!(p
        .apply(&ProgressOp::Answer {
            question_id: q.into(),
            answer: "x".repeat(5001),
        })
        .is_err());
    assert_eq!(p.deck.card(q).unwrap().answer, "Chiến dịch Tết");

    let quiz = suitcase_core::model::career::knowledge_quiz(QuizTopic::Kpis);
    let answers: Vec<Option<usize>> = quiz.questions.iter().map(|q| Some(q.correct)).collect();
    let score = score_quiz(QuizTopic::Kpis, &answers).unwrap();
    p.apply(&ProgressOp::Quiz {
        score,
        today: d(2026, 3, 1),
    })
    .unwrap();
    assert_eq!(
        p.quiz_history.latest(QuizTopic::Kpis).unwrap().percent(),
        100
    );
    p.validate().expect("what the operations make is valid");

    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<CareerProgress>(&json).unwrap(), p);
    assert_eq!(
        serde_json::from_str::<CareerProgress>("{}").unwrap(),
        CareerProgress::default()
    );
}

#[test]
fn questionnaire_answers_replace_each_other_and_lead_to_a_suggestion() {
    let mut p = CareerProgress::default();
    assert!(!p.fit_complete());
    // Answer backwards, then change the first answer.
    for q in FIT_QUESTIONS.iter().rev() {
        p.apply(&ProgressOp::Fit {
            question_id: q.id.into(),
            option_id: q.options[0].id.into(),
        })
        .unwrap();
    }
    let first = &FIT_QUESTIONS[0];
    p.apply(&ProgressOp::Fit {
        question_id: first.id.into(),
        option_id: first.options[1].id.into(),
    })
    .unwrap();
    assert_eq!(p.fit_answers.len(), FIT_QUESTIONS.len());
    assert_eq!(p.fit_answers[0].question_id, first.id, "kept in order");
    assert_eq!(p.fit_choice(first.id), Some(first.options[1].id));
    assert!(p.fit_complete());
    assert!(suggest_role(&p.fit_answers).is_ok());
    assert!(p
        .apply(&ProgressOp::Fit {
            question_id: first.id.into(),
            option_id: "cats".into(),
        })
        .is_err());
    assert!(p
        .apply(&ProgressOp::Fit {
            question_id: "nope".into(),
            option_id: "people".into(),
        })
        .is_err());
    p.validate().unwrap();
    p.apply(&ProgressOp::ClearFit).unwrap();
    assert!(p.fit_answers.is_empty());
}

#[test]
fn impossible_records_are_refused() {
    let mut p = CareerProgress::default();
    p.apply(&ProgressOp::Review {
        question_id: QUESTIONS[1].id.into(),
        rating: Rating::Hard,
        today: d(2026, 1, 1),
    })
    .unwrap();
    p.validate().unwrap();

    let mut bad = p.clone();
    bad.deck.cards.values_mut().next().unwrap().schedule.due = Some(d(2025, 1, 1));
    assert!(matches!(bad.validate(), Err(ProgressError::BadSchedule(_))));

    let mut bad = p.clone();
    bad.skills
        .states
        .insert("<script>".into(), SkillState::Learning);
    assert!(matches!(bad.validate(), Err(ProgressError::BadId(_))));

    // A skill the content no longer has is allowed (kept, never counted).
    let mut old = p.clone();
    old.skills
        .states
        .insert("fax-machines".into(), SkillState::Confident);
    old.validate().unwrap();

    let mut bad = p.clone();
    bad.fit_answers = vec![
        suitcase_core::model::career::FitAnswer::new("energy", "people"),
        suitcase_core::model::career::FitAnswer::new("energy", "research"),
    ];
    assert!(bad.validate().is_err());

    let mut bad = p;
    for i in 0..1001 {
        bad.skills
            .states
            .insert(format!("s{i}"), SkillState::Learning);
    }
    assert_eq!(bad.validate(), Err(ProgressError::TooMany("skills")));
}

#[test]
fn the_id_tables_match_the_content_they_stand_for() {
    use suitcase_core::model::career::{questions::QUESTION_IDS, quiz::FIT_IDS};
    let questions: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(QUESTION_IDS, questions.as_slice());
    let fit: Vec<(&str, Vec<&str>)> = FIT_QUESTIONS
        .iter()
        .map(|q| (q.id, q.options.iter().map(|o| o.id).collect()))
        .collect();
    let table: Vec<(&str, Vec<&str>)> = FIT_IDS.iter().map(|(q, o)| (*q, o.to_vec())).collect();
    assert_eq!(table, fit);
}

#[test]
fn answers_to_unknown_fit_options_or_questions_are_refused() {
    let mut p = CareerProgress::default();
    let fit = |q: &str, o: &str| ProgressOp::Fit {
        question_id: q.into(),
        option_id: o.into(),
    };
    let q = &FIT_QUESTIONS[0];
    p.apply(&fit(q.id, q.options[0].id)).unwrap();
    let before = p.clone();
    assert!(p.apply(&fit(q.id, "no-such-option")).is_err());
    assert!(p.apply(&fit("no-such-question", q.options[0].id)).is_err());
    let review = ProgressOp::Review {
        question_id: "no-such-question".into(),
        rating: Rating::Good,
        today: d(2026, 12, 4),
    };
    assert!(p.apply(&review).is_err());
    assert_eq!(p, before);
    let known = ProgressOp::Review {
        question_id: QUESTIONS[0].id.into(),
        rating: Rating::Good,
        today: d(2026, 12, 4),
    };
    p.apply(&known).unwrap();
    assert!(p.deck.card(QUESTIONS[0].id).is_some());
}
