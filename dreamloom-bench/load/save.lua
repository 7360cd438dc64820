-- wrk script: POST /api/dreams (save a new dream) as a logged-in user, with the session cookie (DL_COOKIE) and the
-- session's CSRF token (DL_CSRF). Every request writes a different text, so none is refused as a duplicate.
local cookie = os.getenv("DL_COOKIE") or ""
local csrf = os.getenv("DL_CSRF") or ""
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local n = 0
local words = { "water", "house", "mother", "train", "forest", "sister", "beach", "stairs", "dog", "school" }

request = function()
  n = n + 1
  local a = words[(n % #words) + 1]
  local b = words[((n * 7) % #words) + 1]
  local text = string.format("Load dream %d-%d: I walked through the %s and met my %s, and I felt calm.",
    tid or 0, n, a, b)
  local body = string.format('{"text":"%s","date":"2024-05-%02d","tags":["load"],"mood":%d}', text,
    (n % 28) + 1, (n % 5) - 2)
  return wrk.format("POST", "/api/dreams", {
    ["Cookie"] = cookie,
    ["X-CSRF-Token"] = csrf,
    ["Content-Type"] = "application/json",
  }, body)
end

-- count answers that are not 201 Created (wrk's own summary only counts non-2xx/3xx); done() prints the count
bad = 0
response = function(status, headers, body)
  if status ~= 201 then
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
  io.write(string.format("errors: %d answers not 201, %d socket errors (connect %d, read %d, write %d, timeout %d)\n",
    total, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
