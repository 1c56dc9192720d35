// The page text of `npm run bench:parse`: newspaper-like pages (unrelated news with
// announcements and lists among them), deterministic for a given size.

// a small deterministic PRNG so every run parses the same text
let seed = 42;
function rnd(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞斌波宁辉建国志文晓东海峰亮林云琳蕾彦宝尊斌岭芊";
const name = () => pick([...SURNAMES]) + pick([...GIVEN]) + (rnd() < 0.6 ? pick([...GIVEN]) : "");
const names = (k: number) => Array.from({ length: k }, name).join("、");
const DISTRICTS = [
  "渝中区",
  "江北区",
  "沙坪坝区",
  "九龙坡区",
  "南岸区",
  "北碚区",
  "渝北区",
  "巴南区",
  "万州区",
  "涪陵区",
  "梁平区",
  "奉节县",
  "云阳县",
  "垫江县",
];
const CN = ["一", "二", "三", "四", "五"];
const court = () => pick([`重庆市第${pick(CN)}中级人民法院`, "重庆市高级人民法院", `重庆市${pick(DISTRICTS)}人民法院`, "成渝金融法院"]);
const proc = () => pick([`重庆市人民检察院第${pick(CN)}分院`, "重庆市人民检察院", `重庆市${pick(DISTRICTS)}人民检察院`]);
const committee = () => pick(["财政经济", "教育科学文化卫生", "社会建设", "民族宗教侨务外事", "监察和司法"]);

function appointLine(): string {
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return `${name()}为重庆市人民政府副市长；`;
    case 1:
      return `${names(1 + Math.floor(rnd() * 3))}为${court()}审判委员会委员、审判员；`;
    case 2:
      return `${name()}为${proc()}检察委员会委员、检察员；`;
    case 3:
      return `${name()}为重庆市人大${committee()}委员会副主任委员；`;
    default:
      return `${name()}为${court()}民事审判第${pick(CN)}庭庭长；`;
  }
}
function removeLine(): string {
  return `${names(1 + Math.floor(rnd() * 2))}的${pick([court(), proc()])}${pick(["副院长、审判委员会委员、审判员", "检察员", "审判员"])}职务；`;
}

function announcement(no: number): string {
  const y = 2015 + Math.floor(rnd() * 10);
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * 28);
  const out = [
    "## 重庆市人民代表大会常务委员会公告",
    "",
    `[六届]第${no}号`,
    "",
    `(${y}年${m}月${d}日重庆市第六届人民代表大会常务委员会第${pick(CN)}次会议通过)`,
    "",
    "### 一、决定任命",
    "",
  ];
  for (let i = 0; i < 3; i++) out.push(`${appointLine()}  `);
  out.push("", "### 二、任命", "");
  for (let i = 0; i < 12; i++) out.push(`${appointLine()}  `);
  out.push("", "### 三、免去", "");
  for (let i = 0; i < 10; i++) out.push(`${removeLine()}  `);
  out.push("", "### 四、批准", "", `${name()}辞去重庆市${pick(DISTRICTS)}人民检察院检察长职务。`, "");
  return out.join("\n");
}

const NEWS = [
  "数字贸易是数字经济的重要组成部分，已成为国际贸易发展的新趋势和经济的新增长点。为促进数字贸易改革创新，现提出如下意见。",
  "坚持以新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持稳中求进工作总基调，服务构建新发展格局，着力推动高质量发展。",
  "本报讯(记者 何春阳)11月28日上午，第五届江北嘴新金融大会在重庆金融会展中心开幕。市政府常务副市长出席活动并讲话。",
  "会议还表决通过了市人大常委会主任会议关于代表建议、批评、意见办理情况的报告；表决通过了人事任免事项。",
  "在巫山县乡村振兴展览馆，调研组深入了解该县巩固拓展脱贫攻坚成果、推动乡村全面发展的成效，希望当地立足特色资源禀赋，坚持农文旅融合发展。",
  "加强数字技术研发支持，促进成果转化及与其他行业的融合创新发展。充分发挥服务贸易创新发展引导基金作用，带动社会资本投资数字贸易领域。",
  "12月3日下午，重庆市三届人大常委会举行第十四次会议，决定接受王鸿举辞去重庆市长职务的请求，任命黄奇帆为重庆市人民政府代理市长。",
];

function page(i: number): string {
  const parts: string[] = [`# 重庆日报 第${i}期`, ""];
  for (let k = 0; k < 6; k++) {
    parts.push(`## 新闻标题${k}`, "");
    for (let j = 0; j < 4; j++) parts.push(pick(NEWS), "");
  }
  if (i % 2 === 0) parts.push(announcement(50 + (i % 40)));
  parts.push("重庆日报 2024年11月29日 星期五", "(上接1版)", "");
  return parts.join("\n");
}

/** At least `mb` MB (UTF-8) of page text; the same text for the same size in a fresh process. */
export function generatePageText(mb: number): string {
  seed = 42;
  const pages: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const p = page(i);
    pages.push(p);
    bytes += Buffer.byteLength(p, "utf8") + 1;
  }
  return pages.join("\n");
}
