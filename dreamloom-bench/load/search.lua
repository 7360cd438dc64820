-- wrk script: GET /api/search as a logged-in user. DL_COOKIE holds the session cookie ("dl_session=...");
-- DL_QUERY the query string (default "q=water").
local cookie = os.getenv("DL_COOKIE") or ""
local query = os.getenv("DL_QUERY") or "q=water"

request = function()
  return wrk.format("GET", "/api/search?" .. query, { ["Cookie"] = cookie })
end
