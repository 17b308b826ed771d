variable "name" {
  type = string
}

# The flow logs' bucket: its findings are reported at the `module "vpc"` block that
# installs this module, since the repository does not hold it.
resource "aws_s3_bucket" "flow_logs" {
  bucket = "${var.name}-flow-logs"
}
