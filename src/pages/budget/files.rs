//! The plan's files: the plan itself, the result in the exact format, a
//! spreadsheet with live formulas and a CSV.
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::lang_of;
use super::workspace::use_plan;
use crate::i18n::*;
use crate::ui::download::{download_bytes, download_text};
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::text::tr;
use suitcase_core::formats::xlsx::csv;
use suitcase_core::model::budget::presets::id_from_name;
use suitcase_core::model::budget::result::BudgetResult;
use suitcase_core::model::budget::{Plan, Solution};
use suitcase_core::model::text::Lang;

/// The spreadsheet. Its writer is its own chunk, fetched the first time a
/// spreadsheet is exported.
#[cfg_attr(not(feature = "unsplit"), leptos::lazy)]
async fn build_xlsx(plan: Plan, sol: Solution, lang: Lang) -> Result<Vec<u8>, String> {
    suitcase_core::formats::xlsx::xlsx(&plan, &sol, lang).map_err(|e| e.to_string())
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub fn Files() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let note = notice_slot();
    let stem = move || ctx.draft.with(|p| id_from_name(&p.name, &[]));
    let done = move |file: String, r: Result<(), wasm_bindgen::JsValue>| {
        let locale = i18n.get_locale_untracked();
        note.try_set(Some(match r {
            Ok(()) => Notice::ok(td_string!(locale, budget.exported, file = file).to_string()),
            Err(e) => Notice::err(
                td_string!(
                    locale,
                    budget.export_failed,
                    reason = e.as_string().unwrap_or_else(|| format!("{e:?}"))
                )
                .to_string(),
            ),
        }));
    };
    let export_plan = move |_| {
        let file = format!("{}-plan.json", stem());
        let text = ctx.draft.with(Plan::to_json);
        done(
            file.clone(),
            download_text(&file, "application/json", &text),
        );
    };
    let export_result = move |_| {
        let file = format!("{}-result.json", stem());
        let text = ctx
            .draft
            .with(|p| ctx.solution.with(|s| BudgetResult::new(p, s).to_json()));
        done(
            file.clone(),
            download_text(&file, "application/json", &text),
        );
    };
    let export_csv = move |_| {
        let file = format!("{}.csv", stem());
        let lang = lang_of(i18n.get_locale_untracked());
        let text = ctx.draft.with(|p| ctx.solution.with(|s| csv(p, s, lang)));
        done(
            file.clone(),
            download_text(&file, "text/csv;charset=utf-8", &text),
        );
    };
    let export_xlsx = move |_| {
        let file = format!("{}.xlsx", stem());
        let lang = lang_of(i18n.get_locale_untracked());
        let plan = ctx.draft.get_untracked();
        let sol = ctx.solution.get_untracked();
        spawn_local(async move {
            match build_xlsx(plan, sol, lang).await {
                Ok(bytes) => done(file.clone(), download_bytes(&file, XLSX, &bytes)),
                Err(e) => done(file, Err(e.into())),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="files-title">
            <h2 id="files-title">{tr!(i18n, budget.files_title)}</h2>
            <p class="help">{tr!(i18n, budget.files_help)}</p>
            <div class="actions">
                <button type="button" on:click=export_plan>{tr!(i18n, budget.export_plan)}</button>
                <button type="button" on:click=export_result>{tr!(i18n, budget.export_result)}</button>
                <button type="button" on:click=export_xlsx>{tr!(i18n, budget.export_xlsx)}</button>
                <button type="button" on:click=export_csv>{tr!(i18n, budget.export_csv)}</button>
            </div>
            <NoticeView notice=note />
        </section>
    }
}
