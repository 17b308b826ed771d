resource "aws_directory_service_directory" "corp" {
  name     = "corp.example.com"
  password = var.directory_admin_password
  edition  = "Standard"
  type     = "MicrosoftAD" # expect: mfa-directory-service-radius
  vpc_settings {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }
}

variable "directory_admin_password" {
  type      = string
  sensitive = true
}

resource "aws_directory_service_directory" "connector" {
  name     = "onprem.example.com"
  password = var.directory_admin_password
  size     = "Small"
  type     = "ADConnector" # expect: mfa-directory-service-radius
  connect_settings {
    customer_dns_ips  = ["10.0.0.2"]
    customer_username = "svc-connector"
    subnet_ids        = ["subnet-0a", "subnet-0b"]
    vpc_id            = "vpc-0123456789abcdef0"
  }
}
