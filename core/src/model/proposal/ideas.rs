//! Brainstorm ideas and the internal review that ranks them.
//!
//! Reviewers score each idea 1–5 on weighted criteria; an idea's score is the
//! weighted mean of its per-criterion averages, kept in exact integers
//! (thousandths of a point) so rankings never flicker between runs.
use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::model::brief::{next_id, Cause, Checker, Issue, WizardField as F, SHORT_MAX};
use crate::model::text::{tx, Lang, Text};

/// How many ideas the internal review sends forward.
pub const SHORTLIST_SIZE: usize = 3;

/// An idea from the brainstorm.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Idea {
    pub id: String,
    pub title: String,
    pub description: String,
    pub tags: Vec<String>,
}

impl Idea {
    /// Quick capture: `"Lucky cup lid #tet #ugc"` → title "Lucky cup lid",
    /// tags ["tet", "ugc"]. Tags are lowercased and kept once each.
    pub fn quick(id: impl Into<String>, line: &str) -> Idea {
        let mut title = Vec::new();
        let mut tags: Vec<String> = Vec::new();
        for word in line.split_whitespace() {
            match word.strip_prefix('#') {
                Some(tag) if !tag.is_empty() => {
                    let tag = tag.to_lowercase();
                    if !tags.contains(&tag) {
                        tags.push(tag);
                    }
                }
                _ => title.push(word),
            }
        }
        Idea {
            id: id.into(),
            title: title.join(" "),
            description: String::new(),
            tags,
        }
    }
}

/// Adds a quickly captured idea with a fresh id to `ideas`; returns the id.
pub fn capture(ideas: &mut Vec<Idea>, line: &str) -> String {
    let id = next_id("i", ideas.iter().map(|i| i.id.as_str()));
    ideas.push(Idea::quick(id.clone(), line));
    id
}

/// Every tag used, in first-use order (for the filter chips).
pub fn all_tags(ideas: &[Idea]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in ideas.iter().flat_map(|i| &i.tags) {
        if !out.contains(t) {
            out.push(t.clone());
        }
    }
    out
}

/// A review criterion. The five standard ones have fixed ids (see
/// [`default_criteria`]) and an empty `label`, so the UI words them; custom
/// criteria carry their own label.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Criterion {
    pub id: String,
    pub label: String,
    /// Relative weight (any positive whole number; 0 ignores the criterion).
    pub weight: u32,
}

/// The standard criteria and their labels.
pub const STANDARD_CRITERIA: [(&str, Text, u32); 5] = [
    ("on_brief", tx("On brief", "Đúng brief"), 30),
    ("creativity", tx("Creativity", "Sáng tạo"), 20),
    ("feasibility", tx("Feasibility", "Khả thi"), 20),
    ("budget_fit", tx("Budget fit", "Vừa ngân sách"), 15),
    ("impact", tx("Impact", "Tác động"), 15),
];

/// On brief 30, creativity 20, feasibility 20, budget fit 15, impact 15.
pub fn default_criteria() -> Vec<Criterion> {
    STANDARD_CRITERIA
        .iter()
        .map(|(id, _, w)| Criterion {
            id: (*id).into(),
            label: String::new(),
            weight: *w,
        })
        .collect()
}

impl Criterion {
    /// The label to show: the custom one, else the standard one in `lang`.
    pub fn label_in(&self, lang: Lang) -> String {
        if !self.label.trim().is_empty() {
            return self.label.clone();
        }
        STANDARD_CRITERIA
            .iter()
            .find(|(id, _, _)| *id == self.id)
            .map(|(_, t, _)| t.get(lang).to_string())
            .unwrap_or_else(|| self.id.clone())
    }
}

/// One reviewer's score of one idea on one criterion.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Score {
    pub reviewer: String,
    pub idea_id: String,
    pub criterion_id: String,
    /// 1 (weak) to 5 (strong).
    pub score: u8,
}

/// The internal review: criteria, reviewers' scores, and the ideas chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Review {
    pub criteria: Vec<Criterion>,
    pub scores: Vec<Score>,
    /// Ideas picked by hand to go forward; empty = the top of the ranking.
    pub forward: Vec<String>,
}

impl Default for Review {
    fn default() -> Self {
        Review {
            criteria: default_criteria(),
            scores: Vec::new(),
            forward: Vec::new(),
        }
    }
}

/// One idea's place in the ranking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ranked {
    pub idea_id: String,
    /// 1-based place; ideas without scores come last.
    pub rank: usize,
    /// Weighted score in thousandths of a point (1000–5000); None if unscored.
    pub score_milli: Option<i64>,
    /// How many reviewers scored the idea.
    pub reviewers: usize,
}

/// The ideas going forward to the proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shortlist {
    pub idea_ids: Vec<String>,
    /// Fewer than three ideas could go forward: say so to the user.
    pub fewer_than_three: bool,
}

impl Review {
    /// Sets (or replaces) one reviewer's score of an idea on a criterion.
    pub fn set_score(&mut self, reviewer: &str, idea_id: &str, criterion_id: &str, score: u8) {
        if let Some(s) = self.scores.iter_mut().find(|s| {
            s.reviewer == reviewer && s.idea_id == idea_id && s.criterion_id == criterion_id
        }) {
            s.score = score;
        } else {
            self.scores.push(Score {
                reviewer: reviewer.into(),
                idea_id: idea_id.into(),
                criterion_id: criterion_id.into(),
                score,
            });
        }
    }

    /// Reviewers who scored anything, in first-score order.
    pub fn reviewers(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for s in &self.scores {
            if !out.contains(&s.reviewer) {
                out.push(s.reviewer.clone());
            }
        }
        out
    }

