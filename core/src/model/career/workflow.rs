//! The account workflow: from the sales handover to wrap-up (FACTS §3).
use crate::model::text::{tx, Text};

/// One step of the workflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkflowStep {
    /// Stable URL-safe id.
    pub id: &'static str,
    /// 1-based position.
    pub number: u8,
    pub title: Text,
    pub summary: Text,
    pub tips: &'static [Text],
    /// Slugs of the roles that lead or do this step.
    pub roles: &'static [&'static str],
    /// Ids of the tools (documents) used in this step (see `topics::TOOLS`).
    pub tools: &'static [&'static str],
}

/// The step with this id.
pub fn step(id: &str) -> Option<&'static WorkflowStep> {
    WORKFLOW.iter().find(|s| s.id == id)
}

pub(crate) fn collect_texts(out: &mut Vec<(String, Text)>) {
    use super::{push, push_all};
    for s in WORKFLOW {
        push(out, format!("step {} title", s.id), s.title);
        push(out, format!("step {} summary", s.id), s.summary);
        push_all(out, &format!("step {} tip", s.id), s.tips);
    }
    push_all(out, "workflow throughout", WORKFLOW_THROUGHOUT);
}

/// What the account does through every step, not at one of them.
pub static WORKFLOW_THROUGHOUT: &[Text] = &[
    tx(
        "Set a list of KPIs at the start and track the campaign against them.",
        "Đặt danh sách KPI ngay từ đầu và theo dõi chiến dịch theo các KPI đó.",
    ),
    tx(
        "Keep a firm hand on the campaign budget: do what the client asks within what they can spend, protect the team's idea, and keep the agency's profit.",
        "Nắm chặt ngân sách chiến dịch: làm đúng điều client yêu cầu trong khoản tiền họ có, giữ được ý tưởng của team và phần lợi nhuận của agency.",
    ),
    tx(
        "Coordinate creative, planning, production and event teams, KOLs and outsourcers so every deadline holds.",
        "Điều phối team Creative, Planning, Production, Event, KOL và đơn vị outsource để giữ mọi deadline.",
    ),
];

