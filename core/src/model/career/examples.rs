//! Worked examples of the account's three documents, written for the demo
//! client (Mây Việt and its Tet campaign, see `proposal::demo`): a contact
//! report, a WIP report and a competitor review, each in a good and a flawed
//! version, built with the toolkit's own record types so that any of them
//! can be opened in the toolkit as an editable copy.
//!
//! A record is built in one language ([`contact`], [`wip`], [`review`]); the
//! notes beside it ([`contact_notes`], [`wip_notes`], [`review_notes`]) are
//! bilingual [`Text`]. A good version's notes say what makes it good; a
//! flawed version's notes point out each flaw (where, what is wrong, why it
//! matters, how to fix it) and name what the toolkit's own check reports for
//! it, so a test can hold the examples to the checks: a good version passes
//! them untouched, a flawed one trips exactly the flaws it claims.
//!
//! The brand, people and figures are invented, like the demo's.
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};

use crate::check::{Cause, Issue};
use crate::docs::{competitor_review_doc, contact_report_doc_for, wip_doc, Doc};
use crate::model::reports::{
    Agreement, Attendee, Brand, Campaign, CompetitorField, CompetitorReview, ContactField,
    ContactReport, JobStatus, NextStep, Side, WipField, WipJob,
};
use crate::model::text::{tx, Lang, Text};

/// The client id the examples carry until they are copied into the toolkit
/// (which puts the real client's id in its place).
pub const CLIENT_ID: &str = "example-may-viet";

/// The demo client's name, as the demo proposal's brief spells it.
pub const CLIENT_NAME: Text = tx("Mây Việt Co., Ltd.", "Công ty TNHH Mây Việt");

/// The demo client's industry, as in the demo brief.
pub const CLIENT_INDUSTRY: Text = tx("F&B: milk-tea chain", "F&B: chuỗi trà sữa");

/// One of the three documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Contact,
    Wip,
    Review,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Contact, Kind::Wip, Kind::Review];

    /// Its name in an address (`?tool=contact`).
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Contact => "contact",
            Kind::Wip => "wip",
            Kind::Review => "review",
        }
    }

    pub fn from_slug(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == s)
    }

    /// The id of the matching tool in the guide (`topics::TOOLS`).
    pub fn tool_id(self) -> &'static str {
        match self {
            Kind::Contact => "contact-report",
            Kind::Wip => "wip-report",
            Kind::Review => "competitor-review",
        }
    }

    /// The day the example is read on: the toolkit's "today" for its checks
    /// and for the WIP report's week (the day after the meeting, the Monday
    /// of the WIP week, the review's own date).
    pub fn read_on(self) -> NaiveDate {
        match self {
            Kind::Contact => date(2025, 12, 16),
            Kind::Wip => date(2026, 1, 5),
            Kind::Review => date(2025, 11, 30),
        }
    }

    /// The example as the client or the team reads it, in `lang`.
    pub fn doc(self, lang: Lang, quality: Quality) -> Doc {
        match self {
            Kind::Contact => {
                contact_report_doc_for(&contact(lang, quality), Some(CLIENT_NAME.get(lang)), lang)
            }
            Kind::Wip => wip_doc(&wip(lang, quality), self.read_on(), lang),
            Kind::Review => competitor_review_doc(&review(lang, quality), lang),
        }
    }

    /// The notes of the example, without their check findings (for display).
    pub fn notes(self, quality: Quality) -> Vec<Note<()>> {
        match self {
            Kind::Contact => erase(contact_notes(quality)),
            Kind::Wip => erase(wip_notes(quality)),
            Kind::Review => erase(review_notes(quality)),
        }
    }
}

/// The good version or the flawed one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quality {
    Good,
    Flawed,
}

impl Quality {
    pub fn slug(self) -> &'static str {
        match self {
            Quality::Good => "good",
            Quality::Flawed => "flawed",
        }
    }

    pub fn from_slug(s: &str) -> Option<Quality> {
        [Quality::Good, Quality::Flawed]
            .into_iter()
            .find(|q| q.slug() == s)
    }
}

/// A note beside an example: a strength of the good version, or a flaw of
/// the flawed one.
#[derive(Clone, Debug, PartialEq)]
pub struct Note<F> {
    /// The section of the document it sits under: the start of one of the
    /// document's headings (level 2 or 3), or `None` for the document as a
    /// whole.
    pub section: Option<Text>,
    /// The field or part it is about ("Agreement 1, wording").
    pub place: Text,
    /// What the document does (good), or what is wrong (flawed).
    pub point: Text,
    /// Why it matters, to the client or to the team.
    pub why: Text,
    /// How to put it right (flaws only).
    pub fix: Option<Text>,
    /// What the toolkit's check reports for this flaw (field and cause);
    /// empty when only a careful reader can catch it.
    pub flagged: Vec<(F, Cause)>,
}

impl<F> Note<F> {
    /// Whether the toolkit's check reports it.
    pub fn is_flagged(&self) -> bool {
        !self.flagged.is_empty()
    }

    fn without_findings(self) -> Note<()> {
        Note {
            section: self.section,
            place: self.place,
            point: self.point,
            why: self.why,
            fix: self.fix,
            flagged: self.flagged.into_iter().map(|(_, c)| ((), c)).collect(),
        }
    }
}

fn erase<F>(notes: Vec<Note<F>>) -> Vec<Note<()>> {
    notes.into_iter().map(Note::without_findings).collect()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0)
        .single()
        .unwrap_or_default()
}

fn s(lang: Lang, en: &'static str, vi: &'static str) -> String {
    tx(en, vi).get(lang).to_string()
}

fn good(section: Option<Text>, place: Text, point: Text, why: Text) -> Note<()> {
    Note {
        section,
        place,
        point,
        why,
        fix: None,
        flagged: Vec::new(),
    }
}

fn flaw<F>(
    section: Option<Text>,
    place: Text,
    (point, why, fix): (Text, Text, Text),
    flagged: Vec<(F, Cause)>,
) -> Note<F> {
    Note {
        section,
        place,
        point,
        why,
        fix: Some(fix),
        flagged,
    }
}

/// A good version's notes, typed for its check (they flag nothing).
fn typed<F>(notes: Vec<Note<()>>) -> Vec<Note<F>> {
    notes
        .into_iter()
        .map(|n| Note {
            section: n.section,
            place: n.place,
            point: n.point,
            why: n.why,
            fix: n.fix,
            flagged: Vec::new(),
        })
        .collect()
}

// ---- the contact report ------------------------------------------------------

const ATTENDEES: Text = tx("Attendees", "Thành phần tham dự");
const AGENDA: Text = tx("Agenda", "Chương trình họp");
const DISCUSSION: Text = tx("Discussion", "Thảo luận");
const AGREEMENTS: Text = tx("Agreements", "Các điểm đã thống nhất");
const NEXT_STEPS: Text = tx("Next steps", "Bước tiếp theo");

fn person(name: &str, role: String) -> Attendee {
    Attendee {
        name: name.into(),
        role,
    }
}

fn step(action: String, owner: &str, due: Option<NaiveDate>) -> NextStep {
    NextStep {
        action,
        owner: owner.into(),
        due,
    }
}

