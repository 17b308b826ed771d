module "inventory_repo" {
  source = "./repo"
  name   = "inventory"
}

resource "github_branch_protection" "inventory_main" {
  repository_id = module.inventory_repo.node_id
  pattern       = "main"
}
