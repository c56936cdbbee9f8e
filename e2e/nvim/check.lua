-- Loaded by run.sh as Neovim's init: the Lua block of docs/lsp.md, then, once the sample is open,
-- its diagnostics are awaited and checked. The result goes to $GKREPORT_RESULT: "ok" or "FAIL",
-- then what was seen.
dofile(vim.env.GKREPORT_SNIPPET)

local EXPECTED = 5 -- two section-number errors and three warnings, as `gkreport check` gives them
local MESSAGE = '标题序号“4、”有误'

local function finish(ok, lines)
  table.insert(lines, 1, ok and 'ok' or 'FAIL')
  vim.fn.writefile(lines, vim.env.GKREPORT_RESULT)
  vim.cmd(ok and 'qall!' or 'cquit 1')
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local published = vim.wait(90000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
    -- Diagnostics come per document version, all at once; wait a little for a stray second publish.
    vim.wait(1000, function() return false end, 100)
    local diagnostics = vim.diagnostic.get(buf)
    local lines = { 'filetype: ' .. vim.bo[buf].filetype, 'diagnostics: ' .. #diagnostics }
    local named = false
    for _, d in ipairs(diagnostics) do
      table.insert(lines, string.format('%d:%d %s', d.lnum + 1, d.col + 1, d.message))
      if d.message:find(MESSAGE, 1, true) then named = true end
    end
    local ok = published and vim.bo[buf].filetype == 'gkreport' and #diagnostics == EXPECTED and named
    if not ok then
      table.insert(lines, string.format('expected filetype gkreport, %d diagnostics, one saying %s', EXPECTED, MESSAGE))
    end
    finish(ok, lines)
  end,
})
