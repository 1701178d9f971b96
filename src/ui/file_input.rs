//! Reading the file a user picked in an `<input type="file">`.
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file chosen in the file input that fired `ev`. The input is cleared,
/// so that choosing the same file again (after fixing it) fires again.
pub fn take_chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

/// The file's text, or `None` when the browser cannot read it.
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// The file's bytes, or `None` when the browser cannot read them.
pub async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
