rule "ssm-parameter-secrets-use-securestring" {
  id       = "IAM023"
  title    = "SSM parameters that hold secrets are SecureString"
  family   = "identity"
  severity = "high"
  resources = ["aws_ssm_parameter"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  parameter "secret_name_pattern" {
    default     = "password|passwd|secret|token|credential|api[-_]?key|private[-_]?key|access[-_]?key"
    description = "Regular expression (matched against the lower-cased name) for names that suggest a secret."
  }

  # A parameter whose name suggests a secret (secret_name_pattern) must be of type
  # SecureString. The name is the only hint a configuration gives: "key" alone is left out of
  # the pattern because it names too many non-secrets (kms-key-id, key-pair-name).
  assert = (
    self.type == "SecureString" ||
    !can(regex(param.secret_name_pattern, lower(self.name)))
  )
  location = "type"

  message     = "the parameter's name suggests a secret, but it is stored as plain String, not SecureString"
  remediation = "Set type = \"SecureString\" (with key_id for a customer managed key if access to the key must be controlled separately), and keep the value out of the configuration (value_wo, or set it outside Terraform and ignore changes)."
  why         = <<-EOT
    String parameters are shown in clear text to anyone who can read parameters
    (ssm:GetParameter, the console, many read-only roles) and are not encrypted with a key
    whose use can be restricted and logged. SecureString parameters are encrypted with KMS,
    so reading the secret also needs kms:Decrypt, and each use appears in CloudTrail.
  EOT
}
