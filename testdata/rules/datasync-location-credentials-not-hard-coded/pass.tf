variable "minio_secret_key" {
  type      = string
  sensitive = true
}

resource "aws_datasync_location_object_storage" "supplied" {
  agent_arns      = ["arn:aws:datasync:eu-west-1:111122223333:agent/agent-0123456789abcdef0"]
  server_hostname = "minio.example.com"
  bucket_name     = "exports"
  access_key      = "minio-exporter"
  secret_key      = var.minio_secret_key
}

resource "aws_datasync_location_object_storage" "anonymous" {
  agent_arns      = ["arn:aws:datasync:eu-west-1:111122223333:agent/agent-0123456789abcdef0"]
  server_hostname = "public.example.com"
  bucket_name     = "open-data"
}

data "aws_secretsmanager_secret_version" "share" {
  secret_id = "datasync/share"
}

resource "aws_datasync_location_smb" "from_secret" {
  agent_arns      = ["arn:aws:datasync:eu-west-1:111122223333:agent/agent-0123456789abcdef0"]
  server_hostname = "files.example.com"
  subdirectory    = "/finance/"
  user            = "datasync"
  password        = data.aws_secretsmanager_secret_version.share.secret_string
}
