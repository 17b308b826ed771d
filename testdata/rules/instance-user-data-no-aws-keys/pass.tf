resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = "app"
}

resource "aws_instance" "role_based" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.app.name
  user_data            = <<-EOT
    #!/bin/bash
    aws s3 cp s3://config/app.env /etc/app.env
    echo "AWS_REGION=eu-west-1" >> /etc/environment
    echo "BUILD_ID=XAKIAIOSFODNN7EXAMPLEX"
  EOT
}

resource "aws_launch_template" "encoded_clean" {
  name_prefix   = "web-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = base64encode("#!/bin/bash\nsystemctl start nginx\n")
}

variable "bootstrap_script" {
  type = string
}

resource "aws_instance" "unknown" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = var.bootstrap_script
}
