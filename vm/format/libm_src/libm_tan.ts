// The C library's tan() bit for bit: glibc's x86-64 FMA variant (`__tan_fma`), which CPython's
// math.tan calls on the machines tpy is tested on.
//
// glibc 2.35+ computes tan with IBM's Accurate Mathematical Library (dbl-64/s_tan.c) without
// its slow correctly rounded paths: a Taylor polynomial near 0, tan of the nearest of 186
// table points combined with a short polynomial in the remainder, and above 0.787 the same
// after reducing the argument by multiples of pi/2 (as sin and cos do; cot through a
// double-length division in odd quadrants). Its results differ from the correctly rounded
// value in about one case in 350. This file replays the variant as its machine code executes
// it: the same operations in the same order, each fused multiply-add computed exactly. The
// table is the library's `xfg`.

import { f64, u32, LO, hexDoubles, fma, fmaP, fmaC, productError } from '../float_words.js';
import { HPINV, MP1, MP2, TOINT, branred, reduce, reduced } from './libm_sincos.js';

// xfg: 186 rows of (x_i, tan(x_i), cot(x_i), and a correction unused here).
export const XFG = hexDoubles(
  '3fb000001e519d603fb0055796c4e240402ff554628127b7bb9a1dee9e355b063fb100001b1a70103fb10668aab892b7' +
  '402e12c7be3fdf743ba89234037da7413fb200002505e3503fb2079bff547824402c65c5de8536333bb7486ee9614250' +
  '3fb2fffffcdc42523fb308f35eb16c68402ae5dae56be74fbb82c72691a230343fb3ffffe3ff849f3fb40a71154999cc' +
  '40298c43046b73523b9aceaf3843738f3fb4ffffedc9590f3fb50c17429bdd804028538491b5d674bbc1d02db4403d22' +
  '3fb6000000ee83f73fb60de7da80cc2140273724ef21a2a7bb95e53c72523ffd3fb6ffffeb05ea413fb70fe4b8c51bea' +
  '40263370fae562ffbb99ad0e8ffe06263fb7ffffdc0515f73fb812101db54498402545530e7eab5cbb914c87d62ed686' +
  '3fb8ffffe384d7ab3fb9146c2a8d372740246a33fd57f3fdbbbbda8d5381e06d3fb9ffffe48323473fba16fad50e1050' +
  '40239fe2c5537a963bc7f695c111eabb3fbb0000274540e33fbb19be7ae685174022e4813637e9463bc307f88dbd9d93' +
  '3fbbfffffebf2e9b3fbc1cb88369cd194022367617aef2233bc50038424a9cf33fbd0000235290453fbd1febc11d7ef7' +
  '4021945fb8e43d4e3b81200752a6f2243fbdffffd872a8293fbe23598ee4d6b74020fd0c76195d5fbbb4d9ab85fdca85' +
  '3fbeffffff323b843fbf2704ec9073e540206f713020200f3bb77aa2128369923fc000000ce791953fc01577bc30cc61' +
  '401fd549d6564a88bbc8926f965c0ad03fc07fffee40e9183fc0978d8279ac01401edbb59294bc03bb80a5334aae45d6' +
  '3fc100000cc091fd3fc119c544dfb2f7401df0bb067d8e18bbcc2c184ff642a43fc180000d9936a13fc19c1fb9085a4b' +
  '401d131a71ce3629bbc365530669355b3fc1ffffed5f31883fc21e9dee74bf2d401c41b6ff0cd6553b8867f5478ecfc5' +
  '3fc2800005f06a513fc2a141550b313f401b7b921702e6d2bbadab51380131fe3fc2fffffe3d339e3fc3240aa75f76df' +
  '401abfc8fcb6409d3bc60bcf0d291d833fc37fffed888d6f3fc3a6fb13cc5db7401a0d8f8ed5320d3bb8a48e4eef03ab' +
  '3fc4000002ca050d3fc42a13e25776bb4019642dfa84c2bcbbd0bd5dcc56516f3fc47ffff2531f5c3fc4ad55deb73404' +
  '4018c2fef86e90353b9cffe75aa287c83fc50000137749923fc530c27d0ee3074018296c370caf35bbcf75d1f91d6532' +
  '3fc57fffedddcb2d3fc5b45a5db4347d401796ee52190c0e3b88a25f17d5d0763fc5fffff41949a03fc6381f13bf986a' +
  '40170b092d2255fdbb9bfb23b1bcd5e73fc67ffff834d3a13fc6bc118ec859524016854c62cf22683b9ee53b82e39e04' +
  '3fc6fffffd9106ea3fc74032f298f6f7401605511f4f84a9bbb59c4a112634b83fc780000f649a4f3fc7c4846ca53abc' +
  '40158ab94809d1753bc91c7573d3cd2e3fc7ffffef06bbd83fc84906df7d76ad4015152edd2b30a6bbbfa2da084c3eef' +
  '3fc88000021c63343fc8cdbbd965f9864014a46251b74296bb9ec02e74dcfe0b3fc8fffff38d07563fc952a428e173c7' +
  '4014380b17b59ebdbbcd0f1cb77589f03fc98000104efca13fc9d7c14644d23c4013cfe5cb1eabd5bbd5d6f7ea188d9e' +
  '3fca000009417b303fca5d14096d76aa40136bb4b3723db03bbe3e0dfbf3979c3fca7fffeb1c23ec3fcae29dab60288d' +
  '40130b3e783071d7bbc7dd823d5384bf3fcafffffb171c133fcb685fa221a96b4012ae4dd8c0747d3bd4644bd5554972' +
  '3fcb80000aba44be3fcbee5aecdf241f401254b1c6fad63b3ba41916d092b85a3fcc0000113d2a3e3fcc7490b3e92543' +
  '4011fe3c9a62c035bba3cc3941a037393fcc7ffff49e00ce3fccfb020f59eab04011aac3e956a631bbb7a383bfa8cb5b' +
  '3fcd000005f611ab3fcd81b089e6844e40115a1ff391268d3bd39b5cb2dc91f33fcd800014764ceb3fce089d27debf0d' +
  '40110c2bfbc847403bc14d4d847125103fce000014bcea763fce8fc916dbc8204010c0c5a00ca48ebbd33788640f1b9e' +
  '3fce7ffffd7995bd3fcf173588b50424401077ccbe02169abbb61fee221fdf773fcf00000cc354363fcf9ee3fd21a40b' +
  '401031231ee7ffe83bd427e3c79ff5c13fcf800001d1da333fd0136ab7dbe15c400fd95977d559e53bb0c6a1d67948d7' +
  '3fd00000060c13b23fd05785aaad4f18400f549e2675d182bbc1520818f0dd103fd04000038854923fd09bc3660542d7' +
  '400ed3e2df3f5fecbbd95657b883ae623fd08000052f5a133fd0e0249a195045400e56f8fa68f2c83bded7ba5a543e8e' +
  '3fd0c00002ba1af53fd124a9e2e7f24b400dddb4bffe633fbbdcba860c60278f3fd0fffff76642c13fd16953e162ffe6' +
  '400d67ed0311d5d53b7b1f4ae40c5f9e3fd14000033602f03fd1ae235f49508e400cf57ab8708266bbd6a6c28620f301' +
  '3fd17ffffefd1a133fd1f318db2a9ba1400c86398d11009e3bd3a9c669b21d3b3fd1bffff718365d3fd238350c41e3ac' +
  '400c1a06e02be47c3bdb961a129e8cd13fd1ffffff001e003fd27d78b2f6395e400bb0c1f2fe9a853be074a9e68fd7d8' +
  '3fd23ffffe425a6a3fd2c2e4618faabe400b4a4c190b18dfbbdf0d1ff615aad13fd28000059ec1db3fd30878d8583884' +
  '400ae6880cd82bc2bbd563c3141c1f8d3fd2c000000dd0813fd34e36affdb6d8400a855a5270fc15bbc6d88d9f2cdafd' +
  '3fd2fffffc1dcd2b3fd3941ea95875bc400a26a8aa9502b6bbe13cad8389b15c3fd33ffff6c0d4a03fd3da31739845f5' +
  '4009ca5a4d2573a0bbc71636acaee3793fd3800006b167933fd4206fdbc088f0400970579344e33abbc2c0521d7a4f81' +
  '3fd3c00007358fa33fd466da6f23311d4009188a5aa612ea3b8653a5685e8edc3fd3fffffc3b18cf3fd4ad71e9282e6b' +
  '4008c2dd641e643d3b95f0ef3f567c643fd44000000dd2a83fd4f4371fa3f2d140086f3c6072f8213bb68efa95ff68b5' +
  '3fd47ffffbb437133fd53b2ab3ac333c40081d943da56692bbbf4d7f2985fd3f3fd4bffffb113bf43fd5824d6e8ed9c2' +
  '4007cdd2a8add00f3bcf478a1c9b36573fd4fffff7f087c93fd5c9a00744649640077fe6444588ebbbc177dca4eabb0c' +
  '3fd54000088b38143fd61123564125f9400733be6281a765bbc2c52cf57051c43fd57ffff7d559663fd658d7e194a5d5' +
  '4006e94b73b47d1f3bda2fcff9996dc63fd5c00008bf24903fd6a0beb775b28d4006a07e15b6ec28bbe0ca90aa5285b8' +
  '3fd6000009fa853f3fd6e8d865a66cfd400659481c7012693bd9ea958591e13a3fd6400007595fca3fd73125c0556a7c' +
  '4006139bbaae9d023bd88aff40152b833fd68000031687da3fd779a792e2cfd04005cf6bcae0882bbbd8a4a29f439451' +
  '3fd6bffff5c8cfe23fd7c25e9fb452ed40058cabc561f1cdbbe371a6f6a37d743fd6fffff81df2313fd80b4bcfb4dab5' +
  '40054b4f8d3ca5d33bcb4686679dc99f3fd73ffffa71385e3fd8546fe007a9b640050b4bb3b22176bbcd1540a5c73477' +
  '3fd78000024a9c2b3fd89dcba7fcf5cf4004cc953159cbe1bbdc25ead58a6ad03fd7c00002eb62b83fd8e75fec0ba5cf' +
  '40048f218731eeeabbc1cb73cc1adafb3fd80000054a52d13fd9312d8bb822e9400452e69170a729bbd8bb17eac002ee' +
  '3fd83ffff93a00a33fd97b354bb9ad2a400417daae924e7f3bd4b8009a378cc73fd87ffffbdc91c13fd9c5782771b601' +
  '4003ddf4788557993bd9077da00445d93fd8bffff6d215e63fda0ff6e0ea4a0b4003a52b189a0989bbda683189c0613d' +
  '3fd9000002f734ef3fda5ab2736bf57940036d75e9244ca63be3a6d84b7223773fd9400004eef8b43fdaa5ab9fb6e3d0' +
  '400336ccc9089cb73b9f696322cc00bb3fd98000041ec76a3fdaf0e35176c7e440030127cb0b95063bb1ffdb5385a849' +
  '3fd9c00008044e473fdb3c5a770712244002cc7f50d75ec7bbb0fade78effc8a3fda000001f8235b3fdb8811e725782e' +
  '400298cc18fbfb37bbe55ed33b50e71b3fda3ffffb8c6f083fdbd40a97b086f340026607154de04bbbdec65e455faae3' +
  '3fda7ffffb3d63e13fdc20457d9a3b8a400234297e60bfbb3be3001c154ebd333fdabffff5f45c483fdc6cc37b8d45e6' +
  '4002032cdb1ace69bbe5ebf83ed336163fdb00000508b34c3fdcb985a27e8d374001d30ad4459a2bbbd01432ae61e2d1' +
  '3fdb40000a84710c3fdd068cc3e501554001a3bd775034ddbbe80b1e58e0e2283fdb7ffff692e9d83fdd53d9c49d6627' +
  '4001753efe18066abbb004c8f760d33e3fdbc0000280f14d3fdda16de4e8101340014789a38ea0523be848bc27c9c4ea' +
  '3fdc0000001121d13fddef49eac018f040011a9820b8be0cbbe1527ed0d6010e3fdc3ffffef662aa3fde3d6eea0c7070' +
  '4000ee6532f46ccd3be8d241189a000d3fdc8000098458183fde8bddf36a8b1b4000c2ebcac734763bd221f712bed284' +
  '3fdcbffffb0493bf3fdeda97e0c60d1040009827251c7836bbe0bd546eec41b73fdcfffffd52961f3fdf299defb3e44b' +
  '40006e1274e459f5bbd93f77e969c82f3fdd3ffffe2319a43fdf78f117139490400044a93e737e94bb91e7cc49594b7a' +
  '3fdd7ffffa4de5963fdfc892638f49e840001be7231057a53bd482b0f5af9f5f3fddbffffe729a693fe00c417c6ab019' +
  '3fffe78fbf6126603bea5cda00da681e3fde000009d668023fe03461f6b883cf3fff988ebc05a87cbbe06c33f2372669' +
  '3fde3ffffb2116573fe05cab191db8e83fff4ac37bcfe6bebbd5d51f5ed8d35b3fde80000a3f068a3fe0851d95fb54f0' +
  '3ffefe26144ca408bbc7c894a2c169c53fdec00001adb0603fe0adb9dc7b54f93ffeb2af5ebe52a73bd4e740312c5ffd' +
  '3fdeffffff5c0d013fe0d68092550a8d3ffe68580d71fdf03bddd8a696b354993fdf3ffff93d5fcc3fe0ff7245cb4374' +
  '3ffe1f193cce5040bbc9f0ec7c1efab43fdf7ffffa0dd18f3fe1288f944dd5083ffdd6ec298b874d3bea6ebd9642a0a6' +
  '3fdfbffffd3a9f1a3fe151d913750f3e3ffd8fca5806a27e3bda2a03fc65ac7a3fdffffffc4814003fe17b4f598944ca' +
  '3ffd49ad825321703bc4412e3d236dc33fe01fffff53786c3fe1a4f307d83d473ffd048f851bffeb3bd1589d29f81b14' +
  '3fe03ffffee301b73fe1cec4b8a6a3823ffcc06a7c519db63bd370e65b24d6b23fe06000006e36bf3fe1f8c5114eb8be' +
  '3ffc7d38a34d6786bbea92de4b98c1d43fe07ffffd60aa433fe222f4abeccecb3ffc3af477342ac4bbdd47f603a5c2c2' +
  '3fe0a000037762e83fe24d543f99efe83ffbf99875f54fab3bedf7f415771a463fe0bfffff1c69213fe277e4598e35d0' +
  '3ffbb91f8addd1863be0f16c5e0e5a733fe0dfffff07154b3fe2a2a5b6bc39863ffb79848301646dbbf02dd0bbaa5310' +
  '3fe1000002fcdda43fe2cd9902a59f1e3ffb3ac2705219bfbbe59357112fa6163fe1200001ce11403fe2f8bedf0a67c2' +
  '3ffafcd49ab8ae2a3be2c5429303f3463fe1400004d0f3553fe3241808fcc7bf3ffabfb6497b9a363bebc044b5a59234' +
  '3fe1600000fb0c8a3fe34fa52471618b3ffa83630d26d117bbdbfbb23f7bb7c93fe18000026f10b33fe37b66f7579056' +
  '3ffa47d66b4cf4b13bf0f6b4af0b5de93fe19ffffd0978f83fe3a75e290cc78c3ffa0d0c36c213153beb2129a296b262' +
  '3fe1bffffd94840b3fe3d38b85b4e4a43ff9d30032f2ecefbbdbab1ab9bb7d743fe1dffffbda1ea13fe3ffefbf3cee2f' +
  '3ff999ae6770fed83bda0bdcb4ace9a43fe1fffffc9895333fe42c8b9c27900c3ff96112e0d9f1acbbee19eb2fa2d81a' +
  '3fe22000012b8d263fe4595fe11975ca3ff92929cdaa4e803bf23382acc82d4b3fe2400004f4d6af3fe4866d4d224131' +
  '3ff8f1ef815c34e8bbd0c6ff3b740a993fe25ffffcc07bda3fe4b3b498b7d0103ff8bb6073e7ffa13bebc31b1ad7a9c2' +
  '3fe28000042d96393fe4e136b64540d13ff88578f43749383be36de91b85e9013fe2a00003be29a03fe50ef452bffd96' +
  '3ff85035c0042c063be15d0176f5efbd3fe2bffffaa91f123fe53cee3e2f4e0d3ff81b938542df073be555cd17662a2b' +
  '3fe2dffffe8848913fe56b256c1a24703ff7e78ee422ea703bf03504bd030c113fe2fffffe87152b3fe5999a9beaaaa1' +
  '3ff7b424d18fe9b3bb649a5f773e0e643fe31fffffc1a7213fe5c84eafe0e5643ff78152338db8d43beaf4285da8e935' +
  '3fe33fffff70a3723fe5f74282191d643ff74f141122bcae3bdb1c4bdee4bfaf3fe360000436e8363fe62676fde6ccff' +
  '3ff71d677644252cbbec3d10e08c3afb3fe37ffffcbe96413fe655ecee9ffdaf3ff6ec49a6fc05153bdda4532ed29567' +
  '3fe39fffffb6d6ca3fe685a55e67a1e13ff6bbb7bc2ae9693becbf7b2ef438823fe3c00004934fec3fe6b5a12cc07d75' +
  '3ff68baf10b02ef8bbe7c8fbfeb7cabd3fe3e00003f5cf7f3fe6e5e13e59def63ff65c2d0e61500fbbe30ba4035f7845' +
  '3fe4000005280ad93fe7166691ab4c3e3ff62d2f19f01c90bbf1e9f5ffe95f6a3fe42000049efb653fe7473218af3b9d' +
  '3ff5feb2b86465e43bc4cad7280d591e3fe440000035ccb63fe77844cb4ff1e53ff5d0b57c4554283bed8c187ba5617c' +
  '3fe46000033467173fe7a99fba2587783ff5a334f4392254bbefd14afc84a5703fe48000030025753fe7db43d836768f' +
  '3ff5762edcf97e0cbbdd7eba5f5df49e3fe4a000055bf3813fe80d3235edeefa3ff549a0ea46e31fbbdba52276823eac' +
  '3fe4c00004ce10e33fe83f6bd67dc1a83ff51d88ed82bcc4bbeae92d077d29ea3fe4e000016c60e13fe871f1ca0aaf31' +
  '3ff4f1e4bdacbf163be8295846ee425e3fe4ffffff966f0a3fe8a4c52bff2dae3ff4c6b23917657ebbf127c25c86c705' +
  '3fe520000076e6eb3fe8d7e7175651e83ff49bef4f459b05bbb1e9d14181bbfc3fe5400003d12d3b3fe90b58a976ed56' +
  '3ff47199fdf24af43be38c17c30decaf3fe55ffffce7fa8d3fe93f1af03a3a093ff447b05f13234b3bf1b8b270df7e20' +
  '3fe580000331b46a3fe9732f38e831343ff41e3068d8b41bbbee24d8b90bc28b3fe59ffffc14848e3fe9a7968471b489' +
  '3ff3f5185de3aa73bbecacd9e07615363fe5bffffb7cd3953fe9dc5224a8b9553ff3cc664f8fff15bbf67c9782045611' +
  '3fe5e000000dcc403fea11634df5b93e3ff3a41875853228bbf585dad481f3503fe6000002efd2fc3fea46cb30d16323' +
  '3ff37c2d187962ae3bf004c3a5f77bb03fe61ffffeb8088a3fea7c8b053920c03ff354a2891769a93bbc6b303fee3029' +
  '3fe6400000f3ca063feab2a428a1911a3ff32d770a6f0a4a3bf2a6f8fac5081a3fe65ffffe9ec2f43feae917d4ce7239' +
  '3ff306a90751a948bbe950b551ab9dbd3fe6800003d439663feb1fe7708b998a3ff2e036d7a153c73bdd36e2a1e4a14e' +
  '3fe69ffffab677833feb57142e5754643ff2ba1f05006cb63bea9a4a473c2e313fe6bffffcb65f893feb8e9f981efd2f' +
  '3ff2945fe948d9f7bbca5294e802df723fe6dffffc5609a93febc68afaed6ff13ff26ef81533411ebbf89153f51bc566' +
  '3fe6fffffc4eef863febfed7c62205fe3ff249e60e70978c3bc39021a2b9ff563fe72000004d98b33fec3787716968ad' +
  '3ff2252861be77513befc9c574ee22113fe73ffffc1550753fec709b5ec6fd4e3ff200bdb5d533113be28a4da269ae63' +
  '3fe760000498c2033fecaa15323d08c13ff1dca493433f653bf8cae414a28fb73fe77fffff1e56363fece3f64147c12c' +
  '3ff1b8dbbfe294a8bbe7e19c4b56a7443fe7a0000226d45a3fed1e404120eb7f3ff19561d15f82783be64b28032c5d4c' +
  '3fe7c0000250a5aa3fed58f4b112a1e13ff172358a59d565bbe716deb8dc78673fe7e0000482f82e3fed94153576bdf0' +
  '3ff14f55a22a1c5b3bf207e1e13056043fe800000205003e3fedcfa364d69ff73ff12cc0e37eb26fbbd52ec6e32395f8' +
  '3fe81ffffbf994113fee0ba0ebf98f513ff10a7616ddd5d6bbece0d6598660453fe840000248e3a33fee480f9bb7f565' +
  '3ff0e873fb84e05c3bf4e5e81595df923fe860000145c1573fee84f10a10b3ab3ff0c6b97cbd7b1ebbe19de6d5f121d0' +
  '3fe88000022631b93feec2470be1f0473ff0a5456d0b3ee6bbc272b1a3ba2c6f3fe8a000045f78283fef00136c45ba1c' +
  '3ff08416af2a0f093be82b565b63c7993fe8bfffffc686cf3fef3e57f03c824b3ff0632c33502220bbd039ad2dbeeb25' +
  '3fe8dffffd8644c63fef7d168774261d3ff04284dd5b30193bd79f33e1eba9333fe8fffffe4e79373fefbc511a99a641' +
  '3ff0221f9f69840bbbea9e847beee0183fe920000435251f3feffc099eb223903ff001fb6f7c51e8bb5a12e731032e0a');

