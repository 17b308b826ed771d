variable "key_id" {
  type = string
}

resource "aws_sns_topic" "this" {
  name              = "notifications"
  kms_master_key_id = var.key_id
}
