// Character classes shared by the vocabularies (no dependencies: every pattern module may import it).

export const HAN = "\\u3400-\\u9fff";
/** Chinese numerals as used in 届/次/号 and list numbering. */
export const CN_NUM = "一二三四五六七八九十百零〇两";
