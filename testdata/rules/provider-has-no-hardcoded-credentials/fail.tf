provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" # expect: provider-has-no-hardcoded-credentials
}

variable "deploy_secret" {
  type    = string
  default = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

provider "aws" {
  alias      = "from_default"
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = var.deploy_secret # expect: provider-has-no-hardcoded-credentials
}

provider "aws" { # expect: provider-has-no-hardcoded-credentials
  alias  = "session"
  region = "us-west-2"
  token  = "FwoGZXIvYXdzEXAMPLETOKEN"
}
