rule "glue-security-configuration-uses-kms" {
  id       = "ENC087"
  title    = "Glue security configurations encrypt job output, logs and bookmarks with KMS"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_glue_security_configuration"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # All three blocks are required by the resource. S3 output and CloudWatch logs are encrypted
  # anyway (SSE-S3 and CloudWatch Logs defaults), so DISABLED or SSE-S3 is not "unencrypted":
  # this asks for KMS keys throughout, a policy choice (preset "all"). A literal AWS managed
  # alias is not a customer managed key; a reference counts.
  assert   = alltrue([
    for c in coalesce(self.encryption_configuration, []) :
    alltrue([for w in coalesce(c.cloudwatch_encryption, []) : upper(coalesce(w.cloudwatch_encryption_mode, "DISABLED")) == "SSE-KMS" && (is_set(w.kms_key_arn) && !(is_known(w.kms_key_arn) && (startswith(w.kms_key_arn, "alias/aws/") || strcontains(w.kms_key_arn, ":alias/aws/"))))]) &&
    alltrue([for j in coalesce(c.job_bookmarks_encryption, []) : upper(coalesce(j.job_bookmarks_encryption_mode, "DISABLED")) == "CSE-KMS" && (is_set(j.kms_key_arn) && !(is_known(j.kms_key_arn) && (startswith(j.kms_key_arn, "alias/aws/") || strcontains(j.kms_key_arn, ":alias/aws/"))))]) &&
    alltrue([for s in coalesce(c.s3_encryption, []) : upper(coalesce(s.s3_encryption_mode, "DISABLED")) == "SSE-KMS" && (is_set(s.kms_key_arn) && !(is_known(s.kms_key_arn) && (startswith(s.kms_key_arn, "alias/aws/") || strcontains(s.kms_key_arn, ":alias/aws/"))))])
  ])
  location = "encryption_configuration"

  message     = "the Glue security configuration does not use KMS keys for S3 output, CloudWatch logs and job bookmarks"
  remediation = "Set s3_encryption_mode = \"SSE-KMS\", cloudwatch_encryption_mode = \"SSE-KMS\" and job_bookmarks_encryption_mode = \"CSE-KMS\", each with kms_key_arn of a customer managed key."
  why         = <<-EOT
    Glue jobs and crawlers that use a security configuration write their output to S3, their logs
    to CloudWatch and their progress to job bookmarks as it says. With KMS keys for all three the
    account controls who can read what a job produced and logged. Policy-dependent: preset "all".
  EOT
}
