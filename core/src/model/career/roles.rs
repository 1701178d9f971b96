//! The account roles, their pay where known, and the career map.
//!
//! Role slugs are stable and URL-safe (`/career/role/<slug>`); the map gives
//! each role a node position in a fixed `MAP_WIDTH × MAP_HEIGHT` viewBox so
//! the UI draws the SVG without computing a layout.
use crate::model::money::format_amount;
use crate::model::text::{tx, Lang, Text};

/// Seniority of a role, from the first job upwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Fresh graduates and career changers.
    Entry,
    /// First years: looks after one or a few clients.
    Junior,
    /// Owns client relationships or a specialism.
    Mid,
    /// Leads accounts, people and revenue.
    Senior,
}

impl Level {
    pub fn label(self) -> Text {
        match self {
            Level::Entry => tx("Entry level", "Mới vào nghề"),
            Level::Junior => tx("Junior", "Nhân viên (junior)"),
            Level::Mid => tx("Mid level", "Trung cấp"),
            Level::Senior => tx("Senior", "Cấp cao"),
        }
    }
}

/// Where a role sits: the agency's client-service ladder, a specialist
/// beside it, or an account-manager type found mostly outside agencies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Track {
    AgencyLadder,
    AgencySpecialist,
    BeyondAgency,
}

impl Track {
    pub fn label(self) -> Text {
        match self {
            Track::AgencyLadder => tx("Agency ladder", "Nấc thang trong agency"),
            Track::AgencySpecialist => tx("Agency specialist", "Chuyên môn trong agency"),
            Track::BeyondAgency => tx(
                "Account manager types beyond agencies",
                "Các kiểu account manager ngoài agency",
            ),
        }
    }
}

/// Where a claim comes from. The UI labels every `SuitcaseView` claim as
/// Suitcase's view, so a reader can tell what the source articles say from
/// what Suitcase adds as a common pattern of agency work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// Stated by the source articles.
    Sources,
    /// Not stated by the sources: Suitcase's own view of common practice.
    SuitcaseView,
}

/// An illustrative working day in this role for someone early in it,
/// mid-way and senior. The sources describe duties, not days: every day
/// here is written by Suitcase from the role's sourced duties (`basis` is
/// `SuitcaseView`), and the UI says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypicalDay {
    pub entry: Text,
    pub mid: Text,
    pub senior: Text,
    pub basis: Basis,
}

impl TypicalDay {
    /// The three days with their level labels, in order.
    pub fn by_level(&self) -> [(Text, Text); 3] {
        [
            (tx("Entry", "Mới vào nghề"), self.entry),
            (tx("Mid", "Trung cấp"), self.mid),
            (tx("Senior", "Cấp cao"), self.senior),
        ]
    }
}

/// One rung of the account manager's duty ladder: what the job asks at
/// entry, mid and senior level. Sourced: a general career guide on account
/// management lists these duties by level (written here in our own words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LadderStep {
    /// `Entry`, `Mid` or `Senior` (a `Junior` role reads the entry rung).
    pub level: Level,
    pub title: Text,
    pub summary: Text,
    pub duties: &'static [Text],
}

/// The duty ladder, entry → mid → senior.
pub static DUTY_LADDER: [LadderStep; 3] = [
    LadderStep {
        level: Level::Entry,
        title: tx("Entry", "Mới vào nghề"),
        summary: tx(
            "Handles the client's everyday needs and learns the trade beside experienced managers.",
            "Lo các nhu cầu thường ngày của client và học nghề bên cạnh những quản lý lâu năm.",
        ),
        duties: &[
            tx("Reply to client requests quickly and keep the client posted.", "Phản hồi nhanh các yêu cầu của client và báo tình hình cho họ đều đặn."),
            tx("Help prepare client meetings and follow up on what was agreed.", "Góp tay chuẩn bị các buổi gặp client và theo tiếp những việc đã chốt."),
            tx("Help keep what the client expects in line with what the team delivers.", "Giúp giữ cho điều client mong đợi khớp với những gì team sẽ giao."),
            tx("Watch the account's numbers and put together simple reports.", "Để mắt tới số liệu của account và làm các báo cáo đơn giản."),
            tx("Work with the other departments so the client gets what it needs.", "Phối hợp với các phòng ban khác để client nhận đúng thứ họ cần."),
            tx("Learn the company's products and services and the tools used to manage clients.", "Học cho thạo sản phẩm, dịch vụ của công ty và các công cụ dùng để quản lý client."),
        ],
    },
    LadderStep {
        level: Level::Mid,
        title: tx("Mid level", "Trung cấp"),
        summary: tx(
            "Works with more independence: owns client relationships and answers for how the accounts do.",
            "Tự chủ hơn: tự nắm các mối quan hệ với client và chịu trách nhiệm cho kết quả của account.",
        ),
        duties: &[
            tx("Look after a set of existing clients and grow it.", "Chăm sóc và phát triển một nhóm client hiện có."),
            tx("Spot where an account can expand or buy more.", "Nhận ra chỗ nào account có thể mở rộng hoặc mua thêm."),
            tx("Shape solutions that fit each client's own problem.", "Thiết kế giải pháp vừa với vấn đề riêng của từng client."),
            tx("Lead client meetings and presentations on your own.", "Tự mình dẫn các buổi họp và thuyết trình với client."),
            tx("Plan the account strategy together with sales and marketing.", "Cùng team sales và marketing lên chiến lược cho account."),
            tx("Pass what clients say back into how the product or service develops.", "Chuyển ý kiến của client thành góp ý cho việc phát triển sản phẩm hay dịch vụ."),
        ],
    },
    LadderStep {
        level: Level::Senior,
        title: tx("Senior", "Cấp cao"),
        summary: tx(
            "A strategic partner to clients and a leader inside the company.",
            "Đối tác chiến lược của client và là người dẫn dắt trong nội bộ công ty.",
        ),
        duties: &[
            tx("Write strategic account plans and carry them out.", "Viết kế hoạch account mang tính chiến lược và đưa vào thực hiện."),
            tx("Build lasting ties with the client's key decision makers.", "Xây mối quan hệ bền với những người nắm quyết định then chốt phía client."),
            tx("Lead negotiations and close large deals.", "Đứng đầu các cuộc thương lượng và chốt các hợp đồng lớn."),
            tx("Give strategic advice that shapes the company's own decisions.", "Góp ý chiến lược để định hướng quyết định của chính công ty."),
            tx("Coach and train junior account staff.", "Kèm cặp và đào tạo các bạn làm account còn trẻ."),
        ],
    },
];

