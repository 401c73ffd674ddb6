"""zoneinfo: IANA time zones as datetime.tzinfo objects, read from the TZif files of the
system's time zone database (the directories of TZPATH).

As in CPython, ZoneInfo(key) gives the same object for the same key while it is cached;
tpy's cache holds its zones strongly (CPython keeps eight strongly, the rest weakly). There is
no `tzdata` package to fall back on.
"""

import bisect
from datetime import datetime, timedelta, tzinfo

from . import _tzpath
from ._common import ZoneInfoNotFoundError, load_tzif
from ._posix_tz import PosixTZ
from ._tzpath import InvalidTZPathWarning, available_timezones, reset_tzpath

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

_EPOCH_ORDINAL = 719163       # date(1970, 1, 1).toordinal()


def __getattr__(name):
    # TZPATH follows reset_tzpath(), which rebinds it in _tzpath
    if name == 'TZPATH':
        return _tzpath.TZPATH
    raise AttributeError(f"module 'zoneinfo' has no attribute '{name}'")


def __dir__():
    return sorted(list(globals()) + ['TZPATH'])


def _seconds_of(dt):
    """A datetime's wall-clock reading in seconds since the epoch (microseconds left out)."""
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


class _TTInfo:
    """One local time type: what utcoffset(), dst() and tzname() answer in it."""

    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = timedelta(seconds=utcoff)
        self.dstoff = timedelta(seconds=dstoff)
        self.tzname = tzname


def _dst_offsets(trans_types, types):
    """How much each DST type adds to standard time. A TZif file only flags DST types, so the
    amount is read off the transitions: the first time a DST type follows a standard one (or,
    failing that, precedes one), the difference of their offsets; an hour if never found."""
    offsets = [0] * len(types)
    missing = {i for i, (_, isdst, _) in enumerate(types) if isdst}
    for i in range(1, len(trans_types)):
        if not missing:
            break
        kind = trans_types[i]
        if kind not in missing:
            continue
        utcoff = types[kind][0]
        before = trans_types[i - 1]
        amount = 0 if types[before][1] else utcoff - types[before][0]
        if not amount and kind < len(types) - 1 and i + 1 < len(trans_types):
            after = trans_types[i + 1]
            if types[after][1]:
                continue
            amount = utcoff - types[after][0]
        if amount:
            offsets[kind] = amount
            missing.discard(kind)
    for kind in missing:
        offsets[kind] = 3600
    return offsets


class ZoneInfo(tzinfo):
    """The time zone of an IANA key ('Europe/London'): offsets, DST and names for any
    datetime, from its TZif file."""

    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key):
        found = cls._cache.get(key)
        if found is None:
            found = cls._cache.setdefault(key, cls._from_key(key))
        return found

    @classmethod
    def no_cache(cls, key):
        made = cls._from_key(key)
        made._from_cache = False
        return made

    @classmethod
    def from_file(cls, fobj, /, key=None):
        made = super().__new__(cls)
        made._load(fobj.read())
        made._key = key
        made._file_repr = repr(fobj)
        made._from_cache = False
        return made

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @classmethod
    def _from_key(cls, key):
        path = _tzpath.find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError(f'No time zone found with key {key}')
        with open(path, 'rb') as f:
            data = f.read()
        made = super().__new__(cls)
        made._load(data)
        made._key = key
        made._file_repr = None
        made._from_cache = True
        return made

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)

    def _load(self, data):
        tzif = load_tzif(data)
        dst_offsets = _dst_offsets(tzif.trans_types, tzif.types)
        kinds = [_TTInfo(utcoff, dst_offsets[i], name)
                 for i, (utcoff, _, name) in enumerate(tzif.types)]
        self._trans_utc = tzif.trans_utc
        self._trans_info = [kinds[kind] for kind in tzif.trans_types]
        standard = [info for info, (_, isdst, _) in zip(kinds, tzif.types) if not isdst]
        self._before = standard[0] if standard else (kinds[0] if kinds else None)
        # Wall-clock instants of the transitions, one list per fold: with fold=0 a change
        # happens at the later of the two readings (T + larger offset), with fold=1 at the
        # earlier, so a gap keeps the old offset for fold=0 and a repeat gives it to fold=0.
        self._wall = ([], [])
        previous = tzif.types[0][0] if tzif.types else 0
        for instant, kind in zip(tzif.trans_utc, tzif.trans_types):
            utcoff = tzif.types[kind][0]
            self._wall[0].append(instant + max(previous, utcoff))
            self._wall[1].append(instant + min(previous, utcoff))
            previous = utcoff
        self._rule = None
        self._rule_types = {}
        if tzif.footer:
            self._rule = PosixTZ(tzif.footer)
        self._after = self._trans_info[-1] if self._trans_info else self._before
        self._fixed = self._fixed_type(kinds)

    def _fixed_type(self, kinds):
        """The one local time type of a zone whose offset never changes (UTC, Etc/GMT+5,
        EST), which utcoffset(None), dst(None) and tzname(None) answer with; else None."""
        if self._rule is not None:
            if not self._rule.std_only:
                return None
            last = self._rule_info(self._rule.std)
        elif kinds:
            last = kinds[-1]
        else:
            return None
        if len(kinds) > 1:
            return None
        if kinds and (kinds[0].utcoff, kinds[0].dstoff, kinds[0].tzname) != (last.utcoff, last.dstoff, last.tzname):
            return None
        return last

    def _rule_info(self, triple):
        info = self._rule_types.get(triple)
        if info is None:
            info = self._rule_types[triple] = _TTInfo(*triple)
        return info

    def _find(self, dt):
        ts = _seconds_of(dt)
        wall = self._wall[dt.fold]
        if wall and ts < wall[0]:
            return self._before
        if not wall or ts > wall[-1]:
            if self._rule is not None:
                return self._rule_info(self._rule.for_local(ts, dt.year, dt.fold))
            return self._after
        return self._trans_info[bisect.bisect_right(wall, ts) - 1]

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        if dt is None:
            return None if self._fixed is None else self._fixed.utcoff
        return self._find(dt).utcoff

    def dst(self, dt):
        if dt is None:
            return None if self._fixed is None else self._fixed.dstoff
        return self._find(dt).dstoff

    def tzname(self, dt):
        if dt is None:
            return None if self._fixed is None else self._fixed.tzname
        return self._find(dt).tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        ts = _seconds_of(dt)
        trans = self._trans_utc
        fold = 0
        if (not trans or ts >= trans[-1]) and self._rule is not None:
            triple, fold = self._rule.for_utc(ts, dt.year)
            info = self._rule_info(triple)
        elif not trans or ts < trans[0]:
            info = self._before
        else:
            at = bisect.bisect_right(trans, ts) - 1
            info = self._trans_info[at]
            before = self._trans_info[at - 1] if at else self._before
            # after a change to a smaller offset, the wall clock reads again what it read
            # just before: those instants are the second pass (fold=1)
            if (before.utcoff - info.utcoff).total_seconds() > ts - trans[at]:
                fold = 1
        local = dt + info.utcoff
        return local.replace(fold=1) if fold else local

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        name = 'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return f'{name}(key={self._key!r})'
        return f'{name}.from_file({self._file_repr})'

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle
            raise pickle.PicklingError('Cannot pickle a ZoneInfo file from a file stream.')
        return (self.__class__._unpickle, (self._key, int(self._from_cache)))


ZoneInfo.__module__ = 'zoneinfo'
