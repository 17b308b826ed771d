rule "dms-encrypted-with-cmk" {
  id       = "ENC078"
  title    = "DMS replication instances and endpoints use a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_dms_replication_instance", "aws_dms_endpoint"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Without kms_key_arn DMS encrypts replication instance storage and endpoint connection
  # settings with the AWS managed key aws/dms.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = (is_set(self.kms_key_arn) && !(is_known(self.kms_key_arn) && (startswith(self.kms_key_arn, "alias/aws/") || strcontains(self.kms_key_arn, ":alias/aws/"))))
  location = "kms_key_arn"

  message     = "DMS encrypts with the AWS managed key aws/dms, not a customer managed key"
  remediation = "Set kms_key_arn to a customer managed KMS key. It can only be chosen when the resource is created."
  why         = <<-EOT
    A DMS replication instance stores the data being migrated and its logs; an endpoint stores
    the database credentials it connects with. Both are encrypted with the AWS managed key
    aws/dms unless kms_key_arn names another. Policy-dependent: preset "all".
  EOT
}
