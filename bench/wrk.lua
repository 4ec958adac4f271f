-- wrk script for bench/http.py: counts non-2xx answers and prints one JSON line when done.
-- With a file argument (`-- urls.txt`), the threads share out the listed paths and request each
-- once (the "uncached" article); `wrapped` counts requests made after the list ran out.

local threads = {}

-- wrk calls setup() for every thread before any thread starts: each learns its number and the
-- final thread count.
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
  for _, each in ipairs(threads) do
    each:set("thread_count", #threads)
  end
end

function init(args)
  non2xx, wrapped, paths, next_path = 0, 0, {}, 1
  if args[1] then
    local number = 0
    for line in io.lines(args[1]) do
      if number % thread_count == id - 1 then
        table.insert(paths, line)
      end
      number = number + 1
    end
  end
end

function request()
  if #paths == 0 then
    return wrk.request()
  end
  local path = paths[(next_path - 1) % #paths + 1]
  if next_path > #paths then
    wrapped = wrapped + 1
  end
  next_path = next_path + 1
  return wrk.format(nil, path)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad, past_end = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
    past_end = past_end + thread:get("wrapped")
  end
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "non2xx": %d, '
      .. '"socket_errors": %d, "timeouts": %d, "wrapped": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), bad,
    errors.connect + errors.read + errors.write, errors.timeout, past_end))
end
