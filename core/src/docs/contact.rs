//! The contact report as a document (print, docx, Markdown).
use crate::docs::Doc;
use crate::model::reports::dates::{format_date, format_time};
use crate::model::reports::{ContactReport, Side};
use crate::model::text::{tx, Lang};

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s.to_string()
    }
}

/// The contact report as a document (print, docx, Markdown).
pub fn contact_report_doc(report: &ContactReport, lang: Lang) -> Doc {
    contact_report_doc_for(report, None, lang)
}

/// [`contact_report_doc`] with the client's name shown at the top.
pub fn contact_report_doc_for(
    report: &ContactReport,
    client_name: Option<&str>,
    lang: Lang,
) -> Doc {
    let t = |en, vi| tx(en, vi).get(lang);
    let kind = t("Contact report", "Contact report (biên bản họp)");
    let title = if report.subject.trim().is_empty() {
        kind.to_string()
    } else {
        format!("{kind}: {}", report.subject.trim())
    };
    let mut doc = Doc::new(title.clone());
    doc.heading(1, title);
    if let Some(name) = client_name.filter(|n| !n.trim().is_empty()) {
        doc.field(t("Client", "Client"), name);
    }
    doc.field(
        t("Date", "Ngày"),
        report
            .date
            .map(|d| format_date(d, lang))
            .unwrap_or_else(|| "—".into()),
    );
    doc.field(
        t("Time", "Giờ"),
        report.time.map(format_time).unwrap_or_else(|| "—".into()),
    );
    doc.field(t("Place", "Địa điểm"), or_dash(&report.place));
    if !report.prepared_by.trim().is_empty() {
        doc.field(t("Prepared by", "Người lập"), report.prepared_by.clone());
    }

    doc.heading(2, t("Attendees", "Thành phần tham dự"));
    let mut rows = Vec::new();
    for side in [Side::Client, Side::Agency] {
        for a in report.attendees(side) {
            rows.push(vec![
                side.label(lang).to_string(),
                or_dash(&a.name),
                or_dash(&a.role),
            ]);
        }
    }
    if rows.is_empty() {
        doc.para(t("No attendees recorded.", "Chưa ghi người tham dự."));
    } else {
        doc.table(
            vec![
                t("Side", "Phía").into(),
                t("Name", "Họ tên").into(),
                t("Role", "Vai trò").into(),
            ],
            rows,
            vec![],
        );
    }

    doc.heading(2, t("Agenda", "Chương trình họp"));
    let agenda: Vec<String> = report
        .agenda
        .iter()
        .filter(|a| !a.trim().is_empty())
        .cloned()
        .collect();
    if agenda.is_empty() {
        doc.para("—");
    } else {
        doc.numbered(agenda);
    }

    doc.heading(2, t("Discussion", "Thảo luận"));
    let paras: Vec<&str> = report
        .discussion
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if paras.is_empty() {
        doc.para("—");
    }
    for p in paras {
        doc.para(p);
    }

    doc.heading(2, t("Agreements", "Các điểm đã thống nhất"));
    if report.agreements.is_empty() {
        doc.para(t(
            "No agreements recorded.",
            "Chưa ghi điểm thống nhất nào.",
        ));
    } else {
        let rows = report
            .agreements
            .iter()
            .enumerate()
            .map(|(i, a)| {
                vec![
                    (i + 1).to_string(),
                    or_dash(&a.topic),
                    or_dash(&a.wording),
                    or_dash(&a.accepted_by),
                ]
            })
            .collect();
        doc.table(
            vec![
                "#".into(),
                t("Topic", "Chủ đề").into(),
                t("Exactly what was accepted", "Nội dung được chấp thuận").into(),
                t("Accepted by", "Người chấp thuận").into(),
            ],
            rows,
            vec![true],
        );
    }

    doc.heading(2, t("Next steps", "Bước tiếp theo"));
    if report.next_steps.is_empty() {
        doc.para(t("No next steps recorded.", "Chưa ghi bước tiếp theo."));
    } else {
        let rows = report
            .next_steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    (i + 1).to_string(),
                    or_dash(&s.action),
                    or_dash(&s.owner),
                    s.due
                        .map(|d| format_date(d, lang))
                        .unwrap_or_else(|| "—".into()),
                ]
            })
            .collect();
        doc.table(
            vec![
                "#".into(),
                t("Action", "Việc cần làm").into(),
                t("Owner", "Người phụ trách").into(),
                t("Due", "Deadline").into(),
            ],
            rows,
            vec![true],
        );
    }
    doc
}
