-- wrk script: GET /api/players/<id>/upcoming-sessions for ids of IDS_FILE, round robin over the first HOT ids
-- (default 1000), Authorization: Bearer TOKEN. Env: IDS_FILE, TOKEN, HOT.
local ids, n = {}, 0

function init(args)
  local hot = tonumber(os.getenv("HOT") or "1000")
  for line in io.lines(os.getenv("IDS_FILE")) do
    if #line > 0 and #ids < hot then ids[#ids + 1] = line end
  end
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  n = n % #ids + 1
  return wrk.format("GET", "/api/players/" .. ids[n] .. "/upcoming-sessions")
end
