//! One notice after an action: it went well (`role="status"`), it failed
//! (`role="alert"`), or something to know, optionally with an Undo button
//! (a deleted record that can come back).
use std::sync::Arc;

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::i18n::*;
use crate::storage::StorageError;
use crate::ui::messages::storage_error;
use crate::ui::text::tr;

/// How a notice reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Done: `msg msg-ok`, a status.
    Ok,
    /// Failed: `msg msg-error`, an alert.
    Err,
    /// Something happened that can be undone: `msg`, a status.
    Info,
}

/// What a notice says, and what its Undo button does.
#[derive(Clone)]
pub struct Notice {
    pub tone: Tone,
    pub text: String,
    undo: Option<Arc<dyn Fn() + Send + Sync>>,
}

impl std::fmt::Debug for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Notice")
            .field("tone", &self.tone)
            .field("text", &self.text)
            .field("undo", &self.undo.is_some())
            .finish()
    }
}

impl Notice {
    fn new(tone: Tone, text: impl Into<String>) -> Notice {
        Notice {
            tone,
            text: text.into(),
            undo: None,
        }
    }

    /// A success.
    pub fn ok(text: impl Into<String>) -> Notice {
        Notice::new(Tone::Ok, text)
    }

    /// A failure.
    pub fn err(text: impl Into<String>) -> Notice {
        Notice::new(Tone::Err, text)
    }

    /// A storage failure, in the user's language.
    pub fn storage(i18n: I18nContext<Locale>, e: &StorageError) -> Notice {
        Notice::err(storage_error(i18n, e))
    }

    /// Something to know (with an Undo button, see [`Notice::with_undo`]).
    pub fn info(text: impl Into<String>) -> Notice {
        Notice::new(Tone::Info, text)
    }

    /// A success or a failure.
    pub fn of(r: Result<String, String>) -> Notice {
        match r {
            Ok(t) => Notice::ok(t),
            Err(t) => Notice::err(t),
        }
    }

    /// Adds an Undo button that runs `undo`.
    pub fn with_undo(mut self, undo: impl Fn() + Send + Sync + 'static) -> Notice {
        self.undo = Some(Arc::new(undo));
        self
    }
}

/// Where a page keeps its notice (`Copy`).
pub type NoticeSlot = RwSignal<Option<Notice>>;

/// A new, empty notice slot.
pub fn notice_slot() -> NoticeSlot {
    RwSignal::new(None)
}

/// Shows the notice of `notice`, if any.
#[component]
pub fn NoticeView(
    /// The notice to show.
    #[prop(into)]
    notice: Signal<Option<Notice>>,
    /// The paragraph's id (for `aria-describedby`).
    #[prop(optional)]
    id: Option<&'static str>,
    /// A `data-testid` for the paragraph.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// A `data-testid` for a failure only.
    #[prop(optional)]
    error_testid: Option<&'static str>,
    /// Shown after the text of a success (a link to its result).
    #[prop(optional, into)]
    after_ok: Option<ViewFn>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        notice.get().map(|n| {
            let (class, role) = match n.tone {
                Tone::Ok => ("msg msg-ok", "status"),
                Tone::Err => ("msg msg-error", "alert"),
                Tone::Info => ("msg", "status"),
            };
            let after = (n.tone == Tone::Ok)
                .then(|| after_ok.clone())
                .flatten()
                .map(|v| view! { " " {v.run()} });
            let undo = n.undo.map(|f| {
                view! {
                    " "
                    <button type="button" class="secondary" on:click=move |_| f()>
                        {tr!(i18n, notice.undo)}
                    </button>
                }
            });
            let testid = if n.tone == Tone::Err {
                error_testid.or(testid)
            } else {
                testid
            };
            view! {
                <p id=id class=class role=role data-testid=testid>
                    {n.text}
                    {after}
                    {undo}
                </p>
            }
        })
    }
}
