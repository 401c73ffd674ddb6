// What differs between CPython's and tpy's runs for reasons that are not pdb's behaviour:
// the scratch folder (becomes DIR) and the debugger's own library files, whose paths and
// line numbers are the installation's (a stack entry becomes <lib>(N)function(); a
// traceback frame in them is left out).
export function normalize(text, dir) {
  return text
    .split(dir).join('DIR')
    .replace(/(^|[\s>])\/[^\s()]*\.py\(\d+\)/gm, '$1<lib>(N)')
    .replace(/^ {2}File "\/[^"]*", line \d+, in .*\n(?: {4}.*\n)*/gm, '');
}
