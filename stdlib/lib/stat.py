"""stat: constants and tests for the st_mode of os.stat() results (over the native _stat)."""

from _stat import *
