# ntpath: Windows path rules on any host, for str and bytes
import ntpath

cases = ['c:\\foo\\bar', 'C:/foo/bar/', '\\\\server\\share\\dir\\f.txt', '//server/share',
         '\\\\?\\UNC\\srv\\shr\\x', '\\\\server', 'c:', 'c:rel\\x', 'rel/x.tar.gz', '', '.',
         '\\root', 'a/b\\c/', '..\\..\\x', 'c:\\..\\x', 'x\\.\\y\\..\\z', '//a//b//c', '.hidden']
for p in cases:
    print(repr(p), ntpath.splitdrive(p), ntpath.split(p), ntpath.splitext(p))
    print('   ', ntpath.isabs(p), repr(ntpath.basename(p)), repr(ntpath.dirname(p)),
          repr(ntpath.normpath(p)), repr(ntpath.normcase(p)))
for p in [b'c:\\foo\\bar.txt', b'\\\\srv\\shr\\a', b'a/../b', b'']:
    print(p, ntpath.splitdrive(p), ntpath.split(p), ntpath.splitext(p), ntpath.normpath(p),
          ntpath.isabs(p), ntpath.normcase(p))
joins = [('c:', 'foo'), ('c:\\', 'foo'), ('c:\\a', 'd:\\b'), ('c:\\a', 'C:b'), ('c:\\a', 'c:b'),
         ('a', '\\b', 'c'), ('\\\\srv\\shr', 'x'), ('\\\\srv\\shr\\', 'x'), ('a', ''), ('', 'a'),
         ('c:', '\\x'), ('c:a', 'D:b', 'c'), ('a/', 'b/', 'c')]
for parts in joins:
    print(parts, repr(ntpath.join(*parts)))
print(ntpath.join(b'a', b'b'), ntpath.join(b'c:', b'\\x'))
for bad in [('a', b'b'), (1,), ('a', None)]:
    try:
        ntpath.join(*bad)
    except TypeError as e:
        print('TypeError', e)
print(ntpath.commonpath(['C:\\Program Files\\A', 'c:/program files/b', 'C:\\PROGRAM FILES']))
print(ntpath.commonpath(['a\\b\\c', 'a/b/d']), ntpath.commonpath([b'\\x\\y', b'\\x\\z']))
for bad in [[], ['c:\\a', 'd:\\a'], ['\\a', 'b'], ['a', b'b']]:
    try:
        ntpath.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ntpath.commonprefix(['interstellar', 'internet', 'interval']), repr(ntpath.commonprefix([])))
print(ntpath.relpath('c:\\a\\b\\c', 'c:\\a\\d'), ntpath.relpath('C:\\A\\B', 'c:\\a'),
      ntpath.relpath('c:\\x', 'c:\\x'), ntpath.relpath(b'c:\\a\\b', b'c:\\'))
for bad in [('c:\\a', 'd:\\b'), ('',)]:
    try:
        ntpath.relpath(*bad)
    except ValueError as e:
        print('ValueError', e)
print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.curdir, ntpath.pardir, ntpath.extsep,
      ntpath.defpath, ntpath.devnull, ntpath.supports_unicode_filenames)
print(ntpath.ismount('c:\\'), ntpath.ismount('\\\\srv\\shr'), ntpath.ismount('\\\\srv\\shr\\'), ntpath.ismount('c:\\x'))
print(ntpath.isabs('c:x'), ntpath.isabs('/x'), ntpath.isabs('\\\\?\\c:\\'), ntpath.isabs(b'c:/'))
import os
os.environ['TPYVAR'] = 'value'
os.environ.pop('TPY_UNSET', None)
for s in ['$TPYVAR/x', '${TPYVAR}x', '%TPYVAR%x', '$TPY_UNSET', '${TPY_UNSET}', '%TPY_UNSET%',
          "'$TPYVAR'", '$$ and %% ', '%unclosed', '${unclosed', "'unclosed $TPYVAR", 'plain', '$']:
    print(repr(s), repr(ntpath.expandvars(s)))
print(ntpath.expandvars(b'$TPYVAR %TPYVAR%'))
os.environ['USERPROFILE'] = 'C:\\Users\\me'
os.environ['USERNAME'] = 'me'
print(ntpath.expanduser('~\\docs'), ntpath.expanduser('~other\\x'), ntpath.expanduser('x~'), ntpath.expanduser(b'~/y'))
print(ntpath.exists('.'), ntpath.isdir('.'), ntpath.isfile('ntpath_functions.py'), ntpath.lexists('nope'), ntpath.islink('.'))
print(ntpath.abspath('c:\\a\\..\\b'), ntpath.realpath('c:/x/./y'))
