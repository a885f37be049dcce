-- wrk script: GET <PATH_PREFIX><id> with ids drawn from IDS_FILE by a Zipf distribution (exponent ZIPF_S, default 1.1)
-- over a permutation of the ids, Authorization: Bearer TOKEN. Env: IDS_FILE, PATH_PREFIX, TOKEN, ZIPF_S, ZIPF_SEED.
-- The permutation (which ids are hot) comes from ZIPF_SEED, so every wrk thread and every run (warm-up bursts and
-- the measured run) share the same hot ids; only the draws differ.
local ids, cdf = {}, {}

function init(args)
  for line in io.lines(os.getenv("IDS_FILE")) do
    if #line > 0 then ids[#ids + 1] = line end
  end
  math.randomseed(tonumber(os.getenv("ZIPF_SEED") or "42"))
  for i = #ids, 2, -1 do
    local j = math.random(i)
    ids[i], ids[j] = ids[j], ids[i]
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
  local s = tonumber(os.getenv("ZIPF_S") or "1.1")
  local total = 0
  for k = 1, #ids do
    total = total + 1 / (k ^ s)
    cdf[k] = total
  end
  for k = 1, #ids do cdf[k] = cdf[k] / total end
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

local function pick()
  local u, lo, hi = math.random(), 1, #cdf
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cdf[mid] < u then lo = mid + 1 else hi = mid end
  end
  return ids[lo]
end

function request()
  return wrk.format("GET", os.getenv("PATH_PREFIX") .. pick())
end
