// The C library's log() and log2() bit for bit: glibc's x86-64 FMA variants
// (`__ieee754_log_fma`, `__log2_fma`), which CPython's math.log and math.log2 call on the
// machines tpy is tested on (log10 is built on log).
//
// glibc 2.28+ computes log with the table-driven algorithm of ARM's optimized-routines
// (MIT licensed): for x = 2**k * z, log(x) = k*ln2 + log(c) + log1p(z/c - 1), with c near
// z and 1/c, log(c) from a table, and a polynomial for log1p; inputs near 1 take a longer
// polynomial instead. It is not correctly rounded (up to 0.52 ulp). This file replays the
// variant as the machine code executes it: the same operations in the same order, with the
// multiply-adds the compiler fused computed as exact fused multiply-adds. The tables are the
// library's `__log_data` and `__log2_data`.

import { f64, u32, HI, LO, fromWords, hexDoubles, fma, fmaP, fmaC, productError, TWO_52 } from '../float_words.js';

// __log_data: ln2hi, ln2lo, poly[5], poly1[11], then 128 entries of (invc, logc) (and the
// 128 (chi, clo) entries only the variant without FMA uses, left out).
export const LOG_DATA =
  '3fe62e42fefa38003d2ef35793c76730bfe00000000000013fd555555551305bbfcfffffffeb45903fc999b324f10111' +
  'bfc55575e506c89fbfe00000000000003fd5555555555577bfcffffffffffdcb3fc999999995dd0cbfc55555556745a7' +
  '3fc24924a344de30bfbfffffa4423d653fbc7184282ad6cabfb999eb43b068ff3fb78182f7afd085bfb5521375d145cd' +
  '3ff734f0c3e0de9fbfd7cc7f79e690003ff713786a2ce91fbfd76feec20d00003ff6f26008fab5a0bfd713e31351e000' +
  '3ff6d1a61f138c7dbfd6b85b382878003ff6b1490bc5b4d1bfd65d55908078003ff69147332f0cbabfd602d076180000' +
  '3ff6719f18224223bfd5a8ca869090003ff6524f99a51ed9bfd54f43560350003ff63356aa8f24c4bfd4f637c36b4000' +
  '3ff614b36b9ddc14bfd49da7fda850003ff5f66452c65c4cbfd445923989a8003ff5d867b5912c4fbfd3edf439b0b800' +
  '3ff5babccb5b90debfd396ce448f70003ff59d61f2d91a78bfd3401e17bda0003ff5805612465687bfd2e9e2ef468000' +
  '3ff56397cee76bd3bfd2941b3830e0003ff54725e2a77f93bfd23ec58cda88003ff52aff42064583bfd1e9e129279000' +
  '3ff50f22dbb2bddfbfd1956d2b48f8003ff4f38f4734ded7bfd141679ab9f8003ff4d843cfde2840bfd0edd094ef9800' +
  '3ff4bd3ec078a3c8bfd09aa518db10003ff4a27fc3e0258abfd047e65263b8003ff4880524d48434bfcfeb224586f000' +
  '3ff46dce1b192d0bbfcf474a7517b0003ff453d9d3391854bfcea4443d1030003ff43a2744b4845abfce020d44e9b000' +
  '3ff420b54115f8fbbfcd60a22977f0003ff40782da3ef4b1bfccc001049590003ff3ee8f5d57fe8fbfcc202956891000' +
  '3ff3d5d9a00b4ce9bfcb81178d8110003ff3bd60c010c12bbfcae2c9ccd3d0003ff3a5242b75dab8bfca45402e129000' +
  '3ff38d22cd9fd002bfc9a877681df0003ff3755bc5847a1cbfc90c6d694830003ff35dce49ad36e2bfc87120a645c000' +
  '3ff34679984dd440bfc7d68fb41430003ff32f5cceffcb24bfc73cb83c6270003ff3187775a10d49bfc6a39a9b376000' +
  '3ff301c8373e3990bfc60b3154b7a0003ff2eb4ebb95f841bfc5737d762430003ff2d50a0219a9d1bfc4dc7b8fc23000' +
  '3ff2bef9a8b7fd2abfc4462c51d200003ff2a91c7a0c1babbfc3b08abc8300003ff293726014b530bfc31b996b490000' +
  '3ff27dfa5757a1f5bfc2875490a440003ff268b39b1d3bbfbfc1f3b9f879a0003ff2539d838ff5bdbfc160c8252ca000' +
  '3ff23eb7aac9083bbfc0ce7f57f720003ff22a012ba940b6bfc03cdc49fea0003ff2157996cc4132bfbf57bdbc4b8000' +
  '3ff201201dd2fc9bbfbe3708964040003ff1ecf4494d480bbfbd17983ef940003ff1d8f5528f6569bfbbf9674ed8a000' +
  '3ff1c52311577e7cbfbadc79202f60003ff1b17c74cb26e9bfb9c0c3e72880003ff19e010c2c1ab6bfb8a646b372c000' +
  '3ff18ab07bb670bdbfb78d01b3ac00003ff1778a25efbcb6bfb674f1453800003ff1648d354c31dabfb55e0e6d878000' +
  '3ff151b990275fddbfb4485cdea1e0003ff13f0ea432d24cbfb333d94d6aa0003ff12c8b7210f9dabfb22079f8c56000' +
  '3ff11a3028ecb531bfb10e46986220003ff107fbda8434afbfaffa6c6ad200003ff0f5ee0f4e6bb3bfadda8d4a774000' +
  '3ff0e4065d2a9fcebfabbcece48500003ff0d244632ca521bfa9a1894012c0003ff0c0a77ce2981abfa788583302c000' +
  '3ff0af2f83c636d1bfa5715e67d680003ff09ddb98a01339bfa35c8a496580003ff08cabaf52e7dfbfa149e364154000' +
  '3ff07b9f2f4e28fbbf9e72c082eb80003ff06ab58c358f19bf9a55f1525280003ff059eea5ecf92cbf963d62cf818000' +
  '3ff04949cdd12c90bf9228fb8caa00003ff038c6c6f0ada9bf8c317b20f900003ff02865137932a9bf8419355daa0000' +
  '3ff0182427ea7348bf781203c2ec00003ff008040614b195bf600409792400003fefe01ff726fa1a3f6feff384900000' +
  '3fefa11cc261ea743f87dc41353d00003fef6310b081992e3f93cea3c4c280003fef25f63ceeadcd3f9b9fc114890000' +
  '3feee9c8039113e73fa1b0d8ce1100003feeae8078cbb1ab3fa58a5bd001c0003fee741aa29d0c9b3fa95c8340d88000' +
  '3fee3a91830a99b53fad276aef5780003fee01e009609a563fb07598e598c0003fedca01e577bb983fb253f5e30d2000' +
  '3fed92f20b7c91033fb42edd8b3800003fed5cac66fb5cce3fb606598757c0003fed272caa5ede9d3fb7da76356a0000' +
  '3fecf26e3e6b2ccd3fb9ab434e1c60003fecbe6da2a779023fbb78c7bb0d60003fec8b266d37086d3fbd431332e72000' +
  '3fec5894bd5d58043fbf0a3171de60003fec26b533bb9f8c3fc067152b9140003febf583eeece73f3fc147858292b000' +
  '3febc4fd75db96c13fc2266ecdca30003feb951e0c864a283fc303d7a6c550003feb65e2c5ef3e2c3fc3dfc33c331000' +
  '3feb374867c9888b3fc4ba366b7a80003feb094b211d304a3fc5933928d1f0003feadbe885f2ef7e3fc66acd2418f000' +
  '3feaaf1d31603da23fc740f8ec6690003fea82e63fd358a73fc815c0f51af0003fea5740ef09738b3fc8e92954f68000' +
  '3fea2c2a90ab4b273fc9bb3602f840003fea01a01393f2d13fca8bed1c2c00003fe9d79f24db3c1b3fcb5b515c01d000' +
  '3fe9ae2505c7b1903fcc2967ccbcc0003fe9852ef297ce2f3fccf635d54860003fe95cbaeea44b753fcdc1bd3446c000' +
  '3fe934c69de748383fce8c01b8cfe0003fe90d4f2f6752e63fcf5509c01790003fe8e6528effd79d3fd00e6c121fb800' +
  '3fe8bfce9fcc007c3fd071b80e93d0003fe899c0dabec30e3fd0d46b9e8670003fe87427aa2317fb3fd13687334bd000' +
  '3fe84f00acb39a083fd1980d672348003fe82a49e8653e553fd1f8ffe0cc80003fe8060195f402603fd2595fd7636800' +
  '3fe7e22563e0a3293fd2b9300914a8003fe7beb377dcb5ad3fd31872104360003fe79baa679725c23fd377266dec1800' +
  '3fe77907f21706573fd3d54ffbaf30003fe756cadbd6130c3fd432eee32fe000';