/// The kick-off meeting of the demo's Tet campaign, written up the day
/// after (good) or in a hurry (flawed).
pub fn contact(lang: Lang, quality: Quality) -> ContactReport {
    let t = |en, vi| s(lang, en, vi);
    let mut r = ContactReport {
        client_id: CLIENT_ID.into(),
        proposal_id: None,
        subject: t("Kick-off: One Table This Tet", "Kick-off: Tết Chung Một Bàn"),
        date: Some(date(2025, 12, 15)),
        time: NaiveTime::from_hms_opt(9, 30, 0),
        place: t(
            "Mây Việt office, 5th-floor meeting room, District 3, HCMC",
            "Văn phòng Mây Việt, phòng họp tầng 5, Quận 3, TP.HCM",
        ),
        prepared_by: t("Phạm Mai Anh (Account Executive)", "Phạm Mai Anh (Account Executive)"),
        client_attendees: vec![
            person("Trần Minh Quân", t("Marketing Director", "Giám đốc Marketing")),
            person("Nguyễn Thu Hà", t("Brand Manager", "Brand Manager")),
            person(
                "Lý Bảo Ngọc",
                t("Trade Marketing Executive", "Chuyên viên Trade Marketing"),
            ),
        ],
        agency_attendees: vec![
            person("Đỗ Ngọc Lan", t("Account Director", "Account Director")),
            person("Phạm Mai Anh", t("Account Executive", "Account Executive")),
            person("Vũ Đăng Khoa", t("Creative Director", "Creative Director")),
            person("Hoàng Thảo Vy", t("Planner", "Planner")),
        ],
        agenda: vec![
            t(
                "Confirm the campaign idea and the budget",
                "Chốt ý tưởng chiến dịch và ngân sách",
            ),
            t("The KOL shortlist", "Danh sách KOL đề xuất"),
            t(
                "The timeline up to the launch on 12 January",
                "Tiến độ đến ngày ra mắt 12/1",
            ),
        ],
        discussion: t(
            "The client chose One Table, Many Cups over the other two ideas because it speaks to the family purchase that Tet sales depend on. Mr Quân asked that the lucky-lid game stay free to enter, as the brief requires.\n\nTwo of the five macro KOLs cost too much for the reach they bring, in the client's view; the agency will offer replacements with a similar audience. The printed lids can reach the stores from 5 January.",
            "Client chọn Một Bàn, Nhiều Ly thay vì hai ý tưởng còn lại vì ý tưởng này chạm đúng việc mua cho cả nhà, yếu tố quyết định doanh số mùa Tết. Anh Quân đề nghị game nắp ly phải giữ nguyên miễn phí tham gia, đúng yêu cầu bắt buộc của brief.\n\nTheo client, hai trong năm KOL macro có chi phí quá cao so với lượng người tiếp cận; agency sẽ đề xuất người thay có tệp khán giả tương tự. Nắp ly in xong có thể về cửa hàng từ ngày 5/1.",
        ),
        agreements: vec![
            Agreement {
                topic: t("Campaign idea", "Ý tưởng chiến dịch"),
                wording: t(
                    "“One Table, Many Cups” is the campaign idea: a 30s TVC with two 15s cut-downs, the six-cup Tet gift box, and the lucky-lid game as the in-store mechanic.",
                    "Ý tưởng chiến dịch là “Một Bàn, Nhiều Ly”: TVC 30s kèm hai bản cắt 15s, hộp quà Tết sáu ly, và game nắp ly may mắn làm cơ chế tại cửa hàng.",
                ),
                accepted_by: "Trần Minh Quân".into(),
            },
            Agreement {
                topic: t("Budget", "Ngân sách"),
                wording: t(
                    "2,500,000,000 VND in total, VAT included. The optional third pop-up weekend in Da Nang is not booked.",
                    "Tổng 2.500.000.000 VND, đã gồm VAT. Không đặt hạng mục tuỳ chọn: cuối tuần pop-up thứ ba ở Đà Nẵng.",
                ),
                accepted_by: "Trần Minh Quân".into(),
            },
            Agreement {
                topic: t("KOLs", "KOL"),
                wording: t(
                    "Three of the five proposed macro KOLs (Linh Chi, Minh Đạt, Bảo Hân) and all 25 micro KOLs. The agency proposes two macro replacements.",
                    "Ba trong năm KOL macro đã đề xuất (Linh Chi, Minh Đạt, Bảo Hân) và toàn bộ 25 KOL micro. Agency đề xuất hai KOL macro thay thế.",
                ),
                accepted_by: "Nguyễn Thu Hà".into(),
            },
        ],
        next_steps: vec![
            step(
                t(
                    "Send two replacement macro KOLs with their reach and fees",
                    "Gửi hai KOL macro thay thế kèm lượng tiếp cận và chi phí",
                ),
                "Phạm Mai Anh",
                Some(date(2025, 12, 17)),
            ),
            step(
                t(
                    "Send the final TVC script with the family-table scene",
                    "Gửi kịch bản TVC hoàn chỉnh có cảnh mâm cơm gia đình",
                ),
                "Vũ Đăng Khoa",
                Some(date(2025, 12, 19)),
            ),
            step(
                t(
                    "Approve the gift-box print files",
                    "Duyệt file in hộp quà Tết",
                ),
                "Nguyễn Thu Hà",
                Some(date(2025, 12, 22)),
            ),
            step(
                t(
                    "Confirm the two mall pop-up venues and their dates",
                    "Chốt hai địa điểm pop-up tại trung tâm thương mại và ngày triển khai",
                ),
                "Đỗ Ngọc Lan",
                Some(date(2025, 12, 23)),
            ),
            step(
                t(
                    "Have the legal team clear every claim and the game rules",
                    "Nhờ pháp chế duyệt mọi tuyên bố và thể lệ game",
                ),
                "Trần Minh Quân",
                Some(date(2026, 1, 5)),
            ),
        ],
    };
    if quality == Quality::Flawed {
        r.client_attendees = vec![person(&t("Ms Hà", "Chị Hà"), String::new())];
        r.agenda = Vec::new();
        r.discussion = t(
            "Everyone liked the idea. The KOLs were discussed at length and some will change.",
            "Mọi người đều thích ý tưởng. Bàn khá lâu về KOL, sẽ đổi một vài người.",
        );
        r.agreements = vec![
            Agreement {
                topic: t("Idea", "Ý tưởng"),
                wording: t("OK", "Đồng ý"),
                accepted_by: t("Ms Hà", "Chị Hà"),
            },
            Agreement {
                topic: t("Key visual", "Key visual"),
                wording: t("Option 2", "Phương án 2"),
                accepted_by: t("Ms Hà", "Chị Hà"),
            },
        ];
        r.next_steps = vec![
            step(
                t("Finish the script", "Hoàn thiện kịch bản"),
                &t("Creative team", "Team creative"),
                None,
            ),
            step(
                t("Book the pop-ups", "Đặt chỗ pop-up"),
                "",
                Some(date(2025, 12, 23)),
            ),
        ];
    }
    r
}

