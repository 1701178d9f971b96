//! The words agency people use, in both languages: a glossary with
//! definitions, related terms and, for some, an example; plus the pure
//! matching that finds a term's first whole-word occurrence in a paragraph
//! (the guide links it to the glossary).
use std::collections::BTreeSet;
use std::sync::OnceLock;

use crate::model::text::{tx, Lang, Text};

/// One glossary entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// Stable URL-safe id (the glossary anchor is `term-<id>`).
    pub id: &'static str,
    /// The term as English speakers write it and as Vietnamese agency
    /// people say it (often the English word with a Vietnamese gloss).
    pub term: Text,
    pub definition: Text,
    /// Ids of related terms.
    pub related: &'static [&'static str],
    pub example: Option<Text>,
    /// Lowercase word forms that count as this term in English text.
    pub forms_en: &'static [&'static str],
    /// Lowercase word forms that count as this term in Vietnamese text.
    pub forms_vi: &'static [&'static str],
}

impl Term {
    fn forms(&self, lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::En => self.forms_en,
            Lang::Vi => self.forms_vi,
        }
    }
}

/// The term with this id.
pub fn term(id: &str) -> Option<&'static Term> {
    GLOSSARY.iter().find(|t| t.id == id)
}

/// The glossary sorted for a reader of `lang`: alphabetically by the term
/// in that language, ignoring case and diacritics.
pub fn sorted(lang: Lang) -> Vec<&'static Term> {
    let mut all: Vec<&'static Term> = GLOSSARY.iter().collect();
    crate::sort::by_cached_key(&mut all, |t| (super::search::fold(t.term.get(lang)), t.id));
    all
}

/// Whether a term matches a filter typed by the user: every word of the
/// filter (folded: case and diacritics ignored) is found in the term (either
/// language) or in its definition in `lang`.
pub fn matches_filter(t: &Term, filter: &str, lang: Lang) -> bool {
    let words: Vec<String> = super::search::fold(filter)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return true;
    }
    let hay = super::search::fold(&format!(
        "{} {} {}",
        t.term.en,
        t.term.vi,
        t.definition.get(lang)
    ));
    words.iter().all(|w| hay.contains(w.as_str()))
}

/// Where a glossary term occurs in a text: byte range and term id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermMatch {
    pub start: usize,
    pub end: usize,
    pub id: &'static str,
}

