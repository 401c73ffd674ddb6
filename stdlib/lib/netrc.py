"""netrc: reading .netrc files (machine, default and macdef entries) as CPython 3.11 reads them."""

import os
import stat

__all__ = ['netrc', 'NetrcParseError']


class NetrcParseError(Exception):
    """A .netrc file could not be parsed; msg, filename and lineno say what and where."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return f"{self.msg} ({self.filename}, line {self.lineno})"


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
        # Only the user's own ~/.netrc gets the ownership/permission check.
        is_default = file is None
        if is_default:
            home = os.path.expanduser("~")
            file = os.path.join(home, ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            self._load(file, 'utf-8', is_default)
        except UnicodeDecodeError:
            self._load(file, 'locale', is_default)

    def _load(self, file, encoding, is_default):
        with open(file, encoding=encoding) as handle:
            lex = _Lexer(handle.read())
            self._read_entries(lex, file, handle, is_default)

    def _read_entries(self, lex, file, handle, is_default):
        while True:
            first_line = lex.lineno
            word = lex.get_token()
            if not word:
                return
            if word.startswith('#'):
                # only a '#' standing alone turns the rest of its line into a comment
                if len(word) == 1 and lex.lineno == first_line:
                    lex.readline()
                continue
            if word == 'macdef':
                self._read_macro(lex, file)
                continue
            if word == 'default':
                host = 'default'
            elif word == 'machine':
                host = lex.get_token()
            else:
                raise NetrcParseError("bad toplevel token %r" % word, file, lex.lineno)
            if not host:
                raise NetrcParseError("missing %r name" % word, file, lex.lineno)
            self.hosts[host] = {}
            entry = self._read_entry(lex, file)
            self.hosts[host] = entry
            self._security_check(handle, is_default, entry[0])

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

    def _security_check(self, handle, is_default, login):
        # only ~/.netrc itself, read for a login other than anonymous, must be private
        if not is_default or os.name != 'posix' or login == "anonymous":
            return
        prop = os.fstat(handle.fileno())
        me = os.getuid()
        if prop.st_uid != me:
            import pwd

            def user_name(uid):
                try:
                    return pwd.getpwuid(uid)[0]
                except KeyError:
                    return 'uid %s' % uid
            raise NetrcParseError(f"~/.netrc file owner ({user_name(prop.st_uid)}, {user_name(me)}) "
                                  "does not match current user")
        if prop.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError("~/.netrc access too permissive: access permissions must restrict access "
                                  "to only the owner")

    def authenticators(self, host):
        """(login, account, password) for host, falling back to the default entry, else None."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        """The parsed entries and macros written back in .netrc syntax."""
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
