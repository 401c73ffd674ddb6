"""netrc: reading .netrc files (machine, default and macdef entries) as CPython 3.11 reads them."""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """Exception raised on syntax errors in the .netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


class _Lexer:
    """Tokens of a .netrc text: words split at whitespace, "quoted" words, backslash escapes.

    `lineno` counts the newlines the tokenizer itself reads; lines skipped whole (comments,
    macro bodies) are not counted, which is what CPython's error messages show."""

    WHITESPACE = "\n\t\r "

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.lineno = 1
        self.pushback = []

    def _next(self):
        if self.pos >= len(self.text):
            return ""
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "\n":
            self.lineno += 1
        return ch

    def readline(self):
        end = self.text.find("\n", self.pos)
        end = len(self.text) if end < 0 else end + 1
        line = self.text[self.pos:end]
        self.pos = end
        return line

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        ch = self._next()
        while ch and ch in self.WHITESPACE:
            ch = self._next()
        if not ch:
            return ""
        token = ""
        if ch == '"':
            while True:
                ch = self._next()
                if not ch or ch == '"':
                    return token
                if ch == "\\":
                    ch = self._next()
                token += ch
        while ch:
            if ch in self.WHITESPACE:
                break
            if ch == "\\":
                ch = self._next()
            token += ch
            ch = self._next()
        return token

    def push_token(self, token):
        self.pushback.append(token)


class netrc:
    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp, default_netrc)
        except UnicodeDecodeError:
            with open(file, encoding="locale") as fp:
                self._parse(file, fp, default_netrc)

    def _parse(self, file, fp, default_netrc):
        lexer = _Lexer(fp.read())
        while True:
            start_line = lexer.lineno
            tt = lexer.get_token()
            if not tt:
                break
            if tt[0] == '#':
                # a lone '#' on the line starts a comment to the end of the line
                if lexer.lineno == start_line and len(tt) == 1:
                    lexer.readline()
                continue
            if tt == 'machine':
                entryname = lexer.get_token()
            elif tt == 'default':
                entryname = 'default'
            elif tt == 'macdef':
                self._read_macro(lexer, file)
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % tt, file, lexer.lineno)
            if not entryname:
                raise NetrcParseError("missing %r name" % tt, file, lexer.lineno)
            self.hosts[entryname] = {}
            self.hosts[entryname] = self._read_entry(lexer, file)
            self._security_check(fp, default_netrc, self.hosts[entryname][0])

    def _read_macro(self, lexer, file):
        name = lexer.get_token()
        lines = self.macros[name] = []
        # the body is the lines up to an empty one
        while True:
            line = lexer.readline()
            if not line:
                raise NetrcParseError("Macro definition missing null line terminator.", file, lexer.lineno)
            if line == '\n':
                return
            lines.append(line)

    def _read_entry(self, lexer, file):
        fields = {'login': '', 'account': '', 'password': ''}
        while True:
            line = lexer.lineno
            tt = lexer.get_token()
            if tt.startswith('#'):
                if lexer.lineno == line:
                    lexer.readline()
                continue
            if tt in ('', 'machine', 'default', 'macdef'):
                lexer.push_token(tt)
                return fields['login'], fields['account'], fields['password']
            if tt in ('login', 'user'):
                fields['login'] = lexer.get_token()
            elif tt in ('account', 'password'):
                fields[tt] = lexer.get_token()
            else:
                raise NetrcParseError("bad follower token %r" % tt, file, lexer.lineno)

    def _security_check(self, fp, default_netrc, login):
        # only ~/.netrc itself, read for a login other than anonymous, must be private
        if os.name != 'posix' or not default_netrc or login == "anonymous":
            return
        prop = os.fstat(fp.fileno())
        if prop.st_uid != os.getuid():
            import pwd

            def user_name(uid):
                try:
                    return pwd.getpwuid(uid)[0]
                except KeyError:
                    return 'uid %s' % uid
            raise NetrcParseError(f"~/.netrc file owner ({user_name(prop.st_uid)}, {user_name(os.getuid())}) "
                                  "does not match current user")
        if prop.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError("~/.netrc access too permissive: access permissions must restrict access "
                                  "to only the owner")

    def authenticators(self, host):
        """Return a (user, account, password) tuple for given host."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        """Dump the class data in the format of a .netrc file."""
        out = []
        for host, (login, account, password) in self.hosts.items():
            out.append(f"machine {host}\n\tlogin {login}\n")
            if account:
                out.append(f"\taccount {account}\n")
            out.append(f"\tpassword {password}\n")
        for name, lines in self.macros.items():
            out.append(f"macdef {name}\n")
            out.extend(lines)
            out.append("\n")
        return "".join(out)


if __name__ == '__main__':
    print(netrc())
