rule "provider-has-no-hardcoded-credentials" {
  id        = "IAM042"
  title     = "The AWS provider is not given access keys in the configuration"
  family    = "identity"
  severity  = "critical"
  resources = ["provider.aws"]
  criteria = {
    soc2 = ["CC6.1", "CC6.2"]
    sox  = ["ITGC-AC"]
  }

  # A known, non-empty `secret_key` (or `access_key` with it, or `token`) is a credential
  # written into the code: a literal, or a variable's default. A variable without a value (set
  # from the environment or a secret store at run time) is unknown and not a finding.
  assert = !anytrue([
    for k in ["secret_key", "token"] :
    try(length(self[k]) > 0, false)
  ])
  location = "secret_key"

  message     = "the AWS provider's secret key is written in the configuration"
  remediation = "Remove access_key, secret_key and token from the provider block and rotate the exposed key. Let the provider find credentials itself: environment variables, a shared profile, an instance or task role, or OIDC federation from CI."
  why         = <<-EOT
    A secret key in a Terraform file is in every clone, fork and CI log of the repository,
    and in its history after it is deleted. Long-lived keys that leak give whoever finds them
    the deployer's rights, usually administrator. Credentials belong in the environment the
    code runs in, issued and rotated by an identity system.
  EOT
}
