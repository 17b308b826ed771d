rule "waf-blocks-known-bad-inputs" {
  id       = "NET041"
  title    = "WAF web ACLs block known bad inputs such as Log4j exploits"
  family   = "network"
  severity = "low"
  preset   = "all"
  resources = ["aws_wafv2_web_acl"]
  criteria = {
    soc2 = ["CC6.6", "CC6.8"]
    sox  = ["ITGC-AC"]
  }

  # AWS's managed rule group AWSManagedRulesKnownBadInputsRuleSet blocks request patterns of
  # known exploits, including the Log4j JNDI lookups (CVE-2021-44228) that AWS pointed
  # customers to it for. A web ACL passes when a rule uses that group (vendor "AWS") with
  # override_action none, that is not only counting, and does not override its Log4JRCE
  # rules to count. Web ACLs defined in rule_json are not read. In the "all" preset: which
  # managed rule groups a web ACL needs depends on the application behind it.
  assert = anytrue([
    for r in coalesce(self.rule, []) : anytrue([
      for st in coalesce(r.statement, []) : anytrue([
        for m in coalesce(st.managed_rule_group_statement, []) : (
          m.name == "AWSManagedRulesKnownBadInputsRuleSet" && m.vendor_name == "AWS" &&
          !anytrue([for o in coalesce(r.override_action, []) : is_set(o.count)]) &&
          !anytrue([
            for ro in coalesce(m.rule_action_override, []) :
            startswith(ro.name, "Log4JRCE") &&
            anytrue([for a in coalesce(ro.action_to_use, []) : is_set(a.count)])
          ])
        )
      ])
    ])
  ])
  location = "rule"

  message     = "the web ACL does not block requests matching AWS's known bad inputs rule group (Log4j exploit patterns among them)"
  remediation = "Add a rule with managed_rule_group_statement { name = \"AWSManagedRulesKnownBadInputsRuleSet\", vendor_name = \"AWS\" } and override_action { none {} }."
  why         = <<-EOT
    Widely exploited vulnerabilities such as Log4Shell are attacked by automated scanners
    within hours of disclosure. A managed rule group that AWS updates as new exploit patterns
    appear gives internet-facing applications a maintained first line of defence while
    patches are rolled out.
  EOT
}
