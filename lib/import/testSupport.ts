// Test support for the import tests: the state of a SQLite test database (row counts of every
// table and a checksum of every row), and realistic announcement texts.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

export interface DbState {
  counts: Record<string, number>;
  checksum: string;
}

function fileOf(url: string): string {
  return url.replace(/^file:/, "");
}

/** Row counts of all tables and a sha256 over all their rows, read with a separate connection. */
export function dbState(url: string): DbState {
  const sqlite = new Database(fileOf(url), { readonly: true });
  try {
    const tables = sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .pluck()
      .all() as string[];
    const hash = createHash("sha256");
    const counts: Record<string, number> = {};
    for (const t of tables) {
      // Table names come from sqlite_master, not from input; quoted as identifiers.
      const rows = sqlite.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}" ORDER BY rowid`).raw().all();
      counts[t] = rows.length;
      hash.update(t).update(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
    }
    return { counts, checksum: hash.digest("hex") };
  } finally {
    sqlite.close();
  }
}

export function integrityCheck(url: string): string {
  const sqlite = new Database(fileOf(url), { readonly: true });
  try {
    return String(sqlite.pragma("integrity_check", { simple: true }));
  } finally {
    sqlite.close();
  }
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** A Chongqing 任免名单 as Chongqing Daily prints it (abridged from the 2024-11-28 list). */
export const CHONGQING_LIST = `重庆市人民代表大会常务委员会公告
〔六届〕第58号

重庆市第六届人民代表大会常务委员会第十二次会议于2024年11月28日通过的任免名单，现予公告。

重庆市人民代表大会常务委员会
2024年11月28日

重庆市人民代表大会常务委员会任免名单
（2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过）

一、决定任命
姜国杰为重庆市人民政府副市长；
易晓东为重庆市第一中级人民法院院长。

二、任命
蒋佩伏为重庆市高级人民法院副院长、审判委员会委员、审判员；
吴涛为重庆市第三中级人民法院审判委员会委员、审判员。

三、免去
蒋佩伏的重庆市第三中级人民法院副院长、审判委员会委员、审判员职务；
杨国权的重庆市人大教育科学文化卫生委员会副主任委员职务。
`;

/** Entries in CHONGQING_LIST: 2 决定任命 + 5 任命 + 4 免去. */
export const CHONGQING_LIST_ENTRIES = 11;

/** A later list of the same committee (another meeting): 1 任命 + 1 免去. */
export const LATER_LIST = `重庆市人民代表大会常务委员会任免名单
（2025年1月15日重庆市第六届人民代表大会常务委员会第十四次会议通过）

一、任命
王剑波为重庆市第三中级人民法院院长。

二、免去
张俊文的重庆市第四中级人民法院院长职务。
`;

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "国建明伟华军平东文志海春晓红小丽刚勇杰涛斌波强磊鹏飞宇林峰超德云兵亮辉俊玲燕芳静敏霞琳";
const DIGITS = "零一二三四五六七八九";

function personName(i: number): string {
  const s = SURNAMES.length;
  const g = GIVEN.length;
  return SURNAMES[i % s] + GIVEN[Math.floor(i / s) % g] + GIVEN[Math.floor(i / (s * g)) % g];
}

function chineseNumber(n: number): string {
  if (n <= 10) return n === 10 ? "十" : DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
}

/** `count` distinct 任免名单 (one a week from 1998), each appointing `perList` judges. */
export function manyLists(count: number, perList = 20): string {
  const parts: string[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(1998, 0, 1) + i * 7 * 86_400_000);
    const lines: string[] = [];
    for (let j = 0; j < perList; j++) {
      lines.push(`${personName(k++)}为重庆市第${chineseNumber((j % 5) + 1)}中级人民法院审判员${j === perList - 1 ? "。" : "；"}`);
    }
    parts.push(
      `重庆市人民代表大会常务委员会任免名单\n` +
        `（${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日重庆市第${chineseNumber((i % 6) + 1)}届人民代表大会常务委员会第${chineseNumber((i % 40) + 1)}次会议通过）\n\n` +
        `一、任命\n${lines.join("\n")}\n`,
    );
  }
  return parts.join("\n\n");
}
