-- wrk script: POST /api/auth/login as LOGIN_EMAIL with LOGIN_PASSWORD (each request hashes the password with Argon2id)
function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = string.format('{"email":"%s","password":"%s"}', os.getenv("LOGIN_EMAIL"), os.getenv("LOGIN_PASSWORD"))
end

function request()
  return wrk.format("POST", "/api/auth/login")
end
