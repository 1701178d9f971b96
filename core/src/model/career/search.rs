//! Search across the guide in both languages, insensitive to case and to
//! Vietnamese diacritics ("giai brief" finds "giải brief"; đ/Đ fold to d).
//!
//! Matching: the query is split into words; an entry matches in a language
//! when every query word is the start of some word of the entry's text in
//! that language. A query word typed without diacritics matches any
//! spelling ("luong" finds "lương" and "luồng"); one typed with diacritics
//! matches its own spelling, and a different word that only folds to the
//! same letters ("luồng" for "lương") counts for almost nothing.
//!
//! Synonyms: a small bilingual table ([`SYNONYMS`]) lets "salary" find
//! "lương" and "phỏng vấn" find "interview". A query is also tried with each
//! synonym of a term it contains; a match through a synonym scores two
//! thirds of a direct one.
//!
//! Ranking, highest first:
//! - the number of query words typed with diacritics that matched with
//!   exactly those diacritics (so "lương" ranks pay above "luồng công việc");
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
    roles::{Pay, ROLES},
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
    /// Per language (En, Vi): the lowercase words with their diacritics,
    /// the same words folded, the folded text joined by single spaces, and
    /// the plain lowercase text.
    raw: [Vec<String>; 2],
    raw_joined: [String; 2],
    words: [Vec<String>; 2],
    joined: [String; 2],
    lower: [String; 2],
}

/// Terms that mean the same thing to a searcher, in English and
/// Vietnamese. Each term is one or more words.
pub const SYNONYMS: &[&[&str]] = &[
    &["salary", "pay", "wage", "lương", "thu nhập", "mức lương"],
    &["interview", "phỏng vấn"],
    &["brief", "đề bài"],
    &["kpi", "metric", "chỉ số", "đo lường"],
    &["report", "báo cáo"],
    &["career", "nghề", "nghề nghiệp", "sự nghiệp"],
    &["skill", "skills", "kỹ năng"],
    &["negotiation", "negotiate", "đàm phán", "thương lượng"],
    &["client", "customer", "khách hàng"],
    &["budget", "ngân sách"],
    &["contract", "hợp đồng"],
    &["proposal", "đề xuất"],
    &["presentation", "present", "thuyết trình"],
    &["meeting", "cuộc họp", "họp"],
    &["promotion", "thăng tiến", "lên cấp"],
    &["retention", "giữ chân"],
    &["sales", "bán hàng"],
    &["satisfaction", "hài lòng"],
    &["question", "câu hỏi"],
    &["deadline", "hạn chót"],
];

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

/// The lowercase words of a text, with their diacritics (combining marks
/// of decomposed text are dropped, so such a word reads as typed without
/// diacritics), each paired with its folded form.
fn word_pairs(s: &str) -> Vec<(String, String)> {
    let lower: String = s
        .chars()
        .filter(|c| !('\u{0300}'..='\u{036f}').contains(c))
        .flat_map(char::to_lowercase)
        .collect();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| (w.to_string(), fold(w)))
        .collect()
}

/// One word of a query: as typed (lowercase) and folded.
#[derive(Clone, Debug, PartialEq, Eq)]
struct QueryWord {
    raw: String,
    folded: String,
    /// Put in by a synonym: matches only a whole word spelt as the table
    /// spells it ("pay" does not find "payment", "thu" does not find "thư").
    synonym: bool,
}

impl QueryWord {
    /// Typed with diacritics (or đ), so the spelling matters.
    fn marked(&self) -> bool {
        self.raw != self.folded
    }

    /// Whether this query word is the term word `t` (diacritics must agree
    /// when the query has them).
    fn is(&self, t: &QueryWord) -> bool {
        self.raw == t.raw || (!self.marked() && self.folded == t.folded)
    }
}

fn query_words(s: &str) -> Vec<QueryWord> {
    word_pairs(s)
        .into_iter()
        .map(|(raw, folded)| QueryWord {
            raw,
            folded,
            synonym: false,
        })
        .collect()
}

