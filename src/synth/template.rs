//! Sentence templates: a tiny language for prose with alternatives and slots.
//!
//! `{a|b|c}` picks one alternative (they nest), `$name` inserts a slot (a fact of the event, or a
//! fresh name or place drawn for this sentence), `@a` becomes "a" or "an" to suit the next word.
//! Alternatives are drawn from the wording stream and fresh entities from the entity stream, so
//! a rewrite can say the same thing (same people, same places) in other words.

use super::rng::Rng;

/// What a `$name` stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Fixed for the event (an index into its table of values).
    Fixed(usize),
    /// Drawn afresh at every use.
    Fresh(Fresh),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fresh {
    /// A full name.
    Anyone,
    /// A city, with its country when it is not the event's.
    Anyplace,
    /// A year before the event.
    Anyyear,
    Anyage,
    /// An occupation.
    Anyjob,
    /// The outlet writing the article.
    Outlet,
    /// The fact a frame attributes.
    Fact,
    /// The quotation a frame attributes, and its speaker's name, surname and role.
    Quote,
    Who,
    WhoLast,
    WhoRole,
    /// The writer's opening and closing quotation marks.
    OpenQuote,
    CloseQuote,
}

/// Names of the fixed slots, in table order (see `event.rs` for what each holds).
pub const FIXED: &[&str] = &[
    "place", "country", "demonym", "weekday", "day", "month", "year", "p1", "p2", "p3", "p1l",
    "p2l", "p3l", "r1", "r2", "r3", "org1", "org2", "n1", "n2", "n3", "d1", "d2", "d3", "d4",
    "agency", "time",
];

fn slot_of(name: &str) -> Option<Slot> {
    if let Some(i) = FIXED.iter().position(|f| *f == name) {
        return Some(Slot::Fixed(i));
    }
    Some(Slot::Fresh(match name {
        "anyone" => Fresh::Anyone,
        "anyplace" => Fresh::Anyplace,
        "anyyear" => Fresh::Anyyear,
        "anyage" => Fresh::Anyage,
        "anyjob" => Fresh::Anyjob,
        "outlet" => Fresh::Outlet,
        "fact" => Fresh::Fact,
        "quote" => Fresh::Quote,
        "who" => Fresh::Who,
        "wholast" => Fresh::WhoLast,
        "whorole" => Fresh::WhoRole,
        "oq" => Fresh::OpenQuote,
        "cq" => Fresh::CloseQuote,
        _ => return None,
    }))
}

#[derive(Debug, Clone)]
enum Node {
    Lit(&'static str),
    Alt(Vec<Vec<Node>>),
    Slot(Slot),
    Article,
}

/// A parsed template.
#[derive(Debug, Clone)]
pub struct Template {
    nodes: Vec<Node>,
    /// Whether rendering can leave spacing to mend: an empty alternative, or a slot whose
    /// value can end in an abbreviation's full stop.
    untidy: bool,
}

/// Marks where "a"/"an" goes until the next word is known.
const ARTICLE_MARK: char = '\u{1}';

/// Supplies the slots while a template renders.
pub trait Slots {
    fn fixed(&self, i: usize) -> &str;
    fn fresh(&self, f: Fresh, rng: &mut Rng, out: &mut String);
}

impl Template {
    /// Parses a template; malformed templates are programming errors in the built-in data, so
    /// they panic (every template is parsed by the tests).
    pub fn parse(source: &'static str) -> Template {
        let (nodes, rest) = parse_seq(source, source, 0);
        assert!(rest.is_empty(), "unbalanced '}}' in template {source:?}");
        let untidy = untidy(&nodes);
        Template { nodes, untidy }
    }

    /// The template with every literal passed through `f` (to respell it, say). Literals `f`
    /// changes are leaked: templates are built once and live as long as the program.
    pub fn map_literals(&self, f: &dyn Fn(&str) -> Option<String>) -> Template {
        fn map(nodes: &[Node], f: &dyn Fn(&str) -> Option<String>) -> Vec<Node> {
            nodes
                .iter()
                .map(|n| match n {
                    Node::Lit(s) => Node::Lit(match f(s) {
                        Some(new) => Box::leak(new.into_boxed_str()),
                        None => s,
                    }),
                    Node::Alt(alts) => Node::Alt(alts.iter().map(|a| map(a, f)).collect()),
                    other => other.clone(),
                })
                .collect()
        }
        Template {
            nodes: map(&self.nodes, f),
            untidy: self.untidy,
        }
    }

