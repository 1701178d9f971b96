//! Topics of the guide: the three tools (documents), the account KPIs,
//! account vs sales, and why agencies hire account more than creative.
//!
//! KPI *formulas* live in `domain::kpi` (another module); here only what
//! each KPI means for an account person.
use crate::model::text::{tx, Text};

/// One of the account's three documents. The id is what the UI links to in
/// the toolkit (`/toolkit/<id>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    pub id: &'static str,
    pub name: Text,
    pub purpose: Text,
    /// What a good one does.
    pub good_one: &'static [Text],
}

/// An account KPI, in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kpi {
    pub id: &'static str,
    pub name: Text,
    pub meaning: Text,
}

/// A page of the guide that is not a role, skill or workflow step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Topic {
    pub id: &'static str,
    pub title: Text,
    pub summary: Text,
    pub points: &'static [Text],
}

/// One row of the account-vs-sales comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub aspect: Text,
    pub sales: Text,
    pub account: Text,
}

pub fn tool(id: &str) -> Option<&'static Tool> {
    TOOLS.iter().find(|t| t.id == id)
}

pub fn kpi(id: &str) -> Option<&'static Kpi> {
    KPIS.iter().find(|k| k.id == id)
}

pub fn topic(id: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.id == id)
}

pub(crate) fn collect_texts(out: &mut Vec<(String, Text)>) {
    use super::{push, push_all};
    for t in TOOLS {
        push(out, format!("tool {} name", t.id), t.name);
        push(out, format!("tool {} purpose", t.id), t.purpose);
        push_all(out, &format!("tool {} good", t.id), t.good_one);
    }
    for k in KPIS {
        push(out, format!("kpi {} name", k.id), k.name);
        push(out, format!("kpi {} meaning", k.id), k.meaning);
    }
    for t in TOPICS {
        push(out, format!("topic {} title", t.id), t.title);
        push(out, format!("topic {} summary", t.id), t.summary);
        push_all(out, &format!("topic {} point", t.id), t.points);
    }
    for (i, c) in ACCOUNT_VS_SALES.iter().enumerate() {
        push(out, format!("account-vs-sales {i} aspect"), c.aspect);
        push(out, format!("account-vs-sales {i} sales"), c.sales);
        push(out, format!("account-vs-sales {i} account"), c.account);
    }
}

/// The three tools of the account.
pub static TOOLS: &[Tool] = &[
    Tool {
        id: "contact-report",
        name: tx("Contact report", "Contact report (biên bản làm việc)"),
        purpose: tx(
            "Minutes of what the parties agreed in a meeting or call, so the work goes the right way. A meeting holds many opinions; without a written record everyone remembers it differently, and the agency pays to fix the misunderstanding.",
            "Biên bản ghi lại những gì các bên đã thống nhất trong buổi họp hay cuộc gọi, để công việc đi đúng hướng. Một buổi họp có rất nhiều ý kiến; không ghi lại thì mỗi người nhớ một kiểu, và agency phải trả giá để sửa hiểu lầm.",
        ),
        good_one: &[
            tx("Lists exactly who attended.", "Ghi chính xác những ai tham dự."),
            tx("Under \"Agreement\", names exactly what the client accepted: the actual item, not a substitute name.", "Ở mục \"Thỏa thuận\", ghi đúng thứ client đã chấp nhận: đúng hạng mục thật, không dùng tên gọi thay thế."),
            tx("Ends with the next steps, each with its timing.", "Kết thúc bằng các bước tiếp theo, mỗi bước có mốc thời gian."),
        ],
    },
    Tool {
        id: "wip-report",
        name: tx("WIP report (work in progress)", "WIP report (báo cáo tiến độ công việc)"),
        purpose: tx(
            "The status of every job and who is responsible for it, used to track and control the flow of work during the contract.",
            "Tình trạng của từng đầu việc và người chịu trách nhiệm, dùng để theo dõi và kiểm soát luồng công việc trong suốt hợp đồng.",
        ),
        good_one: &[
            tx("Shows the latest status of every job, with none missing.", "Đầu việc nào cũng có trạng thái mới nhất, không sót một việc."),
            tx("Gives each job its next step, its owner and its timing.", "Ghi cho mỗi đầu việc bước tiếp theo, người phụ trách và mốc thời gian."),
        ],
    },
    Tool {
        id: "competitor-review",
        name: tx("Communication / competitor review", "Communication / competitor review (phân tích truyền thông và đối thủ)"),
        purpose: tx(
            "A review of the client's and competitors' campaigns, usually over the past year, with an analysis of the category and the market.",
            "Bản đánh giá các chiến dịch của client và đối thủ, thường trong một năm gần nhất, kèm phân tích ngành hàng và thị trường.",
        ),
        good_one: &[
            tx("Collects information on the client and its competitors.", "Thu thập thông tin về client và các đối thủ."),
            tx("Analyses it and gives the account's own point of view on the client's problem.", "Phân tích và đưa ra góc nhìn riêng của account về vấn đề của client."),
            tx("Works with the planner to plan and forecast market trends.", "Cùng planner lên kế hoạch và dự báo xu hướng thị trường."),
        ],
    },
];

