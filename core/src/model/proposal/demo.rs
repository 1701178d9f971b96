//! The one-click demo: a Vietnamese milk-tea chain's Tet campaign, every step
//! filled in, in English or Vietnamese. The brand, people and figures are
//! invented for the demo.
use chrono::NaiveDate;

use super::coverage::{ItemKind, SectionId};
use super::ideas::{capture, Review};
use super::pricing::{LineItem, Pricing};
use super::timeline::derive_phases;
use super::{ProposalRecord, Status, Step};
use crate::model::brief::{Budget, Question, QuestionStatus};
use crate::model::client::Contact;
use crate::model::text::{tx, Lang, Text};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The demo's dates: kickoff, campaign start and end, proposal deadline,
/// and the day the first version was sent.
pub const KICKOFF: (i32, u32, u32) = (2025, 12, 15);
const START: (i32, u32, u32) = (2026, 1, 12);
const END: (i32, u32, u32) = (2026, 2, 22);
const DEADLINE: (i32, u32, u32) = (2025, 12, 5);
const SENT: (i32, u32, u32) = (2025, 12, 3);

const OBJECTIVES: [Text; 3] = [
    tx(
        "Sell 1,200,000 cups across the chain's 85 stores between 12 Jan and 22 Feb 2026",
        "Bán 1.200.000 ly tại 85 cửa hàng của chuỗi từ 12/01 đến 22/02/2026",
    ),
    tx(
        "Raise top-of-mind awareness among Gen Z in Hanoi and Ho Chi Minh City from 18% to 25% by the end of February 2026",
        "Tăng nhận biết top-of-mind của Gen Z tại Hà Nội và TP.HCM từ 18% lên 25% trước cuối tháng 2/2026",
    ),
    tx(
        "Gain 60,000 new loyalty members in the Mây app during the Tet season",
        "Thêm 60.000 thành viên mới trên app Mây trong mùa Tết",
    ),
];

const MANDATORIES: [Text; 3] = [
    tx(
        "The Mây logo and the Tet gift-box range appear in every asset",
        "Logo Mây và bộ hộp quà Tết xuất hiện trong mọi ấn phẩm",
    ),
    tx(
        "Every claim is cleared by the client's legal team before it goes live",
        "Mọi tuyên bố trên ấn phẩm được pháp chế của khách hàng duyệt trước khi đăng",
    ),
    tx(
        "Games are free to enter: no purchase-only prizes, nothing that looks like gambling",
        "Trò chơi tham gia miễn phí: không có giải chỉ dành cho người mua, không gì giống cờ bạc",
    ),
];

const KPIS: [(Text, Text); 4] = [
    (
        tx("Cups sold", "Số ly bán ra"),
        tx("1,200,000", "1.200.000"),
    ),
    (
        tx(
            "Top-of-mind awareness, Gen Z, Hanoi + HCMC",
            "Nhận biết top-of-mind, Gen Z, Hà Nội + TP.HCM",
        ),
        tx("25% (from 18%)", "25% (từ 18%)"),
    ),
    (
        tx("New loyalty members", "Thành viên mới"),
        tx("60,000", "60.000"),
    ),
    (
        tx(
            "User posts with the campaign hashtag",
            "Bài đăng của người dùng có hashtag chiến dịch",
        ),
        tx("15,000", "15.000"),
    ),
];

const INSIGHTS: [Text; 3] = [
    tx(
        "Young people who moved to the city for work go home for Tet with little to say to their parents; a shared drink is an easy way to sit down together.",
        "Người trẻ lên thành phố làm việc về quê ăn Tết thường ngại mở lời với bố mẹ; một ly đồ uống chung là cách dễ nhất để ngồi lại với nhau.",
    ),
    tx(
        "Families buy Tet gifts that look generous on the table; a milk-tea gift box is new enough to stand out.",
        "Gia đình chọn quà Tết sao cho mâm bàn trông đầy đặn; hộp quà trà sữa đủ mới lạ để nổi bật.",
    ),
    tx(
        "Gen Z shares small rituals more than big ads: a lucky message under a lid is worth a photo.",
        "Gen Z chia sẻ những nghi thức nhỏ nhiều hơn quảng cáo lớn: một lời chúc may mắn dưới nắp ly đáng để chụp lại.",
    ),
];

