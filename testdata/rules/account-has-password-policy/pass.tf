provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
