-- wrk script: GET /api/conversations/<line of IDS_FILE><SUFFIX> round robin over the first HOT lines (default 1000),
-- Authorization: Bearer TOKEN. SUFFIX defaults to "/messages?size=50"; a line may carry its own path and query
-- ("<id>/messages?size=50&before=<cursor>") with SUFFIX set empty. THINK_MS: each connection waits that long after
-- an answer before its next request (a paced load: connections × 1000 / THINK_MS requests/s at most); latencies
-- are the requests' own. Env: IDS_FILE, TOKEN, HOT, SUFFIX, THINK_MS.
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
  return think
end
