resource "aws_iam_access_key" "ci" { # expect: iam-access-keys-not-managed-in-terraform
  user = "ci"
}

resource "aws_iam_access_key" "encrypted_secret" { # expect: iam-access-keys-not-managed-in-terraform
  user    = "deploy"
  pgp_key = "keybase:ops"
}
