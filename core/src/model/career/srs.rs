//! Flashcards for interview practice, on an SM-2-style schedule.
//!
//! The user writes an answer to a question (kept), rates how well they
//! answered, and gets the card back on a due date. The scheduler:
//!
//! - ratings map to SM-2 qualities: `Again` = 1, `Hard` = 3, `Good` = 4,
//!   `Easy` = 5;
//! - a successful review (Hard, Good, Easy) counts a repetition; the first
//!   gives an interval of 1 day, the second 6 days, then the previous
//!   interval × ease, rounded, capped at [`MAX_INTERVAL_DAYS`];
//! - ease changes by SM-2's `0.1 − (5 − q)(0.08 + (5 − q)·0.02)`: Hard −0.14,
//!   Good ±0, Easy +0.10, never below 1.3; it is applied before the new
//!   interval is computed;
//! - `Again` is a lapse: repetitions reset to 0, the interval to 1 day, the
//!   lapse count grows, and ease drops by 0.20 (floor 1.3).
//!
//! Ease is kept as an integer in thousandths (2500 = 2.5) so schedules are
//! exact and stable when stored. Dates are `chrono::NaiveDate`; the caller
//! passes `today`.
use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::questions::{Question, QUESTIONS};
use crate::model::text::{tx, Text};

/// Starting ease, in thousandths.
pub const START_EASE: u32 = 2500;
/// Lowest ease, in thousandths.
pub const MIN_EASE: u32 = 1300;
/// Longest interval between reviews.
pub const MAX_INTERVAL_DAYS: u32 = 365;
/// Longest kept answer, in characters.
pub const ANSWER_MAX: usize = 5000;

/// How well the user answered, by their own judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Could not answer well: start again.
    Again,
    /// Answered, with difficulty.
    Hard,
    /// Answered well.
    Good,
    /// Answered easily.
    Easy,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    /// The SM-2 quality (0–5) of this rating.
    pub fn quality(self) -> u8 {
        match self {
            Rating::Again => 1,
            Rating::Hard => 3,
            Rating::Good => 4,
            Rating::Easy => 5,
        }
    }

    pub fn label(self) -> Text {
        match self {
            Rating::Again => tx("Again", "Làm lại"),
            Rating::Hard => tx("Hard", "Khó"),
            Rating::Good => tx("Good", "Tốt"),
            Rating::Easy => tx("Easy", "Dễ"),
        }
    }
}

/// Where a card stands in its schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CardSchedule {
    /// Ease in thousandths (2500 = 2.5).
    pub ease: u32,
    /// Days until the next review, as last computed (0 before the first).
    pub interval_days: u32,
    /// Successful reviews in a row since the last lapse.
    pub repetitions: u32,
    /// How many times the card was rated `Again` after being learnt or not.
    pub lapses: u32,
    /// When the card is next due; `None` before its first review (a new card).
    pub due: Option<NaiveDate>,
    pub last_reviewed: Option<NaiveDate>,
    pub last_rating: Option<Rating>,
    /// Total number of reviews.
    pub reviews: u32,
}

impl Default for CardSchedule {
    fn default() -> Self {
        CardSchedule {
            ease: START_EASE,
            interval_days: 0,
            repetitions: 0,
            lapses: 0,
            due: None,
            last_reviewed: None,
            last_rating: None,
            reviews: 0,
        }
    }
}