export const D3 = 0.3333333333333333;
export const D5 = 0.1333333333332673;
export const D7 = 0.05396825411095433;
export const D9 = 0.021869380598167253;
export const D11 = 0.008896546349534924;
export const E0 = 0.3333333333332254;
export const E1 = 0.13333354920669913;
export const G1 = 1.2589993048095494e-08; // below: tan(x) = x
export const G2 = 0.060799986124038696; // below: the Taylor polynomial (also gy2)
export const G3 = 0.7869997024536133; // below: the table, without reduction
export const G4 = 25.0; // below: reduction by 3 parts of pi/2
export const G5 = 100000000.0; // below: reduction by 4 parts; above: branred
export const MFFTNHF = -15.5;
export const MP3 = -4.9789962505147994e-17;

/** The Taylor polynomial of tan(x)/x - 1, over x*x. */
function taylor(x2: number): number {
  return fma(x2, fma(x2, fma(x2, fma(x2, D11, D9), D7), D5), D3);
}

/** The row of xfg for 0.0608 < t <= 0.787: the table point nearest t. */
function row(t: number): number {
  return 4 * Math.trunc(256 * t + MFFTNHF);
}

/** tan (n even) or -cot (n odd) of the reduced argument a + da (glibc's common tail). */
function tanReduced(a: number, da: number, n: number): number {
  const ya = Math.abs(a);
  if (ya <= G2) {
    const a2 = a * a;
    const t2 = fmaC(a * a2, taylor(a2), da);
    if (n === 0) return a + t2;
    // -1/(a + t2), by a double-length division.
    const b = a + t2;
    const db = Math.abs(a) > Math.abs(t2) ? (a - b) + t2 : (t2 - b) + a;
    const c = 1.0 / b;
    const u = c * b;
    const uu = productError(c, b, u);
    const cc = fmaP(-c, db, ((1.0 - u) - uu) + 0.0) / b;
    const z = c + cc;
    return -(z + ((c - z) + cc));
  }
  const negative = a < 0;
  const yya = negative ? -da : da;
  const r = row(ya);
  const z = (ya - XFG[r]) + yya;
  const z2 = z * z;
  const pz = fma(z * z2, fma(z2, E1, E0), z);
  const fi = XFG[r + 1];
  const gi = XFG[r + 2];
  if (n !== 0) {
    const y = gi - (pz * (fi + gi)) / (fi + pz);
    return negative ? y : -y;
  }
  const y = fi + (pz * (gi + fi)) / (gi - pz);
  return negative ? -y : y;
}

