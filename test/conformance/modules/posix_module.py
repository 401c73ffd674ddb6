# posix: the functions os is built on, under the C module's name
import posix, os
print(posix.getcwd() == os.getcwd(), posix.getcwdb() == os.getcwd().encode(), type(posix.getcwdb()).__name__)
st = posix.stat('.')
print(type(st).__name__, st.st_mode == os.stat('.').st_mode, posix.stat_result is os.stat_result)
print(posix.lstat('.').st_ino == st.st_ino, posix.getpid() == os.getpid(), posix.error is OSError)
env = posix.environ
print(type(env).__name__, all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in env.items()))
print(env.get(b'PATH') == os.environ['PATH'].encode())
print(sorted(n for n in ['listdir', 'mkdir', 'rmdir', 'rename', 'open', 'read', 'write', 'close',
                         'uname', 'urandom', 'scandir', 'kill', 'umask', 'strerror'] if hasattr(posix, n)))
print(posix.strerror(2), posix.R_OK, posix.W_OK, posix.X_OK, posix.F_OK, posix.O_RDONLY, posix.O_CREAT)
for status in [0, 256, 512 | 0, 9, 0x8b, 0x137f, 0xffff]:
    print(status, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status),
          posix.WTERMSIG(status), posix.WIFSTOPPED(status), posix.WSTOPSIG(status),
          posix.WIFCONTINUED(status), posix.WCOREDUMP(status))
print(posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9))
try:
    posix.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print('ValueError', e)
dev = posix.makedev(8, 1)
print(dev, posix.major(dev), posix.minor(dev), posix.makedev(259, 70000), posix.major(posix.makedev(4095, 1048575)))
print(posix.WNOHANG, posix.WUNTRACED, posix.WCONTINUED, posix.EX_OK, posix.EX_USAGE, posix.EX_CONFIG, posix.P_ALL)
print(os.getcwdb() == posix.getcwdb())
