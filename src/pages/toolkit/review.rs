//! Communication / competitor reviews: the list, and one open review with
//! the category and market, the brands and their campaigns, the account's
//! point of view, the campaign timeline and the files.

use leptos::prelude::*;

use crate::ui::check::{issue_text, CheckField};
use leptos::task::spawn_local;

use super::contact::focus;
use super::files::{stem, ExportButtons};
use super::records::{record_list, toolkit_kit, EditorCtx, RowInfo, Workspace};
use super::review_brands::Brands;
use super::timeline::TimelineView;
use super::{lang_of, sentence, today, use_clients, use_nav, PrintDoc, Tab};
use crate::i18n::*;
use crate::storage::{use_storage, Record};
use crate::ui::fields::{text_apply, DateText, Field};
use crate::ui::messages::storage_error;
use crate::ui::text::tr;
use suitcase_core::check::Cause;
use suitcase_core::docs::competitor_review_doc;
use suitcase_core::model::reports::dates::format_date;
use suitcase_core::model::reports::{campaign_timeline, Brand, CompetitorField, CompetitorReview};

/// The competitor reviews section.
#[component]
pub fn ReviewTab() -> impl IntoView {
    let nav = use_nav();
    move || match nav.id.get() {
        Some(id) => view! { <ReviewWorkspace id=id /> }.into_any(),
        None => view! { <ReviewList /> }.into_any(),
    }
}

fn review_title(r: &CompetitorReview) -> String {
    r.title.trim().to_string()
}

