# The copy is made inside a called module; the caller passes encrypted = false.
module "images" {
  source    = "./images"
  encrypted = false
}
