// The pseudo-opcode of traced bytecode (never in co_code): every slot of tracedWords(code)
// (vm/hooks.ts) is TRACE_OP, and some of watchWords(code) (vm/watch_words.ts); its handler
// reports the instruction in the real words at the same index, then executes it. Frames
// switch to these words only while a hook or the finaliser watch is on, so other code pays
// nothing per instruction.
//
// An enum member, not a const: the bundler writes enum values into the eval loop's `case`
// labels as literals, and V8 compiles a switch to a jump table only when every label is a
// literal (otherwise it tests the cases one after another).

export enum PseudoOp {
  TRACE_OP = 0,
}
