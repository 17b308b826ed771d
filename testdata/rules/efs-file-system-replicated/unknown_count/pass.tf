variable "replicate" {
  type = bool
}

resource "aws_efs_file_system" "maybe_replicated" {
  creation_token = "maybe"
}

# Whether the replication exists is known only when the variable gets a value: undecided.
resource "aws_efs_replication_configuration" "maybe" {
  count                 = var.replicate ? 1 : 0
  source_file_system_id = aws_efs_file_system.maybe_replicated.id

  destination {
    region = "us-west-2"
  }
}
