-- wrk script for bench/ingest.bench.mjs: POSTs the widget's quick-survey
-- submission, each with a fresh UUID (wrk.format counts Content-Length for
-- every body), counts the answers by status and, when MV_BENCH_IDS names a
-- file, writes there the id of every 201 so the bench can check each one is in
-- the database. At the end it prints one JSON line for the bench to read.

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

local body = '{"id":"%s","survey":"quick","answers":{"listened":5,"positive":4,"accurate":null},'
  .. '"comment":"Clear answers, thank you.","context":{"department":"permits","channel":"in-person"},"locale":"en"}'

-- A fresh id per request, in a version-4 layout (zod checks version and variant digits): run, thread, then the count.
function next_id()
  sent = sent + 1
  return string.format("%s-%04x-4000-8000-%012x", run, thread_index, sent)
end

function request()
  return wrk.format(nil, nil, nil, string.format(body, next_id()))
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
