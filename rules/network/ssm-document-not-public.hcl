rule "ssm-document-not-public" {
  id       = "NET033"
  title    = "Systems Manager documents are not shared publicly"
  family   = "network"
  severity = "high"
  resources = ["aws_ssm_document"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # permissions is a map { type = "Share", account_ids = "..." }; account_ids "All" shares
  # the document with every AWS account (a public document). Listed account ids pass.
  # account_ids is a comma-separated string; a list is accepted too.
  assert = !(
    try(self.permissions.type == "Share", false) &&
    contains(
      [for a in flatten([try(split(",", self.permissions.account_ids), self.permissions.account_ids, [])]) : lower(trimspace(a))],
      "all"
    )
  )
  location = "permissions"

  message     = "the document is shared with all AWS accounts (permissions.account_ids = \"All\")"
  remediation = "Share the document with named account ids only, or remove permissions; turn on the account setting that blocks public sharing of SSM documents."
  why         = <<-EOT
    Automation and Command documents often reveal internal hostnames, script logic, S3 paths
    and parameter names. A public document exposes them to anyone, and it can be run by other
    accounts against their own resources under the document's name.
  EOT
}
