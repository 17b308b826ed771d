variable "users" {
  type    = set(string)
  default = ["carol", "dave"]
}

resource "aws_workspaces_workspace" "encrypted" {
  for_each                       = var.users
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-bh8rsxt14"
  user_name                      = each.value
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true
  volume_encryption_key          = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
