-- interview-lsp for Neovim 0.11+: put editors/nvim on 'runtimepath' (or copy this file to
-- ~/.config/nvim/lsp/) and call vim.lsp.enable('interview_lsp').
---@type vim.lsp.Config
return {
  cmd = { 'interview-lsp', 'server' },
  filetypes = { 'markdown.interview' },
  root_markers = { '.interview-lsp.toml', 'interview-lsp.toml', '.git' },
  -- Same keys as interview-lsp.toml, in camelCase; a project's own config file wins.
  init_options = vim.empty_dict(),
}
