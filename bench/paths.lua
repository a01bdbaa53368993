-- wrk script: each request takes the next path of a file (one per line, every line a different page), with the
-- session cookie given as the script's first argument. Run it with one wrk thread (-t1).
local paths = {}
local next_path = 0
local cookie = ""

function init(args)
    cookie = args[1]
    for line in io.lines(args[2]) do table.insert(paths, line) end
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path], { ["Cookie"] = cookie })
end
