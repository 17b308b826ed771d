locals {
  emr_encryption = {
    EncryptionConfiguration = {
      EnableAtRestEncryption    = false
      EnableInTransitEncryption = true
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = {
          CertificateProviderType = "PEM"
          S3Object                = "s3://acme-emr-certs/certs.zip"
        }
      }
    }
  }
}

resource "aws_emr_security_configuration" "tls" {
  name          = "tls"
  configuration = jsonencode(local.emr_encryption)
}

resource "aws_emr_security_configuration" "heredoc_tls" {
  name          = "heredoc-tls"
  configuration = <<-EOT
    {
      "EncryptionConfiguration": {
        "EnableAtRestEncryption": false,
        "EnableInTransitEncryption": true,
        "InTransitEncryptionConfiguration": {
          "TLSCertificateConfiguration": {
            "CertificateProviderType": "PEM",
            "S3Object": "s3://acme-emr-certs/certs.zip"
          }
        }
      }
    }
  EOT
}

variable "security_configuration_json" {
  type = string
}

# Unknown before apply: undecided.
resource "aws_emr_security_configuration" "from_variable" {
  name          = "from-variable"
  configuration = var.security_configuration_json
}