export const D = hexDoubles(LOG_DATA);
export const LN2HI = D[0];
export const LN2LO = D[1];
export const A0 = D[2], A1 = D[3], A2 = D[4], A3 = D[5], A4 = D[6];
export const B0 = D[7], B1 = D[8], B2 = D[9], B3 = D[10], B4 = D[11], B5 = D[12];
export const B6 = D[13], B7 = D[14], B8 = D[15], B9 = D[16], B10 = D[17];
export const TAB = 18;

export const TWO_27 = 134217728;

/** x = 2**k * z, z in [OFF, 2*OFF) with OFF = 0x3fe6000000000000, as splitArgument leaves it. */
export const split = { k: 0, z: 0, tmp: 0 };

/**
 * The first step of log and log2 away from 1 (x's words `hi`, `lo`): for 0, infinities, NaNs
 * and negative x the result itself; otherwise undefined, with x split as 2**k * z in `split`
 * (tmp, the words' distance from OFF, also holds the table index), subnormals normalised first.
 */
function splitArgument(x: number, hi: number, lo: number): number | undefined {
  if (hi - 0x00100000 >= 0x7ff00000 - 0x00100000 || hi < 0x00100000) {
    // x < 2**-1022, inf or nan.
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (hi >= 0x80000000 || hi >= 0x7ff00000) return NaN;
    // Subnormal: normalise, letting the exponent go below the minimum.
    f64[0] = x * TWO_52;
    hi = (u32[HI] - (52 << 20)) | 0;
    lo = u32[LO];
  }
  const tmp = (hi - 0x3fe60000) | 0;
  split.tmp = tmp;
  split.k = tmp >> 20;
  split.z = fromWords((hi - (tmp & 0xfff00000)) | 0, lo);
  return undefined;
}

