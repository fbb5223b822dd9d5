// `npm start`. The tokenizer dictionary starts decompressing (into memory the worker threads share)
// before anything else loads: the ~0.4 s it takes then overlaps loading the server's modules, and
// the workers find it ready when they need it (cold start, issue 6).
import { sharedDictionary } from "../src/worker/dictionary-bytes.js";

sharedDictionary();
await import("./start.js");
