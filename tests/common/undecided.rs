//! What the plan tests share: the rule/resource pairs a scan left undecided.

use tfcomply::check::ScanResult;

/// (rule id, address) of every undecided rule/resource pair, sorted.
pub fn undecided(result: &ScanResult) -> Vec<(String, String)> {
    let mut out: Vec<_> = result
        .undecided
        .iter()
        .map(|u| {
            (
                u.finding.rule_id.clone(),
                u.finding.resource.address.clone(),
            )
        })
        .collect();
    out.sort();
    out
}
