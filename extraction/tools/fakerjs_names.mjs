// Prints the Latin-script given names and family names of @faker-js/faker's locales (npm, MIT), one name a line with
// the locales that list it, for build_latin_names.py. Usage: in a folder, npm install @faker-js/faker@10.6.0, copy
// this file there and run node fakerjs_names.mjs (node resolves the package from the script's folder).
import { allLocales } from '@faker-js/faker';

// As build_latin_names.py takes from Datafaker: Latin letters, one or two words, three letters or more.
const LATIN = /^[A-Za-zÀ-ɏ'\-]+( [A-Za-zÀ-ɏ'\-]+)?$/;
const locales = new Map();

// Name lists are arrays, objects by sex ({female, male, generic}) or weighted entries ({value, weight}).
function eachName(list, take) {
  if (Array.isArray(list)) {
    list.forEach(item => eachName(item, take));
  } else if (list && typeof list === 'object') {
    if (typeof list.value === 'string') {
      take(list.value);
    } else {
      Object.values(list).forEach(item => eachName(item, take));
    }
  } else if (typeof list === 'string') {
    take(list);
  }
}

for (const [code, definition] of Object.entries(allLocales)) {
  const person = definition.person;
  if (!person) {
    continue;
  }
  for (const key of ['first_name', 'last_name', 'middle_name']) {
    eachName(person[key], name => {
      if (LATIN.test(name) && name.length >= 3) {
        if (!locales.has(name)) {
          locales.set(name, new Set());
        }
        locales.get(name).add(code);
      }
    });
  }
}
for (const [name, codes] of [...locales].sort()) {
  console.log(name + '\t' + [...codes].sort().join(','));
}
