-- wrk script of the write scenario (benchmarks/load/run): every request records a new achievement
-- (POST /api/v1/persons/{id}/achievements, agent token) for one of the organization's persons.
--
--   wrk -t8 -c8 ... -s achievements.lua URL -- PERSONS_FILE AGENT_TOKEN THREADS DAY_OFFSET
--
-- PERSONS_FILE holds one person id a line; each wrk thread (one connection each: one client) takes
-- its own share of them, so no two clients ever write for the same person. A request is never a
-- repeat: request n of a thread records code n mod #codes, for person n / #codes mod #persons,
-- earned DAY_OFFSET + n / (#codes * #persons) days before today. The runner gives each wrk run its
-- own DAY_OFFSET range, so no run repeats another's (the service would rightly answer 409
-- achievement-already-recorded). At the end it prints every answer's status and problem code.

local codes = { "70-532", "70-533", "70-535", "70-473", "70-475", "MCSA Linux on Azure",
  "TA-AZURE-1", "TA-AZURE-2", "TA-AZURE-3", "TA-AZURE-4", "TA-AZURE-5" }

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  local threads_total = tonumber(args[3])
  persons = {}
  local i = 0
  for line in io.lines(args[1]) do
    if line ~= "" then
      if i % threads_total == id then persons[#persons + 1] = line end
      i = i + 1
    end
  end
  if #persons == 0 then error("thread " .. id .. " has no person: fewer persons than threads") end
  headers = { ["Authorization"] = "Bearer " .. args[2], ["Content-Type"] = "application/json" }
  day_offset = tonumber(args[4])
  now = os.time()
  sent = 0
  answers = {}
end

function request()
  local n = sent
  sent = sent + 1
  local code = codes[(n % #codes) + 1]
  local person = persons[(math.floor(n / #codes) % #persons) + 1]
  local days_back = day_offset + math.floor(n / (#codes * #persons))
  local body = string.format('{"kind":"EXAM","code":"%s","earnedOn":"%s"}',
    code, os.date("!%Y-%m-%d", now - days_back * 86400))
  return wrk.format("POST", "/api/v1/persons/" .. person .. "/achievements", headers, body)
end

-- Counts answers by "status problem-code" (the code only for errors).
function response(status, headers, body)
  local key = tostring(status)
  if status >= 300 then
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
