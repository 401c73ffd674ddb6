// The C library's atan() and atan2() bit for bit: glibc's x86-64 FMA variants (`__atan_fma`,
// `__ieee754_atan2_fma`), which CPython's math.atan and math.atan2 call on the machines tpy
// is tested on.
//
// glibc 2.35+ computes atan with IBM's Accurate Mathematical Library (dbl-64/s_atan.c)
// without its slow correctly rounded paths: a Taylor polynomial near 0, for 1/16 <= |x| < 16
// a polynomial around the nearest of 241 table points (of |x|, or of 1/|x| above 1, with
// 1/x's rounding error carried along), and pi/2 - atan(1/x) by a Taylor polynomial beyond.
// Its results differ from the correctly rounded value in about one case in a thousand. This
// file replays the variant as its machine code executes it: the same operations in the same
// order, each fused multiply-add computed exactly. The table is the library's `cij`.

import { f64, u32, HI, hexDoubles, fma, fmaC, productError, TWO_52 } from '../float_words.js';

// cij: 241 rows of (x_i, atan(x_i), then the Taylor coefficients 2..6 of atan at x_i).
export const CIJ = hexDoubles(
  '3fb0400665e0244e3fb03a737b53dd203fefdf1fcf5cfb72bfb01eb3ce2ae4c2bfd4d29edd58a40d3fafda4ad907a18a' +
  '3fc814df4df65b183fb0fffdb9b88cd83fb0f99c636453003fefdc08a3ded30fbfb0d9dc669c1aedbfd4c669f7138de2' +
  '3fb0a12f29d085a73fc7f0eecfd48d203fb1fff15a73d4f13fb1f85f2bee20403fefd7b342b56d31bfb1d2b7b69dea40' +
  'bfd4b5523922ecc93fb18f93522b1a043fc7bead5660f0613fb2fffdb2524aa23fb2f716e71790a03fefd31f53b496a4' +
  'bfb2cad84aab7374bfd4a34b58dd2fb23fb27c0ad0cecc183fc789d25d2743d73fb3fffe0573f3ac3fb3f59d1702f6a0' +
  '3fefce4db071acc2bfb3c20f64db3686bfd49059eb3bfe933fb36659caf74fed3fc752691c011fb03fb4ffef894384d6' +
  '3fb4f3ed0ce204c03fefc93ea8ea5a01bfb4b84f7b5457c9bfd47c807401f2f93fb44e64b4f672093fc7187d4c540b77' +
  '3fb5fff8df4065283fb5f22b3c73d8203fefc3f1b1f60f13bfb5adb2cb7fa73bbfd467be2b1eb5553fb5343599edc463' +
  '3fc6dc1b238f50593fb7000f8c4f0d563fb6f04b495a2fa03fefbe67340dce97bfb6a2244d98e1adbfd4521614064df1' +
  '3fb617aa2ba78a663fc69d4f50a3d7ac3fb8000fbb4057cf3fb7ee27be2cd3a03fefb8a039ec9246bfb7957731d9c773' +
  'bfd43b8db6dc7d723fb6f88ad69547df3fc65c26f633ce8c3fb8fff239cf2b7f3fb8ebb79f979e803fefb29d435506e1' +
  'bfb8879a69b9cdb5bfd4242885feafa93fb7d6bab6191a0e3fc618afa7cb8bb53fb9fff96e2f07723fb9e93ad32a9480' +
  '3fefac5d04a3ec40bfb978c253f6ea97bfd40be3089c36f63fb8b25c885aeb773fc5d2f763cadce13fbb00026316b097' +
  '3fbae68cce24cc003fefa5e0938c5c66bfba68c376f14e4bbfd3f2c31696cd7c3fb98b3b722a2cb43fc58b0c9067ad62' +
  '3fbc0008604f58b13fbbe3a7056507803fef9f285a7a2773bfbb578f3d5ac0a4bfd3d8cbf767119f3fba613dc7e31b88' +
  '3fc540fdf55945653fbd00026cca4eba3fbce07ec1298a803fef9834e8d36c4abfbc45135bcac5febfd3be018b5236f1' +
  '3fbb34472e9919703fc4f4dab8adb3733fbdfff4b2b47fca3fbddd164a051d803fef910678dcc895bfbd3149f0966844' +
  'bfd3a266744f9a5f3fbc0446edb7f27a3fc4a6b2583f9eca3fbf000aa9a05be03fbed996a3bda5403fef899c1b8ba97f' +
  'bfbe1c512287a677bfd385f8edc130bb3fbcd14bf306ff503fc45694a667a72b3fbffffaba8f63de3fbfd5b569fe4780' +
  '3fef81f84863dc7dbfbf05dbd1518706bfd368c44687a69c3fbd9b081b3868da3fc40491c345adfc3fc07ffa6eccada8' +
  '3fc068d00a3964003fef7a19f1fcfc6bbfbfee0c861df0dfbfd34ac65a586c0c3fbe618f189d637a3fc3b0ba195779d4' +
  '3fc10003334327133fc0e6b0f203d1a03fef7200fe0eb463bfc06a72e15cb19abfd32c00b8db761e3fbf24d8a11f5e3e' +
  '3fc35b1e569e85dd3fc17ffcda1c48113fc1646229ebda003fef69af7d558737bfc0dd170b33969bbfd30c7d33ac50d1' +
  '3fbfe4aa9be43f0f3fc303cf692539cb3fc1ffff3cca418d3fc1e1fa3b978ea03fef612445d421a9bfc14f03acac8aa8' +
  'bfd2ec3962e675a33fc0508c2fa6b4263fc2aade780a64673fc27ff7d9c789223fc25f661b91e6403fef5860f52e192c' +
  'bfc1c023e5de2394bfd2cb3d6bee0abd3fc0acfb5e075c1a3fc2505cdffe453a3fc2fff7a1fc1aaa3fc2dcb583257c40' +
  '3fef4f64c719b6fbbfc2308261514083bfd2a9887f7b72d53fc107a77c8874023fc1f45c2c3cd6d13fc380059d78e15e' +
  '3fc359ee6ac98ee03fef462f944cec16bfc2a020d85b87a9bfd2871c2e4ab3693fc1608dc31a65d93fc196ee130bbe50' +
  '3fc400049f431b1a3fc3d6f36bd653603fef3cc3dd99b68abfc30ee1b3dd00edbfd26403f84826643fc1b792fe136626' +
  '3fc138246eac74403fc48004e01d95a13fc453d386f00cc03fef3320e3970539bfc37ccf0a5279aabfd2403f3b151d5d' +
  '3fc20cbbe331c9e63fc0d81139e3f0973fc4fff7aa9382dd3fc4d07f8c590a803fef294834df28e0bfc3e9d85b43915c' +
  'bfd21bd5eb8845a23fc25ff8ac6ac8ad3fc076c688ed96ca3fc58006352408be3fc54d1ec39a73e03fef1f3709ae009c' +
  'bfc4561cb9be8550bfd1f6c00053f52e3fc2b15def783be93fc014568615239b3fc5ffff2b193f813fc5c9804f73e000' +
  '3fef14f1ae110e29bfc4c16e9098b3d2bfd1d10f8f0582413fc300c6a14fa8973fbf61a6d56607c03fc680084460e6e1' +
  '3fc645c804a55e203fef0a758fa36ec5bfc52be9d62fa883bfd1aabd69a740483fc34e451679eb023fbe989ef7c14c3d' +
  '3fc6fffb9e99a8463fc6c1d04b35fd403feeffc63ef8ef95bfc5956b76a2fe63bfd183d8ddc78ddf3fc399bdac606d66' +
  '3fbdcdba070d286a3fc780080ffcd4903fc73dc5b55758e03feef4e0457e2065bfc5fe167d6ff9bcbfd15c579fadd384' +
  '3fc3e34773e52d323fbd011c9a65ae4b3fc80006148e79c13fc7b9812b7f8ca03feee9c7701687edbfc665c70e1ef36d' +
  'bfd13449ccbcbdab3fc42ac75c71b3e83fbc32eb3e81980e3fc880060f487c173fc83511bc0e36403feede7ad2d55329' +
  'bfc6cc8737e644babfd10bae605975573fc4704313e26fbe3fbb634a6fb18bf43fc90004d3518d763fc8b0738874c100' +
  '3feed2fb2ed6673bbfc732512a6ebac3bfd0e28a6924232f3fc4b3b573bcc03f3fba925e8c72507f3fc97fffd2f20d5c' +
  '3fc92ba351af59203feec7493d32449fbfc7971fc308255fbfd0b8e2d572d28f3fc4f51a337448fe3fb9c04bcfcbc620' +
  '3fca0005bf80f0603fc9a6ae6e9e89603feebb641ef200e7bfc7fafb6e96e5c1bfd08eb6ec6ad6473fc53475f53d0ba6' +
  '3fb8ed364433c20e3fca7ff7deeca8e43fca2176948578e03feeaf4f328ff98bbfc85dc958149b1cbfd06414f933a1ab' +
  '3fc571b760c45a8f3fb81941be58c3083fcaffff7defd5533fca9c229eba6b803feea30710a85e10bfc8bfa67f9dea61' +
  'bfd038f35a474e8f3fc5acf030c225d23fb74491d062812f3fcb7ffe669932a53fcb1694cff6dfe03fee968f1921d387' +
  'bfc92078e075d95abfd00d60526793c43fc5e61073842a523fb66f49c5331d5a3fcbfff9b44759f33fcb90d15073a2a0' +
  '3fee89e756598313bfc98041cfb9203dbfcfc2bcbed91b373fc61d196d4fc2fc3fb5998c9411537e3fcc80075568f3ec' +
  '3fcc0aec4a31dbe03fee7d0e18f270a8bfc9df0ef522b132bfcf69d42179c2423fc6521336646fcd3fb4c37cdc699095' +
  '3fccfff8601a799f3fcc84b849db66a03fee7008a0ee780ebfca3cbb3a403934bfcf102fd490be323fc684ea037d4137' +
  '3fb3ed3cd9ec855a3fcd7ff97bbf14973fccfe5f1e008ce03fee62d2f04615c7bfca996515aade2cbfceb5b90b44b682' +
  '3fc6b5af92ec8d573fb316ee60d831ae3fce000840209b203fcd77ddb145a7603fee556dbe1dfdf1bfcaf5082186af0f' +
  'bfce5a799420489d3fc6e462454feb2c3fb240b2d2945a8c3fce8000c0ae943c3fcdf1113ca101003fee47dd59e7308b' +
  'bfcb4f889439f69fbfcdfe93798de6003fc710f58f2673893fb16aab1a8a373e3fcf00036d5328033fce6a17cb4e5c80' +
  '3fee3a1ee3d0f6c2bfcba8fb6e31f768bfcda1f7e6a382e33fc73b75b36ac4c03fb094f7a3470b0a3fcf7ffa48b8afc3' +
  '3fcee2dbe16545603fee2c3543f2ab37bfcc014f598207d6bfcd44bf1efe809a3fc763dc698a561e3faf7f70a7cf78a3' +
  '3fd00002eb334fae3fcf5b7b77ab25e03fee1e1d78a5c127bfcc5898c555d571bfcce6d9b706cf863fc78a350823f643' +
  '3fadd6190b9118e83fd03ffca8af86fe3fcfd3cbb53a0c003fee0fdcfdcbac8bbfccaeb76c3246ffbfcc8870d6e19ad3' +
  '3fc7ae73d2c48e913fac2e260510fdb03fd07ffcd38984b73fd025f75732d4a03fee017049c17ab3bfcd03c29afe5028' +
  'bfcc29719a2c18333fc7d0a569041dcf3faa87d3f497c6533fd0bfff1ed2add73fd061edcd7f74203fedf2d8da96b750' +
  'bfcd57b2c777881ebfcbc9ea8692b5033fc7f0c942abf9e73fa8e35e04b42bb43fd10003a8515cda3fd09dc9027416a0' +
  '3fede41734899950bfcdaa867983ede4bfcb69e3999706b63fc80ee1b0f126db3fa740fe17ee9bab3fd14001f3af9cc5' +
  '3fd0d980b6e1aba03fedd52de0412681bfcdfc316863b28bbfcb0971c55b8d5a3fc82aeda6731aac3fa5a0ecc73bd8f0' +
  '3fd18003b61225093fd1151daa1e67a03fedc61b2e0c1f32bfce4cbeb9ba6b7ebfcaa88e90c2431c3fc844f48bcbda5e' +
  '3fa4036150e585ff3fd1bfffa6a2a1533fd15096e7a18dc03fedb6e1e1218f3fbfce9c219621d6a2bfca475022627b04' +
  '3fc85cf5ff8b908e3fa268919833c0d63fd1fffd2d345aaf3fd18bf3053bf7603feda780cc3acb29bfceea622aa756ae' +
  'bfc9e5b347ed97933fc872f887ab542a3fa0d0b2158e9e9a3fd23ffcf14cf05a3fd1c7324d5684603fed97f855f32d3d' +
  'bfcf378021d457c8bfc983bef065b8453fc886fffba70cd83f9e77ebaeb85ccc3fd27ffe0bae6fc93fd202539a27c160' +
  '3fed88494619176ebfcf83795c0ac9ecbfc9217c5e6451953fc8990ff42645153f9b551ce6b92e653fd2c001a297a7de' +
  '3fd23d57acb927c03fed7873e4958fb6bfcfce4e43572249bfc8bef19f3560f33fc8a92cdf7f0e5b3f983958116f3b19' +
  '3fd2fffe7267616a3fd27835b2f378c03fed687b13906586bfd00bf9afda1a0fbfc85c34c197ad7d3fc8b7591e99f0a7' +
  '3f9524fa6525c3653fd33ffe48153b203fd2b2f66a2fdcc03fed585cf827fbe4bfd03039b45a6918bfc7f93e5dfc3f72' +
  '3fc8c39bc52100223f92185e168fb62e3fd380038122579a3fd2ed9baf6ec1e03fed4819872f20d3bfd053e81f4c1031' +
  'bfc79612621ffd793fc8cdf9db9d9dfc3f8e27b480c6852f3fd3c0033ef391413fd3281b4668c7003fed37b418590d1a' +
  'bfd076fea3ef2560bfc732c93033287a3fc8d676ca2e54583f882f85d80944b13fd4000163fa0e313fd362787b565000' +
  '3fed272c47a813dabfd0997f493b9d88bfc6cf643da9fe3c3fc8dd18c1cd33313f8248d1f70f6e073fd4400374071092' +
  '3fd39cb80f0a40003fed16813ba47a6bbfd0bb6cd8788947bfc66be2589596a63fc8e1e5c9b3ec1e3f78e868d20fab86' +
  '3fd48000c880f2003fd3d6d1deffb4603fed05b5cadc576cbfd0dcc2a1d352c2bfc608583d7d25743fc8e4e303208bc0' +
  '3f6ac9096379e7323fd4c0004d97d2cb3fd410cbf3a2e2203fecf4c8bb7ed511bfd0fd8437766a49bfc5a4c25aabc13c' +
  '3fc8e616c80dac4b3f4038aab04695c23fd4fffd9397539f3fd44aa206a7dec03fece3bbcf479ddebfd11daf4d122984' +
  'bfc5412eb1024df03fc8e5871b2c560dbf625da8951c088d3fd53ffff304715f3fd4845a791f39003fecd28da45e0fd8' +
  'bfd13d478d61f221bfc4dd98d3e9bb993fc8e33a0f181507bf743c33d08bd25c3fd58002e88ea3863fd4bdf0f575d6c0' +
  '3fecc14002035609bfd15c4ab808071ebfc47a0eb2945fcf3fc8df35fc056447bf7f2011b00a45cd3fd5bffd70f4d590' +
  '3fd4f75d284d7ae03fecafd5f2de98b6bfd17ab4a2b42f42bfc416a51c285a923fc8d982511d6c5abf84ecc177008605' +
  '3fd5fffdb70d6e533fd530ab8e2ff5003fec9e4c32d2429dbfd1988c35190681bfc3b34cbf7483193fc8d22498d3a613' +
  'bf8a33d4aa295f9f3fd63ffc5c7399e23fd569d54f022e803fec8ca558dd180fbfd1b5ce1d701de4bfc35017a7806a5a' +
  '3fc8c92456c01cf9bf8f64d9942059e13fd67ffd9a1ac7d23fd5a2ddf50031e03fec7ae0ceff6debbfd1d27c7c8c245b' +
  'bfc2ed05c6aa933f3fc8be87ddc5cf1fbf923fb6d594386f3fd6bffd6f7b93533fd5dbc1b4e066c03fec6900456b591a' +
  'bfd1ee95c2d6d0aabfc28a23b11086f73fc8b256dde22d5abf94c19a489d85a43fd6fffbf02a83e43fd614806a237dc0' +
  '3fec57044cc81773bfd20a1a4b9029cabfc2277789f5fb1c3fc8a4989b09e911bf9737ec130d419a3fd73ffe128c213a' +
  '3fd64d1e424994803fec44ec129c0d30bfd2250c83787259bfc1c4ffd55be4fc3fc8955336b2d603bf99a2842e43df46' +
  '3fd77ffbea0cdc7a3fd6859405b0e2203fec32ba687132c0bfd23f697273497ebfc162cecd39b0373fc8848ffa930aaf' +
  'bf9c013da45544123fd7c003f18edab83fd6bdee4127bee03fec206bc01607bdbfd259375fee2f42bfc100d4307761e1' +
  '3fc872525dfec556bf9e53f67958f9733fd7fffd41f35c4c3fd6f616da6607a03fec0e07cddc8437bfd2726cbfb4daea' +
  'bfc09f3be0db14723fc85ea92a95aa1bbfa04d47d872cfa23fd8400326c7c46b3fd72e2596b8be003febfb874cdedf38' +
  'bfd28b14d09404f3bfc03de1e7fb61f23fc84993acb33be9bfa16a769b1de6073fd88003ca90b1793fd7660aa104a220' +
  '3febe8eff236e2f6bfd2a32919a94ddfbfbfb9ce0856a0813fc8331f33f70280bfa2817af01308cc3fd8c003e9692fd5' +
  '3fd79dc9f0b2cb003febd640f2966495bfd2baabfd6ec2eabfbef892e08e9c2d3fc81b52031873e3bfa39249ac12113d' +
  '3fd8fffe35be5c5f3fd7d55ebdccdfc03febc37c6eabcf77bfd2d19c2d74f445bfbe382ce63f2cdb3fc802360e6fe2ae' +
  'bfa49cd90e66ab413fd94002aa8974cd3fd80cd6b8afd8803febb09e4468ccbabfd2e7ffec84e686bfbd787688c659e8' +
  '3fc7e7ccc2f15460bfa5a120b410d3ed3fd98002e08efdea3fd84425348569203feb9dab3f290478bfd2fdd2bb81edef' +
  'bfbcb9a531e683983fc7cc23c2dbb11bbfa69f1998467e783fd9c00275294b6b3fd87b4d299f62003feb8aa2de96cf1f' +
  'bfd313168c4d45d2bfbbfbb7edce4dba3fc7af418907fec9bfa796be07419f553fda0002f3e490ec3fd8b24fc21a4500' +
  '3feb77853b5ef7ddbfd327cc8eae70cdbfbb3eb3d49e40da3fc7912d4d93f7eabfa888099e21606a3fda3fff458461b6' +
  '3fd8e9287754d2c03feb64546a0daf0ebfd33bf3dc2a9a3fbfba82b14917d0033fc771f17c7566cfbfa972f93d700dd8' +
  '3fda800287e12aae3fd91fe0a5dfd0003feb510da0d82e05bfd34f90a76ad312bfb9c798deec35ad3fc751908a0ef43e' +
  'bfaa578b0872efc83fdac00149a86c843fd9566e5c4516e03feb3db4dd03f6b6bfd362a0291c1f82bfb90d9503f6df60' +
  '3fc7301825091e92bfab35be577a022b3fdaffff2f4cc2e13fd98cd4942265403feb2a499297200abfd375245153fd01' +
  'bfb854a3ae3de27e3fc70d8e7eb3f331bfac0d93b6ad570e3fdb4000c2f3711e3fd9c31701cdc4c03feb16caea63781b' +
  'bfd3871f3665b649bfb79cc03f70fbc63fc6e9f9061dfc2ebfacdf0cd837f9c33fdb8000a777e1803fd9f930f3748f20' +
  '3feb033b0fb0162abfd3989025978cabbfb6e6025c765aab3fc6c5629c16d678bfadaa2c92a16ebf3fdbbffd087e14ed' +
  '3fda2f20bf0ddb003feaef9b1cce6e94bfd3a9778b73e3c3bfb6307709efd1cc3fc69fd458408d3abfae6ef6d2e48013' +
  '3fdc0000f00867833fda64ef8d4480803feadbe835990b5abfd3b9d927241b86bfb57c06c20e40013fc6794f90e6c8ab' +
  'bfaf2d709a630a273fdc4001863e58f83fda9a941c3a1ba03feac82635ed7dd2bfd3c9b30c075b50bfb4c8d7a429793c' +
  '3fc651e295903c22bfafe59ff0f8b6493fdc7ffc6c62c3bf3fdad00c580a58403feab45662d1d808bfd3d905acbb06ec' +
  'bfb416f7421e42dc3fc62996e5608efdbfb04bc5f14b649a3fdcc00234b2a2093fdb0565f68f3b403feaa0741e3dc946' +
  'bfd3e7d5e2db674ebfb3663ea4833ffe3fc60069c4f0392bbfb0a19e38b102013fdcfffcaac5f9f93fdb3a8e59c45cc0' +
  '3fea8c86d2389c24bfd3f61f8362b2cbbfb2b6f1c6c746a63fc5d671426d2946bfb0f45d4981ce753fdd40040d800c64' +
  '3fdb6f9988af65803fea78877498ced2bfd403e8ef8975c0bfb208d4bea81e2b3fc5aba5283ffa4ebfb1440811705130' +
  '3fdd7ffeb0e645003fdba4722324e1403fea647e8c5ad680bfd4112da03f042dbfb15c339580389c3fc5801e49d9889e' +
  'bfb190a3ef96554f3fddbffe2dfcf4eb3fdbd9269f1d27a03fea50671ac286cabfd41df2590a4de1bfb0b0e48bd1efa5' +
  '3fc553d8702506d0bfb1da36ada415a63fddfffd8a34bbc23fdc0db2c4f7a2c03fea3c432ef70bb3bfd42a3716ee647c' +
  'bfb006fadb6270bb3fc526de86f08de6bfb220c67e5061fb3fde3ffdd26415c03fdc4217582829403fea2812f391ddcb' +
  'bfd435fd18eddf0abfaebcf288a589af3fc4f9374cf96163bfb26459f6a184813fde7fff37f726723fdc765467aa3dc0' +
  '3fea13d6d6ce86b3bfd4414574037e91bfad6ec93b2cc4453fc4caea0564f101bfb2a4f80c49cd643fdebffda11bc00f' +
  '3fdcaa6685e236603fe9ff90a25c2396bfd44c108a64724fbfac23992f871e823fc49c010afbfb85bfb2e2a80f0ff3fe' +
  '3fdeffff3313756d3fdcde529d30cc203fe9eb3edff9491fbfd456607e6abaaebfaadb4c3e8aa98d3fc46c7f25d8ff7d' +
  'bfb31d71a71d448d3fdf4001914b856e3fdd1216aac1bb203fe9d6e2c9bc4315bfd46036004e7e91bfa995f7fb901f89' +
  '3fc43c6d3f5be04abfb3555cce8abf923fdf8003cd1444283fdd45b1d93e96403fe9c27d256fdfebbfd4699209f7c145' +
  'bfa853a9ed5211743fc40bd32b27751fbfb38a71cfa5c5f23fdfc00200545bd93fdd7920f536d9603fe9ae0faae99ea5' +
  'bfd4727538dd66f4bfa7147db5484f743fc3dabaf8efc373bfb3bcb93ea6b8643fdffffbda6f2aa83fddac63b420faa0' +
  '3fe9999aed4d0cabbfd47ae0bfcc6072bfa5d87c25bf7a4a3fc3a92bf5999ee5bfb3ec3bf7f09d083fe01fffa65118c8' +
  '3fdddf852bf70c003fe9851aecd72ae5bfd482d78f5794c5bfa49f682e4a020b3fc3772225a156dabfb4190319f58064' +
  '3fe040019c0b05563fde127dfa2ba2003fe9709308c17a55bfd48a59957a7efdbfa369762648f2bb3fc344ab592569b1' +
  'bfb4431803752ddb3fe05fffc24501db3fde4547a495bcc03fe95c064f225b79bfd491672163f5b8bfa236d34b79b89f' +
  '3fc311d4b530b7bebfb46a844d9314763fe07ffe865125fc3fde77e92a5fad603fe947725c13b0eabfd498026f33abca' +
  'bfa1075ade947c6b3fc2de9dd8d5e01bbfb48f51ca17ca603fe0a002107eac253fdeaa69082431803fe932d4f339824b' +
  'bfd49e2d7145f475bf9fb5d8005714243fc2ab0685d1cf84bfb4b18a7dbbbabe3fe0bfff7376e5d43fdedcb5f79ff560' +
  '3fe91e358ee1b492bfd4a3e749498453bf9d63e4be685c6f3fc27726c4b1f032bfb4d1389e6ecc3a3fe0dffe1715ee2e' +
  '3fdf0edb9be1bb803fe9098fd993bd60bfd4a9329b84e907bf9b185ae07dba5e3fc242f8f2d7a804bfb4ee668ddaa340' +
  '3fe100017f3d776c3fdf40df6119e1003fe8f4e1fb44bcfbbfd4ae1116e3467ebf98d304cf3684223fc20e7d736708ae' +
  'bfb5091ed7b3658d3fe11ffefd8c7b653fdf72b08fd215603fe8e0334770fb0abfd4b2825c0f6783bf9694ac7ffe0364' +
  '3fc1d9cbe529bf4cbfb5216c2c73e5f03fe14000afa3ee713fdfa45ee3324d603fe8cb7d9ff684dfbfd4b68917add34d' +
  'bf945ca367276e703fc1a4d9a1fbf3b1bfb537595fba23743fe15fff733361873fdfd5df3de48d003fe8b6c60cbe3546' +
  'bfd4ba259b291bcbbf922b6f5fb712cc3fc16fb855e28b0bbfb54af1633f423c3fe17fff6c447b823fe0039c0208ecc0' +
  '3fe8a20a48f15926bfd4bd59a5808ac3bf9000cd5eef6f2a3fc13a66ebe54aa7bfb55c3f45420ce43fe19fffae932b61' +
  '3fe01c33e0091bc03fe88d4b55664e00bfd4c026579f5abbbf8bb9a68797c32a3fc104ec95d4f64ebfb56b4e2bbc325e' +
  '3fe1bfffba12ae503fe034b6d3aba0203fe87889ebdccf04bfd4c28ce6d463c1bf877f1cb36211fc3fc0cf4fb90b11e7' +
  'bfb5782952dcbe1a3fe1e0014b459e413fe04d262dc058003fe863c551625b6abfd4c48eaffdd399bf8351cb603059ca' +
  '3fc09992de65d0d9bfb582dc087bb3673fe2000032306f333fe0657ebafb6ce03fe84f00a1e2eec3bfd4c62cb79ec8c6' +
  'bf7e6488d95de8d13fc063c2661df241bfb58b71aaa63bad3fe22000d30a486c3fe07dc3d21650803fe83a3966b3e5bf' +
  'bfd4c7687de04deebf763ff7800f052f3fc02ddc28f35eddbfb591f5a351cf913fe23ffe215e03fc3fe095f19f380a00' +
  '3fe8257348be5f3fbfd4c8431b793f77bf6c6e63625993b83fbfefdb8c5e4b3bbfb5967366fe9ca73fe260006833d65d' +
  '3fe0ae0e6496a8c03fe810a945b44aa3bfd4c8be055b407abf5920a7ae83f0a43fbf83dc860a6a5ebfb598f670d98ee7' +
  '3fe28000e82d4d503fe0c615095f53003fe7fbe01e9337b7bfd4c8da573c6f6a3f38b6c7c50f565d3fbf17dbc9c4b6ca' +
  'bfb5998a45d6dae03fe29fff203b6a0b3fe0de05308527203fe7e7188520538dbfd4c899668c69633f6286ecbeca8ab0' +
  '3fbeabe49b6ac5bdbfb5983a575a96843fe2c001e91a9d933fe0f5e3f7817a203fe7d24e63a45d97bfd4c7fc5f83c46d' +
  '3f70e1995d9c800a3fbe3fe93721a8e0bfb59512377da8403fe2dfffc6fb49483fe10daa4ce360403fe7bd883e39011f' +
  'bfd4c704b5eae11f3f786398192c622b3fbdd412b62ba357bfb5901d5f0e020e3fe2ffff39cb4eed3fe1255d0970ad60' +
  '3fe7a8c2365b7a9bbfd4c5b38925f5323f7fcb03785e30703fbd68540eedf3b3bfb58967479c252a3fe31ffe002e31cb' +
  '3fe13cfa81fd37803fe793fe1bbe9667bfd4c40a3046f4c73f838bae8f5e6bf13fbcfcbd83775c98bfb580fb62e887ab' +
  '3fe34000edc7bffd3fe1548644d052003fe77f39244a1da5bfd4c2099fb764c13f8724e2851b0be53fbc9147507c76e0' +
  'bfb576e519c7f0ab3fe36001ce0428303fe16bfbc1656ae03fe76a77ad3b2b77bfd4bfb374aac2963f8ab07005b229c2' +
  '3fbc260e87dca54bbfb56b2fc90df7633fe37ffe89b8fc543fe1835977d0ba803fe755bb660caa3dbfd4bd09308bb975' +
  '3f8e2e26fe0a12403fbbbb2218790f26bfb55de6c094f3da3fe3a0019b4da8423fe19aa7100cd1403fe740fdd801f889' +
  'bfd4ba0b2c32c6563f90cf998eca44a23fbb5066c9863443bfb54f15406672b53fe3c000ce6b63e83fe1b1dd1d0b0ae0' +
  '3fe72c45f28670e6bfd4b6bb92422e2e3f928141a0d321463fbae60637452321bfb53ec677d91f563fe3dfff114a2607' +
  '3fe1c8fdc6ff6f203fe71792206847a7bfd4b31b669bd3063f942c3a04ffd28a3fba7bfde7fc0825bfb52d0582f471ba' +
  '3fe3ffffc1da9b7d3fe1e00b7f2e88403fe702e084371133bfd4af2b8012fbe43f95d0b4bfc47f4b3fba1249d80ab6c5' +
  'bfb519dd69a4108d3fe41ffee11d9c333fe1f70367c3ec203fe6ee34026a76a0bfd4aaed96514b123f976e8307ba2905' +
  '3fb9a8fe261a1221bfb505591d552ba03fe43ffffa1746763fe20de80faff8603fe6d98a9ea6d162bfd4a6626b927b3b' +
  '3f9905d8f84adbb03fb94015dd484db5bfb4ef83783eef443fe45fff0d457fa43fe224b69f6753003fe6c4e73a093351' +
  'bfd4a18bcbf2bff83f9a968a84bb8c163fb8d7a493fbb975bfb4d8673b37e4fb3fe47ffe8f910e573fe23b70dd92b840' +
  '3fe6b04889b04359bfd49c6a974b07ff3f9c20be25f202513fb86fa882e9673dbfb4c00f0d12f5503fe4a0017323fc6b' +
  '3fe25218e34e34203fe69bacf277fe27bfd496ff7f856aba3f9da49e9928150c3fb8081e3eb66a26bfb4a68578ab06c5' +
  '3fe4c000b1bf05003fe268a9bd8b2c803fe6871942abbd42bfd4914cec74e64a3f9f21ded0c3eeec3fb7a1225b30aa05' +
  'bfb48bd4ec53ef433fe4e0011d07207b3fe27f26da64f7a03fe6728aa7cfbeb2bfd48b533fcbb2473fa04c60a7354a41' +
  '3fb73aaaeff6f27abfb47007b81a6bb23fe4fffe5f36eb463fe2958d35ddd1803fe65e04307b6af3bfd48514828bb6e6' +
  '3fa1048e48993ed93fb6d4cb468d7c59bfb453280d4849893fe520012afdf7593fe2abe2eb1c32803fe649808dc5daad' +
  'bfd47e902c11e3b73fa1b9ae88e1b3433fb66f6cff4501bfbfb4353ffcd6b8de3fe54001dfdb24233fe2c222ab0402c0' +
  '3fe63504e7e657fbbfd477c8eee53fa93fa26b9a696cd8453fb60aad6a3aa6efbfb416597704e1f43fe55ffe72d2a74f' +
  '3fe2d84b16be72403fe62092ce54aedebfd470c07b7641563fa31a4c4d9abee73fb5a697a899a63dbfb3f67e49fa7fb1' +
  '3fe58000ee716c333fe2ee63284f3fe03fe60c24181c5720bfd46975c383b0c13fa3c5ffc40a1a5a3fb543110b7b3b72' +
  'bfb3d5b8217004013fe59fff9825cd2a3fe304642defcf403fe5f7bf3c14a317bfd461ec227a4cde3fa46e856da8d837' +
  '3fb4e03c6162f4c8bfb3b410857f59763fe5bffdfe2a42cd3fe31a50a5110dc03fe5e36233cf1268bfd45a23f68b7dbc' +
  '3fa513f5de40f0e93fb47e12de05901ebfb39190da5cabb53fe5e000573307993fe3302b752534803fe5cf0a901da45a' +
  'bfd4521d552754cf3fa5b66bbbf000bb3fb41c8bd2baf7b2bfb36e425f53241a3fe600014d6055da3fe345f0ff2eda60' +
  '3fe5babbf2ea5900bfd449dab20087543fa655d118f56fbb3fb3bbbb89a0c1b2bfb34a2e2e8d60fc3fe620012c3809cb' +
  '3fe35ba1812d50403fe5a676671e49e9bfd4415d230e62163fa6f22d6b05c7f73fb35ba4cfe6b72bbfb3255d3c3bfa3b' +
  '3fe6400087b47ecc3fe3713d697155803fe59239c8fb0e69bfd438a5a5bd1f6e3fa78b897f9b13cf3fb2fc4974f57c8f' +
  'bfb2ffd8566caaca3fe66000a746397f3fe386c59d9689403fe57e0583073c58bfd42fb4fe3d00833fa821f14b9e1eeb' +
  '3fb29da91952ee82bfb2d9a8245866a83fe68000e4e3094b3fe39c39b5fe39003fe569da36dd131ebfd4268c74778fe0' +
  '3fa8b5679ab0310f3fb23fc8f2e43205bfb2b2d5264835733fe6a001e2e377873fe3b19a27d526203fe555b7b5d865cd' +
  'bfd41d2cf1600cd33fa945f54b79e8593fb1e2aa46a0b02dbfb28b67b508a35b3fe6bffe0df4bbfb3fe3c6e346f2b6e0' +
  '3fe541a1b658afbebfd41399388da1373fa9d387e5b3c2ba3fb18660173397f9bfb2636801db49453fe6dfffea406cea' +
  '3fe3dc1c1bb3d4003fe52d91d33ffe8ebfd409cf36bcffe93faa5e54174405af3fb12acedc041806bfb23ade160d6557' +
  '3fe70000ed01ea653fe3f14054e514003fe5198c5c8b9119bfd3ffd1f2ea4ff73faae643308c81cd3fb0d00c1960aaf7' +
  'bfb211d1d2f50d253fe7200200d515eb3fe40650983bb3e03fe50590f2175c71bfd3f5a2361bb15c3fab6b5f9b536afc' +
  '3fb07617a731624dbfb1e84af1a8c0543fe740011323de6d3fe41b4b9483e7203fe4f1a11027ba01bfd3eb41bb978c8f' +
  '3fabeda77765626a3fb01cf997f58c8abfb1be51030743483fe75fff25cab4ca3fe430320001d5c03fe4ddbc4573fb6c' +
  'bfd3e0b141f21d2a3fac6d25d1bda00f3faf89625935ee68bfb193eb6f8e06893fe77ffe90921f763fe445056cc6af00' +
  '3fe4c9e14cffbdaebfd3d5f10b247ec43face9ea943f45163faeda73f24a8af1bfb16921776aac423fe79ffe47b2f83b' +
  '3fe459c535c19f203fe4b610fc8f20bdbfd3cb0273df2a0d3fad63f823c5d6de3fae2d319c5116abbfb13dfa326e2972' +
  '3fe7bfff2f1e79a93fe46e71f84df5c03fe4a24af586b1bdbfd3bfe62ef81e5b3faddb58738896f03fad819a2515de78' +
  'bfb1127c9026fdd03fe7e001973c8d053fe4830bf0fb95803fe48e8f3466b08ebfd3b49d1c53a01a3fae501325103eed' +
  '3facd7af5290f4afbfb0e6af57ef003b3fe7ffff69efc0923fe4978f431c38003fe47ae1a3e1064abfd3a92a666c50c4' +
  '3faec2194098a4be3fac2f942eee57e0bfb0ba99290d57303fe82001c52b52323fe4ac01d2b833403fe4673cd31b7cf5' +
  'bfd39d8bc67d05f03faf31922a81b5d53fab891b8aa20e90bfb08e407adcefd63fe84000bd4d4e3f3fe4c05e9b1dbc60' +
  '3fe453a5c8d629f7bfd391c513e9ef473faf9e6917383d6b3faae471278e21b9bfb061ab9cf54d103fe860018c869cbd' +
  '3fe4d4a8fd2285a03fe4401979b82471bfd385d55c3e29293fb0045b7b2c8ff23faa417c39d7ca4fbfb034e0b767b7d4' +
  '3fe87ffeb5db37103fe4e8dd8b93bca03fe42c9b66c6e6bfbfd379bfa32ee2a13fb038386187fe0f3fa9a05a8b3a0b33' +
  'bfb007e5caee03a93fe8a000863c77e33fe4fd018fcd1e803fe41926a8a8093fbfd36d81b5ee344d3fb06adc2841f292' +
  '3fa900e42484560bbfafb58162792f0a3fe8bfff0ed982af3fe5111016e28ac03fe405c0389112eebfd3611f89d38dc7' +
  '3fb09c3db450b9f73fa86342312d0c4abfaf5aee3a6ca0123fe8e00002c3aeae3fe5250cc0ab0a403fe3f264c65593c5' +
  'bfd35497d82be9003fb0cc6968546d393fa7c759db8499fdbfaf001d36a323373fe90000ecbfa97b3fe538f60e8d4ee0' +
  '3fe3df15f4119333bfd347ec7d2149f43fb0fb5efa921d3c3fa72d3869693e89bfaea51923a0f5f33fe91fffd251c01c' +
  '3fe54ccad3f3bd203fe3cbd51554dd15bfd33b1f2bc942453fb1291f2fc4c3f63fa694e81b7a765cbfae49ec826e86f6' +
  '3fe94001d90af4e63fe5608e4d4ec6403fe3b89f3445ef72bfd32e2eb7bbd79a3fb155b4e401d0713fa5fe513a256f1c' +
  'bfadeea1890ff6623fe9600104fd6c173fe5743cd5673c203fe3a57809ebc6e2bfd3211e6da5039c3fb1811b4e62286b' +
  '3fa5699071bece9dbfad9342239116413fe980002d214b823fe587d83b0d61203fe3925e01eaac3ebfd313ee08425504' +
  '3fb1ab5a02bdb5713fa4d6989ebd70b8bfad37d7f482965a3fe99ffdeb9806513fe59b5fb16ba7a03fe37f5210b1ab7a' +
  'bfd3069ef993d6763fb1d472cded25a83fa445702d0abd9abfacdc6c56221aa13fe9bfffe55040533fe5aed6b55de6a0' +
  '3fe36c50fa91c51ebfd2f92fbe311e563fb1fc705be3af053fa3b5fdacd5cdc7bfac81085adbb9b83fe9e0016e60a234' +
  '3fe5c23a79acd4803fe3595da5fab2eabfd2eba31ddeceea3fb22350357365183fa3285622f9fd28bfac25b4ce8b2259' +
  '3fe9ffffb685741b3fe5d5895ad404603fe34679d832b8d3bfd2ddfb230eda413fb24912b23c0ba23fa29c854c4e86da' +
  'bfabca7a37002a553fea20019d59b9433fe5e8c78c187ea03fe333a19ede2183bfd2d035b00437793fb26dc37ab9110c' +
  '3fa2126c959cfc0ebfab6f60d556233e3fea3fffbe9e153f3fe5fbf0a9c08ae03fe320d96f7861aabfd2c256c2200f18' +
  '3fb2915da67952933fa18a2b256a8fdebfab1470a67a4e893fea5ffe7a23a1ce3fe60f07632006003fe30e1ed13d395e' +
  'bfd2b45d444039323fb2b3e9c967f0133fa103ad35d002b8bfaab9b16496a8f13fea800157f250b83fe6220ddd6453a0' +
  '3fe2fb6fcfffcc1ebfd2a6486f8d82913fb2d56f03654cc33fa07ee34bb6e7a6bfaa5f2a87992f033feaa000dd839d49' +
  '3fe634ffb412c9a03fe2e8d0e2d59e01bfd2981c5467cfdd3fb2f5e8ff1fadb53f9ff7d6a3ba803cbfaa04e346af8db7' +
  '3feac000770df2203fe647defef700203fe2d640220aff7fbfd289d836f9e74f3fb3155ee509140a3f9ef56b61ab0b7f' +
  'bfa9aae298ce391f3feae001125bbe483fe65aac57a24d203fe2c3bd1bfb3559bfd27b7c6dde55dd3fb333d515c4c270' +
  '3f9df67a9bac4ecfbfa9512f363a972b3feafffe7c3218393fe66d65569b83c03fe2b14a53fbf8d9bfd26d0b9cfa03ce' +
  '3fb3514b2caa2e0c3f9cfb224597be9abfa8f7cf991100223feb1ffe754869243fe6800d68cefb403fe29ee48e6aa814' +
  'bfd25e83e8afa7eb3fb36dc9fb0e8ac83f9c0331ad5d66cabfa89ec9fedb1e8b3feb40015fb8deb83fe692a4d137c500' +
  '3fe28c8babff668ebfd24fe5d8e71e0a3fb389551297317a3f9b0ea31d844655bfa846246914067d3feb6000386c27b9' +
  '3fe6a5278cdf6fc03fe27a43c5758db8bfd2413559cadce03fb3a3e9ee34ae913f9a1da81c5fff05bfa7ede49ec8aac6' +
  '3feb8000d1efddb33fe6b7990accb6603fe268099983aab2bfd2327076047e083fb3bd90f132139b3f99301058deb3e1' +
  'bfa796102d194ce93feb9ffe42cc40473fe6c9f686445e603fe255e0069f871fbfd2239a254616393fb3d649a926c127' +
  '3f9845fbc5a21f70bfa73eac68e20be63febc001951aeaad3fe6dc453c4e45a03fe243c1ff6573b0bfd214aee38fa7e7' +
  '3fb3ee1e5ea1330f3f975f242bcce6dfbfa6e7be6f3902c53febdffe6616fe113fe6ee7e27106fe03fe231b697b587f0' +
  'bfd205b5240fef323fb4050944eb818c3f967bde108160f9bfa6914b271d18ad3febffff54511c723fe700a7643bbb40' +
  '3fe21fb7e1823c8bbfd1f6a89a854f7a3fb41b1571f048373f959bd8bbd10f7cbfa63b5741f037113fec2000c537593e' +
  '3fe712bef36d64003fe20dc7f754b2d5bfd1e78b9d24dbed3fb4304394f485e03f94bf29122a6884bfa5e5e73d2aa4e9' +
  '3fec4000ddd357193fe724c3d7fa30003fe1fbe7f2a8b1bfbfd1d85fb25dddf63fb44495d2e3b20f3f93e5d67fcc1b30' +
  'bfa590ff62d0d00f3fec6000402375b63fe736b67dff37203fe1ea1786c92387bfd1c92531ddfc583fb4580ff8b6cbc2' +
  '3f930fd700ce998ebfa53ca3cb299e5f3fec7fff19904fe43fe748970f3958603fe1d856a825ba33bfd1b9dca75e0fc5' +
  '3fb46ab579f8fd7d3f923d23a5a90afebfa4e8d85d2f574b3fec9ffef9e2409d3fe75a6679e7f1c03fe1c6a48740d2e9' +
  'bfd1aa85f198392c3fb47c8a808c583a3f916dac857f2526bfa495a0d04775763fecc001e038ef723fe76c25e6815140' +
  '3fe1b50019bdadf8bfd19b20b4a469ae3fb48d9342387ea23f90a15f7305baf5bfa44300acae4e173fecdffeeb72037f' +
  '3fe77dd07a7a4aa03fe1a36e4f1f6702bfd18bb1d0992cf83fb49dce5aa4990d3f8fb0dd63759665bfa3f0fb4d2f0c0f' +
  '3fecffffea4839ed3fe78f6bb17088c03fe191e9cf32122fbfd17c35220400ac3fb4ad440a1596413f8e252c80894ca9' +
  'bfa39f93df89c2653fed1ffdec3ec8b23fe7a0f3c8c6c8803fe18076729f01d6bfd16cae985155403fb4bbf41b0933ff' +
  '3f8c9ff5e09a60cdbfa34ecd662a57043fed3fff7084edd43fe7b26c5f02f2203fe16f10b9973206bfd15d1b9e1e0a54' +
  '3fb4c9e4ac2c9a303f8b20ddefce76ccbfa2feaab888bc373fed5ffe8d728e7c3fe7c3d2488d7e803fe15dbbe622a5a7' +
  'bfd14d7fa305ceb23fb4d716417bf1c73f89a81ee19fe239bfa2af2e84ddad073fed7fff70aa3b033fe7d527db239580' +
  '3fe14c75be4fea01bfd13dd92ad706aa3fb4e38db49d32aa3f88357a37df2b6dbfa2605b507cd77b3fed9fff1434fba3' +
  '3fe7e66b82c8a7203fe13b3fed9b7fedbfd12e2a3ac9d6463fb4ef4ce7b01cf53f86c905d25fd52dbfa21233798666ef' +
  '3fedbffea8c8de8c3fe7f79df4a0a5203fe12a19d7fc2119bfd11e72c6be19df3fb4fa57634e1b913f8562a647f96df5' +
  'bfa1c4b9373af5993fede00026573df53fe808c04dbcb9603fe119027903e4b9bfd10eb25cdfed063fb504b0cca681fa' +
  '3f8402386f3cde09bfa177ee9ba8fa6a3fedfffe35009b663fe819cfc2cb53403fe107fcb1c942b5bfd0feec230d7d92' +
  '3fb50e5a75c5b4f13f82a7e8e3c139d8bfa12bd593fa642b3fee2000492d4c683fe82ad05ccb86803fe0f704928e55df' +
  'bfd0ef1cee0b07213fb51759937bfb743f8153592bc9fddbbfa0e06fea1d18243fee40009412bb653fe83bbf14001a60' +
  '3fe0e61d37f485dabfd0df481b2bd37d3fb51faf64024d143f8004b99b849698bfa095bf450a24343fee5fff4758ef2f' +
  '3fe84c9c1531c1803fe0d5468b7fece7bfd0cf6e105bfe1e3fb5275ef9c5e03a3f7d77f217aa1137bfa04bc52a6891e1' +
  '3fee8000380f819f3fe85d6974ccc0603fe0c47e8f1da5b5bfd0bf8d62ad700f3fb52e6c1f3fbc2b3f7af1c3ee24ad7d' +
  'bfa00282fece26c93feea000a6d8cb7b3fe86e25d00e3a603fe0b3c6ba314d62bfd0afa7e7cb2d843fb534d908e9071f' +
  '3f7877044ce5e5c9bf9f73f40eb7c9d53feec0005a13ba603fe87ed119b163e03fe0a31f2ebb7ad7bfd09fbe33a3fce1' +
  '3fb53aa889d9af5d3f760799f7f7040bbf9ee456d3f0b3fb3feedfff58f8dd183fe88f6b6681ca803fe09287ec4360b3' +
  'bfd08fd0b7ce07e53fb53fdd7bdedd3f3f73a36670c52e66bf9e56305dca73153feeffffbe0334003fe89ff5dd4d7960' +
  '3fe081ffdffe15bdbfd07fdedae56c0f3fb5447af84d6f5d3f714a247982941ebf9dc98281e688353fef2001e6b5125d' +
  '3fe8b070bbe881603fe07186df7122e2bfd06fe8de9053253fb54883b5deec7a3f6df762b4a186d5bf9d3e4ede20f495' +
  '3fef3ffdf770e0db3fe8c0d809e963803fe06120f5a576a9bfd05ff31d2912ff3fb54bf98cd1001f3f6970fc6e90dc16' +
  'bf9cb496d8eb587e3fef5ffe4e16da333fe8d13129bccdc03fe050c8d33ba4e9bfd04ff8d74c83d23fb54ee0592bb252' +
  '3f64ff617193eeb5bf9c2c5ba459ac863fef80004576ff2e3fe8e17acce443a03fe0407fd8a97b6cbfd03ffbc91b3e55' +
  '3fb5513a5f3357f73f60a2ba14c92b53bf9ba59e3e70df713fef9fff39b6a3303fe8f1b2a7f515a03fe0304863064158' +
  'bfd02ffeacbaada83fb55309f27448c03f58b6d64850006bbf9b205f742323df3fefc001aa76c0b93fe901dc15d66d80' +
  '3fe0201f28d9b4aabfd01ffea98d4c383fb55452089780f83f5050b57f35c5bbbf9a9c9fe19247af3fefdffe39a592ca' +
  '3fe911f26d88a7803fe01008e40c6538bfd01000d31688de3fb55514e32f18163f402a154e1628d2bf9a1a5ff4faf5a0' +
  '3feff8018e92d1b03fe91dfb9bb4bf003fe003ffb884c5a9bfd003ff3876a9543fb555515539ddfb3f2007e77b95e6c2' +
  'bf99b9a718a3ba58');

