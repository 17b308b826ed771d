resource "aws_directory_service_directory" "with_radius" {
  name     = "secure.example.com"
  password = var.directory_admin_password
  edition  = "Enterprise"
  type     = "MicrosoftAD"
  vpc_settings {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }
}

resource "aws_directory_service_radius_settings" "with_radius" {
  directory_id            = aws_directory_service_directory.with_radius.id
  authentication_protocol = "PAP"
  display_label           = "MFA"
  radius_port             = 1812
  radius_retries          = 4
  radius_servers          = ["10.0.1.5"]
  radius_timeout          = 1
  shared_secret           = var.radius_shared_secret
}

variable "radius_shared_secret" {
  type      = string
  sensitive = true
}

# Simple AD (the default type) does not support RADIUS MFA.
resource "aws_directory_service_directory" "simple" {
  name     = "simple.example.com"
  password = var.directory_admin_password
  size     = "Small"
  vpc_settings {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }
}