/// What makes the contact report good, or what is wrong with the flawed one.
pub fn contact_notes(quality: Quality) -> Vec<Note<ContactField>> {
    use ContactField as F;
    match quality {
        Quality::Good => typed(vec![
            good(
                None,
                tx("Heading", "Phần đầu"),
                tx(
                    "The date, time, place and the writer's name sit at the top, and the report went out the morning after the meeting.",
                    "Ngày, giờ, địa điểm và tên người viết nằm ngay đầu trang, và biên bản được gửi vào sáng hôm sau buổi họp.",
                ),
                tx(
                    "Sent while the meeting is fresh, it can still be corrected; found months later, it says which meeting it records and whom to ask.",
                    "Gửi khi mọi người còn nhớ rõ thì vẫn kịp sửa chỗ sai; vài tháng sau tìm lại, người đọc vẫn biết đây là buổi họp nào và nên hỏi ai.",
                ),
            ),
            good(
                Some(ATTENDEES),
                tx("Attendees", "Thành phần tham dự"),
                tx(
                    "Everyone in the room is listed with full name and job title, on both sides.",
                    "Ai có mặt cũng được ghi đủ họ tên và chức danh, ở cả hai phía.",
                ),
                tx(
                    "It shows who had the authority to decide (the Marketing Director approved the budget) and who heard each point.",
                    "Nhờ vậy biết ai có quyền quyết định (Giám đốc Marketing duyệt ngân sách) và ai đã nghe từng điểm.",
                ),
            ),
            good(
                Some(DISCUSSION),
                tx("Discussion", "Thảo luận"),
                tx(
                    "The discussion is short and keeps the reasons behind the decisions, not a transcript.",
                    "Phần thảo luận ngắn gọn, giữ lại lý do của các quyết định thay vì chép lại từng lời.",
                ),
                tx(
                    "When someone asks later why two KOLs were dropped, the answer is already written down.",
                    "Khi có người hỏi vì sao bỏ hai KOL, câu trả lời đã nằm sẵn trên giấy.",
                ),
            ),
            good(
                Some(AGREEMENTS),
                tx("Agreements", "Các điểm đã thống nhất"),
                tx(
                    "Each agreement names the exact thing accepted and who accepted it: the idea with its parts, the budget as a figure with VAT stated, the KOLs by name.",
                    "Mỗi điểm thống nhất ghi rõ đúng thứ được chấp thuận và người chấp thuận: ý tưởng kèm các hạng mục, ngân sách bằng con số có nói rõ VAT, KOL gọi đúng tên.",
                ),
                tx(
                    "If the client later remembers it differently, this page settles the question; a label only the room understood settles nothing.",
                    "Nếu sau này client nhớ khác đi, trang này là căn cứ; một cái tên chỉ người trong phòng họp hiểu thì không làm căn cứ được.",
                ),
            ),
            good(
                Some(NEXT_STEPS),
                tx("Next steps", "Bước tiếp theo"),
                tx(
                    "Every next step is a concrete action with one named person and a date, including the client's own tasks (print approval, legal review).",
                    "Bước tiếp theo nào cũng là một việc cụ thể, có một người phụ trách đích danh và một ngày hạn, kể cả việc của phía client (duyệt file in, pháp chế duyệt).",
                ),
                tx(
                    "A task given to a team belongs to nobody; and the client's approvals are often what holds up a launch, so they need a date too.",
                    "Việc giao cho cả một team thì chẳng ai thực sự nhận; còn khâu duyệt của client thường là thứ làm chậm ngày ra mắt, nên cũng cần có hạn.",
                ),
            ),
        ]),
        Quality::Flawed => vec![
            flaw(
                Some(ATTENDEES),
                tx("Client attendees", "Người tham dự phía client"),
                (
                    tx(
                        "The client side is one first name with no title, and the Marketing Director, who was there and approved the budget, is missing.",
                        "Phía client chỉ có một cái tên gọi, không chức danh, và thiếu Giám đốc Marketing, người có mặt và đã duyệt ngân sách.",
                    ),
                    tx(
                        "Nobody can tell who had the authority to agree, so every agreement below can be questioned.",
                        "Không ai biết được ai có quyền đồng ý, nên mọi điểm thống nhất bên dưới đều có thể bị đặt lại.",
                    ),
                    tx(
                        "List everyone present, on both sides, with full name and job title.",
                        "Ghi đủ mọi người có mặt ở cả hai phía, kèm họ tên đầy đủ và chức danh.",
                    ),
                ),
                vec![(
                    F::AttendeeRole {
                        side: Side::Client,
                        row: 0,
                    },
                    Cause::Missing,
                )],
            ),
            flaw(
                Some(AGENDA),
                tx("Agenda", "Chương trình họp"),
                (
                    tx("There is no agenda.", "Không có chương trình họp."),
                    tx(
                        "Without it a reader cannot see what the meeting set out to settle, or notice that the timeline was never covered.",
                        "Thiếu nó, người đọc không biết buổi họp định chốt những gì, cũng không thấy rằng phần tiến độ chưa hề được bàn.",
                    ),
                    tx(
                        "Write the points the meeting was called for, in order, even if one was left open.",
                        "Ghi lần lượt các nội dung buổi họp cần giải quyết, kể cả điểm còn bỏ ngỏ.",
                    ),
                ),
                vec![(F::Agenda, Cause::Missing)],
            ),
            flaw(
                Some(AGREEMENTS),
                tx("Agreement 1, wording", "Điểm thống nhất 1, nội dung"),
                (
                    tx(
                        "The first agreement reads only “OK”: it does not say which idea, with which parts, was accepted.",
                        "Điểm thống nhất đầu tiên chỉ ghi “Đồng ý”: không nói ý tưởng nào, gồm những hạng mục gì, đã được chấp thuận.",
                    ),
                    tx(
                        "A week later the client may think the pop-ups or the game were never part of the deal, and the agency has nothing to show otherwise.",
                        "Một tuần sau client có thể cho rằng pop-up hay game chưa từng nằm trong thỏa thuận, và agency không có gì để đối chiếu.",
                    ),
                    tx(
                        "Write out what was accepted, as it was accepted: the idea by name and what it includes.",
                        "Viết rõ thứ được chấp thuận, đúng như lúc được chấp thuận: tên ý tưởng và những gì nó bao gồm.",
                    ),
                ),
                vec![(F::AgreementWording(0), Cause::VagueWording)],
            ),
            flaw(
                Some(AGREEMENTS),
                tx("Agreement 2, wording", "Điểm thống nhất 2, nội dung"),
                (
                    tx(
                        "“Option 2” is a nickname from the meeting, not the item itself.",
                        "“Phương án 2” là cách gọi tạm trong phòng họp, không phải bản thân hạng mục.",
                    ),
                    tx(
                        "Once the options are renumbered or a new round comes in, nobody knows which visual was approved. The toolkit cannot catch this: the words are not empty, they just point nowhere.",
                        "Chỉ cần đánh số lại các phương án hay có thêm một vòng chỉnh sửa là không ai biết key visual nào đã được duyệt. Bộ công cụ không bắt được lỗi này: chữ thì có, nhưng không chỉ tới thứ gì cụ thể.",
                    ),
                    tx(
                        "Describe the approved visual so that it can be recognised (“KV with the family around one table, green gift box, red background”) and attach the file.",
                        "Mô tả key visual được duyệt sao cho nhận ra ngay (“KV cả nhà quây quần một bàn, hộp quà xanh lá, nền đỏ”) và đính kèm file.",
                    ),
                ),
                Vec::new(),
            ),
            flaw(
                Some(NEXT_STEPS),
                tx("Next step 1", "Bước tiếp theo 1"),
                (
                    tx(
                        "“Finish the script” has no date, and its owner is a team rather than a person.",
                        "“Hoàn thiện kịch bản” không có ngày hạn, và người phụ trách là cả một team chứ không phải một người.",
                    ),
                    tx(
                        "With no date nobody is late, so the script slips until the shoot is at risk; with no named person nobody feels it is theirs.",
                        "Không có hạn thì chẳng ai trễ, kịch bản cứ lùi dần đến khi lịch quay bị ảnh hưởng; không có người đích danh thì không ai thấy đó là việc của mình.",
                    ),
                    tx(
                        "Give one person and a date, agreed in the room.",
                        "Ghi một người phụ trách và một ngày hạn đã thống nhất ngay trong buổi họp.",
                    ),
                ),
                vec![(F::NextStepDue(0), Cause::Missing)],
            ),
            flaw(
                Some(NEXT_STEPS),
                tx("Next step 2, owner", "Bước tiếp theo 2, người phụ trách"),
                (
                    tx(
                        "“Book the pop-ups” has a date but nobody in charge.",
                        "“Đặt chỗ pop-up” có ngày hạn nhưng không có ai phụ trách.",
                    ),
                    tx(
                        "Mall space in the weeks before Tet goes fast; a task without an owner is found undone on the day it is due.",
                        "Mặt bằng ở trung tâm thương mại những tuần trước Tết hết rất nhanh; việc không có người nhận thường chỉ được phát hiện là chưa làm vào đúng ngày hạn.",
                    ),
                    tx(
                        "Name the person who books them, and write the venues once they are confirmed.",
                        "Ghi tên người đặt chỗ, và ghi rõ địa điểm khi đã chốt.",
                    ),
                ),
                vec![(F::NextStepOwner(1), Cause::Missing)],
            ),
        ],
    }
}

