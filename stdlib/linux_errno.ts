// Linux's errno numbers (x86-64) and glibc's strerror texts: one table for the errno module, os.strerror and the OSErrors natives raise.

/**
 * The errno module's names in the order CPython 3.11 on Linux defines them (vars(errno) and
 * errno.errorcode follow it; of two names for one number, errorcode keeps the later one).
 */
export const ERRNO_NAMES = [
  ['ENODEV', 19], ['ENOCSI', 50], ['EHOSTUNREACH', 113], ['ENOMSG', 42], ['EUCLEAN', 117], ['EL2NSYNC', 45],
  ['EL2HLT', 51], ['ENODATA', 61], ['ENOTBLK', 15], ['ENOSYS', 38], ['EPIPE', 32], ['EINVAL', 22], ['EOVERFLOW', 75],
  ['EADV', 68], ['EINTR', 4], ['EUSERS', 87], ['ENOTEMPTY', 39], ['ENOBUFS', 105], ['EPROTO', 71], ['EREMOTE', 66],
  ['ENAVAIL', 119], ['ECHILD', 10], ['ELOOP', 40], ['EXDEV', 18], ['E2BIG', 7], ['ESRCH', 3], ['EMSGSIZE', 90],
  ['EAFNOSUPPORT', 97], ['EBADR', 53], ['EHOSTDOWN', 112], ['EPFNOSUPPORT', 96], ['ENOPROTOOPT', 92], ['EBUSY', 16],
  ['EWOULDBLOCK', 11], ['EBADFD', 77], ['EDOTDOT', 73], ['EISCONN', 106], ['ENOANO', 55], ['ESHUTDOWN', 108],
  ['ECHRNG', 44], ['ELIBBAD', 80], ['ENONET', 64], ['EBADE', 52], ['EBADF', 9], ['EMULTIHOP', 72], ['EIO', 5],
  ['EUNATCH', 49], ['EPROTOTYPE', 91], ['ENOSPC', 28], ['ENOEXEC', 8], ['EALREADY', 114], ['ENETDOWN', 100],
  ['ENOTNAM', 118], ['EACCES', 13], ['ELNRNG', 48], ['EILSEQ', 84], ['ENOTDIR', 20], ['ENOTUNIQ', 76], ['EPERM', 1],
  ['EDOM', 33], ['EXFULL', 54], ['ECONNREFUSED', 111], ['EISDIR', 21], ['EPROTONOSUPPORT', 93], ['EROFS', 30],
  ['EADDRNOTAVAIL', 99], ['EIDRM', 43], ['ECOMM', 70], ['ESRMNT', 69], ['EREMOTEIO', 121], ['EL3RST', 47],
  ['EBADMSG', 74], ['ENFILE', 23], ['ELIBMAX', 82], ['ESPIPE', 29], ['ENOLINK', 67], ['ENETRESET', 102],
  ['ETIMEDOUT', 110], ['ENOENT', 2], ['EEXIST', 17], ['EDQUOT', 122], ['ENOSTR', 60], ['EBADSLT', 57],
  ['EBADRQC', 56], ['ELIBACC', 79], ['EFAULT', 14], ['EFBIG', 27], ['EDEADLK', 35], ['ENOTCONN', 107],
  ['EDESTADDRREQ', 89], ['ELIBSCN', 81], ['ENOLCK', 37], ['EISNAM', 120], ['ECONNABORTED', 103],
  ['ENETUNREACH', 101], ['ESTALE', 116], ['ENOSR', 63], ['ENOMEM', 12], ['ENOTSOCK', 88], ['ESTRPIPE', 86],
  ['EMLINK', 31], ['ERANGE', 34], ['ELIBEXEC', 83], ['EL3HLT', 46], ['ECONNRESET', 104], ['EADDRINUSE', 98],
  ['EOPNOTSUPP', 95], ['EREMCHG', 78], ['EAGAIN', 11], ['ENAMETOOLONG', 36], ['ENOTTY', 25], ['ERESTART', 85],
  ['ESOCKTNOSUPPORT', 94], ['ETIME', 62], ['EBFONT', 59], ['EDEADLOCK', 35], ['ETOOMANYREFS', 109], ['EMFILE', 24],
  ['ETXTBSY', 26], ['EINPROGRESS', 115], ['ENXIO', 6], ['ENOPKG', 65], ['ENOMEDIUM', 123], ['EMEDIUMTYPE', 124],
  ['ECANCELED', 125], ['ENOKEY', 126], ['EKEYEXPIRED', 127], ['EKEYREVOKED', 128], ['EKEYREJECTED', 129],
  ['EOWNERDEAD', 130], ['ENOTRECOVERABLE', 131], ['ERFKILL', 132], ['ENOTSUP', 95],
] as const;

export type ErrnoName = (typeof ERRNO_NAMES)[number][0];

