// The standard streams' encoding and error handler, chosen as CPython 3.11's start-up does
// (preconfig_init_utf8_mode, config_init_stdio_encoding, config_get_stdio_errors).

import { existsSync } from 'node:fs';

/** What sys.stdin/sys.stdout are made with (sys.stderr takes the encoding, with 'backslashreplace'). */
export interface StdioConfig {
  encoding: string;
  errors: string;
  /** sys.flags.utf8_mode. */
  utf8Mode: boolean;
}

/** A start-up failure CPython reports as a fatal error (exit status 1). */
export class FatalStartupError extends Error {}

/**
 * The locale LC_CTYPE gets from setlocale(LC_CTYPE, ""): LC_ALL, LC_CTYPE, LANG, the first set;
 * "C" when none is, or when the one named is not installed (setlocale fails and C stays).
 */
function ctypeLocale(env: NodeJS.ProcessEnv): string {
  const name = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((v) => v !== undefined && v !== '') ?? 'C';
  return name === 'POSIX' || isCoercionTarget(name) || installed(name) ? name : 'C';
}

/** The locales PEP 538 coerces the C locale to (built into glibc, as C is). */
function isCoercionTarget(name: string): boolean {
  return name === 'C.UTF-8' || name === 'C.utf8' || name === 'UTF-8';
}

/**
 * Whether setlocale would find the locale: its directory (glibc's normalises the codeset:
 * en_US.UTF-8 is en_US.utf8; macOS keeps the name), or glibc's archive, which is not read here.
 */
function installed(name: string): boolean {
  if (name === 'C') return true;
  if (name.includes('/')) return false;
  const normalised = name.replace(/\.([^@]*)/, (_, cs: string) => '.' + cs.toLowerCase().replace(/[^a-z0-9]/g, ''));
  // DIVERGENCE: a locale in /usr/lib/locale/locale-archive is taken as installed without looking for it there.
  return existsSync(`/usr/lib/locale/${normalised}`) || existsSync(`/usr/lib/locale/${name}`) ||
    existsSync('/usr/lib/locale/locale-archive') || existsSync(`/usr/share/locale/${name}/LC_CTYPE`);
}

/** nl_langinfo(CODESET) of a locale, as Python names the codec. */
function localeEncoding(locale: string): string {
  if (locale === 'C' || locale === 'POSIX') return 'ascii';
  const m = /\.([^@]+)/.exec(locale);
  return m === null ? 'iso8859-1' : m[1];
}

/**
 * `pythonEnv` reads a PYTHON* variable (undefined when unset, empty, or under -E);
 * `xUtf8` is -X utf8's value (undefined: not given).
 */
export function stdioConfig(env: NodeJS.ProcessEnv, pythonEnv: (name: string) => string | undefined, xUtf8: boolean | undefined): StdioConfig {
  const locale = ctypeLocale(env);
  let utf8Mode = xUtf8;
  if (utf8Mode === undefined) {
    const v = pythonEnv('PYTHONUTF8');
    if (v === '1') utf8Mode = true;
    else if (v === '0') utf8Mode = false;
    else if (v !== undefined) throw new FatalStartupError('preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value\nPython runtime state: preinitializing');
  }
  // The C and POSIX locales turn UTF-8 mode on unless it was asked off (PEP 540).
  const legacy = locale === 'C' || locale === 'POSIX';
  utf8Mode ??= legacy;
  // PEP 538: unless LC_ALL names it, the C locale is coerced to C.UTF-8 (PYTHONCOERCECLOCALE=0 keeps it).
  const coerced = legacy && (env.LC_ALL ?? '') === '' && pythonEnv('PYTHONCOERCECLOCALE') !== '0' ? 'C.UTF-8' : locale;

  // PYTHONIOENCODING=encoding:errors, either part may be empty; an encoding alone means 'strict'.
  let encoding: string | undefined;
  let errors: string | undefined;
  const io = pythonEnv('PYTHONIOENCODING');
  if (io !== undefined) {
    const colon = io.indexOf(':');
    const enc = colon < 0 ? io : io.slice(0, colon);
    const err = colon < 0 ? '' : io.slice(colon + 1);
    if (enc !== '') encoding = enc;
    if (err !== '') errors = err;
    else if (enc !== '') errors = 'strict';
  }
  encoding ??= utf8Mode ? 'utf-8' : localeEncoding(coerced);
  // surrogateescape in UTF-8 mode, the C and POSIX locales and the C locale's coercion targets.
  errors ??= utf8Mode || legacy || isCoercionTarget(coerced) ? 'surrogateescape' : 'strict';
  return { encoding, errors, utf8Mode };
}
