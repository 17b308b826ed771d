rule "codeartifact-domain-encrypted-with-cmk" {
  id       = "ENC083"
  title    = "CodeArtifact domains are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_codeartifact_domain"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Without encryption_key the domain uses the AWS managed key aws/codeartifact.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = (is_set(self.encryption_key) && !(is_known(self.encryption_key) && (startswith(self.encryption_key, "alias/aws/") || strcontains(self.encryption_key, ":alias/aws/"))))
  location = "encryption_key"

  message     = "the domain's packages are encrypted with the AWS managed key aws/codeartifact"
  remediation = "Set encryption_key to a customer managed KMS key ARN. It can only be chosen when the domain is created."
  why         = <<-EOT
    CodeArtifact encrypts every package asset in a domain with the key chosen at creation, the AWS
    managed aws/codeartifact by default. Private packages are source code; a customer managed key
    adds a key policy the account controls. Policy-dependent: preset "all".
  EOT
}
