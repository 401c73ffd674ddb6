# pwd and grp: root's entries (present on every Linux), the struct sequences, lookups that fail and bad arguments.
import grp
import pwd

root = pwd.getpwuid(0)
print(type(root).__name__, root.pw_name, root.pw_uid, root.pw_gid, root[0], root[2:4], len(root))
print(pwd.getpwnam('root') == root, root in pwd.getpwall())
print(pwd.struct_passwd.n_sequence_fields, grp.struct_group.n_fields)
group = grp.getgrgid(0)
print(type(group).__name__, group.gr_name, group.gr_gid, type(group.gr_mem).__name__)
print(grp.getgrnam('root') == group, grp.getgrgid(id=0) == group, group in grp.getgrall())
for call, arg in ((pwd.getpwuid, 2**31 - 7), (pwd.getpwuid, -1), (pwd.getpwnam, 'no such user'),
                  (grp.getgrgid, 2**31 - 7), (grp.getgrnam, 'no such group'),
                  (pwd.getpwuid, 'x'), (pwd.getpwnam, 0)):
    try:
        call(arg)
    except (KeyError, TypeError) as e:
        print(call.__name__, type(e).__name__, e)
for call, args in ((pwd.getpwuid, ()), (pwd.getpwall, (1,))):
    try:
        call(*args)
    except TypeError as e:
        print(call.__name__, 'TypeError', e)
