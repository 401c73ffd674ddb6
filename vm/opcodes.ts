// The opcode table: numbers, names and operand kinds shared by the compiler, the eval loop and dis.
//
// Numbers and semantics follow CPython 3.7's Lib/opcode.py and ceval.c (the last
// release with the block-stack shape: SETUP_LOOP/SETUP_EXCEPT/SETUP_FINALLY,
// BREAK_LOOP, CONTINUE_LOOP, END_FINALLY, WITH_CLEANUP_*). Code is "wordcode":
// every instruction is two bytes (opcode, arg); args above 255 are prefixed by
// EXTENDED_ARG. Jump args are byte offsets: relative ones count from the next
// instruction, absolute ones from the start of co_code.

export enum Op {
  POP_TOP = 1,
  ROT_TWO = 2,
  ROT_THREE = 3,
  DUP_TOP = 4,
  DUP_TOP_TWO = 5,
  NOP = 9,
  UNARY_POSITIVE = 10,
  UNARY_NEGATIVE = 11,
  UNARY_NOT = 12,
  UNARY_INVERT = 15,
  BINARY_MATRIX_MULTIPLY = 16,
  INPLACE_MATRIX_MULTIPLY = 17,
  BINARY_POWER = 19,
  BINARY_MULTIPLY = 20,
  BINARY_MODULO = 22,
  BINARY_ADD = 23,
  BINARY_SUBTRACT = 24,
  BINARY_SUBSCR = 25,
  BINARY_FLOOR_DIVIDE = 26,
  BINARY_TRUE_DIVIDE = 27,
  INPLACE_FLOOR_DIVIDE = 28,
  INPLACE_TRUE_DIVIDE = 29,
  // Pattern matching (CPython 3.10's numbers; MATCH_CLASS and MATCH_KEYS push 3.11's result, a tuple or None).
  GET_LEN = 30,
  MATCH_MAPPING = 31,
  MATCH_SEQUENCE = 32,
  MATCH_KEYS = 33,
  COPY_DICT_WITHOUT_KEYS = 34,
  // except* (3.11's PREP_RERAISE_STAR; its CHECK_EG_MATCH, with a jump, is below).
  PREP_RERAISE_STAR = 35,
  // Coroutines (CPython 3.5's numbers; END_ASYNC_FOR is 3.8's).
  GET_AITER = 50,
  GET_ANEXT = 51,
  BEFORE_ASYNC_WITH = 52,
  END_ASYNC_FOR = 54,
  INPLACE_ADD = 55,
  INPLACE_SUBTRACT = 56,
  INPLACE_MULTIPLY = 57,
  INPLACE_MODULO = 59,
  STORE_SUBSCR = 60,
  DELETE_SUBSCR = 61,
  BINARY_LSHIFT = 62,
  BINARY_RSHIFT = 63,
  BINARY_AND = 64,
  BINARY_XOR = 65,
  BINARY_OR = 66,
  INPLACE_POWER = 67,
  GET_ITER = 68,
  GET_YIELD_FROM_ITER = 69,
  PRINT_EXPR = 70,
  LOAD_BUILD_CLASS = 71,
  YIELD_FROM = 72,
  GET_AWAITABLE = 73,
  /** assert's exception: the built-in AssertionError, whatever a global of that name holds (3.9+). */
  LOAD_ASSERTION_ERROR = 74,
  INPLACE_LSHIFT = 75,
  INPLACE_RSHIFT = 76,
  INPLACE_AND = 77,
  INPLACE_XOR = 78,
  INPLACE_OR = 79,
  BREAK_LOOP = 80,
  WITH_CLEANUP_START = 81,
  WITH_CLEANUP_FINISH = 82,
  RETURN_VALUE = 83,
  IMPORT_STAR = 84,
  SETUP_ANNOTATIONS = 85,
  YIELD_VALUE = 86,
  POP_BLOCK = 87,
  END_FINALLY = 88,
  POP_EXCEPT = 89,
  // Opcodes from here on take an argument.
  STORE_NAME = 90,
  DELETE_NAME = 91,
  UNPACK_SEQUENCE = 92,
  FOR_ITER = 93,
  UNPACK_EX = 94,
  STORE_ATTR = 95,
  DELETE_ATTR = 96,
  STORE_GLOBAL = 97,
  DELETE_GLOBAL = 98,
  ROT_N = 99,
  LOAD_CONST = 100,
  LOAD_NAME = 101,
  BUILD_TUPLE = 102,
  BUILD_LIST = 103,
  BUILD_SET = 104,
  BUILD_MAP = 105,
  LOAD_ATTR = 106,
  COMPARE_OP = 107,
  IMPORT_NAME = 108,
  IMPORT_FROM = 109,
  JUMP_FORWARD = 110,
  JUMP_IF_FALSE_OR_POP = 111,
  JUMP_IF_TRUE_OR_POP = 112,
  JUMP_ABSOLUTE = 113,
  POP_JUMP_IF_FALSE = 114,
  POP_JUMP_IF_TRUE = 115,
  LOAD_GLOBAL = 116,
  CONTINUE_LOOP = 119,
  SETUP_LOOP = 120,
  SETUP_EXCEPT = 121,
  SETUP_FINALLY = 122,
  LOAD_FAST = 124,
  STORE_FAST = 125,
  DELETE_FAST = 126,
  RAISE_VARARGS = 130,
  CALL_FUNCTION = 131,
  MAKE_FUNCTION = 132,
  BUILD_SLICE = 133,
  LOAD_CLOSURE = 135,
  LOAD_DEREF = 136,
  STORE_DEREF = 137,
  DELETE_DEREF = 138,
  CALL_FUNCTION_KW = 141,
  CALL_FUNCTION_EX = 142,
  SETUP_WITH = 143,
  EXTENDED_ARG = 144,
  LIST_APPEND = 145,
  SET_ADD = 146,
  MAP_ADD = 147,
  LOAD_CLASSDEREF = 148,
  BUILD_LIST_UNPACK = 149,
  BUILD_TUPLE_UNPACK = 152,
  BUILD_SET_UNPACK = 153,
  SETUP_ASYNC_WITH = 154,
  FORMAT_VALUE = 155,
  BUILD_CONST_KEY_MAP = 156,
  BUILD_STRING = 157,
  BUILD_TUPLE_UNPACK_WITH_CALL = 158,
  LOAD_METHOD = 160,
  CALL_METHOD = 161,
  MATCH_CLASS = 162,
  CHECK_EG_MATCH = 163,
  /** 3.9's: merges a call's ** mapping on top (popped) into the keywords dict `arg` deep, refusing repeated keys. */
  DICT_MERGE = 164,
  /** 3.9's: updates the dict `arg` deep (a display's) with the mapping on top, popped. */
  DICT_UPDATE = 165,
}