    /// The weighted score of one idea, in thousandths (None when unscored or
    /// when no criterion with weight has a valid score).
    pub fn score_of(&self, idea_id: &str) -> Option<i64> {
        // Σ_c w_c · avg_c / Σ w, over criteria that have scores.
        let mut parts: Vec<(i64, i64, i64)> = Vec::new(); // (weight, sum, count)
        for c in self.criteria.iter().filter(|c| c.weight > 0) {
            let (mut sum, mut n) = (0i64, 0i64);
            for s in self.scores.iter().filter(|s| {
                s.idea_id == idea_id && s.criterion_id == c.id && (1..=5).contains(&s.score)
            }) {
                sum += i64::from(s.score);
                n += 1;
            }
            if n > 0 {
                parts.push((i64::from(c.weight), sum, n));
            }
        }
        if parts.is_empty() {
            return None;
        }
        // Each criterion's average in millionths (exact to 1e-6), then the
        // weighted mean rounded half up to thousandths: integers only.
        let wsum: i128 = parts.iter().map(|p| i128::from(p.0)).sum();
        let num: i128 = parts
            .iter()
            .map(|&(w, sum, n)| i128::from(w) * (i128::from(sum) * 1_000_000 / i128::from(n)))
            .sum();
        let milli = (num * 2 + 1000 * wsum) / (2000 * wsum);
        Some(milli as i64)
    }

    /// All ideas ranked: higher score first; ties go to the idea scored by
    /// more reviewers, then to the one captured earlier (list order).
    pub fn ranking(&self, ideas: &[Idea]) -> Vec<Ranked> {
        let mut rows: Vec<(usize, Ranked)> = ideas
            .iter()
            .enumerate()
            .map(|(pos, idea)| {
                let reviewers: HashSet<&str> = self
                    .scores
                    .iter()
                    .filter(|s| s.idea_id == idea.id)
                    .map(|s| s.reviewer.as_str())
                    .collect();
                (
                    pos,
                    Ranked {
                        idea_id: idea.id.clone(),
                        rank: 0,
                        score_milli: self.score_of(&idea.id),
                        reviewers: reviewers.len(),
                    },
                )
            })
            .collect();
        crate::sort::by(&mut rows, |(pa, a), (pb, b)| {
            b.score_milli
                .cmp(&a.score_milli)
                .then(b.reviewers.cmp(&a.reviewers))
                .then(pa.cmp(pb))
        });
        rows.into_iter()
            .enumerate()
            .map(|(i, (_, mut r))| {
                r.rank = i + 1;
                r
            })
            .collect()
    }

    /// The ideas going forward: the hand-picked ones when any (those that
    /// still exist), else the top three scored ideas.
    pub fn shortlist(&self, ideas: &[Idea]) -> Shortlist {
        let picked: Vec<String> = self
            .forward
            .iter()
            .filter(|id| ideas.iter().any(|i| &i.id == *id))
            .cloned()
            .collect();
        let idea_ids = if !picked.is_empty() {
            picked
        } else {
            self.ranking(ideas)
                .into_iter()
                .filter(|r| r.score_milli.is_some())
                .take(SHORTLIST_SIZE)
                .map(|r| r.idea_id)
                .collect()
        };
        Shortlist {
            fewer_than_three: idea_ids.len() < SHORTLIST_SIZE,
            idea_ids,
        }
    }

    /// Checks criteria and scores against the ideas.
    pub fn validate(&self, ideas: &[Idea]) -> Vec<Issue> {
        let mut c = Checker::default();
        c.list(F::Criteria, &self.criteria, true);
        c.unique_ids(F::CriterionId, self.criteria.iter().map(|c| c.id.as_str()));
        if !self.criteria.is_empty() && self.criteria.iter().all(|c| c.weight == 0) {
            c.push(F::Criteria, Cause::Missing);
        }
        for (i, cr) in self.criteria.iter().enumerate() {
            c.short(F::CriterionId(i), &cr.id, true);
            c.short(F::CriterionLabel(i), &cr.label, false);
        }
        let mut seen = HashSet::new();
        for (i, s) in self.scores.iter().enumerate() {
            c.short(F::ScoreReviewer(i), &s.reviewer, true);
            if !(1..=5).contains(&s.score) {
                c.push(F::ScoreValue(i), Cause::ScoreOutOfRange);
            }
            if !ideas.iter().any(|x| x.id == s.idea_id) {
                c.push(F::ScoreIdea(i), Cause::UnknownReference);
            }
            if !self.criteria.iter().any(|x| x.id == s.criterion_id) {
                c.push(F::ScoreCriterion(i), Cause::UnknownReference);
            }
            if !seen.insert((&s.reviewer, &s.idea_id, &s.criterion_id)) {
                c.push(F::Score(i), Cause::Duplicate);
            }
        }
        for (i, id) in self.forward.iter().enumerate() {
            if !ideas.iter().any(|x| &x.id == id) {
                c.push(F::Forward(i), Cause::UnknownReference);
            }
        }
        c.issues
    }
}

/// Checks the brainstorm's ideas.
pub fn validate_ideas(ideas: &[Idea]) -> Vec<Issue> {
    let mut c = Checker::default();
    c.list(F::Ideas, ideas, true);
    c.unique_ids(F::IdeaId, ideas.iter().map(|i| i.id.as_str()));
    for (i, idea) in ideas.iter().enumerate() {
        c.short(F::IdeaTitle(i), &idea.title, true);
        c.text(F::IdeaDescription(i), &idea.description, false);
        for (j, t) in idea.tags.iter().enumerate() {
            c.max_len(F::IdeaTag { idea: i, tag: j }, t, SHORT_MAX);
        }
    }
    c.issues
}
