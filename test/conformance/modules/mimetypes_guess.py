# mimetypes: types of names and URLs (suffixes, encodings, data: URLs, strict or not), extensions
# of types, add_type, MimeTypes databases fed by readfp and files, init with more files.
import mimetypes, io, os, tempfile
# Only the built-in table: the machine's own mime.types files may differ from the oracle's.
mimetypes.knownfiles = []
print(mimetypes.inited, len(mimetypes.types_map) == 149)
for u in ['a.html', 'A.HTML', 'x.tar.gz', 'x.tgz', 'x.svgz', 'photo.JPG', 'noext', 'dir/file.py', 'http://h/p/a.json?x=1', 'data:text/html;base64,AAA', 'data:,hi', 'data:foo', 'data:a=b,x', 'x.rtf', 'x.midi', 'x.Z', 'x.tar.Z', 'x.txt.bz2', 'x.xz', 'x.gz', 'x.br', 'x.csv', 'x.md', 'x.webp', 'x.wasm', 'x.mjs', 'x.pyc']:
    print(u, mimetypes.guess_type(u), mimetypes.guess_type(u, strict=False))
print(mimetypes.inited, len(mimetypes.types_map), len(mimetypes.common_types))
for t in ['text/plain', 'text/html', 'image/jpeg', 'application/javascript', 'text/rtf', 'TEXT/HTML', 'nothing/here', 'image/jpg', 'application/octet-stream', 'text/x-python']:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False), mimetypes.guess_all_extensions(t)[:6], mimetypes.guess_all_extensions(t, False)[:6])
mimetypes.add_type('application/x-tpy', '.tpy')
print(mimetypes.guess_type('prog.tpy'), mimetypes.guess_extension('application/x-tpy'))
db = mimetypes.MimeTypes()
print(db.guess_type('prog.tpy'), db.guess_type('a.html'))
db.readfp(io.StringIO('# comment\napplication/x-foo foo fooo # trailing\n\ntext/x-bar bar\n'))
print(db.guess_type('a.fooo'), db.guess_all_extensions('application/x-foo'), db.guess_type('z.bar'))
d = tempfile.mkdtemp(); p = os.path.join(d, 'm.types')
with open(p, 'w') as f: f.write('text/x-baz baz\n')
read = mimetypes.read_mime_types(p)
print(len(read), read['.baz'], read['.html'], mimetypes.read_mime_types(os.path.join(d, 'none')))
db2 = mimetypes.MimeTypes([p]); print(db2.guess_type('q.baz'))
mimetypes.init([p]); print(mimetypes.guess_type('q.baz'), mimetypes.guess_type('prog.tpy'))
print(mimetypes.suffix_map['.tgz'], mimetypes.encodings_map['.gz'])
import pathlib; print(mimetypes.guess_type(pathlib.Path('a/b.png')))
try: mimetypes.guess_type(3)
except TypeError as e: print(e)
