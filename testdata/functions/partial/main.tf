# Partially known values: what Terraform 1.11 plans for each output here is recorded in
# expected.json by regenerate.sh, and tests/partial_values.rs checks our evaluator against it.
# Convention the script and the test rely on: locals in dependency order, one attribute a
# line; one output a line, `output "NAME" { value = EXPR }`.

# Its `id` is unknown at plan time (and known not to be null).
resource "terraform_data" "u" {
  input = "x"
}

# Terraform accepts these only if the number of instances and their keys are known.
resource "terraform_data" "per_key" {
  count = length(keys(local.m))
  input = count.index
}

resource "terraform_data" "each" {
  for_each = local.m
  input    = each.key
}

locals {
  u     = terraform_data.u.id
  c     = local.u == "x"
  m     = { Name = local.u, Env = "prod" }
  k     = { Env = "dev", Team = "core" }
  l     = ["a", local.u]
  mm    = tomap({ Name = local.u, Env = "prod" })
  n     = { tags = { Name = local.u, Env = "prod" }, size = 10, list = [local.u, "b"] }
  objs  = [{ name = local.u, size = 1 }, { name = "b", size = 2 }]
  bools = [true, local.c]
}

# The values themselves.
output "u" { value = local.u }
output "m" { value = local.m }
output "l" { value = local.l }
output "mm" { value = local.mm }
output "n" { value = local.n }
output "objs" { value = local.objs }

# logical operators with one unknown operand
output "and_false_unknown" { value = false && local.c }
output "and_unknown_false" { value = local.c && false }
output "or_true_unknown" { value = true || local.c }
output "and_true_unknown" { value = true && local.c }
output "input" { value = terraform_data.u.input }

# merge
output "merge_known_partial" { value = merge(local.k, local.m) }
output "merge_partial_known" { value = merge(local.m, { Owner = "me" }) }
output "merge_overrides_unknown" { value = merge(local.m, { Name = "fixed" }) }
output "merge_null" { value = merge(local.m, null) }
output "merge_keys" { value = keys(merge(local.k, local.m)) }
output "merge_has_owner" { value = contains(keys(merge(local.k, local.m)), "Owner") }
output "merge_has_name" { value = contains(keys(merge(local.k, local.m)), "Name") }
output "merge_length" { value = length(merge(local.k, local.m)) }
output "merge_nested" { value = merge(local.n.tags, { Owner = "me" }) }
output "merge_map" { value = merge(local.mm, { Owner = "me" }) }
output "merge_unknown_map" { value = merge(local.k, local.c ? { A = "1" } : { A = "2" }) }

# keys and values
output "keys_m" { value = keys(local.m) }
output "values_m" { value = values(local.m) }
output "keys_mm" { value = keys(local.mm) }
output "values_mm" { value = values(local.mm) }
output "keys_nested" { value = keys(local.n.tags) }
output "keys_n" { value = keys(local.n) }

# length
output "length_m" { value = length(local.m) }
output "length_l" { value = length(local.l) }
output "length_mm" { value = length(local.mm) }
output "length_u" { value = length(local.u) }
output "length_keys" { value = length(keys(local.m)) }
output "length_values" { value = length(values(local.m)) }
output "length_nested_list" { value = length(local.n.list) }

# lookup
output "lookup_known_key" { value = lookup(local.m, "Env", "d") }
output "lookup_unknown_value" { value = lookup(local.m, "Name", "d") }
output "lookup_missing_key" { value = lookup(local.m, "Owner", "d") }
output "lookup_map_known_key" { value = lookup(local.mm, "Env", "d") }
output "lookup_map_missing_key" { value = lookup(local.mm, "Owner", "d") }
output "lookup_known_map" { value = lookup(local.k, "Owner", "none") }
output "lookup_unknown_key" { value = lookup(local.k, local.u, "d") }

# contains
output "contains_known" { value = contains(local.l, "a") }
output "contains_other" { value = contains(local.l, "b") }
output "contains_unknown" { value = contains(["a", "b"], local.u) }
output "contains_key" { value = contains(keys(local.m), "Name") }
output "contains_value" { value = contains(values(local.m), "prod") }
output "contains_no_value" { value = contains(values(local.m), "dev") }
output "contains_empty" { value = contains([], local.u) }
output "contains_partial_wanted" { value = contains([["b", "c"]], ["a", local.u]) }

# flatten keeps elements with unknown parts; an element that is itself unknown may be a list
output "flatten_objects" { value = flatten([local.objs, [{ name = "c", size = 3 }]]) }
output "flatten_objects_length" { value = length(flatten([local.objs, []])) }
output "flatten_unknown_element" { value = flatten([["a"], local.u]) }
output "flatten_unknown_in_list" { value = flatten([["a", local.u]]) }

# concat, element, reverse, slice
output "concat" { value = concat(local.l, ["b"]) }
output "concat_known_first" { value = concat(["z"], local.l) }
output "concat_length" { value = length(concat(local.l, local.n.list)) }
output "element_known" { value = element(local.l, 0) }
output "element_unknown" { value = element(local.l, 1) }
output "element_wraps" { value = element(local.l, 2) }
output "element_unknown_index" { value = element(local.l, length(local.u)) }
output "reverse" { value = reverse(local.l) }
output "reverse_index" { value = reverse(local.l)[1] }
output "slice_known" { value = slice(local.l, 0, 1) }
output "slice_unknown" { value = slice(local.l, 1, 2) }
output "slice_empty" { value = slice(local.l, 1, 1) }

