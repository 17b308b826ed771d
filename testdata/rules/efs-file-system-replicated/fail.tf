resource "aws_efs_file_system" "shared_home" { # expect: efs-file-system-replicated
  creation_token = "shared-home"
  encrypted      = true
}

resource "aws_efs_file_system" "per_team" { # expect: efs-file-system-replicated
  for_each       = toset(["data", "ml"])
  creation_token = "team-${each.key}"
  encrypted      = true
}

# Replicating another file system does not cover this one.
resource "aws_efs_file_system" "scratch" { # expect: efs-file-system-replicated
  creation_token = "scratch"

  protection {
    replication_overwrite = "ENABLED"
  }
}

resource "aws_efs_file_system" "media" {
  creation_token = "media"
}

resource "aws_efs_replication_configuration" "media" {
  source_file_system_id = aws_efs_file_system.media.id

  destination {
    region = "us-west-2"
  }
}
