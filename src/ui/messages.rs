//! Storage and import errors in the user's language.
use leptos_i18n::I18nContext;

use crate::i18n::*;
use crate::storage::backup::BackupError;
use crate::storage::StorageError;
use suitcase_core::formats::backup::{record_position, FieldProblem, ImportError, RecordProblem};
use suitcase_core::formats::strict::{Expected, FileError, Problem, Step};

/// A byte count for people: "1.2 MB".
pub fn human_bytes(n: f64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = n.max(0.0);
    let mut i = 0;
    while v >= 1000.0 && i < UNITS.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    if i == 0 {
        format!("{v:.0} {}", UNITS[i])
    } else {
        format!("{v:.1} {}", UNITS[i])
    }
}

/// The message for a storage error.
pub fn storage_error(i18n: I18nContext<Locale>, e: &StorageError) -> String {
    match e {
        StorageError::Quota => t_string!(i18n, errors.quota).to_string(),
        StorageError::WriteAborted => t_string!(i18n, errors.write_aborted).to_string(),
        StorageError::Unavailable(_) => t_string!(i18n, errors.unavailable).to_string(),
        StorageError::Conflict { .. } => t_string!(i18n, errors.conflict).to_string(),
        StorageError::NotFound => t_string!(i18n, errors.not_found).to_string(),
        StorageError::Deleted => t_string!(i18n, errors.deleted).to_string(),
        StorageError::Closed | StorageError::TooNew => t_string!(i18n, errors.closed).to_string(),
        StorageError::Corrupt { .. } => t_string!(i18n, errors.corrupt).to_string(),
        StorageError::Other(d) => {
            td_string!(i18n.get_locale(), errors.other, detail = d).to_string()
        }
    }
}

/// What a record's own check found, in the user's words ("Client: missing").
pub fn record_problem(locale: Locale, p: &RecordProblem) -> String {
    use crate::ui::check::issue_text;
    match p {
        RecordProblem::Contact(i) => issue_text(locale, i),
        RecordProblem::Wip(i) => issue_text(locale, i),
        RecordProblem::Competitor(i) => issue_text(locale, i),
        RecordProblem::Plan(i) => issue_text(locale, i),
        RecordProblem::Kpi(e) => crate::ui::words::kpi_error(locale, *e),
        RecordProblem::Proposal(i) => issue_text(locale, i),
    }
}

/// What a field should have held, in words ("text", "a whole number").
fn expected_words(l: Locale, e: Expected) -> &'static str {
    match e {
        Expected::Text => td_string!(l, errors.x_text),
        Expected::WholeNumber => td_string!(l, errors.x_whole),
        Expected::Count => td_string!(l, errors.x_count),
        Expected::Number => td_string!(l, errors.x_number),
        Expected::TrueFalse => td_string!(l, errors.x_true_false),
        Expected::List => td_string!(l, errors.x_list),
        Expected::Group => td_string!(l, errors.x_group),
        Expected::Date => td_string!(l, errors.x_date),
        Expected::Choice => td_string!(l, errors.x_choice),
        Expected::Other => td_string!(l, errors.x_other),
    }
}

