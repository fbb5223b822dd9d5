// Generates the benchmark corpus from our own contract text (bench/corpus/*.txt): contracts scaled
// to a target size by renumbering and repeating articles, and folders of varied contracts.
import { readFileSync } from "node:fs";
import { fromRoot } from "../src/core/paths.js";

interface Parts {
  readonly head: string;
  readonly articles: readonly string[];
  readonly tail: string;
}

const ARTICLE_START = /^第\d+条/m;

function splitArticles(text: string): string[] {
  return text
    .split(/\n(?=第\d+条)/)
    .map((a) => a.trim())
    .filter((a) => ARTICLE_START.test(a));
}

function loadParts(): Parts {
  const base = readFileSync(fromRoot("bench", "corpus", "base-contract.txt"), "utf8");
  const filler = readFileSync(fromRoot("bench", "corpus", "filler-articles.txt"), "utf8");
  const first = base.search(ARTICLE_START);
  const baseArticles = splitArticles(base);
  // The last block runs on into the signature: cut it at its first blank line.
  const lastBlock = baseArticles.at(-1) ?? "";
  const lastArticle = lastBlock.slice(0, lastBlock.indexOf("\n\n"));
  return {
    head: base.slice(0, first),
    articles: [...baseArticles.slice(0, -1), ...splitArticles(filler), lastArticle],
    tail: base.slice(base.indexOf(lastArticle) + lastArticle.length),
  };
}

const PARTS = loadParts();
const CLIENTS = [
  "株式会社北斗商事",
  "東和物産株式会社",
  "みなと信用組合",
  "株式会社さくら薬局",
  "一般社団法人未来教育会",
];
const VENDORS = [
  "株式会社青葉システムズ",
  "有限会社緑川データ",
  "株式会社ミライ情報サービス",
  "日進テック株式会社",
];

function renumber(article: string, n: number): string {
  return article.replace(/^第\d+条/, `第${n}条`);
}

/** A contract of at least `targetBytes` bytes of UTF-8: the base articles, then repeated fillers. */
export function makeContract(targetBytes: number, variant = 0): string {
  const { head, articles, tail } = PARTS;
  const client = CLIENTS[variant % CLIENTS.length]!;
  const vendor = VENDORS[variant % VENDORS.length]!;
  const body: string[] = [];
  let bytes = Buffer.byteLength(head + tail);
  for (let i = 0; bytes < targetBytes || i < articles.length; i++) {
    // Rotate the start by variant so folder files differ in content, not just in names.
    const article = renumber(articles[(i + variant) % articles.length]!, i + 1);
    body.push(article);
    bytes += Buffer.byteLength(article) + 2;
  }
  return `${head}${body.join("\n\n")}${tail}`
    .replaceAll("株式会社北斗商事", client)
    .replaceAll("株式会社青葉システムズ", vendor);
}

/** `count` distinct contracts of about `targetBytes` each, for the folder benchmarks. */
export function makeFolder(count: number, targetBytes: number): { name: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `dept-${i % 7}/contract-${String(i).padStart(4, "0")}.txt`,
    text: makeContract(targetBytes, i),
  }));
}
