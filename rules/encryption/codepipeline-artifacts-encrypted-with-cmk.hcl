rule "codepipeline-artifacts-encrypted-with-cmk" {
  id       = "ENC079"
  title    = "CodePipeline artifact stores are encrypted with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_codepipeline"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Every artifact_store (one per region for cross-region pipelines) must name a key. Without
  # encryption_key CodePipeline uses the AWS managed key aws/s3.
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = self.artifact_store != null && length(self.artifact_store) > 0 && alltrue([
    for s in self.artifact_store : anytrue([
      for k in coalesce(s.encryption_key, []) : (is_set(k.id) && !(is_known(k.id) && (startswith(k.id, "alias/aws/") || strcontains(k.id, ":alias/aws/"))))
    ])
  ])
  location = "artifact_store"

  message     = "an artifact store of the pipeline is encrypted with the AWS managed key aws/s3"
  remediation = "Add encryption_key { id = <customer managed key ARN>, type = \"KMS\" } to each artifact_store."
  why         = <<-EOT
    Pipeline artifacts carry source code and build output between stages. With the AWS managed
    key aws/s3 they cannot be read by stages in other accounts and their decryption cannot be
    restricted by key policy; a customer managed key allows both. Policy-dependent: preset "all".
  EOT
}
