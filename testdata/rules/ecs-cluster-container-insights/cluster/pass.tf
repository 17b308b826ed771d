resource "aws_ecs_cluster" "enabled" {
  name = "enabled"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

variable "insights_mode" {
  type    = string
  default = "enhanced"
}

resource "aws_ecs_cluster" "enhanced" {
  for_each = toset(["api", "workers"])
  name     = each.key

  dynamic "setting" {
    for_each = var.insights_mode == "disabled" ? [] : [var.insights_mode]
    content {
      name  = "containerInsights"
      value = setting.value
    }
  }
}
