"""tpy: the urllib package (parse, request, response, error; no robotparser)."""
