/**
 * Counts the route literals of a union type in a generated routes.d.ts (`type AppRoutes = "/" |
 * "/a" ...`), in either tool's layout (one line or one literal per line). A sanity check that both
 * tools typed every generated route, not a parser of the output's meaning.
 */

/**
 * @param {string} text the routes.d.ts
 * @param {string} name the union's name, e.g. `AppRoutes`
 * @returns {number | undefined} undefined when the union is not there
 */
export function countUnionLiterals(text, name) {
  const start = text.indexOf(`type ${name} =`);
  if (start < 0) return undefined;
  const rest = text.slice(start + `type ${name} =`.length);
  const end = rest.search(/\n(type |export |interface |declare |\/\/|\/\*)/);
  const body = end < 0 ? rest : rest.slice(0, end);
  return body.match(/"(?:[^"\\]|\\.)*"/g)?.length ?? 0;
}
