//! Dependency order: a depth-first walk with an explicit stack, so a long chain of references
//! cannot overflow the stack, and cycles are found rather than followed forever.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Visit {
    New,
    InProgress,
    Done,
}

/// Orders nodes `0..count` so each comes after what it depends on. Returns the order and the
/// cycles found, each as its members starting with the node at which it closed.
pub fn order(count: usize, deps: &dyn Fn(usize) -> Vec<usize>) -> (Vec<usize>, Vec<Vec<usize>>) {
    let mut state = vec![Visit::New; count];
    let mut order = Vec::with_capacity(count);
    let mut cyclic = Vec::new();
    for start in 0..count {
        if state[start] != Visit::New {
            continue;
        }
        state[start] = Visit::InProgress;
        let mut stack = vec![(start, deps(start), 0)];
        while let Some((node, node_deps, next)) = stack.last_mut() {
            match node_deps.get(*next).copied() {
                Some(dep) => {
                    *next += 1;
                    match state.get(dep) {
                        Some(Visit::New) => {
                            state[dep] = Visit::InProgress;
                            stack.push((dep, deps(dep), 0));
                        }
                        Some(Visit::InProgress) => {
                            let from = stack.iter().position(|(n, _, _)| *n == dep).unwrap_or(0);
                            cyclic.push(stack[from..].iter().map(|(n, _, _)| *n).collect());
                        }
                        _ => {}
                    }
                }
                None => {
                    state[*node] = Visit::Done;
                    order.push(*node);
                    stack.pop();
                }
            }
        }
    }
    (order, cyclic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependencies_come_first_and_cycles_are_found() {
        let edges: Vec<Vec<usize>> = vec![vec![1], vec![2], vec![], vec![4], vec![3]];
        let (order, cyclic) = order(5, &|i| edges[i].clone());
        assert_eq!(&order[..3], &[2, 1, 0]);
        assert_eq!(cyclic, [vec![3, 4]]);
    }

    #[test]
    fn a_long_chain_does_not_overflow() {
        let n = 200_000;
        let (order, cyclic) = order(n, &|i| if i + 1 < n { vec![i + 1] } else { vec![] });
        assert_eq!(order.len(), n);
        assert!(cyclic.is_empty());
    }
}
