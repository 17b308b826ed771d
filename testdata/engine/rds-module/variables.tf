variable "storage_encrypted" {
  type    = bool
  default = true
}

variable "settings" {
  type = object({
    name        = string
    backup_days = number
  })
}
