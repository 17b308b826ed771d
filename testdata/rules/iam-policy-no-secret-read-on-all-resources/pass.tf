resource "aws_iam_policy" "named_secret" {
  name = "app-secret"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/*" },
      { Effect = "Allow", Action = "ssm:GetParametersByPath", Resource = "arn:aws:ssm:eu-west-1:111122223333:parameter/app/*" },
      { Effect = "Allow", Action = "secretsmanager:ListSecrets", Resource = "*" },
    ]
  })
}

data "aws_iam_policy_document" "decrypt_via_service" {
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.eu-west-1.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "tagged" {
  name = "team-secrets"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
      Condition = { StringEquals = { "secretsmanager:ResourceTag/team" = "payments" } }
    }]
  })
}

resource "aws_kms_key" "app" {
  description = "app"
}

resource "aws_iam_policy" "key_reference" {
  name = "decrypt-app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = aws_kms_key.app.arn }]
  })
}
