rule "cognito-identity-pool-no-guest-access" {
  id       = "IAM037"
  title    = "Cognito identity pools do not hand AWS credentials to unauthenticated guests"
  family   = "identity"
  severity = "medium"
  resources = ["aws_cognito_identity_pool"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # allow_unauthenticated_identities defaults to false. When true, anyone who knows the pool
  # id (it ships inside the web or mobile app) obtains temporary AWS credentials for the
  # pool's unauthenticated role without signing in. What that role may do is set elsewhere
  # (aws_cognito_identity_pool_roles_attachment), so the rule reports the guest access itself
  # for review, as AWS Security Hub does.
  assert   = self.allow_unauthenticated_identities != true
  location = "allow_unauthenticated_identities"

  message     = "the identity pool gives AWS credentials to unauthenticated (guest) users"
  remediation = "Set allow_unauthenticated_identities = false. If guest access is a product requirement, give the unauthenticated role only the few actions and resources guests need and record the exception."
  why         = <<-EOT
    Guest identities turn a public app identifier into AWS credentials for anyone on the
    internet. Every permission of the unauthenticated role is therefore public, and its
    calls cannot be tied to a person. Auditors expect access to the system to follow
    authentication, with anonymous access an explicit, reviewed exception.
  EOT

  fix {
    title = "Set allow_unauthenticated_identities = false"
    set {
      allow_unauthenticated_identities = false
    }
  }
}
