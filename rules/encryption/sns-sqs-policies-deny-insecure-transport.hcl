rule "sns-sqs-policies-deny-insecure-transport" {
  id       = "ENC055"
  title    = "SNS topic and SQS queue policies deny requests that do not use TLS"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_sns_topic", "aws_sqs_queue"]
  criteria = {
    soc2 = ["CC6.7"]
    sox  = ["ITGC-AC"]
  }

  # Encryption in transit maps to CC6.7 (Steampipe, Prowler); ElectricEye uses CC6.1.
  # The same test as s3-bucket-denies-insecure-transport: a statement with Effect "Deny",
  # Principal "*" (or {"AWS": "*"}) and a Bool/BoolIfExists condition aws:SecureTransport =
  # false, in the resource's own policy argument or in an aws_sns_topic_policy (arn) or
  # aws_sqs_queue_policy (queue_url) that refers to it.
  # Preset "all": the SNS and SQS security best practices recommend it, but publishers are
  # mostly AWS SDKs and services that already use HTTPS, and many topics and queues are
  # reached only by AWS services; requiring the statement everywhere is a policy choice.
  assert = anytrue([
    for doc in concat(
      [self.policy],
      [for p in referrers("aws_sns_topic_policy", "arn") : p.policy],
      [for p in referrers("aws_sqs_queue_policy", "queue_url") : p.policy]
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

  message     = "no access policy denies requests made without TLS (aws:SecureTransport = false)"
  remediation = "Add a policy statement with Effect = \"Deny\", Principal = \"*\", the topic's or queue's actions (for example \"sns:Publish\" or \"sqs:*\"), and Condition { Bool = { \"aws:SecureTransport\" = \"false\" } }."
  why         = <<-EOT
    SNS and SQS endpoints also answer plain HTTP. Messages published or received that way,
    and the request signatures, cross the network unencrypted. A deny on
    aws:SecureTransport = false in the access policy makes the topic or queue refuse such
    requests from any caller.
  EOT
}
