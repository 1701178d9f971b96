//! Search across the guide in both languages, insensitive to case and to
//! Vietnamese diacritics ("giai brief" finds "giải brief"; đ/Đ fold to d).
//!
//! Matching: the query is folded and split into words; an entry matches in
//! a language when every query word is the start of some word of the
//! entry's text in that language. Ranking, highest first:
//! - where each word matched (title ≫ summary ≫ body), whole words above
//!   prefixes;
//! - a bonus when the whole query appears as a phrase in one field (as
//!   much again as the words would score there as whole words);
//! - a small bonus when the query matches with its exact diacritics (so
//!   "giải" ranks "giải" above "giai" in a tie);
//! - ties: hit kind (role, workflow step, tool, topic, KPI, skill,
//!   question, glossary term), then id.
use std::sync::OnceLock;

use super::{
    questions::QUESTIONS,
    roles::ROLES,
    skills::SKILLS,
    topics::{ACCOUNT_VS_SALES, KPIS, TOOLS, TOPICS},
    workflow::WORKFLOW,
};
use crate::model::text::{self, Lang, Text};

/// What a search hit points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HitKind {
    Role,
    WorkflowStep,
    Tool,
    Topic,
    Kpi,
    Skill,
    Question,
    /// A glossary term.
    Term,
}

/// One search result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchHit {
    pub kind: HitKind,
    /// The entry's id (a role slug, skill id, question id, step id, …).
    pub id: &'static str,
    /// The entry's title (for a question, its prompt).
    pub title: Text,
    /// The language the query matched in.
    pub lang: Lang,
    /// The text of the best-matching field, in `lang` (for a snippet).
    pub matched: &'static str,
    pub score: u32,
}

const W_TITLE: u32 = 10;
const W_SUMMARY: u32 = 4;
const W_BODY: u32 = 2;

struct Field {
    weight: u32,
    text: Text,
    /// Per language (En, Vi): folded words, folded text joined by single
    /// spaces, and the plain lowercase text.
    words: [Vec<String>; 2],
    joined: [String; 2],
    lower: [String; 2],
}

struct Doc {
    kind: HitKind,
    id: &'static str,
    title: Text,
    fields: Vec<Field>,
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Vi => 1,
    }
}

/// Lowercases and removes Vietnamese diacritics ("Giải Brief, Đề xuất" →
/// "giai brief, de xuat"), like `text::fold`, and also drops combining marks
/// so text typed in decomposed form (e + U+0301) folds the same way.
pub fn fold(s: &str) -> String {
    let composed: String = s
        .chars()
        .filter(|c| !('\u{0300}'..='\u{036f}').contains(c))
        .collect();
    text::fold(&composed)
}

/// The folded words of a text.
fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn normalise_lower(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn field(weight: u32, text: Text) -> Field {
    let w = [words(text.en), words(text.vi)];
    let joined = [w[0].join(" "), w[1].join(" ")];
    Field {
        weight,
        text,
        words: w,
        joined,
        lower: [normalise_lower(text.en), normalise_lower(text.vi)],
    }
}

fn fields(out: &mut Vec<Field>, weight: u32, texts: &[Text]) {
    out.extend(texts.iter().map(|t| field(weight, *t)));
}

fn build() -> Vec<Doc> {
    let mut docs = Vec::new();
    for r in ROLES {
        let mut f = vec![field(W_TITLE, r.name), field(W_SUMMARY, r.summary)];
        if let Some(a) = r.abbr {
            f.push(field(W_TITLE, Text::new(a, a)));
        }
        fields(&mut f, W_BODY, r.responsibilities);
        if let Some(i) = r.industries {
            f.push(field(W_BODY, i));
        }
        docs.push(Doc {
            kind: HitKind::Role,
            id: r.slug,
            title: r.name,
            fields: f,
        });
    }
    for s in WORKFLOW {
        let mut f = vec![field(W_TITLE, s.title), field(W_SUMMARY, s.summary)];
        fields(&mut f, W_BODY, s.tips);
        docs.push(Doc {
            kind: HitKind::WorkflowStep,
            id: s.id,
            title: s.title,
            fields: f,
        });
    }
    for t in TOOLS {
        let mut f = vec![field(W_TITLE, t.name), field(W_SUMMARY, t.purpose)];
        fields(&mut f, W_BODY, t.good_one);
        docs.push(Doc {
            kind: HitKind::Tool,
            id: t.id,
            title: t.name,
            fields: f,
        });
    }
    for t in TOPICS {
        let mut f = vec![field(W_TITLE, t.title), field(W_SUMMARY, t.summary)];
        fields(&mut f, W_BODY, t.points);
        if t.id == "account-vs-sales" {
            for c in ACCOUNT_VS_SALES {
                fields(&mut f, W_BODY, &[c.sales, c.account]);
            }
        }
        docs.push(Doc {
            kind: HitKind::Topic,
            id: t.id,
            title: t.title,
            fields: f,
        });
    }
    for k in KPIS {
        let f = vec![field(W_TITLE, k.name), field(W_SUMMARY, k.meaning)];
        docs.push(Doc {
            kind: HitKind::Kpi,
            id: k.id,
            title: k.name,
            fields: f,
        });
    }
    for s in SKILLS {
        let f = vec![
            field(W_TITLE, s.name),
            field(W_SUMMARY, s.description),
            field(W_BODY, s.practice),
        ];
        docs.push(Doc {
            kind: HitKind::Skill,
            id: s.id,
            title: s.name,
            fields: f,
        });
    }
    for q in QUESTIONS {
        let mut f = vec![field(W_TITLE, q.prompt)];
        fields(&mut f, W_BODY, q.good_answer);
        docs.push(Doc {
            kind: HitKind::Question,
            id: q.id,
            title: q.prompt,
            fields: f,
        });
    }
    glossary_docs(&mut docs);
    docs
}

/// Glossary terms, weighted one step below the guide's own entries (the
/// term as a summary, the definition as body), so a term never pushes the
/// section that explains it down the list.
fn glossary_docs(docs: &mut Vec<Doc>) {
    for t in super::glossary::GLOSSARY {
        docs.push(Doc {
            kind: HitKind::Term,
            id: t.id,
            title: t.term,
            fields: vec![field(W_SUMMARY, t.term), field(W_BODY, t.definition)],
        });
    }
}

fn index() -> &'static [Doc] {
    static INDEX: OnceLock<Vec<Doc>> = OnceLock::new();
    INDEX.get_or_init(build)
}