export const A = 1.2904777690891933e-08; // below: atan(x) = x
export const B = 0.0625;
export const D = 16.0;
export const E = 5805361265115136.0; // beyond: atan(x) = +-pi/2
export const D3 = -0.3333333333333333;
export const D5 = 0.19999999999998855;
export const D7 = -0.14285714283953163;
export const D9 = 0.11111109821886427;
export const D11 = -0.09090424391727987;
export const D13 = 0.07601836584380736;
export const HPI = 1.5707963267948966;
export const HPI1 = 6.123233995736766e-17; // pi/2 - HPI
export const OPI = 3.141592653589793;
export const OPI1 = 1.2246467991473532e-16; // pi - OPI
export const QPI = 0.7853981633974483; // pi/4
export const TQPI = 2.356194490192345; // 3pi/4
export const TWO500 = 2 ** 500;
export const TWOM500 = 2 ** -500;

/** The Taylor polynomial of atan(x) / x - 1 in v = x*x. */
function taylor(v: number): number {
  return fma(v, fma(v, fma(v, fma(v, fma(v, D13, D11), D9), D7), D5), D3);
}

/** The row of the table point nearest to t (1/16 <= t < 1), as an index into CIJ. */
function row(t: number): number {
  return 7 * (Math.trunc((t * 256 + TWO_52) - TWO_52) - 16);
}