/// The KPIs of a (digital) account person (FACTS §5).
pub static KPIS: &[Kpi] = &[
    Kpi {
        id: "response-time",
        name: tx("Average response time", "Thời gian phản hồi trung bình"),
        meaning: tx(
            "How long the client waits, on average, for the account's reply.",
            "Trung bình client phải chờ bao lâu để nhận được phản hồi từ account.",
        ),
    },
    Kpi {
        id: "nps",
        name: tx("Net Promoter Score (NPS)", "Chỉ số NPS (Net Promoter Score)"),
        meaning: tx(
            "How willing the client is to recommend the agency, judged on the account's consulting knowledge and care.",
            "Mức độ client sẵn lòng giới thiệu agency cho người khác, dựa trên kiến thức tư vấn và thái độ chăm sóc của account.",
        ),
    },
    Kpi {
        id: "retention",
        name: tx("Client retention rate", "Tỷ lệ giữ chân khách hàng"),
        meaning: tx(
            "The share of clients who stay and keep buying: a measure of loyalty.",
            "Tỷ lệ client ở lại và tiếp tục sử dụng dịch vụ: thước đo lòng trung thành.",
        ),
    },
    Kpi {
        id: "clients-per-account",
        name: tx("Clients per account person", "Số khách hàng trung bình trên một account"),
        meaning: tx(
            "How many clients each account person looks after on average.",
            "Trung bình mỗi người làm account phụ trách bao nhiêu client.",
        ),
    },
    Kpi {
        id: "revenue",
        name: tx("Revenue delivered", "Đảm bảo doanh số"),
        meaning: tx(
            "Whether the account brings in the revenue committed for its clients.",
            "Account có mang về đủ doanh số đã cam kết với các client mình phụ trách hay không.",
        ),
    },
    Kpi {
        id: "upsell-rate",
        name: tx("Upsell and cross-sell rate", "Tỷ lệ upsell và cross-sell"),
        meaning: tx(
            "How often existing clients buy more or buy other services.",
            "Tần suất client hiện có mua thêm hoặc mua thêm dịch vụ khác.",
        ),
    },
];

