// The actions table: the filter (filter.ts), its one SQL encoding (conditions.ts), pages (pages.ts)
// and the export walk over all filtered rows (walk.ts).
export { accessLimits } from "./conditions";
export * from "./filter";
export { type ActionsCursor, actionsAfter, decodeCursor, encodeCursor, KEYSET_SORTS, type KeysetSort } from "./keyset";
export { listActions, organNames } from "./pages";
export type { ActionRow } from "./rows";
export { type WalkOptions, walkActions } from "./walk";
