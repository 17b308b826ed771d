resource "aws_sns_topic" "managed" {
  name              = "managed"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_kms_key" "events" {
  description         = "events"
  enable_key_rotation = true
}

resource "aws_sns_topic" "cmk" {
  name              = "cmk"
  kms_master_key_id = aws_kms_key.events.id
}

module "notifications" {
  source = "./notifications"
  key_id = aws_kms_key.events.arn
}
