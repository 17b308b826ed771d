//! Set functions (sets are lists of distinct elements here).

use super::*;

pub(super) fn sets(name: &str, args: &[Value]) -> Option<FnResult> {
    Some(match name {
        "setunion" => set_operation(args, 1..=usize::MAX, |first, rest| {
            first
                .iter()
                .chain(rest.iter().flat_map(|s| s.iter()))
                .cloned()
                .collect()
        }),
        "setintersection" => set_operation(args, 1..=usize::MAX, |first, rest| {
            let in_all = |v: &&Value| {
                rest.iter()
                    .all(|set| set.iter().any(|x| equals(x, v) == Some(true)))
            };
            first.iter().filter(in_all).cloned().collect()
        }),
        "setsubtract" => set_operation(args, 2..=2, |first, rest| {
            let in_rest = |v: &&Value| {
                rest.iter()
                    .flat_map(|s| s.iter())
                    .any(|x| equals(x, v) == Some(true))
            };
            first.iter().filter(|v| !in_rest(v)).cloned().collect()
        }),
        "setproduct" => setproduct(args),
        _ => return None,
    })
}

/// A set operation over lists whose elements share one type (unified across all the sets);
/// the result is in Terraform's set order.
pub(super) fn set_operation(
    args: &[Value],
    count: std::ops::RangeInclusive<usize>,
    op: fn(&[Value], &[&[Value]]) -> Vec<Value>,
) -> FnResult {
    if !count.contains(&args.len()) {
        return Err(format!("expects {count:?} arguments, got {}", args.len()));
    }
    let lists = args.iter().map(list_arg).collect::<Result<Vec<_>, _>>()?;
    let unified = unify(&lists.concat())?;
    let mut sets: Vec<&[Value]> = Vec::new();
    let mut rest = unified.as_slice();
    for list in &lists {
        let (set, tail) = rest.split_at(list.len());
        sets.push(set);
        rest = tail;
    }
    let (first, others) = sets.split_first().ok_or("expects at least one set")?;
    Ok(Value::list(sorted_set(op(first, others))))
}

pub(super) fn setproduct(args: &[Value]) -> FnResult {
    at_least(args, 2)?;
    let lists = args
        .iter()
        .map(|a| unify(list_arg(a)?))
        .collect::<Result<Vec<_>, _>>()?;
    let total = lists
        .iter()
        .try_fold(1usize, |acc, l| acc.checked_mul(l.len()))
        .filter(|n| *n <= MAX_COLLECTION)
        .ok_or_else(|| format!("more than {MAX_COLLECTION} elements"))?;
    let mut product: Vec<Vec<Value>> = vec![Vec::new()];
    for list in &lists {
        product = product
            .iter()
            .flat_map(|prefix| {
                list.iter().map(move |item| {
                    let mut row = prefix.clone();
                    row.push(item.clone());
                    row
                })
            })
            .collect();
    }
    debug_assert!(product.len() == total);
    Ok(Value::list(product.into_iter().map(Value::list).collect()))
}
