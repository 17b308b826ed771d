stores = {
  logs  = { encrypt = false, ingress_cidrs = ["0.0.0.0/0"] }
  media = {}
}