    /// Renders into `out`. `words` draws the alternatives, `ents` the fresh entities.
    pub fn render(&self, slots: &dyn Slots, words: &mut Rng, ents: &mut Rng, out: &mut String) {
        let start = out.len();
        render_seq(&self.nodes, slots, words, ents, out);
        if out[start..].contains(ARTICLE_MARK) {
            fix_articles(out, start);
        }
        if self.untidy {
            tidy(out, start);
        }
    }
}

fn untidy(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| match n {
        Node::Alt(alts) => alts.iter().any(|a| a.is_empty() || untidy(a)),
        Node::Slot(Slot::Fresh(Fresh::Fact)) => true,
        Node::Slot(Slot::Fixed(i)) => FIXED[*i] == "time",
        _ => false,
    })
}

fn parse_seq(src: &'static str, whole: &'static str, depth: usize) -> (Vec<Node>, &'static str) {
    let mut nodes = Vec::new();
    let mut rest = src;
    loop {
        let stop = rest.find(['{', '}', '|', '$', '@']).unwrap_or(rest.len());
        if stop > 0 {
            nodes.push(Node::Lit(&rest[..stop]));
        }
        rest = &rest[stop..];
        let Some(c) = rest.chars().next() else {
            assert!(depth == 0, "unclosed '{{' in template {whole:?}");
            return (nodes, rest);
        };
        match c {
            '}' | '|' => {
                assert!(depth > 0, "stray {c:?} in template {whole:?}");
                return (nodes, rest);
            }
            '{' => {
                let mut alts = Vec::new();
                rest = &rest[1..];
                loop {
                    let (alt, r) = parse_seq(rest, whole, depth + 1);
                    alts.push(alt);
                    match r.chars().next() {
                        Some('|') => rest = &r[1..],
                        Some('}') => {
                            rest = &r[1..];
                            break;
                        }
                        _ => panic!("unclosed '{{' in template {whole:?}"),
                    }
                }
                nodes.push(Node::Alt(alts));
            }
            '$' => {
                let name_len = rest[1..]
                    .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
                    .unwrap_or(rest.len() - 1);
                let name = &rest[1..1 + name_len];
                let slot = slot_of(name)
                    .unwrap_or_else(|| panic!("unknown slot ${name} in template {whole:?}"));
                nodes.push(Node::Slot(slot));
                rest = &rest[1 + name_len..];
            }
            _ => {
                assert!(
                    rest.starts_with("@a"),
                    "'@' must be '@a' in template {whole:?}"
                );
                nodes.push(Node::Article);
                rest = &rest[2..];
            }
        }
    }
}

fn render_seq(
    nodes: &[Node],
    slots: &dyn Slots,
    words: &mut Rng,
    ents: &mut Rng,
    out: &mut String,
) {
    for node in nodes {
        match node {
            Node::Lit(s) => out.push_str(s),
            Node::Alt(alts) => {
                let i = words.below(alts.len());
                render_seq(&alts[i], slots, words, ents, out);
            }
            Node::Slot(Slot::Fixed(i)) => out.push_str(slots.fixed(*i)),
            Node::Slot(Slot::Fresh(f)) => slots.fresh(*f, ents, out),
            Node::Article => out.push(ARTICLE_MARK),
        }
    }
}

/// Replaces each article mark after `start` with "a" or "an" according to the word after it.
fn fix_articles(out: &mut String, start: usize) {
    let tail = out.split_off(start);
    let mut rest = tail.as_str();
    while let Some(i) = rest.find(ARTICLE_MARK) {
        out.push_str(&rest[..i]);
        rest = &rest[i + ARTICLE_MARK.len_utf8()..];
        let next = rest.trim_start().to_ascii_lowercase();
        let vowel = next.starts_with(['a', 'e', 'i', 'o', 'u'])
            && !["uni", "one", "eu", "use", "usu"]
                .iter()
                .any(|p| next.starts_with(p))
            || next.starts_with("hour")
            || next.starts_with("honest")
            || next.starts_with(|c: char| c.is_ascii_digit()) && starts_with_vowel_number(&next);
        out.push_str(if vowel { "an" } else { "a" });
    }
    out.push_str(rest);
}

