# A selection of every EFS file system in the account, by ARN pattern.
resource "aws_efs_file_system" "any" {
  creation_token = "any"
}

resource "aws_backup_selection" "all_file_systems" {
  name         = "all-efs"
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  plan_id      = "plan-id"
  resources    = ["arn:aws:elasticfilesystem:*:*:file-system/*"]
}
