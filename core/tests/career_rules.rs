//! The career guide's rules: readiness, flashcard scheduling, quizzes,
//! role suggestion and search.
use chrono::NaiveDate;
use suitcase_core::model::career::{
    fold,
    quiz::{score_quiz, suggest_role, FitAnswer, QuizError, QuizTopic, ScoreHistory, HISTORY_MAX},
    readiness, role, search,
    skills::readiness_all,
    srs::{CardSchedule, Deck, FlashcardError, Rating, MAX_INTERVAL_DAYS, MIN_EASE, START_EASE},
    HitKind, SkillState, SkillStates, FIT_QUESTIONS, KNOWLEDGE_QUIZZES, QUESTIONS,
};
use suitcase_core::model::text::Lang;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

// --- readiness -------------------------------------------------------------

#[test]
fn a_shared_skill_counts_in_every_role_that_uses_it() {
    let mut states = SkillStates::default();
    assert!(states.set("negotiation", SkillState::Confident));
    assert!(states.set("communication", SkillState::Learning));
    let am = readiness(role("account-manager").unwrap(), &states);
    let kam = readiness(role("key-account-manager").unwrap(), &states);
    let ae = readiness(role("account-executive").unwrap(), &states);
    let planner = readiness(role("account-planner").unwrap(), &states);
    assert_eq!((am.confident, am.learning), (1, 1));
    assert_eq!((kam.confident, kam.learning), (1, 1));
    assert_eq!((ae.confident, ae.learning), (1, 1));
    assert_eq!((planner.confident, planner.learning), (0, 0));
    assert_eq!(ae.total, role("account-executive").unwrap().skills.len());
    assert_eq!(ae.confident + ae.learning + ae.not_yet, ae.total);
    // Learning is reported but does not count as having the skill.
    assert_eq!(ae.percent(), (100 + ae.total / 2) as u32 / ae.total as u32);
    assert!(!ae.is_complete());
    let all = readiness_all(&states);
    assert_eq!(all.iter().filter(|r| r.confident == 1).count(), 8);
}

#[test]
fn readiness_complete_when_every_skill_is_confident() {
    let r = role("account-coordinator").unwrap();
    let mut states = SkillStates::default();
    for s in r.skills {
        states.set(s, SkillState::Confident);
    }
    let ready = readiness(r, &states);
    assert!(ready.is_complete());
    assert_eq!(ready.percent(), 100);
    assert_eq!(ready.confident, r.skills.len());
}

