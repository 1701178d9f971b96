//! Quizzes: "which account role suits me" and knowledge quizzes per topic,
//! with scoring and a stored score history.
use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::roles::{role, Role, ROLES};
use crate::model::text::{tx, Text};

// ---------------------------------------------------------------------------
// Which role suits me
// ---------------------------------------------------------------------------

/// One answer of the role-fit questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FitOption {
    pub id: &'static str,
    pub label: Text,
    /// Points this answer gives to roles (by slug).
    pub weights: &'static [(&'static str, i32)],
    /// Why this answer points to the roles it weights, shown in the result.
    pub reason: Text,
}

/// One question of the role-fit questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FitQuestion {
    pub id: &'static str,
    pub prompt: Text,
    pub options: &'static [FitOption],
}

/// The user's choice for one fit question (storable, e.g. to resume).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FitAnswer {
    pub question_id: String,
    pub option_id: String,
}

impl FitAnswer {
    pub fn new(question_id: &str, option_id: &str) -> Self {
        FitAnswer {
            question_id: question_id.to_string(),
            option_id: option_id.to_string(),
        }
    }
}

/// Why a quiz could not be scored.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QuizError {
    #[error("unknown question {0}")]
    UnknownQuestion(String),
    #[error("unknown answer {option} to question {question}")]
    UnknownOption { question: String, option: String },
    #[error("question {0} is answered twice")]
    AnsweredTwice(String),
    #[error("question {0} is not answered")]
    Unanswered(String),
    #[error("expected {expected} answers, got {got}")]
    WrongLength { expected: usize, got: usize },
    #[error("the answer to question {0} is not an arrangement of its items")]
    NotAnOrder(String),
    #[error("question {0} got the wrong kind of answer")]
    WrongKind(String),
    #[error("answer {choice} is not one of the {choices} choices of question {question}")]
    ChoiceOutOfRange {
        question: String,
        choice: usize,
        choices: usize,
    },
}

/// The suggested role, the ranking behind it and the reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleSuggestion {
    pub top: &'static Role,
    /// Every role with its score, best first (ties in `ROLES` order).
    pub ranking: Vec<(&'static str, i32)>,
    /// The reasons of the answers that pointed to the top role, strongest
    /// first.
    pub reasons: Vec<Text>,
    /// The runner-up roles worth a look (the next two with a positive score).
    pub also_consider: Vec<&'static Role>,
}

/// Suggests a role from a complete set of answers to [`FIT_QUESTIONS`].
pub fn suggest_role(answers: &[FitAnswer]) -> Result<RoleSuggestion, QuizError> {
    let mut seen = BTreeSet::new();
    let mut chosen: Vec<&'static FitOption> = Vec::new();
    for a in answers {
        let q = FIT_QUESTIONS
            .iter()
            .find(|q| q.id == a.question_id)
            .ok_or_else(|| QuizError::UnknownQuestion(a.question_id.clone()))?;
        if !seen.insert(q.id) {
            return Err(QuizError::AnsweredTwice(q.id.to_string()));
        }
        let o = q
            .options
            .iter()
            .find(|o| o.id == a.option_id)
            .ok_or_else(|| QuizError::UnknownOption {
                question: q.id.to_string(),
                option: a.option_id.clone(),
            })?;
        chosen.push(o);
    }
    if let Some(q) = FIT_QUESTIONS.iter().find(|q| !seen.contains(q.id)) {
        return Err(QuizError::Unanswered(q.id.to_string()));
    }
    let mut ranking: Vec<(usize, &'static str, i32)> = ROLES
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let score = chosen
                .iter()
                .flat_map(|o| o.weights.iter())
                .filter(|(slug, _)| *slug == r.slug)
                .map(|(_, w)| *w)
                .sum();
            (i, r.slug, score)
        })
        .collect();
    crate::sort::by(&mut ranking, |a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    let top_slug = ranking[0].1;
    let top = role(top_slug).unwrap_or(&ROLES[0]);
    let mut reasons: Vec<(i32, usize, Text)> = chosen
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            o.weights
                .iter()
                .find(|(slug, w)| *slug == top_slug && *w > 0)
                .map(|(_, w)| (*w, i, o.reason))
        })
        .collect();
    crate::sort::by(&mut reasons, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let also_consider = ranking
        .iter()
        .skip(1)
        .filter(|(_, _, s)| *s > 0)
        .take(2)
        .filter_map(|(_, slug, _)| role(slug))
        .collect();
    Ok(RoleSuggestion {
        top,
        ranking: ranking.iter().map(|(_, s, w)| (*s, *w)).collect(),
        reasons: reasons.into_iter().map(|(_, _, t)| t).collect(),
        also_consider,
    })
}

macro_rules! opt {
    ($id:literal, $en:literal, $vi:literal, [$(($r:literal, $w:literal)),* $(,)?], $ren:literal, $rvi:literal) => {
        FitOption {
            id: $id,
            label: tx($en, $vi),
            weights: &[$(($r, $w)),*],
            reason: tx($ren, $rvi),
        }
    };
}

