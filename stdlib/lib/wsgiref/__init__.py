"""wsgiref: the WSGI reference pieces (headers, util, handlers, simple_server); no validate."""
