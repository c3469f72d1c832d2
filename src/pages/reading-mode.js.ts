/** /reading-mode.js: applies the remembered reading mode before the first paint (src/client/reading-mode.js). */
import source from '../client/reading-mode.js?raw';
import { staticFile } from '../data/static-file.ts';

export const GET = staticFile(source, 'js');
