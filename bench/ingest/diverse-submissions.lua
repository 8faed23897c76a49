-- wrk script for bench/ingest.bench.mjs, as submissions.lua but with the
-- diverse contexts real traffic brings: each submission draws its department
-- (the default catalogue's 14), channel (6) and survey (quick or full) at
-- random, so the counters' cells do not collapse within a batch as the few
-- contexts of submissions.lua do. Ids, counting and the result line are
-- submissions.lua's, loaded from beside this file.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "submissions.lua")

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
  local answers = string.format(surveys[math.random(#surveys)], math.random(5), math.random(5), math.random(5))
  local text = string.format(body, next_id(), answers, departments[math.random(#departments)], channels[math.random(#channels)])
  return wrk.format(nil, nil, nil, text)
end
