# Single-byte code pages: every page decodes all 256 bytes and encodes back what it decoded;
# undefined bytes and unencodable characters are 'charmap' errors; aliases find the pages.
import codecs

PAGES = ['cp037', 'cp1006', 'cp1026', 'cp1125', 'cp1140', 'cp1250', 'cp1251', 'cp1252', 'cp1253',
         'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258', 'cp273', 'cp424', 'cp437', 'cp500', 'cp720',
         'cp737', 'cp775', 'cp850', 'cp852', 'cp855', 'cp856', 'cp857', 'cp858', 'cp860', 'cp861',
         'cp862', 'cp863', 'cp864', 'cp865', 'cp866', 'cp869', 'cp874', 'cp875', 'hp_roman8',
         'iso8859_10', 'iso8859_11', 'iso8859_13', 'iso8859_14', 'iso8859_15', 'iso8859_16',
         'iso8859_2', 'iso8859_3', 'iso8859_4', 'iso8859_5', 'iso8859_6', 'iso8859_7', 'iso8859_8',
         'iso8859_9', 'koi8_r', 'koi8_t', 'koi8_u', 'kz1048', 'mac_arabic', 'mac_croatian',
         'mac_cyrillic', 'mac_farsi', 'mac_greek', 'mac_iceland', 'mac_latin2', 'mac_roman',
         'mac_romanian', 'mac_turkish', 'palmos', 'ptcp154', 'tis_620']


def digest(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


everything = bytes(range(256))
for page in PAGES:
    info = codecs.lookup(page)
    text = everything.decode(page, 'replace')
    back = text.replace('\ufffd', '').encode(page)
    try:
        everything.decode(page)
        undefined = None
    except UnicodeDecodeError as e:
        undefined = (e.encoding, e.start, e.reason)
    try:
        'x\u20ac\u0410\u05d0\u4e00'.encode(page)
        unencodable = None
    except UnicodeEncodeError as e:
        unencodable = str(e)
    print(page, info.name, digest(text), len(back), undefined, unencodable)

for alias in ['windows-1251', 'latin2', 'KOI8-R', 'macroman', 'ISO-8859-15', 'ibm850', 'thai',
              'ebcdic-cp-us', 'greek', 'hebrew', 'cyrillic', 'arabic', 'latin-9', 'L10', 'cp-1252']:
    try:
        print(alias, codecs.lookup(alias).name)
    except LookupError as e:
        print(alias, 'LookupError', e)

print('Привет, мир'.encode('cp1251'), b'\xcf\xf0\xe8\xe2\xe5\xf2'.decode('cp1251'))
print('Grüße'.encode('cp850'), 'Grüße'.encode('mac_roman'), 'Żółw'.encode('iso8859_2'))
print('Ωμέγα €'.encode('mac_greek', 'xmlcharrefreplace'), 'Ωμέγα'.encode('iso8859_7'))
print(b'\x81\x8d'.decode('cp1252', 'backslashreplace'), 'x\u4e00y'.encode('koi8_r', 'replace'))
print(str(b'caf\xe9', 'iso8859_15'), 'HELLO'.encode('cp500'), b'\xc8\x85\x93\x93\x96'.decode('cp037'))
