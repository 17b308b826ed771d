variable "health_check_type" {
  type    = string
  default = "EC2"
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0abc1234"
}

resource "aws_autoscaling_group" "web" { # expect: autoscaling-group-uses-load-balancer-health-checks
  name                = "web"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0aa11", "subnet-0bb22"]
  target_group_arns   = [aws_lb_target_group.web.arn]

  launch_template {
    id      = "lt-0abc1234"
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "api" {
  name                = "api"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0aa11", "subnet-0bb22"]
  health_check_type   = var.health_check_type # expect: autoscaling-group-uses-load-balancer-health-checks

  launch_template {
    id      = "lt-0abc1234"
    version = "$Latest"
  }
}

resource "aws_autoscaling_attachment" "api" {
  autoscaling_group_name = aws_autoscaling_group.api.id
  lb_target_group_arn    = aws_lb_target_group.web.arn
}

resource "aws_autoscaling_group" "workers" { # expect: autoscaling-group-uses-load-balancer-health-checks
  for_each            = toset(["blue", "green"])
  name                = "workers-${each.key}"
  min_size            = 1
  max_size            = 3
  vpc_zone_identifier = ["subnet-0aa11", "subnet-0bb22"]

  traffic_source {
    identifier = aws_lb_target_group.web.arn
    type       = "elbv2"
  }

  launch_template {
    id      = "lt-0abc1234"
    version = "$Latest"
  }
}
