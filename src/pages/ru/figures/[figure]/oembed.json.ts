/** The Russian edition's figures' oEmbed responses; the route is written once (../../../figures/[figure]/oembed.json.ts). */
import { figurePagePaths } from '~/collections/figure-pages';

export const getStaticPaths = () => figurePagePaths('ru');
export { GET } from '../../../figures/[figure]/oembed.json';
