# os.path.expanduser looks users up in pwd ('~user', and '~' without HOME); getpass.getuser falls back to pwd
import getpass
import os
import pwd

print(os.path.expanduser('~root/x'), os.path.expanduser('~nosuch/x'), os.path.expanduser('~root'))
print(os.path.expanduser('x~'), os.path.expanduser('~root/'))
os.environ['HOME'] = '/'
print(os.path.expanduser('~/y'), os.path.expanduser('~'))
os.environ['HOME'] = '/tmp/home//'
print(os.path.expanduser('~/y'), os.path.expanduser('~'))
del os.environ['HOME']
print(os.path.expanduser('~') == pwd.getpwuid(os.getuid()).pw_dir.rstrip('/'))
for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
os.environ['USERNAME'] = 'someone'
print(getpass.getuser())