/** log(x) for every double, as glibc returns it (-Infinity for 0, NaN below 0). */
export function libmLog(x: number): number {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  // 1 - 2**-4 <= x < 1 + 0x1.09p-4: a polynomial in r = x - 1 (error up to 0.507 ulp).
  if (hi >= 0x3fee0000 && hi < 0x3ff10900) {
    if (x === 1) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    let q = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
    q = fma(q, r3, fma(r2, B6, fma(r, B5, B4)));
    q = fma(q, r3, fma(r2, B3, fma(r, B2, B1)));
    // hi + lo = r - r*r/2 exactly enough, with r split at 2**27 (the split's multiply-adds
    // fused as the compiler fused them).
    // The products with TWO_27 are exact, and so are rhi*rhi (rhi has 26 bits) and its product
    // with B0 = -0.5: those fmas are plain sums.
    const rhi = -r * TWO_27 + (r * TWO_27 + r);
    const rlo = r - rhi;
    const rhi2 = rhi * rhi;
    const h = rhi2 * B0 + r;
    let l = rhi2 * B0 + (r - h);
    l = fmaP(B0 * rlo, r + rhi, l);
    return h + fmaP(q, r3, l);
  }
  const special = splitArgument(x, hi, lo);
  if (special !== undefined) return special;
  const { k, z } = split;
  const i = (split.tmp >>> 13) & 0x7f;
  const invc = D[TAB + 2 * i];
  const logc = D[TAB + 2 * i + 1];
  // LN2HI has 42 significant bits and k 11: an exact product.
  const w = k * LN2HI + logc;
  const r = fmaP(z, invc, -1.0);
  const q1 = fma(r, A2, A1);
  const h = r + w;
  const r2 = r * r;
  const l = fmaC(k, LN2LO, w - h + r);
  const r3 = r * r2;
  const q2 = fma(r, A4, A3);
  const y = fmaC(r2, A0, l);
  return fmaP(r3, fma(q2, r2, q1), y) + h;
}

