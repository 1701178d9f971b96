//! The career and role guide: content as data plus its rules.
//!
//! - [`roles`]: every account role (agency ladder and account-manager types),
//!   with level, pay where known, illustrative days, the duty ladder by
//!   level, and the career map (nodes, edges, layout coordinates). Claims the
//!   sources do not make carry `Basis::SuitcaseView`.
//! - [`skills`]: skills with their own ids (roles reference them), the
//!   user's three-state checklist and readiness per role.
//! - [`workflow`] and [`topics`]: the brief-to-delivery workflow, the three
//!   documents (tools), the account KPIs, account vs sales, why agencies hire
//!   account.
//! - [`questions`], [`answers`] and [`srs`]: interview questions with answer
//!   guidance, a model answer (STAR for questions about the past) and a weak
//!   answer with why it is weak for each, and an SM-2 flashcard scheduler.
//! - [`quiz`]: "which role suits me" and knowledge quizzes with scoring.
//! - [`glossary`]: the words agency people use, in both languages, and
//!   the matching that links a term's first occurrence in a paragraph.
//! - [`search`]: bilingual search, insensitive to case and diacritics
//!   unless typed with them, with an English–Vietnamese synonym table.
//! - [`examples`]: worked examples of the three documents for the demo
//!   client, good and flawed, with notes tied to the toolkit's checks.
//! - [`progress`]: the user's own progress (skills, flashcards, quiz
//!   history, questionnaire answers) as one record changed by small
//!   operations.
//!
//! Content is `'static` data in both languages ([`Text`]); the user's own
//! state is plain serde data (every field `#[serde(default)]`): the
//! [`SkillStates`], the flashcard [`Deck`] and the quiz [`ScoreHistory`],
//! kept together in one [`CareerProgress`] record (`PROGRESS_ID`). Nothing
//! here reads a clock: functions that need the date take `today`.
//!
//! Readiness counts only `Confident` skills ("7 of 11"); `Learning` is
//! reported beside it.
pub mod answers;
pub mod examples;
pub mod glossary;
pub mod progress;
pub mod questions;
pub mod quiz;
pub mod roles;
pub mod search;
pub mod skills;
pub mod srs;
pub mod topics;
pub mod workflow;

use crate::model::text::Text;

pub use answers::{answers, Answers, ModelAnswer, ANSWERS};
pub use glossary::{find_terms, link_plan, term, Term, TermMatch, GLOSSARY};
pub use progress::{CareerProgress, ProgressError, ProgressOp, PROGRESS_ID};
pub use questions::{
    question, questions_for_role, questions_on, Question, QuestionSource, QuestionTopic, QUESTIONS,
};
pub use quiz::{
    knowledge_quiz, move_item, score_answers, score_quiz, suggest_role, FitAnswer, FitOption,
    FitQuestion, KnowledgeQuiz, QuestionKind, QuizAnswer, QuizAttempt, QuizError, QuizQuestion,
    QuizScore, QuizTopic, RoleSuggestion, ScoreHistory, FIT_QUESTIONS, KNOWLEDGE_QUIZZES,
};
pub use roles::{
    ladder_step, map_edges, map_nodes, path_basis, path_between, previous_roles, role, Basis,
    EdgeKind, LadderStep, Level, MapEdge, MapNode, Pay, PayFigure, Role, Track, TypicalDay,
    DUTY_LADDER, MAP_HEIGHT, MAP_WIDTH, ROLES, SOURCED_PATHS,
};
pub use search::{fold, search, HitKind, SearchHit, SYNONYMS};
pub use skills::{
    readiness, roles_using_skill, skill, Readiness, Skill, SkillState, SkillStates, SKILLS,
};
pub use srs::{CardSchedule, Deck, Flashcard, FlashcardError, Rating};
pub use topics::{
    kpi, tool, topic, Comparison, Kpi, Tool, Topic, ACCOUNT_VS_SALES, KPIS, TOOLS, TOPICS,
};
pub use workflow::{step, WorkflowStep, WORKFLOW, WORKFLOW_THROUGHOUT};

/// Every piece of bilingual content in the guide, labelled by where it sits
/// (e.g. `role account-executive responsibility 2`), so a test can check
/// that none lacks a language.
pub fn all_texts() -> Vec<(String, Text)> {
    let mut out = Vec::new();
    roles::collect_texts(&mut out);
    skills::collect_texts(&mut out);
    workflow::collect_texts(&mut out);
    topics::collect_texts(&mut out);
    questions::collect_texts(&mut out);
    answers::collect_texts(&mut out);
    quiz::collect_texts(&mut out);
    glossary::collect_texts(&mut out);
    examples::collect_texts(&mut out);
    out
}

/// Adds one labelled text to `out`.
pub(crate) fn push(out: &mut Vec<(String, Text)>, label: impl Into<String>, text: Text) {
    out.push((label.into(), text));
}

/// Adds a list of texts, each labelled with its index.
pub(crate) fn push_all(out: &mut Vec<(String, Text)>, label: &str, texts: &[Text]) {
    for (i, t) in texts.iter().enumerate() {
        out.push((format!("{label} {i}"), *t));
    }
}
