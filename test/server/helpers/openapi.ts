// Reads the generated OpenAPI document: resolves $refs and validates a real response body against
// the JSON Schema the document gives for that path, method, status and media type.
import { Ajv2020 } from "ajv/dist/2020.js";

type Json = Record<string, unknown>;
const DOC_ID = "urn:clausegap:openapi";

/** Every `$ref` string in the document. */
export function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push(value);
      else collectRefs(value, out);
    }
  }
  return out;
}

/** Resolves a local JSON pointer (`#/components/schemas/GapReport`), or undefined. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Json)[key] : undefined),
      doc,
    );
}

export function responseValidator(doc: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, validateFormats: false });
  ajv.addSchema({ ...doc, $id: DOC_ID });
  return (path: string, method: string, status: number, mediaType: string, body: unknown) => {
    const escaped = path.replaceAll("~", "~0").replaceAll("/", "~1");
    const pointer = `#/paths/${escaped}/${method}/responses/${status}/content/${mediaType.replaceAll("/", "~1")}/schema`;
    if (resolvePointer(doc, pointer) === undefined)
      return { documented: false, errors: [`${method} ${path} ${status} ${mediaType} not documented`] };
    const validate = ajv.getSchema(`${DOC_ID}${pointer}`);
    if (!validate) return { documented: false, errors: [`cannot compile ${pointer}`] };
    const valid = validate(body);
    return {
      documented: true,
      errors: valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
    };
  };
}
