# A shared module whose callers choose the approval count.
module "strict_repo" {
  source    = "./mod"
  branch    = "main"
  approvals = 2
}

module "lax_repo" {
  source    = "./mod"
  branch    = "main"
  approvals = 0
}
