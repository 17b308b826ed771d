# Policies read from files next to the configuration, as many repositories keep them.
resource "aws_iam_policy" "from_file" {
  name   = "admin"
  policy = file("${path.module}/policies/admin.json")
}

resource "aws_iam_policy" "from_template" {
  name = "templated"
  policy = templatefile("${path.module}/policies/scoped.json.tftpl", {
    actions = ["s3:GetObject", "s3:PutObject"]
    bucket  = "acme-data"
  })
}

# Every file in policies/ that exists becomes a policy.
resource "aws_iam_policy" "each" {
  for_each = fileexists("${path.module}/policies/admin.json") ? fileset("${path.module}/policies", "*.json") : []
  name     = each.key
  policy   = file("${path.module}/policies/${each.key}")
}

# Outside the scanned directory: never read, so the value is unknown and nothing fires.
resource "aws_iam_policy" "outside" {
  name   = "outside"
  policy = file("/etc/hostname")
}
