"""difflib: SequenceMatcher (longest-block-first matching with junk), Differ/ndiff, unified and
context diffs, get_close_matches, with the results CPython 3.11 gives. No HtmlDiff."""

import re
from collections import namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff',
           'diff_bytes', 'HtmlDiff', 'Match']

Match = namedtuple('Match', 'a b size')


def _similarity(common, total):
    # Two empty sequences count as identical.
    return 2.0 * common / total if total else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements.

    The longest contiguous matching block without junk is found first, then the same is done
    recursively on the pieces to its left and right. Elements of b that isjunk accepts never
    start a match, and (with autojunk) elements making up more than 1% of a b of 200 or more
    items are treated as junk too.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        # Identity, not equality: callers rely on this to keep the cached results cheap.
        if a is not self.a:
            self.a = a
            self._forget_results()

    def set_seq2(self, b):
        if b is not self.b:
            self.b = b
            self._forget_results()
            self._bcounts = None
            self._build_index()

    def _forget_results(self):
        self._blocks = None
        self._codes = None

    def _build_index(self):
        """b2j maps each usable element of b to where it occurs, ascending; junk and
        popular elements are left out of it (and listed in bjunk / bpopular)."""
        where = {}
        for pos, item in enumerate(self.b):
            slots = where.get(item)
            if slots is None:
                where[item] = [pos]
            else:
                slots.append(pos)
        judge = self.isjunk
        junk = {item for item in where if judge(item)} if judge is not None else set()
        for item in junk:
            del where[item]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            allowed = size // 100 + 1
            popular = {item for item, slots in where.items() if len(slots) > allowed}
            for item in popular:
                del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] within the bounds, earliest in a, then in b."""
        if ahi is None:
            ahi = len(self.a)
        if bhi is None:
            bhi = len(self.b)
        a, index = self.a, self.b2j
        top_i, top_j, top_len = alo, blo, 0
        # ending[j] = length of the junk-free run that ends at the previous a[i-1] and b[j].
        ending = {}
        none = ()
        for i in range(alo, ahi):
            now = {}
            for j in index.get(a[i], none):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                run = ending.get(j - 1, 0) + 1
                now[j] = run
                if run > top_len:
                    top_i, top_j, top_len = i + 1 - run, j + 1 - run, run
            ending = now
        # The core block never holds junk or popular items; let it absorb equal neighbours,
        # the non-junk ones (popular) first, then the junk ones.
        top_i, top_j, top_len = self._widen(top_i, top_j, top_len, alo, ahi, blo, bhi, False)
        top_i, top_j, top_len = self._widen(top_i, top_j, top_len, alo, ahi, blo, bhi, True)
        return Match(top_i, top_j, top_len)

    def _widen(self, i, j, k, alo, ahi, blo, bhi, junky):
        a, b, junk = self.a, self.b, self.bjunk
        while i > alo and j > blo and (b[j - 1] in junk) is junky and a[i - 1] == b[j - 1]:
            i -= 1
            j -= 1
            k += 1
        while (i + k < ahi and j + k < bhi and (b[j + k] in junk) is junky
               and a[i + k] == b[j + k]):
            k += 1
        return i, j, k

    def get_matching_blocks(self):
        """Matches (i, j, n), ascending, adjacent ones merged, ending with (len(a), len(b), 0)."""
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        found = []
        # A work list instead of recursion: a 4-tuple is a region still to search, a Match is
        # a finished block. Regions are pushed right-to-left so blocks come out ascending.
        work = [(0, la, 0, lb)]
        while work:
            item = work.pop()
            if type(item) is Match:
                last = found[-1] if found else None
                if last is not None and last.a + last.size == item.a and last.b + last.size == item.b:
                    found[-1] = Match(last.a, last.b, last.size + item.size)
                else:
                    found.append(item)
                continue
            alo, ahi, blo, bhi = item
            hit = self.find_longest_match(alo, ahi, blo, bhi)
            if not hit.size:
                continue
            a_end, b_end = hit.a + hit.size, hit.b + hit.size
            if a_end < ahi and b_end < bhi:
                work.append((a_end, ahi, b_end, bhi))
            work.append(hit)
            if alo < hit.a and blo < hit.b:
                work.append((alo, hit.a, blo, hit.b))
        found.append(Match(la, lb, 0))
        self._blocks = found
        return found

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) tuples turning a into b: 'replace', 'delete', 'insert', 'equal'."""
        if self._codes is not None:
            return self._codes
        codes = []
        ai = bj = 0
        for block in self.get_matching_blocks():
            na, nb = block.a, block.b
            if ai < na:
                codes.append(('replace' if bj < nb else 'delete', ai, na, bj, nb))
            elif bj < nb:
                codes.append(('insert', ai, na, bj, nb))
            ai, bj = na + block.size, nb + block.size
            if block.size:
                codes.append(('equal', na, ai, nb, bj))
        self._codes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in hunks, each with up to n lines of context around its changes."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # The leading and trailing equal runs are trimmed in the cached opcode list itself:
        # CPython does so, and a later get_opcodes() call shows it.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        hunk = []
        for code in codes:
            tag, i1, i2, j1, j2 = code
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long unchanged stretch ends one hunk and starts the next.
                hunk.append((tag, i1, i1 + n, j1, j1 + n))
                yield hunk
                hunk = []
                code = (tag, i2 - n, i2, j2 - n, j2)
            hunk.append(code)
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        common = 0
        for block in self.get_matching_blocks():
            common += block.size
        return _similarity(common, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(): the elements in common, ignoring order."""
        if self._bcounts is None:
            tally = {}
            for item in self.b:
                tally[item] = tally.get(item, 0) + 1
            self._bcounts = tally
        left = dict(self._bcounts)
        common = 0
        for item in self.a:
            have = left.get(item, 0)
            if have > 0:
                left[item] = have - 1
                common += 1
        return _similarity(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio() from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _similarity(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (up to n) possibilities most like word, best first, those scoring at least cutoff."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # The cheap upper bounds rule most candidates out before the real ratio is computed.
        if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
            continue
        score = matcher.ratio()
        if score >= cutoff:
            scored.append((score, candidate))
    # Best score first; equal scores order by the candidate itself, largest first.
    scored.sort(reverse=True)
    return [candidate for _, candidate in scored[:n]]


def _hint_line(line, marks):
    """The '?' guide under line: whitespace of the line is kept below unchanged characters so
    tabs line up; trailing blanks are dropped."""
    out = []
    for ch, mark in zip(line, marks):
        out.append(ch if mark == ' ' and ch.isspace() else mark)
    return ''.join(out).rstrip()


_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'), 'equal': (' ', ' ')}


class Differ:
    """Line-by-line deltas of two lists of lines ('- ', '+ ', '  ', and '? ' guide lines)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'equal':
                yield from self._emit(' ', a, alo, ahi)
            elif tag == 'delete':
                yield from self._emit('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._emit('+', b, blo, bhi)
            else:
                yield from self._replaced(a, alo, ahi, b, blo, bhi)

    @staticmethod
    def _emit(tag, lines, lo, hi):
        for k in range(lo, hi):
            yield f'{tag} {lines[k]}'

    def _replaced(self, a, alo, ahi, b, blo, bhi):
        """A replaced block is split around its most similar pair of lines, which is shown
        with guide lines; failing such a pair, around its first identical pair."""
        pick = self._anchor(a, alo, ahi, b, blo, bhi)
        if pick is None:
            # Nothing alike: the shorter side is listed first.
            if bhi - blo < ahi - alo:
                yield from self._emit('+', b, blo, bhi)
                yield from self._emit('-', a, alo, ahi)
            else:
                yield from self._emit('-', a, alo, ahi)
                yield from self._emit('+', b, blo, bhi)
            return
        i, j, same = pick
        yield from self._between(a, alo, i, b, blo, j)
        if same:
            yield '  ' + a[i]
        else:
            yield from self._changed_pair(a[i], b[j])
        yield from self._between(a, i + 1, ahi, b, j + 1, bhi)

    def _anchor(self, a, alo, ahi, b, blo, bhi):
        """(i, j, identical) of the pair to split on, or None."""
        chars = SequenceMatcher(self.charjunk)
        floor = 0.74
        best = None
        twin = None
        for j in range(blo, bhi):
            bline = b[j]
            chars.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if twin is None:
                        twin = (i, j, True)
                    continue
                chars.set_seq1(aline)
                if (chars.real_quick_ratio() > floor and chars.quick_ratio() > floor):
                    score = chars.ratio()
                    if score > floor:
                        floor, best = score, (i, j, False)
        # A pair must score at least 0.75 to count as "similar".
        if best is not None and floor >= 0.75:
            return best
        return twin

    def _between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._replaced(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._emit('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._emit('+', b, blo, bhi)

    def _changed_pair(self, aline, bline):
        amarks, bmarks = [], []
        chars = SequenceMatcher(self.charjunk, aline, bline)
        for tag, i1, i2, j1, j2 in chars.get_opcodes():
            amark, bmark = _MARKS[tag]
            amarks.append(amark * (i2 - i1))
            bmarks.append(bmark * (j2 - j1))
        under_a = _hint_line(aline, ''.join(amarks))
        under_b = _hint_line(bline, ''.join(bmarks))
        yield '- ' + aline
        if under_a:
            yield '? ' + under_a + '\n'
        yield '+ ' + bline
        if under_b:
            yield '? ' + under_b + '\n'


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """True for a blank line or one holding only '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _unified_span(lo, hi):
    # 'start,count' with 1-based start; a single line is just its number, and an empty
    # range names the line before it.
    count = hi - lo
    if count == 1:
        return str(lo + 1)
    return '%d,%d' % (lo + 1 if count else lo, count)


def _context_span(lo, hi):
    # 'first,last', 1-based; one line is its number, an empty range the line before it.
    count = hi - lo
    if count == 0:
        return str(lo)
    if count == 1:
        return str(lo + 1)
    return '%d,%d' % (lo + 1, hi)


def _require_text(a, b, names):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            first = lines[0]
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(first).__name__, first))
    for value in names:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _file_header(marker, name, date, lineterm):
    if date:
        return '%s %s\t%s%s' % (marker, name, date, lineterm)
    return '%s %s%s' % (marker, name, lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    _require_text(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, hunk in enumerate(hunks):
        if number == 0:
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        head, tail = hunk[0], hunk[-1]
        yield '@@ -%s +%s @@%s' % (_unified_span(head[1], tail[2]),
                                   _unified_span(head[3], tail[4]), lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'equal': '  ', 'replace': '! ', 'delete': '- ', 'insert': '+ '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    _require_text(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, hunk in enumerate(hunks):
        if number == 0:
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        head, tail = hunk[0], hunk[-1]
        tags = {code[0] for code in hunk}
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_span(head[1], tail[2]), lineterm)
        # Each side lists its lines only when that side actually changed.
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    mark = _CONTEXT_MARK[tag]
                    for line in a[i1:i2]:
                        yield mark + line
        yield '--- %s ----%s' % (_context_span(head[3], tail[4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    mark = _CONTEXT_MARK[tag]
                    for line in b[j1:j2]:
                        yield mark + line


def _bytes_to_text(value):
    # surrogateescape keeps every byte, so encoding the diff back gives the original bytes.
    try:
        return value.decode('ascii', 'surrogateescape')
    except AttributeError as err:
        raise TypeError('all arguments must be bytes, not %s (%r)'
                        % (type(value).__name__, value)) from err


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """unified_diff or context_diff over bytes."""
    a = [_bytes_to_text(line) for line in a]
    b = [_bytes_to_text(line) for line in b]
    names = [_bytes_to_text(v) for v in (fromfile, tofile, fromfiledate, tofiledate)]
    term = _bytes_to_text(lineterm)
    for line in dfunc(a, b, names[0], names[1], names[2], names[3], n, term):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff/Differ delta was made from (which is 1 or 2)."""
    side = int(which)
    if side == 1:
        kept = ('  ', '- ')
    elif side == 2:
        kept = ('  ', '+ ')
    else:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in kept:
            yield line[2:]


# CPython's, in a file of its own; imported last, as it reads ndiff from this module.
from _difflib_html import HtmlDiff, _mdiff
HtmlDiff.__module__ = __name__
