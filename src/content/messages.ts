import type { MessageLanguage } from './language';
import { languageNames, type Locale } from '../i18n/config';

/**
 * Every message an editor can get about the report content, in Spanish (staff first) and English.
 * Each says what is wrong and what to do, in plain words: no code, no stack trace.
 */
type Lang = Locale;
const q = (s: string) => `«${s}»`;
const list = (items: readonly string[]) => items.map(q).join(', ');

const es = {
	errorName: 'Problemas en el contenido',
	devFix: 'Corrige cada línea en el archivo indicado y guarda: esta página se actualiza sola. Guía: docs/edicion.md.',
	/** The last line of the list in a terminal (npm run check, a build). */
	terminalFix: 'Corrige cada línea en el archivo indicado y guarda. Guía: docs/edicion.md (apartado «Mensajes de error»).',
	editorFix:
		'Corrige cada problema en el editor (donde dice «En el editor») o, si no lo dice, en el archivo indicado, y guarda: esta página se actualiza sola. Guía: docs/edicion.md.',
	inEditor: (place: string) => `En el editor: ${place}`,
	backToEditor: '← Volver al editor',
	summary: (n: number) => `El contenido del informe tiene ${n} ${n === 1 ? 'problema' : 'problemas'}:`,
	warning: 'aviso',
	valid: (years: string, langs: string) => `El contenido es válido: ${years} en ${langs}.`,
	language: languageNames('es'),
	whole: '(archivo)',
	folder: '(carpeta)',

	// Files and folders
	noYears: 'no hay ningún año de informe: crea una carpeta con el nombre del año, como 2021/',
	folderNotYear: (first: number, last: number) => `no es un año: el nombre de la carpeta debe ser un año de ${first} a ${last}, como 2022`,
	fileTooLarge: (kb: number, max: number) => `ocupa ${kb} KB: como mucho ${max} KB. Un informe no necesita tanto: revisa que no se haya pegado otro archivo dentro`,
	figuresMissing: 'falta el archivo de cifras: cada año necesita su figures.yaml (copia el del año anterior)',
	pageMissing: (lang: Lang, files: string) => `falta el texto en ${es.language[lang]}: cada año necesita ${files}`,
	unreadableYaml: (detail: string) =>
		`no se puede leer (${detail}). Revisa la sangría (solo espacios, sin tabuladores), que cada línea sea «clave: valor» y que las comillas se cierren`,
	yamlAlias: 'repite con * un valor marcado con & en otra parte del archivo (un alias de YAML): escribe cada valor en su sitio, sin & ni *',
	noFrontmatter: 'no empieza con el bloque de datos: la primera línea debe ser --- (copia el principio del archivo del año anterior)',
	unclosedFrontmatter: 'el bloque de datos del principio no se cierra: añade una línea con solo --- después del último campo',

	// Fields (figures.yaml and the data block of each page)
	unknownField: (key: string, guess?: string, known: readonly string[] = []) =>
		guess ? `${q(key)} no es un campo conocido: ¿querías decir ${q(guess)}?` : `${q(key)} no es un campo conocido (se esperaba uno de: ${list(known)})`,
	missing: (expected: string) => `falta: escribe ${expected}`,
	empty: (expected: string) => `está vacío: escribe ${expected}`,
	wrongType: (got: string, expected: string) => `no tiene la forma esperada (pone ${got}): escribe ${expected}`,
	notAllowed: (got: string, allowed: readonly string[]) => `no es un valor permitido (pone ${got}): usa uno de estos: ${list(allowed)}`,
	tooMany: (max: number) => `tiene demasiados elementos: como mucho ${max}`,
	tooLong: (length: number, max: number) => `es demasiado largo (${length} caracteres): como mucho ${max}; acórtalo para que quepa en tarjetas, gráficos e imágenes`,
	expected: {
		text: 'un texto',
		list: 'una lista, p. ej. [a, b]',
		group: 'un grupo de campos',
		number: 'un número',
		boolean: 'true o false',
		title: 'el título de la página',
		description: 'la descripción para buscadores (una o dos frases)',
		kicker: 'la línea sobre el título',
		heroTitle: 'el título del informe',
		lead: 'la entradilla',
		headlineTitle: 'el título de las cifras destacadas',
		label: 'la etiqueta de la cifra',
		labelOrGendered: 'la etiqueta de la cifra, o { text: …, gender: f } para un ordinal femenino',
		note: 'el texto de la nota',
		source: 'de dónde viene la cifra (un documento, una dirección web)',
		figureId: 'el nombre de una cifra, p. ej. members.joined',
		figureList: 'la lista de cifras, una por elemento: «  - id: members.joined» y debajo «    value: 3»',
		licenceName: 'el nombre de la licencia, p. ej. CC BY 4.0',
	},
	licenceUrl: 'no es una dirección web: escribe la dirección completa del texto de la licencia, empezando por https://',

	// Figures
	noFigures: 'no hay ninguna cifra: escríbelas bajo figures:, una por elemento: «  - id: staff.professionals» y debajo «    value: 17»',
	badFigureName: (name: string) =>
		`${q(name)} no sirve como nombre: usa letras y números, sin espacios ni acentos, empezando por una letra (p. ej. newMembers)`,
	badFigureId: (id: string) =>
		`${q(id)} no sirve como nombre de cifra: grupo y nombre separados por un punto, con letras y números, sin espacios ni acentos (p. ej. members.joined)`,
	duplicateFigure: (id: string) => `${q(id)} ya está en la lista: cada cifra se escribe una sola vez (borra una, o cambia su nombre)`,
	figureItemForm: 'no es una cifra: cada elemento de la lista es «- id: nombre» con «value: número» debajo',
	figureIsText: (got: string, moreThan?: number) =>
		moreThan !== undefined ? `es texto, no un número (pone ${got}): escribe value: ${moreThan} y qualifier: moreThan (el «+» de la fuente)` : `es texto, no un número (pone ${got}): escribe el número sin comillas`,
	numberNotation: (got: string, plain?: number) =>
		`no es un número escrito con cifras (pone ${got}): escribe el número con cifras y, si hace falta, un punto para los decimales${plain === undefined ? '' : `: value: ${plain}`}`,
	numberSeparators: (got: string, value: number, decimalComma: boolean) =>
		decimalComma
			? `lleva una coma decimal (pone ${got}): en figures.yaml los decimales van con punto: value: ${value}`
			: `lleva separadores de miles (pone ${got}): escribe las cifras seguidas, sin puntos ni espacios: value: ${value}`,
	/** `rounded`: the decimal reading has three decimals, which would be as ambiguous written again: rounded to two. */
	numberAmbiguous: (got: string, thousands: number, decimal: number, rounded = false) =>
		`no se sabe qué número es (pone ${got}): si son miles, escribe value: ${thousands}; si lleva decimales, ${rounded ? `redondéalo a dos: value: ${decimal}` : `value: ${decimal}`}`,
	numberWithPercent: (got: string, value?: number) =>
		`lleva el signo % (pone ${got}): escribe solo el número${value === undefined ? '' : `, value: ${value}`}, y kind: percent`,
	numberWithCurrency: (got: string, value?: number, currency?: string) =>
		`lleva la moneda (pone ${got}): escribe solo el número${value === undefined ? '' : `, value: ${value}`}, con kind: amount y currency: ${currency ?? 'el código de la moneda (USD, EUR…)'}`,
	tooLarge: (max: number) => `es mayor que cualquier cifra de un informe: como mucho ${max}; revisa que no sobren cifras`,
	outOfRange: (got: number, expected: string) => `no es válido (pone ${got}): debe ser ${expected}`,
	range: {
		count: 'un número entero, 0 o más',
		percent: 'un porcentaje de 0 a 100',
		ordinal: 'un número entero, 1 o más (1 para «1.º»)',
		amount: 'un importe, 0 o más',
	},
	currencyMissing: 'falta la moneda: un importe necesita currency, p. ej. currency: EUR',
	currencyInvalid: (got: string) => `no es un código de moneda (pone ${got}): usa tres letras mayúsculas, p. ej. EUR o USD`,
	currencyNotAmount: 'solo un importe (kind: amount) lleva moneda: borra currency o pon kind: amount',
	compactKind: (kind: string) => `solo una cantidad (kind: count) o un importe (kind: amount) se muestra abreviada («2,3 M €»); esta cifra es kind: ${kind}: borra compact`,
	unknownFigure: (id: string, guess?: string, example?: string) =>
		guess
			? `${q(id)} no es una cifra de figures.yaml: ¿querías decir ${q(guess)}?`
			: `${q(id)} no es una cifra de figures.yaml: revisa el nombre, o añade la cifra${example ? ` (se escribe grupo.cifra, como ${example})` : ''}`,
	patternEmpty: (pattern: string) => `${q(pattern)} no coincide con ninguna cifra de figures.yaml: revisa el nombre del grupo`,
	derivedForm: 'una cifra calculada se escribe { sum: [cifras] } (suma) o { difference: [cifra, cifra] } (la primera menos la segunda)',
	derivedTaken: 'ya es una cifra escrita bajo figures: una cifra calculada necesita otro nombre',
	differenceTwo: 'difference necesita exactamente dos cifras: [de, menos]',
	ruleForm:
		'no es una regla conocida: usa «shares: [cifras]» (suman 100), «part: cifra» con «of: cifra» (una parte no supera su total) o «parts: [cifras]» con «total: cifra»',
	sharesNot100: (parts: string, total: number) => `no suman 100 (${parts} = ${total}): corrige una de las cifras o revisa la fuente`,
	partOverWhole: (part: string, p: number, whole: string, w: number) =>
		`${part} (${p}) es mayor que ${whole} (${w}): una parte no puede superar su total; corrige una de las dos`,
	partIsWhole: (part: string, whole: string, value: number) =>
		`${part} es igual a ${whole} (${value}): el texto dirá que son todos; si es así, no hace falta cambiar nada; si no, corrige la cifra que esté mal`,
	partsShort: (parts: string, sum: number, total: string, value: number) =>
		`las partes suman ${sum} (${parts}), no ${total} (${value}); se publica tal cual: explica la diferencia en una nota (<Note>) y, si el informe la muestra como cifra, nómbrala en la regla con «rest: cifra» (este aviso desaparece)`,
	partsAndRest: (parts: string, sum: number, total: string, value: number) =>
		`las partes y el resto suman ${sum} (${parts}), no ${total} (${value}): corrige una de las cifras o el «rest:» de la regla`,
	chartTooFew: 'un gráfico necesita al menos dos cifras',
	chartColours: (n: number, max: number) =>
		`tiene ${n} categorías y solo hay ${max} colores que se distinguen bien: dos partes tendrían el mismo color. Agrupa las más pequeñas en una cifra «Otras» (con derived: { sum: […] }) o usa type: bar, que muestra cualquier número de categorías`,
	previousYearBarOnly: (type: string) =>
		`previousYear: true solo vale para un gráfico de barras (este es type: ${type}): dos donuts o dos barras 100 % lado a lado se comparan mal. Cambia a type: bar o quita previousYear`,
	chartNotPlaced: (id: string, file: string) =>
		`el gráfico ${q(id)} no aparece en ${file}: colócalo con <Chart id="${id}">título</Chart> o bórralo de charts:`,
	shareLabel: 'la imagen para compartir',

	// MDX
	mdx: {
		unclosedTag: (name: string) => `la etiqueta <${name}> no se cierra: añade </${name}> donde termina su contenido (o escribe <${name} … /> si no tiene contenido)`,
		wrongClosingTag: (found: string, expected: string) =>
			`se cierra </${found}> pero la última etiqueta abierta es <${expected}>: cierra primero </${expected}>`,
		strayClosingTag: (name: string) => `hay un </${name}> que no cierra nada: bórralo o añade la etiqueta <${name}> que abre`,
		openBrace:
			'hay una llave «{» sin cerrar. En el texto las llaves tienen un significado especial: para citar una cifra escribe <Fig id="…" />; para mostrar una llave escribe \\{',
		strayLessThan:
			'hay un «<» que no abre una etiqueta válida: si es texto («menor que»), escribe \\<; si es un componente, revisa cómo empieza (p. ej. <Stat id="…" />)',
		badAttribute:
			'una etiqueta está mal escrita: los valores van entre comillas rectas y la etiqueta se cierra con > o />, p. ej. <Stat id="members.joined" />',
		other: (detail: string) => `esta línea no se puede leer como MDX (${detail}): revisa las etiquetas <…> y las llaves { }`,
		expression:
			'las llaves { } no se usan en el texto del informe: para citar una cifra escribe <Fig id="…" />; para mostrar una llave escribe \\{',
		esm: 'import y export no hacen falta: los componentes (<Stat>, <Chart>…) ya están disponibles; borra esta línea',
		html: (name: string, known: readonly string[]) =>
			`<${name}> es HTML, que no se usa en el informe: usa Markdown (**negrita**, listas con -) o uno de estos componentes: ${known.map((k) => `<${k}>`).join(', ')}`,
		unknownComponent: (name: string, guess: string | undefined, known: readonly string[]) =>
			guess ? `<${name}> no es un componente del informe: ¿querías decir <${guess}>?` : `<${name}> no es un componente del informe (hay: ${known.map((k) => `<${k}>`).join(', ')})`,
		unknownAttribute: (attr: string, guess: string | undefined, known: readonly string[]) =>
			guess
				? `${q(attr)} no es un atributo de este componente: ¿querías decir ${q(guess)}?`
				: known.length
					? `${q(attr)} no es un atributo de este componente (tiene: ${list(known)})`
					: `este componente no lleva atributos: borra ${q(attr)}`,
		missingAttribute: (attr: string, example: string) => `falta el atributo ${attr}: p. ej. ${example}`,
		attributeExpression: (attr: string) => `el valor de ${attr} va entre comillas rectas, p. ej. ${attr}="…" (no entre llaves)`,
		attributeValue: (attr: string, got: string, allowed: readonly string[]) => `${attr}="${got}" no es válido: usa ${allowed.map((a) => `${attr}="${a}"`).join(' o ')}`,
		attributeEmpty: (attr: string) => `${attr} está vacío: escribe su valor entre las comillas`,
		sectionId: (id: string) => `${q(id)} no sirve como id de sección: usa minúsculas sin acentos, números y guiones (p. ej. finanzas); es la dirección #id de la sección`,
		needsContent: (name: string, example: string) => `<${name}> necesita un texto: p. ej. ${example}`,
		noContent: (name: string) => `<${name}> no lleva contenido: escríbelo como <${name} … /> y pon el texto fuera`,
		nestedSection: 'una <Section> no puede ir dentro de otra: cierra la anterior con </Section> antes de abrir la siguiente',
		duplicateSection: (id: string) => `ya hay una sección con id="${id}" en este archivo: cada sección necesita un id distinto`,
		duplicateChart: (id: string) => `el gráfico ${q(id)} ya está en esta página: cada gráfico se coloca una sola vez`,
		citedTwice: (id: string) =>
			`cita ${q(id)} dos veces en la misma frase, así que dirá dos veces el mismo número: comprueba que la segunda no debía ser otra cifra (una parte de la primera, por ejemplo); si es así a propósito, no hace falta cambiar nada`,
		unknownChart: (id: string, guess: string | undefined, known: readonly string[]) =>
			guess
				? `no hay un gráfico ${q(id)} en figures.yaml: ¿querías decir ${q(guess)}?`
				: `no hay un gráfico ${q(id)} en figures.yaml (charts:)${known.length ? `; hay: ${list(known)}` : ': decláralo allí primero'}`,
		statOutsideStats: 'un <Stat> va dentro de un grupo <Stats>…</Stats>: añade <Stats> antes y </Stats> después',
		ledePlace: 'una <Lede> abre su sección: ponla justo después de <Section …>, antes de todo lo demás, y una sola por sección',
		subtitlePlaceholder: (got: string) =>
			`${q(got)} no vale en el subtítulo de un gráfico: ahí solo vale {{year}} (el año); escribe las cifras en el título del gráfico, con <Fig id="…" />`,
		link: 'enlace',
		unsafeLink: (url: string) =>
			`${q(url)} no sirve como enlace: un enlace lleva a una web (https://…), un correo (mailto:…), un teléfono (tel:…), una página de este sitio (/es/2021/) o un apartado de la página (#finanzas); corrige la dirección o quita el enlace`,
		/** Markdown the report's text does not use (nor the visual editor keep), each with what to write instead. */
		unusedMarkdown: {
			heading: 'los títulos con # no se usan en el texto: los pone cada <Section title="…">; abre una sección nueva o escribe la frase en **negrita**',
			table: 'las tablas no se usan en el texto: pon las cifras en <Stats> con un <Stat> cada una, o en un gráfico <Chart> (cada gráfico ya ofrece su tabla)',
			image: 'las imágenes no se usan en el texto del informe: bórrala (los gráficos salen de <Chart>)',
			blockquote: 'las citas con > no se usan en el texto: escribe un párrafo normal, o una <Note> si es una aclaración',
			code: 'el texto entre acentos graves (`) no se usa en el informe: bórralos y deja el texto',
			delete: 'el tachado (~~…~~) no se usa en el informe: borra el texto o los ~~',
			thematicBreak: 'las líneas de separación (---, ***) no se usan en el texto: cada <Section> ya separa; borra la línea',
		},
	},

	// Across files
	labelUnknown: (_id: string, guess?: string) =>
		guess ? `es la etiqueta de una cifra que no existe: ¿querías decir ${q(guess)}?` : `es la etiqueta de una cifra que no existe en figures.yaml: revisa el nombre o bórrala`,
	labelMissing: (lang: Lang, id: string, spanish?: string) =>
		`falta la etiqueta de ${id} en ${es.language[lang]} (unas palabras que digan qué cuenta la cifra; se usa en tarjetas, gráficos y datos descargables): añádela en el bloque de datos, bajo labels:, como «  ${id}: …»${spanish ? ` (en español: «${spanish}»)` : ''}`,
	shownNowhere: (id: string) =>
		`la cifra ${id} no se ve en ningún idioma: muéstrala en los tres textos (es.mdx, en.mdx, fr.mdx) con <Stat id="${id}" /> (en el editor, «Cifra destacada»), en una frase con <Fig id="${id}" /> («Cifra en el texto») o en un gráfico; si no hace falta, bórrala de las cifras`,
	neverShown: (lang: Lang, id: string) =>
		`la cifra ${id} no aparece en el texto en ${es.language[lang]}: cítala con <Stat id="${id}" />, en una frase con <Fig id="${id}" /> o en un gráfico`,
	statsOrder: (chart: string, order: string[]) =>
		`estas cifras siguen otro orden que el gráfico ${chart} que las dibuja: ordena los <Stat> como el gráfico (${order.join(', ')}), para que el lector las encuentre en el mismo orden (el orden del gráfico se decide en figures.yaml, charts: › ${chart})`,
	changeNotDeclared: (id: string) =>
		`la cifra ${id} no está en compare: de figures.yaml, así que no hay comparación que mostrar: añádela allí (change: en %, difference: en unidades) o quita este <Change id="${id}" />`,
	changeNoPrevious: (id: string, year: number) =>
		`no hay un informe ${year} publicado con el que comparar ${id}, así que la frase quedaría sin su comparación: quita este <Change id="${id}" /> (o publica ${year})`,
	changeNotHonest: (id: string, year: number) =>
		`la cifra ${id} no se puede comparar con la de ${year} sin inventar precisión (una de las dos es «más de…», o es de otro tipo o de otra moneda): quita este <Change id="${id}" /> de la frase`,
	headlineAlsoStat: (id: string) =>
		`la cifra ${id} ya se muestra arriba del todo, entre las cifras destacadas (headline: en figures.yaml): una cifra se destaca una sola vez; quita este <Stat id="${id}" /> (puedes citarla en una frase con <Fig id="${id}" />) o quítala de headline:`,
	sectionMissing: (id: string) => `falta la sección id="${id}", que está en el texto en español (es.mdx): tradúcela y añádela en el mismo lugar`,
	sectionExtra: (id: string) => `la sección id="${id}" no está en el texto en español (es.mdx): añádela allí también, o bórrala de aquí`,
	sectionOrder: (order: string) => `las secciones están en otro orden que en español (es.mdx: ${order}): ordénalas igual`,
	chartMissing: (id: string) => `falta el gráfico <Chart id="${id}">, que está en el texto en español (es.mdx): añádelo con su título traducido`,
	chartExtra: (id: string) => `el gráfico <Chart id="${id}"> no está en el texto en español (es.mdx): añádelo allí también, o bórralo de aquí`,
	citedMissing: (id: string) => `el texto en español cita la cifra ${id} y este no: añádela (<Stat> o <Fig>) en la frase traducida`,
	citedExtra: (id: string) => `cita la cifra ${id}, que el texto en español (es.mdx) no cita: revisa la traducción`,
	copiedYear: (year: string, other: string) =>
		`las cifras de ${year} son exactamente las de ${other}: parece una copia aún sin actualizar, y se publicarían como de ${year}. Mientras lo preparas, márcalo como borrador (en el editor, «Borrador»; en el archivo, draft: true), o actualiza las cifras`,
	checkedDate: (got: string) => `no es una fecha (pone ${got}): escribe el día en que se comprobó la cifra con su fuente, como 2022-03-15 (año-mes-día)`,
	unsourced: (ids: readonly string[]) =>
		`${ids.length === 1 ? 'una cifra no dice' : `${ids.length} cifras no dicen`} de dónde ${ids.length === 1 ? 'viene' : 'vienen'} (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}): escribe su fuente (source: en cada cifra) o la del año entero (source: arriba, bajo draft:), para que se puedan comprobar`,
	reusedId: (id: string, year: number, change: string) =>
		`la cifra ${id} era otra cosa en ${year} (${change}): las comparaciones y su historia las leen como la misma cifra; si no lo es, dale otro nombre; si lo es, márcala en compare: notComparable`,
	draftYear: (year: string) => `el año ${year} es un borrador (draft: true en figures.yaml): se ve en npm run dev, pero no se publica`,
};

