resource "aws_iam_role" "anyone" {
  name = "anyone"
  assume_role_policy = jsonencode({ # expect: iam-role-trust-names-principals
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
    }]
  })
}

resource "aws_iam_role" "star_principal" {
  name               = "star"
  assume_role_policy = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", \"Principal\": \"*\"}]}" # expect: iam-role-trust-names-principals
}

resource "aws_iam_role" "star_among_accounts" {
  name = "star-among-accounts"
  assume_role_policy = jsonencode({ # expect: iam-role-trust-names-principals
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = ["arn:aws:iam::111122223333:root", "*"] }
    }]
  })
}

# Written as a policy document: principal "*" may assume, with no condition.
data "aws_iam_policy_document" "open_trust" { # expect: iam-role-trust-names-principals
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "anonymous_trust" { # expect: iam-role-trust-names-principals
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole", "sts:TagSession"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
