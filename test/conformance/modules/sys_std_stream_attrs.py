# the standard streams' TextIOWrapper attributes
import sys
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.errors, s.newlines, s.line_buffering, s.write_through, s.closed)
    print(s.readable(), s.writable(), s.isatty(), s.fileno(), type(s).__name__)
