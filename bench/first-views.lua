-- wrk script: each request opens an activity as a signed-in learner, taking the lines of a file in turn
-- ("<session cookie> <path>" per line), so that every request is a learner's first view that completes the activity.
-- Run it with one wrk thread (-t1): every thread would start again from the first line.
local lines = {}
local next_line = 0

function init(args)
    for line in io.lines(args[1]) do table.insert(lines, line) end
end

function request()
    next_line = next_line % #lines + 1
    local cookie, path = lines[next_line]:match("^(%S+) (%S+)$")
    return wrk.format("GET", path, { ["Cookie"] = cookie })
end