export const HAVE_ARGUMENT = 90;

/** How dis shows an instruction's argument (CPython's hasconst, hasname, hasjrel, ...). */
export enum ArgKind {
  None,
  Plain,
  Const,
  Name,
  Local,
  Free,
  Compare,
  JumpRelative,
  JumpAbsolute,
  FormatValue,
}

/** COMPARE_OP's argument: CPython 3.7's cmp_op tuple, in order. */
export const CMP_OP = ['<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not', 'exception match', 'BAD'] as const;
export enum Cmp { LT, LE, EQ, NE, GT, GE, IN, NOT_IN, IS, IS_NOT, EXC_MATCH }

/** MAKE_FUNCTION's flag bits. */
export const MAKE_FUNCTION_DEFAULTS = 0x01;
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
export const MAKE_FUNCTION_CLOSURE = 0x08;

/** FORMAT_VALUE's flag bits. */
export const FVC_MASK = 0x3;
export const FVC_NONE = 0x0;
export const FVC_STR = 0x1;
export const FVC_REPR = 0x2;
export const FVC_ASCII = 0x3;
export const FVS_HAVE_SPEC = 0x4;

export const opName: string[] = [];
export const argKind: ArgKind[] = [];
for (let i = 0; i < 256; i++) {
  opName.push(`<${i}>`);
  argKind.push(i >= HAVE_ARGUMENT ? ArgKind.Plain : ArgKind.None);
}
for (const [name, value] of Object.entries(Op)) {
  if (typeof value === 'number') opName[value] = name;
}
const kinds: [ArgKind, Op[]][] = [
  [ArgKind.Const, [Op.LOAD_CONST]],
  [ArgKind.Name, [Op.STORE_NAME, Op.DELETE_NAME, Op.STORE_ATTR, Op.DELETE_ATTR, Op.STORE_GLOBAL,
    Op.DELETE_GLOBAL, Op.LOAD_NAME, Op.LOAD_ATTR, Op.IMPORT_NAME, Op.IMPORT_FROM, Op.LOAD_GLOBAL, Op.LOAD_METHOD]],
  [ArgKind.Local, [Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST]],
  [ArgKind.Free, [Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLASSDEREF]],
  [ArgKind.Compare, [Op.COMPARE_OP]],
  [ArgKind.JumpRelative, [Op.FOR_ITER, Op.CHECK_EG_MATCH, Op.JUMP_FORWARD, Op.SETUP_LOOP, Op.SETUP_EXCEPT, Op.SETUP_FINALLY, Op.SETUP_WITH, Op.SETUP_ASYNC_WITH]],
  [ArgKind.JumpAbsolute, [Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.JUMP_ABSOLUTE,
    Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.CONTINUE_LOOP]],
  [ArgKind.FormatValue, [Op.FORMAT_VALUE]],
];
for (const [kind, ops] of kinds) for (const op of ops) argKind[op] = kind;

