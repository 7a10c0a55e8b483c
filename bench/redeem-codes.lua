-- wrk script (bench/buyers.sh): each request redeems a coupon code of its own, read from WRK_CODES (one a line);
-- thread t of T posts the codes t, t + T, t + 2T … from WRK_OFFSET on, so no two requests share a code.
-- WRK_PATH is the route: /api/v1/redemptions (a MERCHANT token) or /api/v1/campaigns/{no}/claims (a BUYER token,
-- no body, the codes file unused).
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
  thread:set("nthreads", 0)
end

local token = os.getenv("WRK_TOKEN")
local path = os.getenv("WRK_PATH") or "/api/v1/redemptions"
local offset = tonumber(os.getenv("WRK_OFFSET") or "0")
local codes = {}
local i = 0
local step = 1
local headers

function init(args)
  step = tonumber(os.getenv("WRK_THREADS") or "2")
  i = offset + tid
  headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}
  local file = os.getenv("WRK_CODES")
  if file and path == "/api/v1/redemptions" then
    for line in io.lines(file) do
      codes[#codes + 1] = line
    end
  end
end

request = function()
  if path ~= "/api/v1/redemptions" then
    return wrk.format("POST", path, headers, "")
  end
  i = i + step
  local code = codes[i]
  if code == nil then
    code = "EXHAUSTED"
  end
  local body = '{"coupon_code":"' .. code .. '","order_amount":"120.00"}'
  return wrk.format("POST", path, headers, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("non-2xx or socket errors: %d\n", errors))
end
