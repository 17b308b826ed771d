# A variable set in terraform.tfvars, passed into a module instantiated with for_each, and
# used there in a dynamic block.
variable "stores" {
  type = map(object({
    encrypt       = optional(bool, true)
    ingress_cidrs = optional(list(string), [])
  }))
}

module "store" {
  source        = "./modules/store"
  for_each      = var.stores
  name          = "acme-${each.key}"
  encrypt       = each.value.encrypt
  ingress_cidrs = each.value.ingress_cidrs
}

# Not installed (no .terraform/modules/modules.json): noted once, not an error.
module "remote" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.1.0"
}

output "bucket_names" {
  value = { for key, store in module.store : key => store.bucket_name }
}
