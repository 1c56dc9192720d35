import { describe, expect, it } from "vitest";
import { isPinyinQuery, nameInitials, nameKey, namePinyin } from "./names";

describe("name keys", () => {
  it("folds Traditional script, full-width padding and spaces into one key", () => {
    expect(nameKey("陳友強")).toBe("陈友强");
    expect(nameKey("王　峰")).toBe("王峰");
    expect(nameKey("許達哲")).toBe(nameKey("许达哲"));
  });

  it("gives full pinyin and initials, reading surnames as surnames", () => {
    expect(namePinyin("姜国杰")).toBe("jiangguojie");
    expect(nameInitials("姜国杰")).toBe("jgj");
    expect(namePinyin("曾庆红")).toBe("zengqinghong");
    expect(nameInitials("單霽翔")).toBe("sjx");
  });

  it("tells pinyin queries from names", () => {
    expect(isPinyinQuery("jgj")).toBe(true);
    expect(isPinyinQuery("Jiang Guojie")).toBe(true);
    expect(isPinyinQuery("姜国杰")).toBe(false);
  });
});
