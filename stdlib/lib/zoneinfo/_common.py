"""zoneinfo._common: reading a TZif file (RFC 8536, versions 1 to 4) into its transitions,
its local time types and the POSIX TZ string of its footer; ZoneInfoNotFoundError."""

import struct


class ZoneInfoNotFoundError(KeyError):
    """No time zone file for the key on TZPATH."""


class TZifData:
    """What a TZif file holds: transition instants (seconds since the epoch, UTC), the index
    of the local time type each one starts, the types as (utc offset, is dst, abbreviation),
    and the footer's TZ string for the instants after the last transition (None in v1)."""

    __slots__ = ('trans_utc', 'trans_types', 'types', 'footer')

    def __init__(self, trans_utc, trans_types, types, footer):
        self.trans_utc = trans_utc
        self.trans_types = trans_types
        self.types = types
        self.footer = footer


_HEADER = struct.Struct('>4sc15x6l')


def _header(data, at):
    if data[at:at + 4] != b'TZif':
        raise ValueError('Invalid TZif file: magic not found')
    if len(data) < at + _HEADER.size:
        raise ValueError('Invalid TZif file: header is truncated')
    magic, version, *counts = _HEADER.unpack_from(data, at)
    return version, counts


def _block_size(counts, time_size):
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    return (timecnt * time_size + timecnt + typecnt * 6 + charcnt
            + leapcnt * (time_size + 4) + isstdcnt + isutcnt)


def _read_block(data, at, counts, time_size):
    """The transitions and types of one data block (4-byte times in v1, 8-byte after)."""
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    if len(data) < at + _block_size(counts, time_size):
        raise ValueError('Invalid TZif file: data is truncated')
    code = 'l' if time_size == 4 else 'q'
    trans_utc = list(struct.unpack_from('>%d%s' % (timecnt, code), data, at))
    at += timecnt * time_size
    trans_types = list(data[at:at + timecnt])
    at += timecnt
    raw_types = [struct.unpack_from('>lBB', data, at + 6 * i) for i in range(typecnt)]
    at += typecnt * 6
    chars = data[at:at + charcnt]
    types = []
    for utcoff, isdst, abbr_at in raw_types:
        end = chars.find(b'\x00', abbr_at)
        if end < 0:
            end = len(chars)
        types.append((utcoff, bool(isdst), chars[abbr_at:end].decode('ascii')))
    return trans_utc, trans_types, types


def load_tzif(data):
    version, counts = _header(data, 0)
    if version == b'\x00':
        return TZifData(*_read_block(data, _HEADER.size, counts, 4), None)
    second = _HEADER.size + _block_size(counts, 4)
    version, counts = _header(data, second)
    at = second + _HEADER.size
    block = _read_block(data, at, counts, 8)
    at += _block_size(counts, 8)
    footer = None
    if data[at:at + 1] == b'\n':
        end = data.find(b'\n', at + 1)
        if end > at:
            footer = data[at + 1:end].decode('ascii')
    return TZifData(*block, footer)
