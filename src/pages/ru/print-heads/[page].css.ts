/** The Russian edition's print running heads: the route is written once (../../print-heads/[page].css.ts); the address makes them Russian. */
export { getStaticPaths, GET } from '../../print-heads/[page].css';