/// The rung of the duty ladder a role's level reads (junior reads entry).
pub fn ladder_step(level: Level) -> &'static LadderStep {
    match level {
        Level::Entry | Level::Junior => &DUTY_LADDER[0],
        Level::Mid => &DUTY_LADDER[1],
        Level::Senior => &DUTY_LADDER[2],
    }
}

/// A monthly pay range in VND, with what it covers and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PayFigure {
    pub min_vnd: i64,
    pub max_vnd: i64,
    /// What the figure covers (e.g. base salary before commission).
    pub basis: Text,
    pub source: Text,
    /// The year of the figure, when the source gives one.
    pub year: Option<u16>,
}

/// Pay for a role: only figures the sources give; otherwise not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pay {
    NotKnown,
    Monthly(PayFigure),
}

impl Pay {
    /// "10.000.000 ₫ – 35.000.000 ₫ per month", or "Not known".
    pub fn range_label(&self, lang: Lang) -> String {
        match self {
            Pay::NotKnown => tx(
                "Not known: our sources give no figure for this role",
                "Chưa rõ: nguồn của chúng tôi không có số liệu cho vị trí này",
            )
            .get(lang)
            .to_string(),
            Pay::Monthly(p) => format!(
                "{} – {} {}",
                format_amount(p.min_vnd, "VND"),
                format_amount(p.max_vnd, "VND"),
                tx("per month", "mỗi tháng").get(lang)
            ),
        }
    }

    /// "Year not stated" or the year, for the figure's footnote.
    pub fn year_label(&self, lang: Lang) -> Option<String> {
        match self {
            Pay::NotKnown => None,
            Pay::Monthly(p) => Some(match p.year {
                Some(y) => y.to_string(),
                None => tx("year not stated by the source", "nguồn không nêu năm")
                    .get(lang)
                    .to_string(),
            }),
        }
    }
}

/// A point on the career map, in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapPoint {
    pub x: u32,
    pub y: u32,
}

/// One account role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Role {
    /// Stable URL-safe id: lowercase ASCII letters, digits and `-`.
    pub slug: &'static str,
    pub name: Text,
    /// The short form people use ("AE", "KAM"), if any.
    pub abbr: Option<&'static str>,
    pub level: Level,
    pub track: Track,
    pub summary: Text,
    pub responsibilities: &'static [Text],
    /// Skill ids (see `skills::SKILLS`).
    pub skills: &'static [&'static str],
    /// KPI ids (see `topics::KPIS`).
    pub kpis: &'static [&'static str],
    /// Whether the sources name these KPIs for this role. They do only for
    /// the digital account; for every other role the list is Suitcase's view
    /// of how agencies often measure it.
    pub kpi_basis: Basis,
    /// Slugs of the roles this one commonly leads to (see `path_basis` for
    /// which of these links the sources state).
    pub next_roles: &'static [&'static str],
    pub day: TypicalDay,
    pub pay: Pay,
    /// Typical industries, for roles found mostly outside agencies.
    pub industries: Option<Text>,
    /// Position on the career map.
    pub node: MapPoint,
}

/// Width of the career map's viewBox.
pub const MAP_WIDTH: u32 = 1000;
/// Height of the career map's viewBox.
pub const MAP_HEIGHT: u32 = 640;

/// A role's node on the career map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapNode {
    pub slug: &'static str,
    pub label: Text,
    pub abbr: Option<&'static str>,
    pub level: Level,
    pub track: Track,
    pub x: u32,
    pub y: u32,
}

/// How one role leads to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EdgeKind {
    /// To a more senior level.
    Promotion,
    /// To a role at the same level or a different track.
    Move,
}

/// A path between two roles on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapEdge {
    pub from: &'static str,
    pub to: &'static str,
    pub kind: EdgeKind,
    /// Whether the sources describe this path; the other paths are common
    /// moves in Suitcase's view, drawn and labelled as such.
    pub basis: Basis,
}

/// The paths the source articles describe: the agency ladder (coordinator
/// as the step up to executive, the executive reporting to the manager,
/// the manager to the director) and the digital account's growth into AE,
/// AM or AD. Every other `next_roles` link is Suitcase's view.
pub const SOURCED_PATHS: &[(&str, &str)] = &[
    ("account-coordinator", "account-executive"),
    ("account-executive", "account-manager"),
    ("account-manager", "account-director"),
    ("digital-account", "account-executive"),
    ("digital-account", "account-manager"),
    ("digital-account", "account-director"),
];

/// Whether the sources describe the path `from` → `to`.
pub fn path_basis(from: &str, to: &str) -> Basis {
    if SOURCED_PATHS.contains(&(from, to)) {
        Basis::Sources
    } else {
        Basis::SuitcaseView
    }
}

/// The role with this slug.
pub fn role(slug: &str) -> Option<&'static Role> {
    ROLES.iter().find(|r| r.slug == slug)
}

/// The map's nodes, one per role, in `ROLES` order.
pub fn map_nodes() -> Vec<MapNode> {
    ROLES
        .iter()
        .map(|r| MapNode {
            slug: r.slug,
            label: r.name,
            abbr: r.abbr,
            level: r.level,
            track: r.track,
            x: r.node.x,
            y: r.node.y,
        })
        .collect()
}

/// The map's edges, from each role's `next_roles`; edges to unknown roles
/// are left out (a content test makes sure there are none).
pub fn map_edges() -> Vec<MapEdge> {
    let mut out = Vec::new();
    for from in ROLES {
        for to_slug in from.next_roles {
            if let Some(to) = role(to_slug) {
                let kind = if to.level > from.level {
                    EdgeKind::Promotion
                } else {
                    EdgeKind::Move
                };
                out.push(MapEdge {
                    from: from.slug,
                    to: to.slug,
                    kind,
                    basis: path_basis(from.slug, to.slug),
                });
            }
        }
    }
    out
}

