//! Metadata: date, outlet and URL from what the text says.
use super::article::Date;
use super::clean::Cleaned;

#[derive(Debug, Default)]
pub struct Found {
    pub date: Option<Date>,
    pub outlet: Option<String>,
    pub url: Option<String>,
}

pub fn extract(_raw: &str, cleaned: &Cleaned) -> Found {
    Found {
        date: cleaned.header_date,
        outlet: cleaned.title_suffix.clone(),
        url: None,
    }
}

pub fn find_date(s: &str) -> Option<Date> {
    Date::parse_iso(s.trim())
}

pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

/// One line of display text: whitespace runs collapsed.
pub fn sanitize_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