/// A path into a file in words: `'ideas' › item 2 › 'title'`.
pub fn path_words(l: Locale, path: &[Step]) -> String {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => format!("'{k}'"),
            Step::Index(i) => td_string!(l, errors.f_item, n = i + 1).to_string(),
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

/// What is wrong with a file, where, as one sentence without its full stop
/// ("The field 'ideas' › item 2 › 'title' should be text"). Used by the
/// proposal, plan and backup imports alike.
pub fn file_error_text(l: Locale, e: &FileError) -> String {
    let predicate = match &e.problem {
        Problem::CutShort => return td_string!(l, errors.f_cut_short).to_string(),
        Problem::NotJson { line, column } => {
            return td_string!(l, errors.f_not_json, line = *line, column = *column).to_string()
        }
        Problem::TooDeep => return td_string!(l, errors.f_too_deep).to_string(),
        Problem::WrongType(x) => {
            td_string!(l, errors.f_should_be, expected = expected_words(l, *x)).to_string()
        }
        Problem::Missing => td_string!(l, errors.f_missing).to_string(),
        Problem::UnknownField => td_string!(l, errors.f_unknown_field).to_string(),
        Problem::UnknownChoice(v) => td_string!(l, errors.f_unknown_choice, value = v).to_string(),
        Problem::BadValue => td_string!(l, errors.f_bad_value).to_string(),
        Problem::HostileKey => td_string!(l, errors.f_hostile_key).to_string(),
        Problem::UnsafeNumber => td_string!(l, errors.f_unsafe_number).to_string(),
    };
    let subject = if e.path.is_empty() {
        td_string!(l, errors.f_the_file).to_string()
    } else {
        td_string!(l, errors.f_the_field, path = path_words(l, &e.path)).to_string()
    };
    format!("{subject} {predicate}")
}

/// The words for a record kind ("a client").
fn kind_words(l: Locale, kind: &str) -> &'static str {
    match kind {
        "client" => td_string!(l, errors.k_client),
        "profile" => td_string!(l, errors.k_profile),
        "budget_plan" => td_string!(l, errors.k_budget_plan),
        "proposal" => td_string!(l, errors.k_proposal),
        "contact_report" => td_string!(l, errors.k_contact_report),
        "wip_job" => td_string!(l, errors.k_wip_job),
        "competitor_review" => td_string!(l, errors.k_competitor_review),
        "kpi_entry" => td_string!(l, errors.k_kpi_entry),
        "career_progress" => td_string!(l, errors.k_career_progress),
        _ => td_string!(l, errors.k_other),
    }
}

/// The kind a backup store holds, for naming one of its records.
fn store_kind(store: &str) -> &'static str {
    match store {
        "clients" => "client",
        "profile" => "profile",
        "budget_plans" => "budget_plan",
        "proposals" => "proposal",
        "career" => "career_progress",
        _ => "",
    }
}

/// A refused backup, in the user's words: what is wrong and where (the
/// record's number and kind, the field's path).
pub fn import_error_text(l: Locale, f: &ImportError) -> String {
    let whole =
        |problem: String| td_string!(l, errors.backup_refused, problem = problem).to_string();
    let record = |path: &str, kind: Option<&str>, problem: String| match record_position(path) {
        Some((store, i)) => td_string!(
            l,
            errors.backup_record,
            n = i + 1,
            kind = kind_words(l, kind.unwrap_or_else(|| store_kind(store))),
            problem = problem
        )
        .to_string(),
        None => whole(sentence(&problem)),
    };
    match f {
        ImportError::TooLarge { size, limit } => td_string!(
            l,
            errors.file_too_large,
            size = human_bytes(*size as f64),
            limit = human_bytes(*limit as f64)
        )
        .to_string(),
        ImportError::File(e) => match e.path.as_slice() {
            // Inside one record: name the record, then the field in it.
            [Step::Key(top), Step::Key(store), Step::Index(i), Step::Key(rec), rest @ ..]
                if top == "stores" && rec == "record" && !rest.is_empty() =>
            {
                let inner = strip_data(&FileError::new(rest.to_vec(), e.problem.clone()));
                record(
                    &format!("stores.{store}[{i}]"),
                    None,
                    lower_first(&file_error_text(l, &inner)),
                )
            }
            _ => whole(file_error_text(l, e)),
        },
        ImportError::WrongFormat(found) => {
            td_string!(l, errors.wrong_format, found = found).to_string()
        }
        ImportError::NewerVersion(v) => td_string!(l, errors.newer_version, found = v).to_string(),
        ImportError::BadField { path, what } => match what {
            FieldProblem::BadVersion => whole(td_string!(l, errors.b_bad_version).to_string()),
            FieldProblem::UnknownStore => {
                let name = path.strip_prefix("stores.").unwrap_or(path);
                whole(td_string!(l, errors.b_unknown_store, name = name).to_string())
            }
            FieldProblem::WrongKind(k) => record(
                path,
                None,
                td_string!(l, errors.b_wrong_kind, kind = k).to_string(),
            ),
            FieldProblem::BadId => record(path, None, td_string!(l, errors.b_bad_id).to_string()),
            FieldProblem::DuplicateId(id) => record(
                path,
                None,
                td_string!(l, errors.b_duplicate_id, id = id).to_string(),
            ),
            FieldProblem::RevZero => {
                record(path, None, td_string!(l, errors.b_rev_zero).to_string())
            }
            FieldProblem::TooLarge => {
                record(path, None, td_string!(l, errors.b_too_large).to_string())
            }
            FieldProblem::NotAGroup => {
                record(path, None, td_string!(l, errors.b_not_group).to_string())
            }
            FieldProblem::Field(e) => {
                record(path, None, lower_first(&file_error_text(l, &strip_data(e))))
            }
            FieldProblem::Rules(_) => record(path, None, td_string!(l, errors.b_rules).to_string()),
        },
        ImportError::BadRecord { path, problem } => {
            let kind = match problem {
                RecordProblem::Contact(_) => Some("contact_report"),
                RecordProblem::Wip(_) => Some("wip_job"),
                RecordProblem::Competitor(_) => Some("competitor_review"),
                RecordProblem::Plan(_) => Some("budget_plan"),
                RecordProblem::Kpi(_) => Some("kpi_entry"),
                RecordProblem::Proposal(_) => Some("proposal"),
            };
            record(
                path,
                kind,
                record_problem(l, problem).trim_end_matches('.').to_string(),
            )
        }
    }
}

