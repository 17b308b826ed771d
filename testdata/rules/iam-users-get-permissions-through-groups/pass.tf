variable "attached_users" {
  type = list(string)
}

resource "aws_iam_policy_attachment" "groups_and_roles" {
  name       = "groups-and-roles"
  groups     = ["readers"]
  roles      = ["app"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "empty_users" {
  name       = "empty-users"
  users      = []
  roles      = ["app"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# Not known before plan time.
resource "aws_iam_policy_attachment" "unknown_users" {
  name       = "unknown-users"
  users      = var.attached_users
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user_policy_attachment" "disabled" {
  count      = 0
  user       = "nobody"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