impl CardSchedule {
    /// The schedule after rating the card on `today`.
    pub fn next(&self, rating: Rating, today: NaiveDate) -> CardSchedule {
        let ease = self.ease.max(MIN_EASE);
        let (ease, repetitions, interval, lapses) = if rating == Rating::Again {
            (
                ease.saturating_sub(200).max(MIN_EASE),
                0,
                1,
                self.lapses + 1,
            )
        } else {
            let q = i64::from(rating.quality());
            let d = 5 - q;
            // 0.1 − d(0.08 + 0.02d), in thousandths.
            let delta = 100 - d * (80 + 20 * d);
            let ease = (i64::from(ease) + delta).max(i64::from(MIN_EASE)) as u32;
            let repetitions = self.repetitions + 1;
            let interval = match repetitions {
                1 => 1,
                2 => 6,
                _ => {
                    let prev = u64::from(self.interval_days.max(1));
                    ((prev * u64::from(ease) + 500) / 1000) as u32
                }
            };
            (ease, repetitions, interval, self.lapses)
        };
        let interval = interval.clamp(1, MAX_INTERVAL_DAYS);
        CardSchedule {
            ease,
            interval_days: interval,
            repetitions,
            lapses,
            due: today.checked_add_days(Days::new(u64::from(interval))),
            last_reviewed: Some(today),
            last_rating: Some(rating),
            reviews: self.reviews + 1,
        }
    }

    /// True when the card is due on `today` (new cards are not "due": they
    /// are offered through [`Deck::new_questions`]).
    pub fn is_due(&self, today: NaiveDate) -> bool {
        self.due.is_some_and(|d| d <= today)
    }
}

/// One flashcard: the user's written answer and its schedule.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Flashcard {
    pub question_id: String,
    pub answer: String,
    pub schedule: CardSchedule,
}

/// Why a flashcard change was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FlashcardError {
    #[error("unknown question {0}")]
    UnknownQuestion(String),
    #[error("the answer is longer than {ANSWER_MAX} characters")]
    AnswerTooLong,
}

/// All the user's flashcards, keyed by question id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Deck {
    pub cards: BTreeMap<String, Flashcard>,
}

impl Deck {
    pub fn card(&self, question_id: &str) -> Option<&Flashcard> {
        self.cards.get(question_id)
    }

    fn card_mut(&mut self, question_id: &str) -> Result<&mut Flashcard, FlashcardError> {
        if super::questions::question(question_id).is_none() {
            return Err(FlashcardError::UnknownQuestion(question_id.to_string()));
        }
        Ok(self
            .cards
            .entry(question_id.to_string())
            .or_insert_with(|| Flashcard {
                question_id: question_id.to_string(),
                ..Flashcard::default()
            }))
    }

    /// Keeps the user's written answer (creating the card if needed); the
    /// schedule is unchanged.
    pub fn set_answer(&mut self, question_id: &str, answer: &str) -> Result<(), FlashcardError> {
        if answer.chars().count() > ANSWER_MAX {
            return Err(FlashcardError::AnswerTooLong);
        }
        self.card_mut(question_id)?.answer = answer.to_string();
        Ok(())
    }

    /// Records a review on `today` and returns the new schedule.
    pub fn review(
        &mut self,
        question_id: &str,
        rating: Rating,
        today: NaiveDate,
    ) -> Result<CardSchedule, FlashcardError> {
        let card = self.card_mut(question_id)?;
        card.schedule = card.schedule.next(rating, today);
        Ok(card.schedule.clone())
    }

    /// Cards due on `today` (due date on or before it), most overdue first,
    /// then by question id.
    pub fn due(&self, today: NaiveDate) -> Vec<&Flashcard> {
        let mut out: Vec<&Flashcard> = self
            .cards
            .values()
            .filter(|c| c.schedule.is_due(today))
            .collect();
        out.sort_by(|a, b| {
            a.schedule
                .due
                .cmp(&b.schedule.due)
                .then_with(|| a.question_id.cmp(&b.question_id))
        });
        out
    }

    /// Questions never reviewed yet (in `QUESTIONS` order), optionally only
    /// those for a role; at most `limit`.
    pub fn new_questions(&self, role: Option<&str>, limit: usize) -> Vec<&'static Question> {
        QUESTIONS
            .iter()
            .filter(|q| role.is_none_or(|r| q.roles.contains(&r)))
            .filter(|q| {
                self.cards
                    .get(q.id)
                    .is_none_or(|c| c.schedule.due.is_none())
            })
            .take(limit)
            .collect()
    }

    /// The next due date after `today`, if any card is scheduled then.
    pub fn next_due_after(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.cards
            .values()
            .filter_map(|c| c.schedule.due)
            .filter(|d| *d > today)
            .min()
    }
}