/// The role-fit questionnaire.
pub static FIT_QUESTIONS: &[FitQuestion] = &[
    FitQuestion {
        id: "energy",
        prompt: tx("Which part of a project gives you the most energy?", "Phần nào của một dự án khiến bạn hứng thú nhất?"),
        options: &[
            opt!("people", "Talking with people and keeping them happy", "Trò chuyện với mọi người và làm họ hài lòng",
                [("account-manager", 3), ("account-executive", 2), ("key-account-manager", 2), ("customer-success-manager", 2)],
                "You draw energy from people, and looking after the client relationship is the heart of this role.",
                "Bạn có năng lượng khi làm việc với con người, và chăm sóc quan hệ với client là cốt lõi của vị trí này."),
            opt!("research", "Digging into why people buy", "Đào sâu vì sao người ta mua hàng",
                [("account-planner", 4), ("strategic-account-manager", 1)],
                "You are curious about consumers, and this role lives on research and insight.",
                "Bạn tò mò về người tiêu dùng, và vị trí này sống nhờ nghiên cứu và insight."),
            opt!("closing", "Closing a deal and hitting a number", "Chốt deal và đạt chỉ tiêu",
                [("sales-account-manager", 4), ("key-account-manager", 2)],
                "You like clear targets and closing, which this role is measured on.",
                "Bạn thích chỉ tiêu rõ ràng và việc chốt deal, đúng là thứ vị trí này được đánh giá."),
            opt!("pitching", "Presenting an idea and winning the room", "Trình bày một ý tưởng và chinh phục cả phòng họp",
                [("account-director", 4), ("key-account-manager", 1), ("account-planner", 1)],
                "You like to present and persuade, and this role pitches new business beside the creative director.",
                "Bạn thích trình bày và thuyết phục, và vị trí này cùng creative director pitching khách hàng mới."),
            opt!("how-it-works", "Understanding how a technical thing works", "Hiểu một thứ kỹ thuật vận hành ra sao",
                [("technical-account-manager", 4), ("digital-account", 1)],
                "You enjoy technical detail, and this role bridges engineers and clients.",
                "Bạn thích chi tiết kỹ thuật, và vị trí này là cầu nối giữa kỹ sư và client."),
        ],
    },
    FitQuestion {
        id: "experience",
        prompt: tx("Where are you today?", "Hiện tại bạn đang ở đâu?"),
        options: &[
            opt!("student", "Student or fresh graduate", "Sinh viên hoặc mới ra trường",
                [("account-coordinator", 3), ("account-executive", 2)],
                "You are starting out, and this is the usual first step into an agency's account team.",
                "Bạn đang bắt đầu, và đây là bước đầu tiên quen thuộc để vào team account của agency."),
            opt!("digital", "One to three years in digital marketing", "Một đến ba năm làm digital marketing",
                [("digital-account", 4), ("account-executive", 1)],
                "Your digital experience is exactly what digital account roles ask for.",
                "Kinh nghiệm digital của bạn đúng là điều các vị trí digital account yêu cầu."),
            opt!("clients", "Several years handling clients", "Vài năm làm việc trực tiếp với khách hàng",
                [("account-manager", 3), ("key-account-manager", 2)],
                "You already handle clients, the main requirement for owning accounts.",
                "Bạn đã quen làm việc với khách hàng, yêu cầu chính để tự phụ trách account."),
            opt!("technical", "A technical background (IT, engineering)", "Nền tảng kỹ thuật (CNTT, kỹ thuật)",
                [("technical-account-manager", 4), ("digital-account", 1)],
                "A technical background makes you credible with technical clients.",
                "Nền tảng kỹ thuật giúp bạn có tiếng nói với các client ngành kỹ thuật."),
        ],
    },
    FitQuestion {
        id: "deadlines",
        prompt: tx("A day with many small deadlines at once feels…", "Một ngày có nhiều deadline nhỏ cùng lúc khiến bạn thấy…"),
        options: &[
            opt!("exciting", "Exciting: I like juggling", "Hào hứng: tôi thích xoay xở nhiều việc",
                [("account-executive", 3), ("account-coordinator", 2), ("account-manager", 1)],
                "You enjoy juggling many jobs, which is the daily rhythm of this role.",
                "Bạn thích xoay xở nhiều việc, đúng nhịp làm việc hằng ngày của vị trí này."),
            opt!("plannable", "Fine, if I can plan it", "Ổn, nếu tôi lên kế hoạch được",
                [("account-manager", 2), ("digital-account", 2), ("key-account-manager", 1)],
                "You handle pressure through planning, which this role needs to keep many jobs on track.",
                "Bạn xử lý áp lực bằng kế hoạch, điều vị trí này cần để giữ nhiều việc đúng tiến độ."),
            opt!("draining", "Draining: I prefer deep work on one problem", "Mệt mỏi: tôi thích tập trung sâu vào một vấn đề",
                [("account-planner", 3), ("technical-account-manager", 2), ("strategic-account-manager", 1)],
                "You prefer depth over juggling, and this role gives time to think a problem through.",
                "Bạn thích chiều sâu hơn xoay xở, và vị trí này cho bạn thời gian suy nghĩ thấu đáo."),
        ],
    },
    FitQuestion {
        id: "numbers",
        prompt: tx("How do you feel about numbers and dashboards?", "Bạn thấy thế nào với số liệu và dashboard?"),
        options: &[
            opt!("love", "I love them", "Tôi rất thích",
                [("digital-account", 3), ("customer-success-manager", 2), ("sales-account-manager", 1)],
                "You like reading data, and this role is run on metrics every day.",
                "Bạn thích đọc số liệu, và vị trí này vận hành bằng các chỉ số mỗi ngày."),
            opt!("money", "Fine for budgets and revenue", "Ổn với ngân sách và doanh thu",
                [("key-account-manager", 2), ("account-manager", 2), ("sales-account-manager", 2)],
                "You are at ease with budgets and revenue, which this role owns.",
                "Bạn thoải mái với ngân sách và doanh thu, những thứ vị trí này chịu trách nhiệm."),
            opt!("words", "I prefer words and ideas", "Tôi thích chữ và ý tưởng hơn",
                [("account-planner", 2), ("account-executive", 1), ("account-director", 1)],
                "You think in words and ideas, and this role turns them into briefs and strategy.",
                "Bạn tư duy bằng chữ và ý tưởng, và vị trí này biến chúng thành brief và chiến lược."),
        ],
    },
    FitQuestion {
        id: "disagreement",
        prompt: tx("The client and your team disagree. What do you do first?", "Client và team của bạn bất đồng. Việc đầu tiên bạn làm là gì?"),
        options: &[
            opt!("compromise", "Find a compromise both can live with", "Tìm điểm dung hòa cả hai bên chấp nhận được",
                [("account-manager", 3), ("account-executive", 2)],
                "You look for common ground, the daily skill of standing between client and agency.",
                "Bạn tìm điểm chung, kỹ năng hằng ngày của người đứng giữa client và agency."),
            opt!("firm", "Hold firm on terms and negotiate", "Giữ vững điều khoản và đàm phán",
                [("key-account-manager", 3), ("sales-account-manager", 2)],
                "You negotiate firmly, which this role needs to avoid being squeezed by big clients.",
                "Bạn đàm phán cứng rắn, điều vị trí này cần để không bị client lớn chèn ép."),
            opt!("evidence", "Go back to the evidence about consumers", "Quay lại bằng chứng về người tiêu dùng",
                [("account-planner", 3), ("strategic-account-manager", 1)],
                "You settle arguments with evidence, as a planner does.",
                "Bạn giải quyết tranh luận bằng bằng chứng, đúng cách của một planner."),
            opt!("explain", "Patiently explain the constraint to the client", "Kiên nhẫn giải thích giới hạn cho client",
                [("customer-success-manager", 3), ("technical-account-manager", 2)],
                "You explain patiently, which helps clients get value from a product.",
                "Bạn giải thích kiên nhẫn, điều giúp client nhận được giá trị từ sản phẩm."),
        ],
    },
    FitQuestion {
        id: "clients",
        prompt: tx("Which clients would you rather serve?", "Bạn muốn phục vụ kiểu client nào?"),
        options: &[
            opt!("few-big", "A few large, complex clients", "Một vài client lớn và phức tạp",
                [("key-account-manager", 3), ("strategic-account-manager", 3)],
                "You want depth with a few large clients, which is exactly this role's portfolio.",
                "Bạn muốn gắn bó sâu với vài client lớn, đúng danh mục của vị trí này."),
            opt!("global", "Companies present in many countries", "Công ty có mặt ở nhiều quốc gia",
                [("global-account-manager", 5), ("strategic-account-manager", 1)],
                "You are drawn to multinational clients, this role's whole focus.",
                "Bạn bị cuốn hút bởi client đa quốc gia, trọng tâm của vị trí này."),
            opt!("many-small", "Many clients using one product", "Nhiều client cùng dùng một sản phẩm",
                [("customer-success-manager", 3), ("sales-account-manager", 1)],
                "You like helping many clients succeed with one product, as in SaaS.",
                "Bạn thích giúp nhiều client thành công với một sản phẩm, như trong mô hình SaaS."),
            opt!("brands", "Brands running fast digital campaigns", "Thương hiệu chạy chiến dịch digital nhanh",
                [("digital-account", 3), ("account-executive", 1)],
                "You like the pace of digital campaigns, the daily work of this role.",
                "Bạn thích nhịp độ của chiến dịch digital, công việc hằng ngày của vị trí này."),
        ],
    },
    FitQuestion {
        id: "success",
        prompt: tx("Which success would feel best?", "Thành công nào khiến bạn thấy đã nhất?"),
        options: &[
            opt!("deal", "A deal signed this month", "Một hợp đồng ký ngay trong tháng",
                [("sales-account-manager", 3)],
                "You enjoy quick, visible wins, which sales-driven account roles reward.",
                "Bạn thích thành quả nhanh và rõ ràng, điều các vị trí account thiên về bán hàng ghi nhận."),
            opt!("renewal", "A client who renews for years", "Một client gắn bó và gia hạn nhiều năm",
                [("key-account-manager", 2), ("account-manager", 2), ("customer-success-manager", 2), ("strategic-account-manager", 1)],
                "You value long relationships, the farmer's side of account work.",
                "Bạn coi trọng quan hệ lâu dài, phần \"đi cày\" của nghề account."),
            opt!("idea", "An idea that changes how people see a brand", "Một ý tưởng thay đổi cách mọi người nhìn thương hiệu",
                [("account-planner", 2), ("account-director", 2), ("account-executive", 1)],
                "You care about ideas that work for the brand, which this role argues for.",
                "Bạn quan tâm đến ý tưởng hiệu quả cho thương hiệu, điều vị trí này đứng ra bảo vệ."),
            opt!("fix", "Fixing a problem nobody else could explain", "Gỡ được vấn đề mà không ai giải thích nổi",
                [("technical-account-manager", 3)],
                "You like solving puzzles for clients, the core of technical account work.",
                "Bạn thích giải đố cho client, cốt lõi của công việc technical account."),
        ],
    },
    FitQuestion {
        id: "cultures",
        prompt: tx("How do you feel about working across cultures and time zones?", "Bạn thấy thế nào khi làm việc với nhiều nền văn hóa và múi giờ?"),
        options: &[
            opt!("love", "I'd love it, and I speak another language well", "Rất thích, và tôi giỏi một ngoại ngữ",
                [("global-account-manager", 4), ("strategic-account-manager", 1)],
                "You are at home across cultures, which multinational clients need.",
                "Bạn thoải mái với nhiều nền văn hóa, điều client đa quốc gia cần."),
            opt!("local", "I'd rather work locally for now", "Tạm thời tôi muốn làm ở thị trường trong nước",
                [("account-coordinator", 1), ("account-executive", 1), ("digital-account", 1), ("account-manager", 1)],
                "You want to build your craft locally first, which agency account roles allow.",
                "Bạn muốn rèn nghề ở thị trường trong nước trước, điều các vị trí account trong agency cho phép."),
            opt!("open", "Open to it if the role needs it", "Sẵn sàng nếu công việc cần",
                [("key-account-manager", 1), ("strategic-account-manager", 1)],
                "You are open to larger, more complex clients as they come.",
                "Bạn sẵn sàng với những client lớn và phức tạp hơn khi có cơ hội."),
        ],
    },
];