/// The shortest path of roles from `from` to `to` along the map's edges,
/// both ends included; `None` when `to` cannot be reached (or a slug is
/// unknown). A path along the paths the sources describe wins over a
/// shorter one that uses Suitcase's view; ties go to the edge listed first.
pub fn path_between(from: &str, to: &str) -> Option<Vec<&'static str>> {
    shortest_path(from, to, true).or_else(|| shortest_path(from, to, false))
}

/// Breadth-first search over `next_roles`, only along sourced paths when
/// `sourced_only`.
fn shortest_path(from: &str, to: &str, sourced_only: bool) -> Option<Vec<&'static str>> {
    let start = role(from)?.slug;
    let goal = role(to)?.slug;
    let mut prev: std::collections::BTreeMap<&'static str, &'static str> = Default::default();
    let mut queue = std::collections::VecDeque::from([start]);
    let mut seen = std::collections::BTreeSet::from([start]);
    while let Some(cur) = queue.pop_front() {
        if cur == goal {
            let mut path = vec![cur];
            let mut at = cur;
            while let Some(p) = prev.get(at) {
                path.push(p);
                at = p;
            }
            path.reverse();
            return Some(path);
        }
        for next in role(cur).map(|r| r.next_roles).unwrap_or(&[]) {
            if sourced_only && path_basis(cur, next) != Basis::Sources {
                continue;
            }
            if let Some(n) = role(next) {
                if seen.insert(n.slug) {
                    prev.insert(n.slug, cur);
                    queue.push_back(n.slug);
                }
            }
        }
    }
    None
}

/// Roles that lead to `slug` (the "where people come from" list of a page).
pub fn previous_roles(slug: &str) -> Vec<&'static Role> {
    ROLES
        .iter()
        .filter(|r| r.next_roles.contains(&slug))
        .collect()
}

pub(crate) fn collect_texts(out: &mut Vec<(String, Text)>) {
    use super::{push, push_all};
    for step in &DUTY_LADDER {
        let l = format!("ladder {:?}", step.level).to_lowercase();
        push(out, format!("{l} title"), step.title);
        push(out, format!("{l} summary"), step.summary);
        push_all(out, &format!("{l} duty"), step.duties);
    }
    for r in ROLES {
        let l = format!("role {}", r.slug);
        push(out, format!("{l} name"), r.name);
        push(out, format!("{l} summary"), r.summary);
        push_all(out, &format!("{l} responsibility"), r.responsibilities);
        push(out, format!("{l} day entry"), r.day.entry);
        push(out, format!("{l} day mid"), r.day.mid);
        push(out, format!("{l} day senior"), r.day.senior);
        if let Pay::Monthly(p) = r.pay {
            push(out, format!("{l} pay basis"), p.basis);
            push(out, format!("{l} pay source"), p.source);
        }
        if let Some(i) = r.industries {
            push(out, format!("{l} industries"), i);
        }
    }
}

