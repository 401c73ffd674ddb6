// The C library's pow() bit for bit: glibc's x86-64 FMA variant, which CPython calls on the machines tpy is tested on.
//
// CPython's float ** float ends in libm's pow(), which is not correctly rounded (up to
// 0.52 ulp), and V8's Math.pow differs from it in about one result in ten. So this file
// replays glibc 2.28+'s pow (the table-driven algorithm of ARM's optimized-routines, MIT
// licensed) as its `__ieee754_pow_fma` variant executes it on x86-64 CPUs with FMA and
// AVX2: the same operations in the same order, with the multiply-adds the compiler fused
// computed as exact fused multiply-adds. The tables are the values of the library's
// `__pow_log_data` and `__exp_data`. (On a CPU without FMA, glibc runs the other variant,
// which can differ in the last bit in rare cases.)

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Index of the high/low 32-bit word of a double in `u32` (little-endian hosts: 1 and 0).
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function fromWords(hi: number, lo: number): number {
  u32[HI] = hi;
  u32[LO] = lo;
  return f64[0];
}

function hexDoubles(hex: string): Float64Array {
  const out = new Float64Array(hex.length / 16);
  for (let i = 0; i < out.length; i++) {
    out[i] = fromWords(Number.parseInt(hex.slice(i * 16, i * 16 + 8), 16), Number.parseInt(hex.slice(i * 16 + 8, i * 16 + 16), 16));
  }
  return out;
}

