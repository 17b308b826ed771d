rule "workload-role-not-administrator" {
  id       = "IAM045"
  title    = "Roles for compute workloads do not have administrator access"
  family   = "identity"
  severity = "high"
  resources = ["aws_iam_role"]
  criteria = {
    soc2 = ["CC6.1", "CC6.3"]
    sox  = ["ITGC-AC"]
  }

  parameter "workload_service_principals" {
    default = [
      "lambda.amazonaws.com", "ec2.amazonaws.com", "ecs-tasks.amazonaws.com", "pods.eks.amazonaws.com",
      "edgelambda.amazonaws.com", "batch.amazonaws.com", "glue.amazonaws.com", "sagemaker.amazonaws.com",
      "states.amazonaws.com", "apprunner.amazonaws.com", "tasks.apprunner.amazonaws.com",
    ]
    description = "Service principals whose roles run application code (Lambda, EC2 instance profiles, ECS tasks, EKS pods ...)."
  }

  parameter "administrator_policy_names" {
    default     = ["AdministratorAccess", "IAMFullAccess", "PowerUserAccess"]
    description = "AWS managed policies (names after arn:aws:iam::aws:policy/) that give administrator or equivalent access."
  }

  # A role is a workload role when its trust policy allows one of workload_service_principals
  # (Principal.Service, a string or a list). It has administrator access when one of
  # administrator_policy_names (AWS managed, in any partition) is attached to it: listed in
  # managed_policy_arns, or attached by an aws_iam_role_policy_attachment or an
  # aws_iam_policy_attachment in this configuration that refers to the role. Inline
  # statements allowing "*" on "*" are IAM001's. Deployment roles (CodeBuild, CodePipeline,
  # CloudFormation) are not workload roles and are not judged: they may need broad rights.
  # A trust policy known only after apply is undecided.
  assert = !(
    anytrue([
      for s in statements("assume_role_policy") :
      try(
        s.Effect == "Allow" &&
        anytrue([for p in flatten([try(s.Principal.Service, [])]) : contains(param.workload_service_principals, p)]),
        false
      )
    ]) &&
    anytrue([
      for arn in concat(
        coalesce(self.managed_policy_arns, []),
        [for a in referrers("aws_iam_role_policy_attachment", "role") : a.policy_arn],
        [for a in referrers("aws_iam_policy_attachment", "roles") : a.policy_arn],
      ) :
      startswith(arn, "arn:aws") && anytrue([for n in param.administrator_policy_names : endswith(arn, ":iam::aws:policy/${n}")])
    ])
  )
  location = "assume_role_policy"

  message     = "a role that runs application code (Lambda, EC2, ECS, EKS ...) has an administrator policy attached"
  remediation = "Replace the AWS managed administrator policy with a policy listing the actions and resources the workload uses (IAM Access Analyzer can generate one from CloudTrail activity)."
  why         = <<-EOT
    Application code is the part of a system most exposed to attack: a vulnerable dependency,
    a server-side request forgery or an injected command hands its role's credentials to the
    attacker. When that role is an administrator, one bug in one function or container gives
    control of the whole account. Least privilege for workloads limits what such a compromise
    can reach.
  EOT
}
