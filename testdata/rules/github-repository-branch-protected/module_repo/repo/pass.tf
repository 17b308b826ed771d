variable "name" {
  type = string
}

resource "github_repository" "this" {
  name       = var.name
  visibility = "private"
}

output "node_id" {
  value = github_repository.this.node_id
}
