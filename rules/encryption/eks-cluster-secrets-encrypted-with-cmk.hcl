rule "eks-cluster-secrets-encrypted-with-cmk" {
  id       = "ENC033"
  title    = "EKS clusters envelope-encrypt Kubernetes secrets with a customer managed KMS key"
  family   = "encryption"
  severity = "low"
  preset   = "all"
  resources = ["aws_eks_cluster"]
  criteria = {
    soc2 = ["CC6.1"]
    sox  = ["ITGC-AC"]
  }

  # EKS envelope-encrypts API data by default on Kubernetes 1.28+ with an AWS owned key;
  # this asks for the customer managed key.
  # A literal AWS managed key alias ("alias/aws/...", or an alias ARN ending so) is not a
  # customer managed key; a reference to a key (unknown before apply) counts.
  assert   = self.encryption_config != null && anytrue([
    for c in self.encryption_config :
    contains(coalesce(c.resources, []), "secrets") &&
    anytrue([for p in coalesce(c.provider, []) : (is_set(p.key_arn) && !(is_known(p.key_arn) && (startswith(p.key_arn, "alias/aws/") || strcontains(p.key_arn, ":alias/aws/"))))])
  ])
  location = "encryption_config"

  message     = "the cluster does not envelope-encrypt secrets with a customer managed KMS key (encryption_config)"
  remediation = "Add encryption_config { resources = [\"secrets\"] provider { key_arn = <customer managed key ARN> } }. It can be added to an existing cluster but not removed."
  why         = <<-EOT
    etcd volumes are always encrypted, and since Kubernetes 1.28 EKS also envelope-encrypts
    all Kubernetes API data with a key AWS owns. Naming a customer managed key in
    encryption_config makes that key policy, audited in CloudTrail, a second gate on reading
    Kubernetes secrets, and lets the account revoke it. Older clusters get envelope
    encryption only this way. Policy-dependent: preset "all".
  EOT
}