/** The polynomial of a table row at z = t - x_i, without its constant term. */
function rowPolynomial(r: number, z: number): number {
  return fma(z, fma(z, fma(z, fma(z, CIJ[r + 6], CIJ[r + 5]), CIJ[r + 4]), CIJ[r + 3]), CIJ[r + 2]);
}

/** atan(x) for every double, as glibc returns it. */
export function libmAtan(x: number): number {
  if (Number.isNaN(x)) return x;
  const u = Math.abs(x);
  let y: number;
  if (u < 1) {
    if (u < B) {
      if (u < A) return x;
      const v = x * x;
      return fma(x * v, taylor(v), x);
    }
    const r = row(u);
    const z = u - CIJ[r];
    y = fma(rowPolynomial(r, z), z, CIJ[r + 1]);
  } else if (u < D) {
    // atan(u) = pi/2 - atan(w), w = 1/u carried with its rounding error.
    const w = 1 / u;
    const t1 = u * w;
    const t2 = productError(u, w, t1);
    const r = row(w);
    const z = fma((1 - t1) - t2, w, w - CIJ[r]);
    y = (HPI - CIJ[r + 1]) + fmaC(-rowPolynomial(r, z), z, HPI1);
  } else if (u < E) {
    const w = 1 / u;
    const t1 = u * w;
    const v = w * w;
    const t2 = productError(u, w, t1);
    const yy = (w * v) * taylor(v);
    const ww = ((1 - t1) - t2) * w;
    const t3 = HPI - w;
    const cor = HPI > Math.abs(w) ? (HPI - t3) - w : HPI - (w + t3);
    y = (((cor + HPI1) - ww) - yy) + t3;
  } else {
    return x > 0 ? HPI : -HPI;
  }
  return x < 0 ? -y : y;
}

