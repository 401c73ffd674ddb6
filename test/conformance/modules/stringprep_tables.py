# stringprep: RFC 3454's tables on Unicode 3.2
import stringprep
tests = [n for n in dir(stringprep) if n.startswith('in_table_')]
maps = ['map_table_b2', 'map_table_b3']
print(tests, maps)
points = sorted(set(list(range(0, 0x400, 3)) + list(range(0x1800, 0x1810)) + list(range(0x2000, 0x2070))
                   + list(range(0x2FF0, 0x2FFE)) + list(range(0xFDC0, 0xFE20)) + list(range(0xFFF0, 0x10000))
                   + list(range(0x1D170, 0x1D180)) + list(range(0x1D400, 0x1D7FF, 7)) + [0xE0001, 0xE0020, 0xE007F, 0xE0080]
                   + [0x221, 0x3F6, 0x4FF, 0x5B0, 0x5D0, 0x627, 0x660, 0x6DD, 0x70F, 0xD800, 0xDFFF, 0xE000, 0xF8FF,
                      0x1FFFE, 0x10FFFF, 0x2F800, 0x20000, 0x1F600, 0x130, 0x3A3, 0x1E9E, 0xAB70]))
rows = []
for cp in points:
    ch = chr(cp)
    hits = ''.join('1' if getattr(stringprep, t)(ch) else '0' for t in tests)
    rows.append('%X %s %s %s' % (cp, hits, ascii(stringprep.map_table_b2(ch)), ascii(stringprep.map_table_b3(ch))))
print(len(rows))
for i in range(0, len(rows), 4):
    print(' | '.join(rows[i:i + 4]))
print(len(stringprep.b3_exceptions), sorted(stringprep.b1_set)[:5], stringprep.unicodedata.unidata_version)
