variable "repositories" {
  type    = set(string)
  default = ["api", "worker"]
}

variable "kms_key_arn" {
  type    = string
  default = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_ecr_repository" "cmk" {
  for_each = var.repositories
  name     = each.key
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = var.kms_key_arn
  }
}
