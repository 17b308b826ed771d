# The region's default for new instances requires IMDSv2.
resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens                 = "required"
  http_put_response_hop_limit = 2
}

resource "aws_instance" "inherits_default" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
