//! The list of plans: create, open the example, import a file, duplicate,
//! rename, delete (with undo).
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::messages::{money, plan_error, plan_error_kind, plan_issue};
use super::{lang_of, plan_href};
use crate::i18n::*;
use crate::routes::{use_navigator, Route};
use crate::storage::{use_storage, AppStorage, Record};
use crate::ui::busy::Busy;
use crate::ui::file_input::{read_text, take_chosen_file};
use crate::ui::messages::storage_error;
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::record_list::{ListKit, RecordList};
use crate::ui::text::tr;
use leptos_i18n::I18nContext;
use suitcase_core::model::budget::presets::{example_plan, starter_plan};
use suitcase_core::model::budget::read::{read_plan, PlanErrorKind, MAX_PLAN_BYTES};
use suitcase_core::model::budget::{check_plan, Plan};
use suitcase_core::model::reports::dates::iso_minutes;

/// A new plan: the starter, named in the language of `locale`.
pub(super) fn new_plan(locale: Locale) -> Plan {
    starter_plan(
        lang_of(locale),
        td_string!(locale, budget.new_plan_name).to_string(),
    )
}

#[component]
pub fn PlanList() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let navigator = use_navigator();
    let kit: ListKit<Plan> = ListKit::new(
        |l, p: &Plan| td_string!(l, budget.deleted, name = &p.name).to_string(),
        |l, p: &Plan| td_string!(l, budget.restored, name = &p.name).to_string(),
    );
    let note = kit.notice;
    let import_note = notice_slot();
    let plans = storage.records::<Plan>();
    let go = move |id: String| {
        navigator.go(Route::plan(&id));
    };
    // New, the example and an import each make one plan per click: a
    // second click while one is being made is ignored.
    let busy = Busy::new();
    let start = move |plan: Plan| {
        busy.run(move || async move {
            match storage.create(plan).await {
                Ok(r) => go(r.id),
                Err(e) => {
                    note.try_set(Some(Notice::storage(i18n, &e)));
                }
            }
        });
    };
    let new_plan = move |_| start(new_plan(i18n.get_locale_untracked()));
    let example = move |_| start(example_plan(lang_of(i18n.get_locale_untracked())));

    // Reading the file is in a module of its own, fetched on first use.
    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = take_chosen_file(&ev) else {
            return;
        };
        import_note.set(None);
        busy.run(move || async move {
            let result = page_budget_import(storage, i18n, file).await;
            let locale = i18n.get_locale_untracked();
            import_note.try_set(Some(match &result {
                Ok((_, name)) => {
                    Notice::ok(td_string!(locale, budget.imported, name = name).to_string())
                }
                Err(reason) => Notice::err(
                    td_string!(locale, budget.import_failed, reason = reason).to_string(),
                ),
            }));
            if let Ok((id, _)) = result {
                go(id);
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="plans-title">
            <h2 id="plans-title">{tr!(i18n, budget.plans_title)}</h2>
            <div class="actions">
                <button type="button" id="new-plan" on:click=new_plan disabled=move || busy.get() aria-busy=move || busy.aria()>
                    {tr!(i18n, budget.new_plan)}
                </button>
                <button type="button" class="secondary" on:click=example disabled=move || busy.get() aria-busy=move || busy.aria()>
                    {tr!(i18n, budget.open_example)}
                </button>
            </div>
            <div class="field">
                <label for="import-plan">{tr!(i18n, budget.import_plan)}</label>
                <input
                    id="import-plan"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby="import-plan-help import-plan-note"
                    on:change=on_import
                    disabled=move || busy.get()
                    aria-busy=move || busy.aria()
                />
                <p id="import-plan-help" class="help">{tr!(i18n, budget.import_help)}</p>
                <div id="import-plan-note">
                    <NoticeView notice=import_note />
                </div>
            </div>
            <NoticeView notice=note />
            <RecordList
                items=Signal::derive(move || plans.get().flatten())
                empty=move || view! { <p>{tr!(i18n, budget.empty)}</p> }
                class="plan-list"
                row=Callback::new(move |rec| view! { <PlanRow record=rec kit=kit /> }.into_any())
            />
        </section>
        <super::scenarios::ComparePlans plans=Signal::derive(move || {
            plans.get().flatten().and_then(Result::ok).unwrap_or_default()
        }) />
    }
}

/// Reads the plan file `file` (the same checks as every import, worded in
/// the user's language) and stores it as a new plan: its id and name, or why
/// it was refused. Fetched on the first import: the list's first open does
/// not carry the file checks and their messages.
#[cfg_attr(not(feature = "unsplit"), leptos::lazy)]
async fn page_budget_import(
    storage: AppStorage,
    i18n: I18nContext<Locale>,
    file: web_sys::File,
) -> Result<(String, String), String> {
    let locale = i18n.get_locale_untracked();
    if file.size() > MAX_PLAN_BYTES as f64 {
        return Err(plan_error_kind(
            locale,
            &PlanErrorKind::FileTooLarge {
                size: file.size() as usize,
                limit: MAX_PLAN_BYTES,
            },
        ));
    }
    let Some(text) = read_text(&file).await else {
        return Err(td_string!(locale, errors.file_unreadable).to_string());
    };
    let plan = read_plan(&text).map_err(|e| plan_error(locale, &e))?;
    let name = plan.name.clone();
    match storage.create(plan).await {
        Ok(r) => Ok((r.id, name)),
        Err(e) => Err(storage_error(i18n, &e)),
    }
}

#[component]
fn PlanRow(record: Record<Plan>, kit: ListKit<Plan>) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let rec = StoredValue::new(record.clone());
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(record.data.name.clone());
    let rename_error: RwSignal<Option<String>> = RwSignal::new(None);
    let id = record.id.clone();
    let save = move |plan: Plan| {
        let mut r = rec.get_value();
        r.data = plan;
        async move { storage.save(&r).await }
    };
    let copying = Busy::new();
    let duplicate = move |_| {
        let mut plan = rec.get_value().data;
        plan.name = td_string!(
            i18n.get_locale_untracked(),
            budget.copy_name,
            name = &plan.name
        )
        .to_string();
        if !check_plan(&plan).is_empty() {
            plan.name = rec.get_value().data.name;
        }
        copying.run(move || async move {
            if let Err(e) = storage.create(plan).await {
                kit.fail(storage_error(i18n, &e));
            }
        });
    };
    let commit_rename = move || {
        let mut plan = rec.get_value().data;
        plan.name = new_name.get_untracked();
        if let Some(issue) = check_plan(&plan).first() {
            rename_error.set(Some(plan_issue(i18n.get_locale_untracked(), &plan, issue)));
            return;
        }
        rename_error.set(None);
        spawn_local(async move {
            match save(plan).await {
                Ok(_) => {
                    renaming.try_set(false);
                }
                Err(e) => {
                    rename_error.try_set(Some(storage_error(i18n, &e)));
                }
            }
        });
    };
    let delete = move |_| kit.delete(rec.get_value().id);
    let meta = move || {
        let r = rec.get_value();
        let locale = i18n.get_locale();
        td_string!(
            locale,
            budget.list_meta,
            total = money(locale, r.data.total_budget, &r.data.currency),
            date = iso_minutes(r.updated_at.with_timezone(&chrono::Local).naive_local())
        )
        .to_string()
    };
    let input_id = format!("rename-{id}");
    let error_id = format!("rename-{id}-error");
    view! {
        <li class="plan-row">
            <div class="plan-row-main">
                <a href=plan_href(&id) class="plan-name">{record.data.name.clone()}</a>
                <span class="help">{meta}</span>
            </div>
            <Show
                when=move || renaming.get()
                fallback=move || {
                    view! {
                        <div class="actions">
                            <button type="button" class="secondary" on:click=duplicate
                                disabled=move || copying.get() aria-busy=move || copying.aria()>
                                {tr!(i18n, budget.duplicate)}
                            </button>
                            <button type="button" class="secondary" on:click=move |_| renaming.set(true)>
                                {tr!(i18n, budget.rename)}
                            </button>
                            <button type="button" class="secondary" on:click=delete>
                                {tr!(i18n, budget.delete)}
                            </button>
                        </div>
                    }
                }
            >
                <form
                    class="rename"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        commit_rename();
                    }
                >
                    <label for=input_id.clone()>
                        {move || {
                            td_string!(i18n.get_locale(), budget.rename_label, name = rec.get_value().data.name)
                                .to_string()
                        }}
                    </label>
                    <input
                        id=input_id.clone()
                        type="text"
                        prop:value=move || new_name.get()
                        aria-invalid=move || rename_error.with(Option::is_some).then_some("true")
                        aria-describedby=error_id.clone()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                    />
                    <button type="submit">{tr!(i18n, budget.save)}</button>
                    <button type="button" class="secondary" on:click=move |_| renaming.set(false)>
                        {tr!(i18n, budget.cancel)}
                    </button>
                    <p id=error_id.clone() class="field-error" role="alert">
                        {move || rename_error.get()}
                    </p>
                </form>
            </Show>
        </li>
    }
}
