//! The decision tree as a graph (`rules graph`): Mermaid for READMEs and issues, Graphviz
//! DOT for `dot -Tsvg`. Check titles, questions and edge words come from `locales/`, so
//! the graph reads in the chosen language. Pure: returns a `String`.

use std::fmt::Write as _;

use fluent::FluentArgs;

use crate::cli::GraphFormat;
use crate::facts::Value;
use crate::i18n::Tr;
use crate::rules::{Check, Comparison, Condition, Node, Operand, RuleSet, Step};

/// One box of the graph.
struct Vertex {
    id: String,
    label: String,
    shape: Shape,
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Question,
    Finding,
    End,
}

struct Edge {
    from: String,
    to: String,
    label: String,
}

/// One check as a cluster of vertices and edges.
struct Cluster {
    id: String,
    title: String,
    vertices: Vec<Vertex>,
    edges: Vec<Edge>,
}

pub fn render(rules: &RuleSet, tr: &Tr<'_>, format: GraphFormat) -> String {
    let clusters: Vec<Cluster> = rules.checks.iter().map(|c| cluster(c, tr)).collect();
    match format {
        GraphFormat::Mermaid => mermaid(&clusters),
        GraphFormat::Dot => dot(&clusters),
    }
}

fn cluster(check: &Check, tr: &Tr<'_>) -> Cluster {
    let mut c = Cluster {
        id: format!("c_{}", ident(&check.id)),
        title: tr.tr(&check.title),
        vertices: Vec::new(),
        edges: Vec::new(),
    };
    for node in &check.nodes {
        c.vertices.push(Vertex {
            id: node_id(&node.id),
            label: question(node, tr),
            shape: Shape::Question,
        });
    }
    for node in &check.nodes {
        let from = node_id(&node.id);
        let steps = node
            .cases
            .iter()
            .map(|case| (condition(&case.condition, tr), &case.step))
            .chain(std::iter::once((tr.tr("graph-otherwise"), &node.otherwise)))
            .chain(node.if_unknown.iter().map(|s| (tr.tr("graph-unknown"), s)));
        for (label, step) in steps {
            let to = target(&mut c, check, step, tr);
            c.edges.push(Edge {
                from: from.clone(),
                to,
                label,
            });
        }
    }
    c
}

/// The vertex a step leads to, adding a leaf the first time one is needed.
fn target(c: &mut Cluster, check: &Check, step: &Step, tr: &Tr<'_>) -> String {
    let (id, label, shape) = match step {
        Step::Next(i) => {
            return check
                .nodes
                .get(*i)
                .map_or_else(String::new, |n| node_id(&n.id));
        }
        Step::Finding { id, severity, .. } => (
            format!("f_{}_{}_{}", ident(&check.id), ident(id), severity.as_str()),
            format!(
                "{} {id}",
                tr.tr(&format!("graph-severity-{}", severity.as_str()))
            ),
            Shape::Finding,
        ),
        Step::Pass => (
            format!("e_{}_pass", ident(&check.id)),
            tr.tr("graph-pass"),
            Shape::End,
        ),
        Step::Skip => (
            format!("e_{}_skip", ident(&check.id)),
            tr.tr("graph-skip"),
            Shape::End,
        ),
    };
    if !c.vertices.iter().any(|v| v.id == id) {
        c.vertices.push(Vertex {
            id: id.clone(),
            label,
            shape,
        });
    }
    id
}

/// The node's question in the chosen language, with the fact key for rule authors;
/// computed facts have a description instead of a question.
fn question(node: &Node, tr: &Tr<'_>) -> String {
    let text = match &node.question {
        Some(key) => tr.tr(key),
        None => tr.tr(&derived_label_key(&node.fact)),
    };
    format!("{text}\n{}", node.fact)
}

/// The message describing a computed fact in the graph: `graph-derived-video-cost`.
pub fn derived_label_key(fact: &str) -> String {
    format!("graph-derived-{}", fact.replace('_', "-"))
}

