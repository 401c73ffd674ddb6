"""RFC 2822 dates and address lists, parsed leniently (the classic email.utils parsers)."""

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

import time
import calendar

SPACE = ' '
EMPTYSTRING = ''
COMMASPACE = ', '

_monthnames = ('jan feb mar apr may jun jul aug sep oct nov dec january february march '
               'april may june july august september october november december').split()
_daynames = 'mon tue wed thu fri sat sun'.split()
# US zones RFC 822 names, in hours and minutes as +-HHMM
_timezones = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
              'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400, 'CST': -600,
              'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800, 'PDT': -700}


def parsedate_tz(data):
    """A 10-tuple (time tuple + zone offset in seconds) or None; the offset is 0
    where the date had none."""
    res = _parsedate_tz(data)
    if not res:
        return
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def _split_clock(tm):
    """'hh:mm[:ss]' or 'hh.mm[.ss]' -> [hh, mm, ss] strings, or None."""
    fields = tm.split(':')
    if len(fields) == 1 and '.' in tm:
        fields = tm.split('.')
        if len(fields) == 2:
            return fields + [0]
        return fields if len(fields) == 3 else None
    if len(fields) == 2:
        return fields + ['0']
    return fields if len(fields) == 3 else None


def _parsedate_tz(data):
    """Like parsedate_tz, but a list, and the offset None for '-0000' (UTC with
    the source's zone unknown)."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0].endswith(',') or words[0].lower() in _daynames:
        del words[0]                    # the day of the week says nothing more
    else:
        comma = words[0].rfind(',')
        if comma >= 0:
            words[0] = words[0][comma + 1:]
    if len(words) == 3:                 # RFC 850: dd-Mon-yy hh:mm:ss zone
        dashed = words[0].split('-')
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        last = words[3]
        sign = last.find('+')
        if sign == -1:
            sign = last.find('-')
        if sign > 0:
            words[3:] = [last[:sign], last[sign:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _monthnames:
        dd, mm = mm, dd.lower()
        if mm not in _monthnames:
            return None
    mm = _monthnames.index(mm) % 12 + 1
    dd = dd.removesuffix(',') if dd.endswith(',') else dd
    if yy.find(':') > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    clock = _split_clock(tm)
    if clock is None:
        return None
    try:
        yy, dd = int(yy), int(dd)
        thh, tmm, tss = (int(x) for x in clock)
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    tz = tz.upper()
    offset = None
    if tz in _timezones:
        offset = _timezones[tz]
    else:
        try:
            offset = int(tz)
        except ValueError:
            pass
        if offset == 0 and tz.startswith('-'):
            offset = None
    if offset:
        magnitude = abs(offset)
        seconds = (magnitude // 100) * 3600 + (magnitude % 100) * 60
        offset = -seconds if offset < 0 else seconds
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, offset]


def parsedate(data):
    """The first nine fields of parsedate_tz(data), or None."""
    t = parsedate_tz(data)
    return t[:9] if isinstance(t, tuple) else t


def mktime_tz(data):
    """A parsedate_tz() tuple as a POSIX timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(str):
    """Backslash the backslashes and double quotes (no surrounding quotes added)."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


class AddrlistClass:
    """A cursor over an address-list header that yields (name, address) pairs."""

    specials = '()<>@,:;."[]'
    LWS = ' \t'
    CR = '\r\n'
    FWS = LWS + CR
    atomends = specials + LWS + CR
    phraseends = atomends.replace('.', '')

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.commentlist = []

    def _at(self):
        return self.field[self.pos] if self.pos < len(self.field) else ''

    def gotonext(self):
        """Skip blanks and comments (collected); return the blanks skipped."""
        blanks = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in self.LWS + '\n\r':
                if c not in '\n\r':
                    blanks.append(c)
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            else:
                break
        return EMPTYSTRING.join(blanks)

    def getaddrlist(self):
        found = []
        while self.pos < len(self.field):
            one = self.getaddress()
            found += one if one else [('', '')]
        return found

    def getaddress(self):
        """The next address (several for a group), then past a following comma."""
        self.commentlist = []
        self.gotonext()
        start, start_comments = self.pos, self.commentlist
        phrase = self.getphraselist()
        self.gotonext()
        result = []
        c = self._at()
        if not c:
            if phrase:
                result = [(SPACE.join(self.commentlist), phrase[0])]
        elif c in '.@':
            # a bare addr-spec: read it again as one
            self.pos, self.commentlist = start, start_comments
            spec = self.getaddrspec()
            result = [(SPACE.join(self.commentlist), spec)]
        elif c == ':':
            self.pos += 1
            while self.pos < len(self.field):
                self.gotonext()
                if self._at() == ';':
                    self.pos += 1
                    break
                result = result + self.getaddress()
        elif c == '<':
            route = self.getrouteaddr()
            name = SPACE.join(phrase)
            if self.commentlist:
                name += ' (' + ' '.join(self.commentlist) + ')'
            result = [(name, route)]
        else:
            if phrase:
                result = [(SPACE.join(self.commentlist), phrase[0])]
            elif c in self.specials:
                self.pos += 1
        self.gotonext()
        if self._at() == ',':
            self.pos += 1
        return result

    def getrouteaddr(self):
        """<[@route,...:]addr-spec>: the addr-spec."""
        if self._at() != '<':
            return
        route_next = False
        self.pos += 1
        self.gotonext()
        spec = ''
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if route_next:
                self.getdomain()
                route_next = False
            elif c == '>':
                self.pos += 1
                break
            elif c == '@':
                self.pos += 1
                route_next = True
            elif c == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        """local-part[@domain], blanks kept only where they separate words."""
        out = []
        self.gotonext()
        while self.pos < len(self.field):
            keep_blank = True
            c = self.field[self.pos]
            if c == '.':
                if out and not out[-1].strip():
                    out.pop()
                out.append('.')
                self.pos += 1
                keep_blank = False
            elif c == '"':
                out.append('"%s"' % quote(self.getquote()))
            elif c in self.atomends:
                if out and not out[-1].strip():
                    out.pop()
                break
            else:
                out.append(self.getatom())
            blank = self.gotonext()
            if keep_blank and blank:
                out.append(blank)
        if self._at() != '@':
            return EMPTYSTRING.join(out)
        out.append('@')
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain:
            return EMPTYSTRING    # an address ending in '@' (or with two) is no address
        return EMPTYSTRING.join(out) + domain

    def getdomain(self):
        parts = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in self.LWS:
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c == '[':
                parts.append(self.getdomainliteral())
            elif c == '.':
                self.pos += 1
                parts.append('.')
            elif c == '@':
                return EMPTYSTRING
            elif c in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return EMPTYSTRING.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        """The text between `beginchar` and one of `endchars`, backslash pairs undone."""
        if self._at() != beginchar:
            return ''
        out = []
        escaped = False
        self.pos += 1
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if escaped:
                out.append(c)
                escaped = False
            elif c in endchars:
                self.pos += 1
                break
            elif allowcomments and c == '(':
                out.append(self.getcomment())
                continue
            elif c == '\\':
                escaped = True
            else:
                out.append(c)
            self.pos += 1
        return EMPTYSTRING.join(out)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        ends = self.atomends if atomends is None else atomends
        start = self.pos
        while self.pos < len(self.field) and self.field[self.pos] not in ends:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """Words up to the first special: atoms (dots allowed) and quoted strings."""
        words = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in self.FWS:
                self.pos += 1
            elif c == '"':
                words.append(self.getquote())
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """The addresses of a header, as a list-like set."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def _made(self, pairs):
        new = AddressList(None)
        new.addresslist = pairs
        return new

    def __add__(self, other):
        return self._made(self.addresslist + [x for x in other.addresslist if x not in self.addresslist])

    def __iadd__(self, other):
        self.addresslist += [x for x in other.addresslist if x not in self.addresslist]
        return self

    def __sub__(self, other):
        return self._made([x for x in self.addresslist if x not in other.addresslist])

    def __isub__(self, other):
        for x in other.addresslist:
            if x in self.addresslist:
                self.addresslist.remove(x)
        return self

    def __getitem__(self, index):
        return self.addresslist[index]
