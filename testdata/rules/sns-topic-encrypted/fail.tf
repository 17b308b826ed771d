resource "aws_sns_topic" "alerts" { # expect: sns-topic-encrypted
  name = "alerts"
}

variable "topic_key" {
  type    = string
  default = null
}

resource "aws_sns_topic" "orders" {
  count             = 2
  name              = "orders-${count.index}"
  kms_master_key_id = var.topic_key # expect: sns-topic-encrypted
}

resource "aws_sns_topic" "empty_key" {
  name              = "empty-key"
  kms_master_key_id = "" # expect: sns-topic-encrypted
}
