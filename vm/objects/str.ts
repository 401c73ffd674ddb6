// The str type: values are JS strings (methods are added by stdlib/types).

import { makeNativeType } from './type.js';

export const strType = makeNativeType('str');
