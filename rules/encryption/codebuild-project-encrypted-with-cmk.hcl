rule "codebuild-project-encrypted-with-cmk" {
  id       = "ENC076"
  title    = "CodeBuild projects encrypt build output with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_codebuild_project"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Without encryption_key CodeBuild encrypts artifacts, cache and logs it writes to S3 with the
  # AWS managed key aws/s3.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = (is_set(self.encryption_key) && !(is_known(self.encryption_key) && (startswith(self.encryption_key, "alias/aws/") || strcontains(self.encryption_key, ":alias/aws/"))))
  location = "encryption_key"

  message     = "the project encrypts build output with the AWS managed key aws/s3, not a customer managed key"
  remediation = "Set encryption_key to a customer managed KMS key ARN that the project's service role can use."
  why         = <<-EOT
    Build artifacts often hold compiled code, packaged configuration and sometimes secrets baked
    in by mistake. CodeBuild encrypts them with the AWS managed key aws/s3 unless encryption_key
    names another; a customer managed key restricts who can read them to the key's grantees.
    Policy-dependent: preset "all".
  EOT
}
