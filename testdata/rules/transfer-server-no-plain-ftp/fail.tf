variable "protocols" {
  type    = list(string)
  default = ["SFTP", "FTP"]
}

resource "aws_transfer_server" "ftp" {
  endpoint_type          = "VPC"
  protocols              = ["FTP"] # expect: transfer-server-no-plain-ftp
  identity_provider_type = "API_GATEWAY"
  url                    = "https://abc.execute-api.eu-west-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::111122223333:role/transfer-idp"

  endpoint_details {
    vpc_id     = "vpc-123"
    subnet_ids = ["subnet-a"]
  }
}

resource "aws_transfer_server" "mixed_from_variable" {
  endpoint_type          = "VPC"
  protocols              = var.protocols # expect: transfer-server-no-plain-ftp
  certificate            = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"
  identity_provider_type = "API_GATEWAY"
  url                    = "https://abc.execute-api.eu-west-1.amazonaws.com/prod"
  invocation_role        = "arn:aws:iam::111122223333:role/transfer-idp"

  endpoint_details {
    vpc_id     = "vpc-123"
    subnet_ids = ["subnet-a"]
  }
}
