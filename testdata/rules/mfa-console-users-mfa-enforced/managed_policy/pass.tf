data "aws_caller_identity" "current" {}

# The document's resources are known only after apply; its statements are still visible.
data "aws_iam_policy_document" "require_mfa" {
  statement {
    sid    = "DenyAllExceptMfaSetupWithoutMfa"
    effect = "Deny"
    not_actions = [
      "iam:CreateVirtualMFADevice",
      "iam:EnableMFADevice",
      "iam:ListMFADevices",
      "sts:GetSessionToken",
    ]
    resources = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:user/*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_policy" "require_mfa" {
  name   = "require-mfa"
  policy = data.aws_iam_policy_document.require_mfa.json
}

resource "aws_iam_group_policy_attachment" "require_mfa" {
  group      = "everyone"
  policy_arn = aws_iam_policy.require_mfa.arn
}

resource "aws_iam_user_login_profile" "ivy" {
  user    = "ivy"
  pgp_key = "keybase:ivy"
}
