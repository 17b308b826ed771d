# Named lists of resource types that several rules share. A rule names a group in its
# `resources` as "group.<name>".

group "data-stores" {
  resources = [
    "aws_s3_bucket",
    "aws_db_instance",
    "aws_rds_cluster",
    "aws_dynamodb_table",
    "aws_efs_file_system",
    "aws_ebs_volume",
    "aws_docdb_cluster",
    "aws_elasticache_replication_group",
    "aws_opensearch_domain",
    "aws_redshift_cluster",
  ]
}

# Commonly deployed AWS resources that accept tags.
group "taggable" {
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
}