/** atan2(y, x) for every pair of doubles, as glibc returns it. */
export function libmAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  const yNegative = y < 0 || Object.is(y, -0);
  if (y === 0) {
    // The sign of zero says which side: atan2(+-0, x) is +-0 for x >= +0, +-pi otherwise.
    if (x > 0 || Object.is(x, 0)) return y;
    return yNegative ? -OPI : OPI;
  }
  if (x === 0) return yNegative ? -HPI : HPI;
  if (x === Infinity) {
    if (y === Infinity) return QPI;
    if (y === -Infinity) return -QPI;
    return yNegative ? -0 : 0;
  }
  if (x === -Infinity) {
    if (y === Infinity) return TQPI;
    if (y === -Infinity) return -TQPI;
    return yNegative ? -OPI : OPI;
  }
  if (y === Infinity) return HPI;
  if (y === -Infinity) return -HPI;
  f64[0] = x;
  const ex = u32[HI] & 0x7ff00000;
  f64[0] = y;
  const ey = u32[HI] & 0x7ff00000;
  const de = ey - ex;
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  // 57 * 16**5: the quotient is beyond 2**57 or below 2**-57.
  if (de >= 59768832) return y > 0 ? HPI : -HPI;
  if (de <= -59768832) {
    if (x > 0) return y < 0 ? -(ay / ax) : ay / ax;
    return y > 0 ? OPI : -OPI;
  }
  if (ax < TWOM500 || ay < TWOM500) {
    ax *= TWO500;
    ay *= TWO500;
  }
  if (ax > TWO500 || ay > TWO500) {
    ax *= TWOM500;
    ay *= TWOM500;
  }
  // u + du = the smaller over the larger of |x|, |y|.
  let u: number;
  let du: number;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    du = ((ay - v) - productError(ax, u, v)) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    du = ((ax - v) - productError(ay, u, v)) / ay;
  }
  let z: number;
  if (x > 0) {
    if (ay < ax) {
      if (u < B) {
        const v = u * u;
        z = u + fmaC(u * v, taylor(v), du);
      } else {
        const r = row(u);
        const t3 = u - CIJ[r];
        const v = t3 + du;
        const dv = Math.abs(t3) > Math.abs(du) ? (t3 - v) + du : (du - v) + t3;
        const t2 = CIJ[r + 2];
        const q = fma(v, fma(v, fma(v, CIJ[r + 6], CIJ[r + 5]), CIJ[r + 4]), CIJ[r + 3]);
        z = CIJ[r + 1] + fmaC(v, t2, fma(dv, t2, (v * v) * q));
      }
    } else if (u < B) {
      const v = u * u;
      const t2 = HPI - u;
      const cor = HPI > Math.abs(u) ? (HPI - t2) - u : HPI - (u + t2);
      z = t2 + fmaC(-(u * v), taylor(v), (HPI1 + cor) - du);
    } else {
      const r = row(u);
      const v = (u - CIJ[r]) + du;
      z = (HPI - CIJ[r + 1]) + fmaC(-v, rowPolynomial(r, v), HPI1);
    }
  } else if (ax < ay) {
    if (u < B) {
      const v = u * u;
      const t2 = HPI + u;
      const cor = HPI > Math.abs(u) ? (HPI - t2) + u : (u - t2) + HPI;
      z = t2 + fmaC(u * v, taylor(v), (HPI1 + cor) + du);
    } else {
      const r = row(u);
      const v = (u - CIJ[r]) + du;
      z = (HPI + CIJ[r + 1]) + fmaC(v, rowPolynomial(r, v), HPI1);
    }
  } else if (u < B) {
    const v = u * u;
    const t2 = OPI - u;
    const cor = OPI > Math.abs(u) ? (OPI - t2) - u : OPI - (u + t2);
    z = t2 + fmaC(-(u * v), taylor(v), (OPI1 + cor) - du);
  } else {
    const r = row(u);
    const v = (u - CIJ[r]) + du;
    z = (OPI - CIJ[r + 1]) + fmaC(-v, rowPolynomial(r, v), OPI1);
  }
  return y < 0 ? -z : z;
}
