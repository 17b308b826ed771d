-- End-to-end check of the Neovim client, run by tests/editors.rs as
--   nvim --headless --clean -u NONE -c "luafile editors/neovim/test/diagnostics.lua"
-- It loads the plugin as a user's config would, opens one Terraform file, waits for the
-- server's diagnostics and writes them as JSON for the Rust test to judge. Inputs come from
-- the environment so that the script needs no quoting on the command line:
--   TFCOMPLY_PLUGIN  the editors/neovim directory (added to runtimepath)
--   TFCOMPLY_CMD     the tfcomply binary
--   TFCOMPLY_FILE    the file to open
--   TFCOMPLY_OUT     where to write the diagnostics
--   TFCOMPLY_WAIT_MS how long to wait for them
-- Exit codes: 0 diagnostics written, 2 none came in time, 3 the script itself failed.

local function main()
  vim.opt.runtimepath:prepend(vim.env.TFCOMPLY_PLUGIN)
  require("tfcomply").setup({ cmd = { vim.env.TFCOMPLY_CMD, "lsp" } })

  vim.cmd("edit " .. vim.fn.fnameescape(vim.env.TFCOMPLY_FILE))
  -- -u NONE leaves filetype detection off, and older Neovims call *.tf something else:
  -- set what detection gives in a current Neovim, which fires the plugin's FileType hook.
  vim.bo.filetype = "terraform"

  local function ours()
    return vim.tbl_filter(function(d)
      return d.source == "tfcomply"
    end, vim.diagnostic.get(nil))
  end

  local wait_ms = tonumber(vim.env.TFCOMPLY_WAIT_MS) or 30000
  if not vim.wait(wait_ms, function()
    return #ours() > 0
  end, 50) then
    local clients = vim.tbl_map(function(c)
      return c.name
    end, (vim.lsp.get_clients or vim.lsp.get_active_clients)())
    io.stderr:write(
      ("no tfcomply diagnostics after %d ms (clients: %s)\n"):format(wait_ms, table.concat(clients, ", "))
    )
    vim.cmd("cquit 2")
  end
  -- A server may publish a file more than once while it settles: give it a moment so that
  -- the last publication is the one recorded.
  vim.wait(500)

  local records = {}
  for _, d in ipairs(ours()) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(records, {
      file = vim.api.nvim_buf_get_name(d.bufnr),
      line = d.lnum + 1,
      severity = ({ "error", "warning", "information", "hint" })[d.severity],
      code = d.code or lsp.code,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
      message = d.message,
    })
  end
  local out = assert(io.open(vim.env.TFCOMPLY_OUT, "w"))
  out:write(vim.fn.json_encode(records))
  out:close()
  vim.cmd("qall!")
end

-- An error here would leave a headless Neovim waiting for input: report it and quit instead.
local ok, err = pcall(main)
if not ok then
  io.stderr:write("diagnostics.lua: " .. tostring(err) .. "\n")
  vim.cmd("cquit 3")
end