/// Account vs sales, side by side (FACTS §8).
pub static ACCOUNT_VS_SALES: &[Comparison] = &[
    Comparison {
        aspect: tx("When", "Thời điểm"),
        sales: tx("Before the sale: turns leads into revenue.", "Trước khi bán: biến lead thành doanh số."),
        account: tx("After the sale: grows the client.", "Sau khi bán: phát triển client."),
    },
    Comparison {
        aspect: tx("Metaphor", "Hình ảnh"),
        sales: tx("The hunter (đi săn).", "Người đi săn."),
        account: tx("The farmer (đi cày).", "Người đi cày."),
    },
    Comparison {
        aspect: tx("Goal", "Mục tiêu"),
        sales: tx("Conversions and closed deals.", "Chuyển đổi và chốt deal."),
        account: tx("Client satisfaction and retention.", "Client hài lòng và ở lại lâu."),
    },
    Comparison {
        aspect: tx("Profit", "Lợi nhuận"),
        sales: tx("Short term: the deal closes, the money arrives.", "Ngắn hạn: chốt deal là tiền về."),
        account: tx("Long term: renewals, upgrades and referrals.", "Dài hạn: gia hạn, nâng cấp và giới thiệu."),
    },
    Comparison {
        aspect: tx("Role", "Vai trò"),
        sales: tx("Mostly external: find, negotiate, close, manage orders.", "Chủ yếu đối ngoại: tìm kiếm, đàm phán, chốt, quản lý đơn hàng."),
        account: tx("Coordinates internal resources for the best service; works with marketing to turn client needs and feedback into improvements to the product or service.", "Điều phối nguồn lực nội bộ để phục vụ tốt nhất; cùng marketing biến nhu cầu và phản hồi của client thành đề xuất cải tiến sản phẩm, dịch vụ."),
    },
];