/// "an 8.1 magnitude", "an 11-year-old", "an 18-month": numbers read aloud with a vowel.
fn starts_with_vowel_number(s: &str) -> bool {
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.starts_with('8') || digits == "11" || digits == "18"
}

/// Mends the spacing an empty alternative leaves: doubled spaces, a space before punctuation,
/// spaces at the ends.
fn tidy(out: &mut String, start: usize) {
    let region = &out[start..];
    let messy = region.starts_with(' ')
        || region.ends_with(' ')
        || region.contains("  ")
        || [" ,", " .", " ;", " :", ".m.."]
            .iter()
            .any(|p| region.contains(p));
    if !messy {
        return;
    }
    let mut clean = String::with_capacity(region.len());
    let mut chars = region.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let next = chars.peek().copied();
            if clean.is_empty()
                || clean.ends_with(' ')
                || matches!(next, None | Some(' ' | ',' | '.' | ';' | ':'))
            {
                continue;
            }
        }
        // "at 8:40 a.m." ending a sentence takes no second full stop.
        if c == '.' && clean.ends_with(".m.") {
            continue;
        }
        clean.push(c);
    }
    out.truncate(start);
    out.push_str(&clean);
}

/// Upper-cases the first letter of `out[start..]`.
pub fn capitalise_from(out: &mut String, start: usize) {
    if let Some(b) = out.as_bytes().get(start) {
        if b.is_ascii_lowercase() {
            // SAFETY-free fast path: an ASCII letter stays one byte when upper-cased.
            let upper = (*b as char).to_ascii_uppercase();
            out.replace_range(start..start + 1, upper.encode_utf8(&mut [0; 4]));
            return;
        }
    }
    if let Some(c) = out[start..].chars().next() {
        if c.is_lowercase() {
            let upper: String = c.to_uppercase().collect();
            out.replace_range(start..start + c.len_utf8(), &upper);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed;
    impl Slots for Fixed {
        fn fixed(&self, i: usize) -> &str {
            FIXED[i]
        }
        fn fresh(&self, _: Fresh, rng: &mut Rng, out: &mut String) {
            out.push_str(["Ann", "Bo"][rng.below(2)]);
        }
    }

    #[test]
    fn renders_alternatives_slots_and_articles() {
        let t = Template::parse(
            "{the|a} {big|large {red|blue}} $place, @a $country and @a {owl|cat}; $anyone",
        );
        let mut seen = std::collections::HashSet::new();
        for seed in 0..200 {
            let mut out = String::new();
            t.render(
                &Fixed,
                &mut Rng::new(seed),
                &mut Rng::new(seed + 1),
                &mut out,
            );
            assert!(out.contains(" place, a country and "), "{out}");
            assert!(
                out.ends_with("an owl; Ann")
                    || out.ends_with("a cat; Ann")
                    || out.ends_with("an owl; Bo")
                    || out.ends_with("a cat; Bo"),
                "{out}"
            );
            seen.insert(out);
        }
        // 2 * 3 * 2 * 2 distinct renderings.
        assert_eq!(seen.len(), 24);
    }

    #[test]
    fn empty_alternatives_leave_no_stray_spaces() {
        let t = Template::parse("{|x} rates {|by} 5 {|at noon}, {|really} . done {|}");
        for seed in 0..40 {
            let mut out = String::from("keep  this ");
            t.render(&Fixed, &mut Rng::new(seed), &mut Rng::new(0), &mut out);
            let s = &out["keep  this ".len()..];
            assert!(
                !s.contains("  ")
                    && !s.contains(" ,")
                    && !s.contains(" .")
                    && !s.starts_with(' ')
                    && !s.ends_with(' '),
                "{s:?}"
            );
            assert!(out.starts_with("keep  this "));
        }
    }

    #[test]
    #[should_panic(expected = "unknown slot")]
    fn unknown_slots_are_caught() {
        Template::parse("$nonsense here");
    }

    #[test]
    #[should_panic(expected = "unclosed")]
    fn unclosed_braces_are_caught() {
        Template::parse("{a|b");
    }

    #[test]
    fn capitalises_the_first_letter() {
        let mut s = String::from("x: élan vital");
        capitalise_from(&mut s, 3);
        assert_eq!(s, "x: Élan vital");
    }
}
