//! Taking an article elsewhere: its URL for the browser, its URL or a shared passage for the
//! clipboard. Only effects are pushed here; `system` carries them out.

use super::{App, Effect, Focus};

pub(super) fn current_url(app: &App) -> Option<String> {
    let a = app.current_article()?;
    let url = app.bundle.as_ref()?.articles.get(a)?.url.clone()?;
    (!url.trim().is_empty()).then_some(url)
}

/// The text of the passage last jumped to, as the current article carries it.
fn current_passage_text(app: &App) -> Option<String> {
    if app.focus != Focus::Reader {
        return None;
    }
    let article = app.reader.article?;
    let &(_, passage) = app.reader.doc.passages.get(app.reader.current?)?;
    let body = &app.bundle.as_ref()?.articles.get(article)?.body;
    let parts: Vec<&str> = app
        .passages
        .as_ref()?
        .passages
        .get(passage)?
        .spans
        .iter()
        .filter(|s| s.article == article)
        .filter_map(|s| body.get(s.start..s.end))
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

pub(super) fn copy(app: &mut App) {
    let (what, text) = match (current_passage_text(app), current_url(app)) {
        (Some(p), _) => ("the shared passage", p),
        (None, Some(u)) => ("the URL", u),
        (None, None) => {
            app.message = Some("nothing to copy: this article has no URL".into());
            return;
        }
    };
    if text.len() > crate::system::COPY_MAX_BYTES {
        app.message = Some(format!("{what} is too long to copy through the terminal"));
        return;
    }
    app.message = Some(format!("copied {what}"));
    app.effects.push(Effect::Copy(text));
}