/// Topic pages.
pub static TOPICS: &[Topic] = &[
    Topic {
        id: "what-is-account",
        title: tx("What \"account\" means", "\"Account\" nghĩa là gì"),
        summary: tx(
            "In an agency or a B2B service firm, account work means looking after the relationship between the company and its clients; an account person faces outwards to the client and inwards to the agency's own teams.",
            "Trong agency hay doanh nghiệp dịch vụ B2B, làm account là giữ gìn quan hệ giữa công ty và client (còn gọi là quản lý quan hệ khách hàng); người làm account vừa hướng ra ngoài với client, vừa hướng vào trong với các team của chính agency.",
        ),
        points: &[
            tx("The word has many everyday meanings (a bank account, a payment); here it means the client relationship.", "Từ này có nhiều nghĩa thường ngày (tài khoản ngân hàng, khoản thanh toán); ở đây nó là mối quan hệ với client."),
            tx("Agencies call account people \"the suits\": they dress more formally and stand between creatives and the client.", "Agency gọi dân account là \"bộ quần áo\" (the suits): họ ăn mặc chỉn chu hơn và đứng giữa team sáng tạo với client."),
            tx("The account department is often the agency's largest.", "Phòng account thường là bộ phận đông người nhất của agency."),
            tx("People in the trade call it \"làm dâu trăm họ\" (pleasing a hundred in-laws): you satisfy the hardest clients yet stay kind to colleagues, and time and deadlines weigh the most.", "Người trong nghề hay ví account là \"làm dâu trăm họ\": phải chiều được client khó tính nhất mà vẫn nhẹ nhàng với đồng nghiệp; thứ đè nặng nhất là quỹ thời gian và các mốc deadline."),
            tx("When a relationship turns bad, account hears first. No clients, no agency.", "Quan hệ với client mà trục trặc thì account nhận ra trước tiên. Mất client là agency mất lý do tồn tại."),
        ],
    },
    Topic {
        id: "account-vs-sales",
        title: tx("Account vs sales", "Account khác sales thế nào"),
        summary: tx(
            "Sales hunts new clients and closes deals; account farms them after the sale for long-term value. Many firms merge the two.",
            "Sales đi săn khách hàng mới và chốt deal; account đi cày sau khi bán để tạo giá trị lâu dài. Nhiều công ty gộp hai vai trò làm một.",
        ),
        points: &[
            tx("Closing the deal is the simpler part; keeping and growing the client is a different story.", "Chốt deal là phần dễ hơn; giữ chân và phát triển client là chuyện khác hẳn."),
            tx("If account neglects the relationship, the client leaves for an agency that cares more.", "Nếu account lơ là mối quan hệ, client sẽ sang agency khác chăm sóc tốt hơn."),
            tx("Account's profit arrives later, through renewals, bigger contracts and referrals.", "Lợi nhuận của account đến muộn hơn, qua gia hạn, hợp đồng lớn hơn và giới thiệu."),
        ],
    },
    Topic {
        id: "why-agencies-hire-account",
        title: tx("Why agencies hire account more than creative", "Vì sao agency tuyển account nhiều hơn creative"),
        summary: tx(
            "Agencies are always short of account people: account earns the agency money directly, while creative jobs are fewer and need rare talent.",
            "Agency lúc nào cũng thiếu người làm account: account mang lợi nhuận trực tiếp về cho agency, còn việc creative ít hơn và đòi hỏi năng khiếu hiếm.",
        ),
        points: &[
            tx("Creative work is heavy and stressful, above all in agencies known for visuals and viral video.", "Công việc creative nặng và căng thẳng, nhất là ở những agency mạnh về hình ảnh và video viral."),
            tx("Creative needs an eye for aesthetics and artistic talent that not everyone has.", "Creative cần con mắt thẩm mỹ và năng khiếu nghệ thuật mà không phải ai cũng có."),
            tx("Account brings revenue straight to the agency.", "Account mang doanh thu trực tiếp về cho agency."),
            tx("For a newcomer, account is a good way to learn the workflow and see the creative work up close.", "Với người mới, account là cách tốt để học quy trình và được xem tận mắt sản phẩm sáng tạo."),
        ],
    },
    Topic {
        id: "budget-balancing",
        title: tx("Balancing requirements and budget", "Cân đối yêu cầu và ngân sách"),
        summary: tx(
            "Some clients bring a tight budget and endless requirements; the account balances the two while protecting the agency's idea and profit.",
            "Có client ngân sách eo hẹp mà yêu cầu thì vô số; account phải cân đối hai bên mà vẫn bảo vệ ý tưởng và lợi nhuận của agency.",
        ),
        points: &[
            tx("Control every income and cost line of the project.", "Kiểm soát từng khoản thu và chi của dự án."),
            tx("Offer choices: what the budget buys, and what more money would add.", "Đưa ra lựa chọn: ngân sách hiện tại làm được gì, thêm tiền thì được thêm gì."),
            tx("Protect the core of the idea; trim around it, not through it.", "Giữ phần cốt lõi của ý tưởng; cắt gọt xung quanh chứ không cắt vào lõi."),
        ],
    },
    Topic {
        id: "missed-deadline",
        title: tx("When a deadline slips", "Khi trễ deadline"),
        summary: tx(
            "Missed deadlines are among the most common incidents in agencies. Stay calm, show the client the agency is doing its utmost, and take responsibility without letting the client squeeze the agency unreasonably.",
            "Trễ deadline là một trong những sự cố hay gặp nhất ở agency. Giữ bình tĩnh, cho client thấy agency đang làm hết sức, nhận trách nhiệm nhưng không để client chèn ép quá mức.",
        ),
        points: &[
            tx("Tell the client early, with a new date you can keep.", "Báo client sớm, kèm mốc mới mà mình chắc chắn giữ được."),
            tx("Like good service, take the blame first and fix the problem.", "Như nguyên tắc phục vụ, nhận lỗi trước rồi khắc phục."),
            tx("Do not accept unreasonable penalties or free extra work as the price.", "Không chấp nhận phạt vô lý hay làm thêm miễn phí như một cái giá phải trả."),
        ],
    },
    Topic {
        id: "backgrounds",
        title: tx("Which studies lead to account", "Học ngành gì để làm account"),
        summary: tx(
            "Agencies often prefer marketing or business administration graduates, but other backgrounds help match clients.",
            "Bằng marketing hay quản trị kinh doanh thường được agency chuộng hơn, song người học ngành khác lại có lợi thế với những client cùng lĩnh vực mình từng học.",
        ),
        points: &[
            tx("An IT graduate adapts proposals for technology clients more easily.", "Ví dụ, ai học IT sẽ thấy việc chỉnh proposal cho client công nghệ nhẹ nhàng hơn."),
            tx("Digital account job ads usually ask for one to three years in digital marketing.", "Theo các tin tuyển dụng, muốn làm digital account bạn thường cần sẵn một đến ba năm kinh nghiệm digital marketing."),
        ],
    },
];
