variable "secret_key" {
  type      = string
  sensitive = true
}

provider "aws" {
  alias   = "profile"
  region  = "eu-west-1"
  profile = "deploy"
}

provider "aws" {
  alias      = "from_environment"
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = var.secret_key
}

provider "aws" {
  alias      = "empty"
  region     = "us-west-2"
  secret_key = ""
}
