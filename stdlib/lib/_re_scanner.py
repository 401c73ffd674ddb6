"""re.Scanner for tpy: a lexer that matches a list of (pattern, action) phrases in turn.

CPython builds it from sre's parser internals; here the phrases become the branches of one
pattern, each in a group of its own, and the group that closed last tells which phrase
matched (re.Scanner is undocumented; tpy loads this module at its first use).
"""

import re


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        branches = []
        # The outer group of each phrase -> its index in lexicon (phrases may hold groups).
        self._phrase_of_group = {}
        group = 1
        for at, (phrase, action) in enumerate(lexicon):
            self._phrase_of_group[group] = at
            branches.append('(' + phrase + ')')
            group += 1 + re.compile(phrase, flags).groups
        self.scanner = re.compile('|'.join(branches), flags)

    def scan(self, string):
        """(the actions' results, the text left unmatched): phrases are matched one after
        another from the start; a callable action is called with the scanner and the
        matched text (self.match is the match), and a result of None is dropped."""
        result = []
        pos = 0
        while True:
            m = self.scanner.match(string, pos)
            if m is None or m.end() == pos:
                break
            action = self.lexicon[self._phrase_of_group[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            pos = m.end()
        return result, string[pos:]
