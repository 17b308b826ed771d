rule "mwaa-environment-encrypted-with-cmk" {
  id       = "ENC085"
  title    = "MWAA environments are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_mwaa_environment"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # MWAA always encrypts its metadata database and logs, with an AWS owned key unless kms_key
  # names one.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = (is_set(self.kms_key) && !(is_known(self.kms_key) && (startswith(self.kms_key, "alias/aws/") || strcontains(self.kms_key, ":alias/aws/"))))
  location = "kms_key"

  message     = "the Airflow environment is encrypted with an AWS owned key, not a customer managed key"
  remediation = "Set kms_key to a customer managed KMS key ARN. It can only be chosen when the environment is created."
  why         = <<-EOT
    An Airflow environment stores connections, variables (often credentials) and task logs. MWAA
    encrypts them with an AWS owned key unless kms_key names a customer managed one, which the
    account controls and audits. Policy-dependent: preset "all".
  EOT
}
