# A module written for Terraform 0.11: its quoted type constraints are errors in Terraform 1.x,
# but the variables keep the types the quotes meant, so its resources are still checked.

variable "key_status" {
  type    = "string"
  default = "Active"
}

variable "admin_cidrs" {
  type    = "list"
  default = ["0.0.0.0/0"]
}

variable "tags" {
  type = "map"
  default = {
    Environment = "prod"
  }
}

resource "aws_iam_access_key" "deploy" {
  user   = "deploy"
  status = var.key_status
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = var.admin_cidrs
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "legacy-artifacts"
  tags   = var.tags
}