// ---- the WIP report ----------------------------------------------------------

fn job(
    lang: Lang,
    title: (&'static str, &'static str),
    history: &[(DateTime<Utc>, JobStatus)],
    next_step: (&'static str, &'static str),
    owner: &str,
    due: Option<NaiveDate>,
) -> WipJob {
    let (first, rest) = history
        .split_first()
        .map_or((at(2025, 12, 16, 2), &[][..]), |(f, r)| (f.0, r));
    let mut j = WipJob::new(CLIENT_ID, s(lang, title.0, title.1), first);
    for (when, status) in rest {
        j.set_status(*status, *when, "");
    }
    j.project = s(lang, "One Table This Tet", "Tết Chung Một Bàn");
    j.next_step = s(lang, next_step.0, next_step.1);
    j.owner = owner.into();
    j.due = due;
    j
}

/// The demo client's jobs in the week before launch (Monday 5 January
/// 2026): all of them, each with its next step, owner and date (good), or a
/// list kept carelessly (flawed).
pub fn wip(lang: Lang, quality: Quality) -> Vec<WipJob> {
    use JobStatus::*;
    let start = at(2025, 12, 16, 2);
    let flawed = quality == Quality::Flawed;
    let tvc = job(
        lang,
        (
            "TVC 30s and two 15s cut-downs",
            "TVC 30s và hai bản cắt 15s",
        ),
        &[(start, Briefed), (at(2025, 12, 19, 3), InProgress)],
        if flawed {
            ("", "")
        } else {
            (
                "Send the offline edit to the client for comments",
                "Gửi bản dựng offline để client góp ý",
            )
        },
        "Vũ Đăng Khoa",
        Some(date(2026, 1, 7)),
    );
    let kv = job(
        lang,
        (
            "Key visual and gift-box design",
            "Key visual và thiết kế hộp quà",
        ),
        &[
            (start, Briefed),
            (at(2025, 12, 17, 3), InProgress),
            (at(2026, 1, 2, 8), AwaitingClient),
        ],
        (
            "Client approves the final print files",
            "Client duyệt file in cuối cùng",
        ),
        if flawed { "" } else { "Nguyễn Thu Hà" },
        Some(date(2026, 1, 6)),
    );
    let game = job(
        lang,
        (
            "Lucky-lid game in the Mây app",
            "Game nắp ly may mắn trên app Mây",
        ),
        &[(start, Briefed), (at(2025, 12, 22, 3), InProgress)],
        (
            "Test the game with 200 codes on staff phones",
            "Chạy thử game với 200 mã trên điện thoại nhân viên",
        ),
        "Phạm Mai Anh",
        (!flawed).then(|| date(2026, 1, 8)),
    );
    let kol = job(
        lang,
        (
            "KOL programme: 5 macro, 25 micro",
            "Chương trình KOL: 5 macro, 25 micro",
        ),
        &[(start, Briefed), (at(2025, 12, 18, 3), InProgress)],
        (
            "Send the macro KOLs' draft posts to the client",
            "Gửi client bài nháp của các KOL macro",
        ),
        &if flawed {
            s(lang, "KOL team", "Team KOL")
        } else {
            "Hoàng Thảo Vy".to_string()
        },
        Some(date(2026, 1, 9)),
    );
    let popups = job(
        lang,
        ("Two mall pop-ups", "Hai pop-up tại trung tâm thương mại"),
        &[(start, Briefed)],
        (
            "Site visit at both malls with the build contractor",
            "Khảo sát hai trung tâm thương mại cùng đơn vị thi công",
        ),
        "Đỗ Ngọc Lan",
        Some(date(2026, 1, 8)),
    );
    let legal = job(
        lang,
        (
            "Legal review of the claims and game rules",
            "Pháp chế duyệt tuyên bố và thể lệ game",
        ),
        &[(start, Briefed), (at(2025, 12, 30, 4), AwaitingClient)],
        (
            "The client's legal team returns the cleared claims and rules",
            "Pháp chế của client gửi lại bản tuyên bố và thể lệ đã duyệt",
        ),
        "Trần Minh Quân",
        Some(date(2026, 1, 5)),
    );
    let mut lids = job(
        lang,
        ("Lucky-lid printing", "In nắp ly may mắn"),
        &if flawed {
            vec![(start, Briefed), (at(2025, 12, 20, 3), InProgress)]
        } else {
            vec![
                (start, Briefed),
                (at(2025, 12, 20, 3), InProgress),
                (at(2026, 1, 3, 9), Done),
            ]
        },
        if flawed {
            ("Deliver the lids to the stores", "Giao nắp ly đến cửa hàng")
        } else {
            ("", "")
        },
        "Phạm Mai Anh",
        Some(date(2026, 1, 3)),
    );
    lids.notes = s(
        lang,
        "1.2 million lids delivered to the 85 stores on 3 January.",
        "Đã giao 1,2 triệu nắp ly đến 85 cửa hàng ngày 3/1.",
    );
    if flawed {
        vec![tvc, kv, game, kol, legal, lids]
    } else {
        vec![tvc, kv, game, kol, popups, legal, lids]
    }
}

const IN_PROGRESS: Text = tx("In progress", "Đang làm");
const AWAITING: Text = tx("Awaiting client", "Chờ client phản hồi");
const DONE: Text = tx("Done", "Hoàn thành");

