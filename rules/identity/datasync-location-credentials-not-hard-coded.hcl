rule "datasync-location-credentials-not-hard-coded" {
  id       = "IAM030"
  title    = "DataSync locations do not have their credentials written in the configuration"
  family   = "identity"
  severity = "high"
  resources = [
    "aws_datasync_location_object_storage",
    "aws_datasync_location_smb",
    "aws_datasync_location_fsx_windows_file_system",
  ]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # DataSync signs in to self-managed storage with credentials given to the location: the
  # object storage secret key (secret_key), or the password of the SMB / FSx for Windows user
  # (password). A value known before apply was written into the configuration (a literal, a
  # local, a variable default, a committed .tfvars file); a value known only at apply is
  # undecided. An object storage location without keys (anonymous access) is not this
  # rule's concern.
  assert   = try(self.secret_key == null || self.secret_key == "", true) && try(self.password == null || self.password == "", true)
  location = "secret_key"

  message     = "the storage credentials DataSync uses are written in the configuration"
  remediation = "Pass the secret key or password at apply time (a sensitive variable without a default, or a Secrets Manager data source), and rotate the exposed credential at the storage system."
  why         = <<-EOT
    These credentials open the source or destination file shares and buckets that DataSync
    copies, usually with read and write access to everything in them. Written into Terraform
    code they are in version control, every clone and CI log, outside any secret store's
    access control or audit trail.
  EOT
}
