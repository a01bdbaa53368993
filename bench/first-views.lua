-- wrk script: each request opens an activity as a signed-in learner, taking the lines of a file in turn
-- ("<session cookie> <path>" per line), so that every request is a learner's first view that completes the activity.
-- Threads share the lines without overlap: thread k takes lines k, k + threads, k + 2 * threads...
local threads = {}
local lines = {}
local next_line

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
    for _, t in ipairs(threads) do t:set("count", #threads) end
end

function init(args)
    for line in io.lines(args[1]) do table.insert(lines, line) end
    next_line = id + 1
end

function request()
    local line = lines[(next_line - 1) % #lines + 1]
    next_line = next_line + count
    local cookie, path = line:match("^(%S+) (%S+)$")
    return wrk.format("GET", path, { ["Cookie"] = cookie })
end