/// What makes the WIP report good, or what is wrong with the flawed one.
/// A flaw's findings are `(job row, field)` in [`wip`]'s list.
pub fn wip_notes(quality: Quality) -> Vec<Note<(usize, WipField)>> {
    match quality {
        Quality::Good => typed(vec![
            good(
                None,
                tx("The whole report", "Toàn bộ báo cáo"),
                tx(
                    "Every job agreed at the kick-off is on it, the client's own included (print approval, legal review), and the counts at the top show nothing is overdue.",
                    "Mọi đầu việc đã thống nhất ở buổi kick-off đều có mặt, kể cả việc của client (duyệt file in, pháp chế), và các con số đầu trang cho thấy không việc nào trễ hạn.",
                ),
                tx(
                    "A job that is not on the WIP is the one nobody chases until it is late.",
                    "Đầu việc không có trong WIP chính là việc không ai đôn đốc cho đến khi trễ.",
                ),
            ),
            good(
                Some(IN_PROGRESS),
                tx("Next step column", "Cột bước tiếp theo"),
                tx(
                    "Each open job says what happens next as an action someone can do this week (“send the offline edit”), not a state of mind (“working on it”).",
                    "Mỗi việc đang mở ghi bước tiếp theo là một hành động làm được ngay trong tuần (“gửi bản dựng offline”), không phải một trạng thái chung chung (“đang xử lý”).",
                ),
                tx(
                    "The weekly meeting can then check each line in seconds: done or not done.",
                    "Nhờ vậy buổi họp tuần kiểm từng dòng chỉ trong vài giây: xong hay chưa.",
                ),
            ),
            good(
                Some(AWAITING),
                tx("Owner column", "Cột người phụ trách"),
                tx(
                    "Every job has one named owner; when the ball is with the client, the owner is the client's person.",
                    "Việc nào cũng có một người phụ trách đích danh; khi việc đang chờ client, người phụ trách là người bên client.",
                ),
                tx(
                    "The client sees in writing which delays are on their side, and the account knows whom to call.",
                    "Client thấy rõ trên giấy những chậm trễ nào thuộc về phía mình, còn account biết cần gọi cho ai.",
                ),
            ),
            good(
                Some(DONE),
                tx("Statuses and dates", "Trạng thái và ngày hạn"),
                tx(
                    "Statuses are current: the lids were delivered on Saturday and already show as done; every open job has a date that has not passed.",
                    "Trạng thái luôn mới nhất: nắp ly giao hôm thứ Bảy đã được chuyển sang hoàn thành; việc nào đang mở cũng có ngày hạn chưa qua.",
                ),
                tx(
                    "A report the team trusts is one they read; one stale line and people stop believing the rest.",
                    "Báo cáo đáng tin thì cả team mới đọc; chỉ một dòng cũ là mọi người thôi tin phần còn lại.",
                ),
            ),
        ]),
        Quality::Flawed => vec![
            flaw(
                None,
                tx("The whole report", "Toàn bộ báo cáo"),
                (
                    tx(
                        "The two mall pop-ups, agreed at the kick-off, are not on the list at all.",
                        "Hai pop-up tại trung tâm thương mại, đã thống nhất ở buổi kick-off, hoàn toàn không có trong danh sách.",
                    ),
                    tx(
                        "A week before launch nobody has visited the malls, and no one notices, because the report looks complete. The toolkit cannot see a job that was never entered.",
                        "Còn một tuần là ra mắt mà chưa ai khảo sát trung tâm thương mại, và không ai nhận ra vì báo cáo trông có vẻ đầy đủ. Bộ công cụ không thể thấy một việc chưa từng được nhập.",
                    ),
                    tx(
                        "Go through the contact reports' next steps and the contract's deliverables, and give each one a line.",
                        "Rà lại các bước tiếp theo trong contact report và hạng mục trong hợp đồng, mỗi thứ một dòng.",
                    ),
                ),
                Vec::new(),
            ),
            flaw(
                Some(IN_PROGRESS),
                tx("TVC, next step", "TVC, bước tiếp theo"),
                (
                    tx(
                        "The TVC, the biggest job, has no next step.",
                        "TVC, đầu việc lớn nhất, không có bước tiếp theo.",
                    ),
                    tx(
                        "Nobody can tell whether the edit is with the editor, the director or the client.",
                        "Không ai biết bản dựng đang nằm ở người dựng, đạo diễn hay client.",
                    ),
                    tx(
                        "Write the next concrete action and who takes it.",
                        "Ghi hành động cụ thể tiếp theo và ai làm.",
                    ),
                ),
                vec![((0, WipField::NextStep), Cause::Missing)],
            ),
            flaw(
                Some(AWAITING),
                tx("Key visual, owner", "Key visual, người phụ trách"),
                (
                    tx(
                        "The key visual is waiting for the client, but nobody is named to get the approval.",
                        "Key visual đang chờ client nhưng không ghi ai chịu trách nhiệm lấy ý kiến duyệt.",
                    ),
                    tx(
                        "A job waiting on the client with no owner waits for ever; the print slot is missed.",
                        "Việc chờ client mà không có người phụ trách thì sẽ chờ mãi; lỡ luôn lịch in.",
                    ),
                    tx(
                        "Name the client's person who approves, and the account who chases.",
                        "Ghi tên người duyệt bên client, và account nào theo sát.",
                    ),
                ),
                vec![((1, WipField::Owner), Cause::Missing)],
            ),
            flaw(
                Some(IN_PROGRESS),
                tx("Lucky-lid game, due date", "Game nắp ly, ngày hạn"),
                (
                    tx(
                        "The app game has no date, a week before it must go live.",
                        "Game trên app không có ngày hạn, dù chỉ còn một tuần là phải chạy.",
                    ),
                    tx(
                        "Without a date the test slips, and problems surface on launch day in front of customers.",
                        "Không có hạn thì việc chạy thử bị lùi, và lỗi lộ ra ngay ngày ra mắt trước mặt khách hàng.",
                    ),
                    tx(
                        "Give the test a date that leaves time to fix what it finds.",
                        "Đặt ngày chạy thử sao cho còn thời gian sửa những gì phát hiện ra.",
                    ),
                ),
                vec![((2, WipField::Due), Cause::Missing)],
            ),
            flaw(
                Some(IN_PROGRESS),
                tx("KOL programme, owner", "Chương trình KOL, người phụ trách"),
                (
                    tx(
                        "The owner is “KOL team”: a group, not a person.",
                        "Người phụ trách là “Team KOL”: một nhóm, không phải một người.",
                    ),
                    tx(
                        "When drafts are late, everyone in the team assumes someone else was on it. The toolkit only sees that the field is filled in.",
                        "Khi bài nháp trễ, ai trong team cũng nghĩ người khác đang lo. Bộ công cụ chỉ thấy ô này đã có chữ.",
                    ),
                    tx(
                        "Write one person's name; others can help, one answers for it.",
                        "Ghi tên một người; người khác có thể phụ, nhưng một người chịu trách nhiệm.",
                    ),
                ),
                Vec::new(),
            ),
            flaw(
                Some(IN_PROGRESS),
                tx("Lucky-lid printing, status", "In nắp ly, trạng thái"),
                (
                    tx(
                        "The lids were delivered on 3 January, as the notes say, yet the job still reads “In progress” and now shows as overdue.",
                        "Nắp ly đã giao ngày 3/1 như phần ghi chú nói, vậy mà việc này vẫn để “Đang làm” và giờ hiện là trễ hạn.",
                    ),
                    tx(
                        "A stale status sends people chasing finished work, and makes the real delays harder to see.",
                        "Trạng thái cũ khiến mọi người đi đôn đốc một việc đã xong, và làm những chỗ trễ thật khó thấy hơn.",
                    ),
                    tx(
                        "Update the status the day it changes, with a word on what happened.",
                        "Cập nhật trạng thái ngay trong ngày có thay đổi, kèm một dòng ghi chú.",
                    ),
                ),
                vec![((5, WipField::Due), Cause::DueInPast { days: 2 })],
            ),
        ],
    }
}

