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

-- the request's head up to its length, made once per thread: the same request wrk.format makes, without building
-- its head from a table at every request (the client's own CPU is taken from the server on this 2-core machine; wrk
-- sends GET /health, the ratio's other side, as one fixed string)
local head
local ids

request = function()
  if head == nil then
    head = "POST /api/v1/scans HTTP/1.1\r\nHost: " .. wrk.headers["Host"] .. "\r\nContent-Type: application/json\r\n"
      .. "Authorization: Bearer " .. token .. "\r\nContent-Length: "
    ids = '{"scan_id":"W' .. run .. "-" .. thread_id .. "-"
  end
  counter = counter + 1
  local body
  if counter % 2 == 0 then
    body = ids .. counter .. '","kind":"CHANNEL","code":"' .. code .. '"}'
  else
    body = ids .. counter .. '","kind":"CHECKIN","code":"GATE-1"}'
  end
  return head .. #body .. "\r\n\r\n" .. body
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("non-2xx or socket errors: %d\n", errors))
end
