-- End-to-end test in a real headless Neovim (0.7 and 0.11): open a prep document, wait for the
-- diagnostics and check their exact positions on a line with an emoji, ask for completion in the
-- questions section, apply a code action and check the buffer's new text.
-- Run: INTERVIEW_LSP_BIN=... DOC=... nvim --headless -u NONE -i NONE -n -c 'luafile editors/nvim/tests/e2e.lua'
local bin = os.getenv('INTERVIEW_LSP_BIN')
local doc = os.getenv('DOC')
local repo = os.getenv('REPO')
local failures = 0

local function check(ok, what)
  if ok then
    print('ok: ' .. what)
  else
    failures = failures + 1
    print('FAIL: ' .. what)
  end
end

vim.opt.runtimepath:prepend(repo .. '/editors/nvim')
vim.cmd('filetype on')
vim.cmd('edit ' .. doc)
check(vim.bo.filetype == 'markdown.interview', 'filetype is markdown.interview (got ' .. vim.bo.filetype .. ')')

local new_api = vim.lsp.enable ~= nil and vim.lsp.config ~= nil
if new_api then
  vim.lsp.config('interview_lsp', { cmd = { bin, 'server' } })
  vim.lsp.enable('interview_lsp')
  -- enable() attaches on the next FileType event: re-trigger it for the open buffer.
  vim.cmd('doautocmd FileType')
else
  local id = vim.lsp.start_client({ name = 'interview_lsp', cmd = { bin, 'server' }, root_dir = vim.fn.fnamemodify(doc, ':h') })
  vim.lsp.buf_attach_client(0, id)
end

local got = vim.wait(15000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.code == 'negative-framing' then return true end
  end
  return false
end, 50)
check(got, 'diagnostics arrived')

local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)({ bufnr = 0 })
local client = clients[1]
check(client ~= nil, 'client attached')
local encoding = client and client.offset_encoding or 'utf-16'
print('offset encoding: ' .. encoding)

-- Line 5 (0-based 4) is "- Zoë 😩 says: my manager micromanages everything."; Neovim's
-- diagnostic columns are byte columns whatever the protocol's encoding.
local line = vim.api.nvim_buf_get_lines(0, 4, 5, false)[1]
for _, d in ipairs(vim.diagnostic.get(0)) do
  if d.code == 'negative-framing' then
    check(d.lnum == 4 and d.col == 2, 'negative-framing starts at line 5 byte 2 (got ' .. d.lnum .. ':' .. d.col .. ')')
    check(d.end_lnum == 4 and d.end_col == #line, 'negative-framing ends at the end of line 5, byte ' .. #line .. ' (got ' .. tostring(d.end_col) .. ')')
  end
end

-- Completion at the empty item of the questions section (line 10, after "- ").
local result = vim.lsp.buf_request_sync(0, 'textDocument/completion', {
  textDocument = { uri = vim.uri_from_bufnr(0) },
  position = { line = 9, character = 2 },
}, 10000)
local labels = {}
for _, r in pairs(result or {}) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
end
local has_concerns = false
for _, l in ipairs(labels) do
  if l:find('Do you have any concerns about my ability', 1, true) then has_concerns = true end
end
check(has_concerns, 'completion offers the concerns question (' .. #labels .. ' items)')

-- The code action that rewrites line 5 toward "moving to" framing, applied to the buffer.
local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(0) },
  range = { start = { line = 4, character = 10 }, ['end'] = { line = 4, character = 10 } },
  context = { diagnostics = {} },
}, 10000)
local applied = false
for _, r in pairs(actions or {}) do
  for _, action in ipairs(r.result or {}) do
    if not applied and action.title:find('Rewrite as: I\'m looking for', 1, true) then
      vim.lsp.util.apply_workspace_edit(action.edit, encoding)
      applied = true
    end
  end
end
check(applied, 'a rewrite action was offered and applied')
local new_line = vim.api.nvim_buf_get_lines(0, 4, 5, false)[1]
check(new_line == "- I'm looking for a team that trusts people with ownership and autonomy.", 'line 5 rewritten (got ' .. new_line .. ')')

print(failures == 0 and 'E2E PASSED' or ('E2E FAILED: ' .. failures))
if failures == 0 then vim.cmd('qa!') else vim.cmd('cquit 1') end