/// Every issue the toolkit's check finds in a list of jobs on `today`, as
/// `(job row, issue)`.
pub fn wip_issues(jobs: &[WipJob], today: NaiveDate) -> Vec<Issue<(usize, WipField)>> {
    jobs.iter()
        .enumerate()
        .flat_map(|(row, j)| j.check(today).into_iter().map(move |i| i.map(|f| (row, f))))
        .collect()
}

// ---- the competitor review ---------------------------------------------------

const CATEGORY: Text = tx("Category", "Ngành hàng");
const POINT_OF_VIEW: Text = tx("Our point of view", "Góc nhìn của account");
const CLIENT_BRAND: Text = tx("Mây Milk Tea", "Trà sữa Mây");
const SUONG: Text = tx("Sương Tea", "Sương Tea");
const BO: Text = tx("Bơ Milk Tea House", "Bơ Milk Tea House");

struct Camp {
    name: Text,
    run: (NaiveDate, NaiveDate),
    channel: Text,
    message: Text,
    spend: Option<i64>,
}

impl Camp {
    fn build(&self, lang: Lang) -> Campaign {
        Campaign {
            name: self.name.get(lang).into(),
            date: Some(self.run.0),
            end: Some(self.run.1),
            channel: self.channel.get(lang).into(),
            message: self.message.get(lang).into(),
            estimated_spend: self.spend,
            notes: String::new(),
        }
    }
}

fn texts(lang: Lang, items: &[Text]) -> Vec<String> {
    items.iter().map(|t| t.get(lang).to_string()).collect()
}

