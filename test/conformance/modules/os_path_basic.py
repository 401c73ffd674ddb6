# os and os.path (posixpath): the minimal subset tpy provides.
import os, os.path
from os.path import basename
import posixpath
print(os.path is posixpath, basename('/a/b/c.py'), os.path.basename('a/b/'), os.path.dirname('/a/b//c'), os.path.dirname('///x'), os.path.dirname('x'))
print(os.path.join('a', 'b', '/c', 'd'), os.path.join('a/', 'b'), os.path.split('/a/b'), os.path.splitext('x/.bashrc'), os.path.splitext('a.tar.gz'), os.path.splitext('a.'))
for p in ['', '.', '/', '//', '///', 'a/../..', '/../a', 'a/./b/', '//a//b/../c']:
    print(repr(os.path.normpath(p)), end=' ')
print()
print(os.sep, os.name, os.path.isabs('/x'), os.path.exists('/nonexistent'), os.path.isdir('/tmp'), os.path.isfile('/tmp'))
st = os.stat('os_path_basic.py'); print(type(st.st_mtime), st.st_size == len(open('os_path_basic.py', 'rb').read()), st[6] == st.st_size)
try: os.stat('/nonexistent')
except FileNotFoundError as e: print(e)
open('_os_tmp_file', 'w').write('x'); os.remove('_os_tmp_file'); print(os.path.exists('_os_tmp_file'))
print(hasattr(os.environ, 'keys'), 'PATH' in os.environ, os.getenv('NOPE_X', 'd'))
