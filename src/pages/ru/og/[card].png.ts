/** The Russian edition's share cards: the route is written once (../../og/[card].png.ts); the address makes its words Russian. */
export { getStaticPaths, GET } from '../../og/[card].png';
