/** /glossary/term-tip.js: the term-definition enhancement that glossary links in document bodies load. */
import source from '../../client/glossary/term-tip.js?raw';
import { staticFile } from '../../data/static-file.ts';

export const GET = staticFile(source, 'js');
