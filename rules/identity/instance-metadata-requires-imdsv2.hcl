rule "instance-metadata-requires-imdsv2" {
  id       = "IAM025"
  title    = "EC2 instances require IMDSv2 session tokens for instance metadata"
  family   = "identity"
  severity = "medium"
  resources = ["aws_instance", "aws_launch_template", "aws_launch_configuration"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # The instance metadata service hands out the instance role's temporary credentials.
  # Passes when metadata_options sets http_tokens = "required" or http_endpoint = "disabled",
  # when an aws_instance takes its settings from a launch template (judged there), or when
  # the configuration sets the region's account default to required
  # (aws_ec2_instance_metadata_defaults with http_tokens = "required"). Unset, AWS uses
  # "optional" unless the AMI is registered with ImdsSupport = v2.0, which a configuration
  # does not show; set it explicitly. Amazon Linux 2023 AMIs are registered that way, so when
  # metadata_options leaves http_tokens unset, the AMI is looked up at apply time and the
  # configuration looks one up for Amazon Linux 2023 (an SSM parameter or aws_ami filter
  # naming al2023), the rule cannot tell which AMI this instance gets and is undecided.
  # Mapping: ElectricEye CC6.3/CC6.6/CC7.2, Prowler CC7.2; we treat it as protection of
  # credentials against requests relayed from outside (CC6.1, CC6.6).
  assert = (
    try(self.metadata_options[0].http_tokens == "required", false) ||
    try(self.metadata_options[0].http_endpoint == "disabled", false) ||
    (is_set(self.launch_template) && try(self.metadata_options[0].http_tokens == null, true)) ||
    (
      try(self.metadata_options[0].http_tokens == null, true) &&
      anytrue([for d in resources("aws_ec2_instance_metadata_defaults") : d.http_tokens == "required"])
    ) ||
    (
      try(self.metadata_options[0].http_tokens == null, true) &&
      anytrue(concat(
        [for p in resources("data.aws_ssm_parameter") : strcontains(lower(coalesce(p.name, "")), "al2023")],
        [
          for a in resources("data.aws_ami") :
          strcontains(lower(coalesce(a.name_regex, "")), "al2023") ||
          anytrue([for f in coalesce(a.filter, []) : anytrue([for v in coalesce(f.values, []) : strcontains(lower(v), "al2023")])])
        ],
      )) &&
      coalesce(self.ami, self.image_id, "-") == "(an AMI id known only after apply)"
    )
  )
  location = "metadata_options.http_tokens"

  message     = "instance metadata can be read without a session token (IMDSv1 is allowed)"
  remediation = "Add metadata_options { http_tokens = \"required\" } (with http_put_response_hop_limit = 2 for containers on the instance), or set the account default with aws_ec2_instance_metadata_defaults."
  why         = <<-EOT
    With IMDSv1, any request the instance can be tricked into making (a server-side request
    forgery in a web application, an open proxy) can fetch the instance role's credentials
    from 169.254.169.254 and use them from anywhere. IMDSv2 requires a session token obtained
    with a PUT request, which such relays cannot send, and it is the setting AWS recommends.
  EOT

  fix {
    title = "Require IMDSv2 session tokens (http_tokens = \"required\")"
    set {
      metadata_options {
        http_tokens = "required"
      }
    }
  }
}
