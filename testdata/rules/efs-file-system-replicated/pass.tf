resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
  encrypted      = true
}

resource "aws_efs_replication_configuration" "uploads" {
  source_file_system_id = aws_efs_file_system.uploads.id

  destination {
    region = "us-west-2"
  }
}

locals {
  replicated = toset(["reports", "exports"])
}

resource "aws_efs_file_system" "per_dataset" {
  for_each       = local.replicated
  creation_token = each.key
}

resource "aws_efs_replication_configuration" "per_dataset" {
  for_each              = aws_efs_file_system.per_dataset
  source_file_system_id = each.value.id

  destination {
    region = "eu-west-1"
  }
}

# An existing file system prepared as a replication destination.
resource "aws_efs_file_system" "archive_source" {
  creation_token = "archive"
}

resource "aws_efs_file_system" "archive_replica" {
  creation_token = "archive-replica"

  protection {
    replication_overwrite = "DISABLED"
  }
}

resource "aws_efs_replication_configuration" "archive" {
  source_file_system_id = aws_efs_file_system.archive_source.id

  destination {
    file_system_id = aws_efs_file_system.archive_replica.id
    region         = "us-east-1"
  }
}
