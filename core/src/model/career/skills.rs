//! Skills, the user's three-state checklist, and readiness per role.
//!
//! Skills have their own ids and roles reference them, so a skill shared by
//! several roles is ticked once and counts in all of them.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::roles::{Role, ROLES};
use crate::model::text::{tx, Text};

/// One skill of the account job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Skill {
    /// Stable id: lowercase ASCII letters, digits and `-`.
    pub id: &'static str,
    pub name: Text,
    pub description: Text,
    /// One concrete way to practise it.
    pub practice: Text,
}

/// Where the user stands on a skill.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillState {
    #[default]
    NotYet,
    Learning,
    Confident,
}

impl SkillState {
    pub const ALL: [SkillState; 3] = [
        SkillState::NotYet,
        SkillState::Learning,
        SkillState::Confident,
    ];

    pub fn label(self) -> Text {
        match self {
            SkillState::NotYet => tx("Not yet", "Chưa có"),
            SkillState::Learning => tx("Learning", "Đang học"),
            SkillState::Confident => tx("Confident", "Tự tin"),
        }
    }
}

/// The user's skill checklist: skill id → state. Skills not in the map are
/// `NotYet`; setting `NotYet` removes the entry, keeping the record small.
/// Unknown ids (from an older content version) are kept but never counted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SkillStates {
    pub states: BTreeMap<String, SkillState>,
}

impl SkillStates {
    pub fn get(&self, skill_id: &str) -> SkillState {
        self.states.get(skill_id).copied().unwrap_or_default()
    }

    /// Sets a skill's state; returns false (and changes nothing) when the
    /// skill id is unknown.
    pub fn set(&mut self, skill_id: &str, state: SkillState) -> bool {
        if skill(skill_id).is_none() {
            return false;
        }
        if state == SkillState::NotYet {
            self.states.remove(skill_id);
        } else {
            self.states.insert(skill_id.to_string(), state);
        }
        true
    }
}

/// How ready the user is for a role. Only `Confident` counts as having the
/// skill ("7 of 11 skills"); `Learning` is reported separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Readiness {
    pub role: &'static str,
    pub total: usize,
    pub confident: usize,
    pub learning: usize,
    pub not_yet: usize,
}

impl Readiness {
    /// Whole percentage of the role's skills held with confidence (0–100).
    pub fn percent(&self) -> u32 {
        (self.confident * 100 + self.total / 2)
            .checked_div(self.total)
            .unwrap_or(0) as u32
    }

    /// True when every skill of the role is `Confident`.
    pub fn is_complete(&self) -> bool {
        self.total > 0 && self.confident == self.total
    }
}

/// The skill with this id.
pub fn skill(id: &str) -> Option<&'static Skill> {
    SKILLS.iter().find(|s| s.id == id)
}

/// A role's skills, in the role's order (unknown ids are skipped).
pub fn skills_of(role: &Role) -> Vec<&'static Skill> {
    role.skills.iter().filter_map(|id| skill(id)).collect()
}

/// The roles that use a skill, in `ROLES` order.
pub fn roles_using_skill(skill_id: &str) -> Vec<&'static Role> {
    ROLES
        .iter()
        .filter(|r| r.skills.contains(&skill_id))
        .collect()
}

/// Readiness for one role.
pub fn readiness(role: &Role, states: &SkillStates) -> Readiness {
    let mut r = Readiness {
        role: role.slug,
        total: 0,
        confident: 0,
        learning: 0,
        not_yet: 0,
    };
    for s in skills_of(role) {
        r.total += 1;
        match states.get(s.id) {
            SkillState::Confident => r.confident += 1,
            SkillState::Learning => r.learning += 1,
            SkillState::NotYet => r.not_yet += 1,
        }
    }
    r
}

/// Readiness for every role, in `ROLES` order.
pub fn readiness_all(states: &SkillStates) -> Vec<Readiness> {
    ROLES.iter().map(|r| readiness(r, states)).collect()
}

pub(crate) fn collect_texts(out: &mut Vec<(String, Text)>) {
    use super::push;
    for s in SKILLS {
        push(out, format!("skill {} name", s.id), s.name);
        push(out, format!("skill {} description", s.id), s.description);
        push(out, format!("skill {} practice", s.id), s.practice);
    }
    for st in SkillState::ALL {
        push(out, format!("skill state {st:?}"), st.label());
    }
}

macro_rules! skill {
    ($id:literal, $en:literal, $vi:literal, $den:literal, $dvi:literal, $pen:literal, $pvi:literal) => {
        Skill {
            id: $id,
            name: tx($en, $vi),
            description: tx($den, $dvi),
            practice: tx($pen, $pvi),
        }
    };
}

