rule "sagemaker-encrypted-with-cmk" {
  id       = "ENC036"
  title    = "SageMaker notebooks, domains and endpoints encrypt storage with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_sagemaker_notebook_instance", "aws_sagemaker_domain", "aws_sagemaker_endpoint_configuration"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # The storage is encrypted either way; this asks for the customer managed key. Notebook
  # instances and domains call it kms_key_id, endpoint configurations kms_key_arn.
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = (is_set(try(self.kms_key_id, null)) && !(is_known(try(self.kms_key_id, null)) && (startswith(try(self.kms_key_id, null), "alias/aws/") || strcontains(try(self.kms_key_id, null), ":alias/aws/")))) || (is_set(try(self.kms_key_arn, null)) && !(is_known(try(self.kms_key_arn, null)) && (startswith(try(self.kms_key_arn, null), "alias/aws/") || strcontains(try(self.kms_key_arn, null), ":alias/aws/"))))
  location = "kms_key_id"

  message     = "the SageMaker resource does not name a customer managed KMS key for its storage"
  remediation = "Set kms_key_id (notebook instance, domain) or kms_key_arn (endpoint configuration) to a customer managed key."
  why         = <<-EOT
    SageMaker encrypts the storage volumes of notebooks, Studio domains and hosting
    instances with AWS managed keys when no key is named. Notebooks and domains hold
    training data, credentials and code; naming a customer managed key puts them under a key
    policy the account controls and audits. Policy-dependent: preset "all".
  EOT
}
