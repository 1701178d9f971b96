//! The career and role guide: content as data plus its rules.
//!
//! - [`roles`]: every account role (agency ladder and account-manager types),
//!   with level, pay where known, typical days, and the career map (nodes,
//!   edges, layout coordinates).
//! - [`skills`]: skills with their own ids (roles reference them), the
//!   user's three-state checklist and readiness per role.
//! - [`workflow`] and [`topics`]: the brief-to-delivery workflow, the three
//!   documents (tools), the account KPIs, account vs sales, why agencies hire
//!   account.
//! - [`questions`] and [`srs`]: interview questions with answer guidance and
//!   an SM-2-style flashcard scheduler.
//! - [`quiz`]: "which role suits me" and knowledge quizzes with scoring.
//! - [`search`]: bilingual search, insensitive to case and diacritics.
//!
//! Content is `'static` data in both languages ([`Text`]); the user's own
//! state (skill states, flashcards, quiz history) is plain serde records,
//! taking `today` as a parameter instead of reading a clock.
pub mod questions;
pub mod quiz;
pub mod roles;
pub mod search;
pub mod skills;
pub mod srs;
pub mod topics;
pub mod workflow;

use crate::domain::text::Text;

pub use questions::{question, Question, QuestionSource, QuestionTopic, QUESTIONS};
pub use quiz::{
    knowledge_quiz, score_quiz, suggest_role, FitAnswer, FitOption, FitQuestion, KnowledgeQuiz,
    QuizAttempt, QuizError, QuizQuestion, QuizScore, QuizTopic, RoleSuggestion, ScoreHistory,
    FIT_QUESTIONS, KNOWLEDGE_QUIZZES,
};
pub use roles::{
    map_edges, map_nodes, role, EdgeKind, Level, MapEdge, MapNode, Pay, PayFigure, Role, Track,
    TypicalDay, MAP_HEIGHT, MAP_WIDTH, ROLES,
};
pub use search::{fold, search, HitKind, SearchHit};
pub use skills::{
    readiness, roles_using_skill, skill, Readiness, Skill, SkillState, SkillStates, SKILLS,
};
pub use srs::{CardSchedule, Deck, Flashcard, Rating};
pub use topics::{kpi, tool, Kpi, Tool, Topic, KPIS, TOOLS, TOPICS};
pub use workflow::{WorkflowStep, WORKFLOW, WORKFLOW_THROUGHOUT};

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
    quiz::collect_texts(&mut out);
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