/// Each question of [`FIT_QUESTIONS`] by id, with its options' ids, in its
/// order: what a stored answer is checked against. A page that saves the
/// user's progress carries these ids, not the questionnaire's wording in two
/// languages. A test keeps the two lists equal.
pub static FIT_IDS: &[(&str, &[&str])] = &[
    (
        "energy",
        &["people", "research", "closing", "pitching", "how-it-works"],
    ),
    (
        "experience",
        &["student", "digital", "clients", "technical"],
    ),
    ("deadlines", &["exciting", "plannable", "draining"]),
    ("numbers", &["love", "money", "words"]),
    (
        "disagreement",
        &["compromise", "firm", "evidence", "explain"],
    ),
    ("clients", &["few-big", "global", "many-small", "brands"]),
    ("success", &["deal", "renewal", "idea", "fix"]),
    ("cultures", &["love", "local", "open"]),
];

/// The options' ids of the fit question `question_id`, if there is one.
pub fn fit_options(question_id: &str) -> Option<&'static [&'static str]> {
    FIT_IDS
        .iter()
        .find(|(q, _)| *q == question_id)
        .map(|(_, options)| *options)
}

// ---------------------------------------------------------------------------
// Knowledge quizzes
// ---------------------------------------------------------------------------

/// The topics with a knowledge quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuizTopic {
    Workflow,
    Documents,
    Kpis,
    AccountVsSales,
    Roles,
    Skills,
    PayAndLevels,
    Budget,
    MissedDeadline,
    Order,
}

impl QuizTopic {
    pub const ALL: [QuizTopic; 10] = [
        QuizTopic::Workflow,
        QuizTopic::Documents,
        QuizTopic::Kpis,
        QuizTopic::AccountVsSales,
        QuizTopic::Roles,
        QuizTopic::Skills,
        QuizTopic::PayAndLevels,
        QuizTopic::Budget,
        QuizTopic::MissedDeadline,
        QuizTopic::Order,
    ];

    /// Stable id, used in URLs and in the stored score history.
    pub fn id(self) -> &'static str {
        match self {
            QuizTopic::Workflow => "workflow",
            QuizTopic::Documents => "documents",
            QuizTopic::Kpis => "kpis",
            QuizTopic::AccountVsSales => "account-vs-sales",
            QuizTopic::Roles => "roles",
            QuizTopic::Skills => "skills",
            QuizTopic::PayAndLevels => "pay-and-levels",
            QuizTopic::Budget => "budget-balancing",
            QuizTopic::MissedDeadline => "missed-deadline",
            QuizTopic::Order => "steps-in-order",
        }
    }

    pub fn from_id(id: &str) -> Option<QuizTopic> {
        QuizTopic::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// What kind of answer a question asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Pick one of the choices: `correct` is the right one.
    Choice,
    /// Put the choices in order: they are listed in the right order and
    /// shown first in the order `start` gives (indices into `choices`).
    /// Scored all or nothing: right only when every item is in its place.
    Order { start: &'static [usize] },
}

/// A question: multiple choice or "put in order".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuizQuestion {
    pub id: &'static str,
    pub prompt: Text,
    /// The choices; for an ordering question, the items in the right order.
    pub choices: &'static [Text],
    /// Index of the correct choice (0 for an ordering question).
    pub correct: usize,
    /// Shown after answering.
    pub explanation: Text,
    pub kind: QuestionKind,
}

/// The user's answer to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizAnswer {
    /// The chosen choice.
    Choice(usize),
    /// The items as the user arranged them (indices into `choices`).
    Order(Vec<usize>),
}

impl QuizQuestion {
    /// The answer a person starts from before touching the question: an
    /// ordering question starts in its shuffled order; a choice has none.
    pub fn initial_answer(&self) -> Option<QuizAnswer> {
        match self.kind {
            QuestionKind::Choice => None,
            QuestionKind::Order { start } => Some(QuizAnswer::Order(start.to_vec())),
        }
    }

    /// Checks an answer: whether it is right, or why it cannot be scored.
    pub fn check(&self, answer: &QuizAnswer) -> Result<bool, QuizError> {
        match (self.kind, answer) {
            (QuestionKind::Choice, QuizAnswer::Choice(c)) => {
                if *c >= self.choices.len() {
                    return Err(QuizError::ChoiceOutOfRange {
                        question: self.id.to_string(),
                        choice: *c,
                        choices: self.choices.len(),
                    });
                }
                Ok(*c == self.correct)
            }
            (QuestionKind::Order { .. }, QuizAnswer::Order(order)) => {
                if !is_permutation(order, self.choices.len()) {
                    return Err(QuizError::NotAnOrder(self.id.to_string()));
                }
                Ok(order.iter().enumerate().all(|(i, c)| i == *c))
            }
            _ => Err(QuizError::WrongKind(self.id.to_string())),
        }
    }
}

/// Whether `order` holds each of `0..n` exactly once.
fn is_permutation(order: &[usize], n: usize) -> bool {
    let mut seen = vec![false; n];
    order.len() == n
        && order
            .iter()
            .all(|&i| i < n && !std::mem::replace(&mut seen[i], true))
}

/// Moves the item at `from` one place up (`up`) or down in an arrangement;
/// nothing happens at either end. Returns whether it moved.
pub fn move_item(order: &mut [usize], from: usize, up: bool) -> bool {
    let to = match (up, from) {
        (true, 0) => return false,
        (true, f) => f - 1,
        (false, f) if f + 1 >= order.len() => return false,
        (false, f) => f + 1,
    };
    order.swap(from, to);
    true
}

/// A quiz on one topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KnowledgeQuiz {
    pub topic: QuizTopic,
    pub title: Text,
    pub questions: &'static [QuizQuestion],
}

/// The result of one attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizScore {
    pub topic: QuizTopic,
    pub correct: u32,
    pub total: u32,
    /// Per question: answered correctly?
    pub results: Vec<bool>,
}

impl QuizScore {
    /// Whole percentage, rounded half up.
    pub fn percent(&self) -> u32 {
        percent(self.correct, self.total)
    }
}

fn percent(correct: u32, total: u32) -> u32 {
    (correct * 100 + total / 2).checked_div(total).unwrap_or(0)
}

/// The quiz on a topic.
pub fn knowledge_quiz(topic: QuizTopic) -> &'static KnowledgeQuiz {
    KNOWLEDGE_QUIZZES
        .iter()
        .find(|q| q.topic == topic)
        .unwrap_or(&KNOWLEDGE_QUIZZES[0])
}

/// Scores one attempt of multiple-choice answers: `answers[i]` is the
/// chosen choice of question `i`, `None` when skipped (counted wrong).
pub fn score_quiz(topic: QuizTopic, answers: &[Option<usize>]) -> Result<QuizScore, QuizError> {
    let answers: Vec<Option<QuizAnswer>> =
        answers.iter().map(|a| a.map(QuizAnswer::Choice)).collect();
    score_answers(topic, &answers)
}

/// Scores one attempt: `answers[i]` answers question `i`, `None` when
/// skipped (counted wrong). An ordering question counts as right only when
/// every item is in its place.
pub fn score_answers(
    topic: QuizTopic,
    answers: &[Option<QuizAnswer>],
) -> Result<QuizScore, QuizError> {
    let quiz = knowledge_quiz(topic);
    if answers.len() != quiz.questions.len() {
        return Err(QuizError::WrongLength {
            expected: quiz.questions.len(),
            got: answers.len(),
        });
    }
    let mut results = Vec::with_capacity(answers.len());
    for (q, a) in quiz.questions.iter().zip(answers) {
        results.push(match a {
            Some(a) => q.check(a)?,
            None => false,
        });
    }
    Ok(QuizScore {
        topic,
        correct: results.iter().filter(|r| **r).count() as u32,
        total: results.len() as u32,
        results,
    })
}

/// One stored attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizAttempt {
    /// `QuizTopic::id`.
    pub topic: String,
    pub date: NaiveDate,
    pub correct: u32,
    pub total: u32,
}

impl Default for QuizAttempt {
    fn default() -> Self {
        QuizAttempt {
            topic: String::new(),
            date: NaiveDate::MIN,
            correct: 0,
            total: 0,
        }
    }
}

