resource "aws_eks_cluster" "default_encryption" { # expect: eks-cluster-secrets-encrypted-with-cmk
  name     = "default-encryption"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

variable "encryption_config" {
  type = list(object({ resources = list(string), key_arn = string }))
  default = [
    { resources = ["configmaps"], key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
  ]
}

# A key is named, but for other resources than secrets.
resource "aws_eks_cluster" "not_secrets" {
  name     = "not-secrets"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
  dynamic "encryption_config" { # expect: eks-cluster-secrets-encrypted-with-cmk
    for_each = var.encryption_config
    content {
      resources = encryption_config.value.resources
      provider {
        key_arn = encryption_config.value.key_arn
      }
    }
  }
}

resource "aws_eks_cluster" "aws_alias" {
  name     = "aws-alias"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
  encryption_config { # expect: eks-cluster-secrets-encrypted-with-cmk
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/eks"
    }
  }
}
