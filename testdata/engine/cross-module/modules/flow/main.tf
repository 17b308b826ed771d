variable "vpc_id" {
  type = string
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "vpc-flow"
  retention_in_days = 400
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/abcd"
}

resource "aws_flow_log" "this" {
  vpc_id          = var.vpc_id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
}
