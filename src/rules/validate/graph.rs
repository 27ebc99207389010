//! The shape of a check: no cycles, and every node reachable from the first.

use super::Validator;
use crate::rules::raw;
use crate::rules::{Node, RuleErrorKind, Step};

/// What is wrong with the shape of a check whose nodes are `0..n`, node 0 first.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Shape {
    /// Each cycle as the path that closes it: its first node again at the end.
    pub cycles: Vec<Vec<usize>>,
    /// Nodes the first node cannot reach, in order.
    pub unreachable: Vec<usize>,
}

/// The shape of the graph whose node `i` leads to `adjacency[i]`; `adjacency` is not empty.
pub(super) fn shape(adjacency: &[Vec<usize>]) -> Shape {
    // Iterative three-colour depth-first search: linear in nodes and edges.
    #[derive(Clone, Copy, PartialEq)]
    enum Colour {
        White,
        Grey,
        Black,
    }
    let mut shape = Shape::default();
    let mut colour = vec![Colour::White; adjacency.len()];
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
                    let cycle = stack[start..]
                        .iter()
                        .map(|(n, _)| *n)
                        .chain(std::iter::once(next))
                        .collect();
                    shape.cycles.push(cycle);
                }
                Colour::Black => {}
            }
        } else {
            colour[at] = Colour::Black;
            stack.pop();
        }
    }
    shape.unreachable = (0..adjacency.len())
        .filter(|i| colour[*i] == Colour::White)
        .collect();
    shape
}

/// The nodes `n` leads to, in the order its steps are written.
fn edges(n: &Node) -> Vec<usize> {
    n.cases
        .iter()
        .map(|c| &c.step)
        .chain(std::iter::once(&n.otherwise))
        .chain(n.if_unknown.iter())
        .filter_map(|s| match s {
            Step::Next(i) => Some(*i),
            _ => None,
        })
        .collect()
}

impl Validator<'_> {
    /// Reports cycles and nodes not reachable from the first node, at the node's id.
    pub(super) fn graph(&mut self, display: &str, raw: &raw::RawCheck, nodes: &[Node]) {
        let adjacency: Vec<Vec<usize>> = nodes.iter().map(edges).collect();
        let shape = shape(&adjacency);
        for cycle in &shape.cycles {
            let path: Vec<&str> = cycle.iter().map(|i| nodes[*i].id.as_str()).collect();
            let n = &raw.nodes[cycle[0]];
            let kind = RuleErrorKind::Cycle {
                path: path.join(" → "),
            };
            self.push(display, n.id.referenced, n.id.value.len(), kind);
        }
        for i in shape.unreachable {
            let n = &raw.nodes[i];
            let kind = RuleErrorKind::Unreachable {
                node: n.id.value.clone(),
            };
            self.push(display, n.id.referenced, n.id.value.len(), kind);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::validate::fixture;

    #[test]
    fn shapes() {
        let rows: &[(&str, &[&[usize]], &[&[usize]], &[usize])] = &[
            // name, adjacency, cycles, unreachable
            ("one node", &[&[]], &[], &[]),
            ("a chain", &[&[1], &[2], &[]], &[], &[]),
            (
                "a diamond is no cycle",
                &[&[1, 2], &[3], &[3], &[]],
                &[],
                &[],
            ),
            ("a self loop", &[&[0]], &[&[0, 0]], &[]),
            ("back to the first", &[&[1], &[0]], &[&[0, 1, 0]], &[]),
            (
                "a loop further down",
                &[&[1], &[2], &[1]],
                &[&[1, 2, 1]],
                &[],
            ),
            (
                "two loops",
                &[&[1, 2], &[1], &[0]],
                &[&[1, 1], &[0, 2, 0]],
                &[],
            ),
            ("an orphan", &[&[], &[]], &[], &[1]),
            ("an orphan pointing in", &[&[2], &[2], &[]], &[], &[1]),
            ("an orphan loop", &[&[], &[2], &[1]], &[], &[1, 2]),
        ];
        for (name, adjacency, cycles, unreachable) in rows {
            let adjacency: Vec<Vec<usize>> = adjacency.iter().map(|a| a.to_vec()).collect();
            let expected = Shape {
                cycles: cycles.iter().map(|c| c.to_vec()).collect(),
                unreachable: unreachable.to_vec(),
            };
            assert_eq!(shape(&adjacency), expected, "{name}");
        }
    }

    #[test]
    fn shape_problems_are_reported_at_the_node() {
        let rows = [
            (
                "a cycle, at the node it returns to",
                "      - { id: a, fact: note, otherwise: { next: b } }\n\
                 \x20     - { id: b, fact: note, otherwise: { next: a } }\n",
                vec![(
                    RuleErrorKind::Cycle {
                        path: "a → b → a".into(),
                    },
                    5,
                    15,
                )],
            ),
            (
                "a node nothing leads to",
                "      - { id: a, fact: note, otherwise: { outcome: pass } }\n\
                 \x20     - { id: b, fact: note, otherwise: { outcome: pass } }\n",
                vec![(RuleErrorKind::Unreachable { node: "b".into() }, 6, 15)],
            ),
        ];
        for (name, nodes, expected) in rows {
            assert_eq!(
                fixture::check_errors(&fixture::check(nodes)),
                expected,
                "{name}"
            );
        }
    }
}
