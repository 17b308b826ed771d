# A registry module that `terraform init` installed under .terraform/modules.
module "bucket" {
  source  = "example-corp/bucket/aws"
  version = "1.2.0"
  name    = "acme-audit"
}