/// The review the account wrote before the Tet proposal, as of 30 November
/// 2025 (good), or a draft that collects facts and stops there (flawed).
pub fn review(lang: Lang, quality: Quality) -> CompetitorReview {
    let t = |en, vi| s(lang, en, vi);
    let may = Brand {
        name: CLIENT_BRAND.get(lang).into(),
        is_client: true,
        strengths: texts(
            lang,
            &[
                tx(
                    "Fresh-brewed tea at a mid-range price",
                    "Trà ủ tươi, giá tầm trung",
                ),
                tx(
                    "85 stores and its own app with a loyalty programme",
                    "85 cửa hàng và app riêng có chương trình thành viên",
                ),
            ],
        ),
        weaknesses: texts(
            lang,
            &[
                tx(
                    "Seen as a drink for oneself; absent from family gifting",
                    "Bị xem là đồ uống mua cho bản thân; vắng mặt trong quà biếu gia đình",
                ),
                tx(
                    "No Tet product: its sales rise with the season, not because of the brand",
                    "Không có sản phẩm Tết: doanh số tăng theo mùa chứ không nhờ thương hiệu",
                ),
            ],
        ),
        campaigns: [
            Camp {
                name: tx(
                    "Tet 2025 in-store discount",
                    "Giảm giá Tết 2025 tại cửa hàng",
                ),
                run: (date(2025, 1, 13), date(2025, 2, 9)),
                channel: tx("In-store, Facebook", "Tại cửa hàng, Facebook"),
                message: tx(
                    "15% off every cup over Tet",
                    "Giảm 15% mọi ly trong dịp Tết",
                ),
                spend: Some(300_000_000),
            },
            Camp {
                name: tx("Summer: Cool Down with Mây", "Mùa hè: Mát Cùng Mây"),
                run: (date(2025, 6, 2), date(2025, 7, 27)),
                channel: tx("TikTok", "TikTok"),
                message: tx("Fresh tea for hot days", "Trà tươi cho ngày nắng"),
                spend: Some(450_000_000),
            },
        ]
        .iter()
        .map(|c| c.build(lang))
        .collect(),
    };
    let mut suong = Brand {
        name: SUONG.get(lang).into(),
        is_client: false,
        strengths: texts(
            lang,
            &[
                tx(
                    "Tet gift boxes since 2024, which its customers now expect",
                    "Có hộp quà Tết từ 2024, khách hàng giờ đã quen chờ đón",
                ),
                tx(
                    "Its Tet 2025 family film was widely shared",
                    "Phim gia đình dịp Tết 2025 được chia sẻ rộng rãi",
                ),
            ],
        ),
        weaknesses: texts(
            lang,
            &[
                tx("Prices 20–30% above Mây's", "Giá cao hơn Mây 20–30%"),
                tx(
                    "Few stores in HCMC outside Districts 1 and 3",
                    "Ít cửa hàng ở TP.HCM ngoài Quận 1 và Quận 3",
                ),
            ],
        ),
        campaigns: [
            Camp {
                name: tx(
                    "Tet 2025: Home Together box and film",
                    "Tết 2025: hộp quà và phim Cùng Về Nhà",
                ),
                run: (date(2025, 1, 6), date(2025, 2, 2)),
                channel: tx("TVC, YouTube, in-store", "TVC, YouTube, tại cửa hàng"),
                message: tx(
                    "Bring the family a taste of home",
                    "Mang hương vị nhà về cho cả gia đình",
                ),
                spend: Some(1_800_000_000),
            },
            Camp {
                name: tx("Mid-Autumn gift box", "Hộp quà Trung thu"),
                run: (date(2025, 9, 1), date(2025, 10, 6)),
                channel: tx("In-store, Facebook", "Tại cửa hàng, Facebook"),
                message: tx(
                    "A new gift for the family instead of mooncakes",
                    "Món quà mới cho gia đình thay cho bánh trung thu",
                ),
                spend: Some(500_000_000),
            },
        ]
        .iter()
        .map(|c| c.build(lang))
        .collect(),
    };
    let mut bo = Brand {
        name: BO.get(lang).into(),
        is_client: false,
        strengths: texts(
            lang,
            &[
                tx(
                    "Quick, funny TikTok content that students share",
                    "Nội dung TikTok nhanh, hài hước, được sinh viên chia sẻ",
                ),
                tx(
                    "Low prices and many stores near universities",
                    "Giá thấp, nhiều cửa hàng gần các trường đại học",
                ),
            ],
        ),
        weaknesses: texts(
            lang,
            &[
                tx(
                    "No gift product; almost silent at Tet",
                    "Không có sản phẩm quà tặng; gần như im lặng dịp Tết",
                ),
                tx(
                    "Its tone speaks to students, not to families",
                    "Giọng điệu hướng tới sinh viên, không hướng tới gia đình",
                ),
            ],
        ),
        campaigns: [
            Camp {
                name: tx("#BoDance TikTok challenge", "Thử thách TikTok #BoDance"),
                run: (date(2025, 3, 10), date(2025, 4, 6)),
                channel: tx("TikTok, KOL", "TikTok, KOL"),
                message: tx("Dance with your cup", "Nhảy cùng ly trà sữa"),
                spend: Some(600_000_000),
            },
            Camp {
                name: tx("Back-to-school combo", "Combo tựu trường"),
                run: (date(2025, 8, 18), date(2025, 9, 14)),
                channel: tx("In-store, delivery apps", "Tại cửa hàng, app giao hàng"),
                message: tx(
                    "Two cups for the price of one and a half",
                    "Hai ly với giá một ly rưỡi",
                ),
                spend: None,
            },
        ]
        .iter()
        .map(|c| c.build(lang))
        .collect(),
    };
    let mut r = CompetitorReview {
        client_id: CLIENT_ID.into(),
        proposal_id: None,
        title: t(
            "Milk tea at Tet: Mây and its rivals, Dec 2024 – Nov 2025",
            "Trà sữa mùa Tết: Mây và các đối thủ, 12/2024 – 11/2025",
        ),
        as_of: Some(date(2025, 11, 30)),
        currency: "VND".into(),
        category_notes: t(
            "Milk tea is an everyday treat for students and young workers. At Tet it competes less with other drinks than with the usual family gifts: candied fruit, biscuits, fruit baskets. Gift boxes and sharing sizes are how chains get into that basket.\n\nA cup sells for 35,000–60,000 VND across the category, and the price has barely moved in two years.",
            "Trà sữa là món quà vặt hằng ngày của sinh viên và người trẻ đi làm. Dịp Tết, đối thủ của nó không hẳn là đồ uống khác mà là những món quà quen thuộc của gia đình: mứt, bánh quy, giỏ trái cây. Hộp quà và cỡ ly chia sẻ là cách các chuỗi chen chân vào giỏ quà ấy.\n\nGiá một ly trong ngành dao động 35.000–60.000 VND và gần như đứng yên suốt hai năm.",
        ),
        market_notes: t(
            "Most of the chains' stores are in Hanoi and HCMC. At Tet 2025 Sương Tea and Bơ Milk Tea House grew faster than Mây (Mây: +6%). Imported Taiwanese chains compete on premium toppings, not on gifting.",
            "Phần lớn cửa hàng của các chuỗi nằm ở Hà Nội và TP.HCM. Tết 2025, Sương Tea và Bơ Milk Tea House tăng trưởng nhanh hơn Mây (Mây: +6%). Các chuỗi Đài Loan nhập khẩu cạnh tranh bằng topping cao cấp, không bằng quà tặng.",
        ),
        brands: Vec::new(),
        point_of_view: t(
            "Mây does not lose Tet on taste or price: it loses it at the family table, where Sương Tea's gift box already has a seat. The rivals sit at two ends. Sương owns family gifting at a premium price; Bơ owns playful student content and has nothing for Tet. Mây can take the ground between them: a family ritual at an everyday price, told with a light touch. This Tet's work should give families a reason to share Mây, not another discount, which last year bought 6% growth.\n\nTo work out with the planner: whether Sương repeats its film in January, and where a six-cup box should be priced against the usual Tet gift basket.",
            "Mây không thua mùa Tết vì vị hay vì giá, mà thua ở mâm cơm gia đình, nơi hộp quà của Sương Tea đã có chỗ. Hai đối thủ đứng ở hai đầu: Sương nắm mảng quà biếu gia đình với giá cao; Bơ nắm nội dung vui nhộn cho sinh viên nhưng không có gì cho Tết. Mây có thể chiếm khoảng giữa: một nghi thức gia đình với giá hằng ngày, kể bằng giọng nhẹ nhàng. Chiến dịch Tết năm nay nên cho các gia đình một lý do để cùng chia ly Mây, thay vì thêm một đợt giảm giá, thứ năm ngoái chỉ mang lại 6% tăng trưởng.\n\nCần bàn với planner: Sương có chạy lại phim vào tháng 1 không, và hộp sáu ly nên định giá thế nào so với giỏ quà Tết thông thường.",
        ),
    };
    if quality == Quality::Flawed {
        r.category_notes = String::new();
        r.point_of_view = String::new();
        suong.campaigns.push(
            Camp {
                name: tx("Tet 2024: first gift box", "Tết 2024: hộp quà đầu tiên"),
                run: (date(2024, 1, 15), date(2024, 2, 10)),
                channel: tx("In-store", "Tại cửa hàng"),
                message: tx("A Tet gift in a cup", "Quà Tết trong một ly"),
                spend: Some(400_000_000),
            }
            .build(lang),
        );
        bo.strengths = texts(lang, &[tx("Very popular on TikTok", "Rất nổi trên TikTok")]);
        bo.weaknesses = Vec::new();
        bo.campaigns.truncate(1);
        bo.campaigns[0].channel = String::new();
        r.brands = vec![suong, bo];
    } else {
        r.brands = vec![may, suong, bo];
    }
    r
}

