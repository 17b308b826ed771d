rule "opensearch-domain-in-vpc" {
  id       = "NET037"
  title    = "OpenSearch domains are placed in a VPC"
  family   = "network"
  severity = "medium"
  resources = ["aws_opensearch_domain", "aws_elasticsearch_domain"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # Without vpc_options (with subnet_ids) a domain gets a public endpoint that resolves and
  # answers from the whole internet; only its access policy and fine-grained access control
  # stand in the way (opensearch-domain-not-open-to-internet checks the policy). With
  # vpc_options the endpoint is private and security groups apply. The choice is made at
  # creation and cannot be changed later.
  assert   = anytrue([for v in coalesce(self.vpc_options, []) : is_set(v.subnet_ids)])
  location = "vpc_options"

  message     = "the domain has a public endpoint (no vpc_options with subnet_ids)"
  remediation = "Create the domain with vpc_options { subnet_ids = [...], security_group_ids = [...] } and reach it from the VPC (or through a proxy or VPN); migrate data from the public domain with a snapshot."
  why         = <<-EOT
    A public search endpoint can be reached and probed by anyone, and a single mistake in its
    access policy exposes the indexed data, as many data leaks from open clusters show. In a
    VPC the domain is also protected by network controls that can be reviewed and logged.
  EOT
}
