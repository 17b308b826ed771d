resource "aws_glue_security_configuration" "s3_only" {
  name = "s3-only"
  encryption_configuration { # expect: glue-security-configuration-uses-kms
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "DISABLED"
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "DISABLED"
    }
    s3_encryption {
      s3_encryption_mode = "SSE-S3"
    }
  }
}