/// What makes the review good, or what is wrong with the flawed one.
pub fn review_notes(quality: Quality) -> Vec<Note<CompetitorField>> {
    use CompetitorField as F;
    match quality {
        Quality::Good => typed(vec![
            good(
                None,
                tx("Period reviewed", "Khoảng thời gian xem xét"),
                tx(
                    "It states the date it was made and covers the twelve months before it.",
                    "Ghi rõ ngày lập và bao trọn mười hai tháng trước đó.",
                ),
                tx(
                    "The reader knows how fresh the picture is, and every brand is judged over the same period.",
                    "Người đọc biết bức tranh này mới đến đâu, và mọi thương hiệu được so trong cùng một khoảng thời gian.",
                ),
            ),
            good(
                Some(CATEGORY),
                tx("Category", "Ngành hàng"),
                tx(
                    "The category notes say what milk tea really competes with at Tet (the family gift basket), not only which chains exist.",
                    "Phần ngành hàng nói rõ dịp Tết trà sữa thực sự cạnh tranh với thứ gì (giỏ quà gia đình), chứ không chỉ kể tên các chuỗi.",
                ),
                tx(
                    "That framing is where the campaign idea comes from.",
                    "Chính cách nhìn ấy là nơi ý tưởng chiến dịch bắt đầu.",
                ),
            ),
            good(
                Some(CLIENT_BRAND),
                tx("The client's own brand", "Thương hiệu của client"),
                tx(
                    "Mây is reviewed with the same honesty as its rivals, weaknesses and a weak Tet discount included.",
                    "Mây được nhìn nhận thẳng thắn như các đối thủ, kể cả điểm yếu và đợt giảm giá Tết kém hiệu quả.",
                ),
                tx(
                    "A review that flatters the client cannot explain why it is losing ground.",
                    "Một bản review chỉ khen client thì không giải thích được vì sao client đang mất thị phần.",
                ),
            ),
            good(
                Some(SUONG),
                tx("Each rival", "Từng đối thủ"),
                tx(
                    "Each rival has strengths, weaknesses and dated campaigns with channel, message and an estimated spend.",
                    "Đối thủ nào cũng có điểm mạnh, điểm yếu và các chiến dịch có ngày, kênh, thông điệp và ngân sách ước tính.",
                ),
                tx(
                    "Side by side they show who spends where and when, which is what the plan has to answer.",
                    "Đặt cạnh nhau, chúng cho thấy ai chi tiền vào đâu và lúc nào, đúng điều kế hoạch cần trả lời.",
                ),
            ),
            good(
                Some(POINT_OF_VIEW),
                tx("Point of view", "Góc nhìn"),
                tx(
                    "It ends with the account's own reading of the client's problem, a recommendation, and the questions to settle with the planner.",
                    "Kết thúc bằng cách account tự đọc vấn đề của client, một đề xuất, và những câu hỏi cần chốt cùng planner.",
                ),
                tx(
                    "Facts anyone can collect; the view is what shows the agency understands the client's business.",
                    "Dữ kiện thì ai cũng thu thập được; góc nhìn mới cho thấy agency hiểu việc kinh doanh của client.",
                ),
            ),
        ]),
        Quality::Flawed => vec![
            flaw(
                None,
                tx("Brands reviewed", "Các thương hiệu được xem xét"),
                (
                    tx(
                        "Mây itself is left out: the review looks only at the rivals.",
                        "Bỏ sót chính Mây: bản review chỉ nhìn vào đối thủ.",
                    ),
                    tx(
                        "Without the client's own campaigns there is nothing to compare with, and last Tet's weak discount goes unexamined. The toolkit asks only for competitors, so it says nothing.",
                        "Không có chiến dịch của chính client thì không có gì để so sánh, và đợt giảm giá Tết vừa rồi không được xem xét. Bộ công cụ chỉ yêu cầu có đối thủ, nên không báo gì.",
                    ),
                    tx(
                        "Add the client's brand, marked as the client, with its campaigns, strengths and weaknesses.",
                        "Thêm thương hiệu của client, đánh dấu là client, kèm chiến dịch, điểm mạnh và điểm yếu.",
                    ),
                ),
                Vec::new(),
            ),
            flaw(
                Some(CATEGORY),
                tx("Category", "Ngành hàng"),
                (
                    tx(
                        "The category section is empty.",
                        "Phần ngành hàng bỏ trống.",
                    ),
                    tx(
                        "The review never asks what people buy instead of milk tea at Tet, which is the question the campaign has to answer.",
                        "Bản review không hề hỏi dịp Tết người ta mua gì thay cho trà sữa, trong khi đó chính là câu hỏi chiến dịch phải trả lời.",
                    ),
                    tx(
                        "Describe the category: who buys, what it competes with, prices and trends.",
                        "Mô tả ngành hàng: ai mua, cạnh tranh với thứ gì, mức giá và xu hướng.",
                    ),
                ),
                vec![(F::CategoryNotes, Cause::Missing)],
            ),
            flaw(
                Some(SUONG),
                tx("Sương Tea, second campaign", "Sương Tea, chiến dịch thứ hai"),
                (
                    tx(
                        "A Tet 2024 campaign is listed in a review of the twelve months to November 2025.",
                        "Một chiến dịch Tết 2024 lại nằm trong bản review mười hai tháng tính đến tháng 11/2025.",
                    ),
                    tx(
                        "Old work mixed with new makes the rival look busier than it is; the document already leaves it out of the table.",
                        "Trộn chiến dịch cũ với mới làm đối thủ trông sôi nổi hơn thực tế; tài liệu đã tự loại nó khỏi bảng.",
                    ),
                    tx(
                        "Keep to the period; mention older history in the notes only when it explains something.",
                        "Giữ đúng khoảng thời gian; chỉ nhắc chuyện cũ trong ghi chú khi nó giải thích được điều gì.",
                    ),
                ),
                vec![(F::CampaignDate { brand: 0, row: 2 }, Cause::OutsideWindow)],
            ),
            flaw(
                Some(BO),
                tx("Bơ Milk Tea House, weaknesses", "Bơ Milk Tea House, điểm yếu"),
                (
                    tx(
                        "Bơ has a strength and no weaknesses.",
                        "Bơ có điểm mạnh nhưng không có điểm yếu nào.",
                    ),
                    tx(
                        "A rival's weaknesses are where the client can win; leaving them out hides the opening (Bơ has nothing for Tet).",
                        "Điểm yếu của đối thủ là chỗ client có thể thắng; bỏ qua chúng là che mất cơ hội (Bơ không có gì cho dịp Tết).",
                    ),
                    tx(
                        "For every rival, write what it does badly or not at all.",
                        "Với mỗi đối thủ, ghi rõ họ làm chưa tốt hoặc bỏ trống điều gì.",
                    ),
                ),
                vec![(F::Weaknesses(1), Cause::Missing)],
            ),
            flaw(
                Some(BO),
                tx("Bơ Milk Tea House, campaign channel", "Bơ Milk Tea House, kênh của chiến dịch"),
                (
                    tx(
                        "The campaign has no channel.",
                        "Chiến dịch không ghi kênh.",
                    ),
                    tx(
                        "Where a rival spends tells the planner where the client will have to be louder.",
                        "Đối thủ chi tiền ở kênh nào cho planner biết client cần lên tiếng mạnh hơn ở đâu.",
                    ),
                    tx(
                        "Name the channels: TikTok, KOLs, in-store, TV.",
                        "Ghi rõ kênh: TikTok, KOL, tại cửa hàng, TV.",
                    ),
                ),
                vec![(F::CampaignChannel { brand: 1, row: 0 }, Cause::Missing)],
            ),
            flaw(
                Some(POINT_OF_VIEW),
                tx("Point of view", "Góc nhìn"),
                (
                    tx(
                        "There is no point of view: the review lists facts and stops.",
                        "Không có góc nhìn: bản review liệt kê dữ kiện rồi dừng.",
                    ),
                    tx(
                        "The client can find the facts alone; what they expect from the account is what the facts mean for their problem.",
                        "Dữ kiện thì client tự tìm được; điều họ chờ ở account là những dữ kiện ấy có ý nghĩa gì với vấn đề của họ.",
                    ),
                    tx(
                        "Say in a few sentences what the client's problem is, what the rivals leave open, and what you recommend.",
                        "Viết vài câu: vấn đề của client là gì, đối thủ đang bỏ ngỏ điều gì, và bạn đề xuất gì.",
                    ),
                ),
                vec![(F::PointOfView, Cause::Missing)],
            ),
        ],
    }
}

/// Every note's texts, labelled, for the content checks (`all_texts`).
pub(crate) fn collect_texts(out: &mut Vec<(String, Text)>) {
    for kind in Kind::ALL {
        for quality in [Quality::Good, Quality::Flawed] {
            for (i, n) in kind.notes(quality).into_iter().enumerate() {
                let label = format!("example {} {} {i}", kind.slug(), quality.slug());
                if let Some(sec) = n.section {
                    super::push(out, format!("{label} section"), sec);
                }
                super::push(out, format!("{label} place"), n.place);
                super::push(out, format!("{label} point"), n.point);
                super::push(out, format!("{label} why"), n.why);
                if let Some(fix) = n.fix {
                    super::push(out, format!("{label} fix"), fix);
                }
            }
        }
    }
    super::push(out, "example client name", CLIENT_NAME);
}
