import cmd, io, sys
class Shell(cmd.Cmd):
    intro = 'Welcome.'
    prompt = '(shell) '
    def do_greet(self, arg):
        """Greet someone: greet NAME"""
        print('hello', arg or 'world', file=self.stdout)
    def do_add(self, arg):
        try:
            print(sum(int(x) for x in arg.split()), file=self.stdout)
        except ValueError as e:
            print('error:', e, file=self.stdout)
    def help_add(self):
        print('add numbers', file=self.stdout)
    def help_topic(self):
        print('a topic', file=self.stdout)
    def do_shell(self, arg):
        print('shell:', arg, file=self.stdout)
    def do_quit(self, arg):
        return True
    def do_EOF(self, arg):
        print('bye', file=self.stdout); return True
    def precmd(self, line):
        print('precmd', repr(line), file=self.stdout); return line
    def postcmd(self, stop, line):
        print('postcmd', stop, repr(line), file=self.stdout); return stop
    def preloop(self): print('preloop', file=self.stdout)
    def postloop(self): print('postloop', file=self.stdout)
for m in ['x'+str(i) for i in range(30)]:
    setattr(Shell, 'do_' + m, lambda self, a: None)
s = Shell(stdin=io.StringIO('greet\ngreet bob\n\nadd 1 2\nadd x\n?\nhelp greet\n? add\nhelp topic\nhelp nope\n!ls -l\nfoo bar\n-\n  \nEOF\n'), stdout=sys.stdout)
s.use_rawinput = False
s.cmdloop()
print(s.lastcmd)
s = Shell(stdin=io.StringIO('greet\nquit\n'), stdout=sys.stdout); s.use_rawinput = 0
s.cmdloop('Other intro')
c = cmd.Cmd(stdout=sys.stdout)
c.columnize([]); c.columnize(['a']); c.columnize(['abc']*40, 30)
try: c.columnize(['a', 1, 'b', 2])
except TypeError as e: print(type(e).__name__, e)
print(c.parseline('!x'), c.parseline('?x'), c.parseline('  abc_1d+3 y '))
c.onecmd('help'); c.onecmd('help help'); c.onecmd('nothing')
print(c.completenames('he'), sorted(Shell().completenames('g')), sorted(Shell().complete_help('a')))
