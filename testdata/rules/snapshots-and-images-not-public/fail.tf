resource "aws_db_snapshot" "public" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-public"
  shared_accounts        = ["all"] # expect: snapshots-and-images-not-public
}

variable "share_with" {
  default = ["123456789012", "all"]
}

resource "aws_db_cluster_snapshot" "shared" {
  db_cluster_identifier          = "billing"
  db_cluster_snapshot_identifier = "billing-shared"
  shared_accounts                = var.share_with # expect: snapshots-and-images-not-public
}

resource "aws_ami_launch_permission" "public" { # expect: snapshots-and-images-not-public
  image_id = "ami-12345678"
  group    = "all"
}