# zipmap
output "zipmap_values" { value = zipmap(["x", "y"], local.l) }
output "zipmap_keys" { value = zipmap(local.l, ["x", "y"]) }
output "zipmap_keys_of" { value = keys(zipmap(["x", "y"], local.l)) }

# alltrue, anytrue
output "alltrue_unknown" { value = alltrue(local.bools) }
output "anytrue_true" { value = anytrue(local.bools) }
output "alltrue_false" { value = alltrue([false, local.c]) }
output "anytrue_unknown" { value = anytrue([false, local.c]) }

# can
output "can_unknown_attr" { value = can(local.m.Name) }
output "can_known_attr" { value = can(local.m.Env) }
output "can_missing_attr" { value = can(local.m.Owner) }
output "can_whole" { value = can(local.m) }
output "can_index_known" { value = can(local.l[0]) }
output "can_index_unknown" { value = can(local.l[1]) }
output "can_index_out" { value = can(local.l[5]) }
output "can_nested_known" { value = can(local.n.tags.Env) }
output "can_nested_missing" { value = can(local.n.tags.Owner) }
output "can_sibling_known" { value = can(local.n.size) }
output "can_u" { value = can(local.u) }
output "can_call_known" { value = can(upper(local.m.Env)) }
output "can_known_missing" { value = can(local.k.Owner) }
output "can_map_missing" { value = can(local.mm["Owner"]) }
output "can_resource" { value = can(terraform_data.u) }
output "can_resource_input" { value = can(terraform_data.u.input) }

# try
output "try_missing" { value = try(local.m.Owner, "f") }
output "try_unknown" { value = try(local.m.Name, "f") }
output "try_known" { value = try(local.m.Env, "f") }
output "try_whole" { value = try(local.m, {}) }
output "try_chain_known" { value = try(local.m.Owner, local.m.Env) }
output "try_chain_unknown" { value = try(local.m.Owner, local.m.Name) }
output "try_nested_missing" { value = try(local.n.tags.Owner, "none") }
output "try_index_out" { value = try(local.l[5], "none") }
output "try_map_missing" { value = try(local.mm["Owner"], "none") }
output "try_resource_input" { value = try(terraform_data.u.input, "f") }
output "try_lookup" { value = try(lookup(local.m, "Owner"), "none") }
output "try_known_result" { value = try(length(local.m), 0) }
output "try_known_element" { value = try(element(local.l, 0), "none") }
output "try_known_splat" { value = try(local.objs[*].size, []) }
output "try_partial_fallback" { value = try(local.l[5], local.l) }
output "can_known_result" { value = can(keys(local.m)) }
output "can_null_check" { value = can(local.u == null) }
output "can_missing_lookup" { value = can(lookup(local.m, "Owner")) }
output "can_unknown_arithmetic" { value = can(local.u + 1) }

# conditionals
output "cond_unknown" { value = local.c ? "a" : "b" }
output "cond_same_branches" { value = local.c ? "a" : "a" }
output "cond_partial_branch" { value = true ? local.m : local.k }
output "cond_on_length" { value = length(local.m) == 2 ? "two" : "other" }
output "cond_on_known_attr" { value = local.m.Env == "prod" ? "p" : "np" }
output "cond_on_unknown_attr" { value = local.m.Name == "x" ? "y" : "n" }
output "cond_on_not_null" { value = local.m.Name != null ? "set" : "unset" }

# for expressions
output "for_keys" { value = [for k, v in local.m : k] }
output "for_values" { value = [for k, v in local.m : v] }
output "for_map" { value = { for k, v in local.m : k => upper(v) } }
output "for_filter_key" { value = { for k, v in local.m : k => v if k != "Name" } }
output "for_filter_value" { value = { for k, v in local.m : k => v if v == "prod" } }
output "for_key_from_value" { value = { for k, v in local.m : v => k } }
output "for_group" { value = { for k, v in local.m : "all" => v... } }
output "for_list" { value = [for x in local.l : "${x}-1"] }
output "for_length" { value = length([for k, v in local.m : k]) }
output "for_objects" { value = [for o in local.objs : o.name] }
output "splat_unknown" { value = local.objs[*].name }
output "splat_known" { value = local.objs[*].size }

# equality
output "eq_null_u" { value = local.u == null }
output "eq_null_m" { value = local.m == null }
output "eq_null_attr" { value = local.m.Name == null }
output "ne_null_l" { value = local.l != null }
output "eq_self" { value = local.m == local.m }
output "eq_list_known_differs" { value = local.l == ["b", "x"] }
output "eq_list_unknown_first" { value = reverse(local.l) == ["x", "b"] }
output "eq_other_keys" { value = local.m == { Name = "x" } }

# other functions need their argument known all the way down
output "jsonencode" { value = jsonencode(local.m) }
output "upper_known_attr" { value = upper(local.m.Env) }
output "upper_unknown_attr" { value = upper(local.m.Name) }
output "coalesce_known_first" { value = coalesce("x", local.u) }
output "coalesce_unknown_first" { value = coalesce(local.u, "x") }
output "coalesce_skips_null_and_empty" { value = coalesce(null, "", local.u, "x") }
output "coalesce_number_then_unknown" { value = coalesce(1, local.u) }

# conversions keep unknown elements
output "tolist" { value = tolist(local.l) }
output "tomap_strings" { value = tomap({ a = "1", b = local.u }) }
output "tomap_number_and_unknown" { value = tomap({ a = 1, b = local.u }) }
