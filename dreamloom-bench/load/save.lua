-- wrk script: POST /api/dreams (save a new dream) as a logged-in user, with the session cookie (DL_COOKIE) and the
-- session's CSRF token (DL_CSRF). Every request writes a different text, so none is refused as a duplicate.
local cookie = os.getenv("DL_COOKIE") or ""
local csrf = os.getenv("DL_CSRF") or ""
-- differs between wrk runs (run.sh's warm-up and measured run save to the same account): no text comes twice
local run = os.getenv("DL_RUN") or tostring(os.time())
dofile((debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./") .. "common.lua")

local n = 0
local words = { "water", "house", "mother", "train", "forest", "sister", "beach", "stairs", "dog", "school" }

request = function()
  n = n + 1
  local a = words[(n % #words) + 1]
  local b = words[((n * 7) % #words) + 1]
  local text = string.format("Load dream %s-%d-%d: I walked through the %s and met my %s, and I felt calm.",
    run, tid or 0, n, a, b)
  local body = string.format('{"text":"%s","date":"2024-05-%02d","tags":["load"],"mood":%d}', text,
    (n % 28) + 1, (n % 5) - 2)
  return wrk.format("POST", "/api/dreams", {
    ["Cookie"] = cookie,
    ["X-CSRF-Token"] = csrf,
    ["Content-Type"] = "application/json",
  }, body)
end

expect_status(201, "answers not 201")
