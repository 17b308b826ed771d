resource "aws_ecs_cluster" "plain" { # expect: ecs-cluster-container-insights
  name = "plain"
}

resource "aws_ecs_cluster" "disabled" {
  name = "disabled"

  setting { # expect: ecs-cluster-container-insights
    name  = "containerInsights"
    value = "disabled"
  }
}
