# subprocess.call, check_call, check_output, getoutput, getstatusoutput
import subprocess

print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 7', shell=True))
print(subprocess.call(['echo', 'quiet'], stdout=subprocess.DEVNULL))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.output)
try:
    subprocess.check_call(args=['false'])
except subprocess.CalledProcessError as e:
    print(e, e.cmd)
print(subprocess.check_output(['echo', 'out']))
print(repr(subprocess.check_output(['echo', 'out'], text=True)))
print(subprocess.check_output(['cat'], input=b'piped'))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.check_output(['cat'], input=None))
print(subprocess.check_output('echo err >&2; echo out', shell=True, stderr=subprocess.STDOUT))
print(subprocess.check_output(['sh', '-c', 'echo hidden >&2; echo shown'], stderr=subprocess.DEVNULL))
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stdout, e.stderr)
print(subprocess.getstatusoutput('echo hi; exit 3'))
print(subprocess.getstatusoutput('echo a; echo b >&2'))
print(subprocess.getstatusoutput('printf "two\\n\\n"'))
print(subprocess.getstatusoutput('nosuchcmd-xyz 2>/dev/null'))
print(repr(subprocess.getoutput('echo a; echo b >&2')))
print(repr(subprocess.getoutput('true')))
print(sorted(subprocess.__all__))
