resource "aws_security_group" "web" {
  name = "web"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}
