# helper for linecache_files: a BOM
b = 1
