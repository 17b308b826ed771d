rule "msk-cluster-encrypted-with-cmk" {
  id       = "ENC032"
  title    = "MSK clusters encrypt data at rest with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_msk_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Broker storage is always encrypted; in-transit settings of the same block are judged by
  # the in-transit rules.
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = self.encryption_info != null && anytrue([
    for e in self.encryption_info : (is_set(e.encryption_at_rest_kms_key_arn) && !(is_known(e.encryption_at_rest_kms_key_arn) && (startswith(e.encryption_at_rest_kms_key_arn, "alias/aws/") || strcontains(e.encryption_at_rest_kms_key_arn, ":alias/aws/"))))
  ])
  location = "encryption_info"

  message     = "the cluster encrypts data at rest with the AWS managed key, not a customer managed key"
  remediation = "In encryption_info set encryption_at_rest_kms_key_arn to a customer managed key. It cannot be changed after creation."
  why         = <<-EOT
    MSK always encrypts broker storage at rest, with the AWS managed key aws/kafka unless
    encryption_at_rest_kms_key_arn names another. A customer managed key puts the topics'
    data under a key policy the account controls and audits. Policy-dependent: preset
    "all".
  EOT
}
