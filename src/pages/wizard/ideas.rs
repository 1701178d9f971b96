//! Step 4, the brainstorm: ideas captured as fast as they are said, with
//! tags (`#tet #kol`), then worked out one by one.
use leptos::prelude::*;

use super::brief::RemoveButton;
use super::fields::{at, errors, FieldIssues, TextField};
use super::workspace::use_wiz;
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::brief::WizardField as F;
use suitcase_core::model::proposal::{capture, ideas::all_tags};

#[component]
pub fn BrainstormStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let line = RwSignal::new(String::new());
    let filter: RwSignal<Option<String>> = RwSignal::new(None);
    let add = move || {
        let text = line.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        ctx.edit(|r| {
            capture(&mut r.ideas, &text);
        });
        line.set(String::new());
    };
    let count = Memo::new(move |_| ctx.draft.with(|r| r.ideas.len()));
    let tags = Memo::new(move |_| ctx.draft.with(|r| all_tags(&r.ideas)));
    let rows = move || {
        let f = filter.get();
        (0..count.get())
            .filter(|&i| {
                f.as_ref().is_none_or(|t| {
                    ctx.draft
                        .with_untracked(|r| r.ideas.get(i).is_some_and(|x| x.tags.contains(t)))
                })
            })
            .map(|i| view! { <IdeaRow i=i /> })
            .collect_view()
    };
    view! {
        <p class="help">{tr!(i18n, wizard.brainstorm_help)}</p>
        <form
            class="capture"
            on:submit=move |ev| {
                ev.prevent_default();
                add();
            }
        >
            <label for="idea-capture">{tr!(i18n, wizard.capture_label)}</label>
            <div class="inline">
                <input
                    id="idea-capture"
                    type="text"
                    autocomplete="off"
                    aria-describedby="idea-capture-help"
                    prop:value=move || line.get()
                    on:input=move |ev| line.set(event_target_value(&ev))
                />
                <button type="submit">{tr!(i18n, wizard.add_idea)}</button>
            </div>
            <p id="idea-capture-help" class="help">{tr!(i18n, wizard.capture_help)}</p>
        </form>
        <p role="status" class="help">
            {move || td_string!(i18n.get_locale(), wizard.idea_count, n = count.get()).to_string()}
        </p>
        {move || {
            let tags = tags.get();
            (!tags.is_empty())
                .then(|| {
                    view! {
                        <div class="tag-filter" role="group" aria-label=tr!(i18n, wizard.filter_tags)>
                            <button type="button" class="chip" aria-pressed=move || filter.get().is_none().to_string()
                                on:click=move |_| filter.set(None)>{tr!(i18n, wizard.all_tags)}</button>
                            {tags
                                .into_iter()
                                .map(|t| {
                                    let t2 = t.clone();
                                    let t3 = t.clone();
                                    view! {
                                        <button type="button" class="chip"
                                            aria-pressed=move || (filter.get().as_deref() == Some(t2.as_str())).to_string()
                                            on:click=move |_| filter.set(Some(t3.clone()))>
                                            {format!("#{t}")}
                                        </button>
                                    }
                                })
                                .collect_view()}
                        </div>
                    }
                })
        }}
        <ol class="list-rows idea-list">{rows}</ol>
        <FieldIssues id="ideas" notes=errors(Some(at(F::Ideas))) />
    }
}

#[component]
fn IdeaRow(i: usize) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let idea = move || {
        ctx.draft
            .with(|r| r.ideas.get(i).cloned().unwrap_or_default())
    };
    let title_label =
        Signal::derive(move || format!("{} {}", t_string!(i18n, wizard.f_idea), i + 1));
    let desc_label =
        Signal::derive(move || format!("{} {}", t_string!(i18n, wizard.f_idea_description), i + 1));
    let tags_label =
        Signal::derive(move || format!("{} {}", t_string!(i18n, wizard.f_tags), i + 1));
    let set = move |f: Box<dyn FnOnce(&mut suitcase_core::model::proposal::Idea)>| {
        ctx.edit(|r| {
            if let Some(x) = r.ideas.get_mut(i) {
                f(x);
            }
        })
    };
    view! {
        <li class="list-row idea">
            <div class="grow">
                <TextField id=format!("idea-{i}") label=title_label issues=at(F::IdeaTitle(i))
                    value=Signal::derive(move || idea().title)
                    on_set=Callback::new(move |v: String| set(Box::new(move |x| x.title = v))) />
                <TextField id=format!("idea-{i}-desc") label=desc_label issues=at(F::IdeaDescription(i))
                    value=Signal::derive(move || idea().description) multiline=true
                    on_set=Callback::new(move |v: String| set(Box::new(move |x| x.description = v))) />
                <TextField id=format!("idea-{i}-tags") label=tags_label
                    value=Signal::derive(move || idea().tags.join(", ")) keep_typed=true
                    help=Signal::derive(move || t_string!(i18n, wizard.tags_help).to_string())
                    on_set=Callback::new(move |v: String| set(Box::new(move |x| {
                        x.tags = v
                            .split([',', '#'])
                            .map(|t| t.trim().to_lowercase())
                            .filter(|t| !t.is_empty())
                            .fold(Vec::new(), |mut acc, t| {
                                if !acc.contains(&t) {
                                    acc.push(t);
                                }
                                acc
                            });
                    }))) />
            </div>
            <RemoveButton name=title_label on_remove=Callback::new(move |_| ctx.edit(|r| {
                if i < r.ideas.len() {
                    let id = r.ideas.remove(i).id;
                    r.review.scores.retain(|s| s.idea_id != id);
                    r.review.forward.retain(|f| f != &id);
                    r.proposal.idea_ids.retain(|f| f != &id);
                    if r.proposal.recommended_idea == id {
                        r.proposal.recommended_idea.clear();
                    }
                }
            })) />
        </li>
    }
}