/// Every skill the roles reference.
pub static SKILLS: &[Skill] = &[
    skill!("media-basics", "Media and advertising basics", "Kiến thức nền về truyền thông, quảng cáo",
        "Knowing the main media channels, ad formats and how a campaign is put together.",
        "Nắm các kênh truyền thông chính, định dạng quảng cáo và cách một chiến dịch được hình thành.",
        "Pick three campaigns you saw this month and list their channels, formats and likely objective.",
        "Chọn ba chiến dịch bạn thấy trong tháng này, liệt kê kênh, định dạng và mục tiêu có thể của chúng."),
    skill!("marketing-knowledge", "Marketing knowledge in depth", "Kiến thức marketing chuyên sâu",
        "Knowing marketing and digital marketing well enough to follow a campaign, plan it, support creative, judge the work and suggest changes.",
        "Hiểu marketing và digital marketing đủ sâu để bám sát chiến dịch, lập kế hoạch, góp ý cho Creative, đánh giá sản phẩm và gợi ý chỉnh sửa.",
        "Read one brand's annual plan or case study and explain each choice it made.",
        "Đọc kế hoạch năm hoặc case study của một thương hiệu và giải thích từng lựa chọn trong đó."),
    skill!("digital-channels", "Digital channels", "Các kênh digital",
        "How social, search, video and e-commerce channels work, what they cost and how they are measured.",
        "Cách các kênh mạng xã hội, tìm kiếm, video và thương mại điện tử vận hành, chi phí ra sao và đo lường thế nào.",
        "Run a tiny ad with your own money and read every metric the platform reports.",
        "Tự bỏ một khoản nhỏ chạy thử quảng cáo và đọc hết các chỉ số nền tảng báo về."),
    skill!("time-management", "Time management and self-motivation", "Làm chủ thời gian và tự giác trong công việc",
        "Planning your own week, keeping many deadlines in view and getting started without being pushed.",
        "Tự lên kế hoạch cho tuần làm việc, nắm nhiều deadline cùng lúc và tự bắt tay vào việc mà không cần ai thúc.",
        "Keep a written weekly plan for a month and compare it with what really happened.",
        "Ghi kế hoạch tuần trong một tháng và so với những gì thực sự diễn ra."),
    skill!("communication", "Clear spoken and written communication", "Giao tiếp rõ ràng bằng lời và văn bản",
        "Saying and writing things so that the client and the team understand the same thing the first time.",
        "Nói và viết sao cho client và team hiểu giống nhau ngay từ lần đầu.",
        "Rewrite a long email of yours in half the words without losing any decision or date.",
        "Viết lại một email dài của bạn bằng nửa số chữ mà không mất quyết định hay mốc thời gian nào."),
    skill!("negotiation", "Negotiation", "Đàm phán",
        "Reaching agreements on scope, price and timing that both sides can live with, without being squeezed.",
        "Đạt thỏa thuận về phạm vi, giá và thời gian mà cả hai bên chấp nhận được, không để bị chèn ép.",
        "Before any negotiation, write your walk-away point and two things you could trade.",
        "Trước mỗi cuộc đàm phán, ghi ra giới hạn của mình và hai thứ có thể đổi lại."),
    skill!("teamwork", "Teamwork and independent work", "Làm việc nhóm và làm việc độc lập",
        "Working well with creative, planning and production teams, and also moving your own tasks alone.",
        "Phối hợp tốt với team Creative, Planning, Production, đồng thời tự đẩy việc của mình một mình.",
        "Join a group project and take the role of the person who keeps everyone on schedule.",
        "Tham gia một dự án nhóm và nhận vai người giữ tiến độ cho cả nhóm."),
    skill!("brief-writing", "Giải brief and creative briefs", "Giải brief và viết creative brief",
        "Decoding a client brief into the real problem, then writing a short creative brief the team can act on.",
        "Giải mã client brief để thấy vấn đề thật, rồi viết một creative brief ngắn gọn mà team làm theo được.",
        "Take a public brief or competition brief and write a one-page creative brief from it.",
        "Lấy một brief công khai hoặc đề thi cuộc thi và viết creative brief một trang từ đó."),
    skill!("account-documents", "Contact reports, WIP reports and reviews", "Contact report, WIP report và bản review",
        "Writing the account's three documents so agreements, job status and the market picture are never in doubt.",
        "Viết ba loại tài liệu của account để thỏa thuận, tình trạng công việc và bức tranh thị trường luôn rõ ràng.",
        "After your next meeting, send a contact report within the hour with agreements and next steps.",
        "Sau buổi họp tới, gửi contact report trong vòng một giờ, ghi rõ thỏa thuận và bước tiếp theo."),
    skill!("organisation", "Organisation and filing", "Sắp xếp và lưu trữ",
        "Keeping contracts, budgets and reports filed so that anyone can find them quickly.",
        "Lưu trữ hợp đồng, ngân sách và báo cáo ngăn nắp để ai cũng tìm ra nhanh.",
        "Set up one folder structure and naming rule for a project and keep to it until the end.",
        "Đặt một cấu trúc thư mục và quy tắc đặt tên cho một dự án và giữ đúng đến cuối."),
    skill!("project-management", "Project management", "Quản lý dự án",
        "Planning jobs, owners and dates, and steering the work so every deadline holds.",
        "Lên kế hoạch đầu việc, người phụ trách và mốc thời gian, điều phối để mọi deadline được giữ.",
        "Plan a small event backwards from its date and track it on a simple timeline.",
        "Lên kế hoạch một sự kiện nhỏ tính ngược từ ngày diễn ra và theo dõi trên một timeline đơn giản."),
    skill!("presentation", "Presentation and pitching", "Thuyết trình và pitching",
        "Presenting ideas and numbers so the client sees why they serve their business.",
        "Trình bày ý tưởng và số liệu để client thấy chúng phục vụ việc kinh doanh của họ ra sao.",
        "Present a campaign you admire in five minutes to friends and ask what they remember.",
        "Thuyết trình năm phút về một chiến dịch bạn thích cho bạn bè và hỏi họ nhớ được gì."),
    skill!("situation-handling", "Handling situations calmly", "Xử lý tình huống bình tĩnh",
        "Staying calm and flexible when a deadline slips or a client is upset, and finding the next best move.",
        "Giữ bình tĩnh và linh hoạt khi trễ deadline hay client không vui, và tìm ra bước đi tốt nhất tiếp theo.",
        "Write down how you would handle three things going wrong on a shoot day.",
        "Viết ra cách bạn xử lý ba sự cố có thể xảy ra trong ngày quay."),
    skill!("budget-control", "Project budget control", "Kiểm soát ngân sách dự án",
        "Balancing the client's requirements against the budget, controlling income and spending, and protecting the agency's margin.",
        "Cân đối yêu cầu của client với ngân sách, kiểm soát thu chi và giữ lợi nhuận cho agency.",
        "Build a cost sheet for a small campaign and see what to cut if the budget falls by 20%.",
        "Lập bảng chi phí cho một chiến dịch nhỏ và xem cần cắt gì nếu ngân sách giảm 20%."),
    skill!("coordination", "Coordinating departments", "Điều phối các phòng ban",
        "Getting creative, planning, production, event teams, KOLs and outsourcers to move together towards one deadline.",
        "Kéo các team Creative, Planning, Production, Event, KOL và đơn vị outsource cùng tiến về một deadline.",
        "Map every party in a recent project and how information should flow between them.",
        "Vẽ sơ đồ mọi bên trong một dự án gần đây và cách thông tin nên chạy giữa họ."),
    skill!("data-reporting", "Metrics and reporting", "Số liệu và báo cáo",
        "Tracking the campaign's and the account's KPIs and turning numbers into a short report with a point of view.",
        "Theo dõi KPI của chiến dịch và của account, biến số liệu thành báo cáo ngắn có nhận định riêng.",
        "Turn one month of any data you have into a one-page report with three takeaways.",
        "Biến dữ liệu một tháng bạn đang có thành báo cáo một trang với ba điểm rút ra."),
    skill!("contract-management", "Contracts, renewals and receivables", "Hợp đồng, gia hạn và công nợ",
        "Drafting commitments, renewing contracts, liquidating them at the end and collecting what the client owes.",
        "Lập các cam kết, gia hạn hợp đồng, thanh lý khi kết thúc và thu hồi công nợ.",
        "Read a service contract and list the dates, payment terms and what ends it.",
        "Đọc một hợp đồng dịch vụ và liệt kê các mốc thời gian, điều khoản thanh toán và điều kiện chấm dứt."),
    skill!("upsell-cross-sell", "Growing accounts (upsell, cross-sell)", "Phát triển account (upsell, cross-sell)",
        "Finding what else the client needs and offering it at the right moment, for long-term value.",
        "Tìm ra client còn cần gì và đề xuất đúng lúc, vì giá trị lâu dài.",
        "For a brand you know, list two services it does not buy yet and why it might.",
        "Với một thương hiệu bạn biết, liệt kê hai dịch vụ họ chưa mua và lý do họ có thể mua."),
    skill!("business-acumen", "Business sense", "Tư duy kinh doanh",
        "Understanding how the client makes money and speaking about the work in those terms.",
        "Hiểu client kiếm tiền thế nào và nói về công việc bằng chính ngôn ngữ đó.",
        "Read a listed company's annual report and explain where its profit comes from.",
        "Đọc báo cáo thường niên của một công ty niêm yết và giải thích lợi nhuận của họ đến từ đâu."),
    skill!("consumer-insight", "Consumer insight and research", "Insight và nghiên cứu người tiêu dùng",
        "Finding what consumers really think and want, beyond what the client assumes.",
        "Tìm ra điều người tiêu dùng thật sự nghĩ và muốn, vượt ra ngoài giả định của client.",
        "Interview five people who buy a product and write the one truth they share.",
        "Phỏng vấn năm người mua một sản phẩm và viết ra sự thật chung của họ."),
    skill!("strategic-planning", "Strategic planning", "Lập kế hoạch chiến lược",
        "Setting direction for a campaign or an account over months or years, with goals and choices.",
        "Định hướng cho một chiến dịch hay một account trong nhiều tháng, nhiều năm, với mục tiêu và lựa chọn rõ ràng.",
        "Write a one-year plan for a small brand: goal, audience, three priorities, what you will not do.",
        "Viết kế hoạch một năm cho một thương hiệu nhỏ: mục tiêu, đối tượng, ba ưu tiên, điều sẽ không làm."),
    skill!("team-leadership", "Leading and coaching a team", "Dẫn dắt và kèm cặp team",
        "Managing people, sharing work fairly and coaching juniors to grow.",
        "Quản lý con người, chia việc công bằng và kèm cặp bạn trẻ phát triển.",
        "Mentor a classmate or junior on one task and ask for honest feedback afterwards.",
        "Kèm một bạn học hoặc đồng nghiệp mới trong một việc và xin nhận xét thẳng thắn sau đó."),
    skill!("stakeholder-mapping", "Relationships with decision makers", "Quan hệ với người ra quyết định",
        "Knowing who decides, who influences and who uses the work at the client, and keeping each relationship warm.",
        "Biết ai quyết định, ai ảnh hưởng và ai dùng kết quả ở phía client, và giữ quan hệ tốt với từng người.",
        "Draw the decision map of an organisation you know: names, roles, what each cares about.",
        "Vẽ sơ đồ ra quyết định của một tổ chức bạn biết: tên, vai trò, mỗi người quan tâm điều gì."),
    skill!("cross-cultural", "Working across markets and cultures", "Làm việc đa thị trường, đa văn hóa",
        "Serving one client in several countries with different cultures, languages and regulations.",
        "Phục vụ một client ở nhiều quốc gia với văn hóa, ngôn ngữ và quy định khác nhau.",
        "Compare how one global brand advertises in Vietnam and in another country.",
        "So sánh cách một thương hiệu toàn cầu quảng cáo ở Việt Nam và ở một nước khác."),
    skill!("technical-literacy", "Technical literacy", "Hiểu biết kỹ thuật",
        "Understanding a technical product well enough to explain it plainly and to brief engineers precisely.",
        "Hiểu sản phẩm kỹ thuật đủ để giải thích dễ hiểu và brief cho kỹ sư chính xác.",
        "Explain how a website gets to your screen to someone non-technical, in five sentences.",
        "Giải thích cho người không làm kỹ thuật cách một trang web hiện lên màn hình, trong năm câu."),
    skill!("product-onboarding", "Onboarding and adoption", "Onboarding và hướng dẫn sử dụng",
        "Helping a client start using a product and keep getting value from it.",
        "Giúp client bắt đầu dùng sản phẩm và tiếp tục nhận được giá trị từ nó.",
        "Write a first-week guide for a tool you use every day.",
        "Viết hướng dẫn tuần đầu tiên cho một công cụ bạn dùng hằng ngày."),
    skill!("sales-process", "The sales process", "Quy trình bán hàng",
        "From lead to qualified opportunity to offer, negotiation and close, and the handover after it.",
        "Từ lead đến cơ hội đã sàng lọc, đến đề xuất, đàm phán, chốt deal và bàn giao sau đó.",
        "Follow one purchase you made and name each step the seller took.",
        "Nhìn lại một lần bạn mua hàng và gọi tên từng bước người bán đã làm."),
];
