resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_login_profile" "alice" { # expect: mfa-console-users-mfa-enforced
  user    = aws_iam_user.alice.name
  pgp_key = "keybase:alice"
}

# An inline policy that mentions MFA but allows rather than denies.
resource "aws_iam_user_policy" "alice_mfa_allow" {
  name = "admin-with-mfa"
  user = aws_iam_user.alice.name
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*", Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } } }]
  })
}

resource "aws_iam_user" "team" {
  for_each = toset(["bob", "carol"])
  name     = each.key
}

resource "aws_iam_user_login_profile" "team" { # expect: mfa-console-users-mfa-enforced
  for_each = aws_iam_user.team
  user     = each.value.name
  pgp_key  = "keybase:ops"
}
