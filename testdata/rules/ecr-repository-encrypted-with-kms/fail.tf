resource "aws_ecr_repository" "default_aes" { # expect: ecr-repository-encrypted-with-kms
  name = "default-aes"
}

resource "aws_ecr_repository" "explicit_aes" {
  name = "explicit-aes"
  encryption_configuration { # expect: ecr-repository-encrypted-with-kms
    encryption_type = "AES256"
  }
}

resource "aws_ecr_repository" "aws_managed" {
  name = "aws-managed"
  encryption_configuration { # expect: ecr-repository-encrypted-with-kms
    encryption_type = "KMS"
  }
}

resource "aws_ecr_repository" "aws_alias" {
  name = "aws-alias"
  encryption_configuration { # expect: ecr-repository-encrypted-with-kms
    encryption_type = "KMS"
    kms_key         = "alias/aws/ecr"
  }
}
