# Only the built-in terraform_data resource and local modules: `terraform plan` runs offline,
# so plan.json is the real Terraform 1.11 output for this configuration
# (terraform init && terraform plan -out tfplan && terraform show -json tfplan > plan.json).
variable "regions" {
  type    = set(string)
  default = ["eu", "us"]
}

resource "terraform_data" "counted" {
  count = 2
  input = "item-${count.index}"
}

resource "terraform_data" "keyed" {
  for_each = { logs = "a", media = "b" }
  input    = each.value
}

resource "terraform_data" "linked" {
  for_each = terraform_data.keyed
  input    = terraform_data.keyed[each.key].id
}

module "store" {
  source   = "./modules/store"
  for_each = var.regions
  name     = "store-${each.key}"
}

module "single" {
  source = "./modules/store"
  name   = "single"
}
