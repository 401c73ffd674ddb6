"""tpy: the urllib package (parse only; no request/response/robotparser: tpy has no HTTP client)."""
