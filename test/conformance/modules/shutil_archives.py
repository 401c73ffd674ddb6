# shutil.make_archive/unpack_archive with tar, gztar and zip: root_dir/base_dir, owner/group, logger, dry_run, registries, errors.
import shutil, os, tempfile, tarfile, zipfile, logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format='%(levelname)s %(message)s')
log = logging.getLogger('arch')
print([f for f in shutil.get_archive_formats() if f[0] in ('gztar', 'tar', 'zip')])
print([f for f in shutil.get_unpack_formats() if f[0] in ('gztar', 'tar', 'zip')])
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    os.makedirs('root/pkg/sub')
    with open('root/pkg/a.txt', 'w') as f: f.write('A' * 100)
    with open('root/pkg/sub/b.txt', 'w') as f: f.write('B')
    for fmt in ('tar', 'gztar', 'zip'):
        name = shutil.make_archive('out/arch_' + fmt, fmt, root_dir='root', base_dir='pkg', owner='root', group='root', logger=log)
        print(fmt, os.path.relpath(name, d))
        if fmt != 'zip':
            with tarfile.open(name) as tf:
                print([(m.name, m.uname, m.gname) for m in tf])
        else:
            print(zipfile.ZipFile(name).namelist())
        shutil.unpack_archive(name, 'un_' + fmt)
        print(sorted(os.path.relpath(os.path.join(r, f), 'un_' + fmt) for r, ds, fs in os.walk('un_' + fmt) for f in fs))
        shutil.unpack_archive(name, 'un2_' + fmt, format=fmt, **({} if fmt == 'zip' else {'filter': 'data'}))
    os.chdir('root')
    print(shutil.make_archive('../cur', 'tar'), shutil.make_archive('../dry', 'gztar', dry_run=1), os.path.exists('../dry.tar.gz'))
    os.chdir(d)
    with tarfile.open('cur.tar') as tf: print(tf.getnames())
    for bad in (lambda: shutil.make_archive('x', 'rar'), lambda: shutil.make_archive('x', 'tar', root_dir='root/pkg/a.txt'),
                lambda: shutil.unpack_archive('x.rar'), lambda: shutil.unpack_archive('x.tar', format='rar'),
                lambda: shutil.unpack_archive('root/pkg/a.txt', 'z', format='tar'), lambda: shutil.unpack_archive('root/pkg/a.txt', 'z', format='zip'),
                lambda: shutil.register_unpack_format('x', ['.tar'], len), lambda: shutil.register_archive_format('x', 5),
                lambda: shutil.register_archive_format('x', len, 5), lambda: shutil.register_archive_format('x', len, [1]),
                lambda: shutil.register_unpack_format('x', ['.xx'], 5)):
        try: bad(); print('ok')
        except Exception as e: print(type(e).__name__, e)
    def mine(base_name, base_dir, **kw):
        print('mine', base_name == os.path.abspath('reg'), base_dir, sorted(kw), os.getcwd() == os.path.realpath('root'))
        return 'made'
    shutil.register_archive_format('mine', mine, [('extra', 1)], 'my format')
    print(shutil.make_archive('reg', 'mine', root_dir='root'), ('mine', 'my format') in shutil.get_archive_formats())
    shutil.unregister_archive_format('mine')
    shutil.register_unpack_format('myu', ['.myu'], lambda f, d, **k: print('unpack', f, d, k), [('k', 2)], 'desc')
    shutil.unpack_archive('a.myu', 'dd')
    print([f for f in shutil.get_unpack_formats() if f[0] == 'myu'])
    shutil.unregister_unpack_format('myu')
    os.chdir('/')
