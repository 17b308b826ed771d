provider "aws" { # expect: account-alarms-on-console-sign-in-without-mfa
  region = "eu-west-1"
}
