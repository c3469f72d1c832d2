/** /glossary/term-tip.css: styles of the term definition, loaded by /glossary/term-tip.js. */
import source from '../../styles/glossary-tip.css?raw';
import { staticFile } from '../../data/static-file.ts';

export const GET = staticFile(source, 'css');
