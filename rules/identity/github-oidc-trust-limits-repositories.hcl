rule "github-oidc-trust-limits-repositories" {
  id       = "IAM038"
  title    = "Roles trusting GitHub Actions OIDC limit which repositories may assume them"
  family   = "identity"
  severity = "critical"
  resources = ["aws_iam_role", "data.aws_iam_policy_document"]
  criteria = {
    soc2 = ["CC6.1", "CC6.6"]
    sox  = ["ITGC-AC"]
  }

  # A trust statement is for GitHub Actions when its Federated principal names the
  # token.actions.githubusercontent.com identity provider, or when it has a condition on a
  # token.actions.githubusercontent.com: key (the provider ARN is often a reference known only
  # after apply). Every GitHub repository in the world can obtain a token from that provider,
  # so AWS and GitHub both document a condition on token.actions.githubusercontent.com:sub
  # (the subject: "repo:ORG/REPO:ref:..." or ":environment:..."). The statement passes when it
  # has such a condition and none of its values leaves the owner open ("*", "repo:*...", or a
  # value starting with a wildcard). A condition on :aud alone does not pass: every workflow
  # that uses the official action sends the same audience. Policy documents are judged where
  # they are written, as in IAM005.
  assert = !(
    anytrue([
      for s in statements("assume_role_policy") :
      try(
        s.Effect == "Allow" &&
        (
          anytrue([for f in flatten([try(s.Principal.Federated, [])]) : strcontains(f, "token.actions.githubusercontent.com")]) ||
          anytrue([for op, kv in try(s.Condition, {}) : anytrue([for k, v in kv : startswith(lower(k), "token.actions.githubusercontent.com:")])])
        ) &&
        !anytrue([
          for op, kv in try(s.Condition, {}) :
          anytrue([
            for k, v in kv :
            lower(k) == "token.actions.githubusercontent.com:sub" &&
            alltrue([for x in flatten([v]) : !startswith(x, "*") && !startswith(lower(x), "repo:*")])
          ])
        ]),
        false
      )
    ]) ||
    anytrue([
      for s in coalesce(self.statement, []) :
      (s.effect == null || s.effect == "Allow") &&
      (
        anytrue([
          for p in coalesce(s.principals, []) :
          p.type == "Federated" && anytrue([for f in coalesce(p.identifiers, []) : strcontains(f, "token.actions.githubusercontent.com")])
        ]) ||
        anytrue([for c in coalesce(s.condition, []) : startswith(lower(c.variable), "token.actions.githubusercontent.com:")])
      ) &&
      !anytrue([
        for c in coalesce(s.condition, []) :
        lower(c.variable) == "token.actions.githubusercontent.com:sub" &&
        alltrue([for x in coalesce(c.values, []) : !startswith(x, "*") && !startswith(lower(x), "repo:*")])
      ])
    ])
  )
  location = "assume_role_policy"

  message     = "the role trusts GitHub Actions OIDC without limiting the repositories (no specific token.actions.githubusercontent.com:sub condition)"
  remediation = "Add a condition on token.actions.githubusercontent.com:sub naming your organisation and repository, and ideally the branch or environment (StringLike \"repo:ORG/REPO:environment:production\"), besides the :aud condition."
  why         = <<-EOT
    GitHub's OIDC provider issues tokens to every workflow in every repository on GitHub. A
    role that trusts it without a condition on the token's subject can be assumed by a
    workflow in anybody's repository, which hands the role's permissions, often deployment
    rights, to strangers. Naming the repository, and the branch or environment allowed to
    deploy, ties the role to the reviewed pipeline.
  EOT
}
