variable "namespaces" {
  type = map(string)
  default = {
    finance = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_redshiftserverless_namespace" "each" {
  for_each       = var.namespaces
  namespace_name = each.key
  kms_key_id     = each.value
}