#[component]
fn ReviewList() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let nav = use_nav();
    let clients = use_clients();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let records = storage.records::<CompetitorReview>();
    let rows = Signal::derive(move || {
        let lang = lang_of(i18n.get_locale());
        let client = nav.client.get();
        let untitled = t_string!(i18n, toolkit.rv_untitled).to_string();
        records.get().flatten().map(|r| {
            r.map(|list| {
                list.into_iter()
                    .filter(|rec| client.as_ref().is_none_or(|c| *c == rec.data.client_id))
                    .map(|rec| {
                        let competitors = rec.data.brands.iter().filter(|b| !b.is_client).count();
                        let title = Some(review_title(&rec.data))
                            .filter(|t| !t.is_empty())
                            .unwrap_or_else(|| untitled.clone());
                        let date = rec
                            .data
                            .as_of
                            .map(|d| format_date(d, lang))
                            .unwrap_or_default();
                        RowInfo {
                            id: rec.id.clone(),
                            title,
                            meta: format!(
                                "{} · {} · {}",
                                clients.name(&rec.data.client_id),
                                date,
                                td_string!(
                                    i18n.get_locale(),
                                    toolkit.rv_competitors_n,
                                    n = competitors
                                )
                            ),
                            badge: None,
                        }
                    })
                    .collect()
            })
        })
    });
    let create = move |_| {
        let Some(client_id) = nav.client.get_untracked() else {
            return;
        };
        let client_name = clients.name(&client_id);
        let review = CompetitorReview {
            client_id,
            as_of: Some(today()),
            brands: vec![
                Brand {
                    name: client_name,
                    is_client: true,
                    ..Default::default()
                },
                Brand::default(),
            ],
            ..Default::default()
        };
        spawn_local(async move {
            match storage.create(review).await {
                Ok(rec) => nav.open(Some(rec.id)),
                Err(e) => {
                    error.try_set(Some(storage_error(i18n, &e)));
                }
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="rv-list-title">
            <h2 id="rv-list-title">{tr!(i18n, toolkit.rv_list_title)}</h2>
            <p class="help">{tr!(i18n, toolkit.rv_help)}</p>
            <div class="actions">
                <button type="button" on:click=create disabled=move || nav.client.get().is_none() aria-describedby="rv-new-help">
                    {tr!(i18n, toolkit.rv_new)}
                </button>
            </div>
            <Show when=move || nav.client.get().is_none()>
                <p id="rv-new-help" class="help">{tr!(i18n, toolkit.pick_client_first)}</p>
            </Show>
            {move || error.get().map(|e| view! { <p class="msg msg-error" role="alert">{e}</p> })}
            {record_list::<CompetitorReview>(
                rows,
                toolkit_kit(review_title),
                Signal::derive(move || t_string!(i18n, toolkit.rv_empty).to_string()),
                Signal::derive(move || t_string!(i18n, toolkit.rv_list_title).to_string()),
            )}
        </section>
    }
}

#[component]
fn ReviewWorkspace(id: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Workspace<CompetitorReview>
            id=id
            tab=Tab::Review
            back=Signal::derive(move || t_string!(i18n, toolkit.rv_back).to_string())
            editor=Callback::new(|record| view! { <ReviewEditor record=record /> }.into_any())
        />
    }
}

/// What the parts of the open review share. `Copy`.
pub type ReviewCtx = EditorCtx<CompetitorReview, CompetitorField>;

pub fn use_review() -> ReviewCtx {
    expect_context::<ReviewCtx>()
}

/// The id of the input of `field`, to move focus there.
pub fn field_id(f: CompetitorField) -> String {
    use CompetitorField as F;
    match f {
        F::ClientId | F::ProposalId => "rv-proposal".into(),
        F::Title => "rv-title".into(),
        F::AsOf => "rv-asof".into(),
        F::Currency => "rv-currency".into(),
        F::CategoryNotes => "rv-category".into(),
        F::MarketNotes => "rv-market".into(),
        F::PointOfView => "rv-pov".into(),
        F::Competitors => "rv-add-brand".into(),
        F::BrandName(b) => format!("rv-b{b}-name"),
        F::Strengths(b) => format!("rv-b{b}-strengths"),
        F::Weaknesses(b) => format!("rv-b{b}-weaknesses"),
        F::Campaigns(b) => format!("rv-b{b}-add"),
        F::CampaignName { brand, row } => format!("rv-b{brand}-c{row}-name"),
        F::CampaignDate { brand, row } => format!("rv-b{brand}-c{row}-date"),
        F::CampaignEnd { brand, row } => format!("rv-b{brand}-c{row}-end"),
        F::CampaignChannel { brand, row } => format!("rv-b{brand}-c{row}-channel"),
        F::CampaignMessage { brand, row } => format!("rv-b{brand}-c{row}-message"),
        F::CampaignSpend { brand, row } => format!("rv-b{brand}-c{row}-spend"),
        F::CampaignNotes { brand, row } => format!("rv-b{brand}-c{row}-message"),
    }
}

#[component]
fn ReviewEditor(record: Record<CompetitorReview>) -> impl IntoView {
    let i18n = use_i18n();
    let clients = use_clients();
    let print = expect_context::<PrintDoc>();
    let ctx = ReviewCtx::open(
        record,
        |r, lang| {
            r.storage_errors()
                .first()
                .map(|i| sentence(&issue_text(lang, i)))
        },
        CompetitorReview::check,
        false,
    );
    let (draft, lang) = (ctx.draft, ctx.lang);
    provide_context(ctx);
    let doc = move || draft.with(|r| competitor_review_doc(r, lang.get_untracked()));
    Effect::new(move |_| {
        let l = lang.get();
        print
            .0
            .set(Some(draft.with(|r| competitor_review_doc(r, l))));
    });
    on_cleanup(move || print.0.set(None));
    let timeline = Signal::derive(move || draft.with(|r| r.as_of.map(|d| campaign_timeline(r, d))));
    let currency = Signal::derive(move || draft.with(|r| r.currency.trim().to_string()));
    let heading = move || {
        let s = draft.with(|r| r.title.trim().to_string());
        if s.is_empty() {
            t_string!(i18n, toolkit.rv_untitled).to_string()
        } else {
            s
        }
    };
    let file_stem = Signal::derive(move || {
        draft.with(|r| {
            stem(&format!(
                "competitor review {} {}",
                r.title,
                r.as_of.map(|d| d.to_string()).unwrap_or_default()
            ))
        })
    });
    let as_of_set = Callback::new(move |d| ctx.edit(|r| r.as_of = d));
    let text = move |get: fn(&CompetitorReview) -> String| Signal::derive(move || draft.with(get));
    view! {
        <h2 class="record-title">{heading}</h2>
        <p class="help">{move || td_string!(i18n.get_locale(), toolkit.for_client, name = clients.name(&draft.with(|r| r.client_id.clone()))).to_string()}</p>
        {ctx.indicator()}
        <div class="toolkit-layout">
            <div class="toolkit-edit">
                <section class="card" aria-labelledby="rv-about-title">
                    <h3 id="rv-about-title">{tr!(i18n, toolkit.rv_about)}</h3>
                    <Field id="rv-title" label=ctx.label(CompetitorField::Title) value=text(|r| r.title.clone())
                        apply=text_apply(move |s| ctx.edit(|r| r.title = s)) notes=ctx.notes(CompetitorField::Title) />
                    <div class="form-grid">
                        <DateText id="rv-asof" label=ctx.label(CompetitorField::AsOf)
                            value=Signal::derive(move || draft.with(|r| r.as_of))
                            on_set=as_of_set notes=ctx.notes(CompetitorField::AsOf)
                            help=Signal::derive(move || t_string!(i18n, toolkit.rv_asof_help).to_string()) />
                        <Field id="rv-currency" label=ctx.label(CompetitorField::Currency) value=text(|r| r.currency.clone())
                            apply=text_apply(move |s| ctx.edit(|r| r.currency = s.trim().to_uppercase()))
                            notes=ctx.notes(CompetitorField::Currency) />
                    </div>
                    <Field id="rv-category" label=ctx.label(CompetitorField::CategoryNotes) value=text(|r| r.category_notes.clone()) multiline=true
                        apply=text_apply(move |s| ctx.edit(|r| r.category_notes = s)) notes=ctx.notes(CompetitorField::CategoryNotes) />
                    <Field id="rv-market" label=ctx.label(CompetitorField::MarketNotes) value=text(|r| r.market_notes.clone()) multiline=true
                        apply=text_apply(move |s| ctx.edit(|r| r.market_notes = s)) notes=ctx.notes(CompetitorField::MarketNotes) />
                    <super::clients::ProposalPicker
                        id="rv-proposal"
                        client_id=Signal::derive(move || draft.with(|r| r.client_id.clone()))
                        value=Signal::derive(move || draft.with(|r| r.proposal_id.clone()))
                        set=Callback::new(move |p| ctx.edit(|r| r.proposal_id = p))
                    />
                </section>
                <Brands />
                <section class="card" aria-labelledby="rv-pov-title">
                    <h3 id="rv-pov-title">{move || CompetitorField::PointOfView.label(lang.get())}</h3>
                    <Field id="rv-pov" label=ctx.label(CompetitorField::PointOfView) value=text(|r| r.point_of_view.clone()) multiline=true
                        apply=text_apply(move |s| ctx.edit(|r| r.point_of_view = s)) notes=ctx.notes(CompetitorField::PointOfView)
                        help=Signal::derive(move || t_string!(i18n, toolkit.rv_pov_help).to_string()) />
                </section>
                <section class="card" aria-labelledby="rv-timeline-title">
                    <h3 id="rv-timeline-title">{tr!(i18n, toolkit.rv_timeline)}</h3>
                    <TimelineView timeline=timeline currency=currency lang=Signal::derive(move || lang.get()) />
                </section>
            </div>
            <aside class="toolkit-side" aria-labelledby="rv-check-title">
                <ReviewCheck />
                <section class="card" aria-labelledby="rv-files-title">
                    <h3 id="rv-files-title">{tr!(i18n, toolkit.files)}</h3>
                    <p class="help">{tr!(i18n, toolkit.files_help)}</p>
                    <ExportButtons doc=Callback::new(move |_| doc()) stem=file_stem
                        title=Signal::derive(move || t_string!(i18n, toolkit.files).to_string()) />
                </section>
            </aside>
        </div>
    }
}

/// What the review still lacks, each item moving focus to its field.
#[component]
fn ReviewCheck() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_review();

    let hidden = Memo::new(move |_| {
        if ctx.reveal.get() {
            0
        } else {
            ctx.issues
                .with(|v| v.iter().filter(|i| i.cause == Cause::Missing).count())
        }
    });
    let items = move || {
        let lang = ctx.lang.get();
        let reveal = ctx.reveal.get();
        ctx.issues
            .get()
            .into_iter()
            .filter(|i| reveal || i.cause != Cause::Missing)
            .map(|i| {
                let id = field_id(i.field);
                let kind = if i.is_error() {
                    t_string!(i18n, toolkit.error).to_string()
                } else {
                    t_string!(i18n, toolkit.warning).to_string()
                };
                let class = if i.is_error() {
                    "issue issue-error"
                } else {
                    "issue issue-warn"
                };
                view! {
                    <li class=class>
                        <button type="button" class="link" on:click=move |_| focus(&id)>
                            <span class="issue-kind">{kind}": "</span>
                            {sentence(&issue_text(lang, &i))}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card check-panel" aria-labelledby="rv-check-title">
            <h3 id="rv-check-title">{tr!(i18n, toolkit.rv_check)}</h3>
            <Show when=move || ctx.issues.with(Vec::is_empty)>
                <p class="msg msg-ok">{tr!(i18n, toolkit.rv_complete)}</p>
            </Show>
            <ul class="issues">{items}</ul>
            <Show when=move || hidden.get() != 0>
                <button type="button" class="secondary small" on:click=move |_| ctx.reveal.set(true)>
                    {move || td_string!(i18n.get_locale(), toolkit.show_missing, n = hidden.get()).to_string()}
                </button>
            </Show>
        </section>
    }
}
