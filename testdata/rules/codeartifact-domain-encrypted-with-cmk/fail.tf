resource "aws_codeartifact_domain" "packages" { # expect: codeartifact-domain-encrypted-with-cmk
  domain = "packages"
}
