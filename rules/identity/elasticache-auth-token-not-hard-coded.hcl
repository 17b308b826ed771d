rule "elasticache-auth-token-not-hard-coded" {
  id       = "IAM022"
  title    = "ElastiCache AUTH tokens are not written in the configuration"
  family   = "identity"
  severity = "high"
  resources = ["aws_elasticache_replication_group"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # A value known before apply was written into the configuration: a literal, a local, a
  # variable default or a committed .tfvars file. Values known only at apply (a variable
  # without a value, random_password.x.result, a Secrets Manager data source) are undecided,
  # not findings. A value supplied through TF_VAR_ or -var when tfcomply runs is known too and
  # is reported; scan without those inputs.
  assert   = self.auth_token == null || self.auth_token == ""
  location = "auth_token"

  message     = "the Redis/Valkey AUTH token is written in the configuration"
  remediation = "Generate the token with random_password or read it from a secret store at apply time, or use ElastiCache RBAC users and user groups with IAM authentication."
  why         = <<-EOT
    The AUTH token is the only credential a Redis or Valkey client needs. Written in the code,
    it reaches everyone with access to the repository and its history, and it cannot be
    rotated without a code change.
  EOT
}
