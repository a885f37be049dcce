-- wrk script: POST <BASE>/api/invoices/<id>/payments, 1.00 EUR cash, round robin over IDS_FILE, a fresh
-- Idempotency-Key per request (thread number + counter), so every request records a payment.
local ids, n, thread_id = {}, 0, 0
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_id", counter)
end

function init(args)
  for line in io.lines(os.getenv("IDS_FILE")) do
    if #line > 0 then ids[#ids + 1] = line end
  end
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"amount":1.00,"method":"cash"}'
end

function request()
  n = n + 1
  local id = ids[(n + thread_id * 7919) % #ids + 1]
  wrk.headers["Idempotency-Key"] = os.getenv("RUN") .. "-" .. thread_id .. "-" .. n
  return wrk.format("POST", "/api/invoices/" .. id .. "/payments")
end