/// The query itself, then the query with each synonym of every term it
/// contains put in that term's place (each marked as a synonym).
///
/// A variant made by a synonym carries the synonym's words joined by
/// spaces: a term of several words ("thu nhập") matches only as a phrase.
fn variants(q: &[QueryWord]) -> Vec<(Vec<QueryWord>, Option<String>)> {
    let mut out = vec![(q.to_vec(), None)];
    for group in SYNONYMS {
        let terms: Vec<Vec<QueryWord>> = group.iter().map(|t| query_words(t)).collect();
        for term in &terms {
            let n = term.len();
            if n == 0 || n > q.len() {
                continue;
            }
            let Some(at) =
                (0..=q.len() - n).find(|&i| q[i..i + n].iter().zip(term).all(|(a, b)| a.is(b)))
            else {
                continue;
            };
            for other in terms.iter().filter(|o| *o != term) {
                let mut v = q[..at].to_vec();
                v.extend(
                    other
                        .iter()
                        .cloned()
                        .map(|w| QueryWord { synonym: true, ..w }),
                );
                v.extend(q[at + n..].iter().cloned());
                if !out.iter().any(|(o, _)| *o == v) {
                    let phrase = other
                        .iter()
                        .map(|w| w.raw.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    out.push((v, Some(phrase)));
                }
            }
        }
    }
    out
}

fn count_marked(q: &[QueryWord]) -> u32 {
    q.iter().filter(|w| w.marked()).count() as u32
}

fn normalise_lower(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn field(weight: u32, text: Text) -> Field {
    let pairs = [word_pairs(text.en), word_pairs(text.vi)];
    let raw = pairs
        .clone()
        .map(|p| p.into_iter().map(|(r, _)| r).collect::<Vec<_>>());
    let w = pairs.map(|p| p.into_iter().map(|(_, f)| f).collect::<Vec<_>>());
    let joined = [w[0].join(" "), w[1].join(" ")];
    let raw_joined = [raw[0].join(" "), raw[1].join(" ")];
    Field {
        weight,
        text,
        raw,
        raw_joined,
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
        if let Pay::Monthly(p) = r.pay {
            fields(&mut f, W_BODY, &[p.basis, p.source]);
        }
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
            field(W_BODY, SKILL_KIND),
        ];
        docs.push(Doc {
            kind: HitKind::Skill,
            id: s.id,
            title: s.name,
            fields: f,
        });
    }
    for q in QUESTIONS {
        let mut f = vec![field(W_TITLE, q.prompt), field(W_BODY, QUESTION_KIND)];
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

/// What every question is, so "interview" and "phỏng vấn" find them.
const QUESTION_KIND: Text = Text::new("interview question", "câu hỏi phỏng vấn");
/// What every skill is, so "skill" and "kỹ năng" find them.
const SKILL_KIND: Text = Text::new("skill", "kỹ năng");

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

/// How a document matched in one language.
struct Scored {
    /// Query words typed with diacritics that matched with them.
    exact: u32,
    score: u32,
    /// The best-matching field's text.
    best: Text,
}

/// Scores a document in one language; `None` when some query word matches
/// nowhere.
///
/// `term` is the synonym a variant put in the query's place: when it has
/// several words, some field must hold them as a phrase.
fn score_doc(doc: &Doc, li: usize, q: &[QueryWord], term: Option<&str>) -> Option<Scored> {
    if let Some(t) = term.filter(|t| t.contains(' ')) {
        if !doc.fields.iter().any(|f| f.raw_joined[li].contains(t)) {
            return None;
        }
    }
    let q_phrase = q
        .iter()
        .map(|w| w.folded.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let q_lower = q
        .iter()
        .map(|w| w.raw.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let mut total = 0;
    let mut exact = 0;
    let mut best: Option<(u32, Text)> = None;
    let mut note = |w: u32, t: Text| {
        if best.is_none_or(|(bw, _)| w > bw) {
            best = Some((w, t));
        }
    };
    for qw in q {
        let mut word_best = 0;
        let mut word_exact = false;
        for f in &doc.fields {
            for (raw, folded) in f.raw[li].iter().zip(&f.words[li]) {
                let s = if qw.synonym {
                    if raw == &qw.raw {
                        f.weight * 3
                    } else {
                        0
                    }
                } else if raw == &qw.raw {
                    f.weight * 3
                } else if raw.starts_with(qw.raw.as_str()) {
                    f.weight * 2
                } else if qw.marked() {
                    // Typed with diacritics: a word with other diacritics
                    // is another word ("luồng" is not "lương").
                    0
                } else if folded == &qw.folded {
                    f.weight * 3
                } else if folded.starts_with(qw.folded.as_str()) {
                    f.weight * 2
                } else {
                    0
                };
                let same_spelling = raw.starts_with(qw.raw.as_str());
                if s > word_best {
                    word_best = s;
                }
                if s > 0 && same_spelling && qw.marked() {
                    word_exact = true;
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
        exact += u32::from(word_exact);
    }
    let mut phrase_bonus = 0;
    let mut exact_bonus = 0;
    for f in &doc.fields {
        if q.len() > 1 && f.joined[li].contains(&q_phrase) {
            phrase_bonus = phrase_bonus.max(f.weight * 3 * q.len() as u32);
            note(f.weight + 1, f.text);
        }
        if !q_lower.is_empty() && f.lower[li].contains(&q_lower) {
            exact_bonus = exact_bonus.max(f.weight / 2 + 1);
        }
    }
    Some(Scored {
        exact,
        score: total + phrase_bonus + exact_bonus,
        best: best.map(|(_, t)| t).unwrap_or(doc.title),
    })
}

/// Searches the whole guide. Each entry appears at most once, with the
/// language it matched best in (`prefer` on ties). At most `limit` hits.
pub fn search(query: &str, prefer: Lang, limit: usize) -> Vec<SearchHit> {
    let q = query_words(query);
    if q.is_empty() {
        return Vec::new();
    }
    let tries = variants(&q);
    let other = match prefer {
        Lang::En => Lang::Vi,
        Lang::Vi => Lang::En,
    };
    let mut hits: Vec<(u32, SearchHit)> = Vec::new();
    for doc in index() {
        // The rank (exact words, score) over both languages and every
        // variant; the language shown is the one that matched best before
        // a synonym's discount (`prefer` on ties), so "salary" typed on the
        // Vietnamese screen can show the Vietnamese "lương".
        let mut rank: Option<(u32, u32)> = None;
        let mut shown: Option<(u32, Lang, Text)> = None;
        for lang in [prefer, other] {
            for (words, synonym) in &tries {
                let Some(m) = score_doc(doc, lang_index(lang), words, synonym.as_deref()) else {
                    continue;
                };
                let score = if synonym.is_some() {
                    m.score * 2 / 3
                } else {
                    m.score
                };
                // A synonym stands in for what was typed: it adds no exact
                // diacritics the query did not have.
                let exact = if synonym.is_some() {
                    m.exact.min(count_marked(&q))
                } else {
                    m.exact
                };
                if rank.is_none_or(|r| (exact, score) > r) {
                    rank = Some((exact, score));
                }
                if shown.is_none_or(|(s, _, _)| m.score > s) {
                    shown = Some((m.score, lang, m.best));
                }
            }
        }
        if let (Some((exact, score)), Some((_, lang, text))) = (rank, shown) {
            hits.push((
                exact,
                SearchHit {
                    kind: doc.kind,
                    id: doc.id,
                    title: doc.title,
                    lang,
                    matched: text.get(lang),
                    score,
                },
            ));
        }
    }
    crate::sort::by(&mut hits, |(ea, a), (eb, b)| {
        eb.cmp(ea)
            .then(b.score.cmp(&a.score))
            .then(a.kind.cmp(&b.kind))
            .then(a.id.cmp(b.id))
    });
    let mut hits: Vec<SearchHit> = hits.into_iter().map(|(_, h)| h).collect();
    hits.truncate(limit);
    hits
}
