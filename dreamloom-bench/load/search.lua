-- wrk script: GET /api/search as a logged-in user, rotating over the queries in the file DL_QUERIES (one query
-- string per line, already URL-encoded, e.g. "q=snake%20in%20the%20garden&mode=hybrid"); without that file, DL_QUERY
-- (default "q=water"). DL_COOKIE holds the session cookie ("dl_session=..."). Any answer but 200 is an error:
-- the first few are printed and done() prints the count.
local cookie = os.getenv("DL_COOKIE") or ""
local queries = {}
local file = os.getenv("DL_QUERIES")
if file and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then
      table.insert(queries, line)
    end
  end
end
if #queries == 0 then
  queries = { os.getenv("DL_QUERY") or "q=water" }
end

dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

local n = 0
request = function()
  n = n + 1
  -- threads start half a list apart, so with a long list (the mix) a query comes back only after thousands of
  -- others: long after the search-answer cache dropped it
  local q = queries[((n + (tid or 0) * math.max(7, math.floor(#queries / 2))) % #queries) + 1]
  return wrk.format("GET", "/api/search?" .. q, { ["Cookie"] = cookie })
end

expect_status(200, "non-200 answers")
