rule "opensearch-domain-not-open-to-internet" {
  id       = "NET023"
  title    = "OpenSearch domains are not open to anyone on the internet"
  family   = "network"
  severity = "critical"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # A domain without vpc_options has a public endpoint. It is open when, in addition, its
  # access policy (access_policies, or an aws_opensearch_domain_policy /
  # aws_elasticsearch_domain_policy that refers to it) has an Allow statement for Principal
  # "*" (or {"AWS": "*"}) without a Condition (an aws:SourceIp condition is the documented
  # way to limit a public domain), and fine-grained access control
  # (advanced_security_options.enabled) is off. With fine-grained access control on, AWS
  # recommends exactly such an open resource policy, as every request is then authenticated
  # by the domain itself, so that case passes. A domain inside a VPC passes: its security
  # groups bound it.
  assert = !(
    length(coalesce(self.vpc_options, [])) == 0 &&
    try(self.advanced_security_options[0].enabled, false) != true &&
    anytrue([
      for pol in concat(
        [self.access_policies],
        [for p in referrers("aws_opensearch_domain_policy", "domain_name") : p.access_policies],
        [for p in referrers("aws_elasticsearch_domain_policy", "domain_name") : p.access_policies]
      ) :
      anytrue([
        for s in flatten([try(jsondecode(pol).Statement, [])]) :
        try(
          s.Effect == "Allow" && lookup(s, "Condition", null) == null &&
          (s.Principal == "*" || contains(flatten([try(s.Principal.AWS, [])]), "*")),
          false
        )
      ])
    ])
  )
  location = "access_policies"

  message     = "the domain has a public endpoint and an access policy that lets anyone call it, without fine-grained access control"
  remediation = "Put the domain in a VPC (vpc_options), or limit the policy's principals to named IAM roles or add an aws:SourceIp condition, or enable fine-grained access control (advanced_security_options) so every request is authenticated."
  why         = <<-EOT
    A public OpenSearch endpoint whose policy allows every principal without conditions
    accepts unsigned requests from anyone: the whole index can be read, changed or deleted
    over HTTP. Open search clusters are among the most common sources of large data leaks.
  EOT
}