export type Messages = typeof es;

const en: Messages = {
	errorName: 'Content problems',
	devFix: 'Fix each line in the file it names and save: this page reloads by itself. Guide: docs/editing.md.',
	terminalFix: 'Fix each line in the file it names and save. Guide: docs/editing.md ("Error messages").',
	editorFix: 'Fix each problem in the editor (where it says "In the editor") or, if it does not, in the file it names, and save: this page reloads by itself. Guide: docs/editing.md.',
	inEditor: (place) => `In the editor: ${place}`,
	backToEditor: '← Back to the editor',
	summary: (n) => `The report content has ${n} problem${n === 1 ? '' : 's'}:`,
	warning: 'warning',
	valid: (years, langs) => `Content is valid: ${years} in ${langs}.`,
	language: languageNames('en'),
	whole: '(file)',
	folder: '(folder)',

	noYears: 'there is no report year: create a folder named after the year, such as 2021/',
	folderNotYear: (first, last) => `is not a year: the folder must be named after a year from ${first} to ${last}, such as 2022`,
	fileTooLarge: (kb, max) => `is ${kb} KB: at most ${max} KB. A report does not need that much: check that another file was not pasted into it`,
	figuresMissing: "the figures file is missing: every year needs its figures.yaml (copy last year's)",
	pageMissing: (lang, files) => `the ${en.language[lang]} text is missing: every year needs ${files}`,
	unreadableYaml: (detail) =>
		`cannot be read (${detail}). Check the indentation (spaces only, no tabs), that each line is "key: value" and that quotes are closed`,
	yamlAlias: 'repeats with * a value marked with & elsewhere in the file (a YAML alias): write each value where it goes, with no & or *',
	noFrontmatter: "does not start with the data block: the first line must be --- (copy the beginning of last year's file)",
	unclosedFrontmatter: 'the data block at the top is never closed: add a line with only --- after the last field',

	unknownField: (key, guess, known = []) =>
		guess ? `"${key}" is not a known field: did you mean "${guess}"?` : `"${key}" is not a known field (expected one of: ${known.map((k) => `"${k}"`).join(', ')})`,
	missing: (expected) => `is missing: write ${expected}`,
	empty: (expected) => `is empty: write ${expected}`,
	wrongType: (got, expected) => `has the wrong form (got ${got}): write ${expected}`,
	notAllowed: (got, allowed) => `is not an allowed value (got ${got}): use one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
	tooMany: (max) => `has too many items: at most ${max}`,
	tooLong: (length, max) => `is too long (${length} characters): at most ${max}; shorten it so that it fits cards, charts and images`,
	expected: {
		text: 'a text',
		list: 'a list, e.g. [a, b]',
		group: 'a group of fields',
		number: 'a number',
		boolean: 'true or false',
		title: 'the page title',
		description: 'the description for search engines (a sentence or two)',
		kicker: 'the line above the title',
		heroTitle: 'the report title',
		lead: 'the introduction',
		headlineTitle: 'the title of the headline figures',
		label: 'the label of the figure',
		labelOrGendered: 'the label of the figure, or { text: …, gender: f } for a feminine ordinal',
		note: 'the text of the note',
		source: 'where the figure comes from (a document, a web address)',
		figureId: 'the name of a figure, e.g. members.joined',
		figureList: 'the list of figures, one per item: "  - id: members.joined" and below it "    value: 3"',
		licenceName: 'the name of the licence, e.g. CC BY 4.0',
	},
	licenceUrl: 'is not a web address: write the full address of the licence text, starting with https://',

	noFigures: 'there are no figures: write them under figures:, one per item: "  - id: staff.professionals" and below it "    value: 17"',
	badFigureName: (name) => `"${name}" cannot be a name: use letters and digits, no spaces or accents, starting with a letter (e.g. newMembers)`,
	badFigureId: (id) => `"${id}" cannot be a figure name: group and name separated by a dot, letters and digits, no spaces or accents (e.g. members.joined)`,
	duplicateFigure: (id) => `"${id}" is already in the list: each figure is written once (delete one, or rename it)`,
	figureItemForm: 'is not a figure: each item of the list is "- id: name" with "value: number" below it',
	figureIsText: (got, moreThan) =>
		moreThan !== undefined ? `is text, not a number (got ${got}): write value: ${moreThan} and qualifier: moreThan (the source's "+")` : `is text, not a number (got ${got}): write the number without quotes`,
	numberNotation: (got, plain) =>
		`is not a number written in digits (got ${got}): write the number in digits and, if needed, a point for decimals${plain === undefined ? '' : `: value: ${plain}`}`,
	numberSeparators: (got, value, decimalComma) =>
		decimalComma
			? `has a decimal comma (got ${got}): in figures.yaml decimals take a point: value: ${value}`
			: `has thousands separators (got ${got}): write the digits together, with no points, commas or spaces: value: ${value}`,
	numberAmbiguous: (got, thousands, decimal, rounded = false) =>
		`could be two numbers (got ${got}): if it is thousands, write value: ${thousands}; if it has decimals, ${rounded ? `round it to two: value: ${decimal}` : `value: ${decimal}`}`,
	numberWithPercent: (got, value) => `has the % sign (got ${got}): write the number alone${value === undefined ? '' : `, value: ${value}`}, and kind: percent`,
	numberWithCurrency: (got, value, currency) =>
		`has the currency (got ${got}): write the number alone${value === undefined ? '' : `, value: ${value}`}, with kind: amount and currency: ${currency ?? 'the currency code (USD, EUR…)'}`,
	tooLarge: (max) => `is larger than any figure of a report: at most ${max}; check for extra digits`,
	outOfRange: (got, expected) => `is not valid (got ${got}): it must be ${expected}`,
	range: {
		count: 'a whole number, 0 or more',
		percent: 'a percentage from 0 to 100',
		ordinal: 'a whole number, 1 or more (1 for "1st")',
		amount: 'an amount, 0 or more',
	},
	currencyMissing: 'the currency is missing: an amount needs currency, e.g. currency: EUR',
	currencyInvalid: (got) => `is not a currency code (got ${got}): use three capital letters, e.g. EUR or USD`,
	currencyNotAmount: 'only an amount (kind: amount) has a currency: delete currency or set kind: amount',
	compactKind: (kind) => `only a count (kind: count) or an amount (kind: amount) can be shown short ("€2.3M"); this figure is kind: ${kind}: delete compact`,
	unknownFigure: (id, guess, example) =>
		guess
			? `"${id}" is not a figure of figures.yaml: did you mean "${guess}"?`
			: `"${id}" is not a figure of figures.yaml: check the name, or add the figure${example ? ` (written group.figure, like ${example})` : ''}`,
	patternEmpty: (pattern) => `"${pattern}" matches no figure of figures.yaml: check the group name`,
	derivedForm: 'a computed figure is written { sum: [figures] } or { difference: [figure, figure] } (the first minus the second)',
	derivedTaken: 'is already a figure typed under figures: a computed figure needs another name',
	differenceTwo: 'difference needs exactly two figures: [from, minus]',
	ruleForm:
		'is not a known rule: use "shares: [figures]" (add up to 100), "part: figure" with "of: figure" (a part is not larger than its whole) or "parts: [figures]" with "total: figure"',
	sharesNot100: (parts, total) => `do not add up to 100 (${parts} = ${total}): correct one of the figures or check the source`,
	partOverWhole: (part, p, whole, w) => `${part} (${p}) is larger than ${whole} (${w}): a part cannot be larger than its whole; correct one of them`,
	partIsWhole: (part, whole, value) => `${part} equals ${whole} (${value}): the text will say it is all of them; if so, nothing to change; if not, correct the wrong figure`,
	partsShort: (parts, sum, total, value) =>
		`the parts add up to ${sum} (${parts}), not ${total} (${value}); published as it is: explain the gap in a note (<Note>) and, if the report shows it as a figure, name it in the rule with "rest: figure" (this warning goes away)`,
	partsAndRest: (parts, sum, total, value) => `the parts and the rest add up to ${sum} (${parts}), not ${total} (${value}): correct one of the figures or the rule's "rest:"`,
	chartTooFew: 'a chart needs at least two figures',
	chartColours: (n, max) =>
		`has ${n} categories and there are only ${max} colours that tell apart well: two parts would share a colour. Group the smallest in an "Other" figure (with derived: { sum: […] }) or use type: bar, which shows any number of categories`,
	previousYearBarOnly: (type) =>
		`previousYear: true works only for a bar chart (this one is type: ${type}): two donuts or two 100 % bars side by side are hard to compare. Change to type: bar or remove previousYear`,
	chartNotPlaced: (id, file) => `the chart "${id}" is not placed in ${file}: place it with <Chart id="${id}">title</Chart> or delete it from charts:`,
	shareLabel: 'the share image',

	mdx: {
		unclosedTag: (name) => `the <${name}> tag is never closed: add </${name}> where its content ends (or write <${name} … /> if it has no content)`,
		wrongClosingTag: (found, expected) => `</${found}> closes a tag, but the last open tag is <${expected}>: close </${expected}> first`,
		strayClosingTag: (name) => `there is a </${name}> that closes nothing: delete it or add the opening <${name}> tag`,
		openBrace: 'there is an unclosed "{". Braces mean code in the text: to cite a figure write <Fig id="…" />; to show a brace write \\{',
		strayLessThan: 'there is a "<" that does not open a valid tag: if it is text ("less than"), write \\<; if it is a component, check how it starts (e.g. <Stat id="…" />)',
		badAttribute: 'a tag is malformed: values go in straight quotes and the tag ends with > or />, e.g. <Stat id="members.joined" />',
		other: (detail) => `this line cannot be read as MDX (${detail}): check the <…> tags and the { } braces`,
		expression: 'braces { } are not used in the report text: to cite a figure write <Fig id="…" />; to show a brace write \\{',
		esm: 'import and export are not needed: the components (<Stat>, <Chart>…) are always available; delete this line',
		html: (name, known) => `<${name}> is HTML, which the report does not use: use Markdown (**bold**, lists with -) or one of these components: ${known.map((k) => `<${k}>`).join(', ')}`,
		unknownComponent: (name, guess, known) =>
			guess ? `<${name}> is not a report component: did you mean <${guess}>?` : `<${name}> is not a report component (there are: ${known.map((k) => `<${k}>`).join(', ')})`,
		unknownAttribute: (attr, guess, known) =>
			guess
				? `"${attr}" is not an attribute of this component: did you mean "${guess}"?`
				: known.length
					? `"${attr}" is not an attribute of this component (it has: ${known.map((k) => `"${k}"`).join(', ')})`
					: `this component takes no attributes: delete "${attr}"`,
		missingAttribute: (attr, example) => `the ${attr} attribute is missing: e.g. ${example}`,
		attributeExpression: (attr) => `the value of ${attr} goes in straight quotes, e.g. ${attr}="…" (not in braces)`,
		attributeValue: (attr, got, allowed) => `${attr}="${got}" is not valid: use ${allowed.map((a) => `${attr}="${a}"`).join(' or ')}`,
		attributeEmpty: (attr) => `${attr} is empty: write its value between the quotes`,
		sectionId: (id) => `"${id}" cannot be a section id: use lowercase letters without accents, digits and hyphens (e.g. finance); it is the section's #address`,
		needsContent: (name, example) => `<${name}> needs a text: e.g. ${example}`,
		noContent: (name) => `<${name}> takes no content: write it as <${name} … /> and put the text outside`,
		nestedSection: 'a <Section> cannot be inside another: close the previous one with </Section> before opening the next',
		duplicateSection: (id) => `there is already a section with id="${id}" in this file: each section needs its own id`,
		duplicateChart: (id) => `the chart "${id}" is already on this page: each chart is placed once`,
		citedTwice: (id) =>
			`cites "${id}" twice in one sentence, so it will say the same number twice: check that the second should not be another figure (a part of the first, say); if it is on purpose, nothing needs to change`,
		unknownChart: (id, guess, known) =>
			guess
				? `there is no chart "${id}" in figures.yaml: did you mean "${guess}"?`
				: `there is no chart "${id}" in figures.yaml (charts:)${known.length ? `; there are: ${known.map((k) => `"${k}"`).join(', ')}` : ': declare it there first'}`,
		statOutsideStats: 'a <Stat> goes inside a <Stats>…</Stats> group: add <Stats> before it and </Stats> after it',
		ledePlace: 'a <Lede> opens its section: put it right after <Section …>, before anything else, and only one per section',
		subtitlePlaceholder: (got) => `"${got}" cannot be used in a chart's subtitle: only {{year}} (the year) can; write figures in the chart's caption, with <Fig id="…" />`,
		link: 'link',
		unsafeLink: (url) =>
			`"${url}" cannot be a link: a link leads to a website (https://…), an e-mail (mailto:…), a phone (tel:…), a page of this site (/en/2021/) or a place on the page (#finance); correct the address or remove the link`,
		unusedMarkdown: {
			heading: 'headings with # are not used in the text: each <Section title="…"> makes its own; open a new section or write the sentence in **bold**',
			table: 'tables are not used in the text: put the figures in <Stats>, one <Stat> each, or in a <Chart> (every chart already offers its table)',
			image: 'images are not used in the report text: delete it (charts come from <Chart>)',
			blockquote: 'quotes with > are not used in the text: write a plain paragraph, or a <Note> if it is a clarification',
			code: 'text between backticks (`) is not used in the report: delete them and keep the text',
			delete: 'strikethrough (~~…~~) is not used in the report: delete the text or the ~~',
			thematicBreak: 'separator lines (---, ***) are not used in the text: each <Section> already separates; delete the line',
		},
	},

	labelUnknown: (_id, guess) =>
		guess ? `is the label of a figure that does not exist: did you mean "${guess}"?` : 'is the label of a figure that does not exist in figures.yaml: check the name or delete it',
	labelMissing: (lang, id, spanish) =>
		`the ${en.language[lang]} label of ${id} is missing (a few words saying what the figure counts; cards, charts and data downloads use it): add it in the data block, under labels:, as "  ${id}: …"${spanish ? ` (in Spanish: "${spanish}")` : ''}`,
	shownNowhere: (id) =>
		`the figure ${id} shows in no language: show it in all three texts (es.mdx, en.mdx, fr.mdx) with <Stat id="${id}" /> (in the editor, "Cifra destacada"), in a sentence with <Fig id="${id}" /> ("Cifra en el texto") or in a chart; if it is not needed, delete it from the figures`,
	neverShown: (lang, id) =>
		`the figure ${id} does not appear in the ${en.language[lang]} text: cite it with <Stat id="${id}" />, in a sentence with <Fig id="${id}" />, or in a chart`,
	statsOrder: (chart, order) =>
		`these figures are in another order than the chart ${chart} that draws them: put the <Stat>s in the chart's order (${order.join(', ')}), so that readers find them in the same order (the chart's order is set in figures.yaml, charts: › ${chart})`,
	changeNotDeclared: (id) =>
		`the figure ${id} is not in compare: in figures.yaml, so there is no comparison to show: add it there (change: in %, difference: in units) or remove this <Change id="${id}" />`,
	changeNoPrevious: (id, year) =>
		`there is no published ${year} report to compare ${id} with, so the sentence would lose its comparison: remove this <Change id="${id}" /> (or publish ${year})`,
	changeNotHonest: (id, year) =>
		`the figure ${id} cannot be compared with ${year}'s without inventing precision (one of them is "more than…", or of another kind or currency): remove this <Change id="${id}" /> from the sentence`,
	headlineAlsoStat: (id) =>
		`the figure ${id} is already shown at the very top, among the headline figures (headline: in figures.yaml): a figure is highlighted once; remove this <Stat id="${id}" /> (you can cite it in a sentence with <Fig id="${id}" />) or take it out of headline:`,
	sectionMissing: (id) => `the section id="${id}" is in the Spanish text (es.mdx) but not here: translate it and add it in the same place`,
	sectionExtra: (id) => `the section id="${id}" is not in the Spanish text (es.mdx): add it there too, or delete it here`,
	sectionOrder: (order) => `the sections are in another order than in Spanish (es.mdx: ${order}): put them in the same order`,
	chartMissing: (id) => `the chart <Chart id="${id}"> is in the Spanish text (es.mdx) but not here: add it with its translated title`,
	chartExtra: (id) => `the chart <Chart id="${id}"> is not in the Spanish text (es.mdx): add it there too, or delete it here`,
	citedMissing: (id) => `the Spanish text cites the figure ${id} and this one does not: add it (<Stat> or <Fig>) in the translated sentence`,
	citedExtra: (id) => `cites the figure ${id}, which the Spanish text (es.mdx) does not: check the translation`,
	copiedYear: (year, other) =>
		`the figures of ${year} are exactly those of ${other}: it looks like a copy not updated yet, and they would be published as ${year}'s. While you prepare it, mark it as a draft (in the editor, "Borrador"; in the file, draft: true), or update the figures`,
	checkedDate: (got) => `is not a date (got ${got}): write the day the figure was checked against its source, like 2022-03-15 (year-month-day)`,
	unsourced: (ids) =>
		`${ids.length === 1 ? 'a figure does not say' : `${ids.length} figures do not say`} where ${ids.length === 1 ? 'it comes' : 'they come'} from (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}): write its source (source: on each figure) or the whole year's (source: at the top, under draft:), so that they can be checked`,
	reusedId: (id, year, change) =>
		`the figure ${id} was something else in ${year} (${change}): comparisons and its history read them as one figure; if it is not, give it another name; if it is, mark it in compare: notComparable`,
	draftYear: (year) => `${year} is a draft (draft: true in figures.yaml): it shows in npm run dev but is not published`,
};

export const catalogue: Record<MessageLanguage, Messages> = { es, en };
export const messagesFor = (lang: MessageLanguage): Messages => catalogue[lang];
