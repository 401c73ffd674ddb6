// When each container was made, for the order CPython's collector lists objects in.
//
// CPython's cycle collector keeps every tracked container (instances, lists, dicts, tuples,
// functions, cells, generators...) on a list in the order they were tracked, and finalises the
// objects it finds unreachable at exit in that list's order, after a first collection at
// exit reorders it (vm/gc_list_order.ts). tpy keeps no such list; instead, once a class with
// __del__ exists (the only time the order can be seen), each container's constructor notes a
// number that grows with every allocation. Containers made before then have none: they are
// older than every one that has.
//
// Until then a constructor pays one test of `stampingAllocations`. The kinds made most
// (instances, lists, dicts) keep their stamp in a field of their own, `born` (0: none); the
// others in a weak map, which costs far more per object once it holds many.

/** Whether constructors note their objects (set when the first class with __del__ appears). */
export let stampingAllocations = false;

const stamps = new WeakMap<object, number>();
let clock = 0;

/**
 * The containers made since a program imported gc, for what gc.collect() counts
 * (vm/gc_counting.ts); null when no program is counting.
 */
let counted: object[] | null = null;
/** Called when `counted` reaches this length (gc_counting.ts prunes it). */
let countedLimit = Infinity;
let onCountedFull: () => void = () => {};

export function startCountingContainers(list: object[], limit: number, full: () => void): void {
  stampingAllocations = true;
  counted = list;
  countedLimit = limit;
  onCountedFull = full;
}

export function stopCountingContainers(): void {
  counted = null;
  countedLimit = Infinity;
}

function noteCounted(o: object): void {
  counted!.push(o);
  if (counted!.length >= countedLimit) onCountedFull();
}

/** The stamp for an object with a `born` field made now (constructors call this only when stampingAllocations is set). */
export function nextStamp(o: object): number {
  if (counted !== null) noteCounted(o);
  return ++clock;
}

/** Notes `o` as made now (constructors call this only when stampingAllocations is set). */
export function stampAllocation(o: object): void {
  stamps.set(o, ++clock);
  if (counted !== null) noteCounted(o);
}

/** When `o` was made, in allocations since stamping began; undefined if before (or not a container). */
export function allocationStamp(o: object): number | undefined {
  const born = (o as { born?: number }).born;
  if (born !== undefined) return born > 0 ? born : undefined;
  return stamps.get(o);
}

export function startStampingAllocations(): void {
  stampingAllocations = true;
}