/// Scores a document in one language; `None` when some query word matches
/// nowhere. Returns the score and the best field's text.
fn score_doc(
    doc: &Doc,
    li: usize,
    q_words: &[String],
    q_phrase: &str,
    q_lower: &str,
) -> Option<(u32, Text)> {
    let mut total = 0;
    let mut best: Option<(u32, Text)> = None;
    let mut note = |w: u32, t: Text| {
        if best.is_none_or(|(bw, _)| w > bw) {
            best = Some((w, t));
        }
    };
    for qw in q_words {
        let mut word_best = 0;
        for f in &doc.fields {
            for w in &f.words[li] {
                let s = if w == qw {
                    f.weight * 3
                } else if w.starts_with(qw.as_str()) {
                    f.weight * 2
                } else {
                    0
                };
                if s > word_best {
                    word_best = s;
                }
                if s > 0 {
                    note(f.weight, f.text);
                }
            }
        }
        if word_best == 0 {
            return None;
        }
        total += word_best;
    }
    let mut phrase_bonus = 0;
    let mut exact_bonus = 0;
    for f in &doc.fields {
        if q_words.len() > 1 && f.joined[li].contains(q_phrase) {
            phrase_bonus = phrase_bonus.max(f.weight * 3 * q_words.len() as u32);
            note(f.weight + 1, f.text);
        }
        if !q_lower.is_empty() && f.lower[li].contains(q_lower) {
            exact_bonus = exact_bonus.max(f.weight / 2 + 1);
        }
    }
    Some((
        total + phrase_bonus + exact_bonus,
        best.map(|(_, t)| t).unwrap_or(doc.title),
    ))
}

/// Searches the whole guide. Each entry appears at most once, with the
/// language it matched best in (`prefer` on ties). At most `limit` hits.
pub fn search(query: &str, prefer: Lang, limit: usize) -> Vec<SearchHit> {
    let q_words = words(query);
    if q_words.is_empty() {
        return Vec::new();
    }
    let q_phrase = q_words.join(" ");
    let q_lower = normalise_lower(query);
    let other = match prefer {
        Lang::En => Lang::Vi,
        Lang::Vi => Lang::En,
    };
    let mut hits = Vec::new();
    for doc in index() {
        let mut best: Option<(u32, Lang, Text)> = None;
        for lang in [prefer, other] {
            if let Some((s, t)) = score_doc(doc, lang_index(lang), &q_words, &q_phrase, &q_lower) {
                if best.is_none_or(|(bs, _, _)| s > bs) {
                    best = Some((s, lang, t));
                }
            }
        }
        if let Some((score, lang, text)) = best {
            hits.push(SearchHit {
                kind: doc.kind,
                id: doc.id,
                title: doc.title,
                lang,
                matched: text.get(lang),
                score,
            });
        }
    }
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.kind.cmp(&b.kind))
            .then(a.id.cmp(b.id))
    });
    hits.truncate(limit);
    hits
}
