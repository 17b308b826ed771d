resource "aws_iam_role_policy" "deployer" {
  name = "deployer"
  role = "deployer"
  policy = jsonencode({ # expect: iam-passrole-not-on-all-resources
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["ec2:RunInstances"], Resource = "*" },
      { Effect = "Allow", Action = "iam:PassRole", Resource = "*" },
    ]
  })
}

# A wildcard that covers PassRole, in a heredoc, with a condition that does not limit the service.
locals {
  iam_pass_any = <<-EOT
    {
      "Statement": [{
        "Effect": "Allow",
        "Action": "iam:Pass*",
        "Resource": ["*"],
        "Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"}}
      }]
    }
  EOT
}

resource "aws_iam_policy" "pass_wildcard" {
  name   = "pass-wildcard"
  policy = local.iam_pass_any # expect: iam-passrole-not-on-all-resources
}

data "aws_iam_policy_document" "ci" { # expect: iam-passrole-not-on-all-resources
  statement {
    sid       = "LambdaDeploy"
    actions   = ["lambda:CreateFunction", "lambda:UpdateFunctionConfiguration", "IAM:PASSROLE"]
    resources = ["*"]
  }
}

resource "aws_iam_user_policy" "ci" {
  name   = "ci"
  user   = "ci"
  policy = data.aws_iam_policy_document.ci.json # expect: iam-passrole-not-on-all-resources
}

resource "aws_iam_group_policy" "iam_all" {
  for_each = toset(["ops", "sre"])
  name     = "iam-all"
  group    = each.key
  policy   = jsonencode({ Statement = { Effect = "Allow", Action = "iam:*", Resource = "*" } }) # expect: iam-passrole-not-on-all-resources
}
