-- Paces each wrk connection: 20 ms between requests, so 10 connections make about 500 per second.
function delay()
  return 20
end
