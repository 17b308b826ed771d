rule "s3-bucket-denies-insecure-transport" {
  id       = "ENC054"
  title    = "S3 bucket policies deny requests that do not use TLS"
  family   = "encryption"
  severity = "medium"
  resources = ["aws_s3_bucket"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Prowler, and Steampipe for most transit controls);
  # Steampipe and ElectricEye put this S3 check under CC6.1, which this project keeps for
  # encryption at rest.
  # S3 endpoints answer plain HTTP unless the bucket policy refuses it. A policy counts when
  # one statement has Effect "Deny", Principal "*" (or {"AWS": "*"}) and a Bool or
  # BoolIfExists condition aws:SecureTransport = false; the actions it lists are not judged.
  # The policy may be the bucket's own (legacy) policy argument or any aws_s3_bucket_policy
  # whose bucket refers to this bucket, written as jsonencode, a heredoc or a rendered
  # aws_iam_policy_document. A statement limiting s3:TlsVersion does not count: it does not
  # match requests made without TLS.
  # Preset "recommended": AWS's Foundational Security Best Practices (S3.5) and the CIS AWS
  # Foundations Benchmark both ask it of every general purpose bucket, and it costs nothing
  # to clients that already use HTTPS.
  assert = anytrue([
    for doc in concat(
      [self.policy],
      [for p in referrers("aws_s3_bucket_policy", "bucket") : p.policy]
    ) :
    anytrue([
      for s in flatten([try(jsondecode(doc).Statement, [])]) :
      try(s.Effect, "") == "Deny" &&
      (try(s.Principal == "*", false) || contains(flatten([try(s.Principal.AWS, [])]), "*")) &&
      anytrue([
        for op in ["Bool", "BoolIfExists"] :
        contains([for v in flatten([try(s.Condition[op]["aws:SecureTransport"], [])]) : lower(tostring(v))], "false")
      ])
    ])
  ])
  location = "policy"

  message     = "no bucket policy denies requests made without TLS (aws:SecureTransport = false)"
  remediation = "Attach a bucket policy statement with Effect = \"Deny\", Principal = \"*\", Action = \"s3:*\", Resource = the bucket and its objects, and Condition { Bool = { \"aws:SecureTransport\" = \"false\" } }."
  why         = <<-EOT
    S3 accepts requests over plain HTTP as well as HTTPS. Objects and the credentials that
    sign requests made over HTTP cross the network unencrypted, and a misconfigured client
    or library can fall back to it unnoticed. A deny on aws:SecureTransport = false makes
    the bucket refuse every unencrypted request, whoever sends it.
  EOT
}
