-- Optional request method and body from the environment (for the Regelcheck POST).
local method, body = os.getenv("WRK_METHOD"), os.getenv("WRK_BODY")
if method then
  wrk.method = method
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

-- Optional list of paths (one a line, WRK_PATHS names the file): each request takes
-- the next one, so every request is a different one (the distinct-queries search).
-- Each thread starts at its own place in the list.
local paths_file = os.getenv("WRK_PATHS")
if paths_file then
  local paths = {}
  for line in io.lines(paths_file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  local threads_made = 0
  setup = function(thread)
    thread:set("thread_number", threads_made)
    threads_made = threads_made + 1
  end
  local counter = nil
  request = function()
    if counter == nil then
      counter = (thread_number or 0) * math.floor(#paths / 2)
    end
    counter = counter + 1
    return wrk.format(nil, paths[(counter % #paths) + 1])
  end
end

-- Print wrk's figures as one JSON line, including the 95th and 99th percentiles.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "errors": %d, "non2xx": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors, summary.errors.status))
end
