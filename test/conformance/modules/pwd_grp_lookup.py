# pwd and grp: entries as struct sequences, lookups by id and name, KeyError/TypeError/OverflowError messages
import grp
import pwd

root = pwd.getpwuid(0)
print(root, len(root), root.n_fields, root.pw_uid, root[0])
print(type(root).__name__, type(root).__module__, isinstance(root, tuple))
print(pwd.getpwnam('root') == root, grp.getgrgid(0), grp.getgrnam('root').gr_gid)
print(pwd.struct_passwd.__doc__)
print(repr(grp.struct_group.__doc__))
r = pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e'))
print(r, r.pw_gid, r[2:4])
try:
    root.pw_name = 'x'
except AttributeError as e:
    print('AttributeError', e)

users = pwd.getpwall()
groups = grp.getgrall()
print(type(users).__name__, users[0] == root, all(type(p) is pwd.struct_passwd for p in users))
print(all(pwd.getpwnam(p.pw_name).pw_name == p.pw_name for p in users))
print(all(grp.getgrgid(g.gr_gid).gr_gid == g.gr_gid for g in groups))
print(all(isinstance(g.gr_mem, list) for g in groups), sorted(grp.struct_group.__dict__).count('gr_mem'))

for f, a in [(pwd.getpwuid, 99999), (pwd.getpwuid, -1), (pwd.getpwuid, 'x'), (pwd.getpwnam, 'nosuch'),
             (pwd.getpwnam, 1), (pwd.getpwnam, "it's"), (pwd.getpwnam, b'root'), (pwd.getpwnam, 'a\0b'),
             (pwd.getpwuid, 2**40), (pwd.getpwuid, -2), (pwd.getpwuid, 2**32 - 1), (pwd.getpwuid, None),
             (grp.getgrgid, 99999), (grp.getgrnam, 'nosuch'), (grp.getgrgid, 'x'), (grp.getgrnam, 1),
             (grp.getgrgid, 1.5), (grp.getgrgid, 2**40), (grp.getgrgid, -2), (grp.getgrgid, 2**70),
             (grp.getgrgid, -2**70), (grp.getgrgid, 2**32 - 1), (grp.getgrnam, 'a\0b')]:
    try:
        print(f(a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for c in [lambda: pwd.getpwuid(), lambda: pwd.getpwuid(uid=1), lambda: pwd.getpwnam(name='root'),
          lambda: grp.getgrgid(id=0), lambda: grp.getgrnam(name='root'), lambda: grp.getgrgid(),
          lambda: grp.getgrgid(1, 2), lambda: pwd.getpwall(1)]:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
