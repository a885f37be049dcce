-- wrk script: GET <PATH_PREFIX><one id from IDS_FILE, round robin over the first HOT ids (default 1000)><PATH_SUFFIX>
-- (PATH_SUFFIX optional), Authorization: Bearer TOKEN. THINK_MS (optional): after an answer each connection waits a
-- random time, exponential with that mean, before its next request (a paced load of independent clients, not one
-- that saturates the machine). Random, because a fixed pause locks the connections into step: they fire together and
-- the last of each burst waits for the others (Tomcat's access log, 2026-12-06: bursts of 18 requests begun within
-- 5 ms). An id line may carry its own path and query (PATH_SUFFIX empty), e.g. a page's cursor.
local ids, n = {}, 0
local think = tonumber(os.getenv("THINK_MS") or "0")
local prefix, suffix = os.getenv("PATH_PREFIX") or "", os.getenv("PATH_SUFFIX") or ""

function init(args)
  local hot = tonumber(os.getenv("HOT") or "1000")
  for line in io.lines(os.getenv("IDS_FILE")) do
    if #line > 0 and #ids < hot then ids[#ids + 1] = line end
  end
  -- the bare app's warm-up runs before the benches have a token: without one, wrk stopped at this line (PANIC) and
  -- the bare app was first loaded by its measured run, cold (the "slow first bare run" of docs/performance.md)
  local token = os.getenv("TOKEN")
  if token ~= nil then wrk.headers["Authorization"] = "Bearer " .. token end
end

function request()
  n = n % #ids + 1
  return wrk.format("GET", prefix .. ids[n] .. suffix)
end

-- defined only for a paced load: wrk sends each request through a timer once a script has delay()
if think > 0 then
  function delay()
    return math.floor(-think * math.log(1 - math.random()))
  end
end