impl QuizAttempt {
    pub fn percent(&self) -> u32 {
        percent(self.correct, self.total)
    }
}

/// Most attempts kept; the oldest go first.
pub const HISTORY_MAX: usize = 500;

/// Every quiz attempt, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScoreHistory {
    pub attempts: Vec<QuizAttempt>,
}

impl ScoreHistory {
    /// Adds an attempt made on `today`.
    pub fn record(&mut self, score: &QuizScore, today: NaiveDate) {
        self.attempts.push(QuizAttempt {
            topic: score.topic.id().to_string(),
            date: today,
            correct: score.correct,
            total: score.total,
        });
        if self.attempts.len() > HISTORY_MAX {
            let extra = self.attempts.len() - HISTORY_MAX;
            self.attempts.drain(..extra);
        }
    }

    /// Attempts on a topic, oldest first.
    pub fn for_topic(&self, topic: QuizTopic) -> Vec<&QuizAttempt> {
        self.attempts
            .iter()
            .filter(|a| a.topic == topic.id())
            .collect()
    }

    /// The latest attempt on a topic.
    pub fn latest(&self, topic: QuizTopic) -> Option<&QuizAttempt> {
        self.for_topic(topic).into_iter().next_back()
    }

    /// The best attempt on a topic by percentage (the earliest on ties).
    pub fn best(&self, topic: QuizTopic) -> Option<&QuizAttempt> {
        let mut best: Option<&QuizAttempt> = None;
        for a in self.for_topic(topic) {
            if best.is_none_or(|b| a.percent() > b.percent()) {
                best = Some(a);
            }
        }
        best
    }
}

pub(crate) fn collect_texts(out: &mut Vec<(String, Text)>) {
    use super::{push, push_all};
    for q in FIT_QUESTIONS {
        push(out, format!("fit {} prompt", q.id), q.prompt);
        for o in q.options {
            push(out, format!("fit {} {} label", q.id, o.id), o.label);
            push(out, format!("fit {} {} reason", q.id, o.id), o.reason);
        }
    }
    for quiz in KNOWLEDGE_QUIZZES {
        push(out, format!("quiz {} title", quiz.topic.id()), quiz.title);
        for q in quiz.questions {
            push(out, format!("quiz {} prompt", q.id), q.prompt);
            push_all(out, &format!("quiz {} choice", q.id), q.choices);
            push(out, format!("quiz {} explanation", q.id), q.explanation);
        }
    }
}

macro_rules! mcq {
    ($id:literal, $en:literal, $vi:literal, [$(($cen:literal, $cvi:literal)),* $(,)?], $correct:literal, $xen:literal, $xvi:literal) => {
        QuizQuestion {
            id: $id,
            prompt: tx($en, $vi),
            choices: &[$(tx($cen, $cvi)),*],
            correct: $correct,
            explanation: tx($xen, $xvi),
            kind: QuestionKind::Choice,
        }
    };
}

macro_rules! order {
    ($id:literal, $en:literal, $vi:literal, [$(($cen:literal, $cvi:literal)),* $(,)?], $start:expr, $xen:literal, $xvi:literal) => {
        QuizQuestion {
            id: $id,
            prompt: tx($en, $vi),
            choices: &[$(tx($cen, $cvi)),*],
            correct: 0,
            explanation: tx($xen, $xvi),
            kind: QuestionKind::Order { start: $start },
        }
    };
}