#[test]
fn skill_states_stay_small_and_survive_storage() {
    let mut states = SkillStates::default();
    assert!(
        !states.set("juggling", SkillState::Confident),
        "unknown skill"
    );
    states.set("presentation", SkillState::Learning);
    states.set("presentation", SkillState::NotYet);
    assert!(states.states.is_empty(), "NotYet is not stored");
    states.set("budget-control", SkillState::Confident);
    let json = serde_json::to_string(&states).unwrap();
    assert_eq!(json, r#"{"states":{"budget-control":"confident"}}"#);
    let back: SkillStates = serde_json::from_str(&json).unwrap();
    assert_eq!(back, states);
    let empty: SkillStates = serde_json::from_str("{}").unwrap();
    assert_eq!(empty.get("budget-control"), SkillState::NotYet);
    // An id from an older content version is kept but never counted.
    let old: SkillStates =
        serde_json::from_str(r#"{"states":{"fax-machines":"confident"}}"#).unwrap();
    assert!(readiness_all(&old).iter().all(|r| r.confident == 0));
}

// --- flashcards ------------------------------------------------------------

#[test]
fn good_ratings_grow_the_interval_sm2_style() {
    let s0 = CardSchedule::default();
    assert_eq!(s0.ease, START_EASE);
    assert_eq!(s0.due, None);
    let s1 = s0.next(Rating::Good, d(2025, 1, 1));
    assert_eq!((s1.interval_days, s1.repetitions, s1.ease), (2, 1, 2500));
    assert_eq!(s1.due, Some(d(2025, 1, 3)));
    let s2 = s1.next(Rating::Good, d(2025, 1, 3));
    assert_eq!((s2.interval_days, s2.due), (5, Some(d(2025, 1, 8))));
    let s3 = s2.next(Rating::Good, d(2025, 1, 8));
    assert_eq!((s3.interval_days, s3.due), (13, Some(d(2025, 1, 21)))); // 5 × 2.5 = 12.5
    let s4 = s3.next(Rating::Good, d(2025, 1, 21));
    assert_eq!(s4.interval_days, 33); // 13 × 2.5 = 32.5, rounded half up
    assert_eq!(s4.reviews, 4);
    assert_eq!(s4.last_rating, Some(Rating::Good));
    assert_eq!(s4.last_reviewed, Some(d(2025, 1, 21)));
}

#[test]
fn easy_and_hard_move_the_ease() {
    let today = d(2025, 3, 1);
    let e = CardSchedule::default()
        .next(Rating::Easy, today)
        .next(Rating::Easy, today)
        .next(Rating::Easy, today);
    assert_eq!(e.ease, 2800);
    assert_eq!(e.interval_days, 51); // 4, then 4 × 2.7 × 1.3 = 14.04, then 14 × 2.8 × 1.3 = 50.96
    let h = CardSchedule::default()
        .next(Rating::Hard, today)
        .next(Rating::Hard, today)
        .next(Rating::Hard, today);
    assert_eq!(h.ease, 2080);
    assert_eq!(h.interval_days, 3); // 1, then at least a day more each time: 2, 3
}

#[test]
fn a_lapse_resets_the_card_but_remembers_it() {
    let s = CardSchedule::default()
        .next(Rating::Good, d(2025, 1, 1))
        .next(Rating::Good, d(2025, 1, 3))
        .next(Rating::Good, d(2025, 1, 8));
    assert_eq!(s.interval_days, 13);
    let lapsed = s.next(Rating::Again, d(2025, 1, 21));
    assert_eq!(lapsed.repetitions, 0);
    assert_eq!(lapsed.interval_days, 0);
    assert_eq!(lapsed.lapses, 1);
    assert_eq!(lapsed.ease, 2300);
    assert_eq!(
        lapsed.due,
        Some(d(2025, 1, 21)),
        "Again: due again the same day"
    );
    assert!(lapsed.is_due(d(2025, 1, 21)));
    // After a lapse the card starts over like a new one (with its lower ease).
    assert_eq!(lapsed.preview(), CardSchedule::default().preview());
    let again = lapsed
        .next(Rating::Good, d(2025, 1, 21))
        .next(Rating::Good, d(2025, 1, 23));
    assert_eq!(again.interval_days, 5); // 2 × 2.3 = 4.6
    assert_eq!(again.lapses, 1);
    // Ease never falls below its floor.
    let mut floor = CardSchedule::default();
    for _ in 0..20 {
        floor = floor.next(Rating::Again, d(2025, 1, 1));
    }
    assert_eq!(floor.ease, MIN_EASE);
    assert_eq!(floor.lapses, 20);
}

#[test]
fn intervals_are_capped() {
    let mut s = CardSchedule::default();
    let mut day = d(2025, 1, 1);
    for _ in 0..15 {
        s = s.next(Rating::Easy, day);
        day = s.due.unwrap();
    }
    assert_eq!(s.interval_days, MAX_INTERVAL_DAYS);
    // At the cap the four ratings still lead to four different dates.
    assert_eq!(
        s.preview(),
        [
            0,
            MAX_INTERVAL_DAYS - 2,
            MAX_INTERVAL_DAYS - 1,
            MAX_INTERVAL_DAYS
        ]
    );
}

/// The previews of a card are four different intervals, in rating order.
fn assert_distinct_increasing(s: &CardSchedule, what: &str) {
    let p = s.preview();
    assert_eq!(p[0], 0, "{what}: Again is today");
    assert!(
        p.windows(2).all(|w| w[0] < w[1]),
        "{what}: previews {p:?} must be strictly increasing"
    );
    for (i, r) in Rating::ALL.into_iter().enumerate() {
        assert_eq!(s.interval_for(r), p[i], "{what}: {r:?}");
        assert_eq!(
            s.next(r, d(2025, 1, 1)).interval_days,
            p[i],
            "{what}: {r:?}"
        );
    }
}

#[test]
fn every_rating_gives_its_own_interval_from_the_first_review() {
    // A new card: today, 1, 2, 4 days.
    assert_eq!(CardSchedule::default().preview(), [0, 1, 2, 4]);
    // After 1 to 8 reviews, for every first rating and every later one.
    let today = d(2025, 1, 1);
    for first in Rating::ALL {
        for then in Rating::ALL {
            let mut s = CardSchedule::default();
            for n in 1..=8 {
                s = s.next(if n == 1 { first } else { then }, today);
                assert_distinct_increasing(&s, &format!("{first:?} then {then:?}, {n} reviews"));
            }
        }
    }
    // Spelled out for Good, Good, Good…: 2, 5, 13 days so far.
    let good = |n: usize| (0..n).fold(CardSchedule::default(), |s, _| s.next(Rating::Good, today));
    assert_eq!(good(1).preview(), [0, 3, 5, 7]);
    assert_eq!(good(2).preview(), [0, 6, 13, 17]);
    assert_eq!(good(5).preview(), [0, 100, 208, 281]); // after 2, 5, 13, 33, 83 days
                                                       // Very low ease still keeps the order.
    let mut low = CardSchedule::default();
    for _ in 0..10 {
        low = low.next(Rating::Again, today);
    }
    low = low.next(Rating::Hard, today).next(Rating::Hard, today);
    assert_eq!(low.ease, MIN_EASE);
    assert_distinct_increasing(&low, "lowest ease");
}

#[test]
fn an_old_saved_card_still_loads_and_gets_four_different_previews() {
    // A card as the previous schedule stored it (1 day, then 6 days).
    let old = r#"{"cards":{"kam-largest-project":{"question_id":"kam-largest-project",
        "answer":"Tết campaign, 1.2 billion VND","schedule":{"ease":2360,"interval_days":6,
        "repetitions":2,"lapses":1,"due":"2025-05-20","last_reviewed":"2025-05-14",
        "last_rating":"hard","reviews":4}},
        "why-account":{"question_id":"why-account","answer":"","schedule":{"ease":2300,
        "interval_days":1,"repetitions":0,"lapses":1,"due":"2025-05-15",
        "last_reviewed":"2025-05-14","last_rating":"again","reviews":1}}}}"#;
    let deck: Deck = serde_json::from_str(old).unwrap();
    let card = deck.card("kam-largest-project").unwrap();
    assert_eq!(card.answer, "Tết campaign, 1.2 billion VND");
    assert_eq!(card.schedule.due, Some(d(2025, 5, 20)));
    assert_eq!(card.schedule.last_rating, Some(Rating::Hard));
    assert_eq!(deck.due(d(2025, 5, 20)).len(), 2);
    // 6 days before: Hard 6 × 1.2 = 7.2, Good 6 × 2.36 = 14.16, Easy 6 × 2.46 × 1.3 = 19.19.
    assert_eq!(card.schedule.preview(), [0, 7, 14, 19]);
    let lapsed = &deck.card("why-account").unwrap().schedule;
    assert_eq!(lapsed.preview(), [0, 1, 2, 4]);
    // A schedule missing newer or older fields falls back to defaults.
    let sparse: Deck =
        serde_json::from_str(r#"{"cards":{"why-account":{"schedule":{"interval_days":3}}}}"#)
            .unwrap();
    assert_eq!(
        sparse.card("why-account").unwrap().schedule.ease,
        START_EASE
    );
}

