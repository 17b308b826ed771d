# A module whose example calls it with `source = "../.."`, the usual layout of a module
# repository.
variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_efs_file_system" "this" {
  encrypted = var.encrypted
}
