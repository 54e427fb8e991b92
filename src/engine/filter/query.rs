//! What a person typed after `/`, split into terms.
//!
//! Terms are separated by spaces and must all match. A term is either a qualifier (`outlet:`,
//! `event:`, `date:`) that narrows one field, or a plain word matched fuzzily against outlet,
//! title and event label, and also looked up among the words of the body. `is:unread`,
//! `is:read` and `is:bookmarked` name a flag the reader keeps per article: the filter pass lets
//! them through, and the caller, who knows the flags, applies them.

/// One term of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// Fuzzy over outlet, title and event label; or a word of the body.
    Plain(String),
    /// Case-insensitive substring of the outlet.
    Outlet(String),
    /// Case-insensitive substring of the event label.
    Event(String),
    /// Prefix of the ISO date (`2023`, `2023-06`, `2023-06-12`).
    Date(String),
    /// A flag kept outside the corpus (read state, bookmarks).
    Is(Flag),
}

/// A per-article flag a query can ask for with `is:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Read,
    Unread,
    Bookmarked,
}

impl Flag {
    fn parse(value: &str) -> Option<Flag> {
        match value {
            "read" => Some(Flag::Read),
            "unread" | "new" => Some(Flag::Unread),
            "bookmarked" | "bookmark" | "marked" => Some(Flag::Bookmarked),
            _ => None,
        }
    }

    /// Whether an article with these flags passes.
    pub fn allows(self, read: bool, bookmarked: bool) -> bool {
        match self {
            Flag::Read => read,
            Flag::Unread => !read,
            Flag::Bookmarked => bookmarked,
        }
    }
}

/// A parsed filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
}

impl Query {
    /// Parses `input`. A qualifier with nothing after its colon (still being typed) is left out
    /// rather than matching nothing, so the list does not blink empty mid-word.
    pub fn parse(input: &str) -> Query {
        let terms = input
            .split_whitespace()
            .filter_map(|word| {
                let (key, value) = match word.split_once(':') {
                    Some((k, v)) => (k.to_ascii_lowercase(), v),
                    None => return Some(Term::Plain(word.to_string())),
                };
                let value_lower = value.to_lowercase();
                let term = match key.as_str() {
                    "outlet" | "o" => Term::Outlet(value_lower),
                    "event" | "e" => Term::Event(value_lower),
                    "date" | "d" => Term::Date(value_lower),
                    "is" => match Flag::parse(&value_lower) {
                        Some(flag) => Term::Is(flag),
                        // A flag still being typed ("is:unr") narrows nothing yet.
                        None if value.is_empty()
                            || ["read", "unread", "new", "bookmarked", "marked"]
                                .iter()
                                .any(|f| f.starts_with(&value_lower)) =>
                        {
                            return None
                        }
                        None => return Some(Term::Plain(word.to_string())),
                    },
                    // An unknown key is ordinary text ("10:30", "re:").
                    _ => return Some(Term::Plain(word.to_string())),
                };
                (!value.is_empty()).then_some(term)
            })
            .collect();
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The `is:` flags, which every article the caller keeps must have.
    pub fn flags(&self) -> impl Iterator<Item = Flag> + '_ {
        self.terms.iter().filter_map(|t| match t {
            Term::Is(f) => Some(*f),
            _ => None,
        })
    }

    /// The plain terms, for highlighting.
    pub fn plain(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().filter_map(|t| match t {
            Term::Plain(s) => Some(s.as_str()),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_and_plain_words_are_told_apart() {
        let q = Query::parse("  outlet:WION  kim event:Summit date:2023-06 10:30 ");
        assert_eq!(
            q.terms,
            vec![
                Term::Outlet("wion".into()),
                Term::Plain("kim".into()),
                Term::Event("summit".into()),
                Term::Date("2023-06".into()),
                Term::Plain("10:30".into()),
            ]
        );
        assert_eq!(q.plain().collect::<Vec<_>>(), vec!["kim", "10:30"]);
    }

    #[test]
    fn is_qualifiers_name_flags() {
        let q = Query::parse("is:unread kim IS:Bookmarked is:read is:bogus");
        assert_eq!(
            q.flags().collect::<Vec<_>>(),
            vec![Flag::Unread, Flag::Bookmarked, Flag::Read]
        );
        assert_eq!(q.plain().collect::<Vec<_>>(), vec!["kim", "is:bogus"]);
        // Half-typed, it narrows nothing.
        assert!(Query::parse("is:unr").is_empty());
        assert!(Flag::Unread.allows(false, false));
        assert!(!Flag::Unread.allows(true, true));
        assert!(Flag::Bookmarked.allows(true, true));
        assert!(!Flag::Bookmarked.allows(false, false));
    }

    #[test]
    fn a_qualifier_being_typed_is_ignored() {
        assert!(Query::parse("outlet:").is_empty());
        assert_eq!(Query::parse("kim date:").terms.len(), 1);
    }
}
