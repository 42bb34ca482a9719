/**
 * The domain vocabulary, in one place: labels and aliases of every field and grid column, the
 * indicator taxonomy, operators, units, what a name measures, titles, row markers, the template
 * families and the add-in's own labels. Every other module reads these facts from here.
 */
export * from './char-classes';
export * from './label-text';
export * from './periods';
export * from './fields';
export * from './columns';
export * from './taxonomy';
export * from './operators';
export * from './units';
export * from './measures';
export * from './titles';
export * from './row-markers';
export * from './value-words';
export * from './basis-words';
export * from './families';
export * from './owned-labels';
export * from './grades';