/// The steps, in order.
pub static WORKFLOW: &[WorkflowStep] = &[
    WorkflowStep {
        id: "sales-handover",
        number: 1,
        title: tx("Handover from sales", "Sales bàn giao client"),
        summary: tx(
            "Sales wins the client and hands them to account: sales hunts, account farms.",
            "Sales mang client về rồi bàn giao cho account: sales đi săn, account đi cày.",
        ),
        tips: &[
            tx("Ask sales what was promised, to whom, and at what price.", "Hỏi sales đã hứa gì, với ai và ở mức giá nào."),
            tx("Introduce yourself to the client as their day-to-day contact.", "Giới thiệu bản thân với client là đầu mối làm việc hằng ngày."),
        ],
        roles: &["sales-account-manager", "account-executive", "account-manager", "digital-account"],
        tools: &[],
    },
    WorkflowStep {
        id: "client-brief",
        number: 2,
        title: tx("Client brief", "Nhận client brief"),
        summary: tx(
            "Account contacts the client, finds out what they want and need, and receives the client brief: the assignment.",
            "Account liên hệ client, tìm hiểu mong muốn và nhu cầu, và nhận client brief, tức là đề bài.",
        ),
        tips: &[
            tx("Ask about the business problem behind the request, not only the deliverable.", "Hỏi về vấn đề kinh doanh đằng sau yêu cầu, không chỉ về sản phẩm cần giao."),
            tx("Confirm budget range, deadline and who approves.", "Xác nhận khoảng ngân sách, deadline và ai là người duyệt."),
            tx("Send a contact report of the briefing the same day.", "Gửi contact report của buổi nhận brief ngay trong ngày."),
        ],
        roles: &["account-executive", "account-manager", "key-account-manager", "digital-account"],
        tools: &["contact-report"],
    },
    WorkflowStep {
        id: "giai-brief",
        number: 3,
        title: tx("Giải brief and budget", "Giải brief và đề xuất ngân sách"),
        summary: tx(
            "Decode the brief into the real problem and the objective, and propose a budget that fits it.",
            "Giải mã brief để thấy vấn đề thật và mục tiêu, rồi đề xuất ngân sách phù hợp.",
        ),
        tips: &[
            tx("Write the problem in one sentence the client would agree with.", "Viết vấn đề thành một câu mà client sẽ đồng ý."),
            tx("Check the client's and competitors' recent campaigns before proposing.", "Xem lại các chiến dịch gần đây của client và đối thủ trước khi đề xuất."),
        ],
        roles: &["account-manager", "key-account-manager", "account-planner"],
        tools: &["competitor-review"],
    },
    WorkflowStep {
        id: "creative-brief",
        number: 4,
        title: tx("Creative brief", "Creative brief"),
        summary: tx(
            "Once the client agrees, the brief goes to the planner, who writes the creative brief; where there is no planner, account does the planning.",
            "Client gật đầu rồi thì planner nhận brief và viết creative brief; agency nào không có planner thì account tự đảm nhận phần planning.",
        ),
        tips: &[
            tx("Keep it to one page: problem, audience, insight, single message, mandatories.", "Gói trong một trang: vấn đề, đối tượng, insight, thông điệp duy nhất, yêu cầu bắt buộc."),
        ],
        roles: &["account-planner", "account-manager", "account-director"],
        tools: &[],
    },
    WorkflowStep {
        id: "brainstorm",
        number: 5,
        title: tx("Brainstorm", "Brainstorm"),
        summary: tx(
            "The whole team generates every idea it can for the client's problem.",
            "Cả team cùng đưa ra mọi ý tưởng có thể cho vấn đề của client.",
        ),
        tips: &[
            tx("Bring the brief and the insight into the room; judge ideas later.", "Mang brief và insight vào phòng họp; để việc đánh giá ý tưởng về sau."),
        ],
        roles: &["account-planner", "account-executive", "account-manager"],
        tools: &[],
    },
    WorkflowStep {
        id: "internal-review",
        number: 6,
        title: tx("Internal review", "Internal review"),
        summary: tx(
            "Filter the ideas down to at least the three best, which go into the proposal to the client.",
            "Lọc ý tưởng để giữ lại ít nhất ba ý tưởng tốt nhất, đưa vào proposal gửi client.",
        ),
        tips: &[
            tx("Score each idea against the brief's objective, the budget and the deadline.", "Chấm từng ý tưởng theo mục tiêu của brief, ngân sách và deadline."),
            tx("Give the client real choices, not one idea and two fillers.", "Cho client những lựa chọn thật, không phải một ý tưởng kèm hai phương án cho có."),
        ],
        roles: &["account-manager", "account-director", "account-planner"],
        tools: &[],
    },
    WorkflowStep {
        id: "selling-the-idea",
        number: 7,
        title: tx("Selling the idea", "Bán ý tưởng (pitching)"),
        summary: tx(
            "The KAM and the planner present the proposal; rounds of revision follow until the client accepts.",
            "KAM và planner thuyết trình proposal; sau đó là các vòng chỉnh sửa cho đến khi client chấp nhận.",
        ),
        tips: &[
            tx("Be patient with the client and gentle with the creatives.", "Kiên nhẫn với client và mềm mỏng với team Creative."),
            tx("Stay firm: revisions within scope are service, endless free rework is not.", "Giữ lập trường: chỉnh sửa trong phạm vi là dịch vụ, làm lại miễn phí vô tận thì không."),
        ],
        roles: &["key-account-manager", "account-planner", "account-director", "account-manager"],
        tools: &["contact-report"],
    },
    WorkflowStep {
        id: "contract",
        number: 8,
        title: tx("Contract", "Ký hợp đồng"),
        summary: tx(
            "Sign the contract and set out the commitments of the project.",
            "Ký hợp đồng và ghi rõ các cam kết của dự án.",
        ),
        tips: &[
            tx("Write scope, number of revisions, payment milestones and deadlines into the contract.", "Ghi rõ phạm vi, số vòng chỉnh sửa, các đợt thanh toán và deadline trong hợp đồng."),
        ],
        roles: &["account-manager", "key-account-manager"],
        tools: &[],
    },
    WorkflowStep {
        id: "pre-production",
        number: 9,
        title: tx("Pre-production", "Tiền sản xuất (pre-production)"),
        summary: tx(
            "Make sure everything is ready before the shoot or launch: KOLs and influencers confirmed, a backup plan in place.",
            "Bảo đảm mọi thứ sẵn sàng trước ngày quay hay ngày chạy: KOL, influencer đã chốt, đã có phương án dự phòng.",
        ),
        tips: &[
            tx("Have a backup for every person or thing that could cancel.", "Có phương án thay thế cho mọi người hay mọi thứ có thể hủy."),
        ],
        roles: &["account-executive", "account-manager"],
        tools: &["wip-report"],
    },
    WorkflowStep {
        id: "production",
        number: 10,
        title: tx("Production", "Sản xuất (production)"),
        summary: tx(
            "On a TVC shoot or a photoshoot the account is on set working like an assistant director: noticing every detail and sorting out any hitch on the spot.",
            "Khi quay TVC hoặc chụp ảnh, account có mặt ở set và làm việc như một trợ lý đạo diễn: để ý từng chi tiết, có gì trục trặc là xoay xở ngay.",
        ),
        tips: &[
            tx("Keep the brief at hand and check each shot against what the client approved.", "Luôn mang theo brief và đối chiếu từng cảnh với những gì client đã duyệt."),
        ],
        roles: &["account-executive", "account-manager"],
        tools: &["wip-report"],
    },
    WorkflowStep {
        id: "post-production",
        number: 11,
        title: tx("Post-production", "Hậu kỳ (post-production)"),
        summary: tx(
            "Account checks each finished piece against the brief the client approved, while still holding the deadlines, running the day-to-day work and keeping the project under control.",
            "Account soát từng sản phẩm đã hoàn thiện xem có khớp với brief client đã duyệt không, trong khi vẫn phải bám deadline, điều hành việc hằng ngày và giữ dự án trong tầm tay.",
        ),
        tips: &[
            tx("Collect feedback in one consolidated round, not scattered messages.", "Gom phản hồi thành một đợt tổng hợp, không để rải rác từng tin nhắn."),
        ],
        roles: &["account-executive", "account-manager"],
        tools: &["wip-report", "contact-report"],
    },
    WorkflowStep {
        id: "wrap-up",
        number: 12,
        title: tx("Wrap-up", "Tổng kết"),
        summary: tx(
            "Send the final campaign report, liquidate the contract (thanh lý hợp đồng) and collect payment; then keep caring for the client.",
            "Gửi báo cáo tổng kết chiến dịch, thanh lý hợp đồng và thu tiền; sau đó tiếp tục chăm sóc client.",
        ),
        tips: &[
            tx("Report results against the KPIs agreed at the start.", "Báo cáo kết quả theo các KPI đã thống nhất từ đầu."),
            tx("Use the report to open the next conversation with the client.", "Dùng bản báo cáo để mở đầu cuộc trao đổi tiếp theo với client."),
        ],
        roles: &["account-manager", "key-account-manager", "digital-account"],
        tools: &[],
    },
];
