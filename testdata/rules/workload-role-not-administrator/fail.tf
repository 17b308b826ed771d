resource "aws_iam_role" "lambda_admin" {
  name = "orders-lambda"
  assume_role_policy = jsonencode({ # expect: workload-role-not-administrator
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "lambda_admin" {
  role       = aws_iam_role.lambda_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

data "aws_iam_policy_document" "ec2_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com", "ssm.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "instance_power_user" {
  name                = "bastion"
  assume_role_policy  = data.aws_iam_policy_document.ec2_trust.json # expect: workload-role-not-administrator
  managed_policy_arns = ["arn:aws:iam::aws:policy/PowerUserAccess", "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"]
}

resource "aws_iam_role" "tasks" {
  for_each = toset(["api", "worker"])
  name     = "${each.key}-task"
  assume_role_policy = jsonencode({ # expect: workload-role-not-administrator
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = ["ecs-tasks.amazonaws.com"] } }]
  })
}

resource "aws_iam_role_policy_attachment" "tasks" {
  for_each   = aws_iam_role.tasks
  role       = each.value.name
  policy_arn = "arn:aws-us-gov:iam::aws:policy/IAMFullAccess"
}