/// Every role: the agency ladder first (entry upwards), then the specialist,
/// then account-manager types found beyond agencies.
pub static ROLES: &[Role] = &[
    Role {
        slug: "account-coordinator",
        name: tx("Account Coordinator", "Account Coordinator"),
        abbr: None,
        level: Level::Entry,
        track: Track::AgencyLadder,
        summary: tx(
            "The first job in an agency's account team, usually for fresh graduates. Much of the day is admin and coordination, and it is the best seat for learning how an agency really works before moving up.",
            "Vị trí đầu tiên trong team account của agency, thường dành cho sinh viên mới ra trường. Phần lớn thời gian là việc hành chính và điều phối, nhưng đây là chỗ ngồi tốt nhất để hiểu agency vận hành thế nào trước khi lên nấc cao hơn.",
        ),
        responsibilities: &[
            tx("Take notes in client meetings and circulate them as contact reports.", "Ghi chép trong các buổi họp với client và gửi lại thành contact report."),
            tx("Keep the WIP report up to date: every job, its owner and its next date.", "Cập nhật WIP report: từng đầu việc, người phụ trách và mốc tiếp theo."),
            tx("File contracts, estimates and reports so anyone can find them quickly.", "Lưu trữ hợp đồng, báo giá và báo cáo gọn gàng để ai cũng tìm ra nhanh."),
            tx("Chase internal teams and suppliers for materials before each deadline.", "Nhắc các team nội bộ và nhà cung cấp gửi tài liệu trước mỗi deadline."),
            tx("Prepare basic reports on the account's numbers.", "Chuẩn bị báo cáo cơ bản về số liệu của account."),
        ],
        skills: &["account-documents", "organisation", "time-management", "communication", "teamwork", "media-basics"],
        kpis: &["response-time"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["account-executive", "digital-account"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "Morning check of the WIP report, then chasing files from creative and suppliers; sitting in a client call to take notes; afternoon writing the contact report and filing the day's documents.",
                "Buổi sáng rà WIP report rồi đi nhắc file từ team Creative và nhà cung cấp; ngồi cùng cuộc gọi với client để ghi chép; buổi chiều viết contact report và lưu trữ giấy tờ trong ngày.",
            ),
            mid: tx(
                "After some months: owning small jobs end to end for one client, booking traffic slots for the creative team, and drafting parts of the weekly status email for the Account Executive to check.",
                "Sau vài tháng: tự lo trọn những việc nhỏ của một client, đặt lịch làm việc với traffic cho team Creative, và soạn một phần email cập nhật hằng tuần để Account Executive duyệt.",
            ),
            senior: tx(
                "A seasoned coordinator runs the admin of several accounts without reminders, trains newcomers on templates and filing, and is ready for promotion to Account Executive.",
                "Coordinator lâu năm tự lo phần hành chính của nhiều account mà không cần nhắc, hướng dẫn người mới dùng mẫu biểu và cách lưu trữ, và sẵn sàng lên Account Executive.",
            ),
        },
        pay: Pay::NotKnown,
        industries: None,
        node: MapPoint { x: 240, y: 580 },
    },
    Role {
        slug: "account-executive",
        name: tx("Account Executive", "Account Executive"),
        abbr: Some("AE"),
        level: Level::Junior,
        track: Track::AgencyLadder,
        summary: tx(
            "Looks after one client or a few of them day to day: takes tasks from the client, turns them into briefs for creative, and keeps budget, timing and daily operations on track. Reports to an Account Manager or Account Director.",
            "Chăm sóc hằng ngày một hoặc vài client: nhận việc từ client, chuyển thành brief cho team Creative, và giữ cho ngân sách, tiến độ và công việc hằng ngày đi đúng hướng. Báo cáo cho Account Manager hoặc Account Director.",
        ),
        responsibilities: &[
            tx("Receive tasks from the client and write clear briefs for the creative team.", "Nhận yêu cầu từ client và viết brief rõ ràng cho team Creative."),
            tx("Track the budget of each job and flag overruns early.", "Theo dõi ngân sách từng đầu việc và cảnh báo sớm khi vượt."),
            tx("Plan timing with traffic so every job meets its deadline.", "Lên tiến độ cùng traffic để mọi đầu việc kịp deadline."),
            tx("Take part in pitches and present work to the client.", "Tham gia pitching và trình bày sản phẩm cho client."),
            tx("Run the client's daily operations and keep them informed.", "Lo công việc hằng ngày của client và cập nhật thông tin cho họ."),
        ],
        skills: &["media-basics", "time-management", "communication", "negotiation", "teamwork", "brief-writing", "account-documents", "presentation"],
        kpis: &["response-time", "nps"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["account-manager", "account-planner"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "A new AE answers the client's morning emails, briefs the designers on a small task, updates the WIP report and checks every deliverable against the brief before it goes out.",
                "AE mới trả lời email buổi sáng của client, brief cho designer một việc nhỏ, cập nhật WIP report và soát mọi sản phẩm theo brief trước khi gửi đi.",
            ),
            mid: tx(
                "An established AE runs the weekly status meeting, negotiates small scope changes, keeps the job budgets in view and presents creative work to the client without support.",
                "AE vững nghề tự chủ trì họp cập nhật hằng tuần, thương lượng các thay đổi nhỏ về phạm vi, nắm ngân sách các đầu việc và tự trình bày sản phẩm sáng tạo cho client.",
            ),
            senior: tx(
                "A senior AE is the client's first call on most matters, coaches coordinators, drafts the proposal sections on budget and timing, and stands in for the Account Manager.",
                "Senior AE là người client gọi đầu tiên trong hầu hết mọi việc, kèm cặp coordinator, soạn phần ngân sách và tiến độ trong proposal, và thay mặt Account Manager khi cần.",
            ),
        },
        pay: Pay::NotKnown,
        industries: None,
        node: MapPoint { x: 240, y: 440 },
    },
    Role {
        slug: "digital-account",
        name: tx("Digital Account", "Digital Account"),
        abbr: None,
        level: Level::Junior,
        track: Track::AgencyLadder,
        summary: tx(
            "The account role in a digital marketing agency (and some B2B firms). Usually asks for one to three years of digital marketing experience, follows campaigns from the client brief to the final report, and can grow into AE, AM or AD.",
            "Vị trí account trong agency digital marketing (và một số công ty B2B). Thường yêu cầu 1–3 năm kinh nghiệm digital marketing, theo chiến dịch từ client brief đến báo cáo cuối, và có thể phát triển lên AE, AM hoặc AD.",
        ),
        responsibilities: &[
            tx("Receive the client from sales, find their wants and needs, and collect the client brief.", "Nhận client từ bộ phận sales, tìm hiểu mong muốn và nhu cầu, và lấy client brief."),
            tx("Analyse the brief and build the proposal with the team.", "Phân tích brief và cùng team xây dựng proposal."),
            tx("Set the campaign's KPIs and track them through the campaign.", "Đặt KPI cho chiến dịch và theo dõi suốt quá trình chạy."),
            tx("Control the media and production budget so the agency keeps its margin.", "Kiểm soát ngân sách media và sản xuất để agency giữ được lợi nhuận."),
            tx("Write the final campaign report, close the contract and collect payment.", "Làm báo cáo tổng kết chiến dịch, thanh lý hợp đồng và thu tiền."),
        ],
        skills: &["digital-channels", "marketing-knowledge", "data-reporting", "budget-control", "coordination", "communication", "brief-writing", "sales-process", "negotiation", "project-management", "organisation", "presentation"],
        // The six KPIs the digital-account article names.
        kpis: &["response-time", "nps", "retention", "clients-per-account", "revenue", "upsell-rate"],
        kpi_basis: Basis::Sources,
        next_roles: &["account-executive", "account-manager", "account-director"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "Checks yesterday's campaign numbers, sends the client a short performance note, then works with the content and ads teams on this week's posts and ad sets.",
                "Xem số liệu chiến dịch hôm qua, gửi client ghi chú ngắn về hiệu quả, rồi làm việc với team content và team chạy quảng cáo về bài đăng và nhóm quảng cáo tuần này.",
            ),
            mid: tx(
                "Owns two or three digital clients: proposes optimisations from the data, reallocates budget between channels with the client's agreement, and leads the monthly report meeting.",
                "Phụ trách hai, ba client digital: đề xuất tối ưu dựa trên số liệu, chuyển ngân sách giữa các kênh khi client đồng ý, và chủ trì buổi họp báo cáo hằng tháng.",
            ),
            senior: tx(
                "Shapes annual digital plans with clients, spots upsell opportunities such as new channels, and guides juniors on reading data and writing reports.",
                "Cùng client xây kế hoạch digital cả năm, phát hiện cơ hội upsell như kênh mới, và hướng dẫn bạn trẻ cách đọc số liệu và viết báo cáo.",
            ),
        },
        pay: Pay::NotKnown,
        industries: Some(tx(
            "Digital marketing agencies; some B2B companies",
            "Agency digital marketing; một số công ty B2B",
        )),
        node: MapPoint { x: 460, y: 440 },
    },
    Role {
        slug: "account-manager",
        name: tx("Account Manager", "Account Manager"),
        abbr: Some("AM"),
        level: Level::Mid,
        track: Track::AgencyLadder,
        summary: tx(
            "The main contact for one or two clients and the person who knows the account best. Sets budgets with the client, solves conflicts, delivers on time, owns contracts and renewals, and looks for new opportunities with the client. Reports to the Account Director or the agency director.",
            "Đầu mối chính của một hoặc hai client và là người hiểu account rõ nhất. Cùng client chốt ngân sách, xử lý mâu thuẫn, bảo đảm giao việc đúng hạn, phụ trách hợp đồng và gia hạn, và tìm cơ hội mới với client. Báo cáo cho Account Director hoặc giám đốc agency.",
        ),
        responsibilities: &[
            tx("Agree budgets with the client and approve payments in and out.", "Thống nhất ngân sách với client và duyệt các khoản thu chi."),
            tx("Solve conflicts between the client and the agency's teams.", "Giải quyết mâu thuẫn giữa client và các team trong agency."),
            tx("Make sure work is delivered on time and to the brief.", "Bảo đảm công việc được giao đúng hạn và đúng brief."),
            tx("Own contracts, renewals and the quality of the account.", "Chịu trách nhiệm hợp đồng, gia hạn và chất lượng của account."),
            tx("Write account plans and find new business within the client.", "Viết kế hoạch account và tìm thêm cơ hội kinh doanh từ chính client."),
            tx("Work with sales and marketing on the account strategy.", "Phối hợp với team sales và marketing để hoạch định chiến lược cho account."),
            tx("Review the account's performance with the client regularly.", "Định kỳ cùng client đánh giá hiệu quả của account."),
        ],
        skills: &["negotiation", "budget-control", "brief-writing", "contract-management", "project-management", "situation-handling", "upsell-cross-sell", "business-acumen", "marketing-knowledge", "communication", "coordination"],
        kpis: &["nps", "retention", "revenue", "upsell-rate", "clients-per-account"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["account-director", "key-account-manager", "sales-account-manager", "customer-success-manager"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "A new AM spends the day learning the account in depth: reading past contact reports, meeting each client stakeholder, and agreeing how budgets are approved.",
                "AM mới dành thời gian tìm hiểu sâu account: đọc lại các contact report cũ, gặp từng người phía client, và thống nhất quy trình duyệt ngân sách.",
            ),
            mid: tx(
                "An established AM sets the quarter's budget with the client in the morning, resolves a dispute over a late job at noon, and reviews the AEs' briefs before they reach creative.",
                "AM vững nghề buổi sáng chốt ngân sách quý với client, buổi trưa gỡ rối một việc bị trễ, và duyệt brief của các AE trước khi chuyển cho Creative.",
            ),
            senior: tx(
                "A senior AM negotiates the contract renewal, presents the annual account review, and brings the client a new service the agency can add.",
                "AM lâu năm đàm phán gia hạn hợp đồng, trình bày báo cáo đánh giá account cả năm, và mang đến cho client một dịch vụ mới agency có thể làm thêm.",
            ),
        },
        pay: Pay::Monthly(PayFigure {
            min_vnd: 16_000_000,
            max_vnd: 23_000_000,
            basis: tx(
                "Base salary at top agencies, before commission and bonus",
                "Lương cứng ở các agency hàng đầu, chưa gồm hoa hồng và thưởng",
            ),
            source: tx(
                "JobsGO career article on the Key Account Manager role",
                "Bài viết hướng nghiệp của JobsGO về vị trí Key Account Manager",
            ),
            year: None,
        }),
        industries: None,
        node: MapPoint { x: 240, y: 300 },
    },
    Role {
        slug: "account-planner",
        name: tx("Account Planner", "Account Planner"),
        abbr: None,
        level: Level::Mid,
        track: Track::AgencySpecialist,
        summary: tx(
            "The researcher and strategist of the account team. Where the Account Manager knows what the client wants, the planner knows what the consumer wants, and sets each campaign's strategic direction. Small agencies hand planning to the AM or AD; large ones have a planning department.",
            "Người nghiên cứu và làm chiến lược trong team account. Nếu Account Manager hiểu client muốn gì thì planner hiểu người tiêu dùng muốn gì, và định hướng chiến lược cho từng chiến dịch. Agency nhỏ giao việc planning cho AM hoặc AD; agency lớn có hẳn phòng planning.",
        ),
        responsibilities: &[
            tx("Research consumers, the category and competitors.", "Nghiên cứu người tiêu dùng, ngành hàng và đối thủ."),
            tx("Turn the client brief into a creative brief with a sharp insight.", "Chuyển client brief thành creative brief với một insight sắc bén."),
            tx("Set the strategic direction of each campaign.", "Định hướng chiến lược cho từng chiến dịch."),
            tx("Present the strategy with the account lead when selling the idea.", "Cùng account lead trình bày chiến lược khi bán ý tưởng."),
            tx("Forecast market trends from the competitor review.", "Dự báo xu hướng thị trường từ bản competitor review."),
        ],
        skills: &["consumer-insight", "strategic-planning", "marketing-knowledge", "brief-writing", "presentation", "data-reporting"],
        kpis: &["nps", "retention"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["account-director", "strategic-account-manager"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "A junior planner gathers research: reads category reports, listens to social conversations about the brand and summarises what consumers say.",
                "Planner mới gom dữ liệu nghiên cứu: đọc báo cáo ngành hàng, theo dõi thảo luận trên mạng xã hội về thương hiệu và tóm tắt điều người tiêu dùng nói.",
            ),
            mid: tx(
                "A mid planner writes the creative brief from a new client brief, leads the strategy part of the brainstorm, and tests the ideas against the insight in internal review.",
                "Planner trung cấp viết creative brief từ client brief mới, dẫn phần chiến lược trong buổi brainstorm, và đối chiếu các ý tưởng với insight ở vòng internal review.",
            ),
            senior: tx(
                "A senior planner co-presents the pitch, shapes clients' long-term brand strategy and guides the agency's point of view on where the market is heading.",
                "Planner cấp cao cùng thuyết trình khi pitching, định hình chiến lược thương hiệu dài hạn cho client và dẫn dắt góc nhìn của agency về xu hướng thị trường.",
            ),
        },
        pay: Pay::NotKnown,
        industries: None,
        node: MapPoint { x: 90, y: 200 },
    },
    Role {
        slug: "account-director",
        name: tx("Account Director", "Account Director"),
        abbr: Some("AD"),
        level: Level::Senior,
        track: Track::AgencyLadder,
        summary: tx(
            "Runs the agency's client-service side the way a creative director runs creative. Knows the agency inside out, sells well, pitches new work beside the creative director, explains why the creative work is good for the client's business, and writes excellent creative briefs.",
            "Điều hành khối dịch vụ khách hàng của agency giống như creative director điều hành team sáng tạo. Hiểu agency từ trong ra ngoài, giỏi kinh doanh và bán hàng, cùng creative director pitching dự án mới, giải thích vì sao sản phẩm sáng tạo tốt cho việc kinh doanh của client, và viết creative brief xuất sắc.",
        ),
        responsibilities: &[
            tx("Lead the account team and the agency's most important client relationships.", "Dẫn dắt team account và các mối quan hệ client quan trọng nhất của agency."),
            tx("Pitch new business beside the creative director.", "Cùng creative director pitching để giành khách hàng mới."),
            tx("Argue for the creative work in terms of the client's business.", "Bảo vệ sản phẩm sáng tạo bằng ngôn ngữ kinh doanh của client."),
            tx("Write or approve the creative briefs that matter most.", "Viết hoặc duyệt những creative brief quan trọng nhất."),
            tx("Own the profitability of the accounts under them.", "Chịu trách nhiệm lợi nhuận của các account mình phụ trách."),
        ],
        skills: &["business-acumen", "presentation", "strategic-planning", "brief-writing", "team-leadership", "negotiation", "stakeholder-mapping"],
        kpis: &["revenue", "retention", "nps", "upsell-rate"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["global-account-manager"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "A newly promoted AD meets each account team, reviews every client's health and profitability, and sits in on creative reviews to learn how the creative director works.",
                "AD mới được đề bạt gặp từng team account, rà soát tình hình và lợi nhuận của từng client, và dự các buổi duyệt sáng tạo để hiểu cách creative director làm việc.",
            ),
            mid: tx(
                "An established AD rehearses a new-business pitch with the creative director, calls a client's marketing director about next year's plan, and signs off briefs.",
                "AD vững nghề tập dượt buổi pitching khách hàng mới cùng creative director, gọi cho giám đốc marketing của client về kế hoạch năm sau, và duyệt brief.",
            ),
            senior: tx(
                "A senior AD sets the agency's client-service standards, decides which pitches to enter, and coaches managers to lead their own accounts.",
                "AD lâu năm đặt chuẩn dịch vụ khách hàng cho agency, quyết định tham gia những cuộc pitching nào, và kèm các manager tự dẫn dắt account của mình.",
            ),
        },
        pay: Pay::NotKnown,
        industries: None,
        node: MapPoint { x: 240, y: 100 },
    },
    Role {
        slug: "key-account-manager",
        name: tx("Key Account Manager", "Key Account Manager"),
        abbr: Some("KAM"),
        level: Level::Senior,
        track: Track::AgencyLadder,
        summary: tx(
            "Keeps the most important clients (in Vietnamese, quản lý khách hàng trọng yếu): large brands with room to grow whose buying decisions pass through many hands, so the KAM may set strategies and terms for them alone. From the first persuasion to the close of the project the KAM stays with the client: matching the figures, chasing what is owed, running the team and answering for the revenue it promised.",
            "Người giữ những client quan trọng nhất (tiếng Việt hay gọi là quản lý khách hàng trọng yếu): thương hiệu lớn, còn nhiều dư địa tăng trưởng, quyết định mua qua nhiều tầng, nên KAM được tự đặt chiến lược và điều kiện riêng cho họ. Từ lúc thuyết phục cho đến khi đóng dự án, KAM đi cùng client: khớp số liệu, đòi tiền còn nợ, quản lý team và chịu phần doanh số team đã hứa.",
        ),
        responsibilities: &[
            tx("Design special terms for key clients: price, product, service, distribution or information sharing.", "Đưa ra điều kiện riêng cho từng client lớn, có thể về giá, về sản phẩm hay dịch vụ, về cách phân phối, hoặc về những thông tin hai bên chia sẻ."),
            tx("Take the brief and lead the team to build the proposal.", "Lấy brief về và dẫn team xây dựng proposal."),
            tx("Present and sell the idea with the planner.", "Cùng planner thuyết trình và bán ý tưởng."),
            tx("Draw up the contract and the commitments for each project.", "Soạn hợp đồng và thống nhất những cam kết của từng dự án."),
            tx("Match the figures with the client, then follow up until the invoices are paid.", "Cùng client khớp lại số liệu, rồi theo dõi công nợ đến khi các hóa đơn được thanh toán đủ."),
            tx("Lead the team and bring in the revenue it has committed to.", "Dẫn dắt team và mang về đủ doanh số đã cam kết."),
        ],
        skills: &["negotiation", "budget-control", "contract-management", "upsell-cross-sell", "team-leadership", "presentation", "coordination", "stakeholder-mapping", "marketing-knowledge", "communication", "situation-handling"],
        kpis: &["revenue", "retention", "upsell-rate", "nps"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["strategic-account-manager", "global-account-manager", "account-director"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "A new KAM maps who decides what at each key client, reviews open contracts and unpaid invoices, and agrees the year's revenue commitment with their manager.",
                "KAM mới vẽ sơ đồ ai quyết định việc gì ở từng khách hàng trọng yếu, rà các hợp đồng đang chạy và công nợ chưa thu, và thống nhất doanh số cam kết cả năm với cấp trên.",
            ),
            mid: tx(
                "An established KAM presents a proposal with the planner, negotiates a volume incentive, follows up on a late payment and checks the team's progress on the WIP report.",
                "KAM vững nghề cùng planner thuyết trình proposal, đàm phán ưu đãi theo sản lượng, nhắc một khoản thanh toán trễ hạn và kiểm tra tiến độ của team trên WIP report.",
            ),
            senior: tx(
                "A senior KAM builds multi-year plans with the client's leadership, closes large deals and coaches the team on handling demanding clients.",
                "KAM lâu năm cùng ban lãnh đạo client xây kế hoạch nhiều năm, chốt các hợp đồng lớn và kèm team cách làm việc với client khó tính.",
            ),
        },
        pay: Pay::Monthly(PayFigure {
            min_vnd: 10_000_000,
            max_vnd: 35_000_000,
            basis: tx(
                "Monthly salary, depending on ability, experience and company size",
                "Lương hằng tháng, tùy năng lực, kinh nghiệm và quy mô công ty",
            ),
            source: tx(
                "Salaryexplorer, as quoted in a JobsGO career article",
                "Salaryexplorer, theo trích dẫn trong bài viết hướng nghiệp của JobsGO",
            ),
            year: None,
        }),
        industries: Some(tx(
            "Agencies; consumer goods, pharma, telecoms",
            "Agency; hàng tiêu dùng, dược phẩm, viễn thông",
        )),
        node: MapPoint { x: 460, y: 190 },
    },
    Role {
        slug: "strategic-account-manager",
        name: tx("Strategic Account Manager", "Strategic Account Manager"),
        abbr: None,
        level: Level::Senior,
        track: Track::BeyondAgency,
        summary: tx(
            "Takes care of the few clients worth the most to a company; so much revenue rides on them that plans run several years ahead. Mostly a B2B role.",
            "Lo cho số ít client đem lại nhiều giá trị nhất cho doanh nghiệp; doanh thu gắn với họ lớn đến mức kế hoạch thường tính trước vài năm. Vai trò này gặp nhiều nhất ở công ty B2B.",
        ),
        responsibilities: &[
            tx("Write multi-year account plans with retention and growth goals.", "Viết kế hoạch account nhiều năm với mục tiêu giữ chân và tăng trưởng."),
            tx("Build and keep relationships with the people who make the client's big decisions.", "Làm quen và giữ liên lạc thường xuyên với những người có tiếng nói quyết định ở phía client."),
            tx("Lead the negotiating and close the big deals.", "Cầm trịch các cuộc thương lượng và ký được những hợp đồng lớn."),
            tx("Bring client insight into company strategy.", "Đưa hiểu biết về client vào chiến lược của công ty."),
        ],
        skills: &["strategic-planning", "stakeholder-mapping", "negotiation", "business-acumen", "upsell-cross-sell", "data-reporting"],
        kpis: &["revenue", "retention", "upsell-rate", "nps"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["global-account-manager"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "Learns the portfolio: reads each client's history and contracts, and meets the internal teams who serve them.",
                "Tìm hiểu danh mục khách hàng: đọc lịch sử và hợp đồng của từng client, gặp các team nội bộ đang phục vụ họ.",
            ),
            mid: tx(
                "Runs a quarterly business review with a client's executives and agrees next year's priorities.",
                "Chủ trì buổi đánh giá kinh doanh hằng quý với lãnh đạo client và thống nhất ưu tiên cho năm sau.",
            ),
            senior: tx(
                "Negotiates a multi-year agreement and advises the company's leadership on which clients to invest in.",
                "Đàm phán thỏa thuận nhiều năm và tư vấn ban lãnh đạo nên đầu tư vào những client nào.",
            ),
        },
        pay: Pay::NotKnown,
        industries: Some(tx(
            "B2B: technology, manufacturing, professional services",
            "B2B: công nghệ, sản xuất, dịch vụ chuyên nghiệp",
        )),
        node: MapPoint { x: 680, y: 100 },
    },
    Role {
        slug: "global-account-manager",
        name: tx("Global Account Manager", "Global Account Manager"),
        abbr: Some("GAM"),
        level: Level::Senior,
        track: Track::BeyondAgency,
        summary: tx(
            "Manages multinational clients across several markets, handling different cultures and regulations while keeping one consistent relationship.",
            "Quản lý các client đa quốc gia trên nhiều thị trường, xử lý khác biệt về văn hóa và quy định mà vẫn giữ một mối quan hệ nhất quán.",
        ),
        responsibilities: &[
            tx("Coordinate local teams serving the client in each market.", "Điều phối các team địa phương phục vụ client ở từng thị trường."),
            tx("Align global agreements with local rules and habits.", "Dung hòa thỏa thuận toàn cầu với quy định và thói quen địa phương."),
            tx("Report on the whole relationship to the client's global leadership.", "Báo cáo toàn cảnh mối quan hệ cho lãnh đạo toàn cầu của client."),
            tx("Find growth for the client in markets not yet served.", "Tìm cơ hội tăng trưởng cho client ở những thị trường chưa phục vụ."),
        ],
        skills: &["cross-cultural", "stakeholder-mapping", "strategic-planning", "negotiation", "coordination", "team-leadership"],
        kpis: &["revenue", "retention", "nps"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &[],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "Early in the role: calls with country teams in different time zones to learn how each market serves the client.",
                "Thời gian đầu: gọi cho team ở các nước, khác múi giờ, để hiểu mỗi thị trường đang phục vụ client thế nào.",
            ),
            mid: tx(
                "Consolidates results from every market into one report and settles a conflict between a global rule and a local need.",
                "Tổng hợp kết quả từ mọi thị trường thành một báo cáo và gỡ một mâu thuẫn giữa quy định toàn cầu và nhu cầu địa phương.",
            ),
            senior: tx(
                "Negotiates the global framework agreement and plans the client's expansion into new markets.",
                "Đàm phán thỏa thuận khung toàn cầu và lên kế hoạch mở rộng sang thị trường mới cho client.",
            ),
        },
        pay: Pay::NotKnown,
        industries: Some(tx(
            "Fortune 500 companies, global manufacturers, international service providers",
            "Các tập đoàn Fortune 500, nhà sản xuất toàn cầu, công ty dịch vụ quốc tế",
        )),
        node: MapPoint { x: 900, y: 100 },
    },
    Role {
        slug: "technical-account-manager",
        name: tx("Technical Account Manager", "Technical Account Manager"),
        abbr: Some("TAM"),
        level: Level::Mid,
        track: Track::BeyondAgency,
        summary: tx(
            "The bridge between technical teams and the client: explains complex technical detail in plain words and makes sure the solution works for the client.",
            "Cầu nối giữa đội kỹ thuật và client: giải thích chi tiết kỹ thuật phức tạp bằng lời dễ hiểu và bảo đảm giải pháp vận hành tốt cho client.",
        ),
        responsibilities: &[
            tx("Translate client needs into technical requirements, and back.", "Chuyển nhu cầu của client thành yêu cầu kỹ thuật, và ngược lại."),
            tx("Follow technical issues until they are solved.", "Theo sát các sự cố kỹ thuật cho đến khi được xử lý."),
            tx("Plan upgrades and integrations with the client.", "Cùng client lên kế hoạch nâng cấp và tích hợp."),
            tx("Explain the product's limits honestly before they become problems.", "Nói rõ giới hạn của sản phẩm trước khi chúng thành vấn đề."),
        ],
        skills: &["technical-literacy", "communication", "project-management", "situation-handling", "product-onboarding"],
        kpis: &["response-time", "nps", "retention"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["strategic-account-manager", "customer-success-manager"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "Learns the product deeply, shadows support tickets and joins engineers' calls with clients.",
                "Học kỹ sản phẩm, theo dõi các yêu cầu hỗ trợ và dự các cuộc gọi giữa kỹ sư và client.",
            ),
            mid: tx(
                "Runs a technical review with the client's IT team, then writes a plain-language summary for their managers.",
                "Chủ trì buổi rà soát kỹ thuật với team IT của client, rồi viết bản tóm tắt dễ hiểu cho cấp quản lý của họ.",
            ),
            senior: tx(
                "Shapes the technical roadmap of large accounts and represents their needs in the company's product decisions.",
                "Định hướng lộ trình kỹ thuật cho các account lớn và đại diện cho nhu cầu của họ trong quyết định sản phẩm của công ty.",
            ),
        },
        pay: Pay::NotKnown,
        industries: Some(tx("Software, IT services, hardware", "Phần mềm, dịch vụ CNTT, phần cứng")),
        node: MapPoint { x: 680, y: 300 },
    },
    Role {
        slug: "sales-account-manager",
        name: tx("Sales Account Manager", "Sales Account Manager"),
        abbr: None,
        level: Level::Mid,
        track: Track::BeyondAgency,
        summary: tx(
            "An account role measured on sales targets and revenue: finds new opportunities in its accounts and closes them. Common where sales and account are merged into one job.",
            "Vị trí account được đánh giá theo chỉ tiêu bán hàng và doanh thu: tìm cơ hội mới trong các account mình phụ trách và chốt deal. Phổ biến ở nơi gộp sales và account làm một.",
        ),
        responsibilities: &[
            tx("Meet sales targets within an assigned set of accounts.", "Đạt chỉ tiêu doanh số trong nhóm account được giao."),
            tx("Find and qualify new opportunities.", "Tìm và sàng lọc cơ hội mới."),
            tx("Negotiate and close deals.", "Đàm phán và chốt deal."),
            tx("Hand over smoothly to delivery after the sale.", "Bàn giao trơn tru cho bộ phận triển khai sau khi bán."),
        ],
        skills: &["sales-process", "negotiation", "upsell-cross-sell", "communication", "business-acumen"],
        kpis: &["revenue", "upsell-rate", "clients-per-account"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["key-account-manager"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "Calls and emails existing clients about new offers and logs every conversation in the pipeline.",
                "Gọi điện, gửi email cho client hiện có về ưu đãi mới và ghi lại mọi cuộc trao đổi vào pipeline.",
            ),
            mid: tx(
                "Prepares a tailored offer, negotiates terms and closes a renewal with an upgrade.",
                "Chuẩn bị đề xuất riêng, thương lượng điều khoản và chốt gia hạn kèm nâng cấp.",
            ),
            senior: tx(
                "Closes the largest deals of the quarter and helps set the team's targets.",
                "Chốt những deal lớn nhất trong quý và góp phần đặt chỉ tiêu cho team.",
            ),
        },
        pay: Pay::NotKnown,
        industries: Some(tx("Retail, advertising, financial services", "Bán lẻ, quảng cáo, dịch vụ tài chính")),
        node: MapPoint { x: 900, y: 300 },
    },
    Role {
        slug: "customer-success-manager",
        name: tx("Customer Success Manager", "Customer Success Manager"),
        abbr: Some("CSM"),
        level: Level::Mid,
        track: Track::BeyondAgency,
        summary: tx(
            "Helps clients get the results they bought the product for: onboarding, adoption and ongoing support, with an eye on health metrics to keep them and raise their lifetime value.",
            "Giúp client thu về đúng kết quả họ kỳ vọng khi chọn sản phẩm: onboarding, hướng dẫn sử dụng và hỗ trợ lâu dài; để mắt tới các chỉ số sức khỏe để giữ chân client và nâng giá trị vòng đời của họ.",
        ),
        responsibilities: &[
            tx("Onboard new clients and agree what success means for them.", "Onboarding client mới và thống nhất thế nào là thành công với họ."),
            tx("Drive adoption of the product's features.", "Thúc đẩy client dùng các tính năng của sản phẩm."),
            tx("Watch health metrics and act on early signs of churn.", "Theo dõi chỉ số sức khỏe và hành động sớm khi có dấu hiệu rời bỏ."),
            tx("Run regular success reviews and pass feedback to product teams.", "Tổ chức buổi đánh giá định kỳ và chuyển phản hồi cho team sản phẩm."),
        ],
        skills: &["product-onboarding", "data-reporting", "communication", "situation-handling", "upsell-cross-sell"],
        kpis: &["retention", "nps", "response-time", "upsell-rate"],
        kpi_basis: Basis::SuitcaseView,
        next_roles: &["key-account-manager", "technical-account-manager"],
        day: TypicalDay {
            basis: Basis::SuitcaseView,
            entry: tx(
                "Runs onboarding calls, answers how-to questions and checks which new clients have not logged in this week.",
                "Chạy các buổi onboarding, trả lời câu hỏi cách dùng và kiểm tra client mới nào tuần này chưa đăng nhập.",
            ),
            mid: tx(
                "Reviews the health dashboard, calls an at-risk client with a recovery plan and prepares a renewal.",
                "Xem bảng chỉ số sức khỏe, gọi cho một client có nguy cơ rời đi với kế hoạch khắc phục và chuẩn bị gia hạn.",
            ),
            senior: tx(
                "Designs the success playbook for the team and brings the product team the patterns behind churn.",
                "Thiết kế quy trình chăm sóc cho cả team và mang đến team sản phẩm những quy luật dẫn đến việc client rời bỏ.",
            ),
        },
        pay: Pay::NotKnown,
        industries: Some(tx(
            "SaaS and subscription businesses",
            "Doanh nghiệp SaaS và mô hình thuê bao",
        )),
        node: MapPoint { x: 680, y: 440 },
    },
];
