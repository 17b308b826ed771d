resource "aws_vpc" "main" {
  cidr_block = "10.10.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs"
}

resource "aws_vpc" "per_env" {
  for_each   = toset(["prod", "staging"])
  cidr_block = each.key == "prod" ? "10.20.0.0/16" : "10.30.0.0/16"
}

resource "aws_flow_log" "per_env" {
  for_each     = toset(["prod", "staging"])
  vpc_id       = aws_vpc.per_env[each.key].id
  traffic_type = "REJECT"
}
