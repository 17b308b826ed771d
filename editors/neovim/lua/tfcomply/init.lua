-- The Neovim client of `tfcomply lsp`: starts the server with the built-in LSP client for
-- Terraform buffers. Diagnostics, code actions and hover all come from the server, so this
-- file only decides when to start it, with which command and in which root.

local M = {}

local defaults = {
  -- The server command; `cmd` replaces the whole list, e.g. { "/opt/bin/tfcomply", "lsp" }.
  cmd = nil,
  -- The filetypes Neovim gives Terraform sources and variable files.
  filetypes = { "terraform", "hcl", "terraform-vars" },
  -- One config file for every module (initializationOptions.configFile) instead of each
  -- module's .tfcomply.toml.
  config_file = nil,
  -- Markers of the project root, nearest first; without one the file's directory is the root.
  -- The repository, not each module: one server sees a module and the modules it calls, so
  -- an unsaved edit in one reaches the other (each module's .tfcomply.toml is still found by
  -- the server).
  root_markers = { ".git" },
}

-- The directory holding the nearest root marker above `path`, else `path`'s directory: a
-- module outside any repository still gets a server.
local function find_root(path, markers)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  if vim.fs and vim.fs.root then
    return vim.fs.root(path, markers) or dir
  end
  -- Neovim before 0.10 has no vim.fs.root: the same nearest-first walk up, by hand.
  local current = dir
  while true do
    for _, marker in ipairs(markers) do
      if vim.loop.fs_stat(current .. "/" .. marker) then
        return current
      end
    end
    local parent = vim.fn.fnamemodify(current, ":h")
    if parent == current then
      return dir
    end
    current = parent
  end
end

local function start(bufnr, opts)
  local path = vim.api.nvim_buf_get_name(bufnr)
  -- Unnamed and non-file buffers have nothing the server could read from disk beside them.
  if path == "" or vim.bo[bufnr].buftype ~= "" then
    return
  end
  local config = {
    name = "tfcomply",
    cmd = opts.cmd or { "tfcomply", "lsp" },
    root_dir = find_root(path, opts.root_markers),
    init_options = opts.config_file and { configFile = opts.config_file } or vim.empty_dict(),
  }
  if vim.lsp.start then
    -- Reuses a running tfcomply client with the same name and root_dir.
    vim.lsp.start(config, { bufnr = bufnr })
    return
  end
  -- Neovim 0.7 (Debian 12's) has no vim.lsp.start (0.8): keep one client per root by hand.
  M._clients = M._clients or {}
  local id = M._clients[config.root_dir]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(config)
    M._clients[config.root_dir] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

--- Start tfcomply for the buffers of `opts.filetypes`, now and as they are opened.
--- @param opts table|nil see `defaults` above
function M.setup(opts)
  -- Shallow on purpose: a deep merge would mix a shorter `filetypes` list given here with
  -- the default one, index by index.
  opts = vim.tbl_extend("force", defaults, opts or {})
  if type(opts.cmd) == "string" then
    opts.cmd = { opts.cmd, "lsp" }
  end
  local group = vim.api.nvim_create_augroup("tfcomply", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = opts.filetypes,
    callback = function(args)
      start(args.buf, opts)
    end,
  })
  -- setup() called lazily (e.g. by a plugin manager on FileType) comes after the event for
  -- the buffers already open: attach those too.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(opts.filetypes, vim.bo[bufnr].filetype) then
      start(bufnr, opts)
    end
  end
end

return M
