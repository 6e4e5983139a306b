/**
 * The collections' schemas, one file each, and the fields they share (./fields.ts). Together they
 * are the authors' guide: every field says what it is for, and a file that breaks a rule stops the
 * build with the file and the field named (see content/README.md). A data file's words are a
 * second schema beside its facts' (./text-layers.ts). src/content.config.ts wires
 * each schema to its file in content/.
 */
export { anchorSchema } from './anchors';
export { casualtyRowSchema } from './casualties';
export { chapterSchema } from './chapters';
export { pageSchema } from './pages';
export { placeSchema } from './places';
export { sourceSchema, sourceTextSchema } from './sources';
export { eventSchema } from './events';
export { borderLengthSchema } from './border-lengths';
export { borderLengthTextSchema } from './border-lengths';
export { casualtyTextSchema } from './casualties';
export { eventTextSchema } from './events';
export { placeTextSchema } from './places';
export { correctionSchema, correctionTextSchema } from './corrections';
export { nameSchema, nameTextSchema } from './names';
