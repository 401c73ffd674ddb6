// The C library's exp() bit for bit: glibc's x86-64 FMA variant (`__ieee754_exp_fma`),
// which CPython's math.exp calls on the machines tpy is tested on.
//
// glibc 2.28+ computes exp with the table-driven algorithm of ARM's optimized-routines
// (MIT licensed): exp(x) = 2**(k/128) * exp(r), |r| <= ln2/256, with 2**(k/128) from a
// table and exp(r) - 1 from a polynomial. It is not correctly rounded (up to 0.511 ulp),
// so a correctly rounded exp differs from it in about one result in a thousand. This file
// replays the variant as the machine code executes it: the same operations in the same
// order, with the multiply-adds the compiler fused computed as exact fused multiply-adds.
// The table is the library's `__exp_data`; libm_pow.ts shares it (pow ends in the same
// exp step).

import { f64, u32, HI, LO, fromWords, hexDoubles, hexWords, fma, fmaP } from '../float_words.js';

// __exp_data: invln2N, negln2hiN, negln2loN, poly[4], shift, exp2_shift, exp2_poly[5], then tab[256] as 64-bit words.
export const EXP_DATA =
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

export const EXP = hexDoubles(EXP_DATA.slice(0, 14 * 16));
export const INV_LN2_N = EXP[0];
export const NEG_LN2_HI_N = EXP[1];
export const NEG_LN2_LO_N = EXP[2];
export const C2 = EXP[3], C3 = EXP[4], C4 = EXP[5], C5 = EXP[6];
export const SHIFT = EXP[7];
export const EXP2_SHIFT = EXP[8];
export const E1 = EXP[9], E2 = EXP[10], E3 = EXP[11], E4 = EXP[12], E5 = EXP[13];
export const EXP_TAB = hexWords(EXP_DATA.slice(14 * 16));
export const EXP_TAIL = hexDoubles(EXP_DATA.slice(14 * 16)).filter((_, i) => i % 2 === 0);

export const TWO_1009 = fromWords(0x7f000000, 0);
export const TWO_M1022 = fromWords(0x00100000, 0);


/**
 * The last step shared with pow: 2**(k/128) * (1 + tmp) where the scale 2**(k/128) (the
 * words `sbitsHi`, `sbitsLo`, with the result's sign in the top bit) would overflow or
 * underflow as a double: scaled into range first, then back, rounding once in the
 * subnormal range (glibc's `specialcase`).
 */
export function scaleSpecial(tmp: number, sbitsHi: number, sbitsLo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    // k > 0: the result may overflow.
    const scale = fromWords((sbitsHi - (1009 << 20)) | 0, sbitsLo);
    return fma(scale, tmp, scale) * TWO_1009;
  }
  // k < 0: round once in the subnormal range.
  sbitsHi = (sbitsHi + (1022 << 20)) | 0;
  const scale = fromWords(sbitsHi, sbitsLo);
  const st = tmp * scale;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    const one = y < 0 ? -1.0 : 1.0;
    let l = scale - y + st;
    const h = y + one;
    l = one - h + y + l;
    y = h + l - one;
    if (y === 0) y = sbitsHi < 0 ? -0 : 0;
  }
  return y * TWO_M1022;
}

/** exp(x) for every double, as glibc returns it (Infinity on overflow, 0 on underflow). */
export function libmExp(x: number): number {
  f64[0] = x;
  const abstop = (u32[HI] >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) {
    // |x| < 2**-54: 1 + x rounds as exp(x) does.
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x; // +inf, nan
      return x < 0 ? 0 : Infinity;
    }
    // 512 <= |x| < 1024: the scale is computed out of range below.
    special = true;
  }
  let kd = fma(x, INV_LN2_N, SHIFT);
  f64[0] = kd;
  const ki = u32[LO];
  kd -= SHIFT;
  // NEG_LN2_HI_N has 36 significant bits and |kd| < 2**17 below 512: the product is exact, so
  // the fma is the plain sum (above, fmaP).
  const r = fma(kd, NEG_LN2_LO_N, special ? fmaP(kd, NEG_LN2_HI_N, x) : kd * NEG_LN2_HI_N + x);
  const idx = 2 * (ki & 0x7f);
  const tail = EXP_TAIL[idx / 2];
  const sbitsHi = (EXP_TAB[2 * idx + 2] + (ki << 13)) | 0;
  const sbitsLo = EXP_TAB[2 * idx + 3];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, r + tail));
  if (special) return scaleSpecial(tmp, sbitsHi, sbitsLo, ki);
  const scale = fromWords(sbitsHi, sbitsLo);
  return fma(scale, tmp, scale);
}

/**
 * exp2(x) for every double, as glibc returns it: its e_exp2.c (the same table as exp, with
 * k/128 taken from x directly), which x86-64 builds without FMA, so nothing is fused.
 */
export function libmExp2(x: number): number {
  f64[0] = x;
  const hi = u32[HI];
  const abstop = (hi >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075.0) return 0;
    }
    // |x| > 928: the scale is computed out of range below.
    special = Math.abs(x) > 928.0;
  }
  let kd = x + EXP2_SHIFT;
  f64[0] = kd;
  const ki = u32[LO];
  kd -= EXP2_SHIFT;
  const r = x - kd;
  const idx = 2 * (ki & 0x7f);
  const tail = EXP_TAIL[idx / 2];
  let sbitsHi = (EXP_TAB[2 * idx + 2] + (ki << 13)) | 0;
  const sbitsLo = EXP_TAB[2 * idx + 3];
  const r2 = r * r;
  const tmp = tail + r * E1 + r2 * (E2 + r * E3) + r2 * r2 * (E4 + r * E5);
  if (special) {
    if ((ki & 0x80000000) === 0) {
      // k > 0: the scale's exponent may have overflowed by one.
      sbitsHi = (sbitsHi - (1 << 20)) | 0;
      const scale = fromWords(sbitsHi, sbitsLo);
      return 2 * (scale + scale * tmp);
    }
    return scaleSpecial(tmp, sbitsHi, sbitsLo, ki);
  }
  const scale = fromWords(sbitsHi, sbitsLo);
  return scale + scale * tmp;
}
