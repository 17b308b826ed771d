rule "cloudtrail-logs-encrypted-with-kms" {
  id       = "ENC009"
  title    = "CloudTrail log files are encrypted with a KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_cloudtrail"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Trail log files land in S3, which encrypts them with SSE-S3 when the trail names no key:
  # they are encrypted at rest either way. The KMS key adds a separately granted read
  # permission; the CIS AWS Foundations Benchmark asks for it, most SOC 2 policies do not, so
  # it belongs to the "all" preset.
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = (is_set(self.kms_key_id) && !(is_known(self.kms_key_id) && (startswith(self.kms_key_id, "alias/aws/") || strcontains(self.kms_key_id, ":alias/aws/"))))
  location = "kms_key_id"

  message     = "the trail does not encrypt its log files with a KMS key (kms_key_id)"
  remediation = "Set kms_key_id to a customer managed KMS key whose policy lets CloudTrail encrypt and your log readers decrypt."
  why         = <<-EOT
    Trail logs record who did what across the account, including resource names and source
    addresses, and are the first thing an investigator needs. Without a key, CloudTrail
    stores them with the bucket's default encryption (SSE-S3), so anyone who can read the
    bucket reads the logs. With SSE-KMS, reading them takes
    both S3 access and a separately granted key permission, and every decryption is itself
    recorded.
  EOT
}