// __log2_data: invln2hi, invln2lo, poly[6], poly1[10], then 64 entries of (invc, logc)
// (the (chi, clo) entries only the variant without FMA uses left out).
export const LOG2_DATA =
  '3ff71547652000003de705fc2eefa200bfe71547652b83393fdec709dc3a04bebfd7154764702ffb3fd2776c50034c48' +
  'bfcec7b328ea92bc3fca6225e117f92ebfe71547652b82fe3fdec709dc3a03f7bfd71547652b7c3f3fd2776c50f05be4' +
  'bfcec709dd768fe53fca61761ec4e736bfc7153fbc64a79b3fc484d154f01b4abfc289e4a72c383c3fc0b32f285aee66' +
  '3ff724286bb1acf8bfe1095feecdb0003ff6e1f766d2cca1bfe08494bd76d0003ff6a13d0e30d48abfe00143aee8f800' +
  '3ff661ec32d06c85bfdefec5360b40003ff623fa951198f8bfddfdd91ab7e0003ff5e75ba4cf026cbfdcffae0cc79000' +
  '3ff5ac055a214fb8bfdc043811fda0003ff571ed0f166e1ebfdb0b67323ae0003ff53909590bf835bfda152f5a2db000' +
  '3ff5014fed61adddbfd9217f5af860003ff4cab88e487bd0bfd8304db07190003ff49539b4334feebfd74189f9a9e000' +
  '3ff460cbdfafd569bfd6552bb51990003ff42d664ee4b953bfd56b23a29b10003ff3fb01111dd8a6bfd483650f5fa000' +
  '3ff3c995b70c5836bfd39de937f6a0003ff3991c4ab6fd4abfd2baa1538d60003ff3698e0ce099b5bfd1d98340ca4000' +
  '3ff33ae48213e7b2bfd0fa853a40e0003ff30d191985bdb1bfd01d9c32e730003ff2e025cab271d7bfce857da2fa6000' +
  '3ff2b404cf13cd82bfccd3c8633d80003ff288b02c7ccb50bfcb26034c14a0003ff25e2263944de5bfc97c1c2f4fe000' +
  '3ff234563d8615b1bfc7d6023f8000003ff20b46e33eaf38bfc633a71a05e0003ff1e2eefdcda3ddbfc494f5e9570000' +
  '3ff1bb4a580b3930bfc2f9e424e0a0003ff19453847f2200bfc162595afdc0003ff16e06c0d5d73cbfbf9c9a75bd8000' +
  '3ff1485f47b7e4c2bfbc7b575bf9c0003ff12358ad0085d1bfb960c60ff480003ff0fef00f532227bfb64ce247b60000' +
  '3ff0db2077d03a8fbfb33f78b20140003ff0b7e6d65980d9bfb0387d1a42c0003ff0953efe7b408dbfaa6f9208b50000' +
  '3ff07325cac53b83bfa47a954f7700003ff05197e40d1b5cbf9d23a8c50c00003ff03091c1208ea2bf916a2629780000' +
  '3ff0101025b37e21bf7720f8d8e800003fefc07ef9caa76b3f86fe53b15000003fef4465d3f6f1843fa11ccce10f8000' +
  '3feecc079f84107f3fac4dfc8c8b80003fee573a99975ae83fb3aa321e5740003fede5d6f0bd3de63fb918a0d08b8000' +
  '3fed77b681ff38b33fbe72e9da0440003fed0cb5724de9433fc1dcd2507f60003feca4b2dc0e75633fc476ab03dea000' +
  '3fec3f8ee8d6cb513fc7074377e220003febdd2b4f020c4c3fc98ede8ba940003feb7d6c006015ca3fcc0db86ad2e000' +
  '3feb20366e2e338f3fce840aafcee0003feac570262950393fd0790ab46780003fea6d01bc2731dd3fd1ac056801c000' +
  '3fea16d3bc3ff18b3fd2db11d4fee0003fe9c2d14967fead3fd406464ec580003fe970e4f47c99023fd52dbe093af000' +
  '3fe920fb3982bcf23fd651902050d0003fe8d30187f759f13fd771d2cdeaf0003fe886e5ebb9f66d3fd88e9c857d9000' +
  '3fe83c97b658b9943fd9a80155e160003fe7f405ffc610223fdabe186ed3d0003fe7ad22181415ca3fdbd0f2aea0e000' +
  '3fe767dcf99eff8c3fdce0a43dbf4000';

