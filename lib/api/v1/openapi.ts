// GET /api/v1/openapi.json: the API described as OpenAPI 3.1 (hand-written beside the operations;
// a test checks that every path here has a route and answers).
import { ACTION_KINDS } from "../../queries/actions";
import type { ApiContext } from "../handler";

const id = (what: string) => ({
  name: "id",
  in: "path",
  required: true,
  description: `${what} id`,
  schema: { type: "integer", minimum: 1 },
});
const query = (name: string, description: string, schema: object = { type: "string" }, required = false) => ({
  name,
  in: "query",
  required,
  description,
  schema,
});
const date = { type: "string", format: "date" };
const ok = (description: string, schema: object) => ({
  200: { description, headers: { ETag: { schema: { type: "string" } } }, content: { "application/json": { schema } } },
  304: { description: "not modified (If-None-Match matched the ETag)" },
  400: { $ref: "#/components/responses/BadRequest" },
});
const withNotFound = (r: object) => ({ ...r, 404: { $ref: "#/components/responses/NotFound" } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string) => ({ type: [type, "null"] });

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Renmian API",
      version: "1.0.0",
      description:
        "Read-only JSON for the personnel decisions Renmian has read. Every fact carries the announcement it was printed in and the source's address; derived data (tenures, which person an entry names) says it is derived and by what rule. Answers carry an ETag: send it back in If-None-Match to get 304.",
    },
    servers: [{ url: `${origin}/api/v1` }],
    paths: {
      "/people": {
        get: {
          summary: "Search people by name (any script), part of a name, pinyin or initials",
          parameters: [
            query("q", "name, part of a name, full pinyin or initials", { type: "string", maxLength: 40 }, true),
            query("limit", "page size (default 20)", { type: "integer", minimum: 1, maximum: 100 }),
            query("page", "page number", { type: "integer", minimum: 1 }),
          ],
          responses: ok("people matching, namesakes kept apart by their organs", {
            type: "object",
            required: ["query", "total", "people"],
            properties: {
              query: { type: "string" },
              total: { type: "integer" },
              page: { type: "integer" },
              limit: { type: "integer" },
              people: { type: "array", items: ref("PersonHit") },
            },
          }),
        },
      },
      "/people/{id}": {
        get: {
          summary: "A person: posts held (derived tenures citing their actions) and every action naming them",
          parameters: [id("person")],
          responses: withNotFound(
            ok("the person", {
              type: "object",
              required: ["id", "name", "tenures", "actions"],
              properties: {
                id: { type: "integer" },
                merged_from: { type: "integer", description: "the id asked for, when it was merged into this person" },
                name: { type: "string" },
                pinyin: { type: "string" },
                url: { type: "string" },
                tenures: { type: "array", items: ref("Tenure") },
                actions: { type: "array", items: ref("Action") },
              },
            }),
          ),
        },
      },
      "/orgs/{id}/roster": {
        get: {
          summary: "Who held which post in an organ on a date",
          parameters: [id("organization"), query("at", "the date (default: today in Chongqing)", date)],
          responses: withNotFound(
            ok("the roster", {
              type: "object",
              required: ["organization", "at", "roster"],
              properties: { organization: ref("Organization"), at: date, roster: { type: "array", items: ref("Tenure") } },
            }),
          ),
        },
      },
      "/orgs/{id}/changes": {
        get: {
          summary: "Who joined and who left an organ's posts between two dates, and the announcements in between",
          parameters: [id("organization"), query("from", "first date", date, true), query("to", "second date", date, true)],
          responses: withNotFound(
            ok("the changes", {
              type: "object",
              required: ["organization", "from", "to", "joined", "left"],
              properties: {
                organization: ref("Organization"),
                from: date,
                to: date,
                joined: { type: "array", items: ref("Tenure") },
                left: { type: "array", items: ref("Tenure") },
                stayed: { type: "integer" },
                announcements_total: { type: "integer" },
                announcements: { type: "array", items: { type: "object" } },
              },
            }),
          ),
        },
      },
      "/actions": {
        get: {
          summary: "Actions with the filters of /actions, in keyset pages (follow `next`)",
          parameters: [
            query("person", "part of a name, pinyin or initials", { type: "string", maxLength: 100 }),
            { ...query("kind", "action kind; repeat or comma-separate", { type: "string", enum: [...ACTION_KINDS] }), explode: true },
            query("org", "part of an organ's name", { type: "string", maxLength: 100 }),
            query("post", "part of a post title", { type: "string", maxLength: 100 }),
            query("from", "on or after", date),
            query("to", "on or before", date),
            query("sort", "order", { type: "string", enum: ["date", "person"], default: "date" }),
            query("dir", "direction (undated actions come last either way)", { type: "string", enum: ["asc", "desc"], default: "desc" }),
            query("limit", "page size (default 50)", { type: "integer", minimum: 1, maximum: 500 }),
            query("cursor", "from `next` of the previous page"),
          ],
          responses: ok("a page of actions", {
            type: "object",
            required: ["actions", "next"],
            properties: { filter: { type: "object" }, actions: { type: "array", items: ref("Action") }, next: nullable("string") },
          }),
        },
      },
      "/announcements": {
        get: {
          summary: "Announcements, newest stored first, in keyset pages (follow `next`)",
          parameters: [
            query("limit", "page size (default 50)", { type: "integer", minimum: 1, maximum: 200 }),
            query("before", "continue below this announcement id", { type: "integer" }),
          ],
          responses: ok("a page of announcements", {
            type: "object",
            properties: { announcements: { type: "array", items: { type: "object" } }, next: nullable("string") },
          }),
        },
      },
      "/announcements/{id}": {
        get: {
          summary: "An announcement with its entries, each entry's span and clause, and the source text the spans index",
          parameters: [id("announcement")],
          responses: withNotFound(ok("the announcement", { type: "object", required: ["id", "issuer", "entries", "source"] })),
        },
      },
    },
    components: {
      responses: {
        BadRequest: { description: "a parameter is malformed", content: { "application/json": { schema: ref("Error") } } },
        NotFound: { description: "no such record", content: { "application/json": { schema: ref("Error") } } },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } },
          },
        },
        Source: {
          type: "object",
          description: "where the announcement was printed",
          properties: { url: nullable("string"), publication: nullable("string") },
        },
        AnnouncementRef: {
          type: "object",
          required: ["id", "issuer", "url"],
          properties: {
            id: { type: "integer" },
            number: nullable("string"),
            issuer: { type: "string" },
            meeting: nullable("string"),
            url: { type: "string" },
          },
        },
        Organization: {
          type: "object",
          properties: { id: { type: "integer" }, name: { type: "string" }, kind: { type: "string" }, url: { type: "string" } },
        },
        Action: {
          type: "object",
          required: ["id", "kind", "person", "organization", "post", "announcement", "source"],
          properties: {
            id: { type: "integer" },
            date: nullable("string"),
            kind: { type: "string", enum: [...ACTION_KINDS] },
            group: { type: "string", enum: ["任", "免", "辞"] },
            acting: { type: "boolean" },
            person: {
              type: "object",
              properties: { id: { type: "integer" }, name: { type: "string", description: "as printed" }, url: { type: "string" } },
            },
            organization: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" } } },
            post: { type: "object", properties: { id: { type: "integer" }, title: { type: "string" } } },
            clause: { ...nullable("string"), description: "the entry's text as printed" },
            span: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2 },
            announcement: ref("AnnouncementRef"),
            source: ref("Source"),
            person_link: { type: "string", description: "derived: why this entry was linked to this person" },
          },
        },
        CitedAction: {
          type: ["object", "null"],
          properties: {
            id: { type: "integer" },
            kind: { type: "string" },
            date: nullable("string"),
            clause: { type: "string" },
            announcement: ref("AnnouncementRef"),
            source: ref("Source"),
          },
        },
        Tenure: {
          type: "object",
          description: "derived: see basis",
          properties: {
            organization: { type: "object" },
            post: { type: "object" },
            person: { type: "object" },
            status: { type: "string", enum: ["current", "ended", "unknown-start"] },
            acting: { type: "boolean" },
            start_date: nullable("string"),
            end_date: nullable("string"),
            start: ref("CitedAction"),
            end: ref("CitedAction"),
            basis: { type: "string" },
          },
        },
        PersonHit: {
          type: "object",
          properties: {
            id: { type: "integer" },
            name: { type: "string" },
            pinyin: { type: "string" },
            match: { type: "string", enum: ["name", "prefix", "part", "pinyin", "initials"] },
            url: { type: "string" },
            api: { type: "string" },
            current_posts: { type: "array", items: { type: "object" } },
            organizations: { type: "array", items: { type: "object" } },
            first_action_date: nullable("string"),
            last_action_date: nullable("string"),
            action_count: { type: "integer" },
          },
        },
      },
    },
  };
}

export async function getOpenApi({ origin }: ApiContext) {
  return openApiDocument(origin);
}