fn condition(condition: &Condition, tr: &Tr<'_>) -> String {
    let value = |v: &Value| v.to_string();
    match condition {
        Condition::Equals(v) => format!("= {}", value(v)),
        Condition::NotEquals(v) => format!("≠ {}", value(v)),
        Condition::OneOf(vs) => {
            format!("∈ {}", vs.iter().map(value).collect::<Vec<_>>().join(", "))
        }
        Condition::Compare(op, operand) => {
            let op = match op {
                Comparison::LessThan => "<",
                Comparison::AtMost => "≤",
                Comparison::GreaterThan => ">",
                Comparison::AtLeast => "≥",
            };
            match operand {
                Operand::Number(n) => format!("{op} {}", Value::Number(*n)),
                Operand::Fact(fact) => format!("{op} {fact}"),
            }
        }
        Condition::InPast(true) => tr.tr("graph-in-past"),
        Condition::InPast(false) => tr.tr("graph-not-in-past"),
        Condition::WithinDays(days) => {
            let mut args = FluentArgs::new();
            args.set("days", *days);
            tr.tr_args("graph-within-days", Some(&args))
        }
    }
}

fn node_id(id: &str) -> String {
    format!("n_{}", ident(id))
}

/// An identifier both Mermaid and DOT accept.
fn ident(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn mermaid(clusters: &[Cluster]) -> String {
    let esc = |s: &str| {
        s.replace('&', "#amp;")
            .replace('"', "#quot;")
            .replace('<', "#lt;")
            .replace('>', "#gt;")
            .replace('\n', "<br/>")
    };
    let mut out = String::from("flowchart TD\n");
    for c in clusters {
        let _ = writeln!(out, "  subgraph {}[\"{}\"]", c.id, esc(&c.title));
        for v in &c.vertices {
            let label = esc(&v.label);
            let _ = match v.shape {
                Shape::Question => writeln!(out, "    {}[\"{label}\"]", v.id),
                Shape::Finding => writeln!(out, "    {}([\"{label}\"])", v.id),
                Shape::End => writeln!(out, "    {}((\"{label}\"))", v.id),
            };
        }
        for e in &c.edges {
            let _ = writeln!(out, "    {} -->|\"{}\"| {}", e.from, esc(&e.label), e.to);
        }
        out.push_str("  end\n");
    }
    out
}

fn dot(clusters: &[Cluster]) -> String {
    let esc = |s: &str| {
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
    };
    let mut out = String::from(
        "digraph rules {\n  rankdir=TB;\n  node [shape=box, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n",
    );
    for c in clusters {
        let _ = writeln!(out, "  subgraph cluster_{} {{", c.id);
        let _ = writeln!(out, "    label=\"{}\";", esc(&c.title));
        for v in &c.vertices {
            let shape = match v.shape {
                Shape::Question => "shape=box",
                Shape::Finding => "shape=box, style=rounded",
                Shape::End => "shape=ellipse",
            };
            let _ = writeln!(out, "    {} [label=\"{}\", {shape}];", v.id, esc(&v.label));
        }
        for e in &c.edges {
            let _ = writeln!(
                out,
                "    {} -> {} [label=\"{}\"];",
                e.from,
                e.to,
                esc(&e.label)
            );
        }
        out.push_str("  }\n");
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derived::DERIVED;
    use crate::i18n::{Lang, Messages};
    use crate::rules::{RuleSource, Severity};

    #[test]
    fn every_label_the_graph_builds_exists_in_both_languages() {
        let files = RuleSource::Embedded.files().expect("embedded rules");
        let messages = Messages::load(files.locales()).expect("embedded messages");
        let keys = DERIVED.iter().map(|d| derived_label_key(d.key)).chain(
            [Severity::Error, Severity::Warning, Severity::Info]
                .map(|s| format!("graph-severity-{}", s.as_str())),
        );
        for key in keys {
            for lang in Lang::ALL {
                assert!(messages.has(lang, &key), "`{key}` missing in {lang}");
            }
        }
    }
}
