-- Driven by nvim.test.mjs: Neovim's built-in LSP client (0.7+: vim.lsp.start_client) starts the
-- standalone server, opens the document, waits for diagnostics, asks for document symbols and
-- writes what it saw as JSON. Paths come from the environment.
local out_file = vim.env.WORKPLAN_OUT
local result = { nvim = string.format('%d.%d.%d', vim.version().major, vim.version().minor, vim.version().patch) }

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.WORKPLAN_DOC))
  local buf = vim.api.nvim_get_current_buf()
  local published = false
  local default = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
    published = true
    return default(err, params, ctx, config)
  end
  local client_id = vim.lsp.start_client({
    name = 'workplan',
    cmd = { vim.env.WORKPLAN_NODE, vim.env.WORKPLAN_SERVER, '--stdio' },
    root_dir = vim.fn.fnamemodify(vim.env.WORKPLAN_DOC, ':h'),
  })
  result.started = client_id ~= nil
  vim.lsp.buf_attach_client(buf, client_id)
  result.published = vim.wait(20000, function() return published and #vim.diagnostic.get(buf) > 0 end, 20)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, source = d.source, code = d.code, message = d.message })
  end
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(buf) }, 10000)
  result.symbols = {}
  for _, response in pairs(responses or {}) do
    for _, s in ipairs(response.result or {}) do
      table.insert(result.symbols, { name = s.name, line = s.selectionRange.start.line, children = #(s.children or {}) })
    end
  end
  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

local ok, err = pcall(run)
result.ok = ok
result.error = ok and vim.NIL or tostring(err)
vim.fn.writefile({ vim.fn.json_encode(result) }, out_file)
vim.cmd('qa!')
