//! The weekly WIP report as a document.
use chrono::NaiveDate;

use crate::docs::Doc;
use crate::model::reports::dates::{format_date, week_end, week_start, DueClass};
use crate::model::reports::wip::{due_flag, wip_counts, wip_order};
use crate::model::reports::{JobStatus, WipJob};
use crate::model::text::{tx, Lang};

/// The weekly WIP report: a summary, then one section per status (in
/// [`JobStatus::ALL`] order, empty statuses left out), each job table in WIP
/// order so overdue jobs come first.
pub fn wip_doc(jobs: &[WipJob], today: NaiveDate, lang: Lang) -> Doc {
    let t = |en, vi| tx(en, vi).get(lang);
    let monday = week_start(today);
    let title = format!(
        "{} — {} {}",
        t("WIP report", "WIP report"),
        t("week of", "tuần từ"),
        format_date(monday, lang)
    );
    let mut doc = Doc::new(title.clone());
    doc.heading(1, title);
    doc.field(t("Date", "Ngày"), format_date(today, lang));
    doc.field(
        t("Week", "Tuần"),
        format!(
            "{} – {}",
            format_date(monday, lang),
            format_date(week_end(today), lang)
        ),
    );
    let c = wip_counts(jobs, today);
    doc.bullets([
        format!("{}: {}", t("Open jobs", "Việc đang mở"), c.open),
        format!("{}: {}", DueClass::Overdue.label(lang), c.overdue),
        format!("{}: {}", DueClass::DueToday.label(lang), c.due_today),
        format!("{}: {}", DueClass::DueThisWeek.label(lang), c.due_this_week),
        format!("{}: {}", DueClass::NoDate.label(lang), c.no_date),
    ]);
    if jobs.is_empty() {
        doc.para(t("No jobs.", "Chưa có công việc nào."));
        return doc;
    }
    for status in JobStatus::ALL {
        let mut group: Vec<&WipJob> = jobs.iter().filter(|j| j.status == status).collect();
        if group.is_empty() {
            continue;
        }
        crate::sort::by(&mut group, |a, b| wip_order(a, b, today));
        doc.heading(2, format!("{} ({})", status.label(lang), group.len()));
        let rows = group
            .iter()
            .map(|j| {
                let dash = |s: &str| {
                    if s.trim().is_empty() {
                        "—".to_string()
                    } else {
                        s.to_string()
                    }
                };
                vec![
                    dash(&j.title),
                    dash(&j.project),
                    dash(&j.next_step),
                    dash(&j.owner),
                    j.due
                        .map(|d| format_date(d, lang))
                        .unwrap_or_else(|| "—".into()),
                    due_flag(j, today, lang),
                ]
            })
            .collect();
        doc.table(
            vec![
                t("Job", "Công việc").into(),
                t("Project", "Dự án").into(),
                t("Next step", "Bước tiếp theo").into(),
                t("Owner", "Người phụ trách").into(),
                t("Due", "Deadline").into(),
                t("Flag", "Lưu ý").into(),
            ],
            rows,
            vec![],
        );
    }
    doc
}
