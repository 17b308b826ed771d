rule "snapshots-and-images-not-public" {
  id       = "NET029"
  title    = "Database snapshots and machine images are not shared with everyone"
  family   = "network"
  severity = "critical"
  resources = ["aws_db_snapshot", "aws_db_cluster_snapshot", "aws_ami_launch_permission"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # shared_accounts = ["all"] makes an RDS or Aurora snapshot public; an AMI launch
  # permission with group = "all" makes the image public. Sharing with named accounts passes.
  assert   = !contains(coalesce(self.shared_accounts, []), "all") && self.group != "all"
  location = "shared_accounts"

  message     = "the snapshot or image is shared with every AWS account (\"all\")"
  remediation = "Share with the account ids that need it instead of \"all\", and copy the data into those accounts if they must keep it."
  why         = <<-EOT
    A public database snapshot can be restored by anyone with an AWS account, giving them
    the full database; a public machine image can carry credentials, keys and code baked into
    it. Neither leaves any trace in the owner's account when copied.
  EOT
}
