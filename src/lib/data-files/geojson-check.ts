/**
 * What RFC 7946 requires of a FeatureCollection of points, checked on a parsed file: `type`
 * members, a `features` array, each Feature with `geometry` (a Point, or null for an unlocated
 * feature) and `properties` (an object or null), a Point's `coordinates` two or three numbers in
 * the order longitude, latitude, inside their ranges, and an `id`, when present, a string or a
 * number. Used by the unit tests and by the end-to-end test that reads the published file.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every way `value` falls short of a FeatureCollection of Points, one line each; empty when it is one. */
export function featureCollectionProblems(value: unknown): string[] {
  if (!isObject(value)) return ['not a JSON object'];
  const problems: string[] = [];
  if (value.type !== 'FeatureCollection') problems.push(`type is ${JSON.stringify(value.type)}, not "FeatureCollection"`);
  if (!Array.isArray(value.features)) return [...problems, 'no "features" array'];
  value.features.forEach((feature: unknown, i) => {
    const at = `features[${i}]`;
    if (!isObject(feature)) return void problems.push(`${at} is not an object`);
    if (feature.type !== 'Feature') problems.push(`${at}.type is ${JSON.stringify(feature.type)}, not "Feature"`);
    if (!('geometry' in feature)) problems.push(`${at} has no "geometry" member`);
    if (!('properties' in feature)) problems.push(`${at} has no "properties" member`);
    else if (feature.properties !== null && !isObject(feature.properties)) problems.push(`${at}.properties is neither an object nor null`);
    if ('id' in feature && typeof feature.id !== 'string' && typeof feature.id !== 'number')
      problems.push(`${at}.id is neither a string nor a number`);
    const geometry = feature.geometry;
    if (geometry === null || geometry === undefined) return;
    if (!isObject(geometry) || geometry.type !== 'Point') return void problems.push(`${at}.geometry is not a Point`);
    const position = geometry.coordinates;
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      position.length > 3 ||
      !position.every((n) => typeof n === 'number' && Number.isFinite(n))
    ) {
      return void problems.push(`${at}.geometry.coordinates is not a position of two or three numbers`);
    }
    const [longitude, latitude] = position as number[];
    if (longitude! < -180 || longitude! > 180) problems.push(`${at}: longitude ${longitude} is outside -180 to 180`);
    if (latitude! < -90 || latitude! > 90) problems.push(`${at}: latitude ${latitude} is outside -90 to 90`);
  });
  return problems;
}
