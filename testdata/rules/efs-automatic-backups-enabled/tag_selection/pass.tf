# A selection by tag may cover any file system whose tags match: taken as covering it.
resource "aws_efs_file_system" "tagged_for_backup" {
  creation_token = "tagged"
  tags           = { Backup = "daily" }
}

resource "aws_backup_selection" "by_tag" {
  name         = "by-tag"
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  plan_id      = "plan-id"
  selection_tag {
    type  = "STRINGEQUALS"
    key   = "Backup"
    value = "daily"
  }
}
