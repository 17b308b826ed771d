rule "athena-workgroup-results-encrypted-with-kms" {
  id       = "ENC077"
  title    = "Athena workgroups encrypt query results with a customer managed KMS key and enforce it"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_athena_workgroup"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # Query results land in S3, which encrypts new objects with SSE-S3 by default, so a workgroup
  # without result encryption is not unencrypted: this asks for SSE_KMS or CSE_KMS with a named key,
  # enforced on clients (enforce_workgroup_configuration defaults to true).
  # A literal AWS managed alias ("alias/aws/..." or its ARN) is not a customer managed key; a
  # reference to a key (unknown before apply) counts.
  assert   = anytrue([
    for c in coalesce(self.configuration, []) :
    c.enforce_workgroup_configuration != false && anytrue([
      for r in coalesce(c.result_configuration, []) : anytrue([
        for e in coalesce(r.encryption_configuration, []) :
        contains(["SSE_KMS", "CSE_KMS"], upper(coalesce(e.encryption_option, ""))) && (is_set(e.kms_key_arn) && !(is_known(e.kms_key_arn) && (startswith(e.kms_key_arn, "alias/aws/") || strcontains(e.kms_key_arn, ":alias/aws/"))))
      ])
    ])
  ])
  location = "configuration"

  message     = "the workgroup does not enforce KMS encryption of query results with a customer managed key"
  remediation = "Add configuration { enforce_workgroup_configuration = true, result_configuration { encryption_configuration { encryption_option = \"SSE_KMS\", kms_key_arn = <key ARN> } } }."
  why         = <<-EOT
    Athena query results copy whatever the query selected, often personal data, into S3. S3
    encrypts them with SSE-S3 by default; with SSE_KMS and a customer managed key, reading them
    also needs the key, and enforcing the workgroup configuration stops clients from choosing
    weaker settings. Policy-dependent: preset "all".
  EOT
}
