//! Flashcards for interview practice, on an SM-2 schedule.
//!
//! The user writes an answer to a question (kept), rates how well they
//! answered, and gets the card back on a due date. The scheduler is SM-2
//! (an ease factor, a count of successful repetitions, an interval), with
//! one change so that the four ratings always lead to four different dates:
//!
//! - ratings map to SM-2 qualities: `Again` = 1, `Hard` = 3, `Good` = 4,
//!   `Easy` = 5;
//! - ease changes by SM-2's `0.1 − (5 − q)(0.08 + (5 − q)·0.02)`: Hard −0.14,
//!   Good ±0, Easy +0.10; `Again` takes 0.20 off; never below 1.3. The new
//!   ease is applied before the interval is computed;
//! - `Again` is a lapse: repetitions reset to 0 and the card is due again
//!   the same day (interval 0); the lapse count grows;
//! - a card with no successful repetition (new, or just lapsed) gets
//!   Hard 1 day, Good 2 days, Easy 4 days;
//! - after that, with `I` the last interval and `E` the new ease:
//!   Hard `I × 1.2`, Good `I × E`, Easy `I × E × 1.3` (rounded half up),
//!   each at least one day more than the rating below it;
//! - intervals stop at [`MAX_INTERVAL_DAYS`] for Easy, one day less for
//!   Good and two less for Hard, so the order holds at the cap too.
//!
//! So for every card the previews are strictly increasing:
//! Again < Hard < Good < Easy ([`CardSchedule::preview`]).
//!
//! Ease is kept as an integer in thousandths (2500 = 2.5) so schedules are
//! exact and stable when stored; the stored fields are the same as before
//! this schedule, so saved decks load unchanged. Dates are
//! `chrono::NaiveDate`; the caller passes `today`.
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
    /// Days until the next review, as last computed (0 before the first
    /// review and after `Again`).
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
    /// The ease after a rating, in thousandths (SM-2's update; `Again`
    /// takes 0.20 off), never below [`MIN_EASE`].
    pub fn ease_after(&self, rating: Rating) -> u32 {
        let ease = i64::from(self.ease.max(MIN_EASE));
        let next = if rating == Rating::Again {
            ease - 200
        } else {
            let d = 5 - i64::from(rating.quality());
            // 0.1 − d(0.08 + 0.02d), in thousandths.
            ease + 100 - d * (80 + 20 * d)
        };
        next.max(i64::from(MIN_EASE)) as u32
    }

    /// Days until the next review for each rating, in [`Rating::ALL`]
    /// order (Again, Hard, Good, Easy); always strictly increasing.
    pub fn preview(&self) -> [u32; 4] {
        let (hard, good, easy) = if self.repetitions == 0 {
            (1, 2, 4)
        } else {
            let prev = u64::from(self.interval_days.max(1));
            // prev × factor (thousandths), rounded half up.
            let times =
                |factor: u64| ((prev * factor + 500) / 1000).min(u64::from(u32::MAX)) as u32;
            let hard = times(1200).max(self.interval_days.max(1) + 1);
            let good = times(u64::from(self.ease_after(Rating::Good))).max(hard + 1);
            let easy_ease = u64::from(self.ease_after(Rating::Easy));
            let easy = times(easy_ease * 13 / 10).max(good + 1);
            (hard, good, easy)
        };
        let easy = easy.min(MAX_INTERVAL_DAYS);
        let good = good.min(easy - 1);
        let hard = hard.min(good - 1);
        [0, hard, good, easy]
    }

    /// Days until the next review if the card is rated `rating` now.
    pub fn interval_for(&self, rating: Rating) -> u32 {
        let i = Rating::ALL
            .iter()
            .position(|r| *r == rating)
            .unwrap_or_default();
        self.preview()[i]
    }

    /// The schedule after rating the card on `today`.
    pub fn next(&self, rating: Rating, today: NaiveDate) -> CardSchedule {
        let interval = self.interval_for(rating);
        let (repetitions, lapses) = if rating == Rating::Again {
            (0, self.lapses + 1)
        } else {
            (self.repetitions + 1, self.lapses)
        };
        CardSchedule {
            ease: self.ease_after(rating),
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
        if !super::questions::is_question(question_id) {
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
        crate::sort::by(&mut out, |a, b| {
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
