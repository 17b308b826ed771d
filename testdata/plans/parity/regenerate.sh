#!/usr/bin/env bash
# Remakes <family>/plan.json for the parity fixtures from a real `terraform plan`, offline:
# the configuration is copied to a scratch directory together with an override file that gives
# the AWS provider dummy credentials and skips its account checks (nothing is sent to AWS for
# a plan of new resources), then `terraform show -json` is written here, pretty-printed, with
# those override arguments taken out of configuration.provider_config again.
#
# Usage: regenerate.sh [FAMILY...]   (default: every family)
# Needs terraform 1.11 and a local copy of the hashicorp/aws provider in TF_PLUGIN_DIR
# (default /opt/tf-plugins, laid out as registry.terraform.io/hashicorp/aws/VERSION/OS_ARCH).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
plugins=${TF_PLUGIN_DIR:-/opt/tf-plugins}
export TF_CLI_CONFIG_FILE=/dev/null TF_IN_AUTOMATION=1
[ $# -gt 0 ] || set -- encryption identity logging network resilience tagging
for family in "$@"; do
  src=$here/$family
  work=$(mktemp -d)
  cp -r "$src/." "$work/"
  rm -f "$work/plan.json"
  # One override per provider configuration, default and aliased.
  for alias in "" $(grep -ho 'alias *= *"[^"]*"' "$src"/*.tf | sed 's/.*"\(.*\)"/\1/'); do
    {
      echo 'provider "aws" {'
      [ -n "$alias" ] && echo "  alias = \"$alias\""
      echo '  access_key                  = "AKIAOVERRIDEONLY"'
      echo '  secret_key                  = "override-only"'
      echo '  skip_credentials_validation = true'
      echo '  skip_requesting_account_id  = true'
      echo '  skip_metadata_api_check     = true'
      echo '}'
    } >>"$work/zz_override.tf"
  done
  (
    cd "$work"
    terraform init -plugin-dir="$plugins" -input=false -no-color >init.log 2>&1 || { cat init.log; exit 1; }
    terraform plan -input=false -no-color -out tfplan >plan.log 2>&1 || { cat plan.log; exit 1; }
    terraform show -json tfplan >raw.json
  )
  python3 - "$work/raw.json" "$src/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
override = {"access_key", "secret_key", "skip_credentials_validation",
            "skip_requesting_account_id", "skip_metadata_api_check"}
for provider in plan["configuration"]["provider_config"].values():
    expressions = provider.get("expressions", {})
    for name in override & set(expressions):
        del expressions[name]
    if "expressions" in provider and not expressions:
        del provider["expressions"]
text = json.dumps(plan, indent=2)
assert "OVERRIDEONLY" not in text and "override-only" not in text
open(sys.argv[2], "w").write(text + "\n")
PY
  echo "$family: $(grep -E '^Plan:' "$work/plan.log")"
  rm -rf "$work"
done
