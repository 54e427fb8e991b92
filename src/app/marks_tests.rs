//! Read state and bookmarks: keys in, marks and list out.

use super::fixture::{self, article_rows, press, selected_article};
use super::*;

#[test]
fn opening_marks_read_and_u_toggles() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "j");
    let a = selected_article(&app).unwrap();
    assert!(!app.is_read(a));
    // Enter opens it in the reader: read, and the marks are to be kept.
    update(&mut app, Action::Open);
    assert!(app.is_read(a));
    assert!(
        matches!(app.effects.last(), Some(Effect::SaveMarks(m)) if m.is_read(&app.bundle.as_ref().unwrap().articles[a].id))
    );
    app.effects.clear();
    press(&mut app, "<Tab>u");
    assert!(!app.is_read(a), "u in the list marks it unread again");
    assert_eq!(app.message.as_deref(), Some("marked unread"));
    press(&mut app, "u");
    assert!(app.is_read(a));
    // Tab to the reader marks the article shown there read.
    press(&mut app, "ju<Tab>");
    let b = app.reader.article.unwrap();
    assert!(app.is_read(b));
}

#[test]
fn b_bookmarks_in_either_pane() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "jb");
    let a = selected_article(&app).unwrap();
    assert!(app.is_bookmarked(a));
    assert_eq!(app.message.as_deref(), Some("bookmarked"));
    press(&mut app, "<Tab>b");
    assert!(!app.is_bookmarked(a));
    // An event row has no article to mark.
    let mut app = fixture::app(120, 40);
    press(&mut app, "gbu");
    assert!(app.marks().bookmarked.is_empty() && app.marks().read.is_empty());
}

#[test]
fn is_qualifiers_filter_by_marks() {
    let mut app = fixture::app(120, 40);
    press(&mut app, "jbjj");
    let bookmarked = article_rows(&app)[0];
    assert!(app.is_bookmarked(bookmarked));
    let read = selected_article(&app).unwrap();
    update(&mut app, Action::Open);
    press(&mut app, "<Tab>");
    let all = article_rows(&app);
    press(&mut app, "/is:bookmarked<Enter>");
    assert_eq!(article_rows(&app), vec![bookmarked]);
    press(&mut app, "<Esc>/is:unread<Enter>");
    let unread = article_rows(&app);
    assert_eq!(unread.len(), all.len() - 1);
    assert!(!unread.contains(&read));
    // Combined with other terms, all must hold.
    press(&mut app, "<Esc>/is:unread outlet:wion<Enter>");
    assert!(article_rows(&app).iter().all(|&a| !app.is_read(a)));
}
