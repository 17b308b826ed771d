rule "resources-have-environment-tag" {
  id       = "TAG003"
  title    = "Resources carry an Environment tag"
  family   = "tagging"
  severity = "low"
  resources = [
    "aws_instance",
    "aws_launch_template",
    "aws_s3_bucket",
    "aws_db_instance",
    "aws_rds_cluster",
    "aws_dynamodb_table",
    "aws_efs_file_system",
    "aws_ebs_volume",
    "aws_elasticache_replication_group",
    "aws_opensearch_domain",
    "aws_redshift_cluster",
    "aws_vpc",
    "aws_subnet",
    "aws_security_group",
    "aws_lb",
    "aws_alb",
    "aws_lambda_function",
    "aws_ecs_cluster",
    "aws_ecs_service",
    "aws_ecr_repository",
    "aws_eks_cluster",
    "aws_eks_node_group",
    "aws_kms_key",
    "aws_secretsmanager_secret",
    "aws_sns_topic",
    "aws_sqs_queue",
    "aws_cloudwatch_log_group",
    "aws_cloudtrail",
    "aws_iam_role",
    "aws_iam_user",
  ]
  criteria = {
    soc2 = ["CC6.1"]
  }

  # Tags from the provider's default_tags count. A tag whose value is known only after apply
  # counts as present.
  assert   = try(self.tags.Environment, null) != null
  location = "tags"

  message     = "the resource has no Environment tag"
  remediation = "Add an Environment tag (for example production, staging or development), ideally through the provider's default_tags so every resource gets it."
  why         = <<-EOT
    Controls are usually scoped to production: the systems in the audit boundary must be
    told apart from test and development copies. An Environment tag makes that boundary
    visible in the inventory and lets monitoring and reviews focus on the systems in scope.
  EOT
}
