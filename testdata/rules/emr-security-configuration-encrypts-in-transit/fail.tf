# At rest only.
resource "aws_emr_security_configuration" "at_rest_only" {
  name = "at-rest-only"
  configuration = jsonencode({ # expect: emr-security-configuration-encrypts-in-transit
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = false
      AtRestEncryptionConfiguration = {
        LocalDiskEncryptionConfiguration = {
          EncryptionKeyProviderType = "AwsKms"
          AwsKmsKey                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }
      }
    }
  })
}

# Heredoc JSON without EnableInTransitEncryption (default false).
resource "aws_emr_security_configuration" "heredoc" {
  name = "heredoc"
  configuration = trimspace( # expect: emr-security-configuration-encrypts-in-transit
    <<-EOT
    {
      "EncryptionConfiguration": {
        "EnableAtRestEncryption": false
      }
    }
    EOT
  )
}

# Authentication only, no encryption configuration at all.
resource "aws_emr_security_configuration" "kerberos_only" {
  name = "kerberos-only"
  configuration = jsonencode({ # expect: emr-security-configuration-encrypts-in-transit
    AuthenticationConfiguration = {
      KerberosConfiguration = {
        Provider = "ClusterDedicatedKdc"
        ClusterDedicatedKdcConfiguration = {
          TicketLifetimeInHours = 24
        }
      }
    }
  })
}