export const D2 = hexDoubles(LOG2_DATA);
export const INVLN2HI = D2[0];
export const INVLN2LO = D2[1];
export const P0 = D2[2], P1 = D2[3], P2 = D2[4], P3 = D2[5], P4 = D2[6], P5 = D2[7];
export const Q0 = D2[8], Q1 = D2[9], Q2 = D2[10], Q3 = D2[11], Q4 = D2[12];
export const Q5 = D2[13], Q6 = D2[14], Q7 = D2[15], Q8 = D2[16], Q9 = D2[17];
export const TAB2 = 18;

/** log2(x) for every double, as glibc returns it (-Infinity for 0, NaN below 0). */
export function libmLog2(x: number): number {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  // 1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5: a polynomial in r = x - 1.
  if (hi >= 0x3feea4af && hi < 0x3ff0b559) {
    if (x === 1) return 0;
    const r = x - 1.0;
    const h = INVLN2HI * r;
    const r2 = r * r;
    const r4 = r2 * r2;
    const l0 = fma(r, INVLN2LO, fma(INVLN2HI, r, -h));
    const q01 = fma(r, Q1, Q0);
    const y = fma(q01, r2, h);
    const l1 = fma(q01, r2, h - y) + l0;
    const q = fma(fma(fma(r, Q9, Q8), r2, fma(r, Q7, Q6)), r4, fma(fma(r, Q5, Q4), r2, fma(r, Q3, Q2)));
    return y + fma(q, r4, l1);
  }
  const special = splitArgument(x, hi, lo);
  if (special !== undefined) return special;
  const { k, z } = split;
  const i = (split.tmp >>> 14) & 0x3f;
  const invc = D2[TAB2 + 2 * i];
  const logc = D2[TAB2 + 2 * i + 1];
  const t3 = k + logc;
  const r = fmaP(z, invc, -1.0);
  const t1 = INVLN2HI * r;
  const t2 = fmaC(r, INVLN2LO, productError(INVLN2HI, r, t1));
  const h = t1 + t3;
  const l = t3 - h + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(fma(r, P5, P4), r4, fma(fma(r, P3, P2), r2, fma(r, P1, P0)));
  return fmaP(r2, p, l) + h;
}
