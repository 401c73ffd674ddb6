# helper for linecache_files: no newline at the end
x = 1