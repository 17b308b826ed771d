resource "aws_ecs_account_setting_default" "insights" {
  name  = "containerInsights"
  value = "enhanced"
}

# Inherits the account default set above.
resource "aws_ecs_cluster" "inherits" {
  name = "inherits"
}
