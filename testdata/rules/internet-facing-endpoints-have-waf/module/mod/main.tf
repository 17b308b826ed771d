resource "aws_lb" "this" {
  name    = "module-alb"
  subnets = ["subnet-1", "subnet-2"]
}

output "arn" {
  value = aws_lb.this.arn
}
