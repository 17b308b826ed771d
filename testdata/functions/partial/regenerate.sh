#!/usr/bin/env bash
# Records what Terraform plans for every output in main.tf into expected.json, for
# tests/partial_values.rs. Run from anywhere with Terraform 1.11 on PATH:
#
#     bash testdata/functions/partial/regenerate.sh
#
# terraform_data is built into Terraform, so `init` downloads nothing. The plan runs in a
# temporary copy of main.tf, so no state or .terraform is left here. For each output (in file
# order) expected.json holds its expression as written in main.tf and `after` and
# `after_unknown` from the plan's `output_changes`; `resource_instances` lists the planned
# resource addresses. Nothing in expected.json is written by hand: edit main.tf and rerun.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$here/main.tf" "$work/"
export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
terraform -chdir="$work" init -input=false -no-color >/dev/null
terraform -chdir="$work" plan -input=false -no-color -out=plan.out >/dev/null
terraform -chdir="$work" show -json plan.out >"$work/plan.json"
terraform version -json >"$work/version.json"

python3 - "$here/main.tf" "$work/plan.json" "$work/version.json" "$here/expected.json" <<'PY'
import json
import re
import sys

main_tf, plan_json, version_json, out = sys.argv[1:]
line = re.compile(r'^output "([^"]+)" \{ value = (.*) \}$')
exprs = [m.groups() for m in map(line.match, open(main_tf).read().splitlines()) if m]
plan = json.load(open(plan_json))
changes = plan["output_changes"]
if sorted(changes) != sorted(name for name, _ in exprs):
    sys.exit("main.tf has an output not written as one line: output \"NAME\" { value = EXPR }")
outputs = [
    {
        "name": name,
        "expr": expr,
        "after": changes[name].get("after"),
        "after_unknown": changes[name].get("after_unknown", False),
    }
    for name, expr in exprs
]
recorded = {
    "terraform_version": json.load(open(version_json))["terraform_version"],
    "resource_instances": sorted(r["address"] for r in plan.get("resource_changes", [])),
    "outputs": outputs,
}
with open(out, "w") as f:
    json.dump(recorded, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"{len(outputs)} outputs recorded in {out}")
PY
