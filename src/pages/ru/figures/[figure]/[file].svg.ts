/** The Russian edition's figure as SVG, drawn with its Russian labels; the route is written once (../../../figures/[figure]/[file].svg.ts). */
import { figureDownloadPaths } from '../../../figures/[figure]/_figure-download';

export const getStaticPaths = () => figureDownloadPaths('ru');
export { GET } from '../../../figures/[figure]/[file].svg';
