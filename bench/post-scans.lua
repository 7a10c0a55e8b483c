-- wrk script: each request posts a new scan (distinct ids per thread and request), alternating a trip's channel
-- code and a gate's check-in code. Token and trip code come from the environment (WRK_TOKEN, WRK_CODE).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = tid or 0
end

local token = os.getenv("WRK_TOKEN")
local code = os.getenv("WRK_CODE") or "QR-T000001"
local run = os.getenv("WRK_RUN") or "0"

request = function()
  counter = counter + 1
  local kind, c
  if counter % 2 == 0 then kind, c = "CHANNEL", code else kind, c = "CHECKIN", "GATE-1" end
  local body = string.format('{"scan_id":"W%s-%d-%d","kind":"%s","code":"%s"}', run, thread_id, counter, kind, c)
  return wrk.format("POST", "/api/v1/scans",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("non-2xx or socket errors: %d\n", errors))
end
