// Chinese personal names drawn from a realistic distribution: a few surnames are very common
// (王, 李, 张 … each several percent), given-name characters follow a steep Zipf curve, and
// about a fifth of names have one given character, so the same name is printed for different people.
import { type Random, WeightedTable } from "./random";

// Surname and approximate share in per mille (national figures, Chongqing's 何/罗/冉/谭/向 a little higher).
const SURNAMES: [string, number][] = [
  ["王", 71],
  ["李", 70],
  ["张", 67],
  ["刘", 54],
  ["陈", 45],
  ["杨", 31],
  ["黄", 22],
  ["赵", 20],
  ["吴", 20],
  ["周", 19],
  ["徐", 15],
  ["孙", 14],
  ["马", 13],
  ["朱", 12],
  ["胡", 11],
  ["郭", 11],
  ["何", 13],
  ["林", 10],
  ["高", 10],
  ["罗", 12],
  ["郑", 9],
  ["梁", 8],
  ["谢", 8],
  ["宋", 7],
  ["唐", 8],
  ["许", 6],
  ["韩", 6],
  ["冯", 6],
  ["邓", 7],
  ["曹", 6],
  ["彭", 6],
  ["曾", 5],
  ["肖", 5],
  ["田", 5],
  ["董", 5],
  ["袁", 5],
  ["潘", 5],
  ["于", 5],
  ["蒋", 6],
  ["蔡", 5],
  ["余", 5],
  ["杜", 4],
  ["叶", 4],
  ["程", 4],
  ["苏", 4],
  ["魏", 4],
  ["吕", 4],
  ["丁", 4],
  ["任", 4],
  ["沈", 4],
  ["姚", 4],
  ["卢", 4],
  ["姜", 4],
  ["崔", 3],
  ["钟", 3],
  ["谭", 4],
  ["陆", 3],
  ["汪", 3],
  ["范", 3],
  ["金", 3],
  ["石", 3],
  ["廖", 3],
  ["贾", 3],
  ["夏", 3],
  ["韦", 3],
  ["付", 3],
  ["方", 3],
  ["白", 3],
  ["邹", 3],
  ["孟", 3],
  ["熊", 3],
  ["秦", 3],
  ["邱", 3],
  ["江", 3],
  ["尹", 3],
  ["薛", 2],
  ["闫", 2],
  ["段", 2],
  ["雷", 2],
  ["侯", 2],
  ["龙", 2],
  ["史", 2],
  ["陶", 2],
  ["黎", 2],
  ["贺", 2],
  ["顾", 2],
  ["毛", 2],
  ["郝", 2],
  ["龚", 2],
  ["邵", 2],
  ["万", 2],
  ["钱", 2],
  ["严", 2],
  ["覃", 2],
  ["武", 2],
  ["戴", 2],
  ["莫", 2],
  ["孔", 2],
  ["向", 3],
  ["汤", 2],
  ["冉", 2],
  ["牟", 1],
  ["况", 1],
  ["母", 1],
  ["欧阳", 0.5],
  ["司马", 0.2],
  ["上官", 0.2],
];

// Given-name characters, most common first. Characters that are also list grammar
// (为 的 任 免 辞 代 理 副 长 员 委 职 务 …) are left out on purpose.
const GIVEN =
  "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红鹏建国文辉力林斌波宇浩凯俊峰云飞雪梅琳燕兰晓东海亮志新春荣成庆永德光金清宏立福生龙元全胜学祥才发武山仁义兴良安民友昌顺彬富江川兵婷倩欣莉蓉琴颖佳怡丹蕾玲晶慧嘉思雨瑞智博远航毅钢锋健世宁诚贵中正伦昊晨阳家和然维敬朝恒泽晖乐莹媛珍凤秋莲冬月艺贤达勤俭忠信雄彪威松柏树根森汉鸿鑫琪璐露薇蓓娅茜婕馨悦欢彤洁韵卓越琦腾坤培楠桥渝巴蜀黔涪";

const surnameTable = new WeightedTable(
  SURNAMES.map(([s]) => s),
  SURNAMES.map(([, w]) => w),
);
const givenChars = [...new Set([...GIVEN])];
// Exponent 0.6: the top character (伟) is about 5 % of draws, so 李伟 is ~0.06 % of people (a few
// times its national share: officials born 1950–1980 drew from a narrower pool).
const givenTable = new WeightedTable(
  givenChars,
  givenChars.map((_, i) => 1 / (i + 1) ** 0.6),
);

// Surnames cluster by place (冉, 向, 谭 in the south-east, 秦 and 牟 in the north-east …): each
// district or county has three surnames of its own, drawn for about a quarter of its people, so
// namesakes meet in one place's organs more often than across the city.
const LOCAL_SURNAMES = "冉向谭何罗陈刘李张王杨周黄吴唐邓彭曾秦牟况母熊余蒋".split("");

function localSurnames(place: string): string[] {
  let h = 0;
  for (const ch of place) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return [0, 1, 2].map((i) => LOCAL_SURNAMES[(h >>> (i * 5)) % LOCAL_SURNAMES.length]);
}

export function randomName(random: Random, place?: string): string {
  const surname = place && random.chance(0.25) ? random.pick(localSurnames(place)) : surnameTable.draw(random);
  const first = givenTable.draw(random);
  if (random.chance(0.2)) return surname + first;
  let second = givenTable.draw(random);
  if (second === first && random.chance(0.7)) second = givenTable.draw(random); // 闻闻 happens, but rarely
  return surname + first + second;
}

/** Printed form: two-character names are often padded with a full-width space (王　峰). */
export function printedName(name: string, random: Random): string {
  return name.length === 2 && random.chance(0.3) ? `${name[0]}　${name[1]}` : name;
}
