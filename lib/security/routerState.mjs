// The shape of Next.js's `Next-Router-State-Tree` header: encodeURIComponent(JSON.stringify(tree)),
// where a tree is [segment, parallelRoutes, ...]. Only the outer shape is checked: enough to tell
// what Next's own client sends from garbage, which Next.js itself would answer with a 500.
// Plain JavaScript: the server in front of Next.js (scripts/serve.mjs) uses it too.

/** @param {string | null | undefined} header */
export function routerStateLooksValid(header) {
  if (header === null || header === undefined) return true;
  let tree;
  try {
    tree = JSON.parse(decodeURIComponent(header));
  } catch {
    return false;
  }
  return isTree(tree, 0);
}

/** @param {unknown} node @param {number} depth @returns {boolean} */
function isTree(node, depth) {
  if (depth > 64 || !Array.isArray(node) || node.length < 2) return false;
  const [segment, children] = node;
  const segmentOk =
    typeof segment === "string" || (Array.isArray(segment) && segment.length >= 2 && segment.every((p) => typeof p === "string"));
  if (!segmentOk || typeof children !== "object" || children === null || Array.isArray(children)) return false;
  return Object.values(children).every((child) => isTree(child, depth + 1));
}
