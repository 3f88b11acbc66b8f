import { Faker, base, en, zh_CN } from "@faker-js/faker";

/**
 * Common surnames with rough weights: the top 30 by their population share (%), then the rest of the top 100
 * and two that are frequent in northern Guizhou (冉, 母). faker's zh_CN surname list is uniform and over-uses
 * rare characters, so it is not used for surnames.
 */
const COMMON_SURNAMES: readonly (readonly [string, number])[] = [
  ...Object.entries({
    王: 7.1, 李: 7.0, 张: 6.7, 刘: 5.4, 陈: 4.5, 杨: 3.1, 黄: 2.2, 赵: 2.2, 吴: 2.0, 周: 1.9,
    徐: 1.5, 孙: 1.5, 马: 1.3, 朱: 1.3, 胡: 1.2, 郭: 1.1, 何: 1.1, 高: 1.0, 林: 1.0, 罗: 0.9,
    郑: 0.9, 梁: 0.9, 谢: 0.8, 宋: 0.8, 唐: 0.7, 许: 0.7, 韩: 0.7, 冯: 0.7, 邓: 0.7, 曹: 0.6,
  }),
  ..."彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟".split("").map((s) => [s, 0.45] as const),
  ..."熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤冉母".split("").map((s) => [s, 0.25] as const),
];

/**
 * Seeded randomness for the demo generator. Uniform draws come from our own small PRNG (mulberry32) so the
 * output does not depend on how faker consumes its generator; faker (pinned version, own seeded instance,
 * never the shared global) is used only for Chinese person names.
 */
export class DemoRandom {
  private state: number;
  readonly faker: Faker;

  constructor(seed: number) {
    this.state = seed >>> 0;
    this.faker = new Faker({ locale: [zh_CN, en, base] });
    this.faker.seed(seed >>> 0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** k distinct items in random order (all of them when k >= length). */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, k));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-space sigma: company sizes are spread this way. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** A Chinese name: a surname by real frequency and a given name from faker's zh_CN list. */
  personName(): string {
    return this.weighted(COMMON_SURNAMES) + this.faker.person.firstName();
  }
}
