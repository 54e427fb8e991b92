//! Keys that reach outside the app (browser, clipboard): the effects they ask for.

use super::fixture::{self, press, QUOTE};
use super::*;

fn take(app: &mut App) -> Vec<Effect> {
    std::mem::take(&mut app.effects)
}

#[test]
fn o_asks_to_open_the_current_articles_url() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j");
    update(&mut app, Action::OpenUrl);
    let url = app.bundle.as_ref().unwrap().articles[0]
        .url
        .clone()
        .unwrap();
    assert!(matches!(&take(&mut app)[..], [Effect::OpenUrl(u)] if *u == url));
    assert_eq!(app.message, Some(format!("opening {url}")));
    // On an event row there is no article.
    press(&mut app, "g");
    update(&mut app, Action::OpenUrl);
    assert!(take(&mut app).is_empty());
    assert_eq!(app.message.as_deref(), Some("this article has no URL"));
}

#[test]
fn y_copies_the_url_or_the_passage_jumped_to() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j");
    update(&mut app, Action::Copy);
    assert!(matches!(&take(&mut app)[..], [Effect::Copy(u)] if u.starts_with("https://")));
    assert_eq!(app.message.as_deref(), Some("copied the URL"));
    // In the reader, after a jump, the passage itself.
    press(&mut app, "<Enter>n");
    assert!(app.reader.current.is_some());
    update(&mut app, Action::Copy);
    let effects = take(&mut app);
    let [Effect::Copy(text)] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert!(text.contains(QUOTE), "{text:?}");
    assert!(text.len() < 200, "{text:?}");
    assert_eq!(app.message.as_deref(), Some("copied the shared passage"));
}

#[test]
fn an_article_without_url_copies_nothing() {
    let mut b = fixture::bundle();
    for a in &mut b.articles {
        a.url = None;
    }
    let analysis = fixture::analysis(&b);
    let mut app = App::loaded(b, analysis, ratatui::layout::Rect::new(0, 0, 120, 40));
    press(&mut app, "jyo");
    assert!(take(&mut app).is_empty());
    assert_eq!(app.message.as_deref(), Some("this article has no URL"));
}
