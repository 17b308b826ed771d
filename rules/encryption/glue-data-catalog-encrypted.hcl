rule "glue-data-catalog-encrypted" {
  id       = "ENC027"
  title    = "Glue Data Catalog encryption settings encrypt metadata and connection passwords"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_glue_data_catalog_encryption_settings"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # The catalog is unencrypted until these settings say otherwise. Both parts are required:
  # catalog_encryption_mode other than "DISABLED" (SSE-KMS, or SSE-KMS-WITH-SERVICE-ROLE), and
  # connection passwords returned encrypted.
  assert = alltrue([
    for s in coalesce(self.data_catalog_encryption_settings, []) :
    anytrue([
      for e in coalesce(s.encryption_at_rest, []) : upper(e.catalog_encryption_mode) != "DISABLED"
    ]) &&
    anytrue([
      for c in coalesce(s.connection_password_encryption, []) : c.return_connection_password_encrypted == true
    ])
  ])
  location = "data_catalog_encryption_settings"

  message     = "the Data Catalog settings leave metadata or connection passwords unencrypted"
  remediation = "Set encryption_at_rest.catalog_encryption_mode = \"SSE-KMS\" with sse_aws_kms_key_id, and connection_password_encryption.return_connection_password_encrypted = true with aws_kms_key_id."
  why         = <<-EOT
    The Data Catalog describes every table Glue, Athena and EMR can read: names, schemas,
    locations and, in connections, database passwords. Glue stores this metadata unencrypted
    unless catalog encryption is enabled, and returns connection passwords in clear to anyone
    allowed to read connections unless password encryption is on.
  EOT
}
