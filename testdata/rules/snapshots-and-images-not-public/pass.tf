variable "accounts" {
  type = list(string)
}

resource "aws_db_snapshot" "private" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-private"
}

resource "aws_db_snapshot" "shared_with_dr" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-dr"
  shared_accounts        = ["210987654321"]
}

resource "aws_db_cluster_snapshot" "unknown" {
  db_cluster_identifier          = "billing"
  db_cluster_snapshot_identifier = "billing-unknown"
  shared_accounts                = var.accounts
}

resource "aws_ami_launch_permission" "one_account" {
  image_id   = "ami-12345678"
  account_id = "210987654321"
}

resource "aws_ami_launch_permission" "organization" {
  image_id         = "ami-12345678"
  organization_arn = "arn:aws:organizations::111122223333:organization/o-abc123"
}
