# gettext: .mo files written with struct, GNUTranslations (plurals, contexts, charset, info), translation() with languages/fallback, install(), the module functions
import builtins
import gettext
import io
import os
import struct
import tempfile


def mo_file(messages, order='<', version=0):
    """A GNU .mo file for {msgid: msgstr} (bytes or str; plural ids and forms joined by NUL)."""
    items = sorted((k.encode() if isinstance(k, str) else k, v.encode() if isinstance(v, str) else v)
                   for k, v in messages.items())
    count = len(items)
    originals_at = 28
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    originals = b''
    translations = b''
    blob = b''
    for key, _ in items:
        originals += struct.pack(order + 'II', len(key), data_at + len(blob))
        blob += key + b'\0'
    for _, value in items:
        translations += struct.pack(order + 'II', len(value), data_at + len(blob))
        blob += value + b'\0'
    header = struct.pack(order + 'Iiiiiii', 0x950412de, version, count, originals_at,
                         translations_at, 0, 0)
    return header + originals + translations + blob


HEADER = ('Project-Id-Version: demo 1.0\n'
          'Content-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n'
          'X-Long: first part\n'
          '  continued here\n')
POLISH = {
    '': HEADER,
    'Hello': 'Cześć',
    'file\0files': 'plik\0pliki\0plików',
    'menu\x04Open': 'Otwórz (menu)',
    'menu\x04item\0items': 'element\0elementy\0elementów',
    'only plural\0only plurals': 'jedna\0kilka\0wiele',
}
GERMAN = {'': 'Content-Type: text/plain; charset=ISO-8859-1\n', 'Hello': 'Hallo',
          'Goodbye': 'Tschüß', 'file\0files': 'Datei\0Dateien'}

polish = gettext.GNUTranslations(io.BytesIO(mo_file(POLISH)))
print(polish.gettext('Hello'), polish.gettext('missing'), polish.charset())
print(sorted(polish.info().items()))
for n in (0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 112):
    print(n, polish.ngettext('file', 'files', n), polish.npgettext('menu', 'item', 'items', n),
          polish.plural(n))
print(polish.pgettext('menu', 'Open'), polish.pgettext('other', 'Open'), polish.gettext('Open'))
print(polish.gettext('only plural'), polish.ngettext('nope', 'nopes', 1), polish.ngettext('nope', 'nopes', 3))
print(polish.npgettext('ctx', 'nope', 'nopes', 1), polish.npgettext('ctx', 'nope', 'nopes', 2))

big = gettext.GNUTranslations(io.BytesIO(mo_file(
    {'': 'Content-Type: text/plain; charset=ISO-8859-1\n', 'Goodbye': 'Tschüß'.encode('latin-1')},
    order='>')))
print(big.gettext('Goodbye'), big.charset(), big.ngettext('a', 'b', 1), big.plural(0))

null = gettext.NullTranslations()
print(null.gettext('x'), null.ngettext('one', 'many', 1), null.ngettext('one', 'many', 2),
      null.pgettext('c', 'm'), null.npgettext('c', 'one', 'many', 0), null.info(), null.charset())
null.add_fallback(polish)
print(null.gettext('Hello'), null.ngettext('file', 'files', 5), null.pgettext('menu', 'Open'))

for data in [b'', b'\x00' * 20, mo_file({}, version=2 << 16), mo_file({}, version=1 << 16 | 5),
             mo_file({'a': 'b'})[:40]]:
    try:
        t = gettext.GNUTranslations(io.BytesIO(data))
        print('parsed', t._catalog)
    except Exception as e:
        print(type(e).__name__, e.args)

with tempfile.TemporaryDirectory() as root:
    for lang, messages in [('pl', POLISH), ('de', GERMAN), ('de_AT', {'Hello': 'Servus'})]:
        os.makedirs(os.path.join(root, lang, 'LC_MESSAGES'))
        with open(os.path.join(root, lang, 'LC_MESSAGES', 'demo.mo'), 'wb') as f:
            f.write(mo_file(messages))
    rel = lambda p: p and os.path.relpath(p, root)
    print(rel(gettext.find('demo', root, ['pl'])), gettext.find('demo', root, ['fr']))
    print([rel(p) for p in gettext.find('demo', root, ['de_AT', 'pl'], all=True)])
    print(gettext.find('demo', root, ['fr'], all=True), gettext.find('demo', root, ['C', 'pl']))
    t = gettext.translation('demo', root, ['de_AT', 'de'])
    print(type(t).__name__, t.gettext('Hello'), t.gettext('Goodbye'), t.ngettext('file', 'files', 2))
    print(type(t._fallback).__name__, t._fallback.gettext('Hello'))
    again = gettext.translation('demo', root, ['de'])
    print(again is t._fallback, again._catalog is t._fallback._catalog)
    try:
        gettext.translation('demo', root, ['fr'])
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
    print(type(gettext.translation('demo', root, ['fr'], fallback=True)).__name__)
    print(gettext.translation('demo', root, ['pl'], class_=gettext.NullTranslations).gettext('Hello'))
    os.environ['LANGUAGE'] = 'fr:pl'
    print(gettext.translation('demo', root).gettext('Hello'))
    os.environ['LANGUAGE'] = 'de_AT.UTF-8'
    print(gettext.translation('demo', root).gettext('Hello'))
    os.environ['LANGUAGE'] = 'pl'

    t = gettext.translation('demo', root, ['pl'])
    t.install()
    print(_('Hello'), hasattr(builtins, 'ngettext'))
    t.install(names=['ngettext', 'pgettext', 'bogus'])
    print(ngettext('file', 'files', 3), pgettext('menu', 'Open'), hasattr(builtins, 'bogus'))
    del builtins.ngettext, builtins.pgettext

    print(gettext.textdomain(), gettext.textdomain('demo'), gettext.textdomain())
    print(gettext.bindtextdomain('demo', root) == root, gettext.bindtextdomain('demo') == root)
    print(gettext.gettext('Hello'), gettext.ngettext('file', 'files', 22), gettext.pgettext('menu', 'Open'),
          gettext.npgettext('menu', 'item', 'items', 5))
    print(gettext.dgettext('nodomain', 'Hello'), gettext.dngettext('nodomain', 'a', 'b', 1),
          gettext.dngettext('nodomain', 'a', 'b', 2), gettext.dpgettext('nodomain', 'c', 'm'),
          gettext.dnpgettext('nodomain', 'c', 'a', 'b', 7))
    gettext.install('demo', root)
    print(_('Hello'))
    gettext.install('nodomain', root)
    print(_('Hello'), type(_.__self__).__name__)
    del builtins._
print(gettext.Catalog is gettext.translation, gettext.GNUTranslations.CONTEXT == '%s\x04%s')
print(gettext._expand_lang('de_AT.UTF-8'), gettext._expand_lang('C'))