/// Every form of every term in `lang`, as lowercase chars, longest first.
fn forms(lang: Lang) -> &'static [(Vec<char>, &'static str)] {
    static EN: OnceLock<Vec<(Vec<char>, &'static str)>> = OnceLock::new();
    static VI: OnceLock<Vec<(Vec<char>, &'static str)>> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Vi => &VI,
    };
    cell.get_or_init(|| {
        let mut all: Vec<(Vec<char>, &'static str)> = GLOSSARY
            .iter()
            .flat_map(|t| {
                t.forms(lang)
                    .iter()
                    .map(move |f| (f.chars().map(lower).collect(), t.id))
            })
            .collect();
        crate::sort::by_key(&mut all, |f| std::cmp::Reverse(f.0.len()));
        all
    })
}

/// One char in lower case (the first char of its lowercase form, so that
/// positions stay one to one).
fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The first whole-word occurrence of each glossary term in `text`, in
/// order of position, case-insensitively. Where forms overlap the longest
/// wins ("creative brief" over "brief").
pub fn find_terms(text: &str, lang: Lang) -> Vec<TermMatch> {
    find_new_terms(text, lang, &mut BTreeSet::new())
}

/// Like [`find_terms`], but skips terms already in `seen` and adds the ones
/// it finds, so a run of paragraphs links each term only once.
pub fn find_new_terms(text: &str, lang: Lang, seen: &mut BTreeSet<&'static str>) -> Vec<TermMatch> {
    let chars: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i, lower(c))).collect();
    let byte_at = |k: usize| chars.get(k).map_or(text.len(), |(b, _)| *b);
    let forms = forms(lang);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_word(chars[i].1) || (i > 0 && is_word(chars[i - 1].1)) {
            i += 1;
            continue;
        }
        let hit = forms.iter().find(|(form, _)| {
            let end = i + form.len();
            end <= chars.len()
                && chars[i..end]
                    .iter()
                    .map(|(_, c)| *c)
                    .eq(form.iter().copied())
                && chars.get(end).is_none_or(|(_, c)| !is_word(*c))
        });
        match hit {
            Some((form, id)) => {
                let end = i + form.len();
                if seen.insert(id) {
                    out.push(TermMatch {
                        start: byte_at(i),
                        end: byte_at(end),
                        id,
                    });
                }
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// For a run of paragraphs (a section of a page), the matches to link in
/// each: every term is linked at its first occurrence in the run only.
pub fn link_plan(paragraphs: &[&str], lang: Lang) -> Vec<Vec<TermMatch>> {
    let mut seen = BTreeSet::new();
    paragraphs
        .iter()
        .map(|p| find_new_terms(p, lang, &mut seen))
        .collect()
}

pub(crate) fn collect_texts(out: &mut Vec<(String, Text)>) {
    use super::push;
    for t in GLOSSARY {
        push(out, format!("term {} term", t.id), t.term);
        push(out, format!("term {} definition", t.id), t.definition);
        if let Some(e) = t.example {
            push(out, format!("term {} example", t.id), e);
        }
    }
}

macro_rules! term {
    ($id:literal, $en:literal, $vi:literal, $den:literal, $dvi:literal,
     [$($rel:literal),* $(,)?], [$($fen:literal),* $(,)?], [$($fvi:literal),* $(,)?]
     $(, example: $xen:literal, $xvi:literal)? $(,)?) => {
        Term {
            id: $id,
            term: tx($en, $vi),
            definition: tx($den, $dvi),
            related: &[$($rel),*],
            example: term!(@ex $($xen, $xvi)?),
            forms_en: &[$($fen),*],
            forms_vi: &[$($fvi),*],
        }
    };
    (@ex) => { None };
    (@ex $xen:literal, $xvi:literal) => { Some(tx($xen, $xvi)) };
}

/// The glossary.
pub static GLOSSARY: &[Term] = &[
    term!("brief", "Brief", "Brief (đề bài)",
        "Any written request that tells a team what to do: the problem, the goal, the audience, the budget and the date. Agencies use the word for the client's request and for the agency's own instructions to its teams.",
        "Bất kỳ yêu cầu bằng văn bản nào cho một team biết cần làm gì: vấn đề, mục tiêu, đối tượng, ngân sách và thời hạn. Agency dùng từ này cho cả yêu cầu của client lẫn chỉ dẫn agency gửi các team nội bộ.",
        ["client-brief", "giai-brief", "creative-brief"], ["brief", "briefs"], ["brief"]),
    term!("client-brief", "Client brief", "Client brief (đề bài từ khách hàng)",
        "The assignment the client hands the agency at the start of a job. It is often short or vague, which is why account asks questions before anyone starts work.",
        "Đề bài client giao cho agency khi bắt đầu một việc. Nó thường ngắn hoặc chưa rõ, vì vậy account phải hỏi cho kỹ trước khi cả team bắt tay vào làm.",
        ["brief", "giai-brief"], ["client brief", "client briefs"], ["client brief"]),
    term!("giai-brief", "Decoding the brief (giải brief)", "Giải brief",
        "Reading the client brief closely to find the real business problem and the objective behind the request, then proposing a budget that fits.",
        "Đọc kỹ client brief để tìm ra vấn đề kinh doanh thật và mục tiêu nằm sau yêu cầu, rồi đề xuất mức ngân sách phù hợp.",
        ["client-brief", "creative-brief", "insight"], ["giải brief", "decode the brief", "decodes the brief"], ["giải brief", "giải mã brief"],
        example: "The client asks for \"a viral video\"; decoding shows the real goal is getting young buyers to try the product once.",
        "Client yêu cầu \"một video viral\"; giải brief ra thì mục tiêu thật là khiến người mua trẻ dùng thử sản phẩm một lần."),
    term!("creative-brief", "Creative brief", "Creative brief (brief sáng tạo)",
        "A one-page instruction to the creative team written from the decoded client brief: problem, audience, insight, one message and the mandatories. The planner writes it, or account where there is no planner.",
        "Bản chỉ dẫn một trang cho team Creative, viết ra từ client brief đã giải: vấn đề, đối tượng, insight, một thông điệp và các yêu cầu bắt buộc. Planner viết, hoặc account viết khi agency không có planner.",
        ["brief", "giai-brief", "mandatories", "planner"], ["creative brief", "creative briefs"], ["creative brief"]),
    term!("proposal", "Proposal", "Proposal (bản đề xuất)",
        "The document the agency sends or presents to the client with its ideas, plan, timeline and price: the answer to the brief.",
        "Tài liệu agency gửi hoặc trình bày cho client, gồm ý tưởng, kế hoạch, tiến độ và chi phí: câu trả lời cho đề bài.",
        ["pitching", "internal-review", "quotation"], ["proposal", "proposals"], ["proposal"]),
    term!("pitching", "Pitch (pitching)", "Pitching (thuyết trình giành dự án)",
        "Presenting ideas to a client to win a project or to get a proposal accepted; several agencies may pitch for the same job.",
        "Trình bày ý tưởng trước client để giành dự án hoặc để proposal được chấp nhận; nhiều agency có thể cùng pitching cho một việc.",
        ["proposal", "revision-round"], ["pitching", "pitch", "pitches"], ["pitching", "pitch"]),
    term!("kv", "Key visual (KV)", "KV (hình ảnh chủ đạo)",
        "The main image of a campaign that every other material is adapted from, so posters, banners and posts all look like one idea.",
        "Hình ảnh chính của chiến dịch, mọi ấn phẩm khác đều được chuyển thể từ đó, để poster, banner hay bài đăng đều nhìn ra cùng một ý tưởng.",
        ["posm", "creative-team"], ["key visual", "kv"], ["kv", "key visual"]),
    term!("tvc", "TVC (TV commercial)", "TVC (phim quảng cáo truyền hình)",
        "A filmed advertisement made for television, today often also shown online. Making one involves pre-production, a shoot and post-production.",
        "Phim quảng cáo làm cho truyền hình, ngày nay thường chiếu cả trên mạng. Làm một TVC gồm tiền sản xuất, ngày quay và hậu kỳ.",
        ["cut-down", "pre-production", "post-production", "storyboard"], ["tvc", "tvcs"], ["tvc"]),
    term!("cut-down", "Cut-down", "Cut-down (bản rút gọn)",
        "A shorter version edited from a longer film, for example a 15- or 6-second edit of a 30-second TVC for social media or cheaper airtime.",
        "Phiên bản ngắn dựng lại từ một phim dài hơn, chẳng hạn bản 15 hay 6 giây từ TVC 30 giây để chạy mạng xã hội hoặc tiết kiệm chi phí phát sóng.",
        ["tvc", "post-production"], ["cut-down", "cut-downs"], ["cut-down", "bản cut-down"]),
    term!("traffic", "Traffic", "Traffic (điều phối lịch làm việc)",
        "The person or team in an agency who schedules jobs through the creative and production teams and watches their deadlines.",
        "Người hoặc bộ phận trong agency xếp lịch cho các đầu việc đi qua team Creative và Production, đồng thời canh deadline của chúng.",
        ["deadline", "wip-report"], ["traffic"], ["traffic"]),
    term!("mandatories", "Mandatories", "Mandatories (yêu cầu bắt buộc)",
        "What every piece of work must include or respect: the logo, a legal line, brand colours, a price, a claim the client may or may not make.",
        "Những thứ mọi sản phẩm phải có hoặc phải tuân theo: logo, dòng chữ pháp lý, màu thương hiệu, giá bán, những tuyên bố client được phép hay không được phép nói.",
        ["creative-brief"], ["mandatories"], ["mandatories", "yêu cầu bắt buộc"]),
    term!("kol-koc", "KOL / KOC", "KOL / KOC",
        "Key opinion leaders (well-known people whose word carries weight) and key opinion consumers (ordinary users whose reviews others trust), hired to talk about a brand.",
        "KOL là người có tiếng, lời nói có sức ảnh hưởng; KOC là người dùng bình thường nhưng review của họ được tin. Nhãn hàng thuê họ để nói về thương hiệu.",
        ["pre-production", "outsourcer"], ["kol", "kols", "koc", "kocs"], ["kol", "koc"]),
    term!("posm", "POSM (point-of-sale materials)", "POSM (vật phẩm tại điểm bán)",
        "Printed or built items placed where the product is sold: standees, shelf strips, wobblers, display stands.",
        "Vật phẩm in ấn hoặc dựng tại nơi bán sản phẩm: standee, dải kệ, wobbler, kệ trưng bày.",
        ["kv", "activation"], ["posm"], ["posm"]),
    term!("retainer", "Retainer", "Retainer (hợp đồng phí cố định)",
        "A contract in which the client pays the agency a fixed fee every month for an agreed amount of ongoing work, instead of paying job by job.",
        "Hợp đồng trong đó client trả agency một khoản phí cố định mỗi tháng cho một khối lượng việc thường xuyên đã thỏa thuận, thay vì trả theo từng việc.",
        ["agency-fee", "scope-of-work", "project-based"], ["retainer", "retainers"], ["retainer"]),
    term!("project-based", "Project-based job", "Hợp đồng theo dự án",
        "Work agreed and paid one project at a time, with its own scope, price and end; the opposite of a retainer.",
        "Công việc thỏa thuận và thanh toán theo từng dự án, mỗi dự án có phạm vi, giá và điểm kết thúc riêng; ngược với retainer.",
        ["retainer", "contract-liquidation"], ["project-based"], ["theo dự án"]),
    term!("po", "Purchase order (PO)", "PO (đơn đặt hàng)",
        "The client's formal order confirming what it buys and for how much. Many clients pay only against a PO, so account makes sure one exists before work starts.",
        "Văn bản đặt hàng chính thức của client, xác nhận mua gì và giá bao nhiêu. Nhiều client chỉ thanh toán khi có PO, nên account phải chắc đã có PO trước khi bắt đầu làm.",
        ["quotation", "receivables"], ["purchase order", "po"], ["po", "đơn đặt hàng"]),
    term!("quotation", "Quotation (estimate)", "Báo giá",
        "The itemised price the agency offers for a job before it is approved: fees, production, media and other costs line by line.",
        "Bảng giá chi tiết agency đưa ra cho một việc trước khi được duyệt: phí, sản xuất, media và các chi phí khác theo từng dòng.",
        ["po", "agency-fee", "proposal"], ["quotation", "quotations", "estimate", "estimates"], ["báo giá"]),
    term!("receivables", "Receivables (công nợ)", "Công nợ",
        "Money the client owes the agency for work already delivered. Following it up until it is paid is part of the account's job.",
        "Khoản tiền client còn nợ agency cho phần việc đã giao. Theo dõi và nhắc cho đến khi thu đủ là một phần việc của account.",
        ["contract-liquidation", "po"], ["receivables"], ["công nợ"]),
    term!("contract-liquidation", "Contract liquidation (thanh lý hợp đồng)", "Thanh lý hợp đồng",
        "The signed document closing a contract: both sides confirm what was delivered and what remains to pay, so the final invoice can be settled.",
        "Văn bản hai bên ký để khép lại hợp đồng: xác nhận những gì đã giao và số tiền còn phải trả, để thanh toán đợt cuối.",
        ["receivables", "wrap-up"], ["contract liquidation", "liquidate the contract", "liquidates the contract"], ["thanh lý hợp đồng"]),
    term!("wip-report", "WIP report (work in progress)", "WIP report (báo cáo tiến độ công việc)",
        "A list of every open job with its status, owner, next step and date, reviewed regularly with the team and the client.",
        "Danh sách mọi đầu việc đang làm kèm tình trạng, người phụ trách, bước tiếp theo và mốc thời gian, được rà định kỳ với team và client.",
        ["contact-report", "traffic", "deadline"], ["wip report", "wip reports", "wip"], ["wip report", "wip"]),
    term!("contact-report", "Contact report", "Contact report (biên bản cuộc họp)",
        "Short minutes sent after a meeting or call that record who took part, what was agreed and the next steps with dates.",
        "Biên bản ngắn gửi sau một buổi họp hay cuộc gọi, ghi ai tham dự, đã thống nhất điều gì và các bước tiếp theo kèm thời hạn.",
        ["wip-report", "brief"], ["contact report", "contact reports"], ["contact report", "biên bản cuộc họp"],
        example: "\"Agreed: the client approves KV option B with the blue background; the agency sends three banner sizes on Friday.\"",
        "\"Thống nhất: client duyệt KV phương án B nền xanh; agency gửi banner ba kích thước vào thứ Sáu.\""),
    term!("competitor-review", "Competitor review", "Competitor review (phân tích đối thủ)",
        "A study of what the client and its competitors have said and done in their campaigns, usually over the last year, ending with the account's own view.",
        "Bản nghiên cứu những gì client và các đối thủ đã nói và làm trong chiến dịch của họ, thường trong khoảng một năm qua, kết thúc bằng nhận định riêng của account.",
        ["giai-brief", "planner"], ["competitor review", "competitor reviews"], ["competitor review"]),
    term!("nps", "Net Promoter Score (NPS)", "NPS (chỉ số sẵn lòng giới thiệu)",
        "A survey score of how likely the client is to recommend the agency to others; for an account person it reflects advice and care.",
        "Điểm khảo sát cho biết client sẵn lòng giới thiệu agency cho người khác đến đâu; với người làm account, nó phản ánh chất lượng tư vấn và chăm sóc.",
        ["kpi", "retention"], ["nps", "net promoter score"], ["nps"]),
    term!("kpi", "KPI (key performance indicator)", "KPI (chỉ số hiệu quả chính)",
        "A number agreed in advance to judge whether a campaign or a person is doing well, such as reach, sales or response time.",
        "Con số thống nhất từ trước để đánh giá một chiến dịch hay một người có làm tốt không, như độ phủ, doanh số hay thời gian phản hồi.",
        ["nps", "wrap-up"], ["kpi", "kpis"], ["kpi"]),
    term!("upsell", "Upsell", "Upsell (bán thêm)",
        "Selling an existing client more of what it already buys, or a bigger version of it.",
        "Bán cho client hiện có nhiều hơn thứ họ đang mua, hoặc một gói lớn hơn.",
        ["cross-sell", "retention"], ["upsell", "upselling", "upsells"], ["upsell"]),
    term!("cross-sell", "Cross-sell", "Cross-sell (bán chéo)",
        "Selling an existing client a different service of the agency, for example social media to a client that only bought TVCs.",
        "Bán cho client hiện có một dịch vụ khác của agency, ví dụ làm mạng xã hội cho client trước giờ chỉ đặt TVC.",
        ["upsell", "retention"], ["cross-sell", "cross-selling", "cross-sells"], ["cross-sell"]),
    term!("retention", "Client retention", "Giữ chân khách hàng (retention)",
        "Keeping clients working with the agency year after year; the share who stay is one of account's main measures.",
        "Giữ cho client tiếp tục làm việc với agency năm này qua năm khác; tỷ lệ client ở lại là một thước đo chính của account.",
        ["nps", "upsell", "cross-sell"], ["retention"], ["giữ chân"]),
    term!("insight", "Consumer insight", "Insight (sự thật ngầm hiểu)",
        "A true, often unspoken, reason behind how people feel or buy, which an idea can build on.",
        "Một lý do có thật, thường không được nói ra, đằng sau cách người ta cảm nhận hay mua hàng, để ý tưởng dựa vào đó mà phát triển.",
        ["planner", "creative-brief"], ["insight", "insights"], ["insight"]),
    term!("planner", "Planner (strategic planner)", "Planner (người hoạch định chiến lược)",
        "The agency's researcher and strategist, who speaks for the consumer and writes the creative brief.",
        "Người nghiên cứu và hoạch định chiến lược của agency, đứng về phía người tiêu dùng và viết creative brief.",
        ["insight", "creative-brief"], ["planner", "planners"], ["planner"]),
    term!("creative-team", "Creative team", "Team Creative (bộ phận sáng tạo)",
        "The copywriters, art directors and designers who turn the brief into ideas and finished work, led by a creative director.",
        "Copywriter, art director và designer, những người biến brief thành ý tưởng và sản phẩm hoàn chỉnh, dưới sự dẫn dắt của creative director.",
        ["creative-brief", "brainstorm", "kv"], ["creative team", "creatives"], ["team creative"]),
    term!("brainstorm", "Brainstorm", "Brainstorm (họp động não)",
        "A session where the team puts forward as many ideas as it can for one problem, judging them only afterwards.",
        "Buổi họp cả team đưa ra càng nhiều ý tưởng càng tốt cho một vấn đề, để việc chấm chọn về sau.",
        ["internal-review", "creative-team"], ["brainstorm", "brainstorming"], ["brainstorm"]),
    term!("internal-review", "Internal review", "Internal review (duyệt nội bộ)",
        "The agency's own check of ideas or work before the client sees them; for ideas, it keeps the best few for the proposal.",
        "Bước agency tự soát ý tưởng hay sản phẩm trước khi đưa client xem; với ý tưởng, bước này giữ lại vài phương án tốt nhất cho proposal.",
        ["brainstorm", "proposal"], ["internal review"], ["internal review", "duyệt nội bộ"]),
    term!("revision-round", "Revision round", "Vòng chỉnh sửa (revision)",
        "One cycle of client feedback and agency changes. Contracts should say how many rounds the price includes.",
        "Một lượt client góp ý và agency sửa. Hợp đồng nên ghi rõ giá đã gồm bao nhiêu vòng.",
        ["scope-of-work", "pitching"], ["revision", "revisions", "rounds of revision"], ["vòng chỉnh sửa", "chỉnh sửa"]),
    term!("scope-of-work", "Scope of work", "Phạm vi công việc (scope of work)",
        "The exact list of what the agency will deliver for the agreed price. Work outside it is a new request with its own cost.",
        "Danh sách chính xác những gì agency sẽ giao với mức giá đã thỏa thuận. Việc nằm ngoài danh sách là yêu cầu mới, có chi phí riêng.",
        ["revision-round", "retainer", "quotation"], ["scope of work", "scope"], ["phạm vi công việc", "phạm vi"]),
    term!("deadline", "Deadline", "Deadline (hạn chót)",
        "The date and time a piece of work is due. Agencies work back from it to set each team's dates.",
        "Ngày giờ một việc phải hoàn thành. Agency tính ngược từ mốc đó để đặt lịch cho từng team.",
        ["traffic", "wip-report"], ["deadline", "deadlines"], ["deadline"]),
    term!("pre-production", "Pre-production", "Tiền sản xuất (pre-production)",
        "Everything prepared before a shoot or launch: cast, locations, props, KOLs, schedules and a backup plan, usually signed off at a pre-production meeting (PPM).",
        "Mọi khâu chuẩn bị trước ngày quay hay ngày ra mắt: diễn viên, bối cảnh, đạo cụ, KOL, lịch trình và phương án dự phòng, thường được chốt trong buổi họp tiền sản xuất (PPM).",
        ["ppm", "tvc", "post-production"], ["pre-production"], ["tiền sản xuất", "pre-production"]),
    term!("ppm", "PPM (pre-production meeting)", "PPM (họp tiền sản xuất)",
        "The meeting where the client, the agency and the production house agree every detail of a shoot before the cameras roll.",
        "Buổi họp client, agency và nhà sản xuất chốt mọi chi tiết của buổi quay trước khi bấm máy.",
        ["pre-production", "production-house"], ["ppm"], ["ppm"]),
    term!("production-house", "Production house", "Production house (nhà sản xuất phim)",
        "The outside company that films and edits commercials for the agency: director, crew, equipment and post-production.",
        "Công ty bên ngoài quay và dựng phim quảng cáo cho agency: đạo diễn, ê-kíp, thiết bị và hậu kỳ.",
        ["tvc", "ppm", "outsourcer"], ["production house", "production houses"], ["production house", "nhà sản xuất phim"]),
    term!("post-production", "Post-production", "Hậu kỳ (post-production)",
        "The work after a shoot: editing, colour, sound, graphics and the different versions, checked against what the client approved.",
        "Phần việc sau ngày quay: dựng phim, chỉnh màu, âm thanh, đồ họa và các phiên bản, được đối chiếu với những gì client đã duyệt.",
        ["tvc", "cut-down", "pre-production"], ["post-production"], ["hậu kỳ", "post-production"]),
    term!("storyboard", "Storyboard", "Storyboard (kịch bản phân cảnh)",
        "A film told as a row of drawn frames with notes, so the client can approve the story before anything is shot.",
        "Bộ phim được kể qua chuỗi khung hình vẽ tay kèm ghi chú, để client duyệt câu chuyện trước khi quay.",
        ["tvc", "pre-production"], ["storyboard", "storyboards"], ["storyboard"]),
    term!("outsourcer", "Outsourcer (supplier)", "Đơn vị outsource (nhà cung cấp)",
        "An outside company the agency hires for part of the work, such as printing, events, filming or KOL booking.",
        "Công ty bên ngoài agency thuê làm một phần việc, như in ấn, tổ chức sự kiện, quay phim hay đặt KOL.",
        ["production-house", "kol-koc"], ["outsourcer", "outsourcers", "supplier", "suppliers"], ["outsource", "nhà cung cấp"]),
    term!("agency-fee", "Agency fee", "Phí agency (agency fee)",
        "What the agency charges for its people's time and thinking, separate from the money passed on for media or production.",
        "Khoản agency tính cho thời gian và chất xám của đội ngũ, tách riêng với tiền chi hộ cho media hay sản xuất.",
        ["margin", "retainer", "quotation"], ["agency fee", "agency fees"], ["phí agency", "agency fee"]),
    term!("margin", "Agency margin", "Lợi nhuận của agency (margin)",
        "What the agency keeps after paying every cost of a job. Account protects it by controlling spending and scope.",
        "Phần agency giữ lại sau khi trả hết chi phí của một việc. Account giữ phần này bằng cách kiểm soát chi tiêu và phạm vi công việc.",
        ["agency-fee", "scope-of-work", "media-plan"], ["margin", "margins"], ["lợi nhuận", "margin"]),
    term!("media-plan", "Media plan", "Media plan (kế hoạch truyền thông)",
        "Where and when the campaign's messages will appear and how the media budget is split between channels.",
        "Kế hoạch cho biết thông điệp của chiến dịch xuất hiện ở đâu, khi nào và ngân sách media được chia cho các kênh ra sao.",
        ["media-buying", "margin", "kpi"], ["media plan", "media plans"], ["media plan", "kế hoạch truyền thông"]),
    term!("media-buying", "Media buying", "Media buying (mua media)",
        "Booking and paying for space and time on channels (TV, online, outdoor) at the best price the agency can negotiate.",
        "Đặt và trả tiền cho vị trí, thời lượng trên các kênh (truyền hình, online, ngoài trời) với giá tốt nhất agency đàm phán được.",
        ["media-plan"], ["media buying"], ["mua media", "media buying"]),
    term!("activation", "Activation", "Activation (kích hoạt thương hiệu)",
        "A campaign activity that gets people to experience the brand directly, such as sampling, a roadshow or an in-store event.",
        "Hoạt động đưa người tiêu dùng trải nghiệm thương hiệu trực tiếp, như phát mẫu thử, roadshow hay sự kiện tại cửa hàng.",
        ["posm", "kol-koc"], ["activation", "activations"], ["activation"]),
    term!("wrap-up", "Wrap-up report", "Báo cáo tổng kết (wrap-up)",
        "The closing report of a campaign: results against the agreed KPIs, what was learnt and what to do next.",
        "Báo cáo khép lại chiến dịch: kết quả so với KPI đã thống nhất, bài học rút ra và việc nên làm tiếp.",
        ["kpi", "contract-liquidation"], ["wrap-up", "final campaign report"], ["báo cáo tổng kết", "tổng kết"]),
    term!("key-account", "Key account", "Khách hàng trọng yếu (key account)",
        "A client large or promising enough to get its own team, terms and plan, usually looked after by a Key Account Manager.",
        "Client đủ lớn hoặc đủ tiềm năng để có team, điều khoản và kế hoạch riêng, thường do Key Account Manager phụ trách.",
        ["retention", "upsell"], ["key account", "key accounts", "key clients"], ["khách hàng trọng yếu"]),
    term!("lead", "Lead", "Lead (khách hàng tiềm năng)",
        "A possible client who has shown interest but has not bought yet; sales turns leads into deals before account takes over.",
        "Khách hàng có thể mua, đã tỏ ra quan tâm nhưng chưa mua; sales biến lead thành hợp đồng trước khi account tiếp quản.",
        ["handover"], ["leads"], ["lead"]),
    term!("handover", "Handover", "Bàn giao (handover)",
        "The moment sales passes a newly won client to account, with everything promised so far, so the client does not start again from zero.",
        "Lúc sales chuyển client vừa ký cho account, kèm mọi điều đã hứa, để client không phải bắt đầu lại từ đầu.",
        ["lead"], ["handover", "hands them to account"], ["bàn giao"]),
];
