# compile/exec/eval of bytes: a PEP 263 coding declaration (first or second line) picks the codec; a BOM means UTF-8; an unknown one is a SyntaxError
for src in [b'# coding=latin\nx = "\xb5"\n', b'# -*- coding: latin-1 -*-\nx = "\xe9t\xe9"\n', b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = "\xa4"\n', b'x = "\xc3\xa9"\n', b'\xef\xbb\xbfx = "bom"\n', b'# coding=cp1252\nx = "\x80"\n']:
    ns = {}
    exec(compile(src, "<b>", "exec"), ns)
    print(ascii(ns["x"]))
print(ascii(eval(b'# coding=latin-1\n"\xb5"')))
try: compile(b'# coding=bogus\nx=1\n', "<b>", "exec")
except SyntaxError as e: print(e.msg)
