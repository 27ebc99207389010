//! Splits Fluent files into their messages and what each one uses, so `build.rs` can
//! embed the built-in catalogues as an index: a run parses only the messages it prints
//! (parsing a whole catalogue costs twice a `--version` run).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Where one entry's text is: the file's position in the list given, and a byte range.
pub type Span = (usize, usize, usize);

/// Every message of one language: its key, and the spans of its own text and of every
/// message and term it uses, directly or not (its own span first). A later file's entry
/// replaces an earlier one of the same name, as in the bundle.
pub fn index(files: &[(&str, &str)]) -> Result<BTreeMap<String, Vec<Span>>, String> {
    // Messages by name, terms by `-name`: (span, names used).
    let mut entries: BTreeMap<String, (Span, BTreeSet<String>)> = BTreeMap::new();
    for (file, (path, text)) in files.iter().enumerate() {
        for (start, end) in entry_ranges(text) {
            let snippet = &text[start..end];
            let (name, uses) = read_entry(snippet)
                .ok_or_else(|| format!("{path}: the entry at byte {start} does not stand alone"))?;
            entries.insert(name, ((file, start, end), uses));
        }
    }
    let mut index = BTreeMap::new();
    for (name, (span, _)) in entries.iter().filter(|(n, _)| !n.starts_with('-')) {
        let mut spans = vec![*span];
        let mut seen = BTreeSet::from([name.clone()]);
        let mut todo: Vec<&String> = entries[name].1.iter().collect();
        while let Some(used) = todo.pop() {
            if !seen.insert(used.clone()) {
                continue;
            }
            // A reference to a missing entry stays missing, as Fluent reports it.
            if let Some((span, uses)) = entries.get(used) {
                spans.push(*span);
                todo.extend(uses);
            }
        }
        index.insert(name.clone(), spans);
    }
    Ok(index)
}

/// Byte ranges of the messages and terms of `text`: each starts with a name at the start
/// of a line and runs to the next line that starts with a name or a comment (anything
/// else there, like a select's closing `}`, still belongs to the entry).
fn entry_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut open: Option<usize> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let first = line.chars().next().unwrap_or(' ');
        let names = first.is_ascii_alphabetic() || first == '-';
        if names || first == '#' {
            if let Some(start) = open.take() {
                ranges.push((start, at));
            }
            if names {
                open = Some(at);
            }
        }
        at += line.len();
    }
    if let Some(start) = open {
        ranges.push((start, text.len()));
    }
    ranges
}

/// The name of the one entry `snippet` holds (`-name` for a term) and the names it uses;
/// `None` unless it parses alone as exactly one message or term.
fn read_entry(snippet: &str) -> Option<(String, BTreeSet<String>)> {
    let resource = fluent_syntax::parser::parse(snippet).ok()?;
    let [entry] = resource.body.as_slice() else {
        return None;
    };
    let mut uses = BTreeSet::new();
    let (name, value, attributes) = match entry {
        Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
        Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
        _ => return None,
    };
    for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
        pattern_uses(pattern, &mut uses);
    }
    Some((name, uses))
}

fn pattern_uses(pattern: &Pattern<&str>, uses: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_uses(expression, uses);
        }
    }
}

fn expression_uses(expression: &Expression<&str>, uses: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_uses(selector, uses);
            for variant in variants {
                pattern_uses(&variant.value, uses);
            }
        }
        Expression::Inline(inline) => inline_uses(inline, uses),
    }
}

fn inline_uses(inline: &InlineExpression<&str>, uses: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::MessageReference { id, .. } => {
            uses.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            uses.insert(format!("-{}", id.name));
            for argument in arguments
                .iter()
                .flat_map(|a| a.positional.iter().chain(a.named.iter().map(|n| &n.value)))
            {
                inline_uses(argument, uses);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
            {
                inline_uses(argument, uses);
            }
        }
        InlineExpression::Placeable { expression } => expression_uses(expression, uses),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::VariableReference { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
# A comment.
-brand = Kling
greeting = Hello from { -brand }!
    .title = Greeting
## Group

multi =
    First line

    after a blank line, { greeting }
selector = { $n ->
    [one] one { -unit }
   *[other] { $n } { -unit }s
}
-unit = unit
";

    #[test]
    fn each_message_carries_what_it_uses() {
        let other = "greeting = Hi again\nalone = { missing }\n";
        let index = index(&[("a.ftl", FILE), ("b.ftl", other)]).unwrap();
        let text = |key: &str| -> Vec<&str> {
            index[key]
                .iter()
                .map(|&(f, s, e)| [FILE, other][f][s..e].trim_end())
                .collect()
        };
        let rows: &[(&str, &[&str])] = &[
            // The later file's greeting wins, and uses no term.
            ("greeting", &["greeting = Hi again"]),
            (
                "multi",
                &[
                    "multi =\n    First line\n\n    after a blank line, { greeting }",
                    "greeting = Hi again",
                ],
            ),
            (
                "selector",
                &[
                    "selector = { $n ->\n    [one] one { -unit }\n   *[other] { $n } { -unit }s\n}",
                    "-unit = unit",
                ],
            ),
            ("alone", &["alone = { missing }"]),
        ];
        for (key, expected) in rows {
            assert_eq!(text(key), *expected, "{key}");
        }
        assert_eq!(
            index.keys().collect::<Vec<_>>(),
            ["alone", "greeting", "multi", "selector"]
        );
    }

    #[test]
    fn an_entry_that_does_not_stand_alone_is_an_error() {
        assert!(index(&[("bad.ftl", "key = { $x\nother = y\n")]).is_err());
    }
}
