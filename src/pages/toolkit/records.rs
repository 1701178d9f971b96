//! A section's records: the list (open, delete with undo), and one open
//! record (the way back, its draft, check and autosave).
use leptos::prelude::*;

use super::{lang_of, use_nav, Tab};
use crate::i18n::*;
use crate::storage::{Record, RecordKind, StorageError};
use crate::ui::check::CheckField;
use crate::ui::fields::{notes_of, Note, RevealMissing};
use crate::ui::notice::NoticeView;
use crate::ui::open_record::OpenRecord;
use crate::ui::record_editor::RecordDraft;
use crate::ui::record_list::{ListKit, RecordList};
use crate::ui::text::tr;
use suitcase_core::check::Issue;
use suitcase_core::model::text::Lang;

/// One row of a list, prepared by the section.
#[derive(Clone, Debug, PartialEq)]
pub struct RowInfo {
    pub id: String,
    pub title: String,
    pub meta: String,
    /// A short status and whether it is good news.
    pub badge: Option<(bool, String)>,
}

/// The toolkit's list actions on records of kind `T`; `name` names one.
pub fn toolkit_kit<T: RecordKind + Send + Sync>(name: fn(&T) -> String) -> ListKit<T> {
    ListKit::new(
        move |l, r| td_string!(l, toolkit.deleted, name = name(r)).to_string(),
        move |l, r| td_string!(l, toolkit.restored, name = name(r)).to_string(),
    )
}

/// The list of records of kind `T` (`rows` are ready to show; `None` while
/// loading), with delete and undo (`kit`, see [`toolkit_kit`]).
pub fn record_list<T: RecordKind + Send + Sync>(
    rows: Signal<Option<Result<Vec<RowInfo>, StorageError>>>,
    kit: ListKit<T>,
    empty: Signal<String>,
    list_label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let row = move |row: RowInfo| {
        let id = row.id.clone();
        let open_id = row.id.clone();
        let href = nav.href(nav.tab.get_untracked(), Some(&row.id));
        let del_label = td_string!(
            i18n.get_locale_untracked(),
            toolkit.delete_named,
            name = row.title.clone()
        )
        .to_string();
        let badge = row.badge.clone().map(|(good, text)| {
            let class = if good {
                "badge badge-ok"
            } else {
                "badge badge-warn"
            };
            view! { <span class=class>{text}</span> }
        });
        view! {
            <li class="record-row">
                <div class="record-main">
                    <a
                        href=href
                        class="record-name"
                        on:click=move |ev| {
                            ev.prevent_default();
                            nav.open(Some(open_id.clone()));
                        }
                    >
                        {row.title.clone()}
                    </a>
                    <span class="help">{row.meta.clone()}</span>
                </div>
                {badge}
                <button type="button" class="secondary" aria-label=del_label on:click=move |_| kit.delete(id.clone())>
                    {tr!(i18n, toolkit.delete)}
                </button>
            </li>
        }
        .into_any()
    };
    view! {
        <NoticeView notice=kit.notice />
        <RecordList
            items=rows
            empty=move || view! { <p class="empty">{move || empty.get()}</p> }
            class="record-list"
            label=list_label
            row=Callback::new(row)
        />
    }
}

/// One open record of section `tab`: a link back to the section's list,
/// then the record's editor once it is read (or why it cannot be).
#[component]
pub fn Workspace<T: RecordKind>(
    /// The record's id.
    id: String,
    /// The section.
    tab: Tab,
    /// The words of the link back to the list.
    #[prop(into)]
    back: Signal<String>,
    /// The editor of the loaded record.
    editor: Callback<Record<T>, AnyView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    view! {
        <p>
            <a
                href=move || nav.href(tab, None)
                on:click=move |ev| {
                    ev.prevent_default();
                    nav.open(None);
                }
            >
                {move || back.get()}
            </a>
        </p>
        <OpenRecord<T>
            id=id
            loading=Signal::derive(move || t_string!(i18n, toolkit.loading).to_string())
            not_found=Signal::derive(move || t_string!(i18n, toolkit.not_found).to_string())
            editor=editor
        />
    }
}

/// What the parts of an open record share: its draft (autosaved), what its
/// check finds (fields of type `F`), the language. `Copy`.
pub struct EditorCtx<T: 'static, F: Send + Sync + 'static> {
    pub draft: RwSignal<T>,
    pub issues: Memo<Vec<Issue<F>>>,
    pub lang: Memo<Lang>,
    /// Whether "missing" notes show on fields not yet touched (after the
    /// person asks for the check or exports; see [`RevealMissing`]).
    pub reveal: RwSignal<bool>,
    record: RecordDraft<T>,
}

impl<T, F: Send + Sync> Clone for EditorCtx<T, F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, F: Send + Sync> Copy for EditorCtx<T, F> {}

impl<T, F> EditorCtx<T, F>
where
    T: RecordKind + Send + Sync,
    F: CheckField + Copy + PartialEq + Send + Sync + 'static,
    Issue<F>: PartialEq + Send + Sync,
{
    /// Opens `record` for editing. `check` says why a draft must not be
    /// stored (nothing is written then); `issues` is its full check.
    pub fn open(
        record: Record<T>,
        check: impl Fn(&T, Lang) -> Option<String> + 'static,
        issues: impl Fn(&T) -> Vec<Issue<F>> + Send + Sync + 'static,
        announce: bool,
    ) -> Self {
        let i18n = use_i18n();
        let lang = Memo::new(move |_| lang_of(i18n.get_locale()));
        let record = RecordDraft::open(record, move |d| check(d, lang.get_untracked()), announce);
        let draft = record.draft;
        let issues = Memo::new(move |_| draft.with(|d| issues(d)));
        let reveal = RwSignal::new(false);
        provide_context(RevealMissing(reveal));
        EditorCtx {
            draft,
            issues,
            lang,
            reveal,
            record,
        }
    }

    /// Changes the draft and schedules its save.
    pub fn edit(self, f: impl FnOnce(&mut T)) {
        self.record.edit(f);
    }

    /// Schedules a save of a draft changed in place.
    pub fn changed(self) {
        self.record.changed();
    }

    /// The save state in words.
    pub fn indicator(self) -> impl IntoView {
        self.record.indicator()
    }

    /// The check's findings for `field`.
    pub fn notes(self, field: F) -> Signal<Vec<Note>> {
        notes_of(self.issues, self.lang, field)
    }

    /// The label of `field` in the user's language.
    pub fn label(self, field: F) -> Signal<String> {
        let lang = self.lang;
        Signal::derive(move || field.label(lang.get()))
    }
}
