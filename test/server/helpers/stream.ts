// Sends a large body slowly, chunk by chunk, and stops as soon as the server answers: shows that
// the server refuses an oversized upload while it is still streaming in.
import { request } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

export interface EarlyAnswer {
  readonly status: number;
  readonly body: string;
  /** Bytes written before the answer came. */
  readonly sentBeforeAnswer: number;
  readonly planned: number;
}

export async function streamBody(
  url: string,
  headers: Record<string, string>,
  chunks: { first?: Buffer; filler: Buffer; planned: number },
): Promise<EarlyAnswer> {
  const req = request(url, { method: "POST", headers });
  req.on("error", () => {}); // the server closes the connection after answering: expected
  let sent = 0;
  let answered = false;
  const answer = new Promise<{ status: number; body: string }>((resolve) => {
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => {
        body += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("close", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The connection reset before any response arrived: answer "no status" instead of waiting forever.
    req.on("close", () => {
      if (!answered) resolve({ status: 0, body: "" });
    });
  });
  let sentAtAnswer = -1;
  void answer.then(() => {
    sentAtAnswer = sent;
  });
  if (chunks.first) {
    req.write(chunks.first);
    sent += chunks.first.length;
  }
  while (!answered && sent < chunks.planned) {
    req.write(chunks.filler);
    sent += chunks.filler.length;
    await sleep(1); // slow enough for the server to answer between chunks
  }
  if (!answered) req.end();
  const result = await answer;
  req.destroy();
  return { ...result, sentBeforeAnswer: sentAtAnswer < 0 ? sent : sentAtAnswer, planned: chunks.planned };
}
