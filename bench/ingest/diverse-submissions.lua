-- wrk script for bench/ingest.bench.mjs, as submissions.lua but with the
-- diverse contexts real traffic brings: each submission draws its department
-- (the default catalogue's 14), channel (6) and survey (quick or full) at
-- random, so the counters' cells do not collapse within a batch as the few
-- contexts of submissions.lua do. Counting, ids and the result line are
-- submissions.lua's.
local run = os.getenv("MV_BENCH_RUN") or "00000000"
local ids_file = os.getenv("MV_BENCH_IDS")
local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

function init()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  sent = 0
  statuses = {}
  acknowledged = {}
  collect = ids_file ~= nil
end

local departments = { "permits", "planning", "code-enforcement", "public-works", "parks-community-services",
  "library", "animal-services", "utilities-billing", "city-clerk", "business-licensing", "housing",
  "police-records", "fire-prevention", "parking" }
local channels = { "in-person", "phone", "email", "web", "field", "other" }
local surveys = {
  '"survey":"quick","answers":{"listened":%d,"positive":%d,"accurate":null,"did-best":%d}',
  '"survey":"full","answers":{"same-day":"yes","professional":%d,"positive":%d,"listened":%d,"at-ease":null}',
}
local body = '{"id":"%s",%s,"comment":"Clear answers, thank you.",'
  .. '"context":{"department":"%s","channel":"%s"},"locale":"en"}'

function request()
  sent = sent + 1
  -- A version-4 layout (zod checks version and variant digits): run, thread, then the count.
  local id = string.format("%s-%04x-4000-8000-%012x", run, thread_index, sent)
  local answers = string.format(surveys[math.random(#surveys)], math.random(5), math.random(5), math.random(5))
  local text = string.format(body, id, answers, departments[math.random(#departments)], channels[math.random(#channels)])
  return wrk.format(nil, nil, nil, text)
end

function response(status, headers, answer)
  statuses[status] = (statuses[status] or 0) + 1
  -- The answer is {"id":"<36 characters>","status":"stored"}.
  if collect and status == 201 then acknowledged[#acknowledged + 1] = answer:sub(8, 43) end
end

local function json_counts(counts)
  local parts = {}
  for status, count in pairs(counts) do parts[#parts + 1] = string.format('"%d":%d', status, count) end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency)
  local counts = {}
  local out = ids_file and io.open(ids_file, "w")
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do counts[status] = (counts[status] or 0) + count end
    if out then
      local list = thread:get("acknowledged")
      if #list > 0 then out:write(table.concat(list, "\n"), "\n") end
    end
  end
  if out then out:close() end
  -- utime and stime of every wrk thread, in clock ticks (fields 14 and 15 after the command name).
  local stat = io.open("/proc/self/stat")
  local ticks = "null"
  if stat then
    local user, system = stat:read("*l"):match("%) %S+" .. string.rep(" %S+", 10) .. " (%d+) (%d+)")
    stat:close()
    if user then ticks = tostring(tonumber(user) + tonumber(system)) end
  end
  local errors = summary.errors
  io.write(string.format(
    '\nMV_BENCH_RESULT {"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"statuses":%s,"socketErrors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},"cpuTicks":%s}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), json_counts(counts),
    errors.connect, errors.read, errors.write, errors.timeout, ticks))
end
