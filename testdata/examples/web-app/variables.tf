variable "environment" {
  type    = string
  default = "production"
}

variable "db_encrypted" {
  description = "Left at false by mistake: the RDS rule sees the default."
  type        = bool
  default     = false
}

variable "admin_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

# No default: the value is only known when the pipeline passes it, so rules that depend on it
# stay silent rather than guess.
variable "kms_key_arn" {
  type = string
}
