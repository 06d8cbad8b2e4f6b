-- Neovim as a client of journey-language-server, headless: `nvim --headless --clean -u neovim-client.lua`.
-- Opens maps of the workspace $JOURNEY_WORKSPACE, asks the server (command $JOURNEY_SERVER, a JSON array) for
-- diagnostics, completion, hover, definition and the diagram through Neovim's built-in LSP client, writes what came
-- back to $JOURNEY_OUT as JSON, and quits. Works from Neovim 0.7 (Debian 12's) on: vim.lsp.start_client and
-- buf_attach_client, which later versions keep.
local workspace = assert(os.getenv('JOURNEY_WORKSPACE'))
local out = assert(os.getenv('JOURNEY_OUT'))
local cmd = vim.json.decode(assert(os.getenv('JOURNEY_SERVER')))
local timeout = 30000
local report = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch }

local function write_report()
  local file = assert(io.open(out, 'w'))
  file:write(vim.json.encode(report))
  file:close()
end

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/' .. name))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'journey'
  return buf
end

-- The one answer of the journey server to a request on `buf`, or an error.
local function request(buf, method, params)
  local answers, err = vim.lsp.buf_request_sync(buf, method, params, timeout)
  assert(answers, method .. ': ' .. tostring(err))
  for _, answer in pairs(answers) do
    assert(not answer.err, method .. ': ' .. vim.inspect(answer.err))
    return answer.result
  end
  error(method .. ': no answer')
end

local function position(buf, line, text)
  local column = assert(vim.api.nvim_buf_get_lines(buf, line, line + 1, true)[1]:find(text, 1, true), text)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = column - 1 } }
end

local ok, failure = pcall(function()
  local client = vim.lsp.start_client({
    name = 'journey',
    cmd = cmd,
    root_dir = workspace,
    workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'maps' } },
  })
  assert(client, 'the server did not start')

  local broken = open('broken.journey')
  vim.lsp.buf_attach_client(broken, client)
  assert(vim.wait(timeout, function() return #vim.diagnostic.get(broken) > 0 end, 50), 'no diagnostics for broken.journey')
  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(broken)) do
    table.insert(report.diagnostics, { line = d.lnum + 1, severity = d.severity, code = d.code, message = d.message })
  end

  local map = open('activewear-first-purchase.journey')
  vim.lsp.buf_attach_client(map, client)
  assert(vim.wait(timeout, function() return vim.lsp.buf_is_attached(map, client) and vim.lsp.get_client_by_id(client).initialized end, 50))
  local lines = vim.api.nvim_buf_get_lines(map, 0, -1, true)
  local owner, personas
  for index, text in ipairs(lines) do
    if not owner and text:match('^%s*owner ') then owner = index - 1 end
    if not personas and text:match('^%s*personas Sarah') then personas = index - 1 end
  end

  -- Completion right after `owner `.
  local at_owner = position(map, owner, 'owner ')
  at_owner.position.character = at_owner.position.character + #'owner '
  local completion = request(map, 'textDocument/completion', at_owner)
  report.completion = {}
  for _, item in ipairs(completion.items or completion) do
    table.insert(report.completion, { label = item.label, detail = item.detail })
  end

  -- Hover and go to definition on the persona in `personas Sarah`.
  local at_sarah = position(map, personas, 'Sarah')
  local hover = request(map, 'textDocument/hover', at_sarah)
  report.hover = hover.contents.value or hover.contents
  local definition = request(map, 'textDocument/definition', at_sarah)
  if definition.uri or definition.targetUri then definition = { definition } end
  report.definition = {}
  for _, target in ipairs(definition) do
    local range = target.targetSelectionRange or target.range
    table.insert(report.definition, { uri = target.targetUri or target.uri, line = range.start.line + 1 })
  end

  -- The diagram request the VS Code preview sends.
  local version = vim.lsp.util.buf_versions[map] or vim.b[map].changedtick
  local diagram = request(map, 'journey/diagram', {
    uri = vim.uri_from_bufnr(map), version = version, theme = 'light',
    options = { personas = {}, hideLanes = {}, compact = false },
  })
  report.diagram = diagram.result and {
    version = diagram.result.version, svgStart = diagram.result.svg:sub(1, 4), svgLength = #diagram.result.svg,
    personas = diagram.result.personas, lanes = diagram.result.lanes,
  } or { error = diagram.error }
  report.version = version

  vim.lsp.stop_client(client)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client) == nil end, 50)
end)

if not ok then report.failure = tostring(failure) end
write_report()
vim.cmd(ok and 'qall!' or 'cquit!')