/** tan(x) for every double, as glibc returns it (NaN for infinities). */
export function libmTan(x: number): number {
  if (!Number.isFinite(x)) return x - x;
  const w = Math.abs(x);
  if (w <= G1) return x;
  if (w <= G2) {
    const x2 = x * x;
    return fma(taylor(x2), x * x2, x);
  }
  if (w <= G3) {
    const r = row(w);
    const z = w - XFG[r];
    const z2 = z * z;
    const pz = fma(z * z2, fma(z2, E1, E0), z);
    const fi = XFG[r + 1];
    const gi = XFG[r + 2];
    const y = fi + (pz * (gi + fi)) / (gi - pz);
    return x < 0 ? -y : y;
  }
  if (w <= G4) {
    // By three parts of pi/2.
    const t = fma(x, HPINV, TOINT);
    const xn = t - TOINT;
    f64[0] = t;
    // |xn| <= 16: exact products with MP1 and MP2 (see reduce()), not with MP3.
    const t1 = -xn * MP2 + (-xn * MP1 + x);
    const a = fmaP(-xn, MP3, t1);
    return tanReduced(a, fmaP(-xn, MP3, t1 - a), u32[LO] & 1);
  }
  // Reduced as sin and cos are (four parts of pi/2 below G5, __branred above), then a + da renormalised.
  const n = (w <= G5 ? reduce(x) : branred(x)) & 1;
  const a = reduced.a;
  const da = reduced.da;
  const s = a + da;
  return tanReduced(s, Math.abs(a) > Math.abs(da) ? (a - s) + da : (da - s) + a, n);
}
