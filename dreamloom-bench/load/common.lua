-- What the wrk scripts share: numbered threads (setup) and counting answers whose status is not the expected one
-- (wrk's own summary only counts non-2xx/3xx). A script loads this file from its own folder and calls
-- expect_status(code, description) once.
threads = {}
local next_id = 1

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function expect_status(expected, description)
  bad = 0
  response = function(status, headers, body)
    if status ~= expected then
      bad = bad + 1
      if bad <= 3 then
        io.stderr:write("unexpected status " .. status .. ": " .. string.sub(body, 1, 200) .. "\n")
      end
    end
  end

  done = function(summary, latency, requests)
    local total = 0
    for _, t in ipairs(threads) do
      total = total + (t:get("bad") or 0)
    end
    local e = summary.errors
    io.write(string.format("errors: %d %s, %d socket errors (connect %d, read %d, write %d, timeout %d)\n",
      total, description, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
  end
end
