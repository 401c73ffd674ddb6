# -*- coding: latin-1 -*-
# helper for linecache_files: latin-1 text
s = "café"