/// A record's field path without the envelope's `data` (the fields people
/// know are the record's own).
fn strip_data(e: &FileError) -> FileError {
    let mut e = e.clone();
    if e.path.first() == Some(&Step::Key("data".into())) && e.path.len() > 1 {
        e.path.remove(0);
    }
    e
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn sentence(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The message for a backup import that did not happen.
pub fn backup_error(i18n: I18nContext<Locale>, e: &BackupError) -> String {
    match e {
        BackupError::Storage(s) => storage_error(i18n, s),
        BackupError::File(f) => import_error_text(i18n.get_locale(), f),
    }
}

#[cfg(test)]
mod record_problem_tests {
    use super::*;
    use suitcase_core::check::{Cause, Issue};
    use suitcase_core::model::kpi::{KpiError, KpiField};
    use suitcase_core::model::reports::{CompetitorField, ContactField, WipField};

    /// A backup's refused report reads as the toolkit's own check does.
    #[test]
    fn refused_records_read_in_the_users_words() {
        let en = |p: RecordProblem| record_problem(Locale::en, &p);
        assert_eq!(
            en(RecordProblem::Contact(Issue::error(
                ContactField::ClientId,
                Cause::Missing
            ))),
            "Client: missing"
        );
        assert_eq!(
            en(RecordProblem::Contact(Issue::error(
                ContactField::ClientId,
                Cause::InvalidId
            ))),
            "Client: not a valid reference"
        );
        assert_eq!(
            en(RecordProblem::Contact(Issue::error(
                ContactField::Subject,
                Cause::TooLong { max: 200 }
            ))),
            "Subject: longer than 200 characters"
        );
        assert_eq!(
            en(RecordProblem::Wip(Issue::error(
                WipField::Title,
                Cause::Missing
            ))),
            "Job: missing"
        );
        assert_eq!(
            en(RecordProblem::Competitor(Issue::error(
                CompetitorField::CampaignSpend { brand: 0, row: 0 },
                Cause::Negative
            ))),
            "Brand 1, campaign 1 — estimated spend: cannot be negative"
        );
        assert_eq!(
            en(RecordProblem::Kpi(KpiError::Exceeds {
                part: KpiField::ClientsLost,
                whole: KpiField::ClientsAtStart
            })),
            "Clients lost cannot be more than Clients at start."
        );
        assert_eq!(
            en(RecordProblem::Kpi(KpiError::Missing(KpiField::Date))),
            "Date: missing."
        );
        let vi = record_problem(
            Locale::vi,
            &RecordProblem::Wip(Issue::error(WipField::Title, Cause::Missing)),
        );
        assert!(!vi.is_empty() && vi != "Job: missing", "{vi}");
    }
}

#[cfg(test)]
mod file_message_tests {
    use super::*;
    use suitcase_core::formats::backup::parse;
    use suitcase_core::model::proposal::{ProposalRecord, RecordError};

    fn backup_with(records: &str) -> String {
        format!(
            r#"{{"format":"suitcase/backup","version":1,"exported_at":"2026-11-22T00:00:00Z","app_version":"0.1.0","stores":{{{records}}}}}"#
        )
    }

    fn client(id: &str, data: &str) -> String {
        format!(
            r#"{{"kind":"client","record":{{"id":"{id}","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":1,"data":{data}}}}}"#
        )
    }

    fn clients(third: &str) -> String {
        let ok = r#"{"name":"A","industry":"","notes":"","contacts":[],"archived":false}"#;
        backup_with(&format!(
            r#""clients":[{},{},{}]"#,
            client("c1", ok),
            client("c2", ok),
            client("c3", third)
        ))
    }

    fn both(text: &str) -> (String, String) {
        let e = parse(text).expect_err("refused");
        (
            import_error_text(Locale::en, &e),
            import_error_text(Locale::vi, &e),
        )
    }

    #[test]
    fn a_damaged_backup_names_the_record_and_the_field_in_both_languages() {
        // "expected a string" at a client's name.
        let (en, vi) = both(&clients(
            r#"{"name":5,"industry":"","notes":"","contacts":[],"archived":false}"#,
        ));
        assert_eq!(
            en,
            "Record 3 (a client): the field 'name' should be text. Nothing was imported."
        );
        assert_eq!(
            vi,
            "Bản ghi 3 (một client): trường 'name' phải là chữ. Chưa có gì được nhập."
        );
        // "expected u32" (a revision that is not a count).
        let text = clients(r#"{"name":"B"}"#).replace(r#""id":"c3","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":1"#, r#""id":"c3","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":-1"#);
        let (en, vi) = both(&text);
        assert_eq!(
            en,
            "Record 3 (a client): the field 'rev' should be a whole number of 0 or more. Nothing was imported."
        );
        assert_eq!(
            vi,
            "Bản ghi 3 (một client): trường 'rev' phải là số nguyên từ 0 trở lên. Chưa có gì được nhập."
        );
        // "expected struct Client" (data that is not a group of fields).
        let (en, vi) = both(&clients("[1]"));
        assert_eq!(
            en,
            "Record 3 (a client): the field 'data' should be a group of fields. Nothing was imported."
        );
        assert!(vi.starts_with("Bản ghi 3 (một client): trường 'data' phải là một nhóm trường"));
        // "floating point `-0.0`, expected i64" (an amount that is not whole).
        let plan = r#""budget_plans":[{"kind":"budget_plan","record":{"id":"p1","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":1,"data":{"name":"P","currency":"VND","total_budget":-0.0,"agency_margin_pct":10.0,"items":[],"channels":[]}}}]"#;
        let (en, vi) = both(&backup_with(plan));
        assert_eq!(
            en,
            "Record 1 (a budget plan): the field 'total_budget' should be a whole number. Nothing was imported."
        );
        assert_eq!(
            vi,
            "Bản ghi 1 (một kế hoạch ngân sách): trường 'total_budget' phải là số nguyên. Chưa có gì được nhập."
        );
        // "total_budget: TooLarge" (beyond 2^53).
        let (en, vi) = both(&backup_with(&plan.replace("-0.0", "9007199254740993")));
        assert_eq!(
            en,
            "Record 1 (a budget plan): the field 'total_budget' holds a number larger than 9,007,199,254,740,992 (2^53), the largest a browser keeps exactly. Nothing was imported."
        );
        assert!(vi.starts_with(
            "Bản ghi 1 (một kế hoạch ngân sách): trường 'total_budget' chứa số lớn hơn"
        ));
        // Two records with one id.
        let ok = r#"{"name":"A","industry":"","notes":"","contacts":[],"archived":false}"#;
        let (en, vi) = both(&backup_with(&format!(
            r#""clients":[{},{}]"#,
            client("c1", ok),
            client("c1", ok)
        )));
        assert_eq!(
            en,
            "Record 2 (a client): another record of the same part has the same id (\"c1\"). Nothing was imported."
        );
        assert!(vi.starts_with("Bản ghi 2 (một client): một bản ghi khác"));
        // A cut-short file.
        let whole = clients(ok);
        let (en, vi) = both(&whole[..whole.len() / 2]);
        assert_eq!(
            en,
            "The file ends too early: it was probably cut short while it was saved, copied or downloaded. Nothing was imported."
        );
        assert_eq!(
            vi,
            "Tệp kết thúc quá sớm: có lẽ nó bị cắt ngang khi lưu, sao chép hoặc tải về. Chưa có gì được nhập."
        );
        // A hostile key inside a record.
        let (en, _) = both(&clients(
            r#"{"name":"B","industry":"","notes":"","contacts":[],"archived":false,"__proto__":{}}"#,
        ));
        assert_eq!(
            en,
            "Record 3 (a client): the field '__proto__' has a name that is never allowed in a Suitcase file. Nothing was imported."
        );
    }

    fn proposal_error(text: &str) -> RecordError {
        ProposalRecord::from_json(text).expect_err("refused")
    }

    #[test]
    fn a_bad_proposal_file_says_what_and_where_in_both_languages() {
        let en = |e: &RecordError| match e {
            RecordError::File(f) => file_error_text(Locale::en, f),
            other => panic!("{other:?}"),
        };
        let vi = |e: &RecordError| match e {
            RecordError::File(f) => file_error_text(Locale::vi, f),
            other => panic!("{other:?}"),
        };
        let cut = proposal_error(r#"{"format":"suitcase/proposal","version":1,"brief":{"#);
        assert_eq!(
            en(&cut),
            "The file ends too early: it was probably cut short while it was saved, copied or downloaded"
        );
        assert!(vi(&cut).starts_with("Tệp kết thúc quá sớm"));
        let deep = format!(
            r#"{{"format":"suitcase/proposal","version":1,"x":{}{}}}"#,
            "[".repeat(100),
            "]".repeat(100)
        );
        assert_eq!(
            en(&proposal_error(&deep)),
            "The file is nested more than 64 levels deep, which no Suitcase file is"
        );
        let one_field =
            proposal_error(r#"{"format":"suitcase/proposal","version":1,"brief":{"client":7}}"#);
        assert_eq!(
            en(&one_field),
            "The field 'brief' › 'client' should be text"
        );
        assert_eq!(vi(&one_field), "Trường 'brief' › 'client' phải là chữ");
        let not_json = proposal_error("{\n\"format\": nope}");
        assert_eq!(
            en(&not_json),
            "The file cannot be read at line 2, column 12: from there on it is not the text form (JSON) Suitcase files are written in"
        );
    }

    #[test]
    fn every_expected_sort_and_problem_has_words_in_both_languages() {
        use suitcase_core::formats::strict::Expected as X;
        for x in [
            X::Text,
            X::WholeNumber,
            X::Count,
            X::Number,
            X::TrueFalse,
            X::List,
            X::Group,
            X::Date,
            X::Choice,
            X::Other,
        ] {
            let (en, vi) = (expected_words(Locale::en, x), expected_words(Locale::vi, x));
            assert!(!en.is_empty() && !vi.is_empty() && en != vi, "{x:?}");
        }
        let at = vec![
            Step::Key("ideas".into()),
            Step::Index(1),
            Step::Key("title".into()),
        ];
        assert_eq!(path_words(Locale::en, &at), "'ideas' › item 2 › 'title'");
        assert_eq!(path_words(Locale::vi, &at), "'ideas' › mục 2 › 'title'");
        for p in [
            Problem::Missing,
            Problem::UnknownField,
            Problem::UnknownChoice("x".into()),
            Problem::BadValue,
            Problem::HostileKey,
            Problem::UnsafeNumber,
        ] {
            let e = FileError::new(at.clone(), p.clone());
            let (en, vi) = (
                file_error_text(Locale::en, &e),
                file_error_text(Locale::vi, &e),
            );
            assert!(
                en.starts_with("The field 'ideas' › item 2 › 'title' "),
                "{en}"
            );
            assert!(vi.starts_with("Trường 'ideas' › mục 2 › 'title' "), "{vi}");
            assert!(
                !en.contains('`') && !vi.contains('`'),
                "no code words: {en} / {vi}"
            );
        }
    }
}
