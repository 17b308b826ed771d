variable "unknown_protocols" {
  type = list(string)
}

# Default protocols: SFTP only.
resource "aws_transfer_server" "default_sftp" {
  identity_provider_type = "SERVICE_MANAGED"
}

resource "aws_transfer_server" "ftps" {
  endpoint_type          = "VPC"
  protocols              = ["SFTP", "FTPS"]
  certificate            = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  identity_provider_type = "API_GATEWAY"
  url                    = "https://abc.execute-api.eu-west-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::111122223333:role/transfer-idp"

  endpoint_details {
    vpc_id     = "vpc-123"
    subnet_ids = ["subnet-a"]
  }
}

resource "aws_transfer_server" "unknown" {
  protocols              = var.unknown_protocols
  identity_provider_type = "SERVICE_MANAGED"
}