/// (idea line for quick capture, description)
const IDEAS: [(Text, Text); 5] = [
    (
        tx("One Table, Many Cups #family #gifting #tvc", "Một Bàn, Nhiều Ly #giadinh #quatet #tvc"),
        tx(
            "A Tet film and gift box built around the family table: order a 'table set' of six cups, one for each seat, each cup printed with a line a child finds hard to say out loud.",
            "Phim Tết và hộp quà xoay quanh mâm cơm gia đình: đặt 'set cả bàn' sáu ly, mỗi ly in một câu con cái khó nói thành lời.",
        ),
    ),
    (
        tx("Lucky Lid #ugc #instore #game", "Nắp Ly May Mắn #ugc #taicuahang #game"),
        tx(
            "Every cup's lid hides a Tet wish and a code; scanning it in the app (free for everyone, no purchase needed) unlocks lì xì vouchers and collects wishes for a shared online wall.",
            "Dưới mỗi nắp ly là một lời chúc Tết và một mã; quét mã trên app (miễn phí cho mọi người, không cần mua) để nhận lì xì voucher và góp lời chúc vào bức tường chung.",
        ),
    ),
    (
        tx("Home for Tet pop-up #event #family", "Pop-up Về Nhà Ăn Tết #sukien #giadinh"),
        tx(
            "A pop-up 'family living room' in two malls where people record a short message for their parents and leave with a free cup for each.",
            "Pop-up 'phòng khách gia đình' tại hai trung tâm thương mại, nơi mọi người ghi một lời nhắn ngắn cho bố mẹ và nhận ly miễn phí cho mỗi người.",
        ),
    ),
    (
        tx("Tet Playlist Cups #music #kol", "Ly Playlist Tết #amnhac #kol"),
        tx(
            "Cups carry QR codes to a Tet playlist curated by five young artists, with each artist's cup released for one week.",
            "Ly in mã QR dẫn tới playlist Tết do năm nghệ sĩ trẻ chọn, mỗi tuần ra mắt ly của một nghệ sĩ.",
        ),
    ),
    (
        tx("Grandma's Recipe Flavour #product #heritage", "Vị Công Thức Của Bà #sanpham #truyenthong"),
        tx(
            "A limited flavour inspired by a traditional Tet sweet, launched with stories from customers' grandmothers.",
            "Một vị giới hạn lấy cảm hứng từ món mứt Tết truyền thống, ra mắt cùng câu chuyện của bà do khách hàng kể.",
        ),
    ),
];

/// Scores per idea (rows) and criterion (on brief, creativity, feasibility,
/// budget fit, impact), before each reviewer's small offset.
const SCORES: [[u8; 5]; 5] = [
    [5, 4, 4, 4, 5],
    [5, 4, 5, 5, 4],
    [4, 4, 3, 3, 4],
    [3, 4, 4, 4, 3],
    [3, 3, 3, 4, 3],
];

const REVIEWERS: [&str; 3] = ["Lan (AD)", "Khoa (CD)", "Vy (Planner)"];

fn s(lang: Lang, t: Text) -> String {
    t.get(lang).to_string()
}

fn list(lang: Lang, items: &[Text]) -> Vec<String> {
    items.iter().map(|t| s(lang, *t)).collect()
}

