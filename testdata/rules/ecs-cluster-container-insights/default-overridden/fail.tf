resource "aws_ecs_account_setting_default" "insights" {
  name  = "containerInsights"
  value = "enabled"
}

# An explicit setting wins over the account default.
resource "aws_ecs_cluster" "opted_out" {
  name = "opted-out"

  setting { # expect: ecs-cluster-container-insights
    name  = "containerInsights"
    value = "disabled"
  }
}
