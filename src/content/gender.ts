/**
 * A label's grammatical gender, for ordinals in Spanish and French ("1.ª reunión", "1re réunion"):
 * `f`, or `m` (the default). Written in a page's labels (`{ text: …, gender: f }`) and on `<Fig gender="f">`.
 */
export const genders = ['m', 'f'] as const;
export type Gender = (typeof genders)[number];