function hexWords(hex: string): Uint32Array {
  const out = new Uint32Array(hex.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}

const SPLIT = 134217729; // 2**27 + 1, Dekker's splitter

/**
 * fma(a, b, c) = a*b + c rounded once, for finite operands whose product neither
 * overflows nor underflows: Dekker's exact product, then Boldo and Melquiond's
 * emulation (the low parts are added with rounding to odd, the last addition rounds
 * to nearest).
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  // c + p = s + sl exactly.
  const s = c + p;
  const sb = s - c;
  const sl = c - (s - sb) + (p - sb);
  // v = round-to-odd(sl + e).
  let v = sl + e;
  const vb = v - sl;
  const ve = sl - (v - vb) + (e - vb);
  if (ve !== 0) {
    f64[0] = v;
    if ((u32[LO] & 1) === 0) {
      // Step one ulp toward the exact sum: away from zero when the error has v's sign.
      const away = (ve > 0) === (v > 0);
      let lo = u32[LO];
      let hi = u32[HI];
      if (away) {
        lo = (lo + 1) >>> 0;
        if (lo === 0) hi = (hi + 1) >>> 0;
      } else {
        if (lo === 0) hi = (hi - 1) >>> 0;
        lo = (lo - 1) >>> 0;
      }
      v = fromWords(hi, lo);
    }
  }
  return s + v;
}

// __pow_log_data: ln2hi, ln2lo, poly[7], then 128 entries of (invc, pad, logc, logctail).
const POW_LOG_DATA =
  '3fe62e42fefa38003d2ef35793c76730bfe0000000000000bfe55555555555603fe00000000000063fe999999959554e' +
  'bfe555555529a47abff2495b9b4845e93ff0002b8b263fc33ff6a000000000000000000000000000bfd62c82f2b9c800' +
  '3cfab424283756803ff68000000000000000000000000000bfd5d1bdbf580800bd1ca508d8e0f7203ff6600000000000' +
  '0000000000000000bfd5767717455800bd2362a4d5b6506d3ff64000000000000000000000000000bfd51aad872df800' +
  'bce684e49eb067d53ff62000000000000000000000000000bfd4be5f95777800bd041b6993293ee03ff6000000000000' +
  '0000000000000000bfd4618bc21c60003d13d82f484c84cc3ff5e000000000000000000000000000bfd404308686a800' +
  '3cdc42f3ed820b3a3ff5c000000000000000000000000000bfd3a64c556948003d20b1c6865194603ff5a00000000000' +
  '0000000000000000bfd347dd9a9880003d25594dd4c580923ff58000000000000000000000000000bfd2e8e2bae12000' +
  '3d267b1e99b72bd83ff56000000000000000000000000000bfd2895a13de88003d15ca14b6cfb03f3ff5600000000000' +
  '0000000000000000bfd2895a13de88003d15ca14b6cfb03f3ff54000000000000000000000000000bfd22941fbcf7800' +
  'bd165a242853da763ff52000000000000000000000000000bfd1c898c1699800bd1fafbc68e754043ff5000000000000' +
  '0000000000000000bfd1675cababa8003d1f1fc63382a8f03ff4e000000000000000000000000000bfd1058bf9ae4800' +
  'bd26a8c4fd055a663ff4c000000000000000000000000000bfd0a324e2739000bd0c6bee7ef4030e3ff4a00000000000' +
  '0000000000000000bfd0402594b4d000bcf036b89ef42d7f3ff4a000000000000000000000000000bfd0402594b4d000' +
  'bcf036b89ef42d7f3ff48000000000000000000000000000bfcfb9186d5e40003d0d572aab993c873ff4600000000000' +
  '0000000000000000bfcef0adcbdc60003d2b26b79c86af243ff44000000000000000000000000000bfce27076e2af000' +
  'bd172f4f543fff103ff42000000000000000000000000000bfcd5c216b4fc0003d21ba91bbca681b3ff4000000000000' +
  '0000000000000000bfcc8ff7c79aa0003d27794f689f84343ff40000000000000000000000000000bfcc8ff7c79aa000' +
  '3d27794f689f84343ff3e000000000000000000000000000bfcbc286742d90003d194eb0318bb78f3ff3c00000000000' +
  '0000000000000000bfcaf3c94e80c0003cba4e633fcd90663ff3a000000000000000000000000000bfca23bc1fe2b000' +
  'bd258c64dc46c1ea3ff3a000000000000000000000000000bfca23bc1fe2b000bd258c64dc46c1ea3ff3800000000000' +
  '0000000000000000bfc9525a9cf45000bd2ad1d904c1d4e33ff36000000000000000000000000000bfc87fa06520d000' +
  '3d2bbdbf7fdbfa093ff34000000000000000000000000000bfc7ab890210e0003d2bdb9072534a583ff3400000000000' +
  '0000000000000000bfc7ab890210e0003d2bdb9072534a583ff32000000000000000000000000000bfc6d60fe719d000' +
  'bd10e46aa3b2e2663ff30000000000000000000000000000bfc5ff3070a79000bd1e9e439f1050393ff3000000000000' +
  '0000000000000000bfc5ff3070a79000bd1e9e439f1050393ff2e000000000000000000000000000bfc526e5e3a1b000' +
  'bd20de8b90075b8f3ff2c000000000000000000000000000bfc44d2b6ccb80003d170cc16135783c3ff2c00000000000' +
  '0000000000000000bfc44d2b6ccb80003d170cc16135783c3ff2a000000000000000000000000000bfc371fc201e9000' +
  '3cf178864d27543a3ff28000000000000000000000000000bfc29552f81ff000bd248d301771c4083ff2600000000000' +
  '0000000000000000bfc1b72ad52f6000bd2e80a41811a3963ff26000000000000000000000000000bfc1b72ad52f6000' +
  'bd2e80a41811a3963ff24000000000000000000000000000bfc0d77e7cd090003d0a699688e85bf43ff2400000000000' +
  '0000000000000000bfc0d77e7cd090003d0a699688e85bf43ff22000000000000000000000000000bfbfec9131dbe000' +
  'bd2575545ca333f23ff20000000000000000000000000000bfbe27076e2b00003d2a342c2af0003c3ff2000000000000' +
  '0000000000000000bfbe27076e2b00003d2a342c2af0003c3ff1e000000000000000000000000000bfbc5e548f5bc000' +
  'bd1d0c57585fbe063ff1c000000000000000000000000000bfba926d3a4ae0003d253935e85baac83ff1c00000000000' +
  '0000000000000000bfba926d3a4ae0003d253935e85baac83ff1a000000000000000000000000000bfb8c345d631a000' +
  '3d137c294d2f56683ff1a000000000000000000000000000bfb8c345d631a0003d137c294d2f56683ff1800000000000' +
  '0000000000000000bfb6f0d28ae56000bd269737c93373da3ff16000000000000000000000000000bfb51b073f062000' +
  '3d1f025b61c65e573ff16000000000000000000000000000bfb51b073f0620003d1f025b61c65e573ff1400000000000' +
  '0000000000000000bfb341d7961be0003d2c5edaccf913df3ff14000000000000000000000000000bfb341d7961be000' +
  '3d2c5edaccf913df3ff12000000000000000000000000000bfb16536eea380003d147c5e768fa3093ff1000000000000' +
  '0000000000000000bfaf0a30c01180003d2d599e83368e913ff10000000000000000000000000000bfaf0a30c0118000' +
  '3d2d599e83368e913ff0e000000000000000000000000000bfab42dd711980003d1c827ae5d6704c3ff0e00000000000' +
  '0000000000000000bfab42dd711980003d1c827ae5d6704c3ff0c000000000000000000000000000bfa77458f632c000' +
  'bd2cfc4634f2a1ee3ff0c000000000000000000000000000bfa77458f632c000bd2cfc4634f2a1ee3ff0a00000000000' +
  '0000000000000000bfa39e87b9fec0003cf502b7f526feaa3ff0a000000000000000000000000000bfa39e87b9fec000' +
  '3cf502b7f526feaa3ff08000000000000000000000000000bf9f829b0e780000bd2980267c7e09e43ff0800000000000' +
  '0000000000000000bf9f829b0e780000bd2980267c7e09e43ff06000000000000000000000000000bf97b91b07d58000' +
  'bd288d5493faa6393ff04000000000000000000000000000bf8fc0a8b0fc0000bcdf1e7cf6d3a69c3ff0400000000000' +
  '0000000000000000bf8fc0a8b0fc0000bcdf1e7cf6d3a69c3ff02000000000000000000000000000bf7fe02a6b100000' +
  'bd19e23f0dda40e43ff02000000000000000000000000000bf7fe02a6b100000bd19e23f0dda40e43ff0000000000000' +
  '0000000000000000000000000000000000000000000000003ff000000000000000000000000000000000000000000000' +
  '00000000000000003fefc0000000000000000000000000003f80101575890000bd10c76b999d2be83fef800000000000' +
  '00000000000000003f90205658938000bd23dc5b06e2f7d23fef40000000000000000000000000003f98492528c90000' +
  'bd2aa0ba325a0c343fef00000000000000000000000000003fa0415d89e740003d0111c05cf1d7533feec00000000000' +
  '00000000000000003fa466aed42e0000bd2c167375bdfd283fee80000000000000000000000000003fa894aa149fc000' +
  'bd197995d05a267d3fee40000000000000000000000000003faccb73cdddc000bd1a68f247d828073fee200000000000' +
  '00000000000000003faeea31c006c000bd0e113e4fc93b7b3fede0000000000000000000000000003fb1973bd1466000' +
  'bd25325d560d9e9b3feda0000000000000000000000000003fb3bdf5a7d1e0003d2cc85ea5db4ed73fed600000000000' +
  '00000000000000003fb5e95a4d97a000bd2c69063c5d1d1e3fed40000000000000000000000000003fb700d30aeac000' +
  '3cec1e8da99ded323fed00000000000000000000000000003fb9335e5d5940003d23115c3abd47da3fecc00000000000' +
  '00000000000000003fbb6ac88dad6000bd1390802bf768e53feca0000000000000000000000000003fbc885801bc4000' +
  '3d2646d1c65aacd33fec60000000000000000000000000003fbec739830a2000bd2dc068afe645e03fec400000000000' +
  '00000000000000003fbfe89139dbe000bd2534d64fa10afd3fec00000000000000000000000000003fc1178e8227e000' +
  '3d21ef78ce2d07f23febe0000000000000000000000000003fc1aa2b7e23f0003d2ca78e443899343feba00000000000' +
  '00000000000000003fc2d1610c8680003d039d6ccb81b4a13feb80000000000000000000000000003fc365fcb0159000' +
  '3cc62fa8234b72893feb40000000000000000000000000003fc4913d8333b0003d25837954fdb6783feb200000000000' +
  '00000000000000003fc527e5e4a1b0003d2633e8e5697dc73feae0000000000000000000000000003fc6574ebe8c1000' +
  '3d19cf8b2c3c2e783feac0000000000000000000000000003fc6f0128b757000bd25118de59c21e13feaa00000000000' +
  '00000000000000003fc7898d85445000bd1c6610709143053fea60000000000000000000000000003fc8beafeb390000' +
  'bd073d54aae92cd13fea40000000000000000000000000003fc95a5adcf700003d07f22858a0ff6f3fea000000000000' +
  '00000000000000003fca93ed3c8ae000bd287243505621693fe9e0000000000000000000000000003fcb31d8575bd000' +
  'bd0c358d4eace1aa3fe9c0000000000000000000000000003fcbd087383be000bd2d4bc4595412b63fe9a00000000000' +
  '00000000000000003fcc6ffbc6f01000bcf1ec72c5962bd23fe960000000000000000000000000003fcdb13db0d49000' +
  'bd2aff2af715b0353fe940000000000000000000000000003fce530effe710003cc212276041f4303fe9200000000000' +
  '00000000000000003fcef5ade4dd0000bcca211565bb8e113fe900000000000000000000000000003fcf991c6cb3b000' +
  '3d1bcbecca0cdf303fe8c0000000000000000000000000003fd07138604d58003cf89cdb16ed4e913fe8a00000000000' +
  '00000000000000003fd0c42d676160003d27188b163ceae93fe880000000000000000000000000003fd1178e8227e800' +
  'bd2c210e63a5f01c3fe860000000000000000000000000003fd16b5ccbacf8003d2b9acdf7a516813fe8400000000000' +
  '00000000000000003fd1bf99635a68003d2ca6ed5147bdb73fe820000000000000000000000000003fd214456d0eb800' +
  '3d0a87deba46baea3fe7e0000000000000000000000000003fd2bef07cdc90003d2a9cfa4a5004f43fe7c00000000000' +
  '00000000000000003fd314f1e1d36000bd28e27ad3213cb83fe7a0000000000000000000000000003fd36b6776be1000' +
  '3d116ecdb0f177c83fe780000000000000000000000000003fd3c252773330003d183b54b606bd5c3fe7600000000000' +
  '00000000000000003fd419b423d5e8003d08e436ec90e09d3fe740000000000000000000000000003fd4718dc271c800' +
  'bd2f27ce0967d6753fe720000000000000000000000000003fd4c9e09e173000bd2e20891b0ad8a43fe7000000000000' +
  '00000000000000003fd522ae0738a0003d2ebe708164c7593fe6e0000000000000000000000000003fd57bf753c8d000' +
  '3d1fadedee5d40ef3fe6c0000000000000000000000000003fd5d5bddf596000bd0a0b2a08a465dc';
// __exp_data: invln2N, negln2hiN, negln2loN, poly[4], shift, exp2_shift, exp2_poly[5], then tab[256] as 64-bit words.
const EXP_DATA =
  '40671547652b82febf762e42fefa0000bd0cf79abc9e3b3a3fdffffffffffdbd3fc555555555543c3fa55555cf172b91' +
  '3f81111167a4d017433800000000000042c80000000000003fe62e42fefa39ef3fcebfbdff82c4243fac6b08d70cf4b5' +
  '3f83b2abd24650cc3f55d7e09b4e3a8400000000000000003ff00000000000003c9b3b4f1a88bf6e3feff63da9fb3335' +
  'bc7160139cd8dc5d3fefec9a3e778061bc905e7a108766d13fefe315e86e7f853c8cd2523567f6133fefd9b0d3158574' +
  'bc8bce8023f98efa3fefd06b29ddf6de3c60f74e61e6c8613fefc74518759bc83c90a3e45b33d3993fefbe3ecac6f383' +
  '3c979aa65d837b6d3fefb5586cf9890f3c8eb51a92fdeffc3fefac922b7247f73c3ebe3d702f9cd13fefa3ec32d3d1a2' +
  'bc6a033489906e0b3fef9b66affed31bbc9556522a2fbd0e3fef9301d0125b51bc5080ef8c4eea553fef8abdc06c31cc' +
  'bc91c923b9d5f4163fef829aaea92de03c80d3e3e95c55af3fef7a98c8a58e51bc801b15eaa593483fef72b83c7d517b' +
  'bc8f1ff055de323d3fef6af9388c8dea3c8b898c3f1353bf3fef635beb6fcb75bc96d99c7611eb263fef5be084045cd4' +
  '3c9aecf73e3a2f603fef54873168b9aabc8fe782cb86389d3fef4d5022fcd91d3c8a6f4144a6c38d3fef463b88628cd6' +
  '3c807a05b0e4047d3fef3f49917ddc963c968efde3a8a8943fef387a6e7562383c875e18f274487d3fef31ce4fb2a63f' +
  '3c80472b981fe7f23fef2b4565e27cddbc96b87b3f71085e3fef24dfe1f563813c82f7e16d09ab313fef1e9df51fdee1' +
  'bc3d219b1a6fbffa3fef187fd0dad9903c8b3782720c0ab43fef1285a6e4030b3c6e149289cecb8f3fef0cafa93e2f56' +
  '3c834d754db0abb63fef06fe0a31b7153c864201e2ac744c3fef0170fc4cd8313c8fdd395dd3f84a3feefc08b26416ff' +
  'bc86a3803b8e5b043feef6c55f929ff1bc924aedcc4b50683feef1a7373aa9cbbc9907f81b512d8e3feeecae6d05d866' +
  'bc71d1e83e9436d23feee7db34e59ff7bc991919b3ce1b153feee32dc313a8e53c859f48a72a4c6d3feedea64c123422' +
  'bc9312607a28698a3feeda4504ac801cbc58a78f4817895b3feed60a21f72e2abc7c2c9b67499a1b3feed1f5d950a897' +
  '3c4363ed60c2ac113feece086061892d3c9666093b0664ef3feeca41ed1d00573c6ecce1daa103793feec6a2b5c13cd0' +
  '3c93ff8e3f0f12303feec32af0d7d3de3c7690cebb7aafb03feebfdad5362a273c931dbdeb54e0773feebcb299fddd0d' +
  'bc8f94340071a38e3feeb9b2769d2ca7bc87deccdc93a3493feeb6daa2cf6642bc78dec6bd0f385f3feeb42b569d4f82' +
  'bc861246ec7b5cf63feeb1a4ca5d920f3c93350518fdd78e3feeaf4736b527da3c7b98b72f8a9b053feead12d497c7fd' +
  '3c9063e1e21c54093feeab07dd4854293c34c7855019c6ea3feea9268a5946b73c9432e62b64c0353feea76f15ad2148' +
  'bc8ce44a6199769f3feea5e1b976dc09bc8c33c53bef4da83feea47eb03a5585bc845378892be9ae3feea34634ccc320' +
  'bc93cedd785658583feea238825522253c5710aa807e19643feea155d44ca973bc93b3efbf5e22283feea09e667f3bcd' +
  'bc6a12ad8734b9823feea012750bdabfbc6367efb86da9ee3fee9fb23c651a2fbc80dc3d54e088513fee9f7df9519484' +
  'bc781f647e5a3ecf3fee9f75e8ec5f74bc86ee4ac08b7db03fee9f9a48a58174bc8619321e55e68a3fee9feb564267c9' +
  '3c909ccb5e09d4d33feea0694fde5d3fbc7b32dcb94da51d3feea11473eb01873c94ecfd5467c06b3feea1ed0130c132' +
  '3c65ebe1abd66c553feea2f336cf4e62bc88a1c52fb3cf423feea427543e1a12bc9369b6f13b37343feea589994cce13' +
  'bc805e843a19ff1e3feea71a4623c7adbc94d450d872576e3feea8d99b4492ed3c90ad675b0e8a003feeaac7d98a6699' +
  '3c8db72fc1f0eab43feeace5422aa0dbbc65b6609cc5e7ff3feeaf3216b5448c3c7bf68359f35f443feeb1ae99157736' +
  'bc93091fa71e3d833feeb45b0b91ffc6bc5da9b88b6c1e293feeb737b0cdc5e5bc6c23f97c90b9593feeba44cbc8520f' +
  'bc92434322f4f9aa3feebd829fde4e50bc85ca6cd7668e4b3feec0f170ca07ba3c71affc2b91ce273feec49182a3f090' +
  '3c6dd235e10a73bb3feec86319e32323bc87c504226222633feecc667b5de5653c8b1c86e3e231d53feed09bec4a2d33' +
  'bc91bbd1d3bcbb153feed503b23e255d3c90cc319cee31d23feed99e1330b3583c8469846e735ab33feede6b5579fdbf' +
  'bc82dfcd978e9db43feee36bbfd3f37a3c8c1a7792cb33873feee89f995ad3adbc907b8f4ad1d9fa3feeee07298db666' +
  'bc55c3d956dcaeba3feef3a2b84f15fbbc90a40e3da6f6403feef9728de5593abc68d6f438ad93343feeff76f2fb5e47' +
  'bc91eee26b588a353fef05b030a1064a3c74ffd70a5fddcd3fef0c1e904bc1d2bc91bdfbfa9298ac3fef12c25bd71e09' +
  '3c736eae30af0cb33fef199bdd85529c3c8ee3325c9ffd943fef20ab5fffd07a3c84e08fd10959ac3fef27f12e57d14b' +
  '3c63cdaf384e1a673fef2f6d9406e7b53c676b2c6c9219683fef3720dcef9069bc808a1883ccb5d23fef3f0b555dc3fa' +
  'bc8fad5d3ffffa6f3fef472d4a07897cbc900dae3875a9493fef4f87080d89f23c74a385a63d07a73fef5818dcfba487' +
  'bc82919e2040220f3fef60e316c983983c8e5a50d5c192ac3fef69e603db32853c843a59ac016b4b3fef7321f301b460' +
  'bc82d52107b43e1f3fef7c97337b9b5fbc892ab93b470dc93fef864614f5a1293c74b604603a88d33fef902ee78b3ff6' +
  '3c83c5ec519d72713fef9a51fbc74c83bc8ff7128fd391f03fefa4afa2a490dabc8dae98e223747d3fefaf482d8e67f1' +
  '3c8ec3bc41aa20083fefba1bee615a273c842b94c3a9eb323fefc52b376bba973c8a64a931d185ee3fefd0765b6e4540' +
  'bc8e37bae43be3ed3fefdbfdad9cbe143c77893b4d91cd9d3fefe7c1819e90d83c5305c14160cc893feff3c22b8f71f1';

const LOG = hexDoubles(POW_LOG_DATA);
const LN2HI = LOG[0];
const LN2LO = LOG[1];
const A0 = LOG[2], A1 = LOG[3], A2 = LOG[4], A3 = LOG[5], A4 = LOG[6], A5 = LOG[7], A6 = LOG[8];
const TAB = 9;

const EXP = hexDoubles(EXP_DATA.slice(0, 14 * 16));
const INV_LN2_N = EXP[0];
const NEG_LN2_HI_N = EXP[1];
const NEG_LN2_LO_N = EXP[2];
const C2 = EXP[3], C3 = EXP[4], C4 = EXP[5], C5 = EXP[6];
const SHIFT = EXP[7];
const EXP_TAB = hexWords(EXP_DATA.slice(14 * 16));
const EXP_TAIL = hexDoubles(EXP_DATA.slice(14 * 16)).filter((_, i) => i % 2 === 0);

const TWO_52 = 4503599627370496;
const TWO_1009 = fromWords(0x7f000000, 0);
const TWO_M1022 = fromWords(0x00100000, 0);

/**
 * pow(x, y) for finite x > 0 with x != 1 and finite y != 0 (float_pow has already
 * dealt with every other case). Returns Infinity when the result overflows, and 0 when
 * it underflows completely, as glibc does (with ERANGE, which CPython turns into
 * OverflowError for the first only).
 */
export function libmPow(x: number, y: number): number {
  f64[0] = y;
  const topy = (u32[HI] >>> 20) & 0x7ff;
  if (topy - 0x3be >= 0x43e - 0x3be || topy < 0x3be) {
    // |y| < 2**-65: x**y is 1 +- a tiny amount; |y| >= 2**63: certain overflow or underflow.
    if (topy < 0x3be) return x > 1 ? 1.0 + y : 1.0 - y;
    return (x > 1) === (y > 0) ? Infinity : 0;
  }
  f64[0] = x;
  let ixHi = u32[HI];
  let ixLo = u32[LO];
  if (ixHi >>> 20 === 0) {
    // Subnormal x: normalise, letting the exponent go negative.
    f64[0] = x * TWO_52;
    ixHi = (u32[HI] - (52 << 20)) | 0;
    ixLo = u32[LO];
  }

  // log(x) = hi + lo (log_inline).
  const tmpHi = (ixHi - 0x3fe69555) | 0;
  const i = (tmpHi >>> 13) & 0x7f;
  const kd = tmpHi >> 20;
  const z = fromWords((ixHi - (tmpHi & 0xfff00000)) | 0, ixLo);
  const invc = LOG[TAB + 4 * i];
  const logc = LOG[TAB + 4 * i + 2];
  const logctail = LOG[TAB + 4 * i + 3];
  const t1 = fma(kd, LN2HI, logc);
  const lo1 = fma(kd, LN2LO, logctail);
  const r = fma(z, invc, -1.0);
  const ar = r * A0;
  const q1 = fma(r, A2, A1);
  const q2 = fma(r, A4, A3);
  const t2 = r + t1;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo2 = t1 - t2 + r;
  const q3 = fma(r, A6, A5);
  const hi0 = t2 + ar2;
  const lo4 = t2 - hi0 + ar2;
  const q = fma(ar2, fma(q3, ar2, q2), q1);
  const lo0 = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const hi = hi0 + lo0;
  const lo = hi0 - hi + lo0;

  // y * log(x) = ehi + elo.
  const ehi = y * hi;
  const elo = fma(y, lo, fma(hi, y, -ehi));

  // exp(ehi + elo) (exp_inline).
  f64[0] = ehi;
  const abstop = (u32[HI] >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + ehi;
    if (abstop >= 0x409) return ehi < 0 ? 0 : Infinity;
    special = true;
  }
  let k = fma(ehi, INV_LN2_N, SHIFT);
  f64[0] = k;
  const ki = u32[LO];
  k -= SHIFT;
  const rr = fma(k, NEG_LN2_LO_N, fma(k, NEG_LN2_HI_N, ehi)) + elo;
  const idx = 2 * (ki & 0x7f);
  const tail = EXP_TAIL[idx / 2];
  let sbitsHi = (EXP_TAB[2 * idx + 2] + (ki << 13)) | 0;
  const sbitsLo = EXP_TAB[2 * idx + 3];
  const r2 = rr * rr;
  const tmp = fma(fma(rr, C5, C4), r2 * r2, fma(fma(rr, C3, C2), r2, rr + tail));
  if (!special) {
    const scale = fromWords(sbitsHi, sbitsLo);
    return fma(tmp, scale, scale);
  }
  if ((ki & 0x80000000) === 0) {
    // k > 0: the result may overflow.
    const scale = fromWords((sbitsHi - (1009 << 20)) | 0, sbitsLo);
    return fma(scale, tmp, scale) * TWO_1009;
  }
  // k < 0: round once in the subnormal range.
  sbitsHi = (sbitsHi + (1022 << 20)) | 0;
  const scale = fromWords(sbitsHi, sbitsLo);
  const st = tmp * scale;
  let yv = scale + st;
  if (Math.abs(yv) < 1.0) {
    const one = yv < 0 ? -1.0 : 1.0;
    let l = scale - yv + st;
    const h = yv + one;
    l = one - h + yv + l;
    yv = h + l - one;
    if (yv === 0) yv = sbitsHi < 0 ? -0 : 0;
  }
  return yv * TWO_M1022;
}

/**
 * pow(x, 0.5) for finite x > 0, through the correctly rounded Math.sqrt when that is
 * provably what glibc's pow returns. glibc's pow is within 0.54 ulp of the exact value
 * (its exp step 0.509 ulp; the log's relative error, 1.3 * 2**-68, adds almost nothing
 * for y = 0.5): before the final rounding it is off by under 0.01 ulp. So whenever
 * sqrt(x) lies within 0.48 ulp of s = Math.sqrt(x) (not near the midpoint to a
 * neighbour), pow rounds to s too. The distance comes from the exact residual
 * x - s*s (Dekker's product); the rare cases near a midpoint take libmPow.
 */
export function powHalf(x: number): number {
  const s = Math.sqrt(x);
  f64[0] = s;
  const e = (u32[HI] >>> 20) & 0x7ff;
  // s*s and the product terms far from underflow and overflow; ulp(s) = 2**(e - 1075).
  if (e > 600 && e < 1450) {
    const p = s * s;
    let t = SPLIT * s;
    const sh = t - (t - s);
    const sl = s - sh;
    const err = sh * sh - p + 2 * sh * sl + sl * sl;
    // x - s*s, exact up to the last rounding (x - p is exact: p is within a factor 2 of x).
    const residual = x - p - err;
    t = fromWords((e - 52) << 20, 0);
    // sqrt(x) - s = residual / (sqrt(x) + s), about residual / 2s; in ulps of s:
    if (Math.abs(residual) < 0.96 * s * t) return s;
  }
  return libmPow(x, 0.5);
}
