-- wrk script: GET /api/conversations/<line of IDS_FILE><SUFFIX> round robin over the first HOT lines (default 1000),
-- Authorization: Bearer TOKEN. SUFFIX defaults to "/messages?size=50"; a line may carry its own path and query
-- ("<id>/messages?size=50&before=<cursor>") with SUFFIX set empty. THINK_MS: after an answer each connection waits
-- a random time, exponential with that mean, before its next request (a paced load of about connections × 1000 /
-- THINK_MS requests/s, arriving as independent readers' would). A fixed pause locks the connections into step: they
-- fire together, and the last of each burst waits for the others (access log, 2026-12-06: bursts of 18 requests
-- begun within 5 ms). Latencies are the requests' own. Env: IDS_FILE, TOKEN, HOT, SUFFIX, THINK_MS.
local ids, n, suffix, think = {}, 0, "/messages?size=50", 0

function init(args)
  local hot = tonumber(os.getenv("HOT") or "1000")
  for line in io.lines(os.getenv("IDS_FILE")) do
    if #line > 0 and #ids < hot then ids[#ids + 1] = line end
  end
  if os.getenv("SUFFIX") ~= nil then suffix = os.getenv("SUFFIX") end
  think = tonumber(os.getenv("THINK_MS") or "0")
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  n = n % #ids + 1
  return wrk.format("GET", "/api/conversations/" .. ids[n] .. suffix)
end

function delay()
  if think == 0 then return 0 end
  return math.floor(-think * math.log(1 - math.random()))
end
