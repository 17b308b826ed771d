module "sg" {
  source = "../../"
  rules  = [{ port = 443, cidrs = ["0.0.0.0/0"] }, { port = 22, cidrs = ["0.0.0.0/0"] }]
}
