# A backup selection that lists the file system by reference covers it.
resource "aws_efs_file_system" "in_backup_plan" {
  creation_token = "in-plan"
}

resource "aws_backup_selection" "files" {
  name         = "files"
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  plan_id      = "plan-id"
  resources    = [aws_efs_file_system.in_backup_plan.arn]
}
