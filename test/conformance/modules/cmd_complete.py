# cmd.Cmd.complete through readline: command names, then complete_<command>
import cmd, readline, io

class Shell(cmd.Cmd):
    prompt = '> '
    def do_greet(self, arg):
        print('hi', arg)
    def complete_greet(self, text, line, begidx, endidx):
        return [n for n in ['alice', 'albert', 'bob'] if n.startswith(text)]
    def do_go(self, arg):
        pass
    def do_EOF(self, arg):
        return True
    def help_topic(self):
        print('a topic')

sh = Shell(stdin=io.StringIO('greet x\n'), stdout=io.StringIO())
def all_of(text):
    out, state = [], 0
    while (m := sh.complete(text, state)) is not None:
        out.append(m)
        state += 1
    return out
print(all_of('g'), all_of('he'), all_of(''), all_of('zz'))
print(sh.completenames('g', 'g', 0, 1), sh.complete_help('t', 'help t', 5, 6))
print(readline.get_completer())
sh.use_rawinput = False
sh.cmdloop()
print(sh.stdout.getvalue())
class Raw(Shell):
    def do_check(self, arg):
        print(readline.get_completer() == self.complete)
        return True
r = Raw()
r.cmdqueue = ['check']
r.cmdloop()
print(readline.get_completer())
