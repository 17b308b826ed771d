resource "aws_workspaces_workspace" "plain" { # expect: workspaces-volumes-encrypted
  directory_id = "d-1234567890"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "alice"
}

resource "aws_workspaces_workspace" "root_only" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-bh8rsxt14"
  user_name                      = "bob"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = false # expect: workspaces-volumes-encrypted
  volume_encryption_key          = "alias/aws/workspaces"
}
