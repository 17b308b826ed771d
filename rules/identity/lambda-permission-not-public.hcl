rule "lambda-permission-not-public" {
  id       = "IAM018"
  title    = "Lambda permissions do not let everyone invoke a function"
  family   = "identity"
  severity = "high"
  resources = ["aws_lambda_permission"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # principal "*" is public unless source_arn, source_account or principal_org_id narrows it.
  # The permission that opens a function URL with authorization_type NONE
  # (lambda:InvokeFunctionUrl with function_url_auth_type = "NONE") is left to IAM019, which
  # reports the URL itself. Service principals without source_arn are a confused-deputy risk
  # but not public, and are not reported here.
  assert = !(
    self.principal == "*" &&
    !is_set(self.source_arn) && !is_set(self.source_account) && !is_set(self.principal_org_id) &&
    !(self.action == "lambda:InvokeFunctionUrl" && self.function_url_auth_type == "NONE")
  )
  location = "principal"

  message     = "any AWS principal (\"*\") may invoke the function, with no source or organisation condition"
  remediation = "Set principal to the service or account that calls the function, and add source_arn or source_account (or principal_org_id for an organisation)."
  why         = <<-EOT
    A function policy statement for principal "*" lets any AWS account call the function,
    run its code with its role's permissions and run up its cost. Invocation rights should
    name the caller; AWS documents source_arn and source_account as the way to tie a
    service's permission to one's own resources.
  EOT
}
