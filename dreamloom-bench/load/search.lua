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

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local n = 0
request = function()
  n = n + 1
  -- threads start at different places so the connections do not ask the same query at the same moment
  local q = queries[((n + (tid or 0) * 7) % #queries) + 1]
  return wrk.format("GET", "/api/search?" .. q, { ["Cookie"] = cookie })
end

bad = 0
response = function(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
    if bad <= 3 then
      io.stderr:write("unexpected status " .. status .. ": " .. string.sub(body, 1, 200) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + (t:get("bad") or 0)
  end
  io.write(string.format("errors: %d non-200 answers, %d socket errors (connect %d, read %d, write %d, timeout %d)\n",
    total, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