/// The knowledge quizzes, one per topic.
pub static KNOWLEDGE_QUIZZES: &[KnowledgeQuiz] = &[
    KnowledgeQuiz {
        topic: QuizTopic::Workflow,
        title: tx("The workflow, brief to wrap-up", "Quy trình từ brief đến tổng kết"),
        questions: &[
            mcq!("wf-first-step", "Who brings a new client to account?", "Ai mang client mới đến cho account?",
                [("Creative", "Team Creative"), ("Sales", "Sales"), ("The planner", "Planner"), ("Production", "Team Production")], 1,
                "Sales wins the client and hands them over: sales hunts, account farms.",
                "Sales giành được client rồi bàn giao: sales đi săn, account đi cày."),
            mcq!("wf-giai-brief", "What comes right after receiving the client brief?", "Việc gì đến ngay sau khi nhận client brief?",
                [("Brainstorm", "Brainstorm"), ("Signing the contract", "Ký hợp đồng"), ("Giải brief and proposing a budget", "Giải brief và đề xuất ngân sách"), ("Production", "Sản xuất")], 2,
                "Account first decodes the brief and proposes a budget.",
                "Account giải brief và đề xuất ngân sách trước tiên."),
            mcq!("wf-no-planner", "Who writes the creative brief where the agency has no planner?", "Ở agency không có planner, ai viết creative brief?",
                [("The client", "Client"), ("Account", "Account"), ("The designer", "Designer"), ("Nobody", "Không ai cả")], 1,
                "Without a planner, account does the planning work.",
                "Khi không có planner, account đảm nhận luôn phần planning."),
            mcq!("wf-three-ideas", "How many ideas should internal review keep for the proposal, at least?", "Internal review nên giữ lại ít nhất bao nhiêu ý tưởng cho proposal?",
                [("One", "Một"), ("Two", "Hai"), ("Three", "Ba"), ("Ten", "Mười")], 2,
                "At least the three best ideas go into the proposal.",
                "Ít nhất ba ý tưởng tốt nhất được đưa vào proposal."),
            mcq!("wf-assistant-director", "During a TVC shoot, the account acts most like…", "Trong buổi quay TVC, account giống nhất với…",
                [("The director of photography", "Đạo diễn hình ảnh"), ("An assistant director", "Trợ lý đạo diễn"), ("The actor", "Diễn viên"), ("A spectator", "Khán giả")], 1,
                "Account watches and solves problems on the spot, like an assistant director.",
                "Account quan sát và xử lý tình huống tại chỗ, như một trợ lý đạo diễn."),
            mcq!("wf-wrap-up", "Which belongs to wrap-up?", "Việc nào thuộc khâu tổng kết?",
                [("Brainstorming ideas", "Brainstorm ý tưởng"), ("Confirming KOLs", "Chốt KOL"), ("Contract liquidation and collecting payment", "Thanh lý hợp đồng và thu tiền"), ("Writing the creative brief", "Viết creative brief")], 2,
                "Wrap-up means the final report, contract liquidation and payment collection.",
                "Tổng kết gồm báo cáo cuối, thanh lý hợp đồng và thu tiền."),
        ],
    },
    KnowledgeQuiz {
        topic: QuizTopic::Documents,
        title: tx("The three documents", "Ba loại tài liệu của account"),
        questions: &[
            mcq!("doc-contact-purpose", "What is a contact report for?", "Contact report dùng để làm gì?",
                [("Listing the client's phone numbers", "Lưu số điện thoại của client"), ("Recording what the parties agreed", "Ghi lại những gì các bên đã thống nhất"), ("Tracking invoices", "Theo dõi hóa đơn"), ("Reviewing competitors", "Phân tích đối thủ")], 1,
                "It records agreements so everyone understands the meeting the same way.",
                "Nó ghi lại thỏa thuận để mọi người hiểu buổi họp giống nhau."),
            mcq!("doc-agreement", "Under \"Agreement\", a good contact report names…", "Ở mục \"Thỏa thuận\", một contact report tốt ghi…",
                [("The exact item the client accepted", "Đúng hạng mục client đã chấp nhận"), ("A general theme", "Một chủ đề chung chung"), ("The agency's wishes", "Mong muốn của agency"), ("Only the budget", "Chỉ ngân sách")], 0,
                "The actual item, not a substitute name, so nothing is open to doubt.",
                "Đúng hạng mục thật, không dùng tên thay thế, để không còn gì mơ hồ."),
            mcq!("doc-wip", "What does a WIP report track?", "WIP report theo dõi điều gì?",
                [("Competitors' campaigns", "Chiến dịch của đối thủ"), ("The status of every job and who owns it", "Tình trạng từng đầu việc và người phụ trách"), ("Staff salaries", "Lương nhân viên"), ("Meeting attendance only", "Chỉ danh sách người dự họp")], 1,
                "Work in progress: each job's status, owner, next step and timing.",
                "Công việc đang thực hiện: tình trạng, người phụ trách, bước tiếp theo và thời gian của từng việc."),
            mcq!("doc-wip-good", "A good WIP report…", "Một WIP report tốt…",
                [("Lists only late jobs", "Chỉ liệt kê việc bị trễ"), ("Leaves out no job's status", "Không bỏ sót tình trạng của đầu việc nào"), ("Is sent once at the end", "Chỉ gửi một lần vào cuối dự án"), ("Hides problems from the client", "Giấu vấn đề với client")], 1,
                "Every job's current status is there, with next step, owner and timing.",
                "Có đủ tình trạng hiện tại của mọi đầu việc, kèm bước tiếp theo, người phụ trách và thời gian."),
            mcq!("doc-competitor-period", "A competitor review usually covers campaigns from…", "Bản competitor review thường xem xét chiến dịch trong khoảng…",
                [("The past week", "Một tuần qua"), ("About the past year", "Khoảng một năm gần nhất"), ("The past decade", "Mười năm qua"), ("Next year", "Năm sau")], 1,
                "Usually about the past year of the client's and competitors' campaigns.",
                "Thường là khoảng một năm gần nhất của client và đối thủ."),
            mcq!("doc-competitor-pov", "What turns a competitor review from a list into something useful?", "Điều gì biến competitor review từ một danh sách thành tài liệu hữu ích?",
                [("More screenshots", "Thêm ảnh chụp màn hình"), ("The account's own point of view on the client's problem", "Góc nhìn riêng của account về vấn đề của client"), ("A bigger font", "Phông chữ to hơn"), ("Leaving out the client", "Bỏ client ra ngoài")], 1,
                "Analysis and a point of view, then planning with the planner.",
                "Phân tích và góc nhìn riêng, rồi cùng planner lên kế hoạch."),
        ],
    },
    KnowledgeQuiz {
        topic: QuizTopic::Kpis,
        title: tx("Account KPIs", "KPI của account"),
        questions: &[
            mcq!("kpi-nps", "NPS measures…", "NPS đo lường…",
                [("How fast the account replies", "Account phản hồi nhanh thế nào"), ("How willing the client is to recommend the agency", "Mức độ client sẵn lòng giới thiệu agency"), ("Revenue per month", "Doanh thu mỗi tháng"), ("Number of meetings", "Số buổi họp")], 1,
                "Net Promoter Score: willingness to recommend, judged on advice and care.",
                "Net Promoter Score: mức sẵn lòng giới thiệu, dựa trên tư vấn và chăm sóc."),
            mcq!("kpi-nps-basis", "Which two things does the client judge in the account's NPS?", "Client dựa vào hai điều gì khi chấm NPS cho account?",
                [("Price and speed", "Giá và tốc độ"), ("Consulting knowledge and care", "Kiến thức tư vấn và thái độ chăm sóc"), ("Office and location", "Văn phòng và địa điểm"), ("Logo and colours", "Logo và màu sắc")], 1,
                "Consulting knowledge and the attitude of care.",
                "Kiến thức tư vấn và thái độ chăm sóc."),
            mcq!("kpi-retention", "Client retention rate shows…", "Tỷ lệ giữ chân khách hàng cho thấy…",
                [("Client loyalty", "Lòng trung thành của client"), ("Creative quality", "Chất lượng sáng tạo"), ("Staff turnover", "Tỷ lệ nghỉ việc của nhân viên"), ("Media cost", "Chi phí media")], 0,
                "It measures how many clients stay and come back.",
                "Nó đo bao nhiêu client ở lại và tiếp tục sử dụng dịch vụ."),
            mcq!("kpi-response", "Which KPI is about how long the client waits for an answer?", "KPI nào nói về việc client phải chờ phản hồi bao lâu?",
                [("Upsell rate", "Tỷ lệ upsell"), ("Average response time", "Thời gian phản hồi trung bình"), ("Retention rate", "Tỷ lệ giữ chân"), ("Revenue", "Doanh số")], 1,
                "Average response time to the client.",
                "Thời gian phản hồi trung bình cho client."),
            mcq!("kpi-upsell", "Selling an existing client another service raises…", "Bán thêm dịch vụ khác cho client hiện có làm tăng…",
                [("The cross-sell rate", "Tỷ lệ cross-sell"), ("The response time", "Thời gian phản hồi"), ("Clients per account", "Số client trên mỗi account"), ("Nothing", "Không chỉ số nào")], 0,
                "Selling other services is cross-selling; selling more of the same is upselling.",
                "Bán dịch vụ khác là cross-sell; bán thêm cùng loại là upsell."),
            mcq!("kpi-not-account", "Which of these is NOT one of the account KPIs listed in the guide?", "Chỉ số nào KHÔNG nằm trong các KPI của account trong hướng dẫn?",
                [("Revenue delivered", "Đảm bảo doanh số"), ("Clients per account person", "Số khách hàng trên một account"), ("Number of design awards", "Số giải thưởng thiết kế"), ("Retention rate", "Tỷ lệ giữ chân")], 2,
                "Awards belong to creative; account is measured on clients and revenue.",
                "Giải thưởng là chuyện của creative; account được đo bằng client và doanh số."),
        ],
    },
    KnowledgeQuiz {
        topic: QuizTopic::AccountVsSales,
        title: tx("Account vs sales", "Account và sales"),
        questions: &[
            mcq!("avs-hunter", "In the metaphor, sales is the… and account is the…", "Trong hình ảnh so sánh, sales là… còn account là…",
                [("farmer, hunter", "người đi cày, người đi săn"), ("hunter, farmer", "người đi săn, người đi cày"), ("builder, painter", "thợ xây, thợ sơn"), ("driver, passenger", "tài xế, hành khách")], 1,
                "Sales hunts new clients; account farms existing ones.",
                "Sales đi săn client mới; account đi cày với client hiện có."),
            mcq!("avs-when", "When does account mainly work with the client?", "Account chủ yếu làm việc với client vào lúc nào?",
                [("Before the sale", "Trước khi bán"), ("After the sale", "Sau khi bán"), ("Only at the pitch", "Chỉ lúc pitching"), ("Never directly", "Không bao giờ trực tiếp")], 1,
                "After the sale, to grow the client.",
                "Sau khi bán, để phát triển client."),
            mcq!("avs-goal", "Account's main goal is…", "Mục tiêu chính của account là…",
                [("Converting leads", "Chuyển đổi lead"), ("Client satisfaction and retention", "Sự hài lòng và giữ chân client"), ("Cold calling", "Gọi điện chào hàng"), ("Designing ads", "Thiết kế quảng cáo")], 1,
                "Satisfaction and retention; conversions belong to sales.",
                "Sự hài lòng và giữ chân; chuyển đổi là việc của sales."),
            mcq!("avs-profit", "Account's profit comes mostly from…", "Lợi nhuận của account chủ yếu đến từ…",
                [("One-off deals", "Các deal một lần"), ("Renewals, upgrades and referrals", "Gia hạn, nâng cấp và giới thiệu"), ("Discounts", "Giảm giá"), ("Penalties", "Tiền phạt")], 1,
                "Long-term profit: renewals, upgrades and referrals.",
                "Lợi nhuận dài hạn: gia hạn, nâng cấp và giới thiệu."),
            mcq!("avs-internal", "Which role mostly coordinates the company's internal resources?", "Vai trò nào chủ yếu điều phối nguồn lực nội bộ?",
                [("Sales", "Sales"), ("Account", "Account"), ("Neither", "Không ai"), ("The client", "Client")], 1,
                "Account coordinates internal teams for the best service; sales works mostly outside.",
                "Account điều phối các team nội bộ để phục vụ tốt nhất; sales chủ yếu làm việc bên ngoài."),
            mcq!("avs-why-hire", "Why do agencies hire account more than creative?", "Vì sao agency tuyển account nhiều hơn creative?",
                [("Account needs no skills", "Account không cần kỹ năng"), ("Account earns money directly and creative needs rare talent", "Account mang tiền về trực tiếp, còn creative cần năng khiếu hiếm"), ("Creative is paid more", "Creative được trả lương cao hơn"), ("Clients dislike creatives", "Client không thích dân creative")], 1,
                "Account brings revenue directly; creative is stressful and needs rare aesthetic talent.",
                "Account mang doanh thu trực tiếp; creative căng thẳng và cần năng khiếu thẩm mỹ hiếm có."),
        ],
    },
    KnowledgeQuiz {
        topic: QuizTopic::Roles,
        title: tx("Account roles", "Các vị trí account"),
        questions: &[
            mcq!("role-entry", "Which is the entry-level account job in an agency?", "Vị trí account cấp đầu vào trong agency là gì?",
                [("Account Director", "Account Director"), ("Account Coordinator", "Account Coordinator"), ("Key Account Manager", "Key Account Manager"), ("Global Account Manager", "Global Account Manager")], 1,
                "The coordinator is the first step, often for fresh graduates.",
                "Coordinator là bước đầu tiên, thường dành cho sinh viên mới ra trường."),
            mcq!("role-planner", "Who \"knows what the consumer wants\"?", "Ai là người \"hiểu người tiêu dùng muốn gì\"?",
                [("The Account Planner", "Account Planner"), ("The Account Manager", "Account Manager"), ("The Sales Account Manager", "Sales Account Manager"), ("The Coordinator", "Coordinator")], 0,
                "The AM knows what the client wants; the planner knows what the consumer wants.",
                "AM hiểu client muốn gì; planner hiểu người tiêu dùng muốn gì."),
            mcq!("role-kam-receivables", "Which role reconciles data and collects receivables (công nợ)?", "Vị trí nào đối soát dữ liệu và thu hồi công nợ?",
                [("Account Planner", "Account Planner"), ("Key Account Manager", "Key Account Manager"), ("Technical Account Manager", "Technical Account Manager"), ("Account Coordinator", "Account Coordinator")], 1,
                "The KAM also owns committed revenue and manages a team.",
                "KAM còn chịu trách nhiệm doanh số cam kết và quản lý team."),
            mcq!("role-csm", "Customer Success Managers are most typical in…", "Customer Success Manager phổ biến nhất ở…",
                [("SaaS and subscription businesses", "Doanh nghiệp SaaS và mô hình thuê bao"), ("TV stations", "Đài truyền hình"), ("Printing houses", "Nhà in"), ("Film studios", "Hãng phim")], 0,
                "They drive onboarding, adoption and retention in subscription businesses.",
                "Họ lo onboarding, hướng dẫn sử dụng và giữ chân client ở mô hình thuê bao."),
            mcq!("role-ad", "Who pitches new business beside the creative director?", "Ai cùng creative director pitching khách hàng mới?",
                [("Account Coordinator", "Account Coordinator"), ("Account Director", "Account Director"), ("Technical Account Manager", "Technical Account Manager"), ("Customer Success Manager", "Customer Success Manager")], 1,
                "The AD runs client service and explains why the creative work is good for business.",
                "AD điều hành khối dịch vụ khách hàng và giải thích vì sao sản phẩm sáng tạo tốt cho kinh doanh."),
            mcq!("role-tam", "Which role is the bridge between engineers and the client?", "Vị trí nào là cầu nối giữa đội kỹ thuật và client?",
                [("Account Planner", "Account Planner"), ("Sales Account Manager", "Sales Account Manager"), ("Technical Account Manager", "Technical Account Manager"), ("Account Coordinator", "Account Coordinator")], 2,
                "The TAM turns client needs into technical requirements and explains technical detail in plain words.",
                "TAM chuyển nhu cầu của client thành yêu cầu kỹ thuật và giải thích chi tiết kỹ thuật bằng lời dễ hiểu."),
        ],
    },
    KnowledgeQuiz {
        topic: QuizTopic::Skills,
        title: tx("Skills of an account person", "Kỹ năng của người làm account"),
        questions: &[
            mcq!("sk-negotiation-prep", "Before a negotiation, what should you write down first?", "Trước một cuộc đàm phán, bạn nên ghi ra điều gì trước tiên?",
                [("A list of compliments for the client", "Một danh sách lời khen dành cho client"), ("Your walk-away point and two things you could trade", "Giới hạn của mình và hai thứ có thể đổi lại"), ("The client's home address", "Địa chỉ nhà của client"), ("Nothing: improvise", "Không gì cả: cứ ứng biến")], 1,
                "Knowing where you stop and what you can give in exchange keeps you from being squeezed.",
                "Biết mình dừng ở đâu và có thể nhượng gì để đổi lại giúp bạn không bị chèn ép."),
            mcq!("sk-filing", "Why keep contracts, budgets and reports neatly filed?", "Vì sao phải lưu hợp đồng, ngân sách và báo cáo thật ngăn nắp?",
                [("So anyone on the team can find them fast", "Để bất kỳ ai trong team cũng tìm ra nhanh"), ("Because clients inspect the folders", "Vì client sẽ kiểm tra thư mục"), ("To use more storage", "Để dùng thêm dung lượng lưu trữ"), ("It does not matter", "Không quan trọng")], 0,
                "Organisation means the files are there the moment someone needs them.",
                "Sắp xếp tốt nghĩa là tài liệu có sẵn ngay khi ai đó cần."),
            mcq!("sk-communication", "Clear communication, in the guide's sense, means…", "Giao tiếp rõ ràng, theo hướng dẫn, nghĩa là…",
                [("Writing long, detailed emails", "Viết email dài và thật chi tiết"), ("The client and the team understand the same thing the first time", "Client và team hiểu giống nhau ngay từ lần đầu"), ("Speaking only English", "Chỉ nói tiếng Anh"), ("Replying within a minute", "Trả lời trong vòng một phút")], 1,
                "The test is shared understanding at the first go, not length or speed.",
                "Thước đo là mọi người hiểu như nhau ngay lần đầu, không phải độ dài hay tốc độ."),
            mcq!("sk-insight", "Which skill is about what consumers really think, beyond what the client assumes?", "Kỹ năng nào nói về điều người tiêu dùng thật sự nghĩ, vượt ngoài giả định của client?",
                [("Consumer insight and research", "Insight và nghiên cứu người tiêu dùng"), ("Organisation and filing", "Sắp xếp và lưu trữ"), ("The sales process", "Quy trình bán hàng"), ("Technical literacy", "Hiểu biết kỹ thuật")], 0,
                "Consumer insight, the planner's core skill.",
                "Insight người tiêu dùng, kỹ năng cốt lõi của planner."),
            mcq!("sk-coordination", "Coordinating departments means getting whom to move towards one deadline?", "Điều phối các phòng ban là kéo những ai cùng tiến về một deadline?",
                [("Only the client", "Chỉ client"), ("Creative, planning, production and event teams, KOLs and outsourcers", "Team Creative, Planning, Production, Event, KOL và đơn vị outsource"), ("Only the designers", "Chỉ các designer"), ("The competitors", "Các đối thủ")], 1,
                "Account pulls every internal team and outside partner together so the deadline holds.",
                "Account kéo mọi team nội bộ và đối tác bên ngoài đi cùng nhau để giữ deadline."),
            mcq!("sk-marketing-depth", "Why does an account person need marketing knowledge in depth?", "Vì sao người làm account cần kiến thức marketing chuyên sâu?",
                [("To replace the creative team", "Để thay thế team Creative"), ("To follow and plan a campaign, judge the work and suggest changes", "Để bám sát và lập kế hoạch chiến dịch, đánh giá sản phẩm và gợi ý chỉnh sửa"), ("To design logos", "Để thiết kế logo"), ("It is not needed", "Không cần đến")], 1,
                "Depth lets account follow, plan, support creative, judge the work and propose adjustments.",
                "Hiểu sâu giúp account bám sát, lập kế hoạch, hỗ trợ Creative, đánh giá sản phẩm và đề xuất điều chỉnh."),
            mcq!("sk-studies", "Which studies do agencies often prefer for account jobs?", "Agency thường ưu tiên ngành học nào cho vị trí account?",
                [("Marketing or business administration", "Marketing hoặc quản trị kinh doanh"), ("Only fine arts", "Chỉ mỹ thuật"), ("Only law", "Chỉ luật"), ("Medicine", "Y khoa")], 0,
                "Marketing and business graduates are preferred, though an IT background helps with technology clients.",
                "Người học marketing và kinh doanh được ưu tiên, dù nền tảng công nghệ thông tin lại có lợi với client ngành công nghệ."),
        ],
    },
    KnowledgeQuiz {
        topic: QuizTopic::PayAndLevels,
        title: tx("Pay and levels", "Lương và cấp bậc"),
        questions: &[
            mcq!("pay-am", "At top agencies, what base salary does an Account Manager earn per month, according to the guide's source?", "Theo nguồn của hướng dẫn, lương cứng mỗi tháng của Account Manager ở các agency hàng đầu là bao nhiêu?",
                [("5–8 million VND", "5–8 triệu đồng"), ("16–23 million VND", "16–23 triệu đồng"), ("60–80 million VND", "60–80 triệu đồng"), ("Over 100 million VND", "Trên 100 triệu đồng")], 1,
                "16 to 23 million VND a month, before commission and bonus.",
                "Từ 16 đến 23 triệu đồng mỗi tháng, chưa tính hoa hồng và thưởng."),
            mcq!("pay-am-basis", "The Account Manager figure covers…", "Mức lương của Account Manager nêu trong hướng dẫn là…",
                [("Base salary, before commission and bonus", "Lương cứng, chưa gồm hoa hồng và thưởng"), ("Everything, bonus included", "Tổng thu nhập, đã gồm thưởng"), ("A yearly salary", "Lương cả năm"), ("Pay for interns", "Lương thực tập")], 0,
                "It is the fixed base; commission and bonus come on top.",
                "Đó là phần lương cố định; hoa hồng và thưởng được cộng thêm."),
            mcq!("pay-kam", "What monthly range does the guide quote for a Key Account Manager?", "Hướng dẫn dẫn mức lương tháng nào cho Key Account Manager?",
                [("10–35 million VND", "10–35 triệu đồng"), ("3–5 million VND", "3–5 triệu đồng"), ("16–18 million VND", "16–18 triệu đồng"), ("No figure at all", "Không có số liệu nào")], 0,
                "10 to 35 million VND, depending on ability, experience and company size (Salaryexplorer, quoted by JobsGO).",
                "Từ 10 đến 35 triệu đồng, tùy năng lực, kinh nghiệm và quy mô công ty (Salaryexplorer, JobsGO trích dẫn)."),
            mcq!("pay-unknown", "What does the guide say about an Account Planner's pay?", "Hướng dẫn nói gì về lương của Account Planner?",
                [("It is the highest in the agency", "Cao nhất agency"), ("It is the same as an intern's", "Bằng lương thực tập"), ("It is not known: the sources give no figure", "Chưa rõ: các nguồn không đưa ra số liệu"), ("Exactly 20 million VND", "Đúng 20 triệu đồng")], 2,
                "The guide shows only figures its sources give; for most roles it says the pay is not known.",
                "Hướng dẫn chỉ nêu số liệu có trong nguồn; với đa số vị trí, mức lương được ghi là chưa rõ."),
            mcq!("lvl-ae", "At which level does the Account Executive sit?", "Account Executive ở cấp bậc nào?",
                [("Entry level", "Mới vào nghề"), ("Junior", "Nhân viên (junior)"), ("Senior", "Cấp cao"), ("Director", "Giám đốc")], 1,
                "The AE is junior: above the coordinator, looking after one or a few clients.",
                "AE ở cấp junior: trên coordinator, chăm sóc một hoặc vài client."),
            mcq!("lvl-ae-reports", "Whom does an Account Executive report to?", "Account Executive báo cáo cho ai?",
                [("The client", "Client"), ("An Account Manager or Account Director", "Account Manager hoặc Account Director"), ("The Account Coordinator", "Account Coordinator"), ("Nobody", "Không ai")], 1,
                "The AE reports up to an Account Manager or Account Director.",
                "AE báo cáo lên Account Manager hoặc Account Director."),
            mcq!("lvl-digital", "How much experience do digital account job ads usually ask for?", "Tin tuyển digital account thường yêu cầu bao nhiêu kinh nghiệm?",
                [("None at all", "Không cần kinh nghiệm"), ("One to three years of digital marketing", "Một đến ba năm làm digital marketing"), ("Ten years in TV", "Mười năm làm truyền hình"), ("A PhD", "Bằng tiến sĩ")], 1,
                "One to three years in digital marketing is the usual ask.",
                "Thường là một đến ba năm kinh nghiệm digital marketing."),
        ],
    },
    KnowledgeQuiz {
        topic: QuizTopic::Budget,
        title: tx("Balancing requirements and budget", "Cân đối yêu cầu và ngân sách"),
        questions: &[
            mcq!("bud-tight", "A client brings a tight budget and a long list of wishes. The account should…", "Client đến với ngân sách eo hẹp và một danh sách mong muốn dài. Account nên…",
                [("Accept everything and absorb the cost", "Nhận hết và tự gánh chi phí"), ("Refuse the job", "Từ chối dự án"), ("Balance the two while protecting the idea and the agency's profit", "Cân đối hai bên mà vẫn giữ ý tưởng và lợi nhuận của agency"), ("Cut the creative idea first", "Cắt ý tưởng sáng tạo trước tiên")], 2,
                "Account weighs requirements against money without giving away the idea or the margin.",
                "Account cân đối yêu cầu với tiền mà không đánh đổi ý tưởng hay lợi nhuận."),
            mcq!("bud-trim", "When the plan must shrink to fit the money, what do you protect?", "Khi kế hoạch phải thu nhỏ cho vừa tiền, bạn giữ lại điều gì?",
                [("The core of the idea: trim around it", "Phần cốt lõi của ý tưởng: cắt gọt xung quanh"), ("The number of meetings", "Số buổi họp"), ("The longest film", "Bộ phim dài nhất"), ("Nothing in particular", "Không gì đặc biệt")], 0,
                "Cut around the idea, never through its heart.",
                "Cắt xung quanh ý tưởng, không bao giờ cắt vào lõi."),
            mcq!("bud-choices", "A good way to talk to the client about a small budget is to…", "Cách tốt để nói với client về ngân sách nhỏ là…",
                [("Hide what is missing", "Giấu những gì bị thiếu"), ("Show what this budget buys and what more money would add", "Cho thấy ngân sách này làm được gì và thêm tiền thì được thêm gì"), ("Ask for double", "Đòi gấp đôi"), ("Promise everything anyway", "Cứ hứa hết mọi thứ")], 1,
                "Giving options lets the client decide with the trade-offs in view.",
                "Đưa ra các lựa chọn giúp client quyết định khi đã thấy rõ được và mất."),
            mcq!("bud-control", "In every project, the account keeps control of…", "Trong mọi dự án, account phải kiểm soát…",
                [("Every income and cost line", "Từng khoản thu và chi"), ("Only the creative fee", "Chỉ phí sáng tạo"), ("The client's own accounts", "Sổ sách riêng của client"), ("Staff holidays", "Lịch nghỉ phép của nhân viên")], 0,
                "Control of each line of income and spending is what keeps the job profitable.",
                "Nắm từng khoản thu chi là điều giữ cho dự án có lãi."),
            mcq!("bud-margin", "Why does a digital account watch the media and production budget?", "Vì sao digital account phải canh ngân sách media và sản xuất?",
                [("So the agency keeps its margin", "Để agency giữ được lợi nhuận"), ("To spend it as fast as possible", "Để tiêu càng nhanh càng tốt"), ("Because the client forbids reports", "Vì client cấm báo cáo"), ("To pay the competitors", "Để trả tiền cho đối thủ")], 0,
                "Unchecked media and production costs eat the agency's margin.",
                "Chi phí media và sản xuất không được kiểm soát sẽ ăn mất lợi nhuận của agency."),
            mcq!("bud-split", "During a campaign, moving budget from one channel to another needs…", "Trong lúc chạy chiến dịch, chuyển ngân sách từ kênh này sang kênh khác cần…",
                [("Nothing: the account decides alone", "Không cần gì: account tự quyết"), ("The client's agreement, backed by the data", "Client đồng ý, dựa trên số liệu"), ("A new contract every time", "Một hợp đồng mới mỗi lần"), ("The competitor's approval", "Đối thủ chấp thuận")], 1,
                "A digital account proposes the shift from the numbers and makes it once the client agrees.",
                "Digital account đề xuất dựa trên số liệu và chỉ chuyển khi client đồng ý."),
            mcq!("bud-who", "Who agrees budgets with the client and approves payments in and out?", "Ai thống nhất ngân sách với client và duyệt các khoản thu chi?",
                [("The Account Coordinator", "Account Coordinator"), ("The Account Manager", "Account Manager"), ("The designer", "Designer"), ("The KOL", "KOL")], 1,
                "Setting budgets with the client and approving payments is the AM's job.",
                "Chốt ngân sách với client và duyệt thu chi là việc của AM."),
        ],
    },
    KnowledgeQuiz {
        topic: QuizTopic::MissedDeadline,
        title: tx("When a deadline slips", "Khi trễ deadline"),
        questions: &[
            mcq!("dl-first", "You see a deadline will slip. What do you do first?", "Bạn thấy một deadline sắp trễ. Việc đầu tiên là gì?",
                [("Wait and hope the client does not notice", "Chờ và mong client không để ý"), ("Tell the client early, with a new date you can keep", "Báo client sớm, kèm mốc mới chắc chắn giữ được"), ("Blame the creative team", "Đổ lỗi cho team Creative"), ("Stop answering the phone", "Không nghe điện thoại")], 1,
                "Early warning with a realistic new date keeps trust.",
                "Báo sớm kèm mốc mới thực tế giúp giữ niềm tin."),
            mcq!("dl-attitude", "What attitude does the guide ask for when a deadline slips?", "Hướng dẫn yêu cầu thái độ nào khi trễ deadline?",
                [("Panic so the client sees you care", "Hoảng hốt để client thấy mình quan tâm"), ("Stay calm and show the agency is doing its utmost", "Bình tĩnh và cho client thấy agency đang làm hết sức"), ("Pretend nothing happened", "Làm như không có chuyện gì"), ("Argue until the client gives up", "Tranh cãi đến khi client chịu thôi")], 1,
                "Calm, and visible effort from the agency.",
                "Bình tĩnh, và cho thấy agency đang nỗ lực hết mình."),
            mcq!("dl-blame", "Who takes responsibility towards the client?", "Ai nhận trách nhiệm với client?",
                [("The agency: take the blame first, then fix it", "Agency: nhận lỗi trước rồi khắc phục"), ("The client, for a late brief", "Client, vì gửi brief muộn"), ("The supplier alone", "Riêng nhà cung cấp"), ("Nobody", "Không ai cả")], 0,
                "As in any good service, own the problem, then solve it.",
                "Như mọi dịch vụ tốt, nhận phần lỗi rồi giải quyết."),
            mcq!("dl-penalty", "The client asks for a lot of free extra work as the price of the delay. The guide says…", "Client đòi làm thêm thật nhiều miễn phí để bù cho việc trễ. Hướng dẫn nói…",
                [("Always accept", "Luôn đồng ý"), ("Do not accept unreasonable penalties or free work", "Không chấp nhận phạt vô lý hay làm không công"), ("Cancel the contract", "Hủy hợp đồng"), ("Ask the competitor to do it", "Nhờ đối thủ làm")], 1,
                "Take responsibility, but do not let the client squeeze the agency unreasonably.",
                "Nhận trách nhiệm, nhưng không để client chèn ép agency quá mức."),
            mcq!("dl-common", "How common are missed deadlines in agencies?", "Trễ deadline ở agency phổ biến đến mức nào?",
                [("Almost unheard of", "Gần như không bao giờ"), ("Among the most common incidents", "Là một trong những sự cố hay gặp nhất"), ("Only in small agencies", "Chỉ ở agency nhỏ"), ("Only in December", "Chỉ vào tháng Mười hai")], 1,
                "They happen often, which is why the guide prepares you for them; time and deadlines are the job's biggest pressure.",
                "Chúng xảy ra thường xuyên, vì thế hướng dẫn chuẩn bị trước cho bạn; thời gian và deadline là áp lực lớn nhất của nghề."),
            mcq!("dl-wip", "Which document helps prevent slips by showing each job's owner, next step and date?", "Tài liệu nào giúp tránh trễ hạn nhờ ghi người phụ trách, bước tiếp theo và mốc thời gian của từng việc?",
                [("The competitor review", "Competitor review"), ("The WIP report", "WIP report"), ("The NPS survey", "Khảo sát NPS"), ("The job ad", "Tin tuyển dụng")], 1,
                "The WIP report keeps every job's status and timing in view.",
                "WIP report giữ tình trạng và thời gian của mọi đầu việc trong tầm mắt."),
            mcq!("dl-skill", "Which skill covers staying calm and flexible when things go wrong?", "Kỹ năng nào nói về việc giữ bình tĩnh và linh hoạt khi có sự cố?",
                [("Handling situations calmly", "Xử lý tình huống bình tĩnh"), ("Media basics", "Kiến thức nền về truyền thông"), ("Strategic planning", "Lập kế hoạch chiến lược"), ("Onboarding", "Onboarding")], 0,
                "Situation handling: stay calm, stay flexible, find the next best move.",
                "Xử lý tình huống: bình tĩnh, linh hoạt, tìm bước đi tốt nhất tiếp theo."),
        ],
    },
    KnowledgeQuiz {
        topic: QuizTopic::Order,
        title: tx("Put the steps in order", "Sắp xếp các bước theo thứ tự"),
        questions: &[
            order!("ord-brief-to-pitch", "Put these workflow steps in order, from the brief to the pitch.", "Sắp xếp các bước sau theo thứ tự, từ lúc nhận brief đến khi pitching.",
                [("Receive the client brief", "Nhận client brief"), ("Giải brief and propose a budget", "Giải brief và đề xuất ngân sách"), ("Write the creative brief", "Viết creative brief"), ("Brainstorm ideas", "Brainstorm ý tưởng"), ("Internal review: keep the best three or more", "Internal review: giữ lại từ ba ý tưởng tốt nhất"), ("Present the proposal to the client", "Thuyết trình proposal cho client")],
                &[3, 0, 5, 4, 1, 2],
                "Brief, giải brief and budget, creative brief, brainstorm, internal review, then the proposal is presented (steps 2 to 7 of the workflow).",
                "Brief, giải brief và ngân sách, creative brief, brainstorm, internal review, rồi thuyết trình proposal (bước 2 đến 7 của quy trình)."),
            order!("ord-contract-to-wrap", "Put these steps in order, from signing to wrap-up.", "Sắp xếp các bước sau theo thứ tự, từ ký kết đến tổng kết.",
                [("Sign the contract", "Ký hợp đồng"), ("Pre-production: confirm KOLs, prepare a backup plan", "Tiền sản xuất: chốt KOL, chuẩn bị phương án dự phòng"), ("Production: the shoot", "Sản xuất: ngày quay"), ("Post-production: check everything against the brief", "Hậu kỳ: đối chiếu mọi thứ với brief"), ("Wrap-up: final report and payment", "Tổng kết: báo cáo cuối và thu tiền")],
                &[2, 4, 0, 1, 3],
                "Contract, pre-production, production, post-production, wrap-up (steps 8 to 12).",
                "Hợp đồng, tiền sản xuất, sản xuất, hậu kỳ, tổng kết (bước 8 đến 12)."),
            order!("ord-start", "How does a new client reach the creative brief? Put the steps in order.", "Client mới đi đến creative brief như thế nào? Sắp xếp các bước theo thứ tự.",
                [("Sales wins the client and hands over to account", "Sales giành client và bàn giao cho account"), ("Account receives the client brief", "Account nhận client brief"), ("Account decodes the brief and proposes a budget", "Account giải brief và đề xuất ngân sách"), ("The client agrees and the planner writes the creative brief", "Client đồng ý và planner viết creative brief")],
                &[2, 3, 1, 0],
                "Handover, client brief, giải brief and budget, then the creative brief once the client agrees.",
                "Bàn giao, client brief, giải brief và ngân sách, rồi creative brief khi client đã đồng ý."),
            order!("ord-wrap-up", "Put the wrap-up in order.", "Sắp xếp khâu tổng kết theo thứ tự.",
                [("Send the final campaign report", "Gửi báo cáo tổng kết chiến dịch"), ("Liquidate the contract (thanh lý hợp đồng)", "Thanh lý hợp đồng"), ("Collect payment", "Thu tiền"), ("Keep caring for the client", "Tiếp tục chăm sóc client")],
                &[3, 2, 0, 1],
                "Report, liquidate the contract, collect payment; the relationship continues after that.",
                "Báo cáo, thanh lý hợp đồng, thu tiền; sau đó mối quan hệ vẫn tiếp tục."),
            order!("ord-ladder", "Put the agency ladder in order, from the first job upwards.", "Sắp xếp nấc thang trong agency theo thứ tự, từ vị trí đầu tiên trở lên.",
                [("Account Coordinator", "Account Coordinator"), ("Account Executive", "Account Executive"), ("Account Manager", "Account Manager"), ("Account Director", "Account Director")],
                &[2, 0, 3, 1],
                "Coordinator (entry), Executive (junior), Manager (mid), Director (senior).",
                "Coordinator (mới vào nghề), Executive (junior), Manager (trung cấp), Director (cấp cao)."),
            order!("ord-competitor-review", "Put the work on a competitor review in order.", "Sắp xếp các việc khi làm competitor review theo thứ tự.",
                [("Collect information on the client and its competitors", "Thu thập thông tin về client và đối thủ"), ("Analyse it and form your own view of the client's problem", "Phân tích và đưa ra góc nhìn riêng về vấn đề của client"), ("Plan with the planner and forecast market trends", "Cùng planner lên kế hoạch và dự báo xu hướng thị trường")],
                &[1, 2, 0],
                "Gather, analyse with a point of view, then plan with the planner.",
                "Thu thập, phân tích kèm góc nhìn riêng, rồi cùng planner lên kế hoạch."),
        ],
    },
];
