provider "aws" {
  region = "eu-west-1"
}

resource "aws_accessanalyzer_analyzer" "account" {
  analyzer_name = "account"
}
