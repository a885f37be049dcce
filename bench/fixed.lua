-- wrk script: GET <PATH_PREFIX><one id from IDS_FILE, round robin over the first HOT ids (default 1000)><PATH_SUFFIX>
-- (PATH_SUFFIX optional), Authorization: Bearer TOKEN
local ids, n = {}, 0
local prefix, suffix = os.getenv("PATH_PREFIX") or "", os.getenv("PATH_SUFFIX") or ""

function init(args)
  local hot = tonumber(os.getenv("HOT") or "1000")
  for line in io.lines(os.getenv("IDS_FILE")) do
    if #line > 0 and #ids < hot then ids[#ids + 1] = line end
  end
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  n = n % #ids + 1
  return wrk.format("GET", prefix .. ids[n] .. suffix)
end