/** glibc's strerror texts by number; numbers it has no text for are 'Unknown error N'. */
const STRERROR: readonly (string | undefined)[] = [
  'Success', // 0
  'Operation not permitted', // 1
  'No such file or directory', // 2
  'No such process', // 3
  'Interrupted system call', // 4
  'Input/output error', // 5
  'No such device or address', // 6
  'Argument list too long', // 7
  'Exec format error', // 8
  'Bad file descriptor', // 9
  'No child processes', // 10
  'Resource temporarily unavailable', // 11
  'Cannot allocate memory', // 12
  'Permission denied', // 13
  'Bad address', // 14
  'Block device required', // 15
  'Device or resource busy', // 16
  'File exists', // 17
  'Invalid cross-device link', // 18
  'No such device', // 19
  'Not a directory', // 20
  'Is a directory', // 21
  'Invalid argument', // 22
  'Too many open files in system', // 23
  'Too many open files', // 24
  'Inappropriate ioctl for device', // 25
  'Text file busy', // 26
  'File too large', // 27
  'No space left on device', // 28
  'Illegal seek', // 29
  'Read-only file system', // 30
  'Too many links', // 31
  'Broken pipe', // 32
  'Numerical argument out of domain', // 33
  'Numerical result out of range', // 34
  'Resource deadlock avoided', // 35
  'File name too long', // 36
  'No locks available', // 37
  'Function not implemented', // 38
  'Directory not empty', // 39
  'Too many levels of symbolic links', // 40
  undefined, // 41
  'No message of desired type', // 42
  'Identifier removed', // 43
  'Channel number out of range', // 44
  'Level 2 not synchronized', // 45
  'Level 3 halted', // 46
  'Level 3 reset', // 47
  'Link number out of range', // 48
  'Protocol driver not attached', // 49
  'No CSI structure available', // 50
  'Level 2 halted', // 51
  'Invalid exchange', // 52
  'Invalid request descriptor', // 53
  'Exchange full', // 54
  'No anode', // 55
  'Invalid request code', // 56
  'Invalid slot', // 57
  undefined, // 58
  'Bad font file format', // 59
  'Device not a stream', // 60
  'No data available', // 61
  'Timer expired', // 62
  'Out of streams resources', // 63
  'Machine is not on the network', // 64
  'Package not installed', // 65
  'Object is remote', // 66
  'Link has been severed', // 67
  'Advertise error', // 68
  'Srmount error', // 69
  'Communication error on send', // 70
  'Protocol error', // 71
  'Multihop attempted', // 72
  'RFS specific error', // 73
  'Bad message', // 74
  'Value too large for defined data type', // 75
  'Name not unique on network', // 76
  'File descriptor in bad state', // 77
  'Remote address changed', // 78
  'Can not access a needed shared library', // 79
  'Accessing a corrupted shared library', // 80
  '.lib section in a.out corrupted', // 81
  'Attempting to link in too many shared libraries', // 82
  'Cannot exec a shared library directly', // 83
  'Invalid or incomplete multibyte or wide character', // 84
  'Interrupted system call should be restarted', // 85
  'Streams pipe error', // 86
  'Too many users', // 87
  'Socket operation on non-socket', // 88
  'Destination address required', // 89
  'Message too long', // 90
  'Protocol wrong type for socket', // 91
  'Protocol not available', // 92
  'Protocol not supported', // 93
  'Socket type not supported', // 94
  'Operation not supported', // 95
  'Protocol family not supported', // 96
  'Address family not supported by protocol', // 97
  'Address already in use', // 98
  'Cannot assign requested address', // 99
  'Network is down', // 100
  'Network is unreachable', // 101
  'Network dropped connection on reset', // 102
  'Software caused connection abort', // 103
  'Connection reset by peer', // 104
  'No buffer space available', // 105
  'Transport endpoint is already connected', // 106
  'Transport endpoint is not connected', // 107
  'Cannot send after transport endpoint shutdown', // 108
  'Too many references: cannot splice', // 109
  'Connection timed out', // 110
  'Connection refused', // 111
  'Host is down', // 112
  'No route to host', // 113
  'Operation already in progress', // 114
  'Operation now in progress', // 115
  'Stale file handle', // 116
  'Structure needs cleaning', // 117
  'Not a XENIX named type file', // 118
  'No XENIX semaphores available', // 119
  'Is a named type file', // 120
  'Remote I/O error', // 121
  'Disk quota exceeded', // 122
  'No medium found', // 123
  'Wrong medium type', // 124
  'Operation canceled', // 125
  'Required key not available', // 126
  'Key has expired', // 127
  'Key has been revoked', // 128
  'Key was rejected by service', // 129
  'Owner died', // 130
  'State not recoverable', // 131
  'Operation not possible due to RF-kill', // 132
  'Memory page has hardware error', // 133
];

/** strerror(n) as glibc gives it (os.strerror, OSError's strerror). */
export function strerror(n: number): string {
  return (Number.isInteger(n) && n >= 0 ? STRERROR[n] : undefined) ?? `Unknown error ${n}`;
}

const NUMBER_OF = new Map<string, number>(ERRNO_NAMES);

/** The number of an errno name (EAGAIN -> 11), or undefined. */
export function errnoNumber(name: string): number | undefined {
  return NUMBER_OF.get(name);
}
