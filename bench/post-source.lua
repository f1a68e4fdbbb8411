-- wrk script: POST a new source to the record (a write endpoint), each request a new row.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title":"Load test report","publisher":"Bench","url":"https://example.org/load","published":"2025-08-20","reliability":"B","credibility":2}'
