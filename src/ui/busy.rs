//! Actions that change data run once: while one runs, its button is
//! disabled and `aria-busy`, and a second click (or a second `change` of a
//! file input) is ignored.
use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

/// Whether an action is running. `Copy`; one per button (or per group of
/// buttons that must not run together).
#[derive(Clone, Copy)]
pub struct Busy(RwSignal<bool>);

impl Default for Busy {
    fn default() -> Self {
        Busy::new()
    }
}

impl Busy {
    /// Nothing running yet.
    pub fn new() -> Busy {
        Busy(RwSignal::new(false))
    }

    /// Whether an action runs (tracked: use it for `disabled`).
    pub fn get(self) -> bool {
        self.0.get()
    }

    /// `"true"` while an action runs, for `aria-busy`.
    pub fn aria(self) -> Option<&'static str> {
        self.get().then_some("true")
    }

    /// Runs `task` unless an action is already running. The flag is set
    /// before this returns, so a click that follows at once is ignored
    /// even before the button is drawn disabled.
    pub fn run<F>(self, task: impl FnOnce() -> F)
    where
        F: Future<Output = ()> + 'static,
    {
        if self.0.get_untracked() {
            return;
        }
        self.0.set(true);
        let fut = task();
        spawn_local(async move {
            fut.await;
            self.0.try_set(false);
        });
    }
}
