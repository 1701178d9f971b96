//! Saving a generated file through the browser's download.
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `filename` of type `mime`.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    download_blob(filename, &blob)
}

/// Offers `bytes` (a docx or xlsx file) as a file named `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)?;
    download_blob(filename, &blob)
}

fn download_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    document.body().ok_or("no body")?.append_child(&a)?;
    a.click();
    a.remove();
    // Let the download start before the URL is released.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000)?;
    }
    Ok(())
}

/// The `.docx` bytes of `doc`, made by code fetched the first time a
/// document is exported: no page needs the writer up front.
#[cfg_attr(not(feature = "unsplit"), leptos::lazy)]
pub async fn docx_file(
    doc: suitcase_core::docs::Doc,
) -> Result<Vec<u8>, suitcase_core::formats::docx::DocxError> {
    suitcase_core::formats::docx::to_docx(&doc)
}
