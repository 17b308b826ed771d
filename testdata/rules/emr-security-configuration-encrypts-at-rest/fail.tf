resource "aws_emr_security_configuration" "transit_only" {
  name = "transit-only"
  configuration = jsonencode({ # expect: emr-security-configuration-encrypts-at-rest
    EncryptionConfiguration = {
      EnableInTransitEncryption = true
      EnableAtRestEncryption    = false
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = {
          CertificateProviderType = "PEM"
          S3Object                = "s3://acme-certs/emr.zip"
        }
      }
    }
  })
}

# Heredoc JSON through a local: at-rest encryption enabled for S3 only, local disks left out.
locals {
  s3_only = <<-JSON
    {
      "EncryptionConfiguration": {
        "EnableInTransitEncryption": false,
        "EnableAtRestEncryption": true,
        "AtRestEncryptionConfiguration": {
          "S3EncryptionConfiguration": { "EncryptionMode": "SSE-S3" }
        }
      }
    }
  JSON
}

resource "aws_emr_security_configuration" "s3_only" {
  name          = "s3-only"
  configuration = local.s3_only # expect: emr-security-configuration-encrypts-at-rest
}