export function hasJump(op: number): boolean {
  return argKind[op] === ArgKind.JumpRelative || argKind[op] === ArgKind.JumpAbsolute;
}

/**
 * The net effect of an instruction on the value stack, as CPython 3.7's
 * PyCompile_OpcodeStackEffect. `jump` says which edge: true for the jump taken,
 * false for fall-through; for SETUP_* the taken edge is the handler entry.
 * Written `0 - arg`, never `-arg`: -0 is a double in V8, and one such depth made every
 * co_stacksize, and through it every Frame's base and sp, double fields (a map deprecated
 * and the functions reading them deoptimised).
 */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Op.POP_TOP: return -1;
    case Op.ROT_TWO: case Op.ROT_THREE: case Op.NOP: case Op.EXTENDED_ARG: return 0;
    case Op.DUP_TOP: return 1;
    case Op.DUP_TOP_TWO: return 2;
    case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT: return 0;
    case Op.SET_ADD: case Op.LIST_APPEND: return -1;
    case Op.MAP_ADD: return -2;
    case Op.BINARY_POWER: case Op.BINARY_MULTIPLY: case Op.BINARY_MATRIX_MULTIPLY: case Op.BINARY_MODULO:
    case Op.BINARY_ADD: case Op.BINARY_SUBTRACT: case Op.BINARY_SUBSCR: case Op.BINARY_FLOOR_DIVIDE:
    case Op.BINARY_TRUE_DIVIDE: case Op.INPLACE_FLOOR_DIVIDE: case Op.INPLACE_TRUE_DIVIDE:
    case Op.INPLACE_ADD: case Op.INPLACE_SUBTRACT: case Op.INPLACE_MULTIPLY: case Op.INPLACE_MATRIX_MULTIPLY:
    case Op.INPLACE_MODULO: case Op.BINARY_LSHIFT: case Op.BINARY_RSHIFT: case Op.BINARY_AND:
    case Op.BINARY_XOR: case Op.BINARY_OR: case Op.INPLACE_POWER: case Op.INPLACE_LSHIFT:
    case Op.INPLACE_RSHIFT: case Op.INPLACE_AND: case Op.INPLACE_XOR: case Op.INPLACE_OR:
      return -1;
    case Op.STORE_SUBSCR: return -3;
    case Op.DELETE_SUBSCR: return -2;
    case Op.GET_ITER: case Op.GET_YIELD_FROM_ITER: return 0;
    case Op.PRINT_EXPR: return -1;
    case Op.LOAD_BUILD_CLASS: return 1;
    case Op.LOAD_ASSERTION_ERROR: return 1;
    case Op.RETURN_VALUE: return -1;
    case Op.IMPORT_STAR: return -1;
    case Op.SETUP_ANNOTATIONS: return 0;
    case Op.YIELD_VALUE: return 0;
    case Op.YIELD_FROM: return -1;
    case Op.POP_BLOCK: return 0;
    case Op.POP_EXCEPT: return -3;
    case Op.END_FINALLY: return -6; // pops 1 or 6 values; the compiler budgets the worst case
    case Op.STORE_NAME: return -1;
    case Op.DELETE_NAME: return 0;
    case Op.UNPACK_SEQUENCE: return arg - 1;
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case Op.FOR_ITER: return jump ? -1 : 1;
    case Op.STORE_ATTR: return -2;
    case Op.DELETE_ATTR: return -1;
    case Op.STORE_GLOBAL: return -1;
    case Op.DELETE_GLOBAL: return 0;
    case Op.LOAD_CONST: return 1;
    case Op.LOAD_NAME: return 1;
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - arg;
    case Op.BUILD_LIST_UNPACK: case Op.BUILD_TUPLE_UNPACK: case Op.BUILD_TUPLE_UNPACK_WITH_CALL:
    case Op.BUILD_SET_UNPACK:
      return 1 - arg;
    case Op.BUILD_MAP: return 1 - 2 * arg;
    case Op.DICT_UPDATE: case Op.DICT_MERGE: return -1;
    case Op.BUILD_CONST_KEY_MAP: return 0 - arg;
    case Op.LOAD_ATTR: return 0;
    case Op.COMPARE_OP: return -1;
    case Op.IMPORT_NAME: return -1;
    case Op.IMPORT_FROM: return 1;
    case Op.JUMP_FORWARD: case Op.JUMP_ABSOLUTE: case Op.CONTINUE_LOOP: return 0;
    case Op.JUMP_IF_TRUE_OR_POP: case Op.JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: return -1;
    case Op.LOAD_GLOBAL: return 1;
    case Op.SETUP_LOOP: return 0;
    // The handler is entered with the block's 3 saved exc_info values plus the 3 of the new exception.
    case Op.SETUP_EXCEPT: case Op.SETUP_FINALLY: return jump ? 6 : 0;
    case Op.SETUP_WITH: return jump ? 6 : 1;
    case Op.WITH_CLEANUP_START: return 2;
    case Op.GET_AWAITABLE: case Op.GET_AITER: return 0;
    case Op.GET_ANEXT: case Op.BEFORE_ASYNC_WITH: return 1;
    // The handler's 6 values and the async iterator under them.
    case Op.END_ASYNC_FOR: return -7;
    // The awaited __aenter__ result is below the block's level: the handler gets 6 values in its place.
    case Op.SETUP_ASYNC_WITH: return jump ? 5 : 0;
    case Op.WITH_CLEANUP_FINISH: return -3;
    case Op.BREAK_LOOP: return 0;
    case Op.LOAD_FAST: return 1;
    case Op.STORE_FAST: return -1;
    case Op.DELETE_FAST: return 0;
    case Op.RAISE_VARARGS: return 0 - arg;
    case Op.CALL_FUNCTION: return 0 - arg;
    case Op.CALL_METHOD: return -1 - arg;
    case Op.CALL_FUNCTION_KW: return -1 - arg;
    case Op.CALL_FUNCTION_EX: return -1 - ((arg & 0x01) !== 0 ? 1 : 0);
    case Op.LOAD_METHOD: return 1;
    case Op.MAKE_FUNCTION: return -1 - (arg & 1 ? 1 : 0) - (arg & 2 ? 1 : 0) - (arg & 4 ? 1 : 0) - (arg & 8 ? 1 : 0);
    case Op.BUILD_SLICE: return arg === 3 ? -2 : -1;
    case Op.LOAD_CLOSURE: case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: return 1;
    case Op.STORE_DEREF: return -1;
    case Op.DELETE_DEREF: return 0;
    case Op.GET_LEN: case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: case Op.MATCH_KEYS: return 1;
    case Op.COPY_DICT_WITHOUT_KEYS: case Op.ROT_N: return 0;
    case Op.MATCH_CLASS: return -2;
    // [exc, type] -> [rest, match], or [exc] and the jump when nothing matches.
    case Op.CHECK_EG_MATCH: return jump ? -1 : 0;
    // [tb, orig, raised] -> [None] or [tb, exc, type]: the worst case keeps three.
    case Op.PREP_RERAISE_STAR: return 0;
    case Op.FORMAT_VALUE: return (arg & FVS_HAVE_SPEC) === FVS_HAVE_SPEC ? -1 : 0;
    default:
      throw new Error(`stackEffect: unknown opcode ${op}`);
  }
}
