//! The user's own progress in the career guide, kept as one record: the
//! skill checklist, the interview flashcards, the quiz score history and the
//! answers to "which role suits me".
//!
//! Changes are small operations ([`ProgressOp`]) applied to the record, so
//! the UI can re-apply them to the newest stored copy (another tab may have
//! saved in between) and nothing either tab did is lost.
use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::quiz::{
    fit_options, FitAnswer, QuizError, QuizScore, QuizTopic, ScoreHistory, FIT_IDS, HISTORY_MAX,
};
use super::skills::{SkillState, SkillStates};
use super::srs::{Deck, FlashcardError, Rating, ANSWER_MAX, MAX_INTERVAL_DAYS, MIN_EASE};
use crate::model::ids::is_valid_id;

/// The id of the single progress record.
pub const PROGRESS_ID: &str = "progress";
/// Most entries of any list in the record (skills, cards), so an imported
/// file cannot make the record huge.
pub const MAX_ENTRIES: usize = 1000;

/// Everything the user has done in the career guide.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CareerProgress {
    pub skills: SkillStates,
    pub deck: Deck,
    pub quiz_history: ScoreHistory,
    /// Answers to the role questionnaire so far (one per question at most).
    pub fit_answers: Vec<FitAnswer>,
}

/// One change to the progress record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgressOp {
    /// Sets a skill's state.
    Skill { skill_id: String, state: SkillState },
    /// Keeps the user's written answer to an interview question.
    Answer { question_id: String, answer: String },
    /// Rates a flashcard on `today`.
    Review {
        question_id: String,
        rating: Rating,
        today: NaiveDate,
    },
    /// Records a finished knowledge quiz.
    Quiz { score: QuizScore, today: NaiveDate },
    /// Chooses an option of the role questionnaire (replacing an earlier
    /// choice for the same question).
    Fit {
        question_id: String,
        option_id: String,
    },
    /// Clears the questionnaire.
    ClearFit,
}

/// Why a change or a stored record was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProgressError {
    #[error("unknown skill {0}")]
    UnknownSkill(String),
    #[error(transparent)]
    Flashcard(#[from] FlashcardError),
    #[error(transparent)]
    Quiz(#[from] QuizError),
    #[error("{0} is not a valid id")]
    BadId(String),
    #[error("more than {MAX_ENTRIES} entries in {0}")]
    TooMany(&'static str),
    #[error("card {key} holds question {inside}")]
    CardMismatch { key: String, inside: String },
    #[error("card {0} has an impossible schedule")]
    BadSchedule(String),
    #[error("quiz attempt {0} is impossible")]
    BadAttempt(usize),
}

impl CareerProgress {
    /// Applies one change; on error nothing is changed.
    pub fn apply(&mut self, op: &ProgressOp) -> Result<(), ProgressError> {
        match op {
            ProgressOp::Skill { skill_id, state } => {
                if !self.skills.set(skill_id, *state) {
                    return Err(ProgressError::UnknownSkill(skill_id.clone()));
                }
            }
            ProgressOp::Answer {
                question_id,
                answer,
            } => self.deck.set_answer(question_id, answer)?,
            ProgressOp::Review {
                question_id,
                rating,
                today,
            } => {
                self.deck.review(question_id, *rating, *today)?;
            }
            ProgressOp::Quiz { score, today } => self.quiz_history.record(score, *today),
            ProgressOp::Fit {
                question_id,
                option_id,
            } => {
                let options = fit_options(question_id)
                    .ok_or_else(|| QuizError::UnknownQuestion(question_id.clone()))?;
                if !options.contains(&option_id.as_str()) {
                    return Err(QuizError::UnknownOption {
                        question: question_id.clone(),
                        option: option_id.clone(),
                    }
                    .into());
                }
                self.fit_answers.retain(|a| a.question_id != *question_id);
                self.fit_answers
                    .push(FitAnswer::new(question_id, option_id));
                // Questionnaire order, so the record reads the same way
                // whatever the order of clicks.
                crate::sort::by_key(&mut self.fit_answers, |a| {
                    FIT_IDS
                        .iter()
                        .position(|(q, _)| *q == a.question_id)
                        .unwrap_or(usize::MAX)
                });
            }
            ProgressOp::ClearFit => self.fit_answers.clear(),
        }
        Ok(())
    }

    /// The option chosen for a questionnaire question, if any.
    pub fn fit_choice(&self, question_id: &str) -> Option<&str> {
        self.fit_answers
            .iter()
            .find(|a| a.question_id == question_id)
            .map(|a| a.option_id.as_str())
    }

    /// True when every questionnaire question has an answer.
    pub fn fit_complete(&self) -> bool {
        FIT_IDS.iter().all(|(q, _)| self.fit_choice(q).is_some())
    }

    /// Checks a record read from a backup file. Ids of skills or questions
    /// the content no longer has are allowed (they are kept, never counted),
    /// but every id must be well formed and every number possible.
    pub fn validate(&self) -> Result<(), ProgressError> {
        if self.skills.states.len() > MAX_ENTRIES {
            return Err(ProgressError::TooMany("skills"));
        }
        for id in self.skills.states.keys() {
            if !is_valid_id(id) {
                return Err(ProgressError::BadId(id.clone()));
            }
        }
        if self.deck.cards.len() > MAX_ENTRIES {
            return Err(ProgressError::TooMany("flashcards"));
        }
        for (key, card) in &self.deck.cards {
            if !is_valid_id(key) {
                return Err(ProgressError::BadId(key.clone()));
            }
            if !card.question_id.is_empty() && card.question_id != *key {
                return Err(ProgressError::CardMismatch {
                    key: key.clone(),
                    inside: card.question_id.clone(),
                });
            }
            if card.answer.chars().count() > ANSWER_MAX {
                return Err(FlashcardError::AnswerTooLong.into());
            }
            let s = &card.schedule;
            let reviewed = s.reviews > 0;
            if s.ease < MIN_EASE
                || s.ease > 10_000
                || s.interval_days > MAX_INTERVAL_DAYS
                || s.repetitions > s.reviews
                || s.lapses > s.reviews
                || reviewed != s.due.is_some()
                || reviewed != s.last_reviewed.is_some()
                || reviewed != s.last_rating.is_some()
                || matches!((s.last_reviewed, s.due), (Some(l), Some(d)) if d <= l)
            {
                return Err(ProgressError::BadSchedule(key.clone()));
            }
        }
        if self.quiz_history.attempts.len() > HISTORY_MAX {
            return Err(ProgressError::TooMany("quiz history"));
        }
        for (i, a) in self.quiz_history.attempts.iter().enumerate() {
            if QuizTopic::from_id(&a.topic).is_none() || a.total == 0 || a.correct > a.total {
                return Err(ProgressError::BadAttempt(i));
            }
        }
        let mut seen = BTreeSet::new();
        for a in &self.fit_answers {
            if !seen.insert(a.question_id.as_str()) {
                return Err(QuizError::AnsweredTwice(a.question_id.clone()).into());
            }
            let mut again = CareerProgress::default();
            again.apply(&ProgressOp::Fit {
                question_id: a.question_id.clone(),
                option_id: a.option_id.clone(),
            })?;
        }
        Ok(())
    }
}
