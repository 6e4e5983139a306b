/** The Russian edition's figure as PNG, drawn with its Russian labels; the route is written once (../../../figures/[figure]/[file].png.ts). */
import { figureDownloadPaths } from '../../../figures/[figure]/_figure-download';

export const getStaticPaths = () => figureDownloadPaths('ru');
export { GET } from '../../../figures/[figure]/[file].png';
