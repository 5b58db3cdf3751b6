-- wrk script of the concurrent-moves scenario (benchmarks/load/run): every request moves one
-- person to the other of two organizations (PUT /api/v1/persons/{id}/association, with that
-- person's own token: only the person may associate, R3).
--
--   wrk -t8 -c8 ... -s moves.lua URL -- POOL_FILE ORG_A ORG_B THREADS
--
-- POOL_FILE holds "PERSON_ID TOKEN" a line, every person associated with ORG_A when the run
-- starts. Each wrk thread (one connection: one client) takes its own share of the persons and
-- moves them in turn, each to the organization it is not in; a person's side changes only when the
-- service accepted the move, so a refused move is retried the same way on the person's next turn.
-- At the end it prints every answer's status and problem code.

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  local threads_total = tonumber(args[4])
  org_a, org_b = args[2], args[3]
  pool = {}
  local i = 0
  for line in io.lines(args[1]) do
    local person, token = string.match(line, "^(%S+)%s+(%S+)$")
    if person then
      if i % threads_total == id then
        pool[#pool + 1] = { id = person, token = token, org = org_a }
      end
      i = i + 1
    end
  end
  if #pool == 0 then error("thread " .. id .. " has no person: fewer persons than threads") end
  sent = 0
  answers = {}
end

function request()
  local person = pool[(sent % #pool) + 1]
  sent = sent + 1
  pending = person
  pending_target = person.org == org_a and org_b or org_a
  local headers = { ["Authorization"] = "Bearer " .. person.token,
    ["Content-Type"] = "application/json" }
  return wrk.format("PUT", "/api/v1/persons/" .. person.id .. "/association", headers,
    '{"organizationId":"' .. pending_target .. '"}')
end

function response(status, headers, body)
  local key = tostring(status)
  if status >= 200 and status < 300 then
    if pending then pending.org = pending_target end
  else
    key = key .. " " .. (string.match(body or "", '"code"%s*:%s*"([^"]+)"') or "-")
  end
  answers[key] = (answers[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get("answers") or {}) do
      total[key] = (total[key] or 0) + count
    end
  end
  for key, count in pairs(total) do
    io.write(string.format("ANSWER %s %d\n", key, count))
  end
end