#[test]
fn the_deck_keeps_answers_and_lists_what_is_due() {
    let mut deck = Deck::default();
    let q1 = QUESTIONS[0].id;
    let q2 = QUESTIONS[1].id;
    let q3 = QUESTIONS[2].id;
    deck.set_answer(q1, "I ran the Tết campaign for a dairy brand…")
        .unwrap();
    assert_eq!(
        deck.card(q1).unwrap().schedule.due,
        None,
        "written, not reviewed"
    );
    let today = d(2025, 6, 1);
    assert!(deck.due(today).is_empty(), "new cards are not due");
    assert_eq!(deck.new_questions(None, 2)[0].id, q1);

    deck.review(q1, Rating::Good, today).unwrap(); // due 06-03
    deck.review(q2, Rating::Again, d(2025, 5, 30)).unwrap(); // due 05-30
    deck.review(q3, Rating::Good, today).unwrap();
    deck.review(q3, Rating::Good, d(2025, 6, 3)).unwrap(); // due 06-08
    assert_eq!(
        deck.card(q1).unwrap().answer,
        "I ran the Tết campaign for a dairy brand…",
        "the answer survives reviews"
    );

    let due: Vec<&str> = deck
        .due(today)
        .iter()
        .map(|c| c.question_id.as_str())
        .collect();
    assert_eq!(due, [q2]);
    let due: Vec<&str> = deck
        .due(d(2025, 6, 3))
        .iter()
        .map(|c| c.question_id.as_str())
        .collect();
    assert_eq!(due, [q2, q1], "most overdue first");
    assert_eq!(deck.due(d(2025, 6, 8)).len(), 3);
    assert_eq!(deck.next_due_after(today), Some(d(2025, 6, 3)));
    assert!(deck
        .new_questions(None, 100)
        .iter()
        .all(|q| ![q1, q2, q3].contains(&q.id)));
    assert!(deck
        .new_questions(Some("technical-account-manager"), 100)
        .iter()
        .all(|q| q.roles.contains(&"technical-account-manager")));

    assert_eq!(
        deck.review("no-such-question", Rating::Good, today),
        Err(FlashcardError::UnknownQuestion("no-such-question".into()))
    );
    assert_eq!(
        deck.set_answer(q1, &"x".repeat(5001)),
        Err(FlashcardError::AnswerTooLong)
    );

    let json = serde_json::to_string(&deck).unwrap();
    let back: Deck = serde_json::from_str(&json).unwrap();
    assert_eq!(back, deck);
    let empty: Deck = serde_json::from_str("{}").unwrap();
    assert!(empty.cards.is_empty());
    let partial: Deck =
        serde_json::from_str(r#"{"cards":{"kam-rate-yourself":{"answer":"7"}}}"#).unwrap();
    assert_eq!(
        partial.card("kam-rate-yourself").unwrap().schedule.ease,
        START_EASE
    );
}

// --- knowledge quizzes -------------------------------------------------------

#[test]
fn quiz_scoring() {
    let quiz = &KNOWLEDGE_QUIZZES[0];
    let perfect: Vec<Option<usize>> = quiz.questions.iter().map(|q| Some(q.correct)).collect();
    let s = score_quiz(quiz.topic, &perfect).unwrap();
    assert_eq!((s.correct, s.total, s.percent()), (6, 6, 100));

    let mut mixed = perfect.clone();
    mixed[0] = None; // skipped counts as wrong
    mixed[1] = Some((quiz.questions[1].correct + 1) % quiz.questions[1].choices.len());
    let s = score_quiz(quiz.topic, &mixed).unwrap();
    assert_eq!((s.correct, s.percent()), (4, 67));
    assert_eq!(s.results[..3], [false, false, true]);

    assert_eq!(
        score_quiz(quiz.topic, &perfect[..2]),
        Err(QuizError::WrongLength {
            expected: 6,
            got: 2
        })
    );
    let mut bad = perfect.clone();
    bad[2] = Some(99);
    assert!(matches!(
        score_quiz(quiz.topic, &bad),
        Err(QuizError::ChoiceOutOfRange { choice: 99, .. })
    ));
}

#[test]
fn score_history() {
    let mut h = ScoreHistory::default();
    let n = KNOWLEDGE_QUIZZES[1].questions.len();
    let s1 = score_quiz(QuizTopic::Documents, &vec![None; n]).unwrap();
    let all: Vec<Option<usize>> = KNOWLEDGE_QUIZZES[1]
        .questions
        .iter()
        .map(|q| Some(q.correct))
        .collect();
    let s2 = score_quiz(QuizTopic::Documents, &all).unwrap();
    h.record(&s1, d(2025, 1, 1));
    h.record(&s2, d(2025, 1, 2));
    h.record(&s1, d(2025, 1, 3));
    assert_eq!(h.for_topic(QuizTopic::Documents).len(), 3);
    assert!(h.for_topic(QuizTopic::Kpis).is_empty());
    assert_eq!(h.best(QuizTopic::Documents).unwrap().date, d(2025, 1, 2));
    assert_eq!(h.latest(QuizTopic::Documents).unwrap().date, d(2025, 1, 3));
    assert_eq!(h.latest(QuizTopic::Documents).unwrap().percent(), 0);
    assert_eq!(h.attempts[0].topic, "documents");
    assert_eq!(QuizTopic::from_id("documents"), Some(QuizTopic::Documents));

    let json = serde_json::to_string(&h).unwrap();
    assert_eq!(serde_json::from_str::<ScoreHistory>(&json).unwrap(), h);
    assert_eq!(
        serde_json::from_str::<ScoreHistory>("{}").unwrap(),
        ScoreHistory::default()
    );
    for i in 0..HISTORY_MAX {
        h.record(&s2, d(2025, 2, 1) + chrono::Days::new(i as u64));
    }
    assert_eq!(h.attempts.len(), HISTORY_MAX);
    assert_eq!(h.attempts[0].date, d(2025, 2, 1), "oldest dropped first");
}

// --- role suggestion -----------------------------------------------------------

fn answers(picks: &[(&str, &str)]) -> Vec<FitAnswer> {
    picks.iter().map(|(q, o)| FitAnswer::new(q, o)).collect()
}

#[test]
fn suggests_a_technical_account_manager_with_reasons() {
    let a = answers(&[
        ("energy", "how-it-works"),
        ("experience", "technical"),
        ("deadlines", "draining"),
        ("numbers", "money"),
        ("disagreement", "explain"),
        ("clients", "few-big"),
        ("success", "fix"),
        ("cultures", "local"),
    ]);
    let s = suggest_role(&a).unwrap();
    assert_eq!(s.top.slug, "technical-account-manager");
    assert_eq!(
        s.ranking[0],
        ("technical-account-manager", 4 + 4 + 2 + 2 + 3)
    );
    assert_eq!(
        s.reasons.len(),
        5,
        "one reason per answer that pointed there"
    );
    // Strongest first: the two answers worth 4 points.
    assert!(s.reasons[0].en.contains("technical detail"));
    assert!(s.reasons[1].en.contains("technical background"));
    assert!(s.reasons.iter().all(|r| r.is_complete()));
    assert!(!s.also_consider.is_empty());
    assert!(s.also_consider.iter().all(|r| r.slug != s.top.slug));
}

#[test]
fn suggests_other_roles_for_other_people() {
    let planner = answers(&[
        ("energy", "research"),
        ("experience", "student"),
        ("deadlines", "draining"),
        ("numbers", "words"),
        ("disagreement", "evidence"),
        ("clients", "brands"),
        ("success", "idea"),
        ("cultures", "local"),
    ]);
    assert_eq!(suggest_role(&planner).unwrap().top.slug, "account-planner");

    let student = answers(&[
        ("energy", "people"),
        ("experience", "student"),
        ("deadlines", "exciting"),
        ("numbers", "words"),
        ("disagreement", "compromise"),
        ("clients", "brands"),
        ("success", "idea"),
        ("cultures", "local"),
    ]);
    assert_eq!(
        suggest_role(&student).unwrap().top.slug,
        "account-executive"
    );

    let global = answers(&[
        ("energy", "people"),
        ("experience", "clients"),
        ("deadlines", "draining"),
        ("numbers", "words"),
        ("disagreement", "evidence"),
        ("clients", "global"),
        ("success", "renewal"),
        ("cultures", "love"),
    ]);
    let s = suggest_role(&global).unwrap();
    assert_eq!(s.top.slug, "global-account-manager");
    assert_eq!(s.ranking[0].1, 9);
    assert_eq!(s.reasons.len(), 2);

    // Ties go to the role listed first (the agency ladder before the rest).
    let tie = answers(&[
        ("energy", "people"),
        ("experience", "clients"),
        ("deadlines", "plannable"),
        ("numbers", "money"),
        ("disagreement", "firm"),
        ("clients", "global"),
        ("success", "renewal"),
        ("cultures", "love"),
    ]);
    let s = suggest_role(&tie).unwrap();
    assert_eq!(s.ranking[0], ("account-manager", 12));
    assert_eq!(s.ranking[1], ("key-account-manager", 12));
    assert_eq!(s.top.slug, "account-manager");
}

#[test]
fn every_role_can_be_suggested() {
    // Try every combination of answers.
    let mut tops = std::collections::BTreeSet::new();
    let mut idx = vec![0usize; FIT_QUESTIONS.len()];
    loop {
        let a: Vec<FitAnswer> = FIT_QUESTIONS
            .iter()
            .zip(&idx)
            .map(|(q, i)| FitAnswer::new(q.id, q.options[*i].id))
            .collect();
        tops.insert(suggest_role(&a).unwrap().top.slug);
        let mut k = 0;
        loop {
            if k == idx.len() {
                let missing: Vec<&str> = suitcase_core::model::career::ROLES
                    .iter()
                    .map(|r| r.slug)
                    .filter(|s| !tops.contains(s))
                    .collect();
                assert!(missing.is_empty(), "never suggested: {missing:?}");
                return;
            }
            idx[k] += 1;
            if idx[k] < FIT_QUESTIONS[k].options.len() {
                break;
            }
            idx[k] = 0;
            k += 1;
        }
    }
}

#[test]
fn the_questionnaire_must_be_answered_properly() {
    let mut a: Vec<FitAnswer> = FIT_QUESTIONS
        .iter()
        .map(|q| FitAnswer::new(q.id, q.options[0].id))
        .collect();
    assert!(suggest_role(&a).is_ok());
    let last = a.pop().unwrap();
    assert_eq!(
        suggest_role(&a),
        Err(QuizError::Unanswered(last.question_id.clone()))
    );
    a.push(last.clone());
    a.push(last.clone());
    assert_eq!(
        suggest_role(&a),
        Err(QuizError::AnsweredTwice(last.question_id.clone()))
    );
    a.pop();
    a[0].option_id = "nonsense".into();
    assert!(matches!(
        suggest_role(&a),
        Err(QuizError::UnknownOption { .. })
    ));
    a[0] = FitAnswer::new("zodiac", "leo");
    assert_eq!(
        suggest_role(&a),
        Err(QuizError::UnknownQuestion("zodiac".into()))
    );
}

// --- search ----------------------------------------------------------------------

fn ids(q: &str, lang: Lang) -> Vec<(HitKind, &'static str)> {
    search(q, lang, 50).iter().map(|h| (h.kind, h.id)).collect()
}

#[test]
fn folding() {
    assert_eq!(fold("Giải Brief"), "giai brief");
    assert_eq!(fold("ĐÀM PHÁN đề xuất"), "dam phan de xuat");
    assert_eq!(fold("gia\u{309}i"), "giai", "decomposed marks");
    assert_eq!(fold("Người đi săn"), "nguoi di san");
}

#[test]
fn search_ignores_diacritics_and_case() {
    for q in [
        "giai brief",
        "giải brief",
        "GIẢI BRIEF",
        "gia\u{309}i brief",
    ] {
        let hits = search(q, Lang::Vi, 10);
        let top2: Vec<&str> = hits.iter().take(2).map(|h| h.id).collect();
        assert!(top2.contains(&"giai-brief"), "{q}: {hits:?}");
        assert!(top2.contains(&"brief-writing"), "{q}: {hits:?}");
        assert_eq!(hits[0].kind, HitKind::WorkflowStep, "{q}");
    }
    // Typed with diacritics, the exact spelling ranks no lower.
    let plain = search("giai brief", Lang::Vi, 1)[0].score;
    let exact = search("giải brief", Lang::Vi, 1)[0].score;
    assert!(exact > plain);
}

#[test]
fn search_in_vietnamese_finds_vietnamese_text() {
    for q in ["đàm phán", "dam phan", "ĐÀM PHÁN"] {
        let hits = search(q, Lang::Vi, 20);
        let neg = hits.iter().find(|h| h.id == "negotiation").expect(q);
        assert_eq!(neg.kind, HitKind::Skill);
        assert_eq!(neg.lang, Lang::Vi);
        assert!(fold(neg.matched).contains("dam phan"), "{}", neg.matched);
    }
    let hits = ids("người đi săn", Lang::En);
    assert!(
        hits.contains(&(HitKind::Topic, "account-vs-sales")),
        "{hits:?}"
    );
    let hits = ids("cong no", Lang::Vi);
    assert!(
        hits.contains(&(HitKind::Role, "key-account-manager")),
        "{hits:?}"
    );
    let hits = search("thanh ly hop dong", Lang::Vi, 5);
    assert_eq!(
        (hits[0].kind, hits[0].id),
        (HitKind::WorkflowStep, "wrap-up")
    );
    assert_eq!(hits[0].lang, Lang::Vi);
}

#[test]
fn search_in_english() {
    let hits = search("hunter", Lang::En, 10);
    assert!(hits
        .iter()
        .any(|h| h.id == "account-vs-sales" && h.lang == Lang::En));
    let hits = search("KAM", Lang::En, 5);
    assert_eq!(
        (hits[0].kind, hits[0].id),
        (HitKind::Role, "key-account-manager")
    );
    let hits = search("contact report", Lang::En, 5);
    assert_eq!(
        (hits[0].kind, hits[0].id),
        (HitKind::Tool, "contact-report")
    );
    let hits = search("Net Promoter", Lang::Vi, 5);
    assert_eq!((hits[0].kind, hits[0].id), (HitKind::Kpi, "nps"));
    let hits = ids("negotiat", Lang::En);
    assert!(
        hits.contains(&(HitKind::Skill, "negotiation")),
        "prefixes match"
    );
    let hits = ids("renew", Lang::En);
    assert!(
        hits.contains(&(HitKind::Question, "renewal-risk")),
        "{hits:?}"
    );
}

#[test]
fn search_prefers_the_ui_language_on_ties_and_handles_nothing() {
    // "proposal" is used in both languages.
    let en = search("proposal", Lang::En, 50);
    let vi = search("proposal", Lang::Vi, 50);
    assert!(!en.is_empty());
    let step_en = en.iter().find(|h| h.id == "internal-review").unwrap();
    let step_vi = vi.iter().find(|h| h.id == "internal-review").unwrap();
    assert_eq!(step_en.lang, Lang::En);
    assert_eq!(step_vi.lang, Lang::Vi);
    assert!(search("", Lang::En, 10).is_empty());
    assert!(search("  ,. ", Lang::En, 10).is_empty());
    assert!(search("zzqxv", Lang::Vi, 10).is_empty());
    assert_eq!(search("brief", Lang::En, 3).len(), 3);
    // Ranked best first.
    let hits = search("brief", Lang::En, 50);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
}