/// The demo record in `lang`: every step filled, the internal review done,
/// coverage complete, version 1 sent and a revision under way.
pub fn demo(lang: Lang) -> ProposalRecord {
    let mut r = ProposalRecord {
        id: "demo-may-tet-2026".into(),
        ..Default::default()
    };

    // Client brief.
    let b = &mut r.brief;
    b.client = s(lang, tx("Mây Việt Co., Ltd.", "Công ty TNHH Mây Việt"));
    b.brand = s(lang, tx("Mây Milk Tea", "Trà sữa Mây"));
    b.industry = s(lang, tx("F&B: milk-tea chain", "F&B: chuỗi trà sữa"));
    b.background = s(lang, tx(
        "Mây runs 85 stores in Hanoi and Ho Chi Minh City. Sales rise every Tet, but the brand is seen as one more milk-tea shop: in 2025 its Tet sales grew 6% while two rival chains grew faster with gift boxes and family-themed films.",
        "Mây có 85 cửa hàng tại Hà Nội và TP.HCM. Doanh số tăng mỗi dịp Tết nhưng thương hiệu bị xem là một quán trà sữa như bao quán khác: Tết 2025 doanh số chỉ tăng 6% trong khi hai chuỗi đối thủ tăng nhanh hơn nhờ hộp quà và phim về gia đình.",
    ));
    for t in OBJECTIVES {
        b.add_objective(s(lang, t));
    }
    b.target_audience = s(lang, tx(
        "Gen Z and young workers aged 18–27 in Hanoi and Ho Chi Minh City who go home for Tet; secondary: their parents, who receive the gifts.",
        "Gen Z và người trẻ đi làm 18–27 tuổi tại Hà Nội và TP.HCM về quê ăn Tết; phụ: bố mẹ của họ, người nhận quà.",
    ));
    b.key_message = s(
        lang,
        tx(
            "Mây makes Tet sweeter when the whole family shares it.",
            "Tết ngọt hơn khi cả nhà cùng chia ly Mây.",
        ),
    );
    for t in MANDATORIES {
        b.add_mandatory(s(lang, t));
    }
    for (m, t) in KPIS {
        b.add_kpi(s(lang, m), s(lang, t));
    }
    b.budget = Budget {
        amount: 2_500_000_000,
        currency: "VND".into(),
    };
    b.campaign_start = Some(date(START.0, START.1, START.2));
    b.campaign_end = Some(date(END.0, END.1, END.2));
    b.deadline = Some(date(DEADLINE.0, DEADLINE.1, DEADLINE.2));
    b.competitors = list(
        lang,
        &[
            tx(
                "Sương Tea (gift boxes since 2024)",
                "Sương Tea (có hộp quà từ 2024)",
            ),
            tx("Bơ Milk Tea House", "Bơ Milk Tea House"),
            tx("Imported Taiwanese chains", "Các chuỗi Đài Loan nhập khẩu"),
        ],
    );
    b.contacts = vec![
        Contact {
            name: "Nguyễn Thu Hà".into(),
            role: s(lang, tx("Brand Manager", "Brand Manager")),
            email: "ha.nguyen@mayviet.example".into(),
            phone: "+84 90 000 0101".into(),
        },
        Contact {
            name: "Trần Minh Quân".into(),
            role: s(lang, tx("Marketing Director", "Giám đốc Marketing")),
            email: "quan.tran@mayviet.example".into(),
            phone: "+84 90 000 0102".into(),
        },
    ];

    // Decode.
    let d = &mut r.decode;
    d.problem = s(lang, tx(
        "At Tet people buy for the family, and Mây is bought for oneself: the brand must earn a place on the family table, not only in the hands of young buyers.",
        "Dịp Tết người ta mua cho cả nhà, còn Mây chỉ được mua cho bản thân: thương hiệu cần có chỗ trên mâm Tết gia đình, không chỉ trên tay người trẻ.",
    ));
    d.insights = list(lang, &INSIGHTS);
    let questions = [
        (
            tx(
                "Can stores print on lids by early January?",
                "Cửa hàng có in được nắp ly trước đầu tháng 1 không?",
            ),
            QuestionStatus::Answered,
            tx(
                "Yes, the supplier confirmed 1.2 million lids by 5 Jan.",
                "Được, nhà cung cấp xác nhận 1,2 triệu nắp trước 5/1.",
            ),
        ),
        (
            tx(
                "Is the 2.5 billion budget before or after VAT?",
                "Ngân sách 2,5 tỷ đã gồm VAT chưa?",
            ),
            QuestionStatus::Answered,
            tx("After VAT, everything included.", "Đã gồm VAT, trọn gói."),
        ),
        (
            tx(
                "Which malls are open to a pop-up in January?",
                "Trung tâm thương mại nào nhận pop-up trong tháng 1?",
            ),
            QuestionStatus::Asked,
            tx("", ""),
        ),
    ];
    for (q, status, answer) in questions {
        let id = d.add_question(s(lang, q));
        if let Some(x) = d.questions.iter_mut().find(|x| x.id == id) {
            *x = Question {
                id,
                text: x.text.clone(),
                status,
                answer: s(lang, answer),
            };
        }
    }

    // Creative brief.
    let c = &mut r.creative;
    c.proposition = s(
        lang,
        tx(
            "This Tet, Mây brings the whole family to one table.",
            "Tết này, Mây gọi cả nhà về chung một bàn.",
        ),
    );
    c.reason_to_believe = s(
        lang,
        tx(
            "Mây's fresh-brewed tea and the new six-cup Tet box are made for sharing.",
            "Trà ủ tươi của Mây và hộp Tết sáu ly mới được làm ra để chia sẻ.",
        ),
    );
    c.tone = s(
        lang,
        tx(
            "Warm, playful, a little nostalgic",
            "Ấm áp, vui tươi, hơi hoài niệm",
        ),
    );
    c.deliverables = list(
        lang,
        &[
            tx(
                "TVC 30s and two 15s cut-downs",
                "TVC 30s và hai bản cắt 15s",
            ),
            tx(
                "Key visual and Tet gift-box design",
                "Key visual và thiết kế hộp quà Tết",
            ),
            tx(
                "Lucky-lid game in the Mây app",
                "Game nắp ly may mắn trên app Mây",
            ),
            tx(
                "KOL programme: 5 macro, 20 micro",
                "Chương trình KOL: 5 macro, 20 micro",
            ),
            tx("Two mall pop-ups", "Hai pop-up tại trung tâm thương mại"),
            tx(
                "Social content: 30 posts, 10 short videos",
                "Nội dung social: 30 bài, 10 video ngắn",
            ),
        ],
    );
    c.channels = list(
        lang,
        &[
            tx("TikTok", "TikTok"),
            tx("Facebook", "Facebook"),
            tx("YouTube", "YouTube"),
            tx("In-store", "Tại cửa hàng"),
            tx("Mây app", "App Mây"),
        ],
    );

    // Brainstorm.
    for (line, desc) in IDEAS {
        let id = capture(&mut r.ideas, line.get(lang));
        if let Some(i) = r.ideas.iter_mut().find(|i| i.id == id) {
            i.description = s(lang, desc);
        }
    }

    // Internal review.
    let mut review = Review::default();
    let criteria: Vec<String> = review.criteria.iter().map(|c| c.id.clone()).collect();
    for (ri, reviewer) in REVIEWERS.iter().enumerate() {
        for (ii, idea) in r.ideas.iter().enumerate() {
            for (ci, crit) in criteria.iter().enumerate() {
                // Each reviewer differs a little from the base scores.
                let base = SCORES[ii][ci];
                let score = if (ri + ii + ci) % 4 == 0 && base > 3 {
                    base - 1
                } else {
                    base
                };
                review.set_score(reviewer, &idea.id, crit, score);
            }
        }
    }
    r.review = review;

    // Proposal.
    let kickoff = date(KICKOFF.0, KICKOFF.1, KICKOFF.2);
    r.compose(Some(kickoff), lang);
    // The film-led idea is the one recommended; the lid game runs inside it.
    if let Some(idea) = r
        .ideas
        .iter()
        .find(|i| i.title.starts_with("One Table") || i.title.starts_with("Một Bàn"))
    {
        r.proposal.recommended_idea = idea.id.clone();
    }
    let p = &mut r.proposal;
    p.title = s(
        lang,
        tx(
            "Mây Milk Tea — One Table This Tet",
            "Trà sữa Mây — Tết Chung Một Bàn",
        ),
    );
    p.prepared_by = s(lang, tx("Suitcase Demo Agency", "Agency Demo Suitcase"));
    p.understanding = s(lang, tx(
        "Mây sells well to young people on their own, but Tet is a family purchase. To grow this Tet, the brand needs a reason to be brought home and shared, without losing the playful tone its young fans like.",
        "Mây bán tốt cho người trẻ mua cho mình, nhưng Tết là lúc mua cho cả nhà. Để tăng trưởng Tết này, thương hiệu cần một lý do để được mang về nhà và chia sẻ, mà vẫn giữ giọng vui tươi người trẻ yêu thích.",
    ));
    p.strategy = s(lang, tx(
        "Turn the cup into a family ritual: one film to set the feeling, a six-cup gift box to make sharing easy, and a free lid game that brings people back to the stores and into the app through the whole season.",
        "Biến ly trà sữa thành nghi thức gia đình: một bộ phim tạo cảm xúc, hộp quà sáu ly để chia sẻ dễ dàng, và game nắp ly miễn phí kéo người mua quay lại cửa hàng và vào app suốt mùa Tết.",
    ));
    p.recommendation = s(lang, tx(
        "One Table, Many Cups answers the brief most directly and gives the season one feeling to rally around, and the lucky-lid game can run inside it as the in-store mechanic, which covers all three objectives within the budget.",
        "Một Bàn, Nhiều Ly trả lời brief trực diện nhất và cho cả mùa Tết một cảm xúc chung; game nắp ly may mắn có thể chạy bên trong làm cơ chế tại cửa hàng, đáp ứng cả ba mục tiêu trong ngân sách.",
    ));
    let line = |id: &str, en_vi: (Text, Text), qty: i64, unit: i64| LineItem {
        id: id.into(),
        description: s(lang, en_vi.0),
        group: s(lang, en_vi.1),
        qty,
        unit_price: unit,
        ..Default::default()
    };
    let prod = tx("Production", "Sản xuất");
    let act = tx("Activation", "Activation");
    let digital = tx("Digital", "Digital");
    p.pricing = Pricing {
        currency: "VND".into(),
        lines: vec![
            line(
                "l1",
                (
                    tx("TVC 30s + two 15s cut-downs", "TVC 30s + hai bản 15s"),
                    prod,
                ),
                1,
                650_000_000,
            ),
            line(
                "l2",
                (
                    tx(
                        "Key visual and gift-box design",
                        "Key visual và thiết kế hộp quà",
                    ),
                    prod,
                ),
                1,
                120_000_000,
            ),
            line(
                "l3",
                (tx("Macro KOL posts", "Bài đăng KOL macro"), digital),
                5,
                60_000_000,
            ),
            line(
                "l4",
                (tx("Micro KOL posts", "Bài đăng KOL micro"), digital),
                20,
                8_000_000,
            ),
            line(
                "l5",
                (
                    tx(
                        "Mall pop-up (build and staff)",
                        "Pop-up TTTM (dựng và nhân sự)",
                    ),
                    act,
                ),
                2,
                180_000_000,
            ),
            line(
                "l6",
                (tx("Lucky-lid printing", "In nắp ly may mắn"), prod),
                1_200_000,
                120,
            ),
            line(
                "l7",
                (
                    tx(
                        "Social content: 30 posts, 10 videos",
                        "Nội dung social: 30 bài, 10 video",
                    ),
                    digital,
                ),
                1,
                140_000_000,
            ),
            line(
                "l8",
                (
                    tx(
                        "Paid social (TikTok, Facebook)",
                        "Quảng cáo social (TikTok, Facebook)",
                    ),
                    digital,
                ),
                1,
                200_000_000,
            ),
            LineItem {
                optional: true,
                discount_pct: 1_000,
                note: s(
                    lang,
                    tx(
                        "10% off when booked with the two mall pop-ups",
                        "Giảm 10% khi đặt cùng hai pop-up tại TTTM",
                    ),
                ),
                ..line(
                    "l9",
                    (
                        tx(
                            "Third pop-up weekend (Da Nang)",
                            "Thêm một cuối tuần pop-up (Đà Nẵng)",
                        ),
                        act,
                    ),
                    1,
                    180_000_000,
                )
            },
        ],
        agency_fee_pct: 950,
        vat_pct: 1_000,
        payment_terms: s(lang, super::DEFAULT_PAYMENT_TERMS),
        ..Default::default()
    };
    for (milestone, pct) in [
        (tx("Deposit, on signing", "Tạm ứng khi ký hợp đồng"), 3_000),
        (
            tx(
                "At launch, 12 Jan 2026",
                "Khi ra mắt chiến dịch, 12/01/2026",
            ),
            4_000,
        ),
        (
            tx(
                "On the final report, after 22 Feb 2026",
                "Khi nhận báo cáo cuối, sau 22/02/2026",
            ),
            3_000,
        ),
    ] {
        p.pricing.add_installment(s(lang, milestone), pct);
    }
    if p.phases.is_empty() {
        if let (Some(s), Some(e)) = (r.brief.campaign_start, r.brief.campaign_end) {
            p.phases = derive_phases(kickoff, s, e).unwrap_or_default();
        }
    }
    p.next_steps = list(
        lang,
        &[
            tx(
                "Feedback on the three ideas by 10 Dec",
                "Phản hồi về ba ý tưởng trước 10/12",
            ),
            tx(
                "Sign the contract and confirm the budget by 12 Dec",
                "Ký hợp đồng và chốt ngân sách trước 12/12",
            ),
            tx(
                "Kick-off meeting and KOL shortlist on 15 Dec",
                "Họp kick-off và chốt danh sách KOL ngày 15/12",
            ),
            tx(
                "Legal review of all claims by 5 Jan",
                "Pháp chế duyệt mọi tuyên bố trước 5/1",
            ),
        ],
    );
    let obj: Vec<String> = r.brief.objectives.iter().map(|o| o.id.clone()).collect();
    let man: Vec<String> = r.brief.mandatories.iter().map(|o| o.id.clone()).collect();
    let cov = &mut r.proposal.coverage;
    cov.link(ItemKind::Objective, &obj[0], SectionId::Recommendation);
    cov.link(ItemKind::Objective, &obj[0], SectionId::Kpis);
    cov.link(ItemKind::Objective, &obj[1], SectionId::Strategy);
    cov.link(ItemKind::Objective, &obj[1], SectionId::Ideas);
    cov.link(ItemKind::Objective, &obj[2], SectionId::Recommendation);
    cov.link(ItemKind::Mandatory, &man[0], SectionId::Deliverables);
    cov.link(ItemKind::Mandatory, &man[1], SectionId::NextSteps);
    cov.link(ItemKind::Mandatory, &man[2], SectionId::Ideas);

    // Version 1 was sent; the client asked for more micro KOLs.
    r.status = Status::InternalReview;
    let _ = r.send(date(SENT.0, SENT.1, SENT.2), false);
    r.revise();
    if let Some(l) = r.proposal.pricing.lines.iter_mut().find(|l| l.id == "l4") {
        l.qty = 25;
    }
    r.proposal.pricing.lines[7].unit_price = 160_000_000;
    r.step = Step::Proposal;
    r
}
