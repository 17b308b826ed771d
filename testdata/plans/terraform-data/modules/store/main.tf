variable "name" {
  type = string
}

resource "terraform_data" "this" {
  count = 1
  input = var.name
}

resource "terraform_data" "tagged" {
  input = { Name = var.name }
}
