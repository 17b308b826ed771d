# Copied from main.tf and not renamed: Terraform refuses both.
variable "name" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}
