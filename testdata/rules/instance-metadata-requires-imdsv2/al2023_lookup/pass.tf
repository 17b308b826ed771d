# Amazon Linux 2023 AMIs require IMDSv2 by default; which AMI the instance gets is known only
# after apply, so the instance is undecided rather than reported.
data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
}

resource "aws_instance" "al2023" {
  ami           = data.aws_ssm_parameter.al2023.value
  instance_type = "t4g.micro"
}
