//! The shape of a check: no cycles, and every node reachable from the first.

use super::Validator;
use crate::rules::raw;
use crate::rules::{Node, RuleErrorKind, Step};

impl Validator<'_> {
    /// Reports cycles and nodes not reachable from the first node.
    pub(super) fn graph(&mut self, display: &str, raw: &raw::RawCheck, nodes: &[Node]) {
        let edges = |n: &Node| -> Vec<usize> {
            n.cases
                .iter()
                .map(|c| &c.step)
                .chain(std::iter::once(&n.otherwise))
                .chain(n.if_unknown.iter())
                .filter_map(|s| {
                    if let Step::Next(i) = s {
                        Some(*i)
                    } else {
                        None
                    }
                })
                .collect()
        };
        // Iterative three-colour depth-first search: linear in nodes and edges.
        #[derive(Clone, Copy, PartialEq)]
        enum Colour {
            White,
            Grey,
            Black,
        }
        let adjacency: Vec<Vec<usize>> = nodes.iter().map(edges).collect();
        let mut colour = vec![Colour::White; nodes.len()];
        let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
        colour[0] = Colour::Grey;
        while let Some(&mut (at, ref mut edge)) = stack.last_mut() {
            if let Some(&next) = adjacency[at].get(*edge) {
                *edge += 1;
                match colour[next] {
                    Colour::White => {
                        colour[next] = Colour::Grey;
                        stack.push((next, 0));
                    }
                    Colour::Grey => {
                        let start = stack.iter().position(|(n, _)| *n == next).unwrap_or(0);
                        let cycle: Vec<&str> = stack[start..]
                            .iter()
                            .map(|(n, _)| nodes[*n].id.as_str())
                            .chain(std::iter::once(nodes[next].id.as_str()))
                            .collect();
                        let n = &raw.nodes[next];
                        let kind = RuleErrorKind::Cycle {
                            path: cycle.join(" → "),
                        };
                        self.push(display, n.id.referenced, n.id.value.len(), kind);
                    }
                    Colour::Black => {}
                }
            } else {
                colour[at] = Colour::Black;
                stack.pop();
            }
        }
        let reached: Vec<bool> = colour.iter().map(|c| *c != Colour::White).collect();
        for (i, seen) in reached.iter().enumerate() {
            if !seen {
                let n = &raw.nodes[i];
                let kind = RuleErrorKind::Unreachable {
                    node: n.id.value.clone(),
                };
                self.push(display, n.id.referenced, n.id.value.len(), kind);
            }
        }
    }
}
